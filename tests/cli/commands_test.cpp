// The command-line commands run in process (cli::run with string streams),
// and the service layer's corpus policy underneath them: one fallback
// (a chosen database must open; the default one is used when it opens, else
// the built-in defaults with a note), every command reading reports the same
// way, `templates show` numbering as a draft from the same corpus would.
#include "cli/commands.hpp"
#include "zongjie/service/workspace.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <optional>
#include <set>
#include <sstream>
#include <string>
#include <sys/stat.h>
#include <unistd.h>

using namespace zongjie;
namespace fs = std::filesystem;

namespace {

fs::path examples() { return fs::path(ZONGJIE_SOURCE_DIR) / "examples"; }

struct Scratch {
  fs::path dir = fs::temp_directory_path() / ("zongjie-cli-" + std::to_string(::getpid()) + "-" +
                                              std::to_string(reinterpret_cast<std::uintptr_t>(this)));
  Scratch() { fs::create_directories(dir); }
  ~Scratch() { fs::remove_all(dir); }
  fs::path write(std::string const& name, std::string const& text) const {
    std::ofstream(dir / name, std::ios::binary) << text;
    return dir / name;
  }
};

/// Sets an environment variable for one scope.
struct Env {
  std::string name;
  std::optional<std::string> old;
  Env(std::string n, std::optional<std::string> const& value) : name(std::move(n)) {
    if (char const* v = std::getenv(name.c_str())) old = v;
    if (value) ::setenv(name.c_str(), value->c_str(), 1);
    else ::unsetenv(name.c_str());
  }
  ~Env() {
    if (old) ::setenv(name.c_str(), old->c_str(), 1);
    else ::unsetenv(name.c_str());
  }
};

struct Ran {
  int status;
  std::string out, err;
};

Ran run(cli::Argv const& argv) {
  std::ostringstream out, err;
  cli::Io io{out, err, false};
  int const status = cli::run(argv, io);
  return {status, out.str(), err.str()};
}

std::string read(fs::path const& p) {
  std::ifstream in(p, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), {}};
}

/// A corpus learned from examples/, shared by the cases (learning is the slow part).
fs::path const& learned_corpus() {
  static Scratch const scratch;
  static fs::path const db = [] {
    fs::path const p = scratch.dir / "corpus.db";
    Ran const r = run({"learn", examples().string(), "--db", p.string(), "--quiet"});
    REQUIRE(r.status == 0);
    return p;
  }();
  return db;
}

std::string const defective =
    "青山镇2025年工作总结及2026年工作计划\n"
    "2025年,青山镇坚持稳中求进，各项工作取得新进展。\n"
    "一、2025年工作总结\n"
    "（一）产业发展提质增效\n"
    "全年新引进企业5家，完成固定资产投资3.6亿元。\n"
    "（二）生态环境持续改善\n"
    "完成农村改厕860户，全镇营造了浓厚范围。\n"
    "二、存在的问题\n"
    "产业结构仍较单一。\n"
    "三、2026年工作计划\n"
    "（一）推动产业升级\n"
    "新建XX个产业园区。\n";

}  // namespace

TEST_CASE("cli: help, unknown commands and bad usage give status 2 with a message", "[cli]") {
  Ran const none = run({});
  CHECK(none.status == 2);
  CHECK_THAT(none.err, Catch::Contains("用法：zongjie 命令"));
  Ran const help = run({"--help"});
  CHECK(help.status == 0);
  CHECK_THAT(help.out, Catch::Contains("zongjie check FILE..."));
  Ran const unknown = run({"summarise"});
  CHECK(unknown.status == 2);
  CHECK_THAT(unknown.err, Catch::Contains("未知命令“summarise”"));
  Ran const usage = run({"check"});
  CHECK(usage.status == 2);
  CHECK_THAT(usage.err, Catch::Contains("需要至少一个文件") && Catch::Contains("用法：zongjie check"));
  Ran const style = run({"draft", "--style", "第一部分"});
  CHECK(style.status == 2);
  CHECK_THAT(style.err, Catch::Contains("--style 只能是"));
}

TEST_CASE("cli: learn, stats and outline on the examples", "[cli]") {
  fs::path const& db = learned_corpus();
  Ran const stats = run({"stats", "--db", db.string(), "--format", "json"});
  REQUIRE(stats.status == 0);
  auto const j = nlohmann::json::parse(stats.out);
  CHECK(j.at("documents").get<int>() == 8);
  Ran const outline =
      run({"outline", (examples() / "qingxi-2024.txt").string(), "--db", db.string(), "--format", "json"});
  REQUIRE(outline.status == 0);
  auto const o = nlohmann::json::parse(outline.out);
  CHECK(o.at("report_year").get<int>() == 2024);
  CHECK(o.at("parts").size() >= 3);
  CHECK(outline.err.empty());
  // Loose files: the same standard outline shape, nothing stored.
  Ran const loose = run({"stats", examples().string(), "--format", "json"});
  REQUIRE(loose.status == 0);
  CHECK(nlohmann::json::parse(loose.out).at("documents").get<int>() == 8);
}

TEST_CASE("cli: check reports findings by rule, --fix writes only what it names", "[cli]") {
  fs::path const& db = learned_corpus();
  Scratch s;
  fs::path const file = s.write("青山镇.txt", defective);
  ::chmod(file.c_str(), 0640);
  Ran const json = run({"check", file.string(), "--db", db.string(), "--format", "json", "--no-ignore"});
  CHECK(json.status == 1);  // an unfilled placeholder is an error
  auto const findings = nlohmann::json::parse(json.out);
  std::set<std::string> rules;
  for (auto const& f : findings) rules.insert(f.at("rule").get<std::string>());
  CHECK(rules.count("punctuation.half-width") == 1);
  CHECK(rules.count("placeholder.unfilled") == 1);
  CHECK(rules.count("wording.confusable") == 1);

  Ran const fixed = run({"check", file.string(), "--db", db.string(), "--fix", "--no-ignore"});
  CHECK(fixed.status == 1);  // the placeholder is still there
  CHECK_THAT(fixed.out, Catch::Contains("已修复") && Catch::Contains("[punctuation.half-width]"));
  std::string const now = read(file);
  CHECK(now.find("2025年，青山镇") != std::string::npos);
  CHECK(now.find("新建XX个产业园区") != std::string::npos);  // not a safe fix: untouched
  // Only the named change: the rest of the text is as it was.
  std::string expected = defective;
  expected.replace(expected.find("2025年,"), std::string("2025年,").size(), "2025年，");
  CHECK(now == expected);
  struct stat st {};
  REQUIRE(::stat(file.c_str(), &st) == 0);
  CHECK((st.st_mode & 07777) == 0640);  // the file keeps its permissions

  Ran const missing = run({"check", (s.dir / "没有这个文件.txt").string(), "--db", db.string()});
  CHECK(missing.status == 2);
  CHECK_THAT(missing.err, Catch::Contains("没有这个文件.txt"));
}

TEST_CASE("cli: one corpus policy for every command", "[cli][service]") {
  Scratch s;
  fs::path const file = s.write("青山镇.txt", defective);
  Env const no_db("ZONGJIE_DB", std::nullopt);
  Env const data("XDG_DATA_HOME", (s.dir / "data").string());

  SECTION("a chosen database that is not there is an error naming it") {
    for (std::string const cmd : {"check", "outline"}) {
      Ran const r = run({cmd, file.string(), "--db", (s.dir / "nowhere.db").string()});
      CHECK(r.status == 2);
      CHECK_THAT(r.err, Catch::Contains("数据库错误") && Catch::Contains("nowhere.db"));
    }
    Ran const r = run({"draft", "--year", "2026", "--db", (s.dir / "nowhere.db").string()});
    CHECK(r.status == 2);
    CHECK_THAT(r.err, Catch::Contains("nowhere.db"));
  }
  SECTION("$ZONGJIE_DB is a default: not there, the built-in defaults") {
    Env const env_db("ZONGJIE_DB", (s.dir / "nowhere.db").string());
    auto const where = service::locate_corpus(std::nullopt);
    CHECK_FALSE(where.chosen);
    CHECK(where.path == (s.dir / "nowhere.db").string());
    Ran const r = run({"check", file.string()});
    CHECK(r.status == 1);
    CHECK(r.err.empty());
  }
  SECTION("no default database: the built-in defaults, silently") {
    auto const ws = service::Workspace::open(service::locate_corpus(std::nullopt));
    CHECK_FALSE(ws.learned());
    CHECK(ws.notes().empty());
    CHECK(ws.database().empty());
    Ran const r = run({"check", file.string()});
    CHECK(r.status == 1);
    CHECK(r.err.empty());
  }
  SECTION("a default database that is broken: the built-in defaults, with a note, for every command") {
    fs::create_directories(s.dir / "data" / "zongjie");
    s.write("data/zongjie/corpus.db", "this is not a database, it is a note someone saved under the wrong name\n");
    auto const ws = service::Workspace::open(service::locate_corpus(std::nullopt));
    CHECK_FALSE(ws.learned());
    REQUIRE(ws.notes().size() == 1);
    CHECK_THAT(ws.notes()[0], Catch::Contains("不使用语料库"));
    Ran const check = run({"check", file.string()});
    CHECK(check.status == 1);
    CHECK_THAT(check.err, Catch::Contains("zongjie check：不使用语料库"));
    Ran const outline = run({"outline", file.string()});
    CHECK(outline.status == 0);
    CHECK_THAT(outline.err, Catch::Contains("不使用语料库"));
    Ran const draft = run({"draft", "--year", "2026", "--place", "青山镇"});
    CHECK(draft.status == 0);
    CHECK_THAT(draft.err, Catch::Contains("不使用语料库"));
    CHECK_THAT(draft.out, Catch::Contains("青山镇2026年工作总结"));
  }
  SECTION("an empty database: the built-in defaults, with a note") {
    fs::path const db = s.dir / "empty.db";
    fs::create_directories(s.dir / "no-reports-here");
    run({"learn", (s.dir / "no-reports-here").string(), "--db", db.string(), "--quiet"});
    REQUIRE(fs::exists(db));
    auto const ws = service::Workspace::open({db.string(), true});
    CHECK_FALSE(ws.learned());
    REQUIRE(ws.notes().size() == 1);
    CHECK_THAT(ws.notes()[0], Catch::Contains("还没有报告"));
  }
}

TEST_CASE("cli: a draft from last year's report, written atomically", "[cli]") {
  fs::path const& db = learned_corpus();
  Scratch s;
  fs::path const out = s.dir / "草稿.txt";
  Ran const r =
      run({"draft", "--from", (examples() / "qingxi-2024.txt").string(), "--db", db.string(), "-o", out.string()});
  REQUIRE(r.status == 0);
  CHECK_THAT(r.err, Catch::Contains("已写入") && Catch::Contains("2025年工作总结及2026年工作计划"));
  std::string const text = read(out);
  CHECK(text.find("2025") != std::string::npos);
  // The same draft the service layer gives.
  auto const ws = service::Workspace::open({db.string(), true});
  service::DraftRequest request;
  request.last_year = examples() / "qingxi-2024.txt";
  CHECK(ws.draft(request).text == text);
}

TEST_CASE("cli: templates show numbers a template as a draft from the same corpus would", "[cli][service]") {
  fs::path const& db = learned_corpus();
  auto const ws = service::Workspace::open({db.string(), true});
  auto const* t = ws.templates().find("plan.党建");
  REQUIRE(t);
  draft::Slots slots;
  slots.report_year = 2025;
  slots.plan_year = 2026;
  slots.unit = "青山镇";
  Ran const r = run({"templates", "show", "plan.党建", "--year", "2025", "--place", "青山镇", "--db", db.string()});
  REQUIRE(r.status == 0);
  CHECK(r.out == ws.render_template(*t, slots));
  // The style the draft of that corpus uses for sections.
  auto const style = draft::heading_style(ws.drafting_model(), ws.templates().words().defaults);
  std::string const first_marker = zongjie::marker_text(style.section, 1);
  CHECK_THAT(r.out, Catch::StartsWith(first_marker));
}

TEST_CASE("cli: phrases and suggestions from the corpus", "[cli]") {
  fs::path const& db = learned_corpus();
  Ran const r = run({"phrases", "党建", "--db", db.string(), "--format", "json"});
  REQUIRE(r.status == 0);
  auto const hits = nlohmann::json::parse(r.out);
  REQUIRE_FALSE(hits.empty());
  for (auto const& h : hits) CHECK(h.at("text").get<std::string>().find("党建") != std::string::npos);
  Ran const s = run({"suggest", "--part", "plan", "--db", db.string(), "--limit", "5"});
  CHECK(s.status == 0);
  CHECK_THAT(s.out, Catch::StartsWith("1. 〔"));
  Ran const nothing = run({"phrases", "党建", "--db", "/nonexistent/corpus.db"});
  CHECK(nothing.status == 2);
  CHECK_THAT(nothing.err, Catch::Contains("数据库错误"));
}

TEST_CASE("cli: ignore add, list and remove through the service layer", "[cli]") {
  fs::path const& db = learned_corpus();
  Scratch s;
  fs::path const local_db = s.dir / "corpus.db";
  fs::copy_file(db, local_db);
  fs::path const file = s.write("青山镇.txt", defective);
  Ran const add =
      run({"ignore", "add", file.string(), "--rule", "wording.confusable", "--line", "7", "--db", local_db.string()});
  REQUIRE(add.status == 0);
  CHECK_THAT(add.out, Catch::Contains("已忽略") && Catch::Contains("（编号 1）"));
  Ran const check = run({"check", file.string(), "--db", local_db.string()});
  CHECK_THAT(check.out, Catch::Contains("另有 1 处已忽略"));
  CHECK(check.out.find("wording.confusable") == std::string::npos);
  Ran const list = run({"ignore", "list", file.string(), "--db", local_db.string(), "--format", "json"});
  REQUIRE(list.status == 0);
  CHECK(nlohmann::json::parse(list.out).size() == 1);
  Ran const remove = run({"ignore", "remove", "1", "--db", local_db.string()});
  CHECK(remove.status == 0);
  Ran const again = run({"check", file.string(), "--db", local_db.string()});
  CHECK_THAT(again.out, Catch::Contains("[wording.confusable]"));
}

TEST_CASE("cli: lexicon lists, adds and removes names, and check uses them", "[cli][lexicon]") {
  fs::path const& db = learned_corpus();
  Scratch s;
  fs::path const local_db = s.dir / "corpus.db";
  fs::copy_file(db, local_db);
  Ran const list = run({"lexicon", "--db", local_db.string(), "--format", "json"});
  REQUIRE(list.status == 0);
  auto const learned = nlohmann::json::parse(list.out);
  CHECK_FALSE(learned.empty());  // the examples name their villages and units
  for (auto const& e : learned) CHECK(e.at("source") == "learned");

  Ran const bad_kind = run({"lexicon", "add", "柳溪村", "--kind", "河流", "--db", local_db.string()});
  CHECK(bad_kind.status == 2);
  CHECK_THAT(bad_kind.err, Catch::Contains("未知的种类“河流”"));
  CHECK(run({"lexicon", "add", "柳溪村", "--db", local_db.string()}).status == 2);  // no --kind
  Ran const absent = run({"lexicon", "remove", "没有这个村", "--db", local_db.string()});
  CHECK(absent.status == 2);
  CHECK_THAT(absent.err, Catch::Contains("词表中没有“没有这个村”"));

  // A staff name: listed, and the source of a suggestion for its misspelling.
  REQUIRE(run({"lexicon", "add", "马家垄村", "--kind", "地名", "--db", local_db.string()}).status == 0);
  Ran const places = run({"lexicon", "--kind", "place", "--db", local_db.string()});
  CHECK_THAT(places.out, Catch::Contains("马家垄村\t地名\t0\t0\t人工添加"));
  std::string text = defective;
  std::string const from = "完成农村改厕860户";
  text.replace(text.find(from), from.size(), "马家弄村完成改厕860户");
  fs::path const file = s.write("青山镇.txt", text);
  Ran const check = run({"check", file.string(), "--db", local_db.string(), "--format", "json"});
  CHECK_THAT(check.out, Catch::Contains("wording.name-variant") && Catch::Contains("马家垄村"));
  REQUIRE(run({"lexicon", "remove", "马家垄村", "--db", local_db.string()}).status == 0);
  Ran const after = run({"check", file.string(), "--db", local_db.string(), "--format", "json"});
  CHECK(after.out.find("wording.name-variant") == std::string::npos);
}
