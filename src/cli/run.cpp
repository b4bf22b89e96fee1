// `zongjie ARGS...`: finds the subcommand, runs it, and turns the errors it
// throws into a message and exit status 2.
#include "cli/args.hpp"
#include "cli/commands.hpp"

#include "zongjie/store/sqlite.hpp"
#include "zongjie/text/document.hpp"

#include <ostream>
#include <string_view>

namespace {

struct Command {
  std::string_view name;
  int (*run)(zongjie::cli::Argv const&, zongjie::cli::Io&);
  std::string_view usage;
};

constexpr Command commands[] = {
    {"outline", zongjie::cli::cmd_outline,
     "outline FILE [--db FILE] [--format text|json]\n      报告的提纲：部分、小节、条目、年份、下载残留；小节主题用语料库学到的主题词细化"},
    {"learn", zongjie::cli::cmd_learn,
     "learn PATH... [--db FILE|postgresql://…] [--threads N] [--quiet] [--draft]\n"
     "      学习往年报告（文件夹会被遍历），更新语料库和标准提纲；--draft：在服务器上存为本单位的草稿（仅本单位可见）"},
    {"stats", zongjie::cli::cmd_stats,
     "stats PATH... | --db FILE|postgresql://… [--unit 单位] [--format text|json]\n"
     "      标准提纲：各部分占比、位置与顺序、小节数、编号样式、主题；--unit：只按一个单位的报告学习（服务器）"},
    {"check", zongjie::cli::cmd_check,
     "check FILE... [--db FILE] [--previous 去年报告] [--format text|json|gcc] [--rule 规则=off|info|warning|error]... [--fix] [--no-ignore] [--annotate OUT.docx]\n      检查报告：与标准提纲比较结构，查编号、占位符、年份、标点、下载残留、易混词；\n      --previous 核对去年计划的事项今年是否有交代；--fix 自动修复标点宽度、编号和下载残留；\n      --annotate 把问题作为批注写入 Word 文档的副本，加 --fix 时修复以修订（可接受/拒绝）给出；\n      有“错误”级问题时退出码为 1。规则说明见 docs/CHECKS.md"},
    {"ignore", zongjie::cli::cmd_ignore,
     "ignore add FILE --rule 规则 [--line 行[:列]] [--previous 去年报告] | ignore list [FILE] [--format text|json] | ignore remove 编号... [--db FILE]\n      忽略某一处问题（给出 --line）或对某篇报告关闭整条规则；忽略项保存在语料库旁的 <数据库>.ignore.json，\n      文中别处修改后仍然有效；list 列出，remove 撤销"},
    {"export", zongjie::cli::cmd_export,
     "export FILE -o OUT.docx [--title 标题] [--author 作者]\n      导出为 Word 文档，版式按 GB/T 9704-2012（党政机关公文格式）"},
    {"draft", zongjie::cli::cmd_draft,
     "draft [--from LAST_YEAR_FILE] [--year Y] [--place NAME] [--db FILE] [--style 一、|（一）|一是] [-o OUT]\n      新一年的草稿：沿用上年的标题和开头，逐条对照上年计划写总结，按常见主题列出计划"},
    {"templates", zongjie::cli::cmd_templates,
     "templates [--part ROLE] [--theme T] [--format text|json] | templates show ID [--year Y] [--place NAME] [--style S]\n      各部分、各主题的小节模板；show 按年份和单位填好后显示"},
    {"lexicon", zongjie::cli::cmd_lexicon,
     "lexicon [--kind 种类] [--db FILE|postgresql://…] [--format text|json] | lexicon add 名称 --kind 种类 | lexicon remove 名称\n"
     "      本单位名称词表：从往年报告学到的地名、单位、项目、人名及其次数；add 人工添加，remove 删除（重新学习后也不再加入）；\n"
     "      种类：地名 place、单位 unit、项目 project、人名 person。检查时词表中的名称不报易混词和占位符，并据此查名称写错（wording.name-variant）"},
    {"phrases", zongjie::cli::cmd_phrases,
     "phrases QUERY [--db FILE] [--theme T] [--part ROLE] [--year Y] [--limit N] [--format text|json]\n      往年报告中包含这段文字的句子（同一句多年重复只列一次）"},
    {"suggest", zongjie::cli::cmd_suggest,
     "suggest --part ROLE [--theme T] [--section 标题] [--db FILE] [--limit N] [--format text|json]\n      某部分、某主题下最常复用的提法、对仗短语和句子"},
};

void print_help(std::ostream& out) {
  out << "zongjie —— 乡镇年度工作总结与计划的起草、检查和素材工具\n\n用法：zongjie 命令 [参数]\n\n命令：\n";
  for (auto const& c : commands) out << "  zongjie " << c.usage << '\n';
  out << "\n数据库默认位于 $XDG_DATA_HOME/zongjie/corpus.db，可用 --db 或环境变量 ZONGJIE_DB 指定。\n";
}

}  // namespace

namespace zongjie::cli {

int run(Argv const& argv, Io& io) {
  if (argv.empty() || argv[0] == "--help" || argv[0] == "-h" || argv[0] == "help") {
    print_help(argv.empty() ? io.err : io.out);
    return argv.empty() ? 2 : 0;
  }
  std::string_view const name = argv[0];
  for (auto const& c : commands) {
    if (c.name != name) continue;
    try {
      return c.run(Argv(argv.begin() + 1, argv.end()), io);
    } catch (UsageError const& e) {
      io.err << "zongjie " << name << "：" << e.what() << "\n用法：zongjie " << c.usage << '\n';
      return 2;
    } catch (store::StoreError const& e) {
      io.err << "zongjie " << name << "：数据库错误：" << e.what() << '\n';
      return 2;
    } catch (text::InputError const& e) {
      io.err << "zongjie " << name << "：" << e.what() << '\n';
      return 2;
    } catch (std::exception const& e) {
      io.err << "zongjie " << name << "：错误：" << e.what() << '\n';
      return 2;
    }
  }
  io.err << "zongjie：未知命令“" << name << "”\n\n";
  print_help(io.err);
  return 2;
}

}  // namespace zongjie::cli
