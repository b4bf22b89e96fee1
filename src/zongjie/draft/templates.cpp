#include "zongjie/draft/templates.hpp"

#include "zongjie/data/resources.hpp"
#include "zongjie/grammar/grammar.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <mutex>

namespace zongjie::draft {

namespace {

// Slot names as written in templates/sections (the data's syntax).
constexpr std::string_view slot_year = "年份";
constexpr std::string_view slot_report_year = "总结年份";
constexpr std::string_view slot_plan_year = "计划年份";
constexpr std::string_view slot_unit = "单位";
constexpr std::string_view slot_promise = "承诺";

constexpr std::string_view words_file = "sections/draft.json";
constexpr std::string_view sections_folder = "sections/";

std::string string_field(nlohmann::json const& j, char const* key, std::string const& source, std::string const& where,
                         bool required) {
  auto it = j.find(key);
  if (it == j.end() || it->is_null()) {
    if (required) throw TemplateError(source, where + "缺少“" + key + "”");
    return {};
  }
  if (!it->is_string()) throw TemplateError(source, where + "“" + key + "”应为字符串");
  return it->get<std::string>();
}

nlohmann::json parse_json(std::string_view text, std::string const& source) {
  try {
    auto j = nlohmann::json::parse(text);
    if (!j.is_object()) throw TemplateError(source, "模板文件应为一个 JSON 对象");
    return j;
  } catch (nlohmann::json::parse_error const& e) {
    throw TemplateError(source, std::string("JSON 格式错误：") + e.what());
  }
}

}  // namespace

void TemplateSet::add_file(std::string_view json, std::string const& source) {
  auto const j = parse_json(json, source);
  std::string const part_name = string_field(j, "part", source, "", true);
  auto const role = role_from_name(part_name);
  if (!role)
    throw TemplateError(source, "“part”应为 preamble、summary、problems、plan 或 closing，而不是“" + part_name + "”");
  // Parsed into `parsed` first: a file with an error adds nothing.
  std::vector<SectionTemplate> parsed;
  auto add = [&](SectionTemplate t) {
    bool const dup = find(t.id) ||
                     std::any_of(parsed.begin(), parsed.end(), [&](auto const& p) { return p.id == t.id; });
    if (dup) throw TemplateError(source, "模板“" + t.id + "”重复");
    parsed.push_back(std::move(t));
  };
  SectionTemplate part;
  part.id = std::string(role_name(*role));
  part.part = *role;
  part.title = string_field(j, "heading", source, "", false);
  part.lead = string_field(j, "lead", source, "", false);
  part.source = source;
  add(std::move(part));

  auto const it = j.find("sections");
  if (it != j.end() && !it->is_array()) throw TemplateError(source, "“sections”应为数组");
  if (it == j.end()) {
    templates_.insert(templates_.end(), parsed.begin(), parsed.end());
    return;
  }
  std::size_t n = 0;
  for (auto const& s : *it) {
    ++n;
    std::string const where = "第 " + std::to_string(n) + " 个小节：";
    if (!s.is_object()) throw TemplateError(source, where + "应为 JSON 对象");
    SectionTemplate t;
    t.part = *role;
    t.theme = string_field(s, "theme", source, where, true);
    if (t.theme.empty()) throw TemplateError(source, where + "“theme”不能为空");
    t.id = std::string(role_name(*role)) + "." + t.theme;
    t.title = string_field(s, "title", source, where, true);
    if (t.title.empty()) throw TemplateError(source, where + "“title”不能为空");
    t.lead = string_field(s, "body", source, where, false);
    t.source = source;
    if (auto items = s.find("items"); items != s.end()) {
      if (!items->is_array()) throw TemplateError(source, where + "“items”应为数组");
      for (auto const& item : *items) {
        if (!item.is_object()) throw TemplateError(source, where + "条目应为 JSON 对象");
        TemplateItem ti{string_field(item, "title", source, where, true),
                        string_field(item, "body", source, where, false)};
        if (ti.title.empty()) throw TemplateError(source, where + "条目的“title”不能为空");
        t.items.push_back(std::move(ti));
      }
    }
    add(std::move(t));
  }
  templates_.insert(templates_.end(), std::make_move_iterator(parsed.begin()), std::make_move_iterator(parsed.end()));
}

void TemplateSet::set_words(std::string_view json, std::string const& source) {
  auto const j = parse_json(json, source);
  words_.title = string_field(j, "title", source, "", true);
  words_.unit_placeholder = string_field(j, "unit_placeholder", source, "", true);
  for (auto const* key : {"unit_suffixes", "not_unit_names", "not_after_unit", "unit_context_after"}) {
    std::string_view const k = key;
    auto& out = k == "unit_suffixes"    ? words_.unit_suffixes
                : k == "not_unit_names" ? words_.not_unit_names
                : k == "not_after_unit" ? words_.not_after_unit
                                        : words_.unit_context_after;
    if (auto it = j.find(key); it != j.end()) {
      if (!it->is_array()) throw TemplateError(source, std::string("“") + key + "”应为字符串数组");
      for (auto const& s : *it) {
        if (!s.is_string()) throw TemplateError(source, std::string("“") + key + "”应为字符串数组");
        out.push_back(s.get<std::string>());
      }
    }
  }
  words_.figure_placeholder = string_field(j, "figure_placeholder", source, "", true);
  words_.year_placeholder = string_field(j, "year_placeholder", source, "", true);
  words_.promise_body = string_field(j, "promise_body", source, "", true);
  auto const d = j.find("defaults");
  if (d == j.end() || !d->is_object()) throw TemplateError(source, "缺少“defaults”对象");
  words_.defaults.part_style = string_field(*d, "part_style", source, "defaults：", true);
  words_.defaults.section_style = string_field(*d, "section_style", source, "defaults：", true);
  words_.defaults.item_style = string_field(*d, "item_style", source, "defaults：", true);
  if (auto c = d->find("closing"); c != d->end()) {
    if (!c->is_boolean()) throw TemplateError(source, "defaults：“closing”应为 true 或 false");
    words_.defaults.closing = c->get<bool>();
  }
  auto list = [&](char const* key, std::vector<std::string>& out) {
    auto it = d->find(key);
    if (it == d->end()) return;
    if (!it->is_array()) throw TemplateError(source, std::string("defaults：“") + key + "”应为主题名的数组");
    for (auto const& t : *it) {
      if (!t.is_string()) throw TemplateError(source, std::string("defaults：“") + key + "”应为主题名的数组");
      out.push_back(t.get<std::string>());
    }
  };
  list("summary", words_.defaults.summary);
  list("problems", words_.defaults.problems);
  list("plan", words_.defaults.plan);
}

std::shared_ptr<TemplateSet const> TemplateSet::standard() {
  static std::mutex mutex;
  static std::shared_ptr<TemplateSet const> cached;
  std::lock_guard lock(mutex);
  if (cached) return cached;
  auto set = std::make_shared<TemplateSet>();
  for (auto const& name : data::list(sections_folder)) {
    if (name == words_file || !name.ends_with(".json")) continue;
    set->add_file(data::load(name), data::origin(name));
  }
  set->set_words(data::load(words_file), data::origin(words_file));
  cached = std::move(set);
  return cached;
}

SectionTemplate const* TemplateSet::find(std::string_view id) const noexcept {
  for (auto const& t : templates_)
    if (t.id == id) return &t;
  return nullptr;
}

SectionTemplate const* TemplateSet::part_template(PartRole part) const noexcept { return find(role_name(part)); }

SectionTemplate const* TemplateSet::section(PartRole part, std::string_view theme) const noexcept {
  for (auto const& t : templates_)
    if (t.part == part && !t.theme.empty() && t.theme == theme) return &t;
  return nullptr;
}

std::vector<SectionTemplate const*> TemplateSet::filter(std::optional<PartRole> part, std::string_view theme) const {
  std::vector<SectionTemplate const*> out;
  for (auto const& t : templates_)
    if ((!part || t.part == *part) && (theme.empty() || t.theme == theme)) out.push_back(&t);
  // In the order of a report (PartRole's order: 开头, 总结, 问题, 计划, 结尾),
  // the file's order within a part.
  std::stable_sort(out.begin(), out.end(),
                   [](SectionTemplate const* a, SectionTemplate const* b) { return a->part < b->part; });
  return out;
}

std::vector<std::string> TemplateSet::themes(PartRole part) const {
  std::vector<std::string> out;
  for (auto const& t : templates_)
    if (t.part == part && !t.theme.empty()) out.push_back(t.theme);
  return out;
}

std::string fill(std::string_view pattern, Slots const& slots, PartRole part) {
  bool const plan_like = part == PartRole::plan || part == PartRole::closing;
  auto year = [](int y) { return y > 0 ? std::to_string(y) : std::string(); };
  std::string out;
  out.reserve(pattern.size() + 16);
  for (std::size_t i = 0; i < pattern.size();) {
    if (pattern[i] == '{') {
      std::size_t const close = pattern.find('}', i + 1);
      if (close != std::string_view::npos) {
        std::string_view const name = pattern.substr(i + 1, close - i - 1);
        std::optional<std::string> value;
        if (name == slot_year) value = year(plan_like ? slots.plan_year : slots.report_year);
        else if (name == slot_report_year) value = year(slots.report_year);
        else if (name == slot_plan_year) value = year(slots.plan_year);
        else if (name == slot_unit) value = slots.unit;
        else if (name == slot_promise) value = slots.promise;
        if (value) {
          out += *value;
          i = close + 1;
          continue;
        }
      }
    }
    out += pattern[i++];
  }
  return out;
}

std::optional<grammar::MarkerFamily> family_from_style(std::string_view style) {
  return grammar::style_from_name(style);
}

namespace {

/// `s` ends in sentence punctuation (。！？；：).
bool ends_in_stop(std::string_view s) {
  for (std::string_view p : {"。", "！", "？", "；", "：", ".", "!", "?"})
    if (s.ends_with(p)) return true;
  return false;
}

std::string sentence(std::string_view s) {
  std::string out(s);
  if (!out.empty() && !ends_in_stop(out)) out += "。";
  return out;
}

}  // namespace

std::vector<std::string> render_section(std::string_view title, std::string_view lead,
                                        std::vector<TemplateItem> const& items, HeadingStyle const& style,
                                        int ordinal) {
  std::vector<std::string> lines;
  std::string const marker = marker_text(style.section, ordinal);
  if (style.section == grammar::MarkerFamily::cn_shi) {
    // 一是… sections have no items of their own: everything on one line.
    std::string line = marker + sentence(title) + std::string(lead);
    for (auto const& it : items) line += sentence(it.title) + it.body;
    lines.push_back(std::move(line));
    return lines;
  }
  lines.push_back(marker + std::string(title));
  if (!lead.empty()) lines.emplace_back(lead);
  int n = 0;
  for (auto const& it : items) {
    ++n;
    std::string const m = style.item ? marker_text(*style.item, n) : std::string();
    lines.push_back(m + sentence(it.title) + it.body);
  }
  return lines;
}

std::string render(SectionTemplate const& t, Slots const& slots, HeadingStyle const& style, int ordinal) {
  std::string out;
  if (t.is_part()) {
    if (!t.title.empty())
      out += (style.part ? marker_text(*style.part, ordinal) : std::string()) + fill(t.title, slots, t.part) + "\n";
    if (!t.lead.empty()) out += fill(t.lead, slots, t.part) + "\n";
    return out;
  }
  std::vector<TemplateItem> items;
  for (auto const& it : t.items) items.push_back({fill(it.title, slots, t.part), fill(it.body, slots, t.part)});
  for (auto const& line :
       render_section(fill(t.title, slots, t.part), fill(t.lead, slots, t.part), items, style, ordinal))
    out += line + "\n";
  return out;
}

}  // namespace zongjie::draft
