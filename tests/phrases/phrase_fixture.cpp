#include "phrase_fixture.hpp"

#include "zongjie/learn/learner.hpp"
#include "zongjie/pgstore/open.hpp"
#include "zongjie/pgstore/pg.hpp"
#include "zongjie/text/document.hpp"

#include <atomic>
#include <cstdlib>
#include <fstream>
#include <stdexcept>
#include <unistd.h>

namespace zongjie::test {

namespace fs = std::filesystem;

ScratchDir::ScratchDir(std::string const& tag) {
  static std::atomic<int> counter{0};
  path_ = fs::temp_directory_path() /
          ("zongjie-" + tag + "-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
  fs::remove_all(path_);
  fs::create_directories(path_);
}

ScratchDir::~ScratchDir() {
  std::error_code ec;
  fs::remove_all(path_, ec);
}

fs::path ScratchDir::write(std::string const& name, std::string const& text) const {
  fs::path p = path_ / name;  // not const: returned by move
  fs::create_directories(p.parent_path());
  std::ofstream out(p, std::ios::binary);
  out << text;
  if (!out) throw std::runtime_error("cannot write " + p.string());
  return p;
}

std::string fixture_report(int year, std::vector<std::string> const& extra) {
  std::string const y = std::to_string(year), next = std::to_string(year + 1);
  std::string const n = std::to_string(year - 1990);  // a figure that changes every year
  std::string extras;
  for (auto const& e : extra) extras += e;
  return "东湖镇" + y + "年工作总结及" + next + "年工作计划\n" + y +
         "年，东湖镇坚持稳中求进，各项工作取得新成效。\n"
         "一、" +
         y +
         "年工作总结\n"
         "（一）坚持党建引领，基层组织更加坚强\n"
         "党建工作扎实推进。全年开展主题党日活动" +
         n +
         "场，党员参学率稳步提高。"
         "基层堡垒更加坚固。新建党群服务中心" +
         n +
         "个，推进支部标准化建设。\n"
         "（二）改善人居环境，推进垃圾分类\n"
         "环境整治成效明显。清理积存垃圾" +
         n + "吨，" + y + "年全镇生活垃圾分类覆盖率达到" + n +
         "%。"
         "垃圾分类深入人心。组织垃圾分类宣传进村入户，群众参与度明显提高。" +
         extras +
         "\n"
         "（三）聚焦民生实事，群众生活持续改善\n"
         "兜底保障有力。发放救助资金" +
         n + "万元，惠及困难群众" + n +
         "人次。\n"
         "二、存在的问题\n"
         "（一）产业发展后劲不足。项目储备不多，招商引资成效不够明显。\n"
         "三、" +
         next +
         "年工作计划\n"
         "（一）固成果、促振兴，推动经济发展\n"
         "招商引资再加力。围绕主导产业开展招商，力争签约项目" +
         n +
         "个，固成果、促振兴，壮大集体经济。"
         "项目建设再提速。加快推进重点项目建设。\n"
         "（二）守底线、保平安，提升治理水平\n"
         "矛盾化解再提速。践行“两山”理念，推进“枫桥经验”落地，把矛盾纠纷化解在基层。"
         "平安建设再深化。完善网格化管理。\n";
}

namespace {

std::string read_file(fs::path const& p) {
  std::ifstream in(p);
  return {std::istreambuf_iterator<char>(in), {}};
}

}  // namespace

bool on_server() {
  char const* pg = std::getenv("ZONGJIE_TEST_PG_DIR");
  return pg && *pg;
}

std::string fresh_location(fs::path const& dir) {
  if (!on_server()) return (dir / "corpus.db").string();
  fs::path const cluster(std::getenv("ZONGJIE_TEST_PG_DIR"));
  if (fs::exists(cluster / "absent") || !fs::exists(cluster / "superuser")) {
    std::fputs("SKIPPED: no PostgreSQL cluster\n", stdout);
    std::exit(77);  // shown as skipped by CTest
  }
  std::string super = read_file(cluster / "superuser");
  while (!super.empty() && super.back() == '\n') super.pop_back();
  static std::atomic<int> n{0};
  std::string const name = "test_" + std::to_string(::getpid()) + "_" + std::to_string(++n);
  std::string const host = "host=" + (cluster / "sock").string() + " user=" + super;
  {
    pgstore::Connection admin(host + " dbname=postgres", pgstore::Connection::Access::read_write);
    admin.exec("CREATE DATABASE " + name);
  }
  pgstore::Connection db(host + " dbname=" + name, pgstore::Connection::Access::read_write);
  db.exec("CREATE EXTENSION pg_trgm");
  return host + " dbname=" + name;
}

std::unique_ptr<store::PhraseSearch> open_search(std::string const& location) {
  return pgstore::open_phrase_search(location);
}

void learn_into(std::string const& location, std::vector<fs::path> const& inputs) {
  auto store = pgstore::open_store(location, store::Store::Mode::read_write);
  LearnOptions options;
  options.inputs = inputs;
  options.threads = 1;
  std::string warnings;
  options.on_warning = [&](std::string const& p, std::string const& r) { warnings += p + ": " + r + "\n"; };
  LearnResult const r = learn(*store, options);
  if (r.failed) throw std::runtime_error("learning the fixtures failed:\n" + warnings);
}

LearnedFixture::LearnedFixture() {
  files[2020] = dir.write("r/r2020.txt", fixture_report(2020, {"甲组推进垃圾分类示范。", "丙组推进厕所革命示范。"}));
  files[2022] = dir.write("r/r2022.txt", fixture_report(2022, {"甲组推进垃圾分类示范。"}));
  files[2024] =
      dir.write("r/r2024.txt", fixture_report(2024, {"甲组推进垃圾分类示范。", "乙组推进垃圾分类示范。",
                                                     "丁组推进厕所革命示范。", "NEAR(试点) \"OR\" 工作*机制要完善。"}));
  location = fresh_location(dir);
  learn_into(location, {dir.path() / "r"});
}

std::optional<fs::path> corpus_dir() {
  std::string dir;
  if (char const* env = std::getenv("ZONGJIE_CORPUS_DIR"); env && *env) dir = env;
#ifdef ZONGJIE_CORPUS_DIR
  else dir = ZONGJIE_CORPUS_DIR;
#endif
  std::error_code ec;
  if (dir.empty() || !fs::is_directory(dir, ec)) return std::nullopt;
  bool any = false;
  for (auto const& e : fs::directory_iterator(dir, ec))
    if (e.path().extension() == ".txt") any = true;
  if (!any) return std::nullopt;
  return fs::path(dir);
}

std::string line_of_file(fs::path const& file, std::size_t line) {
  auto const doc = text::load_document(file);
  return std::string(doc.line(line));
}

}  // namespace zongjie::test
