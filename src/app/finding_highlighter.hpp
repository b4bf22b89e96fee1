// Underlines findings in the editor: a QSyntaxHighlighter on the TextArea's
// textDocument (the way KDE Sonnet's spellcheck highlighter does it).  It
// holds the findings' ranges in UTF-16 offsets of the analysed snapshot,
// carries them to the current text through the document's EditLog when it
// paints a block, and rehighlights only the blocks whose marks changed.
#pragma once

#include "edit_log.hpp"

#include <QColor>
#include <QList>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace zongjie::app {

class FindingHighlighter : public QSyntaxHighlighter {
  Q_OBJECT

 public:
  struct Mark {
    int begin = 0;
    int end = 0;
    int severity = 0;  ///< 0 error, 1 warning, 2 info
    friend bool operator==(Mark const&, Mark const&) = default;
  };

  /// Attaches to `document`.  `log`: the edits since the marks' snapshot,
  /// recorded before QSyntaxHighlighter re-formats the edited block (the
  /// owner connects to contentsChange first).
  FindingHighlighter(QTextDocument* document, EditLog const* log, QObject* parent = nullptr);
  ~FindingHighlighter() override;

  /// New marks (any order; positions of a snapshot with no edits since);
  /// rehighlights the blocks of old and new marks.
  void setMarks(QList<Mark> marks);
  /// The marks as set (snapshot positions).
  QList<Mark> const& marks() const { return marks_; }
  /// Marks the range (snapshot positions, like the marks) as the current
  /// finding (stronger colour); -1,-1 for none.
  void setCurrent(int begin, int end);

  /// 0 error, 1 warning, 2 info (Labels::Severity in, drawing order out).
  static int severityRank(int severity);

 protected:
  void highlightBlock(QString const& text) override;

 private:
  /// Rehighlights the blocks of a snapshot range.
  void rehighlightRange(int begin, int end);

  EditLog const* log_ = nullptr;
  QList<Mark> marks_;  // sorted by begin
  int current_begin_ = -1, current_end_ = -1;
  QTextCharFormat formats_[3];
  QTextCharFormat current_format_;
};

}  // namespace zongjie::app
