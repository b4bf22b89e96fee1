// 忽略此处 / 本文忽略此规则 and their undo.  A saved report's ignores are
// stored with the corpus (<db>.ignore.json, shared with `zongjie ignore`,
// through CorpusController); an untitled text's are kept for this session
// only, since it has no key to store them under yet.
#pragma once

#include "analysis.hpp"

#include <QStringList>
#include <QVariantList>

#include <array>
#include <string>
#include <utility>
#include <vector>

namespace zongjie::app {

class CorpusController;

class IgnoreList {
 public:
  /// What a change did: `error` for the user when it failed, else `ok`.
  struct Outcome {
    bool ok = false;
    QString error;
  };

  /// Where the ignores of the report in the editor go.
  struct Report {
    CorpusController* corpus = nullptr;
    QString path;          ///< "" untitled
    std::string identity;  ///< its title as ignores know it
  };

  /// A new text: the session's ignores go.
  void clearSession();
  /// (rule, subject) ignored this session; subject "" for the whole rule.
  std::vector<std::pair<std::string, std::string>> const& sessionIgnored() const { return session_; }
  /// The session's entries as {rule, subject, note} (for 另存为 to store them).
  std::vector<std::array<std::string, 3>> sessionEntries() const;

  Outcome ignoreHere(Report const& r, FindingEntry const& f);
  Outcome ignoreRule(Report const& r, FindingEntry const& f, QString const& ruleName);
  /// {key, rule, note, added, wholeRule} of the report.
  QVariantList list(Report const& r) const;
  Outcome remove(Report const& r, QString const& key);
  bool canUndo() const { return !undo_.isEmpty(); }
  /// Takes back the newest ignore of this session.
  Outcome undo(Report const& r);

 private:
  std::vector<std::pair<std::string, std::string>> session_;
  QStringList notes_;  // beside session_: what was ignored
  QStringList undo_;   // keys of this session's ignores, newest last
};

}  // namespace zongjie::app
