// zongjie draft [--from LAST_YEAR_FILE] [--year Y] [--place NAME] [--db FILE] [--style S] [-o OUT]
#include "cli/args.hpp"
#include "cli/commands.hpp"

#include "zongjie/learn/learner.hpp"
#include "zongjie/draft/draft.hpp"
#include "zongjie/outline/builder.hpp"
#include "zongjie/store/corpus_store.hpp"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <memory>
#include <sys/stat.h>
#include <unistd.h>

namespace zongjie::cli {

namespace {

/// Writes `text` to `path` through a temporary file in the same folder and
/// a rename, so that an existing file is never left half-written.
void write_atomically(std::filesystem::path const& path, std::string const& text) {
  namespace fs = std::filesystem;
  fs::path const dir = path.has_parent_path() ? path.parent_path() : fs::path(".");
  std::string tmpl = (dir / ("." + path.filename().string() + ".XXXXXX")).string();
  int const fd = mkstemp(tmpl.data());
  if (fd < 0) throw text::InputError(path.string(), std::string("无法创建临时文件：") + std::strerror(errno));
  auto fail = [&](std::string const& what) {
    int const err = errno;
    ::close(fd);
    ::unlink(tmpl.c_str());
    throw text::InputError(path.string(), what + std::strerror(err));
  };
  std::size_t done = 0;
  while (done < text.size()) {
    ssize_t const n = ::write(fd, text.data() + done, text.size() - done);
    if (n < 0) {
      if (errno == EINTR) continue;
      fail("写入失败：");
    }
    done += static_cast<std::size_t>(n);
  }
  if (::fsync(fd) != 0) fail("写入失败：");
  // mkstemp makes the file 0600: keep the mode of the file replaced, else 0644.
  struct stat old {};
  ::fchmod(fd, ::stat(path.c_str(), &old) == 0 ? (old.st_mode & 07777) : 0644);
  if (::close(fd) != 0) {
    ::unlink(tmpl.c_str());
    throw text::InputError(path.string(), std::string("写入失败：") + std::strerror(errno));
  }
  if (std::rename(tmpl.c_str(), path.c_str()) != 0) {
    int const err = errno;
    ::unlink(tmpl.c_str());
    throw text::InputError(path.string(), std::string("无法写入：") + std::strerror(err));
  }
}

}  // namespace

int cmd_draft(Argv const& argv) {
  Args const args(argv, {"--from", "--year", "--place", "--db", "--style", "-o", "--output"}, {});
  if (!args.positional().empty())
    throw UsageError("多余的参数：" + args.positional().front() + "（上年报告请用 --from 给出）");
  auto const templates = draft::TemplateSet::standard();

  draft::DraftOptions options;
  if (auto y = args.integer("--year", 1949, 2999)) options.year = static_cast<int>(*y);
  options.place = args.value("--place").value_or("");
  if (auto s = args.value("--style")) {
    options.section_style = draft::family_from_style(*s);
    if (!options.section_style || *options.section_style == grammar::MarkerFamily::part ||
        *options.section_style == grammar::MarkerFamily::di || *options.section_style == grammar::MarkerFamily::circled)
      throw UsageError("--style 只能是 一、 （一） 一是 1. （1） 之一，而不是“" + *s + "”");
  }
  auto const out = args.value("-o") ? args.value("-o") : args.value("--output");

  // The standard outline: from the corpus when there is one.
  std::unique_ptr<store::CorpusStore> store;
  std::optional<StandardOutline> model;
  std::string const db = database_path(args);
  if (args.value("--db")) {
    store = std::make_unique<store::CorpusStore>(db, store::CorpusStore::Mode::read_only);
  } else if (std::error_code ec; std::filesystem::exists(db, ec)) {
    try {
      store = std::make_unique<store::CorpusStore>(db, store::CorpusStore::Mode::read_only);
    } catch (store::StoreError const& e) {
      std::cerr << "zongjie draft：不使用语料库（" << e.what() << "），按内置的标准结构起草\n";
    }
  }
  if (store) {
    model = store->load_model();
    if (!model || model->documents == 0) {
      std::cerr << "zongjie draft：" << db << "：语料库中还没有标准提纲，按内置的标准结构起草\n";
      model.reset();
    }
  }
  if (!model) model = draft::builtin_model(*templates);

  std::optional<text::Document> doc;
  std::optional<Outline> outline;
  std::optional<draft::LastYear> last;
  if (auto from = args.value("--from")) {
    doc = text::load_document(*from);
    auto const themes = corpus_themes(store.get());
    outline = build_outline(*doc, {themes.get()});
    last.emplace(draft::LastYear{*doc, *outline});
  }
  draft::Draft const d =
      draft::make_draft(*model, *templates, last ? &*last : nullptr, options, draft::default_report_year());
  for (auto const& note : d.notes) std::cerr << "zongjie draft：" << note << '\n';
  if (out) {
    write_atomically(*out, d.text);
    std::cerr << "已写入 " << *out << "（" << d.report_year << "年工作总结及" << d.plan_year << "年工作计划的草稿）\n";
  } else {
    std::cout << d.text;
  }
  return 0;
}

}  // namespace zongjie::cli
