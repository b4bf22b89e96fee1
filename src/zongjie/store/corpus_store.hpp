// The corpus database: learned documents, their outlines and sentences (with
// an FTS5 trigram index kept in sync by triggers in the same transaction),
// and the learned standard outline.  SQLite, WAL mode, versioned schema.
#pragma once

#include "zongjie/corpus/standard_outline.hpp"
#include "zongjie/outline/outline.hpp"
#include "zongjie/outline/sentences.hpp"
#include "zongjie/store/phrase_writer.hpp"
#include "zongjie/store/sqlite.hpp"
#include "zongjie/text/document.hpp"

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace zongjie::store {

class CorpusStore {
 public:
  /// The schema this build writes; a database with a higher version is refused.
  static constexpr int schema_version = 1;

  enum class Mode { read_only, read_write };
  /// Opens (and in read_write mode creates, with its folder) the database.
  /// Throws StoreError naming the file: missing in read_only mode, not a
  /// zongjie database, corrupt, or from a newer version.
  CorpusStore(std::string path, Mode mode);

  struct DocumentRecord {
    std::int64_t id = 0;
    std::string path;
    std::uint64_t content_hash = 0;
    std::size_t byte_size = 0;
    std::string encoding;
    std::string title;
    std::optional<int> report_year;
    std::optional<int> plan_year;
  };

  std::optional<DocumentRecord> find_document(std::string const& path);
  std::vector<DocumentRecord> documents();
  std::size_t document_count();
  std::size_t sentence_count();

  /// Replaces what is stored for doc.path (call inside a Transaction).
  void replace_document(text::Document const& doc, Outline const& outline, std::vector<Sentence> const& sentences);
  /// Removes a document; false if it was not there.
  bool remove_document(std::string const& path);

  /// Summaries of every stored outline, for rebuilding the model.
  void for_each_summary(std::function<void(DocSummary const&)> const& f);
  /// Rebuilds the standard outline from the stored outlines and saves it.
  StandardOutline rebuild_model();
  std::optional<StandardOutline> load_model();

  /// Theme terms learned from the corpus (term, theme, weight).
  struct ThemeTerm {
    std::string term;
    std::string theme;
    int weight = 1;
  };
  std::vector<ThemeTerm> theme_terms();
  void replace_theme_terms(std::vector<ThemeTerm> const& terms);

  /// The headings past reports gave their parts, with their roles and how
  /// many parts had each (one row per heading and role).
  struct PartHeading {
    std::string heading;
    PartRole role = PartRole::summary;
    int count = 0;
  };
  std::vector<PartHeading> part_headings();

  Database& database() noexcept { return *db_; }
  std::string const& path() const noexcept { return path_; }

 private:
  void create_or_check_schema(Mode mode);
  Statement& cached(std::string_view key, std::string_view sql);

  std::string path_;
  std::unique_ptr<Database> db_;
  std::vector<std::pair<std::string, std::unique_ptr<Statement>>> statements_;
  std::unique_ptr<store::PhraseWriter> phrase_writer_;  ///< the phrase index, fed by replace_document
};

/// The default database path: $ZONGJIE_DB, else $XDG_DATA_HOME/zongjie/corpus.db,
/// else ~/.local/share/zongjie/corpus.db.
std::string default_database_path();

}  // namespace zongjie::store
