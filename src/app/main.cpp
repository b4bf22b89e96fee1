// zongjie-editor: everything is in the zongjie_app library (which is also
// the QML module "Zongjie").  The tests run zongjie-editor-test, the same
// editor with test hooks (tests/app/editor_test_main.cpp); this one has none.
#include "editor_app.hpp"

#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(ZongjiePlugin)

int main(int argc, char* argv[]) { return zongjie::app::run_editor(argc, argv); }
