// zongjie-editor-test: the editor with the hooks its process and GUI tests
// drive through environment variables.  Built with the tests only; the
// shipped zongjie-editor (src/app/main.cpp) contains none of this.
//
//   ZONGJIE_TEST_TYPE=FILE          type FILE's text key by key
//   ZONGJIE_TEST_TYPE_INTERVAL_MS=N one key every N ms (default 30)
//   ZONGJIE_TEST_LOG=FILE           "typed N EPOCH_MS" per key, flushed
//   ZONGJIE_TEST_RECOVERY_DUMP=FILE write the offered recovered text, exit
//   ZONGJIE_TEST_FIRST_FRAME=print|exit  report the first frame (and RSS)
//   ZONGJIE_TEST_GUI=LOG            the GUI session test's helper (below)
#include "corpus_controller.hpp"
#include "document_controller.hpp"
#include "editor_app.hpp"
#include "findings_model.hpp"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QInputMethodEvent>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QKeyEvent>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTimer>
#include <QtQml/qqmlextensionplugin.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <vector>

Q_IMPORT_QML_PLUGIN(ZongjiePlugin)

namespace zongjie::app {

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

/// The GUI test's helper inside the editor (ZONGJIE_TEST_GUI=LOG): real X
/// key events come from xdotool; this adds what X cannot send and what the
/// script cannot see.
///   F12        commit the words of ZONGJIE_TEST_IM (one per line) through
///              QInputMethodEvent, a preedit first, as fcitx/ibus do, one
///              every ZONGJIE_TEST_IM_INTERVAL_MS (10); then "im-done N".
///   Ctrl+F12   "probe {json}": cursor, length, modified, key latencies
///              (key press → next frame), where the current row's fix
///              button and (scrolled into view; not with Shift) another
///              finding's message are on screen; the text to LOG.text.
class GuiTestHelper : public QObject {
 public:
  GuiTestHelper(QQuickWindow* window, QString log_path) : QObject(window), window_(window), log_(log_path) {
    log_.open(QIODevice::WriteOnly | QIODevice::Truncate);
    text_path_ = log_path + QStringLiteral(".text");
    window->installEventFilter(this);
    connect(window, &QQuickWindow::frameSwapped, this, [this] {
      if (!pressed_.isValid()) return;
      latencies_.push_back(static_cast<double>(pressed_.nsecsElapsed()) / 1e6);
      pressed_.invalidate();
    });
    if (QString const f = qEnvironmentVariable("ZONGJIE_TEST_IM"); !f.isEmpty()) {
      QFile in(f);
      if (in.open(QIODevice::ReadOnly))
        for (QString const& w : QString::fromUtf8(in.readAll()).split(u'\n', Qt::SkipEmptyParts)) words_ << w;
    }
    int const ms = qEnvironmentVariableIntValue("ZONGJIE_TEST_IM_INTERVAL_MS");
    interval_ = ms > 0 ? ms : 10;
    write(QStringLiteral("ready"));
  }

 protected:
  bool eventFilter(QObject* o, QEvent* e) override {
    if (e->type() == QEvent::KeyPress) {
      auto* k = static_cast<QKeyEvent*>(e);
      if (k->key() == Qt::Key_F12) {
        if (k->modifiers() & Qt::ControlModifier) probe(!(k->modifiers() & Qt::ShiftModifier));
        else commitNext(0);
        return true;
      }
      if (!pressed_.isValid()) pressed_.start();
    } else if (e->type() == QEvent::KeyRelease && static_cast<QKeyEvent*>(e)->key() == Qt::Key_F12) {
      return true;
    }
    return QObject::eventFilter(o, e);
  }

 private:
  void write(QString const& line) {
    log_.write((line + u'\n').toUtf8());
    log_.flush();
  }

  void commitNext(qsizetype i) {
    if (i >= words_.size()) {
      write(QStringLiteral("im-done %1").arg(i));
      return;
    }
    QObject* focus = QGuiApplication::focusObject();
    if (focus) {
      QString const& w = words_[i];
      QInputMethodEvent preedit(w.left(1), {});
      QCoreApplication::sendEvent(focus, &preedit);
      QInputMethodEvent commit;
      commit.setCommitString(w);
      QCoreApplication::sendEvent(focus, &commit);
    }
    QTimer::singleShot(interval_, this, [this, i] { commitNext(i + 1); });
  }

  /// [x, y, width, height] of an item on the screen, [] when hidden.
  static QJsonArray screen_rect(QQuickItem* item) {
    if (!item || !item->isVisible() || !item->window()) return {};
    QPoint const g = item->window()->mapToGlobal(item->mapToScene(QPointF(0, 0)).toPoint());
    return QJsonArray{g.x(), g.y(), item->width(), item->height()};
  }

  static QJsonArray screen_center(QQuickItem* item) {
    if (!item || !item->isVisible() || !item->window()) return {};
    QPointF const c = item->mapToScene(QPointF(item->width() / 2, item->height() / 2));
    QPoint const g = item->window()->mapToGlobal(c.toPoint());
    return QJsonArray{g.x(), g.y()};
  }

  void probe(bool scroll_to_message) {
    DocumentController* doc = document_of(window_);
    auto* area = window_->findChild<QQuickItem*>(QStringLiteral("editorTextArea"));
    QJsonObject out;
    if (doc) {
      doc->waitForAnalysis(5000);
      QFile t(text_path_);
      if (t.open(QIODevice::WriteOnly | QIODevice::Truncate)) t.write(doc->plainText().toUtf8());
      out[QStringLiteral("modified")] = doc->modified();
      out[QStringLiteral("length")] = static_cast<int>(doc->plainText().size());
      out[QStringLiteral("findings")] = doc->findings()->count();
    }
    if (area) out[QStringLiteral("cursor")] = area->property("cursorPosition").toInt();
    std::vector<double> l = latencies_;
    std::sort(l.begin(), l.end());
    out[QStringLiteral("keys")] = static_cast<int>(l.size());
    if (!l.empty()) {
      out[QStringLiteral("latencyMedianMs")] = l[l.size() / 2];
      out[QStringLiteral("latencyP95Ms")] = l[std::min(l.size() - 1, l.size() * 95 / 100)];
    }
    latencies_.clear();
    // A finding's message on screen: the first row with a fix that is not
    // the current one (its buttons are hidden), scrolled into view.
    QObject* pane = window_->property("findingsPane").value<QObject*>();
    auto* list = pane ? pane->property("list").value<QQuickItem*>() : nullptr;
    if (doc && list) {
      int const current = list->property("currentIndex").toInt();
      // The current row's fix button first (the view is moved below).
      if (current >= 0) {
        QQuickItem* row = nullptr;
        QMetaObject::invokeMethod(list, "itemAtIndex", Q_RETURN_ARG(QQuickItem*, row), Q_ARG(int, current));
        if (row) {
          out[QStringLiteral("currentRow")] = current;
          out[QStringLiteral("fixButton")] = screen_center(row->findChild<QQuickItem*>(QStringLiteral("fixButton")));
        }
      }
      int pick = -1;
      for (int i = 0; i < doc->findings()->count() && pick < 0; ++i)
        if (i != current && doc->findings()->get(i).value(QStringLiteral("hasFix")).toBool()) pick = i;
      for (int i = 0; i < doc->findings()->count() && pick < 0; ++i)
        if (i != current) pick = i;
      if (pick >= 0 && scroll_to_message) {
        QMetaObject::invokeMethod(list, "positionViewAtIndex", Q_ARG(int, pick), Q_ARG(int, 1 /* Beginning */));
        QCoreApplication::processEvents();
        QQuickItem* row = nullptr;
        QMetaObject::invokeMethod(list, "itemAtIndex", Q_RETURN_ARG(QQuickItem*, row), Q_ARG(int, pick));
        if (row) {
          out[QStringLiteral("messageRow")] = pick;
          auto* message = row->findChild<QQuickItem*>(QStringLiteral("findingMessage"));
          out[QStringLiteral("message")] = screen_center(message);
          out[QStringLiteral("messageRect")] = screen_rect(message);
        }
      }
    }
    write(QStringLiteral("probe ") + QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Compact)));
  }

  QQuickWindow* window_;
  QFile log_;
  QString text_path_;
  QStringList words_;
  int interval_ = 10;
  QElapsedTimer pressed_;
  std::vector<double> latencies_;
};

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

  if (QString const gui = qEnvironmentVariable("ZONGJIE_TEST_GUI"); !gui.isEmpty()) new GuiTestHelper(window, gui);

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

int main(int argc, char* argv[]) { return zongjie::app::run_editor(argc, argv, zongjie::app::install_test_hooks); }
