// One analysis of the editor's text: outline and findings, computed off the
// UI thread from a snapshot, with every position already in UTF-16 units so
// that the UI thread only swaps the result in.
#pragma once

#include <QList>
#include <QString>
#include <QtGlobal>

#include <memory>

#include <string>
#include <utility>
#include <vector>

namespace zongjie {
namespace text {
struct Document;
}
class ThemeLexicon;
class PartHeadingLexicon;
struct StandardOutline;
namespace check {
class Checker;
class SuppressionStore;
}  // namespace check
}  // namespace zongjie

namespace zongjie::app {

struct OutlineEntry {
  enum Kind { Title, Part, Section, Item, Noise };
  Kind kind = Part;
  int level = 0;         ///< 0 title/part/noise, 1 section, 2 item
  QString marker;        ///< "一、", "（一）", "一是" … as written
  QString title;         ///< without the marker
  QString theme;         ///< sections: the theme, "" when none
  QString role;          ///< parts: "summary" …
  int partRole = -1;     ///< parts: Labels::Role (zongjie::PartRole); -1 otherwise
  QString roleLabel;     ///< parts: 工作总结 …
  int line = 0;          ///< 1-based
  int column = 0;        ///< 1-based, characters
  int position = 0;      ///< UTF-16 offset in the snapshot
  QString problem;       ///< numbering problem of this heading, "" when none
  QString sectionStyle;  ///< parts: the style of their sections ("（一）"), "" when none

  friend bool operator==(OutlineEntry const&, OutlineEntry const&) = default;
};

/// One replacement of a quick fix (UTF-16 range of the snapshot).
struct FixEdit {
  int begin = 0;
  int end = 0;
  QString replacement;
  friend bool operator==(FixEdit const&, FixEdit const&) = default;
};

struct FindingEntry {
  QString rule;      ///< "numbering.duplicate" …
  int severity = 1;  ///< Labels::Severity (zongjie::check::Severity)
  int line = 0;
  int column = 0;
  int begin = 0;  ///< UTF-16 range in the snapshot
  int end = 0;
  QString message;
  QString suggestion;
  QList<FixEdit> fix;  ///< empty: no quick fix
  QString fixLabel;
  QString subject;    ///< the checker's suppression subject
  QString ruleTitle;  ///< the rule's short name (catalog)
  friend bool operator==(FindingEntry const&, FindingEntry const&) = default;
};

/// Where a part or section lies, for "the section at the cursor".
struct SectionSpan {
  int begin = 0;  ///< UTF-16
  int end = 0;
  QString role;
  QString roleLabel;
  QString theme;
  QString title;  ///< "" for the part outside its sections
};

/// What an analysis needs besides the text.  Shared, immutable snapshots:
/// the worker thread may keep them while the corpus is re-learned.
struct AnalysisContext {
  std::shared_ptr<ThemeLexicon const> themes;
  std::shared_ptr<PartHeadingLexicon const> partHeadings;  ///< part headings of the learned reports
  std::shared_ptr<StandardOutline const> model;            ///< null: no corpus yet
  QString dbPath;
  std::shared_ptr<check::Checker const> checker;  ///< null: outline only
  /// Ignored findings and rules of saved reports (<db>.ignore.json).
  std::shared_ptr<check::SuppressionStore const> suppressions;
  /// Ignored in this session only (an untitled text has no key to store):
  /// (rule, subject), subject "" for the whole rule.
  std::vector<std::pair<std::string, std::string>> sessionIgnored;
};

struct AnalysisResult {
  quint64 revision = 0;
  QList<OutlineEntry> outline;
  QList<FindingEntry> findings;
  QList<SectionSpan> spans;
  int reportYear = 0;
  int planYear = 0;
  QString unit;          ///< the unit named in the title (白沙乡), "" when none
  std::string identity;  ///< check::document_identity(): how ignores know the report
  int characters = 0;    ///< Chinese-style word count: non-blank characters
  qint64 micros = 0;     ///< time the analysis took
  QString error;         ///< the core failed on this text (never expected)
};

/// Pure function: safe on any thread.  `text` uses '\n' between lines.
/// `prepared`: the same text already read into a document (the file just
/// opened), used instead of converting `text` again; may be null.
AnalysisResult analyse(QString const& text, quint64 revision, AnalysisContext const& context, QString const& path,
                       std::shared_ptr<text::Document const> const& prepared = {});

}  // namespace zongjie::app
