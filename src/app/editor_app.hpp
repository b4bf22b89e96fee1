// Wiring of the editor process, kept out of main.cpp so that main stays a
// few lines and the tests can use the same setup.
#pragma once

#include "options.hpp"

class QGuiApplication;
class QQmlEngine;
class QQmlApplicationEngine;
class QQuickWindow;

namespace zongjie::app {

class DocumentController;
class CorpusController;

/// Before QGuiApplication exists: --screenshot renders offscreen unless a
/// platform was chosen explicitly.
void prepare_environment(EditorOptions const& options);
/// Names (for QSettings), font (Noto Sans CJK SC: without it Qt picks the
/// Japanese forms), Controls style.
void configure_application(QGuiApplication& app);
/// Import path of the Zongjie module (compiled into the resources).
void configure_engine(QQmlEngine& engine);
/// Loads qrc:/Zongjie/Main.qml with the options; null on failure.
QQuickWindow* load_main_window(QQmlApplicationEngine& engine, EditorOptions const& options);

DocumentController* document_of(QQuickWindow* window);
CorpusController* corpus_of(QQuickWindow* window);

/// Waits until the corpus is loaded and the text analysed, renders the
/// window and writes it to `png`.  Returns the process exit status.
int take_screenshot(QQuickWindow* window, QString const& png);

/// Test hooks, driven by environment variables (see docs/EDITOR.md):
///   ZONGJIE_TEST_TYPE=FILE          type FILE's text key by key
///   ZONGJIE_TEST_TYPE_INTERVAL_MS=N one key every N ms (default 30)
///   ZONGJIE_TEST_LOG=FILE           "typed N EPOCH_MS" per key, flushed
///   ZONGJIE_TEST_RECOVERY_DUMP=FILE write the offered recovered text, exit
///   ZONGJIE_TEST_FIRST_FRAME=print|exit  report the first frame (and RSS)
void install_test_hooks(QQuickWindow* window);

/// Resident set size of this process in KiB (Linux), 0 when unknown.
long resident_kib();

}  // namespace zongjie::app
