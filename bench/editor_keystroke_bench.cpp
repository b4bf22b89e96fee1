// Typing in the editor on a 30 KB report: the synchronous cost of one
// keystroke (the budget is 16 ms, one frame at 60 Hz).
//
//   BM_Keystroke_Document   an edit of the document model with everything the
//                           editor hangs on it (controller: revision, moving the
//                           outline/findings/underline ranges, the debounce
//                           timer; highlighter: re-formatting the edited block)
//   BM_Keystroke_Window     a key event through the real window (Main.qml):
//                           TextArea input handling, layout, bindings (cursor
//                           line/column, outline row at the cursor), events
//   BM_Keystroke_Frame      the same plus rendering the frame (software
//                           renderer, offscreen)
//   BM_Analysis             outline + check of the whole text, which runs off
//                           the UI thread after a pause in typing
//
// Keys alternate between a character and Backspace so the text stays 30 KB.
#include "analysis.hpp"
#include "corpus_controller.hpp"
#include "document_controller.hpp"
#include "editor_app.hpp"

#include <benchmark/benchmark.h>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QQmlApplicationEngine>
#include <QQmlComponent>
#include <QQuickTextDocument>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTextCursor>
#include <QTextDocument>
#include <QtQml/qqmlextensionplugin.h>

#include <memory>

Q_IMPORT_QML_PLUGIN(ZongjiePlugin)

using namespace zongjie::app;

namespace {

QTemporaryDir* tmp = nullptr;

// About 30 KB of report text from the examples (UTF-8 ones), cut at a line.
QString const& report_path() {
  static QString path = [] {
    QByteArray text;
    for (char const* name : {"baisha-2023.txt", "qingxi-2024.txt", "yunling-2022.txt", "shiqiao-2021.txt",
                             "shuanghe-2023.txt", "guiwan-2024.txt"}) {
      QFile f(QStringLiteral(ZONGJIE_SOURCE_DIR "/examples/") + QString::fromLatin1(name));
      if (f.open(QIODevice::ReadOnly)) text += f.readAll();
    }
    qsizetype cut = text.indexOf('\n', 30 * 1024);
    if (cut > 0) text.truncate(cut + 1);
    QString const p = tmp->filePath(QStringLiteral("report-30k.txt"));
    QFile out(p);
    if (out.open(QIODevice::WriteOnly)) out.write(text);
    return p;
  }();
  return path;
}

void wait(int ms) {
  QElapsedTimer t;
  t.start();
  while (t.elapsed() < ms) QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
}

void BM_Keystroke_Document(benchmark::State& state) {
  QQmlEngine engine;
  QQmlComponent c(&engine);
  c.setData("import QtQuick\nTextEdit { textFormat: TextEdit.PlainText; width: 900; wrapMode: TextEdit.Wrap }", QUrl());
  std::unique_ptr<QObject> edit(c.create());
  auto* quick = edit->property("textDocument").value<QQuickTextDocument*>();
  CorpusController corpus;
  corpus.load();
  corpus.waitForIdle();
  DocumentController doc;
  doc.setCorpus(&corpus);
  doc.setTextDocument(quick);
  doc.open(report_path());
  doc.waitForAnalysis();
  state.counters["findings"] = doc.findings()->count();
  state.counters["bytes"] = static_cast<double>(QFileInfo(report_path()).size());
  QTextDocument* d = quick->textDocument();
  QTextCursor cursor(d);
  cursor.setPosition(d->characterCount() / 2);
  bool type = true;
  for (auto _ : state) {
    if (type) cursor.insertText(QStringLiteral("字"));
    else cursor.deletePreviousChar();
    type = !type;
  }
}
BENCHMARK(BM_Keystroke_Document)->Unit(benchmark::kMicrosecond);

struct Window {
  QQmlApplicationEngine engine;
  QQuickWindow* window = nullptr;
  DocumentController* doc = nullptr;

  Window() {
    EditorOptions o;
    o.file = report_path();
    o.db = qEnvironmentVariable("ZONGJIE_DB");
    window = load_main_window(engine, o);
    doc = document_of(window);
    doc->waitForAnalysis();
    wait(300);
    QMetaObject::invokeMethod(window, "focusEditorAtEnd");
    // Type in the middle, where a change moves half the text.
    QObject* area = window->findChild<QObject*>(QStringLiteral("editorTextArea"));
    area->setProperty("cursorPosition", doc->lineStart(doc->lineOf(doc->plainText().size()) / 2));
    wait(100);
  }
  void key(bool type) {
    int const k = type ? Qt::Key_unknown : Qt::Key_Backspace;
    QString const t = type ? QStringLiteral("字") : QString();
    QKeyEvent press(QEvent::KeyPress, k, Qt::NoModifier, t);
    QKeyEvent release(QEvent::KeyRelease, k, Qt::NoModifier, t);
    QCoreApplication::sendEvent(window, &press);
    QCoreApplication::sendEvent(window, &release);
  }
};

Window* the_window() {
  static Window* w = new Window;  // one window for both window benchmarks
  return w;
}

void BM_Keystroke_Window(benchmark::State& state) {
  Window* w = the_window();
  bool type = true;
  for (auto _ : state) {
    w->key(type);
    type = !type;
    QCoreApplication::processEvents();
  }
  state.counters["findings"] = w->doc->findings()->count();
}
BENCHMARK(BM_Keystroke_Window)->Unit(benchmark::kMicrosecond);

void BM_Keystroke_Frame(benchmark::State& state) {
  Window* w = the_window();
  bool type = true;
  for (auto _ : state) {
    w->key(type);
    type = !type;
    QCoreApplication::processEvents();
    // Render now instead of at the next vsync tick.
    QEvent update(QEvent::UpdateRequest);
    QCoreApplication::sendEvent(w->window, &update);
  }
}
BENCHMARK(BM_Keystroke_Frame)->Unit(benchmark::kMicrosecond);

void BM_Analysis(benchmark::State& state) {
  CorpusController corpus;
  corpus.load();
  corpus.waitForIdle();
  QFile f(report_path());
  f.open(QIODevice::ReadOnly);
  QString const text = QString::fromUtf8(f.readAll());
  AnalysisContext const ctx = corpus.context();
  quint64 rev = 0;
  for (auto _ : state) {
    AnalysisResult r = analyse(text, ++rev, ctx, report_path());
    benchmark::DoNotOptimize(r);
  }
}
BENCHMARK(BM_Analysis)->Unit(benchmark::kMillisecond);

}  // namespace

int main(int argc, char** argv) {
  if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
  QTemporaryDir dir;
  tmp = &dir;
  qputenv("ZONGJIE_RECOVERY_DIR", dir.filePath(QStringLiteral("recovery")).toUtf8());
  qputenv("XDG_CONFIG_HOME", dir.filePath(QStringLiteral("config")).toUtf8());
  // ZONGJIE_DB=… measures against a learned corpus (e.g. the 10,000-report one).
  if (qEnvironmentVariableIsEmpty("ZONGJIE_DB"))
    qputenv("ZONGJIE_DB", dir.filePath(QStringLiteral("none.db")).toUtf8());
  QGuiApplication app(argc, argv);
  configure_application(app);
  benchmark::Initialize(&argc, argv);
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
