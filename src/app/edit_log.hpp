// The edits made since the text the shown analysis was computed from.
//
// Outline rows, findings (and their fix ranges), section spans and the
// underlines all keep the positions of that analysed snapshot.  A keystroke
// only appends to this log (O(1)); a position is carried over to the
// current text when it is read (a click, the cursor's section, painting a
// block), replaying the few edits since the last analysis.  A new analysis
// result clears the log.  Before, each keystroke shifted four copies of
// every position (outline, findings, spans, highlighter marks).
#pragma once

#include <QList>

namespace zongjie::app {

/// Moves a UTF-16 range [begin, end) over an edit at `pos` that replaced
/// `removed` units by `added`.  Returns false when the range was deleted.
bool shift_range(int& begin, int& end, int pos, int removed, int added);

class EditLog {
 public:
  struct Edit {
    int pos = 0;
    int removed = 0;
    int added = 0;
  };

  /// `removed` UTF-16 units at `pos` were replaced by `added`.
  void record(int pos, int removed, int added);
  /// A new snapshot: positions are current again.
  void clear() { edits_.clear(); }
  bool empty() const { return edits_.isEmpty(); }
  qsizetype size() const { return edits_.size(); }

  /// A snapshot position (a heading's start) in the current text; a
  /// position whose text was deleted moves to the deletion.
  int point(int position) const;
  /// A snapshot range in the current text (shift_range over each edit);
  /// false when its text was deleted.
  bool range(int& begin, int& end) const;

 private:
  QList<Edit> edits_;
};

}  // namespace zongjie::app
