// The corpus database: learned documents, their outlines and sentences (with
// an FTS5 trigram index kept in sync by triggers in the same transaction),
// and the learned standard outline.  SQLite, WAL mode, versioned schema.
#pragma once

#include "zongjie/corpus/standard_outline.hpp"
#include "zongjie/outline/outline.hpp"
#include "zongjie/outline/sentences.hpp"
#include "zongjie/store/phrase_writer.hpp"
#include "zongjie/store/sqlite.hpp"
#include "zongjie/store/store.hpp"
#include "zongjie/text/document.hpp"

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace zongjie::store {

class CorpusStore final : public Store {
 public:
  /// The schema this build writes; a database with a higher version is refused.
  static constexpr int schema_version = 2;

  /// Opens (and in read_write mode creates, with its folder) the database.
  /// Throws StoreError naming the file: missing in read_only mode, not a
  /// zongjie database, corrupt, or from a newer version.
  CorpusStore(std::string path, Mode mode);

  std::string const& location() const noexcept override { return path_; }

  std::optional<DocumentRecord> find_document(std::string const& path) override;
  std::vector<DocumentRecord> documents() override;
  std::size_t document_count() override;
  std::size_t sentence_count() override;

  void replace_document(text::Document const& doc, Outline const& outline,
                        std::vector<Sentence> const& sentences) override;
  bool remove_document(std::string const& path) override;

  void for_each_summary(std::function<void(DocSummary const&)> const& f) override;
  StandardOutline rebuild_model() override;
  std::optional<StandardOutline> load_model() override;

  std::vector<ThemeTerm> theme_terms() override;
  void replace_theme_terms(std::vector<ThemeTerm> const& terms) override;
  std::vector<PartHeading> part_headings() override;
  std::vector<std::pair<std::string, std::string>> section_themes() override;

  void replace_document_names(std::string const& path, std::vector<NameCount> const& names) override;
  std::vector<std::string> documents_without_names() override;
  std::vector<std::string> document_sentences(std::string const& path) override;
  void rebuild_lexicon() override;
  std::vector<NameCount> learned_names() override;
  std::vector<StaffName> staff_names() override;
  void set_staff_name(StaffName const& name) override;
  /// BEGIN IMMEDIATE (store::Transaction's rules).
  void begin() override;
  void commit() override;
  void rollback() noexcept override;

  Database& database() noexcept { return *db_; }
  std::string const& path() const noexcept { return path_; }

 private:
  void create_or_check_schema(Mode mode);
  /// Brings a database of an older schema version up to this one (under the write lock).
  void migrate(int from);
  Statement& cached(std::string_view key, std::string_view sql);

  std::string path_;
  std::unique_ptr<Database> db_;
  std::vector<std::pair<std::string, std::unique_ptr<Statement>>> statements_;
  std::unique_ptr<store::PhraseWriter> phrase_writer_;  ///< the phrase index, fed by replace_document
  std::optional<Transaction> tx_;                       ///< begin() … commit()
  bool has_names_ = false;                              ///< schema 2: the lexicon tables exist
};

/// The default database path: $ZONGJIE_DB, else $XDG_DATA_HOME/zongjie/corpus.db,
/// else ~/.local/share/zongjie/corpus.db.
std::string default_database_path();

}  // namespace zongjie::store
