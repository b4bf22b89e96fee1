#include "zongjie/service/workspace.hpp"

#include "zongjie/check/fix.hpp"
#include "zongjie/pgstore/open.hpp"
#include "zongjie/pgstore/pg_ignores.hpp"
#include "zongjie/pgstore/pg_store.hpp"
#include "zongjie/store/corpus_store.hpp"
#include "zongjie/util/utf8.hpp"
#include "zongjie/text/file.hpp"
#include "zongjie/word/annotate.hpp"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <fstream>
#include <functional>
#include <iterator>
#include <mutex>
#include <set>

namespace zongjie::service {

namespace fs = std::filesystem;

namespace {

/// Removes the findings whose zongjie comment the user deleted or answered
/// with 忽略 in the .docx `doc` came from; returns how many.
std::size_t drop_dismissed(text::Document const& doc, std::vector<check::Finding>& findings) {
  if (doc.dismissed_reviews.empty()) return 0;
  std::set<std::string> const dismissed(doc.dismissed_reviews.begin(), doc.dismissed_reviews.end());
  auto const gone = std::remove_if(findings.begin(), findings.end(),
                                   [&](check::Finding const& f) { return dismissed.contains(review_tag(f)); });
  auto const n = static_cast<std::size_t>(findings.end() - gone);
  findings.erase(gone, findings.end());
  return n;
}

std::string now_utc() {
  std::time_t const t = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

}  // namespace

std::string review_tag(check::Finding const& finding) {
  std::uint64_t h = 14695981039346656037ULL;  // FNV-1a
  auto const mix = [&](std::string_view s) {
    for (unsigned char c : s) h = (h ^ c) * 1099511628211ULL;
  };
  mix(finding.rule);
  mix("\x1f");
  mix(finding.subject);
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(h));
  return std::string(buf, 12);
}

std::vector<std::string> review_comment(check::Finding const& finding) {
  std::vector<std::string> out;
  out.push_back("【" + std::string(check::severity_label(finding.severity)) + "】" + finding.message);
  if (finding.suggestion && !finding.suggestion->empty()) out.push_back("建议：" + *finding.suggestion);
  if (finding.fix && !finding.fix->description.empty()) out.push_back("修改：" + finding.fix->description);
  out.push_back("规则：" + finding.rule);
  return out;
}

CorpusLocation locate_corpus(std::optional<std::string> const& given) {
  if (given) return {*given, true};
  return {store::default_database_path(), false};  // $ZONGJIE_DB, else the XDG path
}

struct Workspace::State {
  CorpusLocation location;
  std::shared_ptr<draft::TemplateSet const> templates = draft::TemplateSet::standard();

  // The corpus, read on first use: a command that only searches phrases
  // never pays for the model.  (A mutex, not std::call_once: the load may
  // throw, and an exception through pthread_once aborts in the statically
  // linked command-line tool.)
  std::mutex mutex;
  bool loaded = false;
  bool checker_built = false;
  std::string database;
  CorpusStatus status = CorpusStatus::absent;
  std::vector<std::string> notes;
  std::shared_ptr<StandardOutline const> learned;  ///< null: the built-in defaults
  std::shared_ptr<StandardOutline const> model;
  std::shared_ptr<StandardOutline const> drafting_model;
  std::shared_ptr<ThemeLexicon const> themes;
  std::shared_ptr<PartHeadingLexicon const> part_headings;
  std::shared_ptr<OfficeLexicon const> lexicon;  ///< null without a corpus

  std::shared_ptr<check::Checker> checker;

  std::unique_ptr<store::PhraseSearch> phrases;

  void load_corpus();
  void use_builtin();
  State& corpus() {
    std::lock_guard lock(mutex);
    if (!loaded) {
      load_corpus();  // on a throw, the next use tries again
      loaded = true;
    }
    return *this;
  }
  check::Checker& built_checker() {
    corpus();
    std::lock_guard lock(mutex);
    if (!checker_built) {
      check::CheckerOptions options;
      if (learned) options.model = *learned;
      options.themes = themes;
      options.lexicon = lexicon;
      checker = std::make_shared<check::Checker>(std::move(options));
      checker_built = true;
    }
    return *checker;
  }
};

void Workspace::State::use_builtin() {
  learned.reset();
  // One built-in standard outline for checking and drafting.
  model = std::make_shared<StandardOutline const>(builtin_standard_outline());
  drafting_model = model;
  themes = ThemeLexicon::standard();
  part_headings = std::make_shared<PartHeadingLexicon const>();
  lexicon.reset();
}

void Workspace::State::load_corpus() {
  std::error_code ec;
  if (!location.chosen && !store::is_server_location(location.path) && !fs::exists(location.path, ec)) {
    use_builtin();
    status = CorpusStatus::absent;
    return;
  }
  try {
    auto const opened = pgstore::open_store(location.path, store::Store::Mode::read_only);
    store::Store& store = *opened;
    std::optional<StandardOutline> stored = store.load_model();
    if (!stored) {
      StandardOutlineBuilder builder;
      store.for_each_summary([&](DocSummary const& d) { builder.add(d); });
      stored = builder.finish();
    }
    database = location.path;
    if (stored->documents == 0) {
      notes.push_back(location.path + "：语料库中还没有报告，使用内置的标准结构");
      use_builtin();
      status = CorpusStatus::empty;
      return;
    }
    learned = std::make_shared<StandardOutline const>(std::move(*stored));
    model = learned;
    drafting_model = learned;
    themes = corpus_themes(&store);
    part_headings = corpus_part_headings(&store);
    lexicon = corpus_lexicon(&store);
    status = CorpusStatus::learned;
  } catch (store::StoreError const& e) {
    if (location.chosen) throw;
    // A default database that is there but unusable does not stop the work.
    notes.push_back(std::string("不使用语料库（") + e.what() + "），使用内置的标准结构");
    database.clear();
    use_builtin();
    status = CorpusStatus::unreadable;
  }
}

Workspace::Workspace(std::unique_ptr<State> state) : s_(std::move(state)) {}
Workspace::Workspace(Workspace&&) noexcept = default;
Workspace& Workspace::operator=(Workspace&&) noexcept = default;
Workspace::~Workspace() = default;

Workspace Workspace::open(CorpusLocation const& location) {
  auto s = std::make_unique<State>();
  s->location = location;
  return Workspace(std::move(s));
}

Workspace Workspace::builtin() {
  auto s = std::make_unique<State>();
  s->use_builtin();
  s->loaded = true;
  return Workspace(std::move(s));
}

std::string const& Workspace::database() const { return s_->corpus().database; }
CorpusLocation const& Workspace::location() const noexcept { return s_->location; }
bool Workspace::learned() const { return s_->corpus().learned != nullptr; }
CorpusStatus Workspace::status() const { return s_->corpus().status; }
std::vector<std::string> const& Workspace::notes() const { return s_->corpus().notes; }
std::shared_ptr<OfficeLexicon const> Workspace::lexicon() const { return s_->corpus().lexicon; }
StandardOutline const& Workspace::model() const { return *s_->corpus().model; }
std::shared_ptr<StandardOutline const> Workspace::model_ptr() const { return s_->corpus().model; }
std::shared_ptr<ThemeLexicon const> const& Workspace::themes() const { return s_->corpus().themes; }
std::shared_ptr<PartHeadingLexicon const> const& Workspace::part_headings() const { return s_->corpus().part_headings; }
OutlineOptions Workspace::outline_options() const {
  State const& c = s_->corpus();
  return {c.themes.get(), c.part_headings.get()};
}

Outline Workspace::outline(text::Document const& doc) const { return build_outline(doc, outline_options()); }

text::Document load_document(fs::path const& file) { return text::load_document(file); }

void save_text(fs::path const& file, std::string const& utf8) { text::write_file_atomically(file, utf8); }

text::Document Workspace::load(fs::path const& file) const { return load_document(file); }

check::Checker& Workspace::checker() { return s_->built_checker(); }
check::Checker const& Workspace::checker() const { return s_->built_checker(); }
std::shared_ptr<check::Checker const> Workspace::checker_ptr() const {
  s_->built_checker();
  return s_->checker;
}

check::PreviousPlan Workspace::previous_plan(fs::path const& file) const {
  text::Document const doc = load(file);
  return checker().prepare_previous(doc, outline(doc));
}

std::vector<check::Finding> Workspace::check(text::Document const& doc, Outline const& outline,
                                             check::PreviousPlan const* previous) const {
  return checker().check(doc, outline, previous);
}

CheckOutcome Workspace::check_file(fs::path const& file, CheckRequest const& request) const {
  CheckOutcome out{load(file), {}, {}, 0, {}, false};
  out.outline = outline(out.document);
  out.findings = check(out.document, out.outline, request.previous);
  // Known by the path and the title it had when checked: a fix never
  // moves the ignores to another report.
  check::DocumentKey const key = document_key(file, out.outline);
  if (request.ignores) out.suppressed = request.ignores->filter(key, out.findings);
  out.suppressed += drop_dismissed(out.document, out.findings);
  if (!request.fix) return out;

  check::FixResult const fixed = check::apply_fixes(out.document, out.findings);
  if (fixed.applied.empty()) return out;
  if (out.document.encoding == text::Encoding::docx) {
    out.fix_refused = true;
    return out;
  }
  text::write_file_atomically(file, check::encode_fixed(out.document, fixed));
  for (std::size_t i : fixed.applied) out.fixed.push_back(out.findings[i]);
  // What is left, as the file now reads.
  out.document = load(file);
  out.outline = outline(out.document);
  out.findings = check(out.document, out.outline, request.previous);
  out.suppressed = request.ignores ? request.ignores->filter(key, out.findings) : 0;
  out.suppressed += drop_dismissed(out.document, out.findings);
  return out;
}

AnnotateOutcome Workspace::annotate_file(fs::path const& file, fs::path const& out,
                                         AnnotateRequest const& request) const {
  CheckRequest check_request;
  check_request.previous = request.previous;
  check_request.ignores = request.ignores;
  AnnotateOutcome result;
  result.check = check_file(file, check_request);
  text::Document const& doc = result.check.document;
  if (doc.encoding != text::Encoding::docx)
    throw text::InputError(file.string(), "只有 Word 文档（.docx）可以写入批注（--annotate）");
  std::ifstream in(file, std::ios::binary);
  std::string const bytes{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
  if (!in && !in.eof()) throw text::InputError(file.string(), "无法读取");

  auto const& findings = result.check.findings;
  word::AnnotateRequest req;
  req.date = request.date.empty() ? now_utc() : request.date;
  for (auto const& f : findings) req.remarks.push_back({f.begin, f.end, review_comment(f), review_tag(f)});
  std::vector<std::size_t> group_finding;
  if (request.fix) {
    check::FixResult const fixed = check::apply_fixes(doc, findings);
    std::set<std::pair<std::size_t, std::size_t>> seen;  // edits two rules share are written once
    for (std::size_t i : fixed.applied) {
      std::vector<word::TextEdit> group;
      for (auto const& e : findings[i].fix->edits)
        if (seen.emplace(e.begin, e.end).second) group.push_back({e.begin, e.end, e.replacement});
      if (group.empty()) continue;
      req.changes.push_back(std::move(group));
      group_finding.push_back(i);
    }
  }
  word::AnnotateResult written;
  try {
    written = word::annotate_docx(bytes, req);
  } catch (docx::DocxError const& e) {
    throw text::InputError(file.string(), e.what());
  }
  for (std::size_t g = 0; g < group_finding.size(); ++g)
    (written.change_written[g] ? result.changed : result.comment_only).push_back(findings[group_finding[g]]);
  result.comments = written.comments;
  result.kept = written.kept;
  result.notes = std::move(written.notes);
  text::write_file_atomically(out, written.package);
  return result;
}

fs::path Workspace::suppression_file() const {
  if (!store::is_server_location(s_->location.path))
    return check::SuppressionStore::path_for_database(s_->location.path);
  // A server's ignores are in its `ignores` table (suppressions()); this
  // file in the data folder, one per server location, is used only while a
  // default server cannot be reached.
  char name[32];
  std::snprintf(name, sizeof name, "server-%016zx", std::hash<std::string>{}(pgstore::redact(s_->location.path)));
  fs::path folder = ".";
  if (char const* xdg = std::getenv("XDG_DATA_HOME"); xdg && *xdg) folder = xdg;
  else if (char const* home = std::getenv("HOME"); home && *home) folder = fs::path(home) / ".local" / "share";
  folder /= "zongjie";
  return check::SuppressionStore::path_for_database(folder / name);
}

check::SuppressionStore Workspace::suppressions() const {
  if (store::is_server_location(s_->location.path) && status() != CorpusStatus::unreadable)
    return check::SuppressionStore(std::make_shared<pgstore::PgSuppressions>(s_->location.path));
  return check::SuppressionStore(suppression_file());
}

check::DocumentKey Workspace::document_key(fs::path const& file, Outline const& outline) {
  return check::document_key(file, outline);
}

draft::TemplateSet const& Workspace::templates() const noexcept { return *s_->templates; }

StandardOutline const& Workspace::drafting_model() const { return *s_->corpus().drafting_model; }

draft::Draft Workspace::draft(DraftRequest const& request) const {
  std::optional<text::Document> doc;
  std::optional<Outline> read;
  std::optional<draft::LastYear> last;
  if (request.last_year) {
    doc = load(*request.last_year);
    read = outline(*doc);
    last.emplace(draft::LastYear{*doc, *read});
  }
  return draft::make_draft(drafting_model(), templates(), last ? &*last : nullptr, request.options,
                           draft::default_report_year());
}

std::string Workspace::render_template(draft::SectionTemplate const& t, draft::Slots const& slots,
                                       std::optional<grammar::MarkerFamily> section_style, int ordinal) const {
  auto const style = draft::heading_style(drafting_model(), templates().words().defaults, section_style);
  return draft::render(t, slots, style, ordinal);
}

store::PhraseSearch& Workspace::phrases() {
  if (!s_->phrases) s_->phrases = pgstore::open_phrase_search(s_->location.path);
  return *s_->phrases;
}

std::vector<std::string> export_docx(text::Document const& doc, fs::path const& out,
                                     word::ExportOptions const& options) {
  return word::export_docx(doc, out, options);
}

LearnSummary learn(std::string const& database, LearnOptions const& options) {
  return learn(database, options, ServerLearnOptions{});
}

LearnSummary learn(std::string const& database, LearnOptions const& options, ServerLearnOptions const& server) {
  auto const store = pgstore::open_store(database, store::Store::Mode::read_write);
  if (auto* pg = dynamic_cast<pgstore::PgStore*>(store.get()))
    pg->set_document_status(server.draft ? pgstore::DocumentStatus::draft : pgstore::DocumentStatus::final);
  LearnSummary out;
  out.result = zongjie::learn(*store, options);
  out.documents = store->document_count();
  return out;
}

namespace {
StandardOutline model_of(store::Store& store) {
  if (auto stored = store.load_model()) return std::move(*stored);
  StandardOutlineBuilder builder;
  store.for_each_summary([&](DocSummary const& d) { builder.add(d); });
  return builder.finish();
}
}  // namespace

StandardOutline stored_model(std::string const& database) {
  auto const store = pgstore::open_store(database, store::Store::Mode::read_only);
  return model_of(*store);
}

StandardOutline stored_model_of_unit(std::string const& database, std::string const& unit) {
  if (!store::is_server_location(database))
    throw store::StoreError(database, "只有服务器上的语料库（postgresql://…）分单位保存报告，--unit 用不了");
  pgstore::PgStore store(database, store::Store::Mode::read_only);
  store.restrict_to_unit(unit);
  return model_of(store);
}

std::optional<StandardOutline> model_of_files(std::vector<fs::path> const& inputs, unsigned threads,
                                              std::function<void(std::string const&, std::string const&)> const& warn) {
  auto const files = collect_report_files(inputs, [&](auto const& p, auto const& r) { warn(p, r); });
  auto const themes = ThemeLexicon::standard();
  // Each file's summary is a few hundred bytes: the parsing threads keep
  // them in file order, and they are added once all are in.
  std::vector<std::optional<DocSummary>> summaries(files.size());
  std::vector<std::string> errors(files.size());
  parse_each(files, *themes, threads, [&](std::size_t i, ParseOutcome& o) {
    if (o.report) summaries[i] = summarize(o.report->outline);
    else errors[i] = std::move(o.error);
  });
  StandardOutlineBuilder builder;
  std::size_t good = 0;
  for (std::size_t i = 0; i < files.size(); ++i) {
    if (summaries[i]) {
      builder.add(*summaries[i]);
      ++good;
    } else {
      warn(files[i].string(), errors[i]);
    }
  }
  if (good == 0) return std::nullopt;
  return builder.finish();
}

}  // namespace zongjie::service

namespace zongjie::service {

std::vector<LexiconEntry> lexicon_entries(std::string const& database, std::optional<NameKind> kind) {
  auto const store = pgstore::open_store(database, store::Store::Mode::read_only);
  auto const lexicon = corpus_lexicon(store.get());
  std::vector<LexiconEntry> out;
  for (auto const& e : lexicon->entries())
    if (!kind || e.kind == *kind) out.push_back(e);
  return out;
}

namespace {
void check_name_word(std::string const& word) {
  if (word.empty()) throw LexiconError("名称是空的");
  std::size_t chars = 0;
  for (auto const c : utf8::chars(word)) {
    if (c.cp.value <= 0x20 || c.cp.value == 0x3000 || c.cp.value == utf8::replacement)
      throw LexiconError("名称“" + word + "”中有空白或无效字符");
    ++chars;
  }
  if (chars > 30) throw LexiconError("名称“" + word + "”太长（" + std::to_string(chars) + " 个字，最多 30 个）");
}
}  // namespace

void lexicon_add(std::string const& database, std::string const& word, NameKind kind) {
  check_name_word(word);
  auto const store = pgstore::open_store(database, store::Store::Mode::read_write);
  store::StoreTransaction tx(*store);
  store->set_staff_name({word, kind, false});
  tx.commit();
}

void lexicon_remove(std::string const& database, std::string const& word) {
  check_name_word(word);
  auto const store = pgstore::open_store(database, store::Store::Mode::read_write);
  auto const lexicon = corpus_lexicon(store.get());
  LexiconEntry const* e = lexicon->find(word);
  if (!e) throw LexiconError("词表中没有“" + word + "”");
  store::StoreTransaction tx(*store);
  store->set_staff_name({word, e->kind, true});
  tx.commit();
}

}  // namespace zongjie::service
