#!/usr/bin/env bash
# Static checks of zongjie (docs/lint.md).  Runs, in this order:
#
#   cycles   scripts/include_cycles.py: no include cycle between the folders
#            (layers) of src/zongjie
#   format   clang-format --dry-run -Werror over the project's C++ files
#            (.clang-format, grammars/.clang-format)
#   tidy     clang-tidy over the project's files of the compile database of a
#            build folder (.clang-tidy, grammars/.clang-tidy); not the files
#            CMake generates (embedded templates, moc, QML cache)
#   qml      scripts/qmllint.sh, when it exists
#   layers   the core built with BUILD_SHARED_LIBS=ON into its own folder:
#            each layer is a shared library linked with --no-undefined, so a
#            layer that reaches upwards fails to link
#
#   scripts/lint.sh [options]
#     --build-dir DIR     compile database for clang-tidy (default: build);
#                         configured there when it has none
#     --layers-dir DIR    build folder of the layering check (default: build-layers)
#     --only STEP         run only this step (may be repeated)
#     --no-cycles --no-format --no-tidy --no-qml --no-layers
#                         leave a step out
#     --fix-format        rewrite the files with clang-format instead of
#                         checking them
#     -j N                parallel jobs (default: JOBS, else the number of cores)
#     -h, --help
#
# Exit status: 0 every step passed, 1 a step failed (each failure is named at
# the end), 2 bad usage or a missing tool.
#
# Debian packages: clang-format clang-tidy (clang-format-14, clang-tidy-14 with
# run-clang-tidy), python3, cmake, ninja-build, g++ and the build dependencies
# of scripts/setup.sh; qt6-declarative-dev-tools for qmllint.
set -uo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build_dir="$here/build"
layers_dir="$here/build-layers"
jobs="${JOBS:-$(nproc)}"
fix_format=0
declare -A run=([cycles]=1 [format]=1 [tidy]=1 [qml]=1 [layers]=1)
only=()

usage() { sed -n '2,/^set -uo/{/^set -uo/d;s/^# \{0,1\}//;p}' "${BASH_SOURCE[0]}"; }
die() { echo "lint.sh: $*" >&2; exit 2; }

while [ $# -gt 0 ]; do
  case "$1" in
    --build-dir) [ $# -ge 2 ] || die "--build-dir needs a folder"; build_dir="$(realpath -m "$2")"; shift 2 ;;
    --layers-dir) [ $# -ge 2 ] || die "--layers-dir needs a folder"; layers_dir="$(realpath -m "$2")"; shift 2 ;;
    --only) [ $# -ge 2 ] || die "--only needs a step"; only+=("$2"); shift 2 ;;
    --no-cycles|--no-format|--no-tidy|--no-qml|--no-layers) run[${1#--no-}]=0; shift ;;
    --fix-format) fix_format=1; shift ;;
    -j) [ $# -ge 2 ] || die "-j needs a number"; jobs="$2"; shift 2 ;;
    -j*) jobs="${1#-j}"; shift ;;
    -h|--help) usage; exit 0 ;;
    *) die "unknown argument $1 (see --help)" ;;
  esac
done
if [ ${#only[@]} -gt 0 ]; then
  for step in "${!run[@]}"; do run[$step]=0; done
  for step in "${only[@]}"; do
    [ -n "${run[$step]+x}" ] || die "unknown step $step (cycles, format, tidy, qml, layers)"
    run[$step]=1
  done
fi

need() { command -v "$1" >/dev/null 2>&1 || die "$1 not found (Debian package: $2)"; }

failed=()
step() { echo; echo "==== $1"; }
fail() { failed+=("$1"); echo "FAILED: $1"; }

# The project's own C++ files, as git knows them (nothing generated).
project_files() {
  git -C "$here" ls-files -- 'src/*.cpp' 'src/*.hpp' 'grammars/*.cpp' 'grammars/*.hpp' \
    'tests/*.cpp' 'tests/*.hpp' 'bench/*.cpp' 'bench/*.hpp'
}

if [ "${run[cycles]}" = 1 ]; then
  step "include cycles between the layers (scripts/include_cycles.py)"
  need python3 python3
  python3 "$here/scripts/include_cycles.py" || fail "include cycles"
fi

if [ "${run[format]}" = 1 ]; then
  need clang-format clang-format
  cd "$here" || exit 2
  if [ "$fix_format" = 1 ]; then
    step "clang-format -i ($(clang-format --version | sed 's/.*version //'))"
    project_files | xargs -d '\n' clang-format -i || fail "clang-format -i"
  else
    step "clang-format --dry-run -Werror ($(clang-format --version | sed 's/.*version //'))"
    out="$(project_files | xargs -d '\n' clang-format --dry-run -Werror 2>&1)"
    status=$?
    if [ $status -ne 0 ]; then
      echo "$out" | grep -E '^[^ ].*: error:' | head -50
      n=$(echo "$out" | grep -cE ': error: code should be clang-formatted')
      echo "$n places not formatted; see them with clang-format --dry-run FILE, fix with scripts/lint.sh --only format --fix-format"
      fail "clang-format"
    else
      echo "all formatted"
    fi
  fi
fi

if [ "${run[tidy]}" = 1 ]; then
  step "clang-tidy over $build_dir/compile_commands.json"
  need clang-tidy clang-tidy
  need run-clang-tidy clang-tidy
  if [ ! -f "$build_dir/compile_commands.json" ]; then
    echo "no compile database in $build_dir: configuring it"
    cmake -S "$here" -B "$build_dir" -G Ninja -DCMAKE_EXPORT_COMPILE_COMMANDS=ON >/dev/null || die "cannot configure $build_dir"
  fi
  # The editor's sources include headers that moc and qmltyperegistrar
  # generate: make them first (the *_autogen targets of the build).
  if [ -f "$build_dir/build.ninja" ]; then
    autogen=$(ninja -C "$build_dir" -t targets all 2>/dev/null | grep -oE '^[A-Za-z0-9_]+_autogen' | sort -u)
    [ -z "$autogen" ] || ninja -C "$build_dir" -j "$jobs" $autogen >/dev/null || fail "generating headers in $build_dir"
  fi
  # Only the project's translation units: the database also lists the
  # build folder's generated files.
  files_regex="^$here/(src|grammars)/.*\\.cpp\$"
  log="$build_dir/clang-tidy.log"
  start=$(date +%s)
  run-clang-tidy -p "$build_dir" -j "$jobs" -quiet "$files_regex" >"$log" 2>&1
  status=$?
  end=$(date +%s)
  warnings=$(grep -E '^/.*: (warning|error): .*\[[a-z0-9.,-]+\]$' "$log" | sort -u)
  if [ -n "$warnings" ]; then
    echo "$warnings" | sed "s|^$here/||" | head -100
    echo "$(echo "$warnings" | wc -l) findings ($((end - start)) s; full output in $log)"
    fail "clang-tidy"
  elif [ $status -ne 0 ]; then
    tail -20 "$log"
    fail "clang-tidy (exit $status, see $log)"
  else
    echo "no findings ($((end - start)) s)"
  fi
fi

if [ "${run[qml]}" = 1 ]; then
  step "qmllint (scripts/qmllint.sh)"
  if [ -x "$here/scripts/qmllint.sh" ] || [ -f "$here/scripts/qmllint.sh" ]; then
    bash "$here/scripts/qmllint.sh" || fail "qmllint"
  else
    echo "scripts/qmllint.sh does not exist yet: nothing to do"
  fi
fi

if [ "${run[layers]}" = 1 ]; then
  step "layering: the core as shared libraries with --no-undefined ($layers_dir)"
  need cmake cmake
  need ninja ninja-build
  mkdir -p "$layers_dir"
  layers_log="$layers_dir/lint-layers.log"
  if ! cmake -S "$here" -B "$layers_dir" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DBUILD_SHARED_LIBS=ON \
      -DZONGJIE_BUILD_APP=OFF -DZONGJIE_BUILD_TESTS=OFF -DZONGJIE_BUILD_BENCH=OFF >"$layers_log" 2>&1; then
    tail -20 "$layers_log"
    fail "layering (configure, see $layers_log)"
  elif ! cmake --build "$layers_dir" --target zongjie_service -j "$jobs" >>"$layers_log" 2>&1; then
    grep -E 'undefined reference|error:' "$layers_log" | head -30
    echo "a layer uses a layer above it (or a library it does not link): see $layers_log and src/CMakeLists.txt"
    fail "layering"
  else
    echo "every layer links with only the layers below it"
  fi
fi

echo
if [ ${#failed[@]} -gt 0 ]; then
  echo "lint.sh: ${#failed[@]} step(s) failed: $(IFS=,; echo "${failed[*]}" | sed 's/,/, /g')"
  exit 1
fi
echo "lint.sh: all steps passed"
