// Command line of zongjie-editor.
#pragma once

#include <QString>
#include <QStringList>

namespace zongjie::app {

struct EditorOptions {
  QString file;        ///< report to open, "" for none
  QString db;          ///< corpus database, "" for the default
  QString screenshot;  ///< write the window to this PNG and exit
  QString tab;         ///< side panel tab to show: templates | phrases | corpus
  int line = 0;        ///< put the cursor on this line (1-based), 0: the start
  int column = 0;      ///< … and this column (1-based characters), 0: the line start
  QString search;      ///< text for the 素材 search box
  int width = 1560;
  int height = 940;
  QString error;  ///< bad usage, for stderr
  bool help = false;
};

/// Parses `arguments` (argv as QStrings, program name first).
EditorOptions parse_options(QStringList const& arguments);
QString usage();

}  // namespace zongjie::app
