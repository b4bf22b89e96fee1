// Underlines findings in the editor: a QSyntaxHighlighter on the TextArea's
// textDocument (the way KDE Sonnet's spellcheck highlighter does it).  It
// holds the findings' ranges in UTF-16 offsets of the document, moves them
// with each edit, and rehighlights only the blocks whose marks changed.
#pragma once

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

  /// Attaches to `document`; shifts marks on edits before QSyntaxHighlighter
  /// re-formats the edited block (connection order matters).
  explicit FindingHighlighter(QTextDocument* document, QObject* parent = nullptr);
  ~FindingHighlighter() override;

  /// New marks (any order); rehighlights the blocks of old and new marks.
  void setMarks(QList<Mark> marks);
  QList<Mark> const& marks() const { return marks_; }
  /// Marks the range as the current finding (stronger colour); -1,-1 for none.
  void setCurrent(int begin, int end);

  static int severityRank(QString const& severity);

 protected:
  void highlightBlock(QString const& text) override;

 private:
  void onContentsChange(int pos, int removed, int added);
  void rehighlightRange(int begin, int end);

  QList<Mark> marks_;  // sorted by begin
  int current_begin_ = -1, current_end_ = -1;
  QTextCharFormat formats_[3];
  QTextCharFormat current_format_;
};

}  // namespace zongjie::app
