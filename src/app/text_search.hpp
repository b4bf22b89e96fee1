// 查找 / 替换 on the editor's QTextDocument: plain text (no patterns),
// every occurrence counted, wrapping at the ends; replacements as single
// undoable edits.  Positions are UTF-16 offsets of the current text.
#pragma once

#include <QPointer>
#include <QString>
#include <QTextDocument>
#include <QVariantMap>

namespace zongjie::app {

class TextSearch {
 public:
  void setDocument(QTextDocument* doc) { doc_ = doc; }

  /// Number of occurrences of `text`.
  int countMatches(QString const& text, bool caseSensitive) const;
  /// The next occurrence at or after `from` (wrapping; `backward` looks
  /// before `from`): {begin, end, index (1-based), count}; begin -1 when none.
  QVariantMap findNext(QString const& text, int from, bool backward, bool caseSensitive) const;
  /// Replaces [begin, end) when it holds `text`; the end of the replacement, -1 otherwise.
  int replaceAt(int begin, int end, QString const& text, QString const& replacement, bool caseSensitive);
  /// Replaces every occurrence as one undoable edit; how many.
  int replaceAll(QString const& text, QString const& replacement, bool caseSensitive);

 private:
  QPointer<QTextDocument> doc_;
};

}  // namespace zongjie::app
