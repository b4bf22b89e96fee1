#include "zongjie/phrases/phrase_text.hpp"

#include "zongjie/grammar/grammar.hpp"
#include "zongjie/util/chinese.hpp"
#include "zongjie/util/utf8.hpp"

namespace zongjie::phrases {

namespace {

/// Blanks and punctuation: dropped when folding and never part of a clause.
bool is_blank_or_punct(char32_t c) noexcept {
  if (c < 0x80) return !((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'));
  if (c == 0x00A0 || c == 0x00B7 || c == 0xFEFF || c == 0xFFFD) return true;
  if (c >= 0x2000 && c <= 0x206F) return true;         // general punctuation: “ ” ‘ ’ — …
  if (c >= 0x3000 && c <= 0x303F) return c != 0x3007;  // CJK symbols: 、。《》【】 (〇 is a numeral)
  if (c >= 0xFE30 && c <= 0xFE6F) return true;         // CJK compatibility and small forms
  if (c >= 0xFF01 && c <= 0xFF65) {                    // full-width ASCII punctuation
    bool const digit = c >= 0xFF10 && c <= 0xFF19;
    bool const letter = (c >= 0xFF21 && c <= 0xFF3A) || (c >= 0xFF41 && c <= 0xFF5A);
    return !digit && !letter;
  }
  return false;
}

/// Full-width ASCII letters and digits as ASCII, ASCII letters lower-cased.
char32_t fold_width(char32_t c) noexcept {
  if (c >= 0xFF10 && c <= 0xFF19) return U'0' + (c - 0xFF10);
  if (c >= 0xFF21 && c <= 0xFF3A) return U'a' + (c - 0xFF21);
  if (c >= 0xFF41 && c <= 0xFF5A) return U'a' + (c - 0xFF41);
  if (c >= 'A' && c <= 'Z') return c - 'A' + 'a';
  return c;
}

bool is_blank(char32_t c) noexcept {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0x3000 || c == 0x00A0 || c == 0xFEFF;
}

std::uint64_t fnv1a(std::string_view s) noexcept {
  std::uint64_t h = 1469598103934665603ull;
  for (unsigned char c : s) {
    h ^= c;
    h *= 1099511628211ull;
  }
  return h;
}

}  // namespace

namespace {

bool is_plus(char32_t c) noexcept { return c == U'+' || c == 0xFF0B; }

/// Letters and Han characters `fold_text` keeps (digits not counted), up to
/// `enough`: the scan stops there, so ordinary text costs a few characters.
std::size_t word_chars(std::string_view sentence, std::size_t enough) noexcept {
  std::size_t n = 0;
  for (std::size_t i = 0; i < sentence.size() && n < enough;) {
    utf8::CodePoint const cp = utf8::decode(sentence, i);
    char32_t const c = fold_width(cp.value);
    if (!is_blank_or_punct(cp.value) && !(c >= '0' && c <= '9')) ++n;
    i += cp.length;
  }
  return n;
}

}  // namespace

std::string fold_text(std::string_view sentence) {
  // A text that is (almost) only numbers — “14361”, “1+6” — is a slogan made
  // of its figures: masking them would fold every such slogan into one.
  bool const literal_digits = word_chars(sentence, 2) < 2;
  std::string out;
  out.reserve(sentence.size());
  bool in_digits = false;
  bool formula = false;  // inside digits joined by '+': kept as written
  for (std::size_t i = 0; i < sentence.size();) {
    utf8::CodePoint const cp = utf8::decode(sentence, i);
    char32_t const c = fold_width(cp.value);
    if (is_plus(cp.value)) {
      // “1+6”, “4+2+N”: a formula names a working method, not a figure.
      utf8::CodePoint const next = i + cp.length < sentence.size() ? utf8::decode(sentence, i + cp.length)
                                                                   : utf8::CodePoint{};
      char32_t const n = fold_width(next.value);
      bool const next_word = (n >= '0' && n <= '9') || (n >= 'a' && n <= 'z');
      if (in_digits && next_word) {
        if (!formula && !literal_digits) {
          // The run before the '+' was written as '#': write it out.
          std::size_t start = i;
          while (start > 0) {
            std::size_t k = start - 1;
            while (k > 0 && (static_cast<unsigned char>(sentence[k]) & 0xC0) == 0x80) --k;
            utf8::CodePoint const p = utf8::decode(sentence, k);
            char32_t const pc = fold_width(p.value);
            if (!(pc >= '0' && pc <= '9') && !(is_blank_or_punct(p.value) && !is_plus(p.value))) break;
            start = k;
          }
          out.pop_back();  // the '#'
          for (std::size_t k = start; k < i;) {
            utf8::CodePoint const p = utf8::decode(sentence, k);
            char32_t const pc = fold_width(p.value);
            if (pc >= '0' && pc <= '9') out += static_cast<char>(pc);
            k += p.length;
          }
        }
        formula = true;
        out += '+';
      }
      i += cp.length;
      continue;
    }
    if (is_blank_or_punct(cp.value)) {
      i += cp.length;
      continue;  // "4.5" and "1,200" stay one run of digits
    }
    if (c >= '0' && c <= '9') {
      if (formula || literal_digits) out += static_cast<char>(c);
      else if (!in_digits) out += '#';
      in_digits = true;
    } else {
      in_digits = false;
      formula = false;
      if (c == cp.value) out.append(sentence.substr(i, cp.length));
      else out += static_cast<char>(c);  // folded values are ASCII
    }
    i += cp.length;
  }
  return out;
}

std::int64_t fold_key(std::string_view sentence) {
  std::string const folded = fold_text(sentence);
  return static_cast<std::int64_t>(fnv1a(folded.empty() ? sentence : std::string_view(folded)));
}

bool is_token_char(char32_t c) noexcept {
  if (c < 0x80) return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  if (chinese::is_han(c)) return true;
  if ((c >= 0xFF10 && c <= 0xFF19) || (c >= 0xFF21 && c <= 0xFF3A) || (c >= 0xFF41 && c <= 0xFF5A)) return true;
  if (c >= 0x00C0 && c <= 0x052F && c != 0x00D7 && c != 0x00F7) return true;  // Latin, Greek, Cyrillic letters
  if ((c >= 0x3040 && c <= 0x30FF && c != 0x30FB) || (c >= 0xAC00 && c <= 0xD7AF)) return true;  // kana, Hangul
  if (c == 0x3007) return true;                                                                  // 〇
  return false;
}

std::string spaced_chars(std::string_view text) {
  std::string out;
  out.reserve(text.size() * 2);
  for (std::size_t i = 0; i < text.size();) {
    utf8::CodePoint const cp = utf8::decode(text, i);
    if (!is_blank(cp.value)) {
      out.append(text.substr(i, cp.length));
      out += ' ';
    }
    i += cp.length;
  }
  return out;
}

std::string fts5_string(std::string_view s) {
  std::string out;
  out.reserve(s.size() + 2);
  out += '"';
  for (char c : s) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
  return out;
}

std::string_view set_phrase_kind_name(SetPhraseKind k) noexcept {
  return k == SetPhraseKind::slogan ? "slogan" : "parallel";
}

namespace {

constexpr char32_t left_quote = 0x201C;   // “
constexpr char32_t right_quote = 0x201D;  // ”
constexpr std::size_t min_slogan_chars = 2;
constexpr std::size_t max_slogan_chars = 20;
constexpr std::size_t max_parallel_clauses = 4;

struct Clause {
  std::size_t begin = 0;  ///< bytes
  std::size_t end = 0;
  std::size_t han = 0;                          ///< Han characters
  bool pure = true;                             ///< nothing but Han characters
  grammar::Punct after = grammar::Punct::none;  ///< the punctuation that ends it (none at the end)
};

void find_parallel(std::string_view s, std::vector<SetPhrase>& out) {
  std::vector<Clause> clauses;
  Clause cur;
  for (std::size_t i = 0; i < s.size();) {
    grammar::PunctAt const p = grammar::punct_at(s, i);
    if (p.kind != grammar::Punct::none) {
      cur.end = i;
      cur.after = p.kind;
      clauses.push_back(cur);
      i += p.length;
      cur = Clause{};
      cur.begin = i;
      continue;
    }
    utf8::CodePoint const cp = utf8::decode(s, i);
    if (chinese::is_han(cp.value)) ++cur.han;
    else cur.pure = false;
    i += cp.length;
  }
  cur.end = s.size();
  clauses.push_back(cur);

  auto joins = [](grammar::Punct p) { return p == grammar::Punct::dun || p == grammar::Punct::comma; };
  auto fits = [](Clause const& c) { return c.pure && (c.han == 3 || c.han == 4); };
  for (std::size_t i = 0; i < clauses.size();) {
    if (!fits(clauses[i])) {
      ++i;
      continue;
    }
    std::size_t j = i;
    while (j + 1 < clauses.size() && joins(clauses[j].after) && fits(clauses[j + 1]) &&
           clauses[j + 1].han == clauses[i].han)
      ++j;
    std::size_t const n = j - i + 1;
    if (n >= 2 && n <= max_parallel_clauses)
      out.push_back({std::string(s.substr(clauses[i].begin, clauses[j].end - clauses[i].begin)),
                     SetPhraseKind::parallel, clauses[i].begin});
    i = j + 1;
  }
}

void find_slogans(std::string_view s, std::vector<SetPhrase>& out) {
  for (std::size_t i = 0; i < s.size();) {
    utf8::CodePoint const cp = utf8::decode(s, i);
    if (cp.value != left_quote) {
      i += cp.length;
      continue;
    }
    std::size_t const open = i;
    std::size_t j = i + cp.length;
    std::size_t chars = 0;
    bool ok = false;
    while (j < s.size()) {
      utf8::CodePoint const q = utf8::decode(s, j);
      if (q.value == right_quote) {
        ok = chars >= min_slogan_chars && chars <= max_slogan_chars;
        j += q.length;
        break;
      }
      grammar::Punct const p = grammar::punct_at(s, j).kind;
      if (q.value == left_quote || grammar::ends_sentence(p) || p == grammar::Punct::semicolon ||
          chars > max_slogan_chars)
        break;
      ++chars;
      j += q.length;
    }
    if (ok) {
      out.push_back({std::string(s.substr(open, j - open)), SetPhraseKind::slogan, open});
      i = j;
    } else {
      i = open + cp.length;
    }
  }
}

}  // namespace

std::vector<SetPhrase> find_set_phrases(std::string_view sentence) {
  std::vector<SetPhrase> out;
  find_parallel(sentence, out);
  std::size_t const parallel = out.size();
  find_slogans(sentence, out);
  if (parallel > 0 && out.size() > parallel) {
    std::vector<SetPhrase> merged;
    merged.reserve(out.size());
    std::size_t a = 0, b = parallel;
    while (a < parallel || b < out.size()) {
      if (b >= out.size() || (a < parallel && out[a].offset <= out[b].offset)) merged.push_back(std::move(out[a++]));
      else merged.push_back(std::move(out[b++]));
    }
    out = std::move(merged);
  }
  return out;
}

}  // namespace zongjie::phrases
