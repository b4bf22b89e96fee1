// zongjie-editor: argument parsing and wiring only; everything else is in
// the zongjie_app library (which is also the QML module "Zongjie").
#include "editor_app.hpp"

#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QtQml/qqmlextensionplugin.h>

#include <cstdio>

Q_IMPORT_QML_PLUGIN(ZongjiePlugin)

int main(int argc, char* argv[]) {
  QStringList args;
  for (int i = 0; i < argc; ++i) args << QString::fromLocal8Bit(argv[i]);
  zongjie::app::EditorOptions const options = zongjie::app::parse_options(args);
  if (options.help) {
    std::fputs(qUtf8Printable(zongjie::app::usage()), stdout);
    return 0;
  }
  if (!options.error.isEmpty()) {
    std::fprintf(stderr, "zongjie-editor: %s\n%s", qUtf8Printable(options.error), qUtf8Printable(zongjie::app::usage()));
    return 2;
  }
  zongjie::app::prepare_environment(options);

  QGuiApplication app(argc, argv);
  zongjie::app::configure_application(app);
  QQmlApplicationEngine engine;
  QQuickWindow* window = zongjie::app::load_main_window(engine, options);
  if (!window) return 1;
  if (!options.screenshot.isEmpty()) return zongjie::app::take_screenshot(window, options.screenshot);
  zongjie::app::install_test_hooks(window);
  return app.exec();
}
