#include "document_controller.hpp"

#include "corpus_controller.hpp"
#include "file_io.hpp"
#include "finding_highlighter.hpp"

#include "zongjie/check/suppression.hpp"
#include "zongjie/docx/writer.hpp"
#include "zongjie/draft/draft.hpp"
#include "zongjie/outline/builder.hpp"
#include "zongjie/outline/themes.hpp"
#include "zongjie/text/document.hpp"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTextBlock>
#include <QTextBlockFormat>
#include <QTextCursor>
#include <QTextDocument>
#include <QUrl>
#include <QtConcurrent/QtConcurrentRun>

namespace zongjie::app {

namespace {
QString local_path(QString const& pathOrUrl) {
  if (pathOrUrl.startsWith(QLatin1String("file:"))) return QUrl(pathOrUrl).toLocalFile();
  return pathOrUrl;
}

// QTextDocument keeps blocks apart with U+2029; the core and the files use
// '\n'.  Same length, so positions stay the same.
QString to_plain(QString text) {
  for (QChar& c : text)
    if (c == QChar::ParagraphSeparator || c == QChar::LineSeparator || c == u'\r') c = u'\n';
  return text;
}
}  // namespace

DocumentController::DocumentController(QObject* parent) : QObject(parent) {
  pool_.setMaxThreadCount(1);  // one analysis at a time; newer text waits, stale results are dropped
  debounce_.setSingleShot(true);
  debounce_.setInterval(300);
  connect(&debounce_, &QTimer::timeout, this, &DocumentController::startAnalysis);
  connect(&watcher_, &QFutureWatcher<AnalysisResult>::finished, this, &DocumentController::onAnalysisFinished);
  // ≤ 2 s of typing may be lost in a crash: write every second while changed.
  autosave_.setInterval(1000);
  connect(&autosave_, &QTimer::timeout, this, &DocumentController::autosaveTick);
  autosave_.start();
}

DocumentController::~DocumentController() {
  // The highlighter clears its formats on the way out, which the document
  // reports as a change: stop listening before members go.
  if (doc_) disconnect(doc_, nullptr, this, nullptr);
  highlighter_.reset();
  watcher_.waitForFinished();
  pool_.waitForDone();
  if (recovery_) recovery_->flush();
}

RecoveryStore& DocumentController::recovery() {
  if (!recovery_) recovery_ = std::make_unique<RecoveryStore>();
  return *recovery_;
}

void DocumentController::setTextDocument(QQuickTextDocument* quick) {
  if (quick == quick_doc_) return;
  if (doc_) disconnect(doc_, nullptr, this, nullptr);
  highlighter_.reset();
  quick_doc_ = quick;
  doc_ = quick ? quick->textDocument() : nullptr;
  if (doc_) {
    // Connected before the highlighter's own connection: the models move
    // their ranges first, then the highlighter re-formats the block.
    connect(doc_, &QTextDocument::contentsChange, this, &DocumentController::onContentsChange);
    connect(doc_, &QTextDocument::modificationChanged, this, [this] {
      emit modifiedChanged();
      emit windowTitleChanged();
    });
    highlighter_ = std::make_unique<FindingHighlighter>(doc_, nullptr);
    doc_revision_ = doc_->revision();
    if (doc_->isEmpty()) doc_->setModified(false);  // nothing typed yet is nothing to save
    if (has_pending_text_) {
      has_pending_text_ = false;
      setText(std::exchange(pending_text_, {}));
    }
  }
  emit textDocumentChanged();
  emit modifiedChanged();
  emit windowTitleChanged();
}

void DocumentController::setCorpus(CorpusController* corpus) {
  if (corpus == corpus_) return;
  if (corpus_) disconnect(corpus_, nullptr, this, nullptr);
  corpus_ = corpus;
  if (corpus_) connect(corpus_, &CorpusController::contextChanged, this, &DocumentController::analyseNow);
  emit corpusChanged();
}

QString DocumentController::fileName() const {
  return path_.isEmpty() ? QStringLiteral("未命名") : QFileInfo(path_).fileName();
}

QString DocumentController::folderUrl() const {
  QString const dir = path_.isEmpty() ? QDir::homePath() : QFileInfo(path_).absolutePath();
  return QUrl::fromLocalFile(dir).toString();
}

QString DocumentController::encoding() const { return encoding_label(encoding_); }

QString DocumentController::lineEnding() const {
  switch (text::dominant_line_end(line_ends_)) {
    case text::LineEnd::crlf: return QStringLiteral("CRLF");
    case text::LineEnd::cr: return QStringLiteral("CR");
    default: return QStringLiteral("LF");
  }
}

bool DocumentController::modified() const { return doc_ && doc_->isModified(); }

QString DocumentController::windowTitle() const {
  return (modified() ? QStringLiteral("● ") : QString()) + fileName() + QStringLiteral(" — 总结");
}

void DocumentController::setDebounceMs(int ms) {
  if (ms == debounce_.interval()) return;
  debounce_.setInterval(std::max(0, ms));
  emit timingChanged();
}

void DocumentController::setAutosaveMs(int ms) {
  if (ms == autosave_.interval()) return;
  autosave_.setInterval(std::max(50, ms));
  emit timingChanged();
}

// ---- the keystroke path -------------------------------------------------------

void DocumentController::onContentsChange(int pos, int removed, int added) {
  // The highlighter's formats also arrive as contentsChange (markContentsDirty)
  // but leave the document's revision alone: only text edits count.
  int const rev = doc_->revision();
  if (rev == doc_revision_) return;
  doc_revision_ = rev;
  ++revision_;
  if (loading_) return;
  outline_.shift(pos, removed, added);
  findings_.shift(pos, removed, added);
  for (auto& s : spans_) shift_range(s.begin, s.end, pos, removed, added);
  bool const was = upToDate();
  debounce_.start();
  if (was) emit analysisStateChanged();
}

// ---- analysis -----------------------------------------------------------------

void DocumentController::startAnalysis() {
  if (!doc_) return;
  if (running_) {
    rerun_ = true;  // picked up when the running one finishes
    return;
  }
  rerun_ = false;
  AnalysisContext context = corpus_ ? corpus_->context() : AnalysisContext{};
  context.sessionIgnored = session_ignored_;
  QString text = to_plain(doc_->toRawText());
  quint64 const rev = revision_;
  QString const path = path_;
  running_ = true;
  watcher_.setFuture(QtConcurrent::run(&pool_, [text = std::move(text), rev, context = std::move(context), path] {
    return analyse(text, rev, context, path);
  }));
  emit analysisStateChanged();
}

void DocumentController::onAnalysisFinished() {
  AnalysisResult const r = watcher_.result();
  running_ = false;
  bool const stale = r.revision != revision_;
  if (!stale) apply(r);
  // Text that changed meanwhile: the debounce timer will start the next run,
  // unless it already fired while this one was running.
  if ((stale || rerun_) && !debounce_.isActive()) startAnalysis();
  emit analysisStateChanged();
}

void DocumentController::apply(AnalysisResult const& r) {
  outline_.setEntries(r.outline);
  findings_.setFindings(r.findings);
  spans_ = r.spans;
  if (highlighter_) {
    QList<FindingHighlighter::Mark> marks;
    marks.reserve(r.findings.size());
    for (auto const& f : r.findings) marks.push_back({f.begin, f.end, FindingHighlighter::severityRank(f.severity)});
    highlighter_->setMarks(std::move(marks));
  }
  characters_ = r.characters;
  report_year_ = r.reportYear;
  plan_year_ = r.planYear;
  unit_ = r.unit;
  analysis_ms_ = static_cast<double>(r.micros) / 1000.0;
  analysis_error_ = r.error;
  analysed_revision_ = r.revision;
  ready_ = true;
  emit analysed();
  emit analysisStateChanged();
}

void DocumentController::analyseNow() {
  debounce_.stop();
  startAnalysis();
}

bool DocumentController::waitForAnalysis(int timeoutMs) {
  QElapsedTimer t;
  t.start();
  if (debounce_.isActive()) analyseNow();
  while (t.elapsed() < timeoutMs) {
    if (upToDate()) return true;
    QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    if (debounce_.isActive() && !running_) analyseNow();
  }
  return upToDate();
}

// ---- files ----------------------------------------------------------------------

void DocumentController::setFile(QString path, text::Encoding encoding, std::vector<text::LineEnd> line_ends) {
  path_ = std::move(path);
  encoding_ = encoding;
  line_ends_ = std::move(line_ends);
  emit fileChanged();
  emit windowTitleChanged();
}

void DocumentController::setText(QString const& text) {
  if (!doc_) {
    pending_text_ = text;
    has_pending_text_ = true;
    return;
  }
  outline_.setEntries({});
  findings_.setFindings({});
  spans_.clear();
  if (highlighter_) highlighter_->setMarks({});
  loading_ = true;
  doc_->setPlainText(text);
  {
    // Chinese running text reads better with air between the lines; new
    // lines typed later inherit the block format.
    QTextCursor c(doc_);
    c.select(QTextCursor::Document);
    QTextBlockFormat f;
    f.setLineHeight(150, QTextBlockFormat::ProportionalHeight);
    c.mergeBlockFormat(f);
  }
  doc_->clearUndoRedoStacks();  // a new file starts with a fresh history
  doc_revision_ = doc_->revision();
  loading_ = false;
  doc_->setModified(false);
  analysed_revision_ = 0;
  ready_ = false;
  analyseNow();
}

bool DocumentController::open(QString const& pathOrUrl) {
  QString const path = local_path(pathOrUrl);
  LoadedFile f;
  try {
    f = load_report_file(path);
  } catch (FileError const& e) {
    emit errorOccurred(e.message());
    return false;
  }
  if (recovery_ && entry_written_) recovery_->clear();  // the old text is left behind deliberately
  entry_written_ = false;
  session_ignored_.clear();
  setFile(f.path, f.encoding, std::move(f.line_ends));
  setText(f.text);
  autosaved_revision_ = revision_;
  emit opened(path_);
  if (f.encoding == text::Encoding::docx) {
    QString message = QStringLiteral("已读入 Word 文档的文字。保存时请用“另存为”存成文本，或用“导出 Word”生成新的 Word 文档。");
    for (QString const& n : f.notes) message += QStringLiteral(" ") + n;
    emit notice(message);
  }
  return true;
}

void DocumentController::newDocument() {
  if (recovery_ && entry_written_) recovery_->clear();
  entry_written_ = false;
  session_ignored_.clear();
  setFile({}, text::Encoding::utf8, {});
  setText({});
  autosaved_revision_ = revision_;
}

void DocumentController::newFromText(QString const& text, QString const& suggestedName) {
  newDocument();
  if (!doc_) return;
  // An edit, not a load: the draft counts as unsaved work from the start.
  QTextCursor c(doc_);
  c.insertText(text);
  suggested_name_ = suggestedName;
  c.setPosition(0);
}

bool DocumentController::save() {
  if (path_.isEmpty() || !doc_) return false;
  // A Word document is never overwritten with our text rendering: 另存为.
  if (encoding_ == text::Encoding::docx) return false;
  try {
    save_text_file(path_, plainText(), encoding_, line_ends_);
  } catch (FileError const& e) {
    emit errorOccurred(e.message());
    return false;
  }
  doc_->setModified(false);
  if (recovery_ && entry_written_) recovery_->clear();
  entry_written_ = false;
  autosaved_revision_ = revision_;
  emit saved(path_);
  return true;
}

bool DocumentController::saveAs(QString const& pathOrUrl, QString const& encodingName) {
  QString path = local_path(pathOrUrl);
  if (path.isEmpty()) return false;
  text::Encoding encoding = encoding_ == text::Encoding::docx ? text::Encoding::utf8 : encoding_;
  if (!encodingName.isEmpty()) {
    QString name = encodingName;
    name = name.section(QLatin1Char(' '), 0, 0);  // "GB18030（原编码）" style labels
    if (auto e = text::encoding_from_name(name.toStdString()); e && *e != text::Encoding::docx) encoding = *e;
  }
  if (QFileInfo(path).suffix().isEmpty()) path += QStringLiteral(".txt");
  // A .docx read as text is saved as text.
  if (QFileInfo(path).suffix().compare(QLatin1String("docx"), Qt::CaseInsensitive) == 0) {
    emit errorOccurred(QStringLiteral("“另存为”保存文本文件（.txt）；Word 文档请用“导出 Word”。"));
    return false;
  }
  std::vector<text::LineEnd> ends = line_ends_;
  try {
    save_text_file(path, plainText(), encoding, ends);
  } catch (FileError const& e) {
    emit errorOccurred(e.message());
    return false;
  }
  setFile(QFileInfo(path).absoluteFilePath(), encoding, std::move(ends));
  if (doc_) doc_->setModified(false);
  if (recovery_ && entry_written_) recovery_->clear();
  entry_written_ = false;
  autosaved_revision_ = revision_;
  emit saved(path_);
  return true;
}

QStringList DocumentController::encodingChoices() const {
  text::Encoding const current = encoding_ == text::Encoding::docx ? text::Encoding::utf8 : encoding_;
  QStringList out{encoding_label(current)};
  for (auto e : {text::Encoding::utf8, text::Encoding::gb18030, text::Encoding::utf8_bom, text::Encoding::utf16le})
    if (e != current) out.push_back(encoding_label(e));
  return out;
}

QString DocumentController::suggestedSaveUrl() const {
  if (!path_.isEmpty() && encoding_ == text::Encoding::docx) {
    QFileInfo const fi(path_);
    return QUrl::fromLocalFile(fi.absoluteDir().filePath(fi.completeBaseName() + QStringLiteral(".txt"))).toString();
  }
  if (!path_.isEmpty()) return QUrl::fromLocalFile(path_).toString();
  QString name = suggested_name_.isEmpty() ? QStringLiteral("工作总结.txt") : suggested_name_;
  return QUrl::fromLocalFile(QDir::home().filePath(name)).toString();
}

QString DocumentController::suggestedDocxUrl() const {
  QString base = path_.isEmpty() ? QDir::home().filePath(suggested_name_.isEmpty() ? QStringLiteral("工作总结.txt")
                                                                                 : suggested_name_)
                                 : path_;
  QFileInfo const fi(base);
  return QUrl::fromLocalFile(fi.absoluteDir().filePath(fi.completeBaseName() + QStringLiteral(".docx"))).toString();
}

bool DocumentController::exportDocx(QString const& pathOrUrl) {
  QString path = local_path(pathOrUrl);
  if (path.isEmpty()) return false;
  if (QFileInfo(path).suffix().isEmpty()) path += QStringLiteral(".docx");
  try {
    text::Document const d = text::document_from_text(path_.toStdString(), plainText().toStdString());
    std::vector<std::string> const notes = docx::export_docx(d, std::filesystem::path(path.toStdString()));
    QString message = QStringLiteral("已导出 Word 文档：%1").arg(QFileInfo(path).fileName());
    for (auto const& n : notes) message += QStringLiteral("；") + QString::fromStdString(n);
    emit notice(message);
  } catch (std::exception const& e) {
    emit errorOccurred(QStringLiteral("无法导出“%1”：%2").arg(QFileInfo(path).fileName(), QString::fromUtf8(e.what())));
    return false;
  }
  return true;
}

bool DocumentController::newDraftFrom(QString const& pathOrUrl) {
  QString const path = local_path(pathOrUrl);
  QString const name = QFileInfo(path).fileName();
  try {
    text::Document const last = text::load_document(std::filesystem::path(path.toStdString()));
    AnalysisContext const ctx = corpus_ ? corpus_->context() : AnalysisContext{};
    std::shared_ptr<ThemeLexicon const> themes = ctx.themes ? ctx.themes : ThemeLexicon::standard();
    OutlineOptions options;
    options.themes = themes.get();
    Outline const outline = build_outline(last, options);
    auto const templates = draft::TemplateSet::standard();
    std::shared_ptr<StandardOutline const> model = corpus_ ? corpus_->effectiveModel() : nullptr;
    StandardOutline const fallback = model ? StandardOutline{} : draft::builtin_model(*templates);
    draft::LastYear const last_year{last, outline};
    draft::Draft const d =
        draft::make_draft(model ? *model : fallback, *templates, &last_year, {}, draft::default_report_year());
    QString suggested = QStringLiteral("%1年工作总结（草稿）.txt").arg(d.report_year);
    newFromText(QString::fromStdString(d.text), suggested);
    QString message = QStringLiteral("已根据“%1”生成 %2 年工作总结和 %3 年工作计划的草稿。").arg(name).arg(d.report_year).arg(d.plan_year);
    for (auto const& n : d.notes) message += QStringLiteral(" ") + QString::fromStdString(n) + QStringLiteral("。");
    emit notice(message);
  } catch (std::exception const& e) {
    QString reason = QString::fromUtf8(e.what());
    emit errorOccurred(QStringLiteral("无法从“%1”生成草稿：%2").arg(name, reason));
    return false;
  }
  return true;
}

void DocumentController::discardChanges() {
  if (recovery_) {
    recovery_->clear();
    recovery_->flush();
  }
  entry_written_ = false;
  if (doc_) doc_->setModified(false);
}

// ---- text ---------------------------------------------------------------------------

QString DocumentController::plainText() const {
  if (!doc_) return has_pending_text_ ? pending_text_ : QString();
  return to_plain(doc_->toRawText());
}

int DocumentController::lineStart(int line) const {
  if (!doc_) return 0;
  QTextBlock const b = doc_->findBlockByNumber(std::max(0, line - 1));
  return b.isValid() ? b.position() : std::max(0, doc_->characterCount() - 1);
}

int DocumentController::lineOf(int position) const {
  if (!doc_) return 1;
  return doc_->findBlock(std::max(0, position)).blockNumber() + 1;
}

int DocumentController::insertText(int position, QString const& text) {
  if (!doc_) return position;
  QTextCursor c(doc_);
  c.setPosition(std::clamp(position, 0, std::max(0, doc_->characterCount() - 1)));
  c.beginEditBlock();
  c.insertText(text);
  c.endEditBlock();
  return c.position();
}

int DocumentController::insertBlock(int position, QString const& text) {
  if (!doc_) return position;
  QTextCursor c(doc_);
  c.setPosition(std::clamp(position, 0, std::max(0, doc_->characterCount() - 1)));
  QString t = text;
  if (!t.endsWith(u'\n')) t += u'\n';
  // Whole lines: after the current line when the cursor sits inside one.
  if (!c.atBlockStart()) {
    c.movePosition(QTextCursor::EndOfBlock);
    t.prepend(u'\n');
    if (t.endsWith(u'\n')) t.chop(1);
  }
  c.beginEditBlock();
  int const start = c.position() + (t.startsWith(u'\n') ? 1 : 0);
  c.insertText(t);
  c.endEditBlock();
  return start;
}

QVariantMap DocumentController::sectionAt(int position) const {
  SectionSpan const* best = nullptr;
  for (auto const& s : spans_)
    if (s.begin <= position && position < std::max(s.end, s.begin + 1) && (!best || s.begin >= best->begin)) best = &s;
  if (!best) return {};
  return {{QStringLiteral("role"), best->role},
          {QStringLiteral("roleLabel"), best->roleLabel},
          {QStringLiteral("theme"), best->theme},
          {QStringLiteral("title"), best->title}};
}

int DocumentController::nextOrdinal(int position, bool part) const {
  int parts = 0, sections = 0;
  for (auto const& e : outline_.entries()) {
    if (e.position > position) break;
    if (e.kind == OutlineEntry::Part) {
      if (!e.title.isEmpty() && e.role != QLatin1String("preamble")) ++parts;
      sections = 0;
    } else if (e.kind == OutlineEntry::Section) {
      ++sections;
    }
  }
  return (part ? parts : sections) + 1;
}

QString DocumentController::sectionStyleAt(int position) const {
  QString style;
  for (auto const& e : outline_.entries()) {
    if (e.position > position) break;
    if (e.kind == OutlineEntry::Part) style = e.sectionStyle;
  }
  return style;
}

void DocumentController::setCurrentFinding(int row) {
  if (!highlighter_) return;
  if (auto const* f = findings_.at(row)) highlighter_->setCurrent(f->begin, f->end);
  else highlighter_->setCurrent(-1, -1);
}

bool DocumentController::checkerAvailable() { return true; }

bool DocumentController::applyFix(int row) {
  FindingEntry const* f = findings_.at(row);
  if (!f || f->fix.isEmpty() || !doc_) return false;
  QList<FixEdit> edits = f->fix;
  // Back to front: earlier offsets stay valid while later text changes.
  std::sort(edits.begin(), edits.end(), [](FixEdit const& a, FixEdit const& b) { return a.begin > b.begin; });
  QTextCursor c(doc_);
  c.beginEditBlock();
  for (FixEdit const& e : edits) {
    c.setPosition(std::clamp(e.begin, 0, doc_->characterCount() - 1));
    c.setPosition(std::clamp(e.end, 0, doc_->characterCount() - 1), QTextCursor::KeepAnchor);
    c.insertText(e.replacement);
  }
  c.endEditBlock();
  analyseNow();
  return true;
}

void DocumentController::ignoreHere(int row) {
  FindingEntry const* f = findings_.at(row);
  if (!f) return;
  // Saved reports: in <db>.ignore.json, shared with `zongjie ignore`.  An
  // untitled text has no key yet: ignored for this session.
  if (!path_.isEmpty() && corpus_) {
    QString const error = corpus_->ignoreFinding(path_, f->rule, f->subject, f->message);
    if (!error.isEmpty()) {
      emit errorOccurred(error);
      return;
    }
  } else {
    session_ignored_.emplace_back(f->rule.toStdString(), f->subject.toStdString());
  }
  emit notice(QStringLiteral("已忽略此处：%1").arg(f->message));
  analyseNow();
}

void DocumentController::ignoreRule(int row) {
  FindingEntry const* f = findings_.at(row);
  if (!f) return;
  QString const name = f->ruleTitle.isEmpty() ? f->rule : f->ruleTitle;
  if (!path_.isEmpty() && corpus_) {
    QString const error = corpus_->ignoreRule(path_, f->rule, name);
    if (!error.isEmpty()) {
      emit errorOccurred(error);
      return;
    }
  } else {
    session_ignored_.emplace_back(f->rule.toStdString(), std::string());
  }
  emit notice(QStringLiteral("本文不再检查“%1”。").arg(name));
  analyseNow();
}

// ---- recovery ----------------------------------------------------------------------

RecoveryEntry DocumentController::currentEntry() const {
  RecoveryEntry e;
  e.path = path_;
  e.encoding = encoding();
  e.written = QDateTime::currentDateTime();
  e.text = plainText();
  return e;
}

void DocumentController::autosaveTick() {
  if (!doc_) return;
  if (!doc_->isModified()) {
    // Undone back to the saved text: nothing to recover any more.
    if (entry_written_) {
      recovery().clear();
      entry_written_ = false;
    }
    autosaved_revision_ = revision_;
    return;
  }
  if (autosaved_revision_ == revision_ && entry_written_) return;
  recovery().save(currentEntry());
  autosaved_revision_ = revision_;
  entry_written_ = true;
}

void DocumentController::autosaveNow() { autosaveTick(); }

void DocumentController::checkRecovery() {
  QList<RecoveryEntry> orphans = recovery().takeOrphans();
  if (orphans.isEmpty()) return;
  offer_ = orphans.front();
  // The others stay for later starts; one question at a time.
  for (qsizetype i = 1; i < orphans.size(); ++i) recovery().releaseOrphan(orphans[i].id);
  emit recoveryChanged();
}

QString DocumentController::recoveryFileName() const {
  if (!offer_) return {};
  return offer_->path.isEmpty() ? QStringLiteral("未命名文档") : QFileInfo(offer_->path).fileName();
}

QString DocumentController::recoveryTime() const {
  return offer_ ? offer_->written.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : QString();
}

void DocumentController::acceptRecovery() {
  if (!offer_) return;
  RecoveryEntry const e = *offer_;
  offer_.reset();
  bool opened_file = false;
  if (!e.path.isEmpty() && QFileInfo::exists(e.path)) opened_file = open(e.path);
  if (!opened_file) newDocument();
  if (doc_) {
    // One undoable edit from the file's text to the recovered text.
    QTextCursor c(doc_);
    c.beginEditBlock();
    c.select(QTextCursor::Document);
    c.insertText(e.text);
    c.endEditBlock();
  }
  // Ours first, then theirs: the text is on disk at every moment.
  recovery().saveNow(currentEntry());
  entry_written_ = true;
  autosaved_revision_ = revision_;
  recovery().removeOrphan(e.id);
  emit recoveryChanged();
  emit notice(QStringLiteral("已恢复 %1 个字符的未保存内容。").arg(e.text.size()));
}

void DocumentController::discardRecovery() {
  if (!offer_) return;
  recovery().removeOrphan(offer_->id);
  offer_.reset();
  emit recoveryChanged();
}

}  // namespace zongjie::app
