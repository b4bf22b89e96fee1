// Suppressions: findings the user decided to ignore, and rules turned off for
// one document.  Kept beside the corpus database in "<db>.ignore.json" (a
// small JSON file, written atomically), shared by `zongjie ignore`,
// `zongjie check` and the editor.
//
// A finding is keyed by rule + subject — the normalised sentence and the
// flagged words (see Finding::subject) — never by its line, so that it stays
// ignored when text elsewhere in the file changes.
#pragma once

#include "zongjie/check/finding.hpp"

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace zongjie::check {

struct Suppression {
  int id = 0;
  std::string document;  ///< document_key() of the report
  std::string rule;
  std::string subject;   ///< "" when the whole rule is off for the document
  std::string note;      ///< what was ignored, for listings (the message)
  std::string added;     ///< date, YYYY-MM-DD
};

/// The key of a report in the store: its absolute, lexically normal path.
std::string document_key(std::filesystem::path const& path);

class SuppressionStore {
 public:
  /// "<db>.ignore.json" beside the corpus database.
  static std::filesystem::path path_for_database(std::filesystem::path const& database);

  /// Loads `file` (missing: empty).  Throws text::InputError naming it when it is not a suppression file.
  explicit SuppressionStore(std::filesystem::path file);

  std::filesystem::path const& file() const noexcept { return file_; }
  std::vector<Suppression> const& entries() const noexcept { return entries_; }
  /// Entries of one document.
  std::vector<Suppression> entries_of(std::string const& document) const;

  /// Ignores one finding of `document`; returns the entry's id (the old one if already ignored).
  int add_finding(std::string const& document, Finding const& finding);
  /// Turns `rule` off for `document`; returns the entry's id.
  int add_rule(std::string const& document, std::string const& rule, std::string const& note = {});
  /// Removes an entry; false when there is none with that id.
  bool remove(int id);

  bool suppressed(std::string const& document, Finding const& finding) const;
  /// Removes the suppressed findings of `document`; returns how many.
  std::size_t filter(std::string const& document, std::vector<Finding>& findings) const;

  /// Reads the file again (another program may have changed it).
  void reload();
  /// Writes the file atomically (creating its folder).  Throws text::InputError.
  void save() const;

 private:
  std::filesystem::path file_;
  std::vector<Suppression> entries_;
  int next_id_ = 1;
};

}  // namespace zongjie::check
