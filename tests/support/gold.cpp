#include "support/gold.hpp"

#include "support/test_support.hpp"

#include "zongjie/outline/builder.hpp"
#include "zongjie/outline/format.hpp"
#include "zongjie/outline/themes.hpp"

#include <algorithm>
#include <cstdio>
#include <map>
#include <sstream>

namespace zongjie::test {

namespace {

namespace fs = std::filesystem;

template <typename J>
std::string str(J const& v) {
  if (v.is_null()) return "null";
  if (v.is_string()) return v.template get<std::string>();
  return v.dump();
}

/// A title or heading as compared: folded punctuation, null stays "null".
template <typename J>
std::string title(J const& v) {
  return v.is_null() ? std::string("null") : fold_punct(v.template get<std::string>());
}

/// Multiset comparison of keys; fills the diff lines and the counts.
KeyCounts match(std::vector<std::string> out, std::vector<std::string> gold, std::string const& kind,
                std::vector<std::string>& diffs) {
  std::sort(out.begin(), out.end());
  std::sort(gold.begin(), gold.end());
  KeyCounts c;
  c.output = out.size();
  c.gold = gold.size();
  std::vector<std::string> extra, missing;
  std::set_difference(out.begin(), out.end(), gold.begin(), gold.end(), std::back_inserter(extra));
  std::set_difference(gold.begin(), gold.end(), out.begin(), out.end(), std::back_inserter(missing));
  c.matched = out.size() - extra.size();
  for (auto const& k : extra) diffs.push_back(kind + " extra   " + k);
  for (auto const& k : missing) diffs.push_back(kind + " missing " + k);
  return c;
}

std::string key(std::initializer_list<std::string> fields) {
  std::string k = "(";
  bool first = true;
  for (auto const& f : fields) {
    if (!first) k += ", ";
    k += f;
    first = false;
  }
  return k + ")";
}

}  // namespace

bool GoldComparison::ok_exactly() const {
  return error.empty() && field_diffs.empty() && parts_with_heading.exact() && sections.exact() && items.exact();
}

std::string GoldComparison::describe() const {
  std::ostringstream out;
  out << gold_file;
  if (!report.empty()) out << " → " << report;
  out << '\n';
  if (!error.empty()) out << "    " << error << '\n';
  for (auto const& d : field_diffs) out << "    " << d << '\n';
  for (auto const* list : {&part_diffs, &section_diffs, &item_diffs})
    for (auto const& d : *list) out << "    " << d << '\n';
  char buf[160];
  std::snprintf(buf, sizeof buf,
                "    parts %zu/%zu/%zu  sections %zu/%zu/%zu  items %zu/%zu/%zu (matched/output/gold)\n",
                parts_with_heading.matched, parts_with_heading.output, parts_with_heading.gold, sections.matched,
                sections.output, sections.gold, items.matched, items.output, items.gold);
  out << buf;
  return out.str();
}

GoldComparison compare_with_gold(nlohmann::ordered_json const& out, nlohmann::json const& gold) {
  GoldComparison r;
  r.gold_file = gold.value("file", std::string("?"));

  // Single-valued fields.
  nlohmann::json const out_title_line = out["title"].is_null() ? nlohmann::json(nullptr)
                                                               : nlohmann::json(out["title"]["line"]);
  nlohmann::json const gold_title_line = gold.contains("title_line") ? gold["title_line"] : nlohmann::json(nullptr);
  if (str(out_title_line) != str(gold_title_line))
    r.field_diffs.push_back("title_line " + str(out_title_line) + " != gold " + str(gold_title_line));
  for (char const* f : {"report_year", "plan_year"}) {
    nlohmann::json const g = gold.contains(f) ? gold[f] : nlohmann::json(nullptr);
    if (str(out[f]) != str(g)) r.field_diffs.push_back(std::string(f) + " " + str(out[f]) + " != gold " + str(g));
  }
  std::vector<long> out_noise, gold_noise;
  for (auto const& n : out["noise"]) out_noise.push_back(n["line"].get<long>());
  if (gold.contains("noise_lines"))
    for (auto const& n : gold["noise_lines"]) gold_noise.push_back(n.get<long>());
  std::sort(out_noise.begin(), out_noise.end());
  std::sort(gold_noise.begin(), gold_noise.end());
  if (out_noise != gold_noise)
    r.field_diffs.push_back("noise_lines " + nlohmann::json(out_noise).dump() + " != gold " +
                            nlohmann::json(gold_noise).dump());

  // Keyed lists.
  std::vector<std::string> op, gp, oph, gph, os, gs, oi, gi;
  for (auto const& p : out["parts"]) {
    op.push_back(key({str(p["role"]), str(p["line"])}));
    oph.push_back(key({str(p["role"]), str(p["line"]), title(p["heading"])}));
    for (auto const& s : p["sections"]) {
      os.push_back(key({str(p["role"]), str(s["line"]), str(s["ordinal"]), title(s["title"])}));
      for (auto const& i : s["items"])
        oi.push_back(key({str(s["line"]), str(i["line"]), str(i["ordinal"]), title(i["title"])}));
    }
  }
  for (auto const& p : gold.value("parts", nlohmann::json::array())) {
    gp.push_back(key({str(p["role"]), str(p["line"])}));
    gph.push_back(key({str(p["role"]), str(p["line"]), title(p.value("heading", nlohmann::json(nullptr)))}));
  }
  for (auto const& s : gold.value("sections", nlohmann::json::array()))
    gs.push_back(key({str(s["part"]), str(s["line"]), str(s["ordinal"]), title(s["title"])}));
  for (auto const& i : gold.value("items", nlohmann::json::array()))
    gi.push_back(key({str(i["section_line"]), str(i["line"]), str(i["ordinal"]), title(i["title"])}));

  std::vector<std::string> unused;
  r.parts = match(op, gp, "part", unused);
  r.parts_with_heading = match(oph, gph, "part", r.part_diffs);
  r.sections = match(os, gs, "section", r.section_diffs);
  r.items = match(oi, gi, "item", r.item_diffs);
  return r;
}

std::vector<GoldComparison> compare_gold_dir(fs::path const& gold_dir, std::vector<fs::path> const& report_dirs) {
  std::vector<fs::path> golds;
  for (auto const& e : fs::directory_iterator(gold_dir))
    if (e.is_regular_file() && e.path().extension() == ".json") golds.push_back(e.path());
  std::sort(golds.begin(), golds.end());
  auto const themes = ThemeLexicon::standard();
  std::vector<GoldComparison> results;
  for (auto const& g : golds) {
    GoldComparison r;
    nlohmann::json gold;
    try {
      gold = nlohmann::json::parse(read_file(g));
    } catch (std::exception const& e) {
      r.gold_file = g.filename().string();
      r.error = std::string("gold 文件无法读取或不是 JSON：") + e.what();
      results.push_back(std::move(r));
      continue;
    }
    std::string const file = gold.value("file", std::string());
    fs::path report;
    for (auto const& dir : report_dirs)
      if (!file.empty() && fs::is_regular_file(dir / file)) {
        report = dir / file;
        break;
      }
    if (report.empty()) {
      r.gold_file = g.filename().string();
      r.error = "找不到报告文件“" + file + "”";
      results.push_back(std::move(r));
      continue;
    }
    try {
      text::Document const doc = text::load_document(report);
      Outline const o = build_outline(doc, {themes.get()});
      r = compare_with_gold(outline_to_json(o, file), gold);
    } catch (std::exception const& e) {
      r.error = std::string("读取或分析失败：") + e.what();
    }
    r.gold_file = g.filename().string();
    r.report = report.string();
    results.push_back(std::move(r));
  }
  return results;
}

GoldTotals totals(std::vector<GoldComparison> const& results) {
  GoldTotals t;
  for (auto const& r : results) {
    ++t.files;
    if (!r.error.empty()) {
      ++t.errors;
      continue;
    }
    if (!r.field_diffs.empty()) ++t.field_mismatches;
    t.parts += r.parts;
    t.parts_with_heading += r.parts_with_heading;
    t.sections += r.sections;
    t.items += r.items;
  }
  return t;
}

std::string describe_totals(GoldTotals const& t) {
  std::ostringstream out;
  out << t.files << " files, " << t.errors << " unreadable, " << t.field_mismatches
      << " with title/year/noise differences\n";
  auto line = [&](char const* name, KeyCounts const& c) {
    char buf[200];
    std::snprintf(buf, sizeof buf, "%-9s precision %.3f recall %.3f F1 %.3f  (%zu/%zu/%zu)\n", name, c.precision(),
                  c.recall(), c.f1(), c.matched, c.output, c.gold);
    out << buf;
  };
  line("parts", t.parts);
  line("headings", t.parts_with_heading);
  line("sections", t.sections);
  line("items", t.items);
  return out.str();
}

}  // namespace zongjie::test
