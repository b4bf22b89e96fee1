#!/bin/sh
# qmllint over every QML file of the editor (qml/) and its tests
# (tests/app/qml/), with the import paths that resolve the Zongjie module's
# C++ types: the module's qmldir and qmltypes in BUILD/src/app and its
# resource files (.rcc/*.qrc), so files see each other as the built module
# does.  Exits non-zero on any warning.
#
#   scripts/qmllint.sh [BUILD]      (default: build; build zongjie_app first)
#
# Needs qml6-module-qtqml (QtQml's qmldir and qmltypes: Timer, Connections,
# QtObject), which the editor itself does not need at run time.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
build=$(cd "${1:-$root/build}" && pwd)
qmllint=${QMLLINT:-/usr/lib/qt6/bin/qmllint}
qtqml=$(/usr/lib/qt6/bin/qtpaths6 --query QT_INSTALL_QML 2>/dev/null || echo /usr/lib/x86_64-linux-gnu/qt6/qml)
module="$build/src/app"

[ -f "$module/Zongjie/qmldir" ] || { echo "qmllint.sh: $module/Zongjie/qmldir missing: build zongjie_app first" >&2; exit 2; }
[ -f "$qtqml/QtQml/qmldir" ] || { echo "qmllint.sh: $qtqml/QtQml/qmldir missing: apt-get install qml6-module-qtqml" >&2; exit 2; }

resources=""
for q in "$module"/.rcc/*.qrc; do resources="$resources --resource $q"; done

out=$(mktemp)
trap 'rm -f "$out"' EXIT
status=0
# shellcheck disable=SC2086  # $resources is a list of options
"$qmllint" --bare -I "$module" -I "$qtqml" $resources "$root"/qml/*.qml >"$out" 2>&1 || status=1
# The tests import Zongjie like any user of the module.
"$qmllint" --bare -I "$module" -I "$qtqml" "$root"/tests/app/qml/*.qml >>"$out" 2>&1 || status=1
cat "$out"
warnings=$(grep -c '^Warning' "$out" || true)
files=$(ls "$root"/qml/*.qml "$root"/tests/app/qml/*.qml | wc -l)
echo "qmllint.sh: $files files, $warnings warnings"
[ "$status" -eq 0 ] && [ "$warnings" -eq 0 ]
