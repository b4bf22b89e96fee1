// One Qt Quick Test runner for every tests/app/qml/tst_*.qml, offscreen.
// The Zongjie module is linked statically: import its plugin and tell the
// engine where its qmldir is.
#include "editor_app.hpp"

#include <QGuiApplication>
#include <QQmlContext>
#include <QQmlEngine>
#include <QTemporaryDir>
#include <QtQml/qqmlextensionplugin.h>
#include <QtQuickTest/quicktest.h>

Q_IMPORT_QML_PLUGIN(ZongjiePlugin)

class Setup : public QObject {
  Q_OBJECT

 public slots:
  void applicationAvailable() {
    qputenv("ZONGJIE_RECOVERY_DIR", tmp_.filePath(QStringLiteral("recovery")).toUtf8());
    qputenv("XDG_CONFIG_HOME", tmp_.filePath(QStringLiteral("config")).toUtf8());
    qputenv("ZONGJIE_DB", tmp_.filePath(QStringLiteral("corpus.db")).toUtf8());
    zongjie::app::configure_application(*qGuiApp);
  }
  void qmlEngineAvailable(QQmlEngine* engine) {
    zongjie::app::configure_engine(*engine);
    engine->rootContext()->setContextProperty(QStringLiteral("sourceDir"), QStringLiteral(ZONGJIE_SOURCE_DIR));
    engine->rootContext()->setContextProperty(QStringLiteral("tempDir"), tmp_.path());
  }

 private:
  QTemporaryDir tmp_;
};

QUICK_TEST_MAIN_WITH_SETUP(zongjie_app, Setup)
#include "tst_qml.moc"
