// The corpus on a PostgreSQL server (a county's shared corpus): the same
// store::Store as the SQLite file, over libpq.
//
// Units and access: each township (乡/镇/街道) connects as its own database
// role; a document belongs to the role that learned it (documents.unit =
// current_user) and is final or a draft.  Row-level security policies in the
// database (not this client) let every role read final documents and only
// its own drafts, and write only its own rows.  Each unit keeps its own copy
// of a file it learns, its own model and theme terms.
//
// Schema: versioned in zj_meta, migrations applied in order under an
// advisory lock (see pg_store.cpp).  Phrase search: pgstore/pg_phrases.hpp.
#pragma once

#include "zongjie/pgstore/pg.hpp"
#include "zongjie/store/store.hpp"

#include <memory>

namespace zongjie::pgstore {

/// How documents learned through this store are marked.
enum class DocumentStatus : std::uint8_t { final, draft };

class PgStore final : public store::Store {
 public:
  /// The schema this build writes (the number of migrations).
  static int schema_version() noexcept;

  /// Connects; in read_write mode creates or migrates the schema (and writes
  /// go to the primary of a multi-host URI).  In read_only mode the
  /// connection may land on a standby.  Throws store::StoreError.
  PgStore(std::string location, Mode mode);
  ~PgStore() override;

  std::string const& location() const noexcept override { return c_->location(); }

  /// Documents learned from now on are final (the default) or drafts.
  void set_document_status(DocumentStatus s) noexcept { status_ = s; }
  /// Restricts what is read (summaries, counts) to one unit's documents
  /// ("" = all this role may read): `stats --unit`.
  void restrict_to_unit(std::string unit) { unit_ = std::move(unit); }
  /// The role this connection writes as.
  std::string const& unit() const noexcept { return role_; }

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
  void begin() override;
  void commit() override;
  void rollback() noexcept override;
  std::size_t documents_per_transaction() const noexcept override { return 1; }

  Connection& connection() noexcept { return *c_; }

 private:
  void migrate();
  /// Fills phrase_sets from the stored phrases' texts of every unit (migration 5).
  void link_set_phrases();
  void check_schema();
  Statement& cached(std::string_view key, std::string_view sql);
  struct Removed;
  /// Deletes the unit's document at `path` (false: there was none), with
  /// the phrase counts of its sentences into `r`.
  bool take_removed(std::string const& path, Removed& r);
  /// Takes `removed` off the phrase counters and adds the sentences of
  /// document `added` (0: none) with `status`, in this transaction.
  void update_phrases(Removed const& removed, std::int64_t added, std::string_view status);

  std::unique_ptr<Connection> c_;
  std::vector<std::pair<std::string, std::unique_ptr<Statement>>> statements_;
  DocumentStatus status_ = DocumentStatus::final;
  std::string unit_;
  std::string role_;
  bool in_tx_ = false;
};

/// Throws store::StoreError unless the database at `c` holds zongjie's
/// corpus in the schema version this program writes (newer: upgrade
/// zongjie; older: run zongjie learn once).
void check_schema_of(Connection& c);

}  // namespace zongjie::pgstore
