#include "editor_app.hpp"

#include "corpus_controller.hpp"
#include "document_controller.hpp"
#include "phrase_search.hpp"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QFont>
#include <QGuiApplication>
#include <QImage>
#include <QKeyEvent>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTimer>

#include <cstdio>
#include <memory>

namespace zongjie::app {

void prepare_environment(EditorOptions const& options) {
  if (!options.screenshot.isEmpty() && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
    qputenv("QT_QPA_PLATFORM", "offscreen");
}

void configure_application(QGuiApplication& app) {
  QCoreApplication::setOrganizationName(QStringLiteral("zongjie"));
  QCoreApplication::setApplicationName(QStringLiteral("editor"));
  QGuiApplication::setApplicationDisplayName(QStringLiteral("总结"));
  QFont font(QStringLiteral("Noto Sans CJK SC"));
  font.setPixelSize(14);
  app.setFont(font);
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
      {QStringLiteral("dbPath"), options.db.isEmpty() ? QString() : QFileInfo(options.db).absoluteFilePath()},
      {QStringLiteral("initialTab"), options.tab},
      {QStringLiteral("initialLine"), options.line},
      {QStringLiteral("initialColumn"), options.column},
      {QStringLiteral("initialSearch"), options.search},
      {QStringLiteral("width"), options.width},
      {QStringLiteral("height"), options.height},
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

namespace {

void type_next(QQuickWindow* window, std::shared_ptr<QString> text, std::shared_ptr<qsizetype> at, QFile* log,
               int interval) {
  if (*at >= text->size()) return;
  QChar const c = text->at(*at);
  ++*at;
  // Through the window, as a keyboard would: the TextArea inserts the text.
  QString const s(c);
  int const key = c == u'\n' ? Qt::Key_Return : Qt::Key_unknown;
  QString const t = c == u'\n' ? QStringLiteral("\r") : s;
  QKeyEvent press(QEvent::KeyPress, key, Qt::NoModifier, t);
  QKeyEvent release(QEvent::KeyRelease, key, Qt::NoModifier, t);
  QCoreApplication::sendEvent(window, &press);
  QCoreApplication::sendEvent(window, &release);
  if (log) {
    log->write(QStringLiteral("typed %1 %2\n").arg(*at).arg(QDateTime::currentMSecsSinceEpoch()).toUtf8());
    log->flush();
  }
  QTimer::singleShot(interval, window, [=] { type_next(window, text, at, log, interval); });
}

}  // namespace

void install_test_hooks(QQuickWindow* window) {
  DocumentController* doc = document_of(window);
  if (!doc) return;

  QString const dump = qEnvironmentVariable("ZONGJIE_TEST_RECOVERY_DUMP");
  if (!dump.isEmpty()) {
    // The same call the window makes at startup: is there text to offer?
    doc->checkRecovery();
    {
      QFile out(dump);
      if (out.open(QIODevice::WriteOnly)) out.write(doc->recoveryText().toUtf8());
    }
    // Leave without deciding: the entry stays for a real start.
    std::_Exit(doc->recoveryOffered() ? 0 : 3);
  }

  QString const first = qEnvironmentVariable("ZONGJIE_TEST_FIRST_FRAME");
  if (!first.isEmpty()) {
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    bool const exit_after = first == QLatin1String("exit");
    QObject::connect(window, &QQuickWindow::frameSwapped, window, [timer, exit_after] {
      static bool done = false;
      if (done) return;
      done = true;
      std::printf("first-frame %lld ms rss %ld KiB\n", static_cast<long long>(timer->elapsed()), resident_kib());
      std::fflush(stdout);
      if (exit_after) QTimer::singleShot(0, [] { QCoreApplication::exit(0); });
    });
  }

  QString const type_file = qEnvironmentVariable("ZONGJIE_TEST_TYPE");
  if (!type_file.isEmpty()) {
    QFile in(type_file);
    if (!in.open(QIODevice::ReadOnly)) return;
    auto text = std::make_shared<QString>(QString::fromUtf8(in.readAll()));
    auto at = std::make_shared<qsizetype>(0);
    QFile* log = nullptr;
    if (QString const log_path = qEnvironmentVariable("ZONGJIE_TEST_LOG"); !log_path.isEmpty()) {
      log = new QFile(log_path, window);
      if (!log->open(QIODevice::WriteOnly | QIODevice::Truncate)) log = nullptr;
    }
    int const interval = qEnvironmentVariableIntValue("ZONGJIE_TEST_TYPE_INTERVAL_MS") > 0
                             ? qEnvironmentVariableIntValue("ZONGJIE_TEST_TYPE_INTERVAL_MS")
                             : 30;
    // Start once the window shows and the editor has focus.
    QTimer::singleShot(500, window, [=] {
      QMetaObject::invokeMethod(window, "focusEditorAtEnd");
      type_next(window, text, at, log, interval);
    });
  }
}

}  // namespace zongjie::app
