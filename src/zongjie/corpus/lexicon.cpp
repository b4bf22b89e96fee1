#include "zongjie/corpus/lexicon.hpp"

#include "zongjie/data/resources.hpp"
#include "zongjie/util/chinese.hpp"
#include "zongjie/util/tsv.hpp"
#include "zongjie/util/utf8.hpp"
#include "zongjie/util/word_matcher.hpp"

#include <algorithm>
#include <charconv>
#include <map>
#include <mutex>

namespace zongjie {

std::string_view name_kind_id(NameKind k) noexcept {
  switch (k) {
    case NameKind::place: return "place";
    case NameKind::unit: return "unit";
    case NameKind::project: return "project";
    case NameKind::person: return "person";
  }
  return "place";
}

std::string_view name_kind_label(NameKind k) noexcept {
  switch (k) {
    case NameKind::place: return "地名";
    case NameKind::unit: return "单位";
    case NameKind::project: return "项目";
    case NameKind::person: return "人名";
  }
  return "地名";
}

std::optional<NameKind> name_kind_from(std::string_view s) noexcept {
  for (NameKind k : all_name_kinds)
    if (s == name_kind_id(k) || s == name_kind_label(k)) return k;
  return std::nullopt;
}

namespace {

/// Characters looked at before a suffix: the longest name (10) and a verb or two.
constexpr std::size_t max_look_back = 16;

std::vector<std::string> words_of(std::string_view field) {
  std::vector<std::string> out;
  for (auto w : util::split_words(field)) out.emplace_back(w);
  return out;
}

void sort_longest_first(std::vector<std::string>& v) {
  std::stable_sort(v.begin(), v.end(), [](auto const& a, auto const& b) { return a.size() > b.size(); });
}

std::size_t char_count(std::string_view s) {
  std::size_t n = 0;
  for (auto const c : utf8::chars(s)) {
    (void)c;
    ++n;
  }
  return n;
}

}  // namespace

NameExtractor NameExtractor::parse(std::string_view tsv, std::string const& source) {
  NameExtractor x;
  auto chars_of = [](std::string_view field, std::unordered_set<char32_t>& set) {
    for (auto w : util::split_words(field))
      for (auto const c : utf8::chars(w)) set.insert(c.cp.value);
  };
  for (auto const& row : util::parse_tsv(tsv)) {
    auto const& f = row.fields;
    std::string_view const key = f[0];
    auto need = [&](std::size_t n) {
      if (f.size() < n) throw util::DataError(source, row.line, "“" + std::string(key) + "”行的栏数不够");
    };
    if (key == "suffix") {
      need(5);
      Suffix s;
      s.text = f[1];
      auto const kind = name_kind_from(f[2]);
      if (!kind || (*kind != NameKind::place && *kind != NameKind::unit))
        throw util::DataError(source, row.line, "后缀的种类应为 place 或 unit：" + std::string(f[2]));
      s.kind = *kind;
      auto number = [&](std::string_view v) {
        std::size_t n = 0;
        auto const r = std::from_chars(v.data(), v.data() + v.size(), n);
        if (r.ec != std::errc() || r.ptr != v.data() + v.size() || n == 0 || n > 20)
          throw util::DataError(source, row.line, "字数应为 1 到 20 之间的整数：" + std::string(v));
        return n;
      };
      s.min_chars = number(f[3]);
      s.max_chars = number(f[4]);
      if (s.min_chars > s.max_chars) throw util::DataError(source, row.line, "最少字数大于最多字数");
      if (f.size() > 5) s.not_after = words_of(f[5]);
      if (s.text.empty()) throw util::DataError(source, row.line, "后缀是空的");
      x.suffixes_.push_back(std::move(s));
    } else if (key == "boundary") {
      need(2);
      chars_of(f[1], x.boundary_);
    } else if (key == "verb") {
      need(2);
      x.verbs_ = words_of(f[1]);
    } else if (key == "admin") {
      need(2);
      x.admin_ = words_of(f[1]);
    } else if (key == "generic_start") {
      need(2);
      x.generic_start_ = words_of(f[1]);
    } else if (key == "generic_end") {
      need(2);
      x.generic_end_ = words_of(f[1]);
    } else if (key == "generic_word") {
      need(2);
      for (auto& w : words_of(f[1])) x.generic_word_.insert(std::move(w));
    } else if (key == "generic_char") {
      need(2);
      chars_of(f[1], x.generic_char_);
    } else if (key == "project") {
      need(2);
      x.project_suffixes_ = words_of(f[1]);
    } else if (key == "person") {
      need(2);
      x.person_titles_ = words_of(f[1]);
    } else if (key == "surname") {
      need(2);
      x.surnames_ = words_of(f[1]);
    } else if (key == "not_person") {
      need(2);
      x.not_person_ = words_of(f[1]);
    } else if (key == "contrast") {
      need(2);
      chars_of(f[1], x.contrast_);
    } else {
      throw util::DataError(source, row.line, "不认识的行：" + std::string(key));
    }
  }
  std::stable_sort(x.suffixes_.begin(), x.suffixes_.end(),
                   [](Suffix const& a, Suffix const& b) { return a.text.size() > b.text.size(); });
  sort_longest_first(x.project_suffixes_);
  std::sort(x.verbs_.begin(), x.verbs_.end());  // looked up by binary search
  sort_longest_first(x.admin_);
  x.generic_start_.insert(x.generic_start_.end(), x.verbs_.begin(), x.verbs_.end());
  sort_longest_first(x.surnames_);
  return x;
}

std::shared_ptr<NameExtractor const> NameExtractor::standard() {
  static std::once_flag once;
  static std::shared_ptr<NameExtractor const> x;
  std::call_once(once, [] {
    x = std::make_shared<NameExtractor const>(
        NameExtractor::parse(data::load("check/names.tsv"), data::origin("check/names.tsv")));
  });
  return x;
}

bool NameExtractor::starts_with_any(std::string_view s, std::vector<std::string> const& words) noexcept {
  return std::any_of(words.begin(), words.end(), [&](std::string const& w) { return s.starts_with(w); });
}

bool NameExtractor::ends_with_any(std::string_view s, std::vector<std::string> const& words) noexcept {
  return std::any_of(words.begin(), words.end(), [&](std::string const& w) { return s.ends_with(w); });
}

void NameExtractor::find(std::string_view text, std::vector<NameSpan>& out) const {
  // One sentence at a time (names never span a line or a 。), and at most
  // 64 KB: a pasted line of megabytes costs no more than its pieces.
  std::vector<Char> chars;
  // The first characters of suffixes and titles, as bits of their low six
  // bits: most characters start neither and are passed over on one test.
  std::uint64_t may_end = 0;
  for (auto const& s : suffixes_) may_end |= std::uint64_t{1} << (utf8::decode(s.text, 0).value & 63);
  for (auto const& t : person_titles_) may_end |= std::uint64_t{1} << (utf8::decode(t, 0).value & 63);
  std::size_t line_start = 0;
  while (line_start <= text.size()) {
    std::size_t line_end = std::min({text.find('\n', line_start), text.find("。", line_start), text.size()});
    if (line_end - line_start > 65536) {
      line_end = line_start + 65536;
      while (line_end > line_start && (static_cast<unsigned char>(text[line_end]) & 0xC0) == 0x80) --line_end;
    }
    chars.clear();
    for (std::size_t p = line_start; p < line_end;) {
      auto const cp = utf8::decode(text, p);
      chars.push_back({cp.value, p, cp.length});
      p += cp.length;
    }
    chars.push_back({0, line_end, 0});  // sentinel: the end of the line
    std::size_t limit = 0;              // a name ends here: the next one starts after it
    for (std::size_t i = 0; i + 1 < chars.size();) {
      if (!chinese::is_han(chars[i].cp)) {
        std::size_t next = i + 1;
        if (chars[i].cp == U'“' && find_project(text, chars, i, out, next)) limit = next;
        i = next;
        continue;
      }
      if (!(may_end >> (chars[i].cp & 63) & 1)) {
        ++i;
        continue;
      }
      std::size_t const found = out.size();
      if (!find_person(text, chars, i, limit, out)) {
        for (auto const& s : suffixes_) {
          if (text.substr(chars[i].offset).starts_with(s.text)) {
            find_suffixed(text, chars, i, s, limit, out);
            break;
          }
        }
      }
      if (out.size() > found) {
        // Continue after the name's suffix.
        std::size_t const end = out.back().end;
        while (i + 1 < chars.size() && chars[i].offset < end) ++i;
        limit = i;
      } else {
        ++i;
      }
    }
    if (line_end == text.size()) break;
    line_start = line_end + utf8::decode(text, line_end).length;
  }
}

void NameExtractor::find_suffixed(std::string_view text, std::vector<Char> const& chars, std::size_t i, Suffix const& s,
                                  std::size_t limit, std::vector<NameSpan>& out) const {
  std::size_t const suffix_end = chars[i].offset + s.text.size();
  std::string_view const after = text.substr(suffix_end);
  if (starts_with_any(after, s.not_after)) return;
  // The run of Han characters before the suffix, looked at no further back
  // than a name and a verb before it can reach.
  std::size_t run = i;
  while (run > limit && i - run < max_look_back && chinese::is_han(chars[run - 1].cp)) --run;
  if (run == i) return;
  bool const cut_short = run > limit && chinese::is_han(chars[run - 1].cp);
  // Where the name may start: the run's start, after a function word (在东岭村),
  // and for units at an administrative level (协调县交通运输局).
  std::vector<std::pair<std::size_t, bool>> starts;
  if (!cut_short) starts.emplace_back(run, false);
  for (std::size_t k = run; k < i; ++k) {
    if (boundary_.contains(chars[k].cp) && k + 1 < i) starts.emplace_back(k + 1, false);
    for (std::size_t len = 4; len >= 2; --len) {  // the longest verb of 2–4 characters starting at k
      if (k + len > i) continue;
      std::string_view const w =
          text.substr(chars[k].offset, chars[k + len - 1].offset + chars[k + len - 1].length - chars[k].offset);
      if (!std::binary_search(verbs_.begin(), verbs_.end(), w, std::less<>())) continue;
      if (k + len == i) return;  // 推进社区: a verb and its object, no name
      starts.emplace_back(k + len, false);
      break;
    }
    if (s.kind == NameKind::unit && k > run && starts_with_any(text.substr(chars[k].offset), admin_))
      starts.emplace_back(k, true);
  }
  std::stable_sort(starts.begin(), starts.end(), [](auto const& a, auto const& b) { return a.first < b.first; });
  if (cut_short && s.kind == NameKind::unit && starts_with_any(text.substr(chars[run].offset), admin_))
    starts.emplace_back(run, true);
  if (starts.empty()) return;
  std::stable_sort(starts.begin(), starts.end(), [](auto const& a, auto const& b) { return a.first < b.first; });
  if (s.kind == NameKind::unit)
    for (auto& st : starts)
      if (starts_with_any(text.substr(chars[st.first].offset), admin_)) st.second = true;
  // A unit begins at its level (镇综合文化站): no cut after the last one.
  if (s.kind == NameKind::unit) {
    auto const last_admin = std::find_if(starts.rbegin(), starts.rend(), [](auto const& st) { return st.second; });
    if (last_admin != starts.rend()) starts.erase(last_admin.base(), starts.end());
  }
  // The latest start; one earlier when it leaves too short a name (和平村: 和 is a function word too).
  std::size_t pick = starts.size() - 1;
  if (i - starts[pick].first < s.min_chars && pick > 0) --pick;
  auto const [start, admin] = starts[pick];
  std::size_t const n = i - start;
  if (n < s.min_chars) return;
  std::size_t const max = s.kind == NameKind::unit && !admin ? std::min<std::size_t>(s.max_chars, 4) : s.max_chars;
  if (n > max) return;
  for (std::size_t k = start; k < i; ++k)
    if (generic_char_.contains(chars[k].cp)) return;
  std::string_view const prefix = text.substr(chars[start].offset, chars[i].offset - chars[start].offset);
  std::string_view const word = text.substr(chars[start].offset, suffix_end - chars[start].offset);
  if (generic_word_.contains(std::string(word)) || ends_with_any(word, generic_end_)) return;
  if (s.kind == NameKind::unit && admin) {
    // 县级平台公司, 区域中心: what follows the level must not be generic either.
    auto const level = std::find_if(admin_.begin(), admin_.end(), [&](auto const& a) { return prefix.starts_with(a); });
    if (level != admin_.end() && starts_with_any(prefix.substr(level->size()), generic_start_)) return;
  } else {
    if (starts_with_any(prefix, generic_start_)) return;
  }
  if (s.kind == NameKind::place) {
    // A level inside a place name (百县千镇) means two names or none.
    for (std::size_t k = start; k < i; ++k)
      if (starts_with_any(text.substr(chars[k].offset, chars[k].length), admin_)) return;
  }
  out.push_back({chars[start].offset, suffix_end, s.kind});
}

bool NameExtractor::find_project(std::string_view text, std::vector<Char> const& chars, std::size_t i,
                                 std::vector<NameSpan>& out, std::size_t& next) const {
  // “…” then a project word: 2–15 characters inside, no sentence punctuation.
  std::size_t j = i + 1;
  std::size_t han = 0;
  for (; j + 1 < chars.size() && j - i <= 16; ++j) {
    char32_t const c = chars[j].cp;
    if (c == U'”') break;
    if (c == U'“' || c == U'。' || c == U'；' || c == U'，' || c == U'：' || c == U'！' || c == U'？') return false;
    if (chinese::is_han(c)) ++han;
  }
  if (j + 1 >= chars.size() || chars[j].cp != U'”') return false;
  std::size_t const inner = j - i - 1;
  if (inner < 2 || inner > 15 || han < 2) return false;
  std::size_t const after = chars[j].offset + chars[j].length;
  for (auto const& w : project_suffixes_) {
    if (text.substr(after).starts_with(w)) {
      out.push_back({chars[i].offset, after + w.size(), NameKind::project});
      next = j + 1;
      while (next + 1 < chars.size() && chars[next].offset < after + w.size()) ++next;
      return true;
    }
  }
  return false;
}

bool NameExtractor::find_person(std::string_view text, std::vector<Char> const& chars, std::size_t i, std::size_t limit,
                                std::vector<NameSpan>& out) const {
  // A name of 2–3 characters (a compound surname and 1–2) before a title: 王建国同志.
  std::string_view const here = text.substr(chars[i].offset);
  std::string const* title = nullptr;
  for (auto const& t : person_titles_)
    if (here.starts_with(t)) title = &t;
  if (!title) return false;
  std::size_t const end = chars[i].offset + title->size();
  if (text.substr(end).starts_with("们")) return false;
  std::size_t run = i;
  while (run > limit && i - run < 8 && chinese::is_han(chars[run - 1].cp)) --run;
  // The latest start with a surname, after the run's start or a function word.
  for (std::size_t k = i >= 4 ? i - 4 : 0; k + 1 < i; ++k) {
    if (k < run) continue;
    if (k > run && !boundary_.contains(chars[k - 1].cp) &&
        !ends_with_any(text.substr(chars[run].offset, chars[k].offset - chars[run].offset), verbs_))
      continue;
    std::string_view const name = text.substr(chars[k].offset, chars[i].offset - chars[k].offset);
    auto const surname =
        std::find_if(surnames_.begin(), surnames_.end(), [&](std::string const& s) { return name.starts_with(s); });
    if (surname == surnames_.end()) continue;
    std::size_t const given = char_count(name.substr(surname->size()));
    if (given < 1 || given > 2) continue;
    if (starts_with_any(name, not_person_) || starts_with_any(name.substr(surname->size()), not_person_)) continue;
    bool plain = true;
    for (std::size_t m = k; m < i; ++m)
      if (generic_char_.contains(chars[m].cp)) plain = false;
    if (!plain) continue;
    out.push_back({chars[k].offset, chars[i].offset, NameKind::person});
    // The title is not part of the name, but the scan goes on after it.
    return true;
  }
  return false;
}

std::size_t NameExtractor::core_end(std::string_view word, NameKind kind) const noexcept {
  switch (kind) {
    case NameKind::place:
    case NameKind::unit:
      for (auto const& s : suffixes_)
        if (word.ends_with(s.text)) return word.size() - s.text.size();
      return word.size();
    case NameKind::project: {
      auto const close = word.rfind("”");
      return close == std::string_view::npos ? word.size() : close;
    }
    case NameKind::person: break;
  }
  return word.size();
}

std::vector<NameCount> NameExtractor::count(std::vector<std::string_view> const& texts) const {
  std::map<std::pair<std::string, NameKind>, int> counts;
  std::vector<NameSpan> spans;
  for (auto t : texts) {
    spans.clear();
    find(t, spans);
    for (auto const& s : spans) ++counts[{std::string(t.substr(s.begin, s.end - s.begin)), s.kind}];
  }
  // A longer candidate whose tail is a name of the document used at least as
  // often was read with a word before it (去东岭村 beside 东岭村): count it there.
  for (auto it = counts.begin(); it != counts.end(); ++it) {
    auto const& [word, kind] = it->first;
    if (kind == NameKind::project || kind == NameKind::person) continue;
    for (std::size_t cut = utf8::decode(word, 0).length; cut < word.size(); cut += utf8::decode(word, cut).length) {
      auto tail = counts.find({word.substr(cut), kind});
      if (tail != counts.end() && tail->second >= it->second && it->second > 0) {
        tail->second += it->second;
        it->second = 0;
        break;
      }
    }
  }
  std::vector<NameCount> out;
  for (auto const& [key, n] : counts)
    if (n > 0) out.push_back({key.first, key.second, n, 1});
  return out;
}

// ---- the lexicon ---------------------------------------------------------------

OfficeLexicon::OfficeLexicon(std::vector<NameCount> const& learned, std::vector<StaffName> const& staff,
                             std::shared_ptr<NameExtractor const> extractor)
    : extractor_(std::move(extractor)) {
  std::unordered_map<std::string, StaffName const*> edits;
  for (auto const& s : staff) edits[s.word] = &s;
  for (auto const& n : learned) {
    auto const e = edits.find(n.word);
    if (e != edits.end() && e->second->removed) continue;
    if (e != edits.end() && !e->second->removed) continue;  // listed once, as the staff entry below
    entries_.push_back({n.word, n.kind, n.count, n.documents, NameSource::learned});
  }
  for (auto const& s : staff) {
    if (s.removed || !s.kind) continue;
    LexiconEntry e{s.word, *s.kind, 0, 0, NameSource::staff};
    for (auto const& n : learned)
      if (n.word == s.word) {
        e.count += n.count;
        e.documents += n.documents;
      }
    entries_.push_back(std::move(e));
  }
  std::stable_sort(entries_.begin(), entries_.end(), [](LexiconEntry const& a, LexiconEntry const& b) {
    if (a.kind != b.kind) return a.kind < b.kind;
    if (a.count != b.count) return a.count > b.count;
    return a.word < b.word;
  });
  for (std::size_t i = 0; i < entries_.size(); ++i) {
    auto const& e = entries_[i];
    by_word_.emplace(e.word, i);
    if (trusted(e)) trusted_.add(e.word, static_cast<std::uint32_t>(i));
    if (e.count < variant_min_count && e.source != NameSource::staff) continue;
    std::size_t const core = extractor_->core_end(e.word, e.kind);
    for (auto const c : utf8::chars(e.word)) {
      if (c.offset >= core) break;
      if (!chinese::is_han(c.cp.value)) continue;
      std::string key = e.word;
      key.replace(c.offset, c.cp.length, "\x01");
      key += static_cast<char>('0' + static_cast<int>(e.kind));
      by_pattern_.emplace(std::move(key), i);
    }
  }
  trusted_.build();
}

LexiconEntry const* OfficeLexicon::find(std::string_view word) const noexcept {
  auto const it = by_word_.find(std::string(word));
  return it == by_word_.end() ? nullptr : &entries_[it->second];
}

LexiconEntry const* OfficeLexicon::variant_of(std::string_view word, NameKind kind) const {
  if (by_pattern_.empty()) return nullptr;
  int own = 0;
  if (auto const* e = find(word)) {
    if (trusted(*e)) return nullptr;
    own = e->count;
  }
  LexiconEntry const* best = nullptr;
  std::size_t const core = extractor_->core_end(word, kind);
  for (auto const c : utf8::chars(word)) {
    if (c.offset >= core) break;
    if (!chinese::is_han(c.cp.value)) continue;
    std::string key(word);
    key.replace(c.offset, c.cp.length, "\x01");
    key += static_cast<char>('0' + static_cast<int>(kind));
    auto const [lo, hi] = by_pattern_.equal_range(key);
    for (auto it = lo; it != hi; ++it) {
      LexiconEntry const& known = entries_[it->second];
      if (known.word == word) continue;
      // The characters that differ: a contrast pair (东/西, 上/下) names two real places.
      char32_t const mine = c.cp.value;
      char32_t const theirs = utf8::decode(known.word, c.offset).value;
      if (extractor_->is_contrast(mine) && extractor_->is_contrast(theirs)) continue;
      bool const strong = known.source == NameSource::staff
                              ? known.count >= own * variant_ratio
                              : known.count >= variant_min_count && known.count >= own * variant_ratio;
      if (!strong) continue;
      if (!best || known.count > best->count) best = &known;
    }
  }
  return best;
}

bool OfficeLexicon::in_trusted_name(std::string_view text, std::size_t begin, std::size_t end) const {
  if (trusted_.size() == 0) return false;
  // The line around the match, at most 64 bytes either side, on character starts.
  std::size_t lo = begin > 64 ? begin - 64 : 0;
  std::size_t hi = std::min(text.size(), end + 64);
  if (auto const nl = text.rfind('\n', begin); nl != std::string_view::npos && nl + 1 > lo) lo = nl + 1;
  if (auto const nl = text.find('\n', end); nl != std::string_view::npos && nl < hi) hi = nl;
  while (lo < begin && (static_cast<unsigned char>(text[lo]) & 0xC0) == 0x80) ++lo;
  while (hi > end && hi < text.size() && (static_cast<unsigned char>(text[hi]) & 0xC0) == 0x80) --hi;
  bool found = false;
  trusted_.scan(text.substr(lo, hi - lo), [&](std::size_t b, std::size_t e, std::uint32_t) {
    if (lo + b < end && lo + e > begin) found = true;
  });
  return found;
}

}  // namespace zongjie
