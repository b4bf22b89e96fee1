#include "zongjie/check/fix.hpp"

#include <algorithm>
#include <map>

namespace zongjie::check {

std::string apply_edits(std::string_view text, std::vector<Edit> const& edits) {
  std::string out;
  out.reserve(text.size());
  std::size_t pos = 0;
  for (auto const& e : edits) {
    out.append(text.substr(pos, e.begin - pos));
    out.append(e.replacement);
    pos = e.end;
  }
  out.append(text.substr(pos));
  return out;
}

FixResult apply_fixes(text::Document const& doc, std::vector<Finding> const& findings, bool safe_only) {
  FixResult r;
  std::map<std::size_t, Edit> accepted;  // by begin
  auto const overlaps = [&](Edit const& e) {
    auto it = accepted.lower_bound(e.begin);
    if (it != accepted.end() && it->second.begin < std::max(e.end, e.begin + 1)) return true;
    if (it != accepted.begin() && std::prev(it)->second.end > e.begin) return true;
    return false;
  };
  auto const same = [&](Edit const& e) {
    auto it = accepted.find(e.begin);
    return it != accepted.end() && it->second == e;
  };
  for (std::size_t i = 0; i < findings.size(); ++i) {
    auto const& f = findings[i];
    if (!f.fix || f.fix->edits.empty() || (safe_only && !f.fix->safe)) continue;
    bool ok = true;
    for (auto const& e : f.fix->edits)
      if (e.end < e.begin || e.end > doc.text.size() || (!same(e) && overlaps(e))) ok = false;
    if (!ok) {
      r.skipped.push_back(i);
      continue;
    }
    for (auto const& e : f.fix->edits)
      if (!same(e)) accepted.emplace(e.begin, e);
    r.applied.push_back(i);
  }
  std::vector<Edit> edits;
  edits.reserve(accepted.size());
  for (auto& [b, e] : accepted) edits.push_back(e);
  r.text = apply_edits(doc.text, edits);

  // Line ends: a removed line break joins two lines, and the joined line ends
  // as the later one did; an added one ends like most lines of the file.
  r.line_ends = doc.line_ends;
  r.line_ends.resize(std::max(r.line_ends.size(), doc.lines.line_count()), text::dominant_line_end(doc.line_ends));
  std::vector<bool> drop(r.line_ends.size(), false);
  std::vector<std::pair<std::size_t, std::size_t>> inserts;  // (line index, count)
  for (auto const& e : edits) {
    for (std::size_t q = doc.text.find('\n', e.begin); q != std::string::npos && q < e.end;
         q = doc.text.find('\n', q + 1))
      drop[doc.lines.line_of(q) - 1] = true;
    if (auto const n = static_cast<std::size_t>(std::count(e.replacement.begin(), e.replacement.end(), '\n')))
      inserts.emplace_back(doc.lines.line_of(e.begin) - 1, n);
  }
  std::vector<text::LineEnd> ends;
  ends.reserve(r.line_ends.size());
  auto ins = inserts.begin();
  for (std::size_t l = 0; l < r.line_ends.size(); ++l) {
    for (; ins != inserts.end() && ins->first == l; ++ins)
      ends.insert(ends.end(), ins->second, text::dominant_line_end(doc.line_ends));
    if (!drop[l]) ends.push_back(r.line_ends[l]);
  }
  r.line_ends = std::move(ends);
  return r;
}

std::string encode_fixed(text::Document const& doc, FixResult const& result) {
  return text::encode(result.text, doc.encoding, result.line_ends);
}

}  // namespace zongjie::check
