#include "zongjie/outline/format.hpp"

#include <sstream>

namespace zongjie {

namespace {
template <typename T>
nlohmann::ordered_json optional_json(std::optional<T> const& v) {
  return v ? nlohmann::ordered_json(*v) : nlohmann::ordered_json(nullptr);
}
}  // namespace

nlohmann::ordered_json outline_to_json(Outline const& outline, std::string const& file) {
  using json = nlohmann::ordered_json;
  json j;
  j["file"] = file;
  j["title"] = outline.title ? json{{"text", outline.title->text}, {"line", outline.title->line}} : json(nullptr);
  j["report_year"] = optional_json(outline.report_year);
  j["plan_year"] = optional_json(outline.plan_year);
  json parts = json::array();
  for (auto const& p : outline.parts) {
    json part;
    part["role"] = role_name(p.role);
    part["line"] = p.line;
    part["heading"] = p.heading ? json(*p.heading) : json(nullptr);
    json sections = json::array();
    for (auto const& s : p.sections) {
      json section;
      section["line"] = s.line;
      section["column"] = s.column;
      section["marker"] = s.marker.text;
      section["ordinal"] = s.marker.marker.ordinal;
      section["title"] = s.title;
      section["theme"] = s.theme.empty() ? json(nullptr) : json(s.theme);
      json items = json::array();
      for (auto const& i : s.items) {
        items.push_back({{"line", i.line},
                         {"column", i.column},
                         {"marker", i.marker ? json(i.marker->text) : json(nullptr)},
                         {"ordinal", i.marker ? json(i.marker->marker.ordinal) : json(nullptr)},
                         {"title", i.title}});
      }
      section["items"] = std::move(items);
      sections.push_back(std::move(section));
    }
    part["sections"] = std::move(sections);
    parts.push_back(std::move(part));
  }
  j["parts"] = std::move(parts);
  json noise = json::array();
  for (auto const& n : outline.noise) noise.push_back({{"line", n.line}, {"text", n.text}});
  j["noise"] = std::move(noise);
  return j;
}

std::string outline_to_text(Outline const& outline, std::string const& file) {
  std::ostringstream out;
  out << "文件：" << file << '\n';
  if (outline.title) out << "标题：" << outline.title->text << "（第 " << outline.title->line << " 行）\n";
  out << "总结年份：" << (outline.report_year ? std::to_string(*outline.report_year) : "未知") << "　计划年份："
      << (outline.plan_year ? std::to_string(*outline.plan_year) : "未知") << '\n';
  for (auto const& p : outline.parts) {
    out << "\n【" << role_label(p.role) << "】第 " << p.line << " 行";
    if (p.heading) out << "　" << *p.heading;
    else out << "　（无标题）";
    out << '\n';
    for (auto const& s : p.sections) {
      out << "  " << s.marker.text << s.title;
      if (!s.theme.empty()) out << "　〔" << s.theme << "〕";
      out << "　第 " << s.line << " 行\n";
      for (auto const& i : s.items) {
        out << "      " << (i.marker ? i.marker->text : std::string("·")) << i.title << "　第 " << i.line << " 行\n";
      }
    }
  }
  if (!outline.noise.empty()) {
    out << "\n下载残留（不计入正文）：\n";
    for (auto const& n : outline.noise) out << "  第 " << n.line << " 行　" << n.text << '\n';
  }
  return out.str();
}

}  // namespace zongjie
