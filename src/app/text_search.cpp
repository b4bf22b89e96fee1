#include "text_search.hpp"

#include <QTextCursor>

namespace zongjie::app {

namespace {
// QTextDocument keeps blocks apart with U+2029; the core and the files use '\n'.
QString to_plain(QString text) {
  for (QChar& c : text)
    if (c == QChar::ParagraphSeparator || c == QChar::LineSeparator || c == u'\r') c = u'\n';
  return text;
}
}  // namespace

namespace {
QTextDocument::FindFlags find_flags(bool case_sensitive) {
  return case_sensitive ? QTextDocument::FindCaseSensitively : QTextDocument::FindFlags();
}
}  // namespace

int TextSearch::countMatches(QString const& text, bool caseSensitive) const {
  if (!doc_ || text.isEmpty()) return 0;
  int n = 0;
  QTextCursor c(doc_);
  while (true) {
    c = doc_->find(text, c, find_flags(caseSensitive));
    if (c.isNull()) break;
    ++n;
  }
  return n;
}

QVariantMap TextSearch::findNext(QString const& text, int from, bool backward, bool caseSensitive) const {
  QVariantMap out{{QStringLiteral("begin"), -1},
                  {QStringLiteral("end"), -1},
                  {QStringLiteral("index"), 0},
                  {QStringLiteral("count"), 0}};
  if (!doc_ || text.isEmpty()) return out;
  // All matches (a report is small); the one wanted, wrapping at the ends.
  QList<QPair<int, int>> hits;
  QTextCursor c(doc_);
  while (true) {
    c = doc_->find(text, c, find_flags(caseSensitive));
    if (c.isNull()) break;
    hits.append({c.selectionStart(), c.selectionEnd()});
  }
  if (hits.isEmpty()) return out;
  qsizetype pick = -1;
  if (!backward) {
    for (qsizetype i = 0; i < hits.size() && pick < 0; ++i)
      if (hits[i].first >= from) pick = i;
    if (pick < 0) pick = 0;
  } else {
    for (qsizetype i = hits.size() - 1; i >= 0 && pick < 0; --i)
      if (hits[i].first < from) pick = i;
    if (pick < 0) pick = hits.size() - 1;
  }
  out[QStringLiteral("begin")] = hits[pick].first;
  out[QStringLiteral("end")] = hits[pick].second;
  out[QStringLiteral("index")] = static_cast<int>(pick + 1);
  out[QStringLiteral("count")] = static_cast<int>(hits.size());
  return out;
}

int TextSearch::replaceAt(int begin, int end, QString const& text, QString const& replacement, bool caseSensitive) {
  if (!doc_ || text.isEmpty() || begin < 0 || end <= begin || end > doc_->characterCount() - 1) return -1;
  QTextCursor c(doc_);
  c.setPosition(begin);
  c.setPosition(end, QTextCursor::KeepAnchor);
  QString const here = to_plain(c.selectedText());
  if (here.compare(text, caseSensitive ? Qt::CaseSensitive : Qt::CaseInsensitive) != 0) return -1;
  c.beginEditBlock();
  c.insertText(replacement);
  c.endEditBlock();
  return c.position();
}

int TextSearch::replaceAll(QString const& text, QString const& replacement, bool caseSensitive) {
  if (!doc_ || text.isEmpty()) return 0;
  QList<QPair<int, int>> hits;
  QTextCursor f(doc_);
  while (true) {
    f = doc_->find(text, f, find_flags(caseSensitive));
    if (f.isNull()) break;
    hits.append({f.selectionStart(), f.selectionEnd()});
  }
  if (hits.isEmpty()) return 0;
  // One edit block, back to front: one 撤销 brings every occurrence back.
  QTextCursor c(doc_);
  c.beginEditBlock();
  for (qsizetype i = hits.size() - 1; i >= 0; --i) {
    c.setPosition(hits[i].first);
    c.setPosition(hits[i].second, QTextCursor::KeepAnchor);
    c.insertText(replacement);
  }
  c.endEditBlock();
  return static_cast<int>(hits.size());
}

}  // namespace zongjie::app
