// Edits the editor makes for the user (quick fixes, templates, inserted
// phrases) and 撤销/重做: each is one undoable step of the QTextDocument,
// and undoing one puts the cursor back where the user had it before.
#pragma once

#include "analysis.hpp"

#include <QPointer>
#include <QTextDocument>

#include <map>

namespace zongjie::app {

class EditHistory {
 public:
  void setDocument(QTextDocument* doc);
  /// A new text: a fresh history.
  void reset();
  /// A new edit was pushed: forget the cursors of the steps it replaced.
  void onUndoCommandAdded();

  bool canUndo() const { return doc_ && doc_->isUndoAvailable(); }
  bool canRedo() const { return doc_ && doc_->isRedoAvailable(); }

  /// Inserts `text` at `position` as one undoable edit; returns the end.
  int insertText(int position, QString const& text);
  /// Inserts whole lines at the line boundary nearest `position`; returns
  /// where the inserted text starts.
  int insertBlock(int position, QString const& text);
  /// Applies `edits` (current positions) as one undoable edit.
  bool applyEdits(QList<FixEdit> edits, int cursor);
  /// Remembers `cursor` for when the step on top of the stack is undone.
  void rememberCursor(int cursor);
  /// Undoes; the cursor position that belongs after it, -1 when nothing.
  int undo();
  /// Redoes; the position of the redone edit, -1 when nothing.
  int redo();

 private:
  QPointer<QTextDocument> doc_;
  /// Undo-stack depth after an editor-made edit → the cursor before it.
  std::map<int, int> undo_cursor_;
};

}  // namespace zongjie::app
