// Hostile inputs through the code paths of the CLI, in process:
// load_document → build_outline → split_sentences → Checker::check →
// outline_to_json (and the findings as JSON).  Every file must give a result
// or an InputError that names it, within 1 s of CPU time, and never crash or
// hang.  The files are generated here, from a fixed seed (hostile_files.cpp).
#include "hostile/hostile_files.hpp"
#include "hostile/pipeline.hpp"

#include "support/test_support.hpp"

#include "zongjie/service/workspace.hpp"
#include "zongjie/text/encoding.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <iostream>
#include <map>

using namespace zongjie;
using namespace zongjie::test::hostile;

namespace {

/// What the file's generator said it must give.
void check_outcome(HostileFile const& f, Outcome const& o) {
  std::string const path = f.path.string();
  if (!o.accepted) {
    // A clear error: the file first, then why.
    CHECK(o.error_path == path);
    CHECK(o.message.rfind(path + "：", 0) == 0);
    CHECK(o.message.size() > path.size() + std::string_view("：").size());
    CHECK(text::find_invalid_utf8(o.message) == std::string_view::npos);
    if (!f.reason.empty()) CHECK_THAT(o.message, Catch::Contains(f.reason));
  }
  if (f.expect == Expect::accepted) CHECK(o.accepted);
  if (f.expect == Expect::rejected) CHECK_FALSE(o.accepted);
  if (o.accepted) CHECK(o.lines >= f.min_lines);
  // Never read from outside the package.
  if (f.group == "docx-external-entity") CHECK(o.text.find("root:") == std::string::npos);
}

/// Runs every file and checks what it must give; returns (accepted, rejected).
std::pair<std::size_t, std::size_t> run_all(std::vector<HostileFile> const& files) {
  std::size_t accepted = 0, rejected = 0;
  std::map<std::string, std::pair<std::size_t, std::size_t>> by_group;
  double slowest = 0;
  std::string slowest_file;
  for (auto const& f : files) {
    Outcome const o = run_pipeline(f.path);
    INFO(f.group << ": " << f.path.string());
    INFO((o.accepted ? "accepted, " + std::to_string(o.lines) + " lines" : "rejected: " + o.message));
    // A second of CPU per file; files larger than 25 MB get a second per
    // 25 MB (a 50 MB line: two).  What this guards is linearity — a
    // quadratic pass takes minutes there — not a figure: those are in
    // docs/PERFORMANCE.md.  Half of a 50 MB file's time is the kernel
    // mapping fresh pages, which moves with the machine's load.
    constexpr double bytes_per_second = 25.0 * 1024 * 1024;
    std::error_code ec;
    double const size = static_cast<double>(std::filesystem::file_size(f.path, ec));
    double const limit = std::max(1.0, ec ? 1.0 : size / bytes_per_second);
    CHECK(o.cpu_seconds < limit * test::time_scale);
    if (o.cpu_seconds > slowest) {
      slowest = o.cpu_seconds;
      slowest_file = f.path.filename().string();
    }
    check_outcome(f, o);
    (o.accepted ? accepted : rejected)++;
    (o.accepted ? by_group[f.group].first : by_group[f.group].second)++;
  }
  for (auto const& [g, n] : by_group) std::cout << g << ": " << n.first << " read, " << n.second << " refused\n";
  std::cout << files.size() << " files, slowest " << slowest_file << ": " << slowest << " s CPU\n";
  return {accepted, rejected};
}

}  // namespace

TEST_CASE("hostile text files give a result or a clear error within a second", "[hostile]") {
  auto const dir = fresh_dir("text");
  auto const files = text_files(dir);
  REQUIRE(files.size() >= 1000);
  auto const [accepted, rejected] = run_all(files);
  // Both paths are exercised: most files read, a good share refused.
  CHECK(accepted > 400);
  CHECK(rejected > 100);
  remove_unless_kept(dir);
}

TEST_CASE("a 50 MB line, 100,000 headings and 5 MB of brackets are read in linear time", "[hostile][big]") {
  auto const dir = fresh_dir("big");
  auto const files = big_files(dir);
  auto const [accepted, rejected] = run_all(files);
  CHECK(accepted == files.size());
  CHECK(rejected == 0);
  remove_unless_kept(dir);
}

TEST_CASE("broken, bombed, deep and huge Word documents give a result or a clear error", "[hostile][docx]") {
  auto const dir = fresh_dir("docx");
  auto const files = docx_files(dir);
  REQUIRE(files.size() >= 150);
  auto const [accepted, rejected] = run_all(files);
  CHECK(accepted > 10);
  CHECK(rejected > 80);
  remove_unless_kept(dir);
}

TEST_CASE("the generated files are the same on every run", "[hostile]") {
  // A fixed seed: a failure found once can be found again.
  auto const a = fresh_dir("same-a");
  auto const b = fresh_dir("same-b");
  auto const fa = text_files(a);
  auto const fb = text_files(b);
  REQUIRE(fa.size() == fb.size());
  std::size_t compared = 0;
  for (std::size_t i = 0; i < fa.size(); ++i) {
    if (!std::filesystem::is_regular_file(std::filesystem::symlink_status(fa[i].path))) continue;
    CHECK(test::read_file(fa[i].path) == test::read_file(fb[i].path));
    ++compared;
  }
  CHECK(compared >= 1000);
  remove_unless_kept(a);
  remove_unless_kept(b);
}

TEST_CASE("hostile Word documents through check --annotate --fix: a clear error or a valid annotated copy",
          "[hostile][docx][annotate]") {
  auto const dir = fresh_dir("docx-annotate");
  auto const files = docx_files(dir);
  REQUIRE(files.size() >= 150);
  auto ws = service::Workspace::builtin();
  std::size_t written = 0, refused = 0;
  double slowest = 0;
  std::string slowest_file;
  for (auto const& f : files) {
    INFO(f.group << ": " << f.path.string());
    auto const out = dir / "annotated.docx";
    std::filesystem::remove(out);
    service::AnnotateRequest req;
    req.fix = true;
    double const start = test::cpu_seconds();
    try {
      auto const r = ws.annotate_file(f.path, out, req);
      // The copy reads back as the input did (changes accepted: the fixes).
      text::Document const back = service::load_document(out);
      if (r.changed.empty()) CHECK(back.text == r.check.document.text);
      ++written;
    } catch (text::InputError const& e) {
      std::string const message = e.what();
      CHECK(message.rfind(f.path.string() + "：", 0) == 0);
      CHECK_FALSE(std::filesystem::exists(out));
      ++refused;
    }
    double const cpu = test::cpu_seconds() - start;
    if (cpu > slowest) {
      slowest = cpu;
      slowest_file = f.path.filename().string();
    }
  }
  std::cout << files.size() << " files annotated: " << written << " written, " << refused << " refused; slowest "
            << slowest_file << ": " << slowest << " s CPU\n";
  CHECK(written > 10);
  CHECK(refused > 80);
  remove_unless_kept(dir);
}
