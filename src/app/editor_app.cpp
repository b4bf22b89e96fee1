#include "editor_app.hpp"

#include "corpus_controller.hpp"
#include "document_controller.hpp"
#include "phrase_search.hpp"

#include "zongjie/store/store.hpp"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QFont>
#include <QHash>
#include <QGuiApplication>
#include <QImage>
#include <QLibraryInfo>
#include <QLocale>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTimer>
#include <QTranslator>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <vector>

namespace zongjie::app {

void prepare_environment(EditorOptions const& options) {
  if (!options.screenshot.isEmpty() && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
    qputenv("QT_QPA_PLATFORM", "offscreen");
}

namespace {

/// The few strings of Qt Quick's own dialogs that Debian's Qt 6.4 Chinese
/// translations lack (qsTr in QtQuick/Dialogs/quickimpl, context = file
/// name).  Installed before Qt's .qm files, so those win where they have one.
class QtDialogsChinese : public QTranslator {
 public:
  using QTranslator::QTranslator;
  bool isEmpty() const override { return false; }
  QString translate(char const* context, char const* source, char const* disambiguation, int n) const override {
    Q_UNUSED(disambiguation);
    Q_UNUSED(n);
    static QHash<QByteArray, QString> const table{
        {"File name", QStringLiteral("文件名")},
        {"Filter", QStringLiteral("文件类型")},
        {"Show Details...", QStringLiteral("显示详细信息……")},
        {"Hide Details...", QStringLiteral("隐藏详细信息……")},
    };
    QByteArrayView const ctx(context ? context : "");
    if (!ctx.endsWith("Dialog") && !ctx.endsWith("DialogImpl")) return {};
    return table.value(QByteArray(source));
  }
};

}  // namespace

void configure_application(QGuiApplication& app) {
  QCoreApplication::setOrganizationName(QStringLiteral("zongjie"));
  QCoreApplication::setApplicationName(QStringLiteral("editor"));
  QGuiApplication::setApplicationDisplayName(QStringLiteral("总结"));
  // The interface is Chinese whatever LANG says: Qt's own strings (file
  // dialogs: 打开/取消/文件名, dates) from Debian's qt6-translations-l10n.
  QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
  QCoreApplication::installTranslator(new QtDialogsChinese(&app));
  for (QString const& name : {QStringLiteral("qtbase"), QStringLiteral("qtdeclarative")}) {
    auto* t = new QTranslator(&app);
    if (t->load(QLocale(QLocale::Chinese, QLocale::China), name, QStringLiteral("_"),
                QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
      QCoreApplication::installTranslator(t);
    else delete t;
  }
  QFont font(QStringLiteral("Noto Sans CJK SC"));
  font.setPixelSize(14);
  QGuiApplication::setFont(font);
  // Fusion: a plain desktop look that is the same on every Linux desktop.
  if (qEnvironmentVariableIsEmpty("QT_QUICK_CONTROLS_STYLE")) QQuickStyle::setStyle(QStringLiteral("Fusion"));
}

void configure_engine(QQmlEngine& engine) {
  // The module's qmldir lives at qrc:/Zongjie/ (RESOURCE_PREFIX "/"); Qt 6.4
  // does not search qrc:/ by default.
  engine.addImportPath(QStringLiteral("qrc:/"));
}

QQuickWindow* load_main_window(QQmlApplicationEngine& engine, EditorOptions const& options) {
  configure_engine(engine);
  engine.setInitialProperties({
      {QStringLiteral("initialFile"), options.file.isEmpty() ? QString() : QFileInfo(options.file).absoluteFilePath()},
      // A server (postgresql://…) is named as it is; a file, absolutely.
      {QStringLiteral("dbPath"), options.db.isEmpty() || store::is_server_location(options.db.toStdString())
                                     ? options.db
                                     : QFileInfo(options.db).absoluteFilePath()},
      {QStringLiteral("initialTab"), options.tab},
      {QStringLiteral("initialLine"), options.line},
      {QStringLiteral("initialColumn"), options.column},
      {QStringLiteral("initialSearch"), options.search},
      {QStringLiteral("width"), options.width},
      {QStringLiteral("height"), options.height},
      // Started without a file: the report worked on last (not for screenshots).
      {QStringLiteral("reopenLast"), options.file.isEmpty() && options.screenshot.isEmpty()},
  });
  engine.load(QUrl(QStringLiteral("qrc:/Zongjie/Main.qml")));
  if (engine.rootObjects().isEmpty()) return nullptr;
  return qobject_cast<QQuickWindow*>(engine.rootObjects().constFirst());
}

DocumentController* document_of(QQuickWindow* window) {
  return window ? qvariant_cast<DocumentController*>(window->property("document")) : nullptr;
}

CorpusController* corpus_of(QQuickWindow* window) {
  return window ? qvariant_cast<CorpusController*>(window->property("corpus")) : nullptr;
}

long resident_kib() {
  QFile f(QStringLiteral("/proc/self/status"));
  if (!f.open(QIODevice::ReadOnly)) return 0;
  for (QByteArray const& line : f.readAll().split('\n'))
    if (line.startsWith("VmRSS:")) return line.mid(6).trimmed().split(' ').value(0).toLong();
  return 0;
}

int take_screenshot(QQuickWindow* window, QString const& png) {
  if (auto* corpus = corpus_of(window)) corpus->waitForIdle();
  if (auto* doc = document_of(window)) doc->waitForAnalysis(15000);
  // Let bindings, layouts, the delayed suggestions and searches settle.
  QElapsedTimer t;
  t.start();
  while (t.elapsed() < 700) QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
  for (auto* search : window->findChildren<PhraseSearch*>()) search->waitForIdle();
  t.restart();
  while (t.elapsed() < 200) QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
  QImage const image = window->grabWindow();
  if (image.isNull() || !image.save(png)) {
    std::fprintf(stderr, "zongjie-editor: 无法写入截图 %s\n", qUtf8Printable(png));
    return 1;
  }
  std::fprintf(stderr, "zongjie-editor: 截图已写入 %s（%dx%d）\n", qUtf8Printable(png), image.width(), image.height());
  return 0;
}

int run_editor(int argc, char* argv[], std::function<void(QQuickWindow*)> const& on_start) {
  QStringList args;
  for (int i = 0; i < argc; ++i) args << QString::fromLocal8Bit(argv[i]);
  EditorOptions const options = parse_options(args);
  if (options.help) {
    std::fputs(qUtf8Printable(usage()), stdout);
    return 0;
  }
  if (!options.error.isEmpty()) {
    std::fprintf(stderr, "zongjie-editor: %s\n%s", qUtf8Printable(options.error), qUtf8Printable(usage()));
    return 2;
  }
  prepare_environment(options);

  QGuiApplication app(argc, argv);
  configure_application(app);
  QQmlApplicationEngine engine;
  QQuickWindow* window = load_main_window(engine, options);
  if (!window) return 1;
  if (!options.screenshot.isEmpty()) return take_screenshot(window, options.screenshot);
  if (on_start) on_start(window);
  return QGuiApplication::exec();
}

}  // namespace zongjie::app
