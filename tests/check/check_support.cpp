#include "check_support.hpp"

#include "zongjie/grammar/grammar.hpp"
#include "zongjie/learn/learner.hpp"
#include "zongjie/outline/sentences.hpp"

#include "support/test_support.hpp"
#include "zongjie/outline/builder.hpp"
#include "zongjie/outline/themes.hpp"

#include <map>
#include <regex>
#include <sstream>
#include <stdexcept>

namespace zongjie::test {

std::vector<NameCount> learned_names(std::vector<std::filesystem::path> const& files) {
  std::map<std::pair<std::string, NameKind>, NameCount> sums;
  for (auto const& path : files) {
    text::Document const doc = text::load_document(path);
    for (auto const& n : count_names(split_sentences(doc, outline_with_themes(doc)))) {
      auto& sum = sums[{n.word, n.kind}];
      sum.word = n.word;
      sum.kind = n.kind;
      sum.count += n.count;
      ++sum.documents;
    }
  }
  std::vector<NameCount> out;
  out.reserve(sums.size());
  for (auto const& entry : sums) out.push_back(entry.second);
  return out;
}

check::Checker const& default_checker() {
  static check::Checker const checker;
  return checker;
}

Outline outline_with_themes(text::Document const& doc) {
  auto const themes = ThemeLexicon::standard();
  return build_outline(doc, {themes.get()});
}

std::vector<check::Finding> check_document(check::Checker const& checker, text::Document const& doc,
                                           check::PreviousPlan const* previous) {
  return checker.check(doc, outline_with_themes(doc), previous);
}

std::vector<check::Finding> check_text(std::string utf8, check::PreviousPlan const* previous) {
  text::Document const doc = document(std::move(utf8));
  return check_document(default_checker(), doc, previous);
}

std::string message_key(check::Finding const& finding) {
  check::RuleInfo const* info = default_checker().data().catalog->find(finding.rule);
  if (!info) return "";
  std::string key;
  for (auto const& m : info->messages) {
    // The template as a regular expression: literal text escaped byte by
    // byte (UTF-8 continuation bytes are never special), {name} as any text.
    std::string pattern;
    for (std::size_t i = 0; i < m.text.size(); ++i) {
      char const c = m.text[i];
      if (c == '{') {
        if (auto const close = m.text.find('}', i); close != std::string::npos) {
          pattern += "([\\s\\S]*)";
          i = close;
          continue;
        }
      }
      if (std::string_view("\\^$.|?*+()[]{}").find(c) != std::string_view::npos) pattern += '\\';
      pattern += c;
    }
    if (!std::regex_match(finding.message, std::regex(pattern))) continue;
    if (!key.empty()) return "?";
    key = m.key;
  }
  return key;
}

std::vector<check::Finding> of_rule(std::vector<check::Finding> const& findings, std::string_view rule) {
  std::vector<check::Finding> out;
  for (auto const& f : findings)
    if (f.rule == rule) out.push_back(f);
  return out;
}

std::vector<std::size_t> lines_of(std::vector<check::Finding> const& findings, std::string_view rule) {
  std::vector<std::size_t> out;
  for (auto const& f : findings)
    if (f.rule == rule) out.push_back(f.line);
  return out;
}

std::string const& clean_report() {
  static std::string const text =
      "青山镇2024年工作总结及2025年工作计划\n"
      "2024年，青山镇坚持稳中求进，各项工作取得新进展。\n"
      "一、2024年工作总结\n"
      "（一）产业发展提质增效\n"
      "全年新引进企业5家，完成固定资产投资3.6亿元，茶叶产业综合产值突破2亿元。\n"
      "（二）生态环境持续改善\n"
      "完成农村改厕860户，新建污水处理设施4处，镇域空气质量优良率达到96%。\n"
      "（三）民生保障有力有效\n"
      "发放各类救助资金420万元，新建村级养老服务站3个，群众满意度明显提升。\n"
      "二、存在的问题\n"
      "产业结构仍较单一，基础设施还有短板，干部队伍能力有待提升。\n"
      "三、2025年工作计划\n"
      "（一）做强特色产业。力争新引进企业6家，推动茶叶精深加工，产业综合产值增长10%。\n"
      "（二）建设美丽乡村。新建污水处理设施3处，巩固农村改厕成果，持续改善人居环境。\n"
      "（三）增进民生福祉。新建村级养老服务站2个，落实各项救助政策，兜牢民生底线。\n";
  return text;
}

std::string replace(std::string text, std::string_view from, std::string_view to) {
  std::size_t const p = text.find(from);
  if (p == std::string::npos) throw std::runtime_error("fixture lacks «" + std::string(from) + "»");
  text.replace(p, from.size(), to);
  return text;
}

std::vector<Expected> read_expected(std::string const& tsv) {
  std::vector<Expected> out;
  std::istringstream in(tsv);
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    auto const tab = line.find('\t');
    if (tab == std::string::npos) throw std::runtime_error("expected rule<TAB>line, got «" + line + "»");
    out.push_back({line.substr(0, tab), static_cast<std::size_t>(std::stoul(line.substr(tab + 1)))});
  }
  return out;
}

Outline hand_outline(text::Document const& doc, std::vector<std::tuple<std::size_t, As, PartRole>> const& shape) {
  Outline o;
  o.report_year = 2024;
  o.plan_year = 2025;
  for (auto const& [line, as, role] : shape) {
    std::string_view const l = doc.line(line);
    auto const m = grammar::parse_line_marker(l);
    std::size_t const at = doc.lines.line_start(line);
    std::optional<WrittenMarker> wm;
    if (m) wm = WrittenMarker{m->marker, std::string(l.substr(m->begin, m->end - m->begin))};
    std::string const title(m ? l.substr(m->title_begin) : l);
    if (as == As::part || o.parts.empty()) {
      Part p;
      p.role = role;
      p.line = line;
      p.begin = at;
      if (as == As::part) {
        p.heading = std::string(l);
        p.marker = wm;
      }
      o.parts.push_back(p);
      if (as == As::part) continue;
    }
    auto& part = o.parts.back();
    if (as == As::section) {
      Section s;
      s.line = line;
      s.column = 1;
      s.offset = at + (m ? m->begin : 0);
      s.marker = *wm;
      s.title = title;
      s.body_begin = doc.lines.line_end(line);
      part.sections.push_back(s);
    } else {
      Item i;
      i.line = line;
      i.column = 1;
      i.offset = at + (m ? m->begin : 0);
      i.marker = wm;
      i.title = title;
      part.sections.back().items.push_back(i);
    }
  }
  // Ends: each part up to the next, each section up to the next in its part.
  for (std::size_t k = 0; k < o.parts.size(); ++k) {
    auto& p = o.parts[k];
    p.end = k + 1 < o.parts.size() ? o.parts[k + 1].begin : doc.text.size();
    p.end_line = doc.lines.line_of(p.end > 0 ? p.end - 1 : 0);
    for (std::size_t s = 0; s < p.sections.size(); ++s) {
      p.sections[s].end = s + 1 < p.sections.size() ? p.sections[s + 1].offset : p.end;
      p.sections[s].end_line = doc.lines.line_of(p.sections[s].end > 0 ? p.sections[s].end - 1 : 0);
    }
  }
  return o;
}

}  // namespace zongjie::test
