// Reusing past phrasing: search the learned sentences (zongjie phrases) and
// suggest reusable sentences and set phrases for the place of the cursor
// (the editor's suggestion pane).
//
// A PhraseIndex holds its own read-only connection, so the editor can keep
// one open on a worker thread and query it as the user types; interrupt()
// may be called from the UI thread to abandon a query that a newer keystroke
// made stale.  One PhraseIndex is not to be used by two threads at once
// (interrupt() excepted).
#pragma once

#include "zongjie/outline/outline.hpp"
#include "zongjie/store/store.hpp"

#include <nlohmann/json.hpp>

#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace zongjie::store {

struct PhraseQuery {
  std::string text;              ///< literal text; anything goes (empty gives no hits)
  std::optional<PartRole> part;  ///< only sentences of this part
  std::string theme;             ///< only sentences of sections of this theme ("" any)
  std::optional<int> year;       ///< only sentences of reports summing up this year
  std::size_t limit = 20;
};

/// One distinct sentence found.  Near-duplicates (the same sentence in other
/// years' reports, with other figures) are folded into it: `count` says how
/// many stored sentences it stands for (of those matching the filters), and
/// file/line/part/theme/year name the most recent of them.
struct PhraseHit {
  std::string text;
  std::string file;
  std::size_t line = 0;
  PartRole part = PartRole::preamble;
  std::string theme;        ///< "" outside themed sections
  std::optional<int> year;  ///< the year the source report sums up
  std::size_t count = 1;
  double score = 0;  ///< higher is better; only the order means anything
};

enum class SuggestionKind : std::uint8_t {
  parallel,  ///< 固成果、促振兴
  slogan,    ///< “八八战略”
  lead,      ///< a sentence used as a section heading or an item's topic sentence
  sentence,  ///< a sentence reused in several reports
};
std::string_view suggestion_kind_name(SuggestionKind k) noexcept;
/// What users call the kind: 对仗短语, 引语提法, 标题句, 常用句
/// (templates/labels.json, group "phrase_kind").
std::string_view suggestion_kind_label(SuggestionKind k) noexcept;

struct SuggestionQuery {
  PartRole part = PartRole::summary;
  std::string theme;          ///< the section's theme at the cursor, "" if none
  std::string section_title;  ///< optional: raises suggestions sharing its words
  std::size_t limit = 20;
};

struct Source {
  std::string file;
  std::size_t line = 0;
  std::optional<int> year;
};

struct Suggestion {
  SuggestionKind kind = SuggestionKind::sentence;
  std::string text;
  std::size_t count = 0;     ///< uses in this part (and theme)
  std::size_t variants = 0;  ///< set phrases: distinct sentences that contain it
  std::optional<int> last_year;
  std::vector<Source> sources;  ///< most recent first, at most three
  double score = 0;
};

/// The query was abandoned through PhraseIndex::interrupt().
class Interrupted : public std::runtime_error {
 public:
  Interrupted() : std::runtime_error("查询已取消") {}
};

class PhraseIndex final : public PhraseSearch {
 public:
  /// Opens the corpus database read-only.  Throws store::StoreError naming
  /// the file when it is missing, empty, not a zongjie database, or was
  /// learned by a version without the phrase index.
  explicit PhraseIndex(std::string const& db_path);
  ~PhraseIndex() override;
  PhraseIndex(PhraseIndex const&) = delete;
  PhraseIndex& operator=(PhraseIndex const&) = delete;

  /// Sentences containing q.text literally, best first.  3+ characters go
  /// through the trigram index, 1–2 through the per-character index.  Never
  /// throws on odd text: it simply finds nothing.  Throws Interrupted.
  std::vector<PhraseHit> search(PhraseQuery const& q) override;

  /// The most reusable set phrases and sentences for a part and theme, best
  /// first; when the theme has too few, the part's other themes fill up.
  /// Throws Interrupted.
  std::vector<Suggestion> suggest(SuggestionQuery const& q) override;

  /// Distinct sentences in the index.
  std::size_t phrase_count() override;

  /// Abandons the query this index is running: search() or suggest() then
  /// throws Interrupted.  A no-op when none is running (SQLite's
  /// sqlite3_interrupt).  Safe to call from another thread while this
  /// object is alive.
  void interrupt() noexcept override;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

/// [{"text","file","line","part","theme","year","count"}] (the DESIGN contract plus count).
nlohmann::ordered_json to_json(std::vector<PhraseHit> const& hits);
/// [{"kind","text","count","variants","last_year","sources":[{"file","line","year"}]}]
nlohmann::ordered_json to_json(std::vector<Suggestion> const& suggestions);

/// The query as it is searched for: decoded (a GB18030 argument is
/// accepted), control characters dropped, blanks trimmed.  "" when nothing
/// searchable is left.
std::string normalize_query(std::string_view raw);

}  // namespace zongjie::store
