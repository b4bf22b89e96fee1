#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (ASan + UBSan) and runs each for a
# set time on a seed corpus made from the project's own reports (for docx:
# the reports exported with the project's writer, see make_docx_seeds.cpp).
# Crashes, leaks and timeouts (> 2 s) stop the run and leave the input in
# $FUZZ_WORK_DIR/<target>/artifacts/; copy it to tests/fuzz/regressions/<target>/
# so that the test suite replays it (CTest fuzz-replay:<target>).
#
#   tests/fuzz/run_fuzz.sh [SECONDS_PER_TARGET] [TARGET...]
#
# Targets: decode outline check docx (default: all, one after the other).
# Environment: FUZZ_BUILD_DIR (default /tmp/zongjie-build-fuzz: keep it
# outside the repository), FUZZ_WORK_DIR (default /tmp/zongjie-fuzz; the
# corpus grows there from run to run), JOBS (build jobs, default 2).
# The log of each run is $FUZZ_WORK_DIR/<target>/fuzz.log.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
seconds="${1:-60}"; shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(decode outline check docx)
build="${FUZZ_BUILD_DIR:-/tmp/zongjie-build-fuzz}"
work="${FUZZ_WORK_DIR:-/tmp/zongjie-fuzz}"

CC=clang CXX=clang++ cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DZONGJIE_FUZZ=ON -DZONGJIE_SANITIZE=ON -DZONGJIE_BUILD_APP=OFF -DZONGJIE_BUILD_TESTS=OFF >/dev/null
for t in "${targets[@]}"; do cmake --build "$build" --target "fuzz_$t" -j "${JOBS:-2}"; done

status=0
for t in "${targets[@]}"; do
  corpus="$work/$t/corpus"; mkdir -p "$corpus" "$work/$t/artifacts"
  if [ "$t" = docx ]; then
    # Seeds: the example reports as .docx written by our own exporter, their
    # XML parts, hand-written parts with Word features the writer never uses.
    cmake --build "$build" --target make_docx_seeds -j "${JOBS:-2}"
    ASAN_OPTIONS=detect_leaks=0 "$build/tests/fuzz/make_docx_seeds" "$corpus" "$here"/examples/*.txt
  else
    # Seeds: every report and fixture of the project.
    find "$here/examples" "$here/tests/data" -type f -name '*.txt' -exec cp -n {} "$corpus"/ \; 2>/dev/null || true
  fi
  # … plus earlier finds.
  [ -d "$here/tests/fuzz/regressions/$t" ] && cp -n "$here/tests/fuzz/regressions/$t"/* "$corpus"/ 2>/dev/null || true
  echo "fuzz_$t: ${seconds}s, corpus $(ls "$corpus" | wc -l) files"
  set +e
  ASAN_OPTIONS=detect_leaks=1 "$build/tests/fuzz/fuzz_$t" "$corpus" \
    -max_total_time="$seconds" -timeout=2 -rss_limit_mb=2048 -max_len=262144 \
    -artifact_prefix="$work/$t/artifacts/" -print_final_stats=1 >"$work/$t/fuzz.log" 2>&1
  rc=$?
  set -e
  grep -E '^#[0-9]+ *(INITED|DONE)' "$work/$t/fuzz.log" | tail -n 2 || true
  grep -E '^(stat::|Done )' "$work/$t/fuzz.log" || true
  if [ $rc -ne 0 ]; then
    echo "fuzz_$t: FAILED (exit $rc), see $work/$t/fuzz.log and $work/$t/artifacts/"
    grep -E 'ERROR|SUMMARY|broken promise|Test unit written' "$work/$t/fuzz.log" | head -n 5 || true
    status=1
  fi
done
exit $status
