#include "edit_history.hpp"

#include <QTextCursor>

#include <algorithm>

namespace zongjie::app {

void EditHistory::setDocument(QTextDocument* doc) {
  doc_ = doc;
  undo_cursor_.clear();
}

void EditHistory::reset() {
  if (doc_) doc_->clearUndoRedoStacks();
  undo_cursor_.clear();
}

void EditHistory::onUndoCommandAdded() {
  if (!doc_) return;
  // A new edit replaces everything above it on the stack.
  undo_cursor_.erase(undo_cursor_.lower_bound(doc_->availableUndoSteps()), undo_cursor_.end());
}

int EditHistory::insertText(int position, QString const& text) {
  if (!doc_) return position;
  QTextCursor c(doc_);
  c.setPosition(std::clamp(position, 0, std::max(0, doc_->characterCount() - 1)));
  c.beginEditBlock();
  c.insertText(text);
  c.endEditBlock();
  return c.position();
}

int EditHistory::insertBlock(int position, QString const& text) {
  if (!doc_) return position;
  QTextCursor c(doc_);
  c.setPosition(std::clamp(position, 0, std::max(0, doc_->characterCount() - 1)));
  QString t = text;
  if (!t.endsWith(u'\n')) t += u'\n';
  // Whole lines: after the current line when the cursor sits inside one.
  if (!c.atBlockStart()) {
    c.movePosition(QTextCursor::EndOfBlock);
    t.prepend(u'\n');
    if (t.endsWith(u'\n')) t.chop(1);
  }
  c.beginEditBlock();
  int const start = c.position() + (t.startsWith(u'\n') ? 1 : 0);
  c.insertText(t);
  c.endEditBlock();
  return start;
}

bool EditHistory::applyEdits(QList<FixEdit> edits, int cursor) {
  if (!doc_ || edits.isEmpty()) return false;
  // Back to front: earlier offsets stay valid while later text changes.
  std::sort(edits.begin(), edits.end(), [](FixEdit const& a, FixEdit const& b) { return a.begin > b.begin; });
  QTextCursor c(doc_);
  c.beginEditBlock();
  for (FixEdit const& e : edits) {
    c.setPosition(std::clamp(e.begin, 0, doc_->characterCount() - 1));
    c.setPosition(std::clamp(e.end, 0, doc_->characterCount() - 1), QTextCursor::KeepAnchor);
    c.insertText(e.replacement);
  }
  c.endEditBlock();
  if (cursor >= 0) rememberCursor(cursor);
  return true;
}

void EditHistory::rememberCursor(int cursor) {
  if (!doc_ || cursor < 0) return;
  undo_cursor_[doc_->availableUndoSteps()] = cursor;
}

int EditHistory::undo() {
  if (!doc_ || !doc_->isUndoAvailable()) return -1;
  int const depth = doc_->availableUndoSteps();
  QTextCursor c(doc_);
  doc_->undo(&c);
  int const length = std::max(0, doc_->characterCount() - 1);
  if (auto it = undo_cursor_.find(depth); it != undo_cursor_.end()) return std::clamp(it->second, 0, length);
  return std::clamp(c.position(), 0, length);
}

int EditHistory::redo() {
  if (!doc_ || !doc_->isRedoAvailable()) return -1;
  QTextCursor c(doc_);
  doc_->redo(&c);
  return std::clamp(c.position(), 0, std::max(0, doc_->characterCount() - 1));
}

}  // namespace zongjie::app
