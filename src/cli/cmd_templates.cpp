// zongjie templates [--part ROLE] [--theme T] [--format text|json]
// zongjie templates show ID [--year Y] [--place NAME] [--style S]
#include "cli/args.hpp"
#include "cli/commands.hpp"

#include "zongjie/draft/draft.hpp"

#include <nlohmann/json.hpp>

#include <iostream>

namespace zongjie::cli {

int cmd_templates(Argv const& argv) {
  Args const args(argv, {"--part", "--theme", "--format", "--year", "--place", "--style"}, {});
  auto const templates = draft::TemplateSet::standard();
  auto const& pos = args.positional();

  if (!pos.empty() && pos.front() == "show") {
    if (pos.size() != 2) throw UsageError("需要一个模板编号：zongjie templates show plan.党建");
    auto const* t = templates->find(pos[1]);
    if (!t) throw UsageError("没有编号为“" + pos[1] + "”的模板（zongjie templates 列出全部）");
    std::optional<grammar::MarkerFamily> section;
    if (auto s = args.value("--style")) {
      section = draft::family_from_style(*s);
      if (!section || *section == grammar::MarkerFamily::part || *section == grammar::MarkerFamily::di ||
          *section == grammar::MarkerFamily::circled)
        throw UsageError("--style 只能是 一、 （一） 一是 1. （1） 之一，而不是“" + *s + "”");
    }
    draft::Slots slots;
    slots.report_year = static_cast<int>(args.integer("--year", 1949, 2999).value_or(draft::default_report_year()));
    slots.plan_year = slots.report_year + 1;
    slots.unit = args.value("--place").value_or(templates->words().unit_placeholder);
    auto const style = draft::heading_style(draft::builtin_model(*templates), templates->words().defaults, section);
    std::cout << draft::render(*t, slots, style);
    return 0;
  }
  if (!pos.empty()) throw UsageError("未知的子命令“" + pos.front() + "”（只有 show）");

  std::optional<PartRole> part;
  if (auto p = args.value("--part")) {
    part = role_from_name(*p);
    if (!part) throw UsageError("--part 只能是 preamble、summary、problems、plan、closing，而不是“" + *p + "”");
  }
  std::string const theme = args.value("--theme").value_or("");
  std::string const format = args.choice("--format", {"text", "json"});
  auto const list = templates->filter(part, theme);
  if (format == "json") {
    auto out = nlohmann::ordered_json::array();
    for (auto const* t : list) {
      nlohmann::ordered_json j;
      j["id"] = t->id;
      j["part"] = role_name(t->part);
      j["theme"] = t->theme.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(t->theme);
      j["title"] = t->title;
      j["lead"] = t->lead;
      auto items = nlohmann::ordered_json::array();
      for (auto const& it : t->items) items.push_back({{"title", it.title}, {"body", it.body}});
      j["items"] = std::move(items);
      j["source"] = t->source;
      out.push_back(std::move(j));
    }
    std::cout << out.dump(1) << '\n';
    return 0;
  }
  if (list.empty()) {
    std::cerr << "没有符合条件的模板\n";
    return 0;
  }
  for (auto const* t : list) {
    std::cout << t->id << "　" << role_label(t->part);
    if (!t->theme.empty()) std::cout << "·" << t->theme;
    std::cout << "　";
    if (!t->title.empty()) std::cout << t->title;
    else std::cout << "（无标题，一段文字）";
    if (!t->items.empty()) std::cout << "（" << t->items.size() << " 条）";
    std::cout << '\n';
  }
  return 0;
}

}  // namespace zongjie::cli
