#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (ASan + UBSan) and runs each for a
# set time on a seed corpus made from the project's own reports.  Crashes,
# leaks and timeouts stop the run and leave the input in $WORK/<target>/;
# copy it to tests/fuzz/regressions/<target>/ so the test suite replays it.
#
#   tests/fuzz/run_fuzz.sh [SECONDS_PER_TARGET] [TARGET...]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
seconds="${1:-60}"; shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(decode outline)
build="${FUZZ_BUILD_DIR:-$here/build-fuzz}"
work="${FUZZ_WORK_DIR:-/tmp/zongjie-fuzz}"

CC=clang CXX=clang++ cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DZONGJIE_FUZZ=ON -DZONGJIE_SANITIZE=ON -DZONGJIE_BUILD_APP=OFF -DZONGJIE_BUILD_TESTS=OFF >/dev/null
for t in "${targets[@]}"; do cmake --build "$build" --target "fuzz_$t" -j "${JOBS:-2}"; done

for t in "${targets[@]}"; do
  corpus="$work/$t/corpus"; mkdir -p "$corpus" "$work/$t/artifacts"
  # Seeds: every report and fixture of the project, plus earlier finds.
  find "$here/examples" "$here/tests/data" -type f \( -name '*.txt' -o -name '*.docx' \) -exec cp -n {} "$corpus"/ \; 2>/dev/null || true
  [ -d "$here/tests/fuzz/regressions/$t" ] && cp -n "$here/tests/fuzz/regressions/$t"/* "$corpus"/ 2>/dev/null || true
  echo "fuzz_$t: ${seconds}s"
  ASAN_OPTIONS=detect_leaks=1 "$build/tests/fuzz/fuzz_$t" "$corpus" \
    -max_total_time="$seconds" -timeout=2 -rss_limit_mb=2048 -max_len=262144 \
    -artifact_prefix="$work/$t/artifacts/" -print_final_stats=1 2>&1 | tail -n 12
done
