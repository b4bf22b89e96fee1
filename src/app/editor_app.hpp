// Wiring of the editor process, kept out of main.cpp so that main stays a
// few lines and the tests can use the same setup.
#pragma once

#include "options.hpp"

#include <functional>

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

/// The whole editor process: options, application, window, event loop.
/// `on_start` runs once the window is loaded (not for --screenshot): the
/// test build (tests/app/editor_test_main.cpp) installs its hooks there;
/// the shipped zongjie-editor passes nothing.
int run_editor(int argc, char* argv[], std::function<void(QQuickWindow*)> const& on_start = {});

/// Resident set size of this process in KiB (Linux), 0 when unknown.
long resident_kib();

}  // namespace zongjie::app
