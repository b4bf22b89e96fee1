#!/usr/bin/env bash
# Sets zongjie up on a fresh Debian 12 machine (run as root, or with sudo
# available).  Everything the project needs comes from Debian's packages.
#
#   scripts/setup.sh run    install, build, learn examples/ into the default
#                           database and open the editor (the main job)
#   scripts/setup.sh test   install, build and run the whole test suite
#   scripts/setup.sh sanitize  install, build with AddressSanitizer and
#                           UndefinedBehaviorSanitizer (into build-asan/,
#                           without the Qt editor) and run the whole suite
#   scripts/setup.sh lint   install, build (into build/) and run the static
#                           checks: include cycles, clang-format, clang-tidy,
#                           qmllint, the layering build (scripts/lint.sh)
#   scripts/setup.sh deps   only install the packages
#   scripts/setup.sh build  only configure and build (into build/)
#
# Environment: BUILD_DIR (default build), ASAN_BUILD_DIR (default build-asan),
# JOBS (default: number of cores), CMAKE_ARGS (extra configure arguments),
# ZONGJIE_DB (database to learn into).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build_dir="${BUILD_DIR:-$here/build}"
jobs="${JOBS:-$(nproc)}"

packages=(
  # toolchain
  g++ cmake ninja-build pkg-config git ca-certificates
  # core library
  libboost-dev libsqlite3-dev nlohmann-json3-dev libzip-dev libpugixml-dev
  # the county server backend: libpq for the core, the server (with pg_trgm)
  # for the tests' throwaway cluster (tests/pg, docs/SERVER.md)
  libpq-dev postgresql postgresql-contrib
  # tests and benchmarks
  catch2 libbenchmark-dev python3
  # the editor (Qt 6 QML); QML modules do not depend on each other, list each
  qt6-base-dev qt6-declarative-dev
  qml6-module-qtquick qml6-module-qtquick-controls qml6-module-qtquick-templates
  qml6-module-qtquick-layouts qml6-module-qtquick-window qml6-module-qtqml-workerscript
  qml6-module-qtquick-dialogs qml6-module-qt-labs-folderlistmodel qml6-module-qt-labs-settings
  qml6-module-qtqml-models qml6-module-qttest
  # Qt's own Chinese (file dialogs' buttons and labels: qtbase/qtdeclarative_zh_CN.qm)
  qt6-translations-l10n
  # Chinese glyphs, a display for headless runs, real input events for the GUI test
  fonts-noto-cjk xvfb xauth xdotool
  # .docx written by a real office suite for the annotate tests (soffice
  # --convert-to docx/pdf), and the PDF → PNG of the rendered example page
  libreoffice-writer-nogui poppler-utils
  # static checks (scripts/lint.sh): formatting, clang-tidy, qmllint and the
  # QtQml types qmllint resolves against
  clang-format clang-tidy qt6-declarative-dev-tools qml6-module-qtqml
)

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

deps() {
  local missing=()
  for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  if [ ${#missing[@]} -eq 0 ]; then
    echo "setup: all packages are installed"
    return
  fi
  echo "setup: installing ${missing[*]}"
  as_root apt-get update
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
}

build() {
  cmake -S "$here" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo ${CMAKE_ARGS:-}
  cmake --build "$build_dir" -j "$jobs"
}

run_tests() {
  (cd "$build_dir" && QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j "$jobs")
}

# The core, the CLI and their tests under ASan + UBSan (docs/ROBUSTNESS.md).
# The editor is left out: Qt's own allocations would bury ours in reports.
# Any sanitizer report fails the test that triggered it.
sanitize() {
  local dir="${ASAN_BUILD_DIR:-$here/build-asan}"
  cmake -S "$here" -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DZONGJIE_SANITIZE=ON -DZONGJIE_BUILD_APP=OFF -DZONGJIE_BUILD_BENCH=OFF ${CMAKE_ARGS:-}
  cmake --build "$dir" -j "$jobs"
  (cd "$dir" &&
    ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:strict_string_checks=1 \
    UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
    ctest --output-on-failure -j "$jobs")
}

lint() {
  "$here/scripts/lint.sh" --build-dir "$build_dir" --layers-dir "${LAYERS_BUILD_DIR:-$here/build-layers}" -j "$jobs"
}

main_job() {
  local zongjie="$build_dir/src/zongjie"
  "$zongjie" learn "$here/examples"
  if [ -x "$build_dir/src/app/zongjie-editor" ]; then
    local first
    first="$(ls "$here"/examples/*.txt | head -n 1)"
    if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then
      exec "$build_dir/src/app/zongjie-editor" "$first"
    else
      echo "setup: no display; starting the editor under Xvfb"
      exec xvfb-run -a "$build_dir/src/app/zongjie-editor" "$first"
    fi
  else
    "$zongjie" stats
  fi
}

case "${1:-}" in
  deps) deps ;;
  build) build ;;
  test) deps; build; run_tests ;;
  sanitize) deps; sanitize ;;
  lint) deps; build; lint ;;
  run) deps; build; main_job ;;
  *) sed -n '2,22p' "$0"; exit 2 ;;
esac
