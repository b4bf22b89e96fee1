#include "document_controller.hpp"

#include "corpus_controller.hpp"
#include "file_io.hpp"
#include "finding_highlighter.hpp"

#include "zongjie/service/workspace.hpp"

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
  outline_.setEditLog(&edits_);
  findings_.setEditLog(&edits_);
  // One analysis at a time; newer text waits, stale results are dropped.
  analysis_.setDebounce(300);
  connect(&analysis_, &LatestScheduler::stateChanged, this, &DocumentController::analysisStateChanged);
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
  analysis_.cancel();
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
  history_.setDocument(doc_);
  search_.setDocument(doc_);
  if (doc_) {
    // Connected before the highlighter's own connection: the models move
    // their ranges first, then the highlighter re-formats the block.
    connect(doc_, &QTextDocument::contentsChange, this, &DocumentController::onContentsChange);
    connect(doc_, &QTextDocument::modificationChanged, this, [this] {
      emit modifiedChanged();
      emit windowTitleChanged();
    });
    connect(doc_, &QTextDocument::undoAvailable, this, &DocumentController::undoStateChanged);
    connect(doc_, &QTextDocument::redoAvailable, this, &DocumentController::undoStateChanged);
    connect(doc_, &QTextDocument::undoCommandAdded, this, [this] { history_.onUndoCommandAdded(); });
    highlighter_ = std::make_unique<FindingHighlighter>(doc_, &edits_, nullptr);
    doc_revision_ = doc_->revision();
    if (doc_->isEmpty()) doc_->setModified(false);  // nothing typed yet is nothing to save
    if (has_pending_text_) {
      has_pending_text_ = false;
      setText(std::exchange(pending_text_, {}), std::exchange(pending_prepared_, {}));
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
  if (corpus_) {
    connect(corpus_, &CorpusController::contextChanged, this, &DocumentController::analyseNow);
    connect(corpus_, &CorpusController::contextChanged, this, &DocumentController::ignoresChanged);
  }
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
  if (ms == analysis_.debounce()) return;
  analysis_.setDebounce(ms);
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
  edits_.record(pos, removed, added);
  bool const was = upToDate();
  analysis_.request([this] { return analysisJob(); });
  if (was) emit analysisStateChanged();
}

// ---- analysis -----------------------------------------------------------------

LatestScheduler::Job DocumentController::analysisJob() {
  if (!doc_) return {};
  AnalysisContext context = corpus_ ? corpus_->context() : AnalysisContext{};
  context.sessionIgnored = ignores_.sessionIgnored();
  QString text = to_plain(doc_->toRawText());
  quint64 const rev = revision_;
  QString const path = path_;
  // The file as read serves its first analysis only.
  std::shared_ptr<text::Document const> prepared = prepared_revision_ == rev ? std::move(prepared_) : nullptr;
  prepared_.reset();
  QPointer<DocumentController> self(this);
  return [self, text = std::move(text), rev, context = std::move(context), path,
          prepared = std::move(prepared)]() -> LatestScheduler::Done {
    auto result = std::make_shared<AnalysisResult>(analyse(text, rev, context, path, prepared));
    return [self, result] {
      // Stale text (edited without a new request, never expected): dropped.
      if (self && result->revision == self->revision_) self->apply(*result);
    };
  };
}

void DocumentController::apply(AnalysisResult const& r) {
  edits_.clear();  // the result is of the text as it is now
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
  if (r.identity != identity_) {
    identity_ = r.identity;
    emit ignoresChanged();  // the list now includes the entries under this title
  }
  analysis_ms_ = static_cast<double>(r.micros) / 1000.0;
  analysis_error_ = r.error;
  analysed_revision_ = r.revision;
  ready_ = true;
  emit analysed();
  emit analysisStateChanged();
}

void DocumentController::analyseNow() {
  analysis_.requestNow([this] { return analysisJob(); });
}

bool DocumentController::waitForAnalysis(int timeoutMs) {
  QElapsedTimer t;
  t.start();
  while (t.elapsed() < timeoutMs) {
    if (upToDate()) return true;
    analysis_.flush();
    QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
  }
  return upToDate();
}

// ---- files ----------------------------------------------------------------------

void DocumentController::setFile(QString path, text::Encoding encoding, std::vector<text::LineEnd> line_ends) {
  path_ = std::move(path);
  encoding_ = encoding;
  line_ends_ = std::move(line_ends);
  emit fileChanged();
  emit ignoresChanged();  // they belong to the file
  emit windowTitleChanged();
}

void DocumentController::setText(QString const& text, std::shared_ptr<text::Document const> prepared) {
  if (!doc_) {
    pending_text_ = text;
    pending_prepared_ = std::move(prepared);
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
  history_.reset();  // a new file starts with a fresh history
  doc_revision_ = doc_->revision();
  loading_ = false;
  edits_.clear();
  prepared_ = std::move(prepared);
  prepared_revision_ = revision_;
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
  ignores_.clearSession();
  emit ignoresChanged();
  setFile(f.path, f.encoding, std::move(f.line_ends));
  setText(f.text, std::move(f.document));
  autosaved_revision_ = revision_;
  emit opened(path_);
  word_source_ = f.encoding == text::Encoding::docx ? path_ : QString();
  word_text_ = f.encoding == text::Encoding::docx ? f.text : QString();
  if (f.encoding == text::Encoding::docx) {
    QString message =
        QStringLiteral("已读入 Word 文档的文字。保存时请用“另存为”存成文本，或用“导出 Word”生成新的 Word 文档。");
    for (QString const& n : f.notes) message += QStringLiteral(" ") + n;
    emit notice(message);
  }
  return true;
}

void DocumentController::newDocument() {
  if (recovery_ && entry_written_) recovery_->clear();
  entry_written_ = false;
  ignores_.clearSession();
  emit ignoresChanged();
  word_source_.clear();
  word_text_.clear();
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
  // The TextArea's cursor was pushed to the end by the insertion: a draft
  // is read from its top.
  emit cursorRequested(0);
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
  // The ignores go with the text: a renamed copy (or an untitled text saved
  // for the first time) does not show what was ignored again.
  if (corpus_) {
    QString const to = QFileInfo(path).absoluteFilePath();
    if (to != path_) {
      QString const error = corpus_->copyIgnores(path_, to, identity_, ignores_.sessionEntries());
      if (!error.isEmpty()) emit errorOccurred(error);
      ignores_.clearSession();
    }
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
    std::vector<std::string> const notes = service::export_docx(d, std::filesystem::path(path.toStdString()), {});
    QString message = QStringLiteral("已导出 Word 文档：%1").arg(QFileInfo(path).fileName());
    for (auto const& n : notes) message += QStringLiteral("；") + QString::fromStdString(n);
    emit notice(message);
  } catch (std::exception const& e) {
    emit errorOccurred(QStringLiteral("无法导出“%1”：%2").arg(QFileInfo(path).fileName(), QString::fromUtf8(e.what())));
    return false;
  }
  return true;
}

bool DocumentController::annotatesWordSource() const {
  return !word_source_.isEmpty() && QFileInfo::exists(word_source_) && plainText() == word_text_;
}

QString DocumentController::suggestedAnnotatedUrl() const {
  QFileInfo const fi(local_path(suggestedDocxUrl()));
  return QUrl::fromLocalFile(fi.absoluteDir().filePath(fi.completeBaseName() + QStringLiteral("（批注）.docx")))
      .toString();
}

bool DocumentController::exportAnnotatedDocx(QString const& pathOrUrl, bool withFixes) {
  QString path = local_path(pathOrUrl);
  if (path.isEmpty()) return false;
  if (QFileInfo(path).suffix().isEmpty()) path += QStringLiteral(".docx");
  bool const own = annotatesWordSource();
  if (own && QFileInfo(path).canonicalFilePath() == QFileInfo(word_source_).canonicalFilePath()) {
    emit errorOccurred(QStringLiteral("请另选一个文件名：原 Word 文档“%1”保持不变。").arg(QFileInfo(path).fileName()));
    return false;
  }
  try {
    std::shared_ptr<service::Workspace const> workspace = corpus_ ? corpus_->workspace() : nullptr;
    if (!workspace) workspace = std::make_shared<service::Workspace const>(service::Workspace::builtin());
    std::filesystem::path const out(path.toStdString());
    std::filesystem::path source = own ? std::filesystem::path(word_source_.toStdString()) : out;
    // Not the user's own .docx (or edited since): the text is exported first,
    // in the layout 导出 Word writes, and the comments go into that document.
    if (!own) service::export_docx(text::document_from_text(path_.toStdString(), plainText().toStdString()), out, {});
    check::SuppressionStore const ignores = workspace->suppressions();
    service::AnnotateRequest request;
    request.ignores = &ignores;
    request.fix = withFixes;
    service::AnnotateOutcome const outcome = workspace->annotate_file(source, out, request);
    QString message =
        outcome.comments == 0 && outcome.kept == 0
            ? QStringLiteral("已导出 Word 文档：%1；检查没有发现问题，文档里没有批注").arg(QFileInfo(path).fileName())
            : QStringLiteral("已导出带批注的 Word 文档：%1，写入 %2 条批注")
                  .arg(QFileInfo(path).fileName())
                  .arg(outcome.comments);
    if (withFixes) message += QStringLiteral("、%1 处修订").arg(outcome.changed.size());
    if (outcome.kept) message += QStringLiteral("（文档中已有的 %1 条批注未重复写入）").arg(outcome.kept);
    if (!outcome.comment_only.empty())
      message += QStringLiteral("（%1 处自动编号等无法修订，只写批注）").arg(outcome.comment_only.size());
    if (!own && !word_source_.isEmpty())
      message += QStringLiteral("。文字已改动，批注写在按当前文字导出的新文档里，原 Word 文档未变");
    for (auto const& n : outcome.notes) message += QStringLiteral("；") + QString::fromStdString(n);
    emit notice(message);
  } catch (std::exception const& e) {
    emit errorOccurred(QStringLiteral("无法导出带批注的 Word 文档“%1”：%2")
                           .arg(QFileInfo(path).fileName(), QString::fromUtf8(e.what())));
    return false;
  }
  return true;
}

bool DocumentController::newDraftFrom(QString const& pathOrUrl) {
  QString const path = local_path(pathOrUrl);
  QString const name = QFileInfo(path).fileName();
  try {
    // The same draft `zongjie draft --from` writes from this corpus.
    std::shared_ptr<service::Workspace const> workspace = corpus_ ? corpus_->workspace() : nullptr;
    if (!workspace) workspace = std::make_shared<service::Workspace const>(service::Workspace::builtin());
    service::DraftRequest request;
    request.last_year = std::filesystem::path(path.toStdString());
    draft::Draft const d = workspace->draft(request);
    QString suggested = QStringLiteral("%1年工作总结（草稿）.txt").arg(d.report_year);
    newFromText(QString::fromStdString(d.text), suggested);
    QString message = QStringLiteral("已根据“%1”生成 %2 年工作总结和 %3 年工作计划的草稿。")
                          .arg(name)
                          .arg(d.report_year)
                          .arg(d.plan_year);
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

QVariantMap DocumentController::sectionAt(int position) const {
  // The spans in the current text (edits since the analysis carried over).
  QList<SectionSpan> spans = spans_;
  if (!edits_.empty())
    for (auto& s : spans) edits_.range(s.begin, s.end);
  SectionSpan const* best = nullptr;
  for (auto const& s : spans)
    if (s.begin <= position && position < std::max(s.end, s.begin + 1) && (!best || s.begin >= best->begin)) best = &s;
  if (!best && !spans.isEmpty()) {
    // At or after the end of the last part (Ctrl+End, trailing blank lines):
    // the end of the document belongs to the last part and its last section.
    int last_end = 0;
    for (auto const& s : spans) last_end = std::max(last_end, s.end);
    if (position >= last_end)
      for (auto const& s : spans)
        if (s.end == last_end && (!best || s.begin >= best->begin)) best = &s;
  }
  if (!best) return {};
  return {{QStringLiteral("role"), best->role},
          {QStringLiteral("roleLabel"), best->roleLabel},
          {QStringLiteral("theme"), best->theme},
          {QStringLiteral("title"), best->title}};
}

int DocumentController::nextOrdinal(int position, bool part) const {
  int parts = 0, sections = 0;
  for (auto const& e : outline_.entries()) {
    if (outline_.currentPosition(e) > position) break;
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
    if (outline_.currentPosition(e) > position) break;
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

bool DocumentController::applyFix(int row, int cursor) {
  // The fix's ranges as they are in the text now (edits since the analysis).
  std::optional<FindingEntry> const f = findings_.current(row);
  if (!f || f->fix.isEmpty() || !history_.applyEdits(f->fix, cursor)) return false;
  analyseNow();
  return true;
}

// ---- undo, find and replace: EditHistory, TextSearch ------------------------------------

bool DocumentController::canUndo() const { return history_.canUndo(); }
bool DocumentController::canRedo() const { return history_.canRedo(); }
void DocumentController::rememberCursorForUndo(int cursor) { history_.rememberCursor(cursor); }
int DocumentController::undo() { return history_.undo(); }
int DocumentController::redo() { return history_.redo(); }
int DocumentController::insertText(int position, QString const& text) { return history_.insertText(position, text); }
int DocumentController::insertBlock(int position, QString const& text) { return history_.insertBlock(position, text); }

int DocumentController::countMatches(QString const& text, bool caseSensitive) const {
  return search_.countMatches(text, caseSensitive);
}
QVariantMap DocumentController::findNext(QString const& text, int from, bool backward, bool caseSensitive) const {
  return search_.findNext(text, from, backward, caseSensitive);
}
int DocumentController::replaceAt(int begin, int end, QString const& text, QString const& replacement,
                                  bool caseSensitive) {
  return search_.replaceAt(begin, end, text, replacement, caseSensitive);
}
int DocumentController::replaceAll(QString const& text, QString const& replacement, bool caseSensitive) {
  return search_.replaceAll(text, replacement, caseSensitive);
}

// ---- navigation ---------------------------------------------------------------------

QVariantMap DocumentController::nextFinding(int position, QString const& rulePrefix, bool backward) const {
  int pick = -1, first = -1, last = -1;
  int pick_at = 0, first_at = 0, last_at = 0;
  for (int i = 0; i < findings_.count(); ++i) {
    if (!rulePrefix.isEmpty() && !findings_.at(i)->rule.startsWith(rulePrefix)) continue;
    int const at = findings_.range(i).first;
    if (first < 0 || at < first_at) first = i, first_at = at;
    if (last < 0 || at > last_at) last = i, last_at = at;
    if (!backward && at > position && (pick < 0 || at < pick_at)) pick = i, pick_at = at;
    if (backward && at < position && (pick < 0 || at > pick_at)) pick = i, pick_at = at;
  }
  if (pick < 0) pick = backward ? last : first;  // wrap around
  if (pick < 0) return {{QStringLiteral("row"), -1}, {QStringLiteral("begin"), -1}, {QStringLiteral("end"), -1}};
  auto const [begin, end] = findings_.range(pick);
  return {{QStringLiteral("row"), pick}, {QStringLiteral("begin"), begin}, {QStringLiteral("end"), end}};
}

int DocumentController::placeholderCount() const {
  int n = 0;
  for (int i = 0; i < findings_.count(); ++i)
    if (findings_.at(i)->rule.startsWith(QLatin1String("placeholder."))) ++n;
  return n;
}

IgnoreList::Report DocumentController::report() const { return {corpus_, path_, identity_}; }

void DocumentController::ignoreHere(int row) {
  FindingEntry const* f = findings_.at(row);
  if (!f) return;
  if (auto const o = ignores_.ignoreHere(report(), *f); !o.ok) {
    emit errorOccurred(o.error);
    return;
  }
  emit ignoresChanged();
  emit ignored(QStringLiteral("已忽略此处：%1").arg(f->message));
  analyseNow();
}

void DocumentController::ignoreRule(int row) {
  FindingEntry const* f = findings_.at(row);
  if (!f) return;
  QString const name = f->ruleTitle.isEmpty() ? f->rule : f->ruleTitle;
  if (auto const o = ignores_.ignoreRule(report(), *f, name); !o.ok) {
    emit errorOccurred(o.error);
    return;
  }
  emit ignoresChanged();
  emit ignored(QStringLiteral("本文不再检查“%1”。").arg(name));
  analyseNow();
}

QVariantList DocumentController::ignores() const { return ignores_.list(report()); }

bool DocumentController::removeIgnore(QString const& key) {
  auto const o = ignores_.remove(report(), key);
  if (!o.error.isEmpty()) emit errorOccurred(o.error);
  emit ignoresChanged();
  if (o.ok) analyseNow();
  return o.ok;
}

bool DocumentController::undoIgnore() {
  if (!ignores_.canUndo()) return false;
  auto const o = ignores_.undo(report());
  if (!o.error.isEmpty()) emit errorOccurred(o.error);
  emit ignoresChanged();
  if (o.ok) {
    analyseNow();
    emit notice(QStringLiteral("已撤销忽略，这条检查结果重新显示。"));
  }
  return o.ok;
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
  recovery_change_ = describeRecovery(*offer_);
  emit recoveryChanged();
}

QVariantMap DocumentController::describeRecovery(RecoveryEntry const& e) {
  // The file as it is on disk against the recovered text: the first and
  // last differing characters bound the change (common prefix and suffix).
  QString old;
  bool missing = e.path.isEmpty() || !QFileInfo::exists(e.path);
  if (!missing) {
    try {
      old = load_report_file(e.path).text;
    } catch (FileError const&) {
      missing = true;
    }
  }
  QString const& now = e.text;
  qsizetype prefix = 0;
  qsizetype const shorter = std::min(old.size(), now.size());
  while (prefix < shorter && old[prefix] == now[prefix]) ++prefix;
  qsizetype suffix = 0;
  while (suffix < shorter - prefix && old[old.size() - 1 - suffix] == now[now.size() - 1 - suffix]) ++suffix;
  qsizetype const removed = old.size() - prefix - suffix, added = now.size() - prefix - suffix;
  constexpr qsizetype context = 40, shown = 300;
  auto clip = [](QString s) {
    return s.size() > shown ? s.left(shown / 2) + QStringLiteral("……") + s.right(shown / 2) : s;
  };
  qsizetype const before_at = std::max<qsizetype>(0, prefix - context);
  QVariantMap out;
  out[QStringLiteral("fileMissing")] = missing;
  out[QStringLiteral("same")] = removed == 0 && added == 0;
  out[QStringLiteral("position")] = static_cast<int>(prefix);
  out[QStringLiteral("line")] = static_cast<int>(now.left(prefix).count(u'\n') + 1);
  out[QStringLiteral("removed")] = static_cast<int>(removed);
  out[QStringLiteral("added")] = static_cast<int>(added);
  out[QStringLiteral("before")] =
      (before_at > 0 ? QStringLiteral("……") : QString()) + now.mid(before_at, prefix - before_at);
  out[QStringLiteral("oldText")] = clip(old.mid(prefix, removed));
  out[QStringLiteral("newText")] = clip(now.mid(prefix, added));
  qsizetype const after_at = now.size() - suffix;
  out[QStringLiteral("after")] = now.mid(after_at, context) + (suffix > context ? QStringLiteral("……") : QString());
  return out;
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
  int const change_at = recovery_change_.value(QStringLiteral("position"), 0).toInt();
  offer_.reset();
  recovery_change_.clear();
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
  emit cursorRequested(std::clamp(change_at, 0, std::max(0, doc_ ? doc_->characterCount() - 1 : 0)));
  emit notice(QStringLiteral("已恢复未保存的内容，光标在第一处改动。可用“撤销”回到文件原来的内容。"));
}

void DocumentController::discardRecovery() {
  if (!offer_) return;
  recovery().removeOrphan(offer_->id);
  offer_.reset();
  recovery_change_.clear();
  emit recoveryChanged();
}

}  // namespace zongjie::app
