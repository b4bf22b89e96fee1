// The office lexicon: the names a township's reports use — places (东岭村,
// 城关镇), units (县农业农村局, 镇综治中心), projects in quotation marks
// (“百村示范”工程) and people before 同志 — learned from the corpus with
// their counts, plus what staff added or removed (zongjie lexicon).  The
// extraction rules and word lists are data: templates/check/names.tsv.
//
// Used by the checker: the confusable and placeholder rules stay quiet on a
// known name, and wording.name-variant flags a name one character away from
// a known one that is used far more often (docs/CHECKS.md).
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "zongjie/util/word_matcher.hpp"

namespace zongjie {

enum class NameKind : std::uint8_t { place, unit, project, person };
inline constexpr std::array<NameKind, 4> all_name_kinds{NameKind::place, NameKind::unit, NameKind::project,
                                                        NameKind::person};

/// "place", "unit", "project", "person" (stored in the database).
std::string_view name_kind_id(NameKind k) noexcept;
/// 地名, 单位, 项目, 人名 (shown to people).
std::string_view name_kind_label(NameKind k) noexcept;
/// From an id or a label; nullopt when it is neither.
std::optional<NameKind> name_kind_from(std::string_view s) noexcept;

/// A name found in a text: bytes [begin, end) (a project with its quotation
/// marks and the word after them: “百村示范”工程).
struct NameSpan {
  std::size_t begin = 0;
  std::size_t end = 0;
  NameKind kind = NameKind::place;
};

/// How many times a document (or the corpus) uses a name, and in how many documents.
struct NameCount {
  std::string word;
  NameKind kind = NameKind::place;
  int count = 0;
  int documents = 1;
};

/// The extraction rules of templates/check/names.tsv.
class NameExtractor {
 public:
  /// Throws util::DataError naming `source` and the line.
  static NameExtractor parse(std::string_view tsv, std::string const& source);
  /// The built-in rules (or the user's copy), parsed once.
  static std::shared_ptr<NameExtractor const> standard();

  /// Every name in `text`, in order.
  void find(std::string_view text, std::vector<NameSpan>& out) const;
  /// The names of one document (its sentences or its text) with their counts.
  std::vector<NameCount> count(std::vector<std::string_view> const& texts) const;
  /// Where the fixed tail of a name starts (村 of 东岭村, ”工程 of a
  /// project): a variant differs before it, in a Han character.
  std::size_t core_end(std::string_view word, NameKind kind) const noexcept;
  /// Two names that differ in two of these characters are usually both real (东岭村 / 西岭村).
  bool is_contrast(char32_t c) const noexcept { return contrast_.contains(c); }

 private:
  struct Suffix {
    std::string text;
    NameKind kind = NameKind::place;
    std::size_t min_chars = 2;
    std::size_t max_chars = 3;
    std::vector<std::string> not_after;
  };
  struct Char {
    char32_t cp = 0;
    std::size_t offset = 0;
    std::size_t length = 0;
  };
  void find_suffixed(std::string_view text, std::vector<Char> const& chars, std::size_t i, Suffix const& s,
                     std::size_t limit, std::vector<NameSpan>& out) const;
  bool find_project(std::string_view text, std::vector<Char> const& chars, std::size_t i, std::vector<NameSpan>& out,
                    std::size_t& next) const;
  bool find_person(std::string_view text, std::vector<Char> const& chars, std::size_t i, std::size_t limit,
                   std::vector<NameSpan>& out) const;
  static bool starts_with_any(std::string_view s, std::vector<std::string> const& words) noexcept;
  static bool ends_with_any(std::string_view s, std::vector<std::string> const& words) noexcept;

  std::vector<Suffix> suffixes_;  ///< longest first
  std::unordered_set<char32_t> boundary_;
  std::vector<std::string> verbs_;  ///< longest first
  std::vector<std::string> admin_;
  std::vector<std::string> generic_start_;
  std::vector<std::string> generic_end_;
  std::unordered_set<std::string> generic_word_;
  std::unordered_set<char32_t> generic_char_;
  std::vector<std::string> project_suffixes_;  ///< longest first
  std::vector<std::string> person_titles_;
  std::vector<std::string> surnames_;
  std::vector<std::string> not_person_;
  std::unordered_set<char32_t> contrast_;
};

/// Where a lexicon entry comes from.
enum class NameSource : std::uint8_t { learned, staff };

struct LexiconEntry {
  std::string word;
  NameKind kind = NameKind::place;
  int count = 0;      ///< uses in the learned reports (0 for a staff entry never seen)
  int documents = 0;  ///< reports that use it
  NameSource source = NameSource::learned;
};

/// A staff edit: a name added with its kind, or a word removed.
struct StaffName {
  std::string word;
  std::optional<NameKind> kind;  ///< none for a removal of a word of any kind
  bool removed = false;
};

/// The lexicon the checker reads: learned counts with the staff edits applied.
class OfficeLexicon {
 public:
  /// A name is trusted (known) from this many uses; a name with this many
  /// uses is never reported as a variant of another.
  static constexpr int solid_count = 3;
  /// A known name is suggested for a variant used at most 1/ratio as often.
  static constexpr int variant_ratio = 10;
  /// ... and only when it is used at least this often.
  static constexpr int variant_min_count = 5;

  OfficeLexicon() : extractor_(NameExtractor::standard()) {}
  OfficeLexicon(std::vector<NameCount> const& learned, std::vector<StaffName> const& staff,
                std::shared_ptr<NameExtractor const> extractor = NameExtractor::standard());

  /// Learned names (removals applied) and staff names, by kind then count.
  std::vector<LexiconEntry> const& entries() const noexcept { return entries_; }
  LexiconEntry const* find(std::string_view word) const noexcept;
  /// Staff-added, or learned with a solid count: a real name of the office.
  bool trusted(LexiconEntry const& e) const noexcept { return e.source == NameSource::staff || e.count >= solid_count; }
  bool empty() const noexcept { return entries_.empty(); }
  NameExtractor const& extractor() const noexcept { return *extractor_; }

  /// The known name `word` (a name of `kind`, same length) most likely
  /// misspells: one character substituted, the known name used at least
  /// variant_min_count times and variant_ratio times as often as `word`,
  /// `word` itself neither trusted nor differing only in a contrast
  /// character.  Null when there is none.
  LexiconEntry const* variant_of(std::string_view word, NameKind kind) const;

  /// Whether [begin, end) of `text` overlaps a trusted name written there
  /// (only the line around it is looked at).
  bool in_trusted_name(std::string_view text, std::size_t begin, std::size_t end) const;

 private:
  std::shared_ptr<NameExtractor const> extractor_;
  std::vector<LexiconEntry> entries_;
  std::unordered_map<std::string, std::size_t> by_word_;
  /// Trusted names keyed by their text with one character replaced by '\x01'.
  std::unordered_multimap<std::string, std::size_t> by_pattern_;
  util::WordMatcher trusted_;  ///< the trusted names
};

}  // namespace zongjie
