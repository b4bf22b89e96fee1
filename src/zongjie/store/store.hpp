// The corpus store as the rest of the core sees it: an abstract corpus
// (documents, outlines, sentences, the learned model) and an abstract phrase
// search over it.  Two backends implement them: the embedded SQLite file
// (store::CorpusStore, store::PhraseIndex: one office) and a PostgreSQL
// server (pgstore::PgStore, pgstore::PgPhraseSearch: a county).  The learner,
// the service layer and the tests use only these interfaces;
// pgstore/open.hpp picks the backend from the location (a file path or a
// postgresql:// URI).
#pragma once

#include "zongjie/corpus/lexicon.hpp"
#include "zongjie/corpus/standard_outline.hpp"
#include "zongjie/outline/outline.hpp"
#include "zongjie/outline/sentences.hpp"
#include "zongjie/text/document.hpp"

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace zongjie::store {

struct PhraseQuery;
struct PhraseHit;
struct SuggestionQuery;
struct Suggestion;

/// A location names a database server (postgresql://…, postgres://…, or a
/// libpq key=value string with host=/dbname=/service=) rather than a file.
bool is_server_location(std::string_view location) noexcept;

class Store {
 public:
  enum class Mode { read_only, read_write };

  virtual ~Store() = default;

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

  /// Theme terms learned from the corpus (term, theme, weight).
  struct ThemeTerm {
    std::string term;
    std::string theme;
    int weight = 1;
  };

  /// The headings past reports gave their parts, with their roles and how
  /// many parts had each (one row per heading and role).
  struct PartHeading {
    std::string heading;
    PartRole role = PartRole::summary;
    int count = 0;
  };

  /// The file path or the server URI, as given (for messages).
  virtual std::string const& location() const noexcept = 0;

  virtual std::optional<DocumentRecord> find_document(std::string const& path) = 0;
  /// The documents this connection may write over (its own unit's on a server).
  virtual std::vector<DocumentRecord> documents() = 0;
  virtual std::size_t document_count() = 0;
  virtual std::size_t sentence_count() = 0;

  /// Replaces what is stored for doc.path (call inside a transaction).
  virtual void replace_document(text::Document const& doc, Outline const& outline,
                                std::vector<Sentence> const& sentences) = 0;
  /// Removes a document; false if it was not there.
  virtual bool remove_document(std::string const& path) = 0;

  /// Summaries of every stored outline, for rebuilding the model.
  virtual void for_each_summary(std::function<void(DocSummary const&)> const& f) = 0;
  /// Rebuilds the standard outline from the stored outlines and saves it.
  virtual StandardOutline rebuild_model() = 0;
  virtual std::optional<StandardOutline> load_model() = 0;

  virtual std::vector<ThemeTerm> theme_terms() = 0;
  virtual void replace_theme_terms(std::vector<ThemeTerm> const& terms) = 0;
  virtual std::vector<PartHeading> part_headings() = 0;
  /// (title, theme) of every stored section that has a theme.
  virtual std::vector<std::pair<std::string, std::string>> section_themes() = 0;

  // ---- the office lexicon (corpus/lexicon.hpp) ------------------------------
  /// Replaces the names counted in the stored document `path` (call after
  /// replace_document, in the same transaction).  A removed or relearned
  /// document takes its names with it, so the counts are always those of
  /// the stored documents.
  virtual void replace_document_names(std::string const& path, std::vector<NameCount> const& names) = 0;
  /// Stored documents whose names were never counted (learned by an older
  /// version): their names are counted from their stored sentences.
  virtual std::vector<std::string> documents_without_names() = 0;
  /// The stored sentences of a document, in order.
  virtual std::vector<std::string> document_sentences(std::string const& path) = 0;
  /// Recounts the lexicon from the names of the stored documents (with learn).
  virtual void rebuild_lexicon() = 0;
  /// The learned names with their counts (empty for a database that has none).
  virtual std::vector<NameCount> learned_names() = 0;
  /// What staff added and removed (zongjie lexicon add/remove).
  virtual std::vector<StaffName> staff_names() = 0;
  /// Records a staff edit (replacing an earlier one of the same word).
  virtual void set_staff_name(StaffName const& name) = 0;

  /// Transactions (see StoreTransaction): a writer's begin() takes the
  /// write lock (SQLite) or opens a serialisable unit of work (PostgreSQL).
  virtual void begin() = 0;
  virtual void commit() = 0;
  virtual void rollback() noexcept = 0;
  /// How many documents the learner commits at once: SQLite batches (one
  /// writer, a commit is a sync); a server commits each document on its own,
  /// so that concurrent learners never hold each other's rows for long.
  virtual std::size_t documents_per_transaction() const noexcept { return 200; }
};

/// Rolls back unless committed.
class StoreTransaction {
 public:
  explicit StoreTransaction(Store& store) : store_(store) { store_.begin(); }
  ~StoreTransaction() {
    if (!done_) store_.rollback();
  }
  StoreTransaction(StoreTransaction const&) = delete;
  StoreTransaction& operator=(StoreTransaction const&) = delete;
  void commit() {
    store_.commit();
    done_ = true;
  }

 private:
  Store& store_;
  bool done_ = false;
};

/// Searching past phrasing (zongjie phrases, the editor's suggestion pane);
/// see phrase_index.hpp for the queries and hits.  One object is not to be
/// used by two threads at once, interrupt() excepted.
class PhraseSearch {
 public:
  virtual ~PhraseSearch() = default;
  /// Sentences containing q.text literally, best first.  Throws Interrupted.
  virtual std::vector<PhraseHit> search(PhraseQuery const& q) = 0;
  /// The most reusable set phrases and sentences for a part and theme.
  virtual std::vector<Suggestion> suggest(SuggestionQuery const& q) = 0;
  /// Distinct sentences in the index.
  virtual std::size_t phrase_count() = 0;
  /// Abandons the running query (it then throws Interrupted); safe from another thread.
  virtual void interrupt() noexcept = 0;
};

}  // namespace zongjie::store
