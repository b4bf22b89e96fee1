// Suppressions: findings the user decided to ignore, and rules turned off for
// one document.  Kept beside the corpus database in "<db>.ignore.json" (a
// small JSON file, written atomically) — on a corpus server, in its `ignores`
// table (SuppressionBackend) — shared by `zongjie ignore`, `zongjie check`
// and the editor.
//
// A finding is keyed by rule + subject — the normalised sentence and the
// flagged words (see Finding::subject) — never by its line, so that it stays
// ignored when text elsewhere in the file changes.
//
// A document is known by its path and by its identity, the report's own title
// with its spacing taken out: an entry applies to a report at the same path or
// with the same title, so that a copy renamed or moved outside the editor keeps
// what was ignored.  A report without a title block is known by its path only.
#pragma once

#include "zongjie/check/finding.hpp"
#include "zongjie/outline/outline.hpp"

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace zongjie::check {

struct Suppression {
  int id = 0;
  std::string document;  ///< DocumentKey::path of the report
  std::string identity;  ///< DocumentKey::identity, "" when the report had no title
  std::string rule;
  std::string subject;  ///< "" when the whole rule is off for the document
  std::string note;     ///< what was ignored, for listings (the message)
  std::string added;    ///< date, YYYY-MM-DD
};

/// How the store knows a report.
struct DocumentKey {
  std::string path;      ///< absolute, lexically normal; "" for an unsaved text
  std::string identity;  ///< the title without spacing; "" when the report has none
  friend bool operator==(DocumentKey const&, DocumentKey const&) = default;
};

/// The key of the report at `path` (identity left empty: path only).
DocumentKey document_key(std::filesystem::path const& path);
/// The key of the report at `path` whose outline is `outline`.
DocumentKey document_key(std::filesystem::path const& path, Outline const& outline);
/// The identity part alone: the title's characters without blanks.
std::string document_identity(Outline const& outline);

/// Where a SuppressionStore keeps its entries when not in a file: the
/// corpus server's `ignores` table (pgstore::PgSuppressions), private to the
/// unit.  load() and save() throw on failure.
class SuppressionBackend {
 public:
  virtual ~SuppressionBackend() = default;
  /// Where it is, for messages.
  virtual std::string name() const = 0;
  virtual std::vector<Suppression> load() = 0;
  /// Replaces what load() gives with `entries`.
  virtual void save(std::vector<Suppression> const& entries) = 0;
};

class SuppressionStore {
 public:
  /// "<db>.ignore.json" beside the corpus database.
  static std::filesystem::path path_for_database(std::filesystem::path const& database);

  /// Loads `file` (missing: empty).  Throws text::InputError naming it when it is not a suppression file.
  explicit SuppressionStore(std::filesystem::path file);
  /// Loads from `backend` instead of a file; file() is its name.
  explicit SuppressionStore(std::shared_ptr<SuppressionBackend> backend);

  std::filesystem::path const& file() const noexcept { return file_; }
  std::vector<Suppression> const& entries() const noexcept { return entries_; }
  /// Entries of one document.
  std::vector<Suppression> entries_of(DocumentKey const& document) const;

  /// Ignores one finding of `document`; returns the entry's id (the old one if already ignored).
  int add_finding(DocumentKey const& document, Finding const& finding);
  /// Turns `rule` off for `document`; returns the entry's id.
  int add_rule(DocumentKey const& document, std::string const& rule, std::string const& note = {});
  /// Removes an entry; false when there is none with that id.
  bool remove(int id);

  bool suppressed(DocumentKey const& document, Finding const& finding) const;
  /// Removes the suppressed findings of `document`; returns how many.
  std::size_t filter(DocumentKey const& document, std::vector<Finding>& findings) const;

  /// Reads the file again (another program may have changed it).
  void reload();
  /// Writes the file atomically (creating its folder), or to the backend.  Throws text::InputError
  /// (store::StoreError from a server backend).
  void save() const;

 private:
  std::filesystem::path file_;
  std::shared_ptr<SuppressionBackend> backend_;
  std::vector<Suppression> entries_;
  int next_id_ = 1;
};

}  // namespace zongjie::check
