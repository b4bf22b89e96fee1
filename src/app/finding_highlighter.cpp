#include "finding_highlighter.hpp"

#include "findings_model.hpp"
#include "labels.hpp"

#include <QTextBlock>
#include <QTextDocument>

#include <algorithm>

namespace zongjie::app {

FindingHighlighter::FindingHighlighter(QTextDocument* document, EditLog const* log, QObject* parent)
    : QSyntaxHighlighter(parent), log_(log) {
  // Qt Quick's text renderer (6.4) draws underlines in the text colour and
  // has no wave underline, so a light background tint carries the severity
  // and the underline marks the extent.
  QColor const tints[3] = {QColor(0xfd, 0xd8, 0xd8), QColor(0xfc, 0xeb, 0xc4), QColor(0xd9, 0xe8, 0xfb)};
  for (int i = 0; i < 3; ++i) {
    formats_[i].setBackground(tints[i]);
    formats_[i].setFontUnderline(i < 2);
    formats_[i].setUnderlineColor(i == 0 ? QColor(0xc6, 0x28, 0x28) : QColor(0xc7, 0x7c, 0x02));
  }
  current_format_.setBackground(QColor(0xff, 0xb0, 0x40));
  current_format_.setFontUnderline(true);
  if (document) setDocument(document);
}

FindingHighlighter::~FindingHighlighter() {
  // ~QSyntaxHighlighter clears the formats, which the document reports as a
  // change: this class's members are gone by then.
  if (QTextDocument* doc = document()) disconnect(doc, nullptr, this, nullptr);
}

int FindingHighlighter::severityRank(int severity) {
  if (severity == Labels::Error) return 0;
  if (severity == Labels::Warning) return 1;
  return 2;
}

void FindingHighlighter::setMarks(QList<Mark> marks) {
  std::sort(marks.begin(), marks.end(), [](Mark const& a, Mark const& b) {
    return a.begin != b.begin ? a.begin < b.begin : a.severity > b.severity;
  });
  if (marks == marks_) return;
  QList<Mark> old = std::move(marks_);
  marks_ = std::move(marks);
  // Only blocks that gain or lose a mark need a new format.
  QList<Mark> changed;
  for (Mark const& m : old)
    if (!marks_.contains(m)) changed.push_back(m);
  for (Mark const& m : marks_)
    if (!old.contains(m)) changed.push_back(m);
  for (Mark const& m : changed) rehighlightRange(m.begin, m.end);
}

void FindingHighlighter::setCurrent(int begin, int end) {
  if (begin == current_begin_ && end == current_end_) return;
  int const ob = current_begin_, oe = current_end_;
  current_begin_ = begin;
  current_end_ = end;
  if (ob >= 0) rehighlightRange(ob, oe);
  if (begin >= 0) rehighlightRange(begin, end);
}

void FindingHighlighter::rehighlightRange(int begin, int end) {
  QTextDocument* doc = document();
  if (!doc) return;
  if (log_) log_->range(begin, end);
  QTextBlock block = doc->findBlock(begin);
  QTextBlock const last = doc->findBlock(std::max(begin, end - 1));
  while (block.isValid()) {
    rehighlightBlock(block);
    if (block == last) break;
    block = block.next();
  }
}

void FindingHighlighter::highlightBlock(QString const& text) {
  int const block_begin = currentBlock().position();
  int const block_end = block_begin + static_cast<int>(text.size());
  bool const moved = log_ && !log_->empty();
  auto paint = [&](int b, int e, QTextCharFormat const& f) {
    // A zero-length finding (a missing part) still gets one character.
    if (e <= b) e = b + 1;
    int const from = std::max(b, block_begin);
    int const to = std::min(e, block_end);
    if (to > from) setFormat(from - block_begin, to - from, f);
  };
  // Marks are sorted by begin: skip to the first that can reach this block.
  // (Carrying positions over keeps their order.)
  for (Mark const& m : marks_) {
    int b = m.begin, e = m.end;
    if (moved && !log_->range(b, e)) continue;  // its text was deleted
    if (b > block_end) break;
    if (std::max(e, b + 1) <= block_begin) continue;
    paint(b, e, formats_[std::clamp(m.severity, 0, 2)]);
  }
  if (current_begin_ >= 0) {
    int b = current_begin_, e = current_end_;
    if (!moved || log_->range(b, e)) paint(b, e, current_format_);
  }
}

}  // namespace zongjie::app
