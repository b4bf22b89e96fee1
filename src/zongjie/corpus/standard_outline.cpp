#include "zongjie/corpus/standard_outline.hpp"

#include "zongjie/data/resources.hpp"
#include "zongjie/data/labels.hpp"
#include "zongjie/grammar/grammar.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <iomanip>
#include <map>
#include <set>
#include <sstream>

namespace zongjie {

std::string_view level_label(std::string_view level) noexcept { return data::label("level", level); }
std::string_view marker_style_label(std::string_view style) noexcept { return data::label("marker_style", style); }

namespace {

std::string item_style_of(Item const& item) {
  if (!item.marker) return std::string(style_run_in);
  return std::string(grammar::style_name(item.marker->marker.family));
}

std::string percent(double share) { return std::to_string(static_cast<int>(std::lround(share * 100))) + "%"; }

std::string fixed1(double v) {
  std::ostringstream s;
  s << std::fixed << std::setprecision(1) << v;
  return s.str();
}

}  // namespace

DocSummary summarize(Outline const& outline) {
  DocSummary d;
  for (auto const& p : outline.parts) {
    DocSummary::PartSummary ps;
    ps.role = p.role;
    if (p.heading)
      ps.heading_style = p.marker ? std::string(grammar::style_name(p.marker->marker.family))
                                  : std::string(style_unnumbered);
    std::map<std::string, int> item_styles;
    for (auto const& s : p.sections) {
      if (ps.section_style.empty()) ps.section_style = grammar::style_name(s.marker.marker.family);
      ps.section_themes.push_back(s.theme);
      for (auto const& i : s.items) ++item_styles[item_style_of(i)];
    }
    int best = 0;
    for (auto const& [style, n] : item_styles)
      if (n > best) {
        best = n;
        ps.item_style = style;
      }
    d.parts.push_back(std::move(ps));
  }
  return d;
}

void StandardOutlineBuilder::add(DocSummary const& doc) { docs_.push_back(doc); }

StandardOutline StandardOutlineBuilder::finish() const {
  StandardOutline out;
  out.documents = docs_.size();
  if (docs_.empty()) return out;
  double const n = static_cast<double>(docs_.size());

  struct PartAcc {
    std::size_t docs = 0, headed = 0, sections = 0;
    double position = 0;
    int min = INT32_MAX, max = 0;
  };
  std::array<PartAcc, part_role_count> parts{};
  std::map<std::pair<PartRole, std::string>, std::pair<std::size_t, double>> themes;  // docs, position sum
  std::map<std::pair<std::string, std::string>, std::size_t> styles;
  std::map<std::string, std::size_t> level_docs;
  std::map<std::vector<PartRole>, std::size_t> orders;

  for (auto const& d : docs_) {
    std::vector<PartRole> seq;
    std::array<bool, part_role_count> seen{};
    std::set<std::pair<std::string, std::string>> doc_styles;
    std::set<std::pair<PartRole, std::string>> doc_themes;
    std::map<std::pair<PartRole, std::string>, double> doc_theme_pos;
    for (std::size_t k = 0; k < d.parts.size(); ++k) {
      auto const& p = d.parts[k];
      auto const r = static_cast<std::size_t>(p.role);
      seq.push_back(p.role);
      if (seen[r]) {
        // A role twice (two plan parts): count its sections, not the document again.
        parts[r].sections += p.section_themes.size();
        continue;
      }
      seen[r] = true;
      auto& acc = parts[r];
      ++acc.docs;
      acc.headed += !p.heading_style.empty();
      acc.position += d.parts.size() > 1 ? static_cast<double>(k) / static_cast<double>(d.parts.size() - 1) : 0.0;
      int const sections = static_cast<int>(p.section_themes.size());
      acc.sections += p.section_themes.size();
      if (p.role != PartRole::preamble && p.role != PartRole::closing) {
        acc.min = std::min(acc.min, sections);
        acc.max = std::max(acc.max, sections);
      }
      if (!p.heading_style.empty()) doc_styles.insert({"part", p.heading_style});
      if (!p.section_style.empty()) doc_styles.insert({"section", p.section_style});
      if (!p.item_style.empty()) doc_styles.insert({"item", p.item_style});
      for (std::size_t s = 0; s < p.section_themes.size(); ++s) {
        if (p.section_themes[s].empty()) continue;
        auto const key = std::make_pair(p.role, p.section_themes[s]);
        if (doc_themes.insert(key).second)
          doc_theme_pos[key] = p.section_themes.size() > 1
                                   ? static_cast<double>(s) / static_cast<double>(p.section_themes.size() - 1)
                                   : 0.0;
      }
    }
    ++orders[seq];
    std::set<std::string> levels;
    for (auto const& st : doc_styles) {
      ++styles[st];
      levels.insert(st.first);
    }
    for (auto const& l : levels) ++level_docs[l];
    for (auto const& t : doc_themes) {
      auto& acc = themes[t];
      ++acc.first;
      acc.second += doc_theme_pos[t];
    }
  }

  for (int r = 0; r < part_role_count; ++r) {
    auto const& acc = parts[static_cast<std::size_t>(r)];
    if (acc.docs == 0) continue;
    StandardOutline::PartStat ps;
    ps.role = static_cast<PartRole>(r);
    ps.documents = acc.docs;
    ps.share = static_cast<double>(acc.docs) / n;
    ps.position = acc.position / static_cast<double>(acc.docs);
    ps.headed_share = static_cast<double>(acc.headed) / static_cast<double>(acc.docs);
    ps.sections_mean = static_cast<double>(acc.sections) / static_cast<double>(acc.docs);
    ps.sections_min = acc.min == INT32_MAX ? 0 : acc.min;
    ps.sections_max = acc.max;
    out.parts.push_back(ps);
  }
  std::stable_sort(out.parts.begin(), out.parts.end(),
                   [](auto const& a, auto const& b) { return a.position < b.position; });
  for (auto const& p : out.parts) out.order.push_back(p.role);

  std::vector<std::pair<std::vector<PartRole>, std::size_t>> ord(orders.begin(), orders.end());
  std::stable_sort(ord.begin(), ord.end(), [](auto const& a, auto const& b) { return a.second > b.second; });
  for (std::size_t i = 0; i < ord.size() && i < 5; ++i)
    out.orders.push_back({ord[i].first, ord[i].second, static_cast<double>(ord[i].second) / n});

  for (auto const& role : out.order) {
    std::vector<StandardOutline::ThemeStat> ts;
    for (auto const& [key, acc] : themes) {
      if (key.first != role) continue;
      ts.push_back({role, key.second, acc.first, static_cast<double>(acc.first) / n,
                    acc.second / static_cast<double>(acc.first)});
    }
    std::stable_sort(ts.begin(), ts.end(), [](auto const& a, auto const& b) { return a.documents > b.documents; });
    out.themes.insert(out.themes.end(), ts.begin(), ts.end());
  }

  for (std::string const level : {"part", "section", "item"}) {
    std::vector<StandardOutline::StyleStat> ss;
    for (auto const& [key, docs] : styles) {
      if (key.first != level) continue;
      ss.push_back({level, key.second, docs, static_cast<double>(docs) / static_cast<double>(level_docs[level])});
    }
    std::stable_sort(ss.begin(), ss.end(), [](auto const& a, auto const& b) { return a.documents > b.documents; });
    out.styles.insert(out.styles.end(), ss.begin(), ss.end());
  }
  return out;
}

StandardOutline::PartStat const* StandardOutline::part(PartRole r) const noexcept {
  for (auto const& p : parts)
    if (p.role == r) return &p;
  return nullptr;
}

std::vector<StandardOutline::ThemeStat const*> StandardOutline::themes_of(PartRole r) const {
  std::vector<ThemeStat const*> out;
  for (auto const& t : themes)
    if (t.part == r) out.push_back(&t);
  return out;
}

std::string StandardOutline::usual_style(std::string_view level) const {
  for (auto const& s : styles)
    if (s.level == level) return s.marker_style;
  return {};
}

nlohmann::ordered_json to_json(StandardOutline const& s) {
  using json = nlohmann::ordered_json;
  json j;
  j["documents"] = s.documents;
  json parts = json::array();
  for (auto const& p : s.parts)
    parts.push_back({{"role", role_name(p.role)},
                     {"share", p.share},
                     {"documents", p.documents},
                     {"position", p.position},
                     {"headed_share", p.headed_share},
                     {"sections_mean", p.sections_mean},
                     {"sections_min", p.sections_min},
                     {"sections_max", p.sections_max}});
  j["parts"] = std::move(parts);
  json order = json::array();
  for (auto r : s.order) order.push_back(role_name(r));
  j["order"] = std::move(order);
  json orders = json::array();
  for (auto const& o : s.orders) {
    json roles = json::array();
    for (auto r : o.roles) roles.push_back(role_name(r));
    orders.push_back({{"roles", std::move(roles)}, {"documents", o.documents}, {"share", o.share}});
  }
  j["orders"] = std::move(orders);
  json themes = json::array();
  for (auto const& t : s.themes)
    themes.push_back({{"part", role_name(t.part)},
                      {"theme", t.theme},
                      {"share", t.share},
                      {"documents", t.documents},
                      {"position", t.position}});
  j["themes"] = std::move(themes);
  json styles = json::array();
  for (auto const& st : s.styles)
    styles.push_back(
        {{"level", st.level}, {"marker_style", st.marker_style}, {"share", st.share}, {"documents", st.documents}});
  j["styles"] = std::move(styles);
  return j;
}

StandardOutline standard_outline_from_json(nlohmann::json const& j) {
  auto role = [](nlohmann::json const& v) {
    auto r = role_from_name(v.get<std::string>());
    if (!r) throw std::runtime_error("标准提纲中的部分名称无效：" + v.get<std::string>());
    return *r;
  };
  try {
    StandardOutline s;
    s.documents = j.at("documents").get<std::size_t>();
    for (auto const& p : j.at("parts"))
      s.parts.push_back({role(p.at("role")), p.at("documents").get<std::size_t>(), p.at("share").get<double>(),
                         p.at("position").get<double>(), p.at("headed_share").get<double>(),
                         p.at("sections_mean").get<double>(), p.at("sections_min").get<int>(),
                         p.at("sections_max").get<int>()});
    for (auto const& r : j.at("order")) s.order.push_back(role(r));
    for (auto const& o : j.at("orders")) {
      StandardOutline::OrderStat os;
      for (auto const& r : o.at("roles")) os.roles.push_back(role(r));
      os.documents = o.at("documents").get<std::size_t>();
      os.share = o.at("share").get<double>();
      s.orders.push_back(std::move(os));
    }
    for (auto const& t : j.at("themes"))
      s.themes.push_back({role(t.at("part")), t.at("theme").get<std::string>(), t.at("documents").get<std::size_t>(),
                          t.at("share").get<double>(), t.at("position").get<double>()});
    for (auto const& st : j.at("styles"))
      s.styles.push_back({st.at("level").get<std::string>(), st.at("marker_style").get<std::string>(),
                          st.at("documents").get<std::size_t>(), st.at("share").get<double>()});
    return s;
  } catch (nlohmann::json::exception const& e) {
    throw std::runtime_error(std::string("标准提纲格式无效：") + e.what());
  }
}

std::string to_text(StandardOutline const& s) {
  std::ostringstream out;
  out << "语料：" << s.documents << " 篇报告\n";
  if (s.documents == 0) return out.str();
  out << "\n通常的结构（按位置先后）：\n";
  for (auto const& p : s.parts) {
    out << "  " << role_label(p.role) << "　" << percent(p.share) << " 的报告有";
    if (p.role != PartRole::preamble && p.role != PartRole::closing)
      out << "，带标题 " << percent(p.headed_share) << "，平均 " << fixed1(p.sections_mean) << " 节（" << p.sections_min
          << "–" << p.sections_max << "）";
    out << '\n';
  }
  if (!s.orders.empty()) {
    out << "\n常见的部分顺序：\n";
    for (auto const& o : s.orders) {
      out << "  ";
      for (std::size_t i = 0; i < o.roles.size(); ++i) out << (i ? " → " : "") << role_label(o.roles[i]);
      out << "　" << percent(o.share) << '\n';
    }
  }
  out << "\n各级编号样式：\n";
  for (std::string_view const level : {"part", "section", "item"}) {
    out << "  " << level_label(level) << "：";
    bool any = false;
    for (auto const& st : s.styles) {
      if (st.level != level) continue;
      out << (any ? "　" : "") << marker_style_label(st.marker_style) << " " << percent(st.share);
      any = true;
    }
    out << (any ? "" : "无") << '\n';
  }
  out << "\n各部分的主题（有该主题小节的报告占比）：\n";
  for (auto const& role : s.order) {
    auto const ts = s.themes_of(role);
    if (ts.empty()) continue;
    out << "  " << role_label(role) << "：";
    for (std::size_t i = 0; i < ts.size(); ++i) out << (i ? "　" : "") << ts[i]->theme << " " << percent(ts[i]->share);
    out << '\n';
  }
  return out.str();
}

StandardOutline builtin_standard_outline() {
  constexpr std::string_view name = "standard_outline.json";
  std::string const text = data::load(name);
  try {
    return standard_outline_from_json(nlohmann::json::parse(text));
  } catch (std::exception const& e) {
    throw std::runtime_error(data::origin(name) + "：内置标准提纲无法读取：" + e.what());
  }
}

}  // namespace zongjie
