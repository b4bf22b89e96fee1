// zongjie templates [--part ROLE] [--theme T] [--format text|json]
// zongjie templates show ID [--year Y] [--place NAME] [--style S] [--db FILE]
#include "cli/args.hpp"
#include "cli/commands.hpp"

#include "zongjie/service/workspace.hpp"

#include <nlohmann/json.hpp>

#include <ostream>

namespace zongjie::cli {

int cmd_templates(Argv const& argv, Io& io) {
  Args const args(argv, {"--part", "--theme", "--format", "--year", "--place", "--style", "--db"}, {});
  service::Workspace const workspace = service::Workspace::open(corpus_location(args));
  draft::TemplateSet const* templates = &workspace.templates();
  auto const& pos = args.positional();

  if (!pos.empty() && pos.front() == "show") {
    if (pos.size() != 2) throw UsageError("需要一个模板编号：zongjie templates show plan.党建");
    auto const* t = templates->find(pos[1]);
    if (!t) throw UsageError("没有编号为“" + pos[1] + "”的模板（zongjie templates 列出全部）");
    auto const section = section_style_option(args);
    draft::Slots slots;
    slots.report_year = static_cast<int>(args.integer("--year", 1949, 2999).value_or(draft::default_report_year()));
    slots.plan_year = slots.report_year + 1;
    slots.unit = args.value("--place").value_or(templates->words().unit_placeholder);
    // Numbered as a draft from this corpus would number it.
    io.out << workspace.render_template(*t, slots, section);
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
    io.out << out.dump(1) << '\n';
    return 0;
  }
  if (list.empty()) {
    io.err << "没有符合条件的模板\n";
    return 0;
  }
  for (auto const* t : list) {
    io.out << t->id << "　" << role_label(t->part);
    if (!t->theme.empty()) io.out << "·" << t->theme;
    io.out << "　";
    if (!t->title.empty()) io.out << t->title;
    else io.out << "（无标题，一段文字）";
    if (!t->items.empty()) io.out << "（" << t->items.size() << " 条）";
    io.out << '\n';
  }
  return 0;
}

}  // namespace zongjie::cli
