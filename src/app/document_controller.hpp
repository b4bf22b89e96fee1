// The editor's document: the file behind the TextArea (path, encoding, line
// ends), the live analysis (outline + findings, off the UI thread, stale
// results dropped by revision), the findings' underlines, and crash
// recovery.  QML owns the TextArea; this object works on its textDocument.
//
// Keystroke path (must stay well under 16 ms on a 30 KB report): one
// contentsChange slot that bumps the revision, appends the edit to the
// EditLog (the one record that carries the analysed positions over to the
// current text) and restarts the scheduler's quiet interval.  Everything
// else happens after a pause.
#pragma once

#include "analysis.hpp"
#include "edit_log.hpp"
#include "edit_history.hpp"
#include "findings_model.hpp"
#include "ignore_list.hpp"
#include "latest_scheduler.hpp"
#include "outline_model.hpp"
#include "recovery.hpp"
#include "text_search.hpp"

#include "zongjie/text/encoding.hpp"

#include <QObject>
#include <QPointer>
#include <QQuickTextDocument>
#include <QTimer>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

#include <map>
#include <memory>
#include <vector>

class QTextDocument;

namespace zongjie::app {

class CorpusController;
class FindingHighlighter;

class DocumentController : public QObject {
  Q_OBJECT
  QML_ELEMENT
  /// The TextArea's textDocument (a QQuickTextDocument).  Typed QObject
  /// for QML: Qt 6.4 does not describe QQuickTextDocument to its tools
  /// (qmllint), so a typed property would be "no type found".
  Q_PROPERTY(QObject* textDocument READ textDocument WRITE setTextDocumentObject NOTIFY textDocumentChanged)
  Q_PROPERTY(zongjie::app::CorpusController* corpus READ corpus WRITE setCorpus NOTIFY corpusChanged)
  Q_PROPERTY(zongjie::app::OutlineModel* outline READ outline CONSTANT)
  Q_PROPERTY(zongjie::app::FindingsModel* findings READ findings CONSTANT)
  Q_PROPERTY(QString filePath READ filePath NOTIFY fileChanged)
  Q_PROPERTY(QString fileName READ fileName NOTIFY fileChanged)
  Q_PROPERTY(QString folderUrl READ folderUrl NOTIFY fileChanged)
  Q_PROPERTY(bool untitled READ untitled NOTIFY fileChanged)
  Q_PROPERTY(QString encoding READ encoding NOTIFY fileChanged)
  Q_PROPERTY(QString lineEnding READ lineEnding NOTIFY fileChanged)
  Q_PROPERTY(bool modified READ modified NOTIFY modifiedChanged)
  Q_PROPERTY(QString windowTitle READ windowTitle NOTIFY windowTitleChanged)
  Q_PROPERTY(bool analysing READ analysing NOTIFY analysisStateChanged)
  Q_PROPERTY(bool upToDate READ upToDate NOTIFY analysisStateChanged)
  Q_PROPERTY(bool ready READ ready NOTIFY analysisStateChanged)
  Q_PROPERTY(int characters READ characters NOTIFY analysed)
  Q_PROPERTY(int reportYear READ reportYear NOTIFY analysed)
  Q_PROPERTY(int planYear READ planYear NOTIFY analysed)
  Q_PROPERTY(QString unit READ unit NOTIFY analysed)
  Q_PROPERTY(double analysisMs READ analysisMs NOTIFY analysed)
  Q_PROPERTY(QString analysisError READ analysisError NOTIFY analysed)
  Q_PROPERTY(bool checkerAvailable READ checkerAvailable CONSTANT)
  Q_PROPERTY(int debounceMs READ debounceMs WRITE setDebounceMs NOTIFY timingChanged)
  Q_PROPERTY(int autosaveMs READ autosaveMs WRITE setAutosaveMs NOTIFY timingChanged)
  Q_PROPERTY(bool recoveryOffered READ recoveryOffered NOTIFY recoveryChanged)
  Q_PROPERTY(QString recoveryFileName READ recoveryFileName NOTIFY recoveryChanged)
  Q_PROPERTY(QString recoveryTime READ recoveryTime NOTIFY recoveryChanged)
  Q_PROPERTY(int recoveryCharacters READ recoveryCharacters NOTIFY recoveryChanged)
  Q_PROPERTY(QString recoveryText READ recoveryText NOTIFY recoveryChanged)
  /// What the recovered text changes in the file: {fileMissing, same,
  /// line, removed, added, before, oldText, newText, after} (characters,
  /// the first changed region with a little context).
  Q_PROPERTY(QVariantMap recoveryChange READ recoveryChange NOTIFY recoveryChanged)
  Q_PROPERTY(bool canUndo READ canUndo NOTIFY undoStateChanged)
  /// Ignores of this report (its entries in <db>.ignore.json, or this
  /// session's for an untitled text).
  Q_PROPERTY(int ignoreCount READ ignoreCount NOTIFY ignoresChanged)
  Q_PROPERTY(bool canUndoIgnore READ canUndoIgnore NOTIFY ignoresChanged)
  Q_PROPERTY(bool canRedo READ canRedo NOTIFY undoStateChanged)

 public:
  explicit DocumentController(QObject* parent = nullptr);
  ~DocumentController() override;

  QQuickTextDocument* textDocument() const { return quick_doc_; }
  void setTextDocument(QQuickTextDocument* quick);
  void setTextDocumentObject(QObject* doc) { setTextDocument(qobject_cast<QQuickTextDocument*>(doc)); }
  CorpusController* corpus() const { return corpus_; }
  void setCorpus(CorpusController* corpus);
  OutlineModel* outline() { return &outline_; }
  FindingsModel* findings() { return &findings_; }

  QString filePath() const { return path_; }
  QString fileName() const;
  QString folderUrl() const;
  bool untitled() const { return path_.isEmpty(); }
  QString encoding() const;
  QString lineEnding() const;
  bool modified() const;
  QString windowTitle() const;
  bool analysing() const { return analysis_.running(); }
  /// The findings shown are those of the current text and context (nothing
  /// running, nothing waiting).
  bool upToDate() const { return analysed_revision_ == revision_ && ready_ && !analysis_.busy(); }
  bool ready() const { return ready_; }
  int characters() const { return characters_; }
  int reportYear() const { return report_year_; }
  int planYear() const { return plan_year_; }
  QString unit() const { return unit_; }
  double analysisMs() const { return analysis_ms_; }
  QString analysisError() const { return analysis_error_; }
  static bool checkerAvailable();
  int debounceMs() const { return analysis_.debounce(); }
  void setDebounceMs(int ms);
  int autosaveMs() const { return autosave_.interval(); }
  void setAutosaveMs(int ms);
  bool recoveryOffered() const { return offer_.has_value(); }
  QString recoveryFileName() const;
  QString recoveryTime() const;
  int recoveryCharacters() const { return offer_ ? static_cast<int>(offer_->text.size()) : 0; }
  QString recoveryText() const { return offer_ ? offer_->text : QString(); }
  QVariantMap recoveryChange() const { return recovery_change_; }
  bool canUndo() const;
  int ignoreCount() const { return static_cast<int>(ignores().size()); }
  bool canUndoIgnore() const { return ignores_.canUndo(); }
  bool canRedo() const;
  quint64 revision() const { return revision_; }
  FindingHighlighter* highlighter() const { return highlighter_.get(); }
  RecoveryStore& recovery();

  // ---- files ----
  /// Opens a report (path or file: URL).  On failure the current text stays
  /// and errorOccurred() names the file and the reason.
  Q_INVOKABLE bool open(QString const& pathOrUrl);
  /// An empty untitled document.
  Q_INVOKABLE void newDocument();
  /// An untitled document holding `text` (a draft), modified.
  Q_INVOKABLE void newFromText(QString const& text, QString const& suggestedName = {});
  /// Saves to the current file in its encoding; false when untitled or failed.
  Q_INVOKABLE bool save();
  /// Saves under a new name; `encodingName` "" keeps the current encoding.
  Q_INVOKABLE bool saveAs(QString const& pathOrUrl, QString const& encodingName = {});
  /// Encodings offered by 另存为, the current one first.
  Q_INVOKABLE QStringList encodingChoices() const;
  /// The user closes without saving: the recovery entry goes too.
  Q_INVOKABLE void discardChanges();
  /// Suggested file name for 另存为.
  Q_INVOKABLE QString suggestedSaveUrl() const;
  /// Writes the text as a Word document (GB/T 9704 layout) to `pathOrUrl`.
  Q_INVOKABLE bool exportDocx(QString const& pathOrUrl);
  Q_INVOKABLE QString suggestedDocxUrl() const;
  /// 导出带批注的 Word: the current findings as Word comments (author
  /// 总结检查), with `withFixes` the safe fixes as tracked changes.  When the
  /// text is still that of the .docx it was opened from, the comments go into
  /// a copy of that document (its styles, tables and pictures kept); otherwise
  /// into a Word document exported from the text (GB/T 9704 layout).
  Q_INVOKABLE bool exportAnnotatedDocx(QString const& pathOrUrl, bool withFixes);
  /// True when 导出带批注的 Word writes into the user's own .docx.
  Q_INVOKABLE bool annotatesWordSource() const;
  Q_INVOKABLE QString suggestedAnnotatedUrl() const;
  /// 从去年报告新建: a draft for the new cycle from last year's report,
  /// opened as an untitled document.
  Q_INVOKABLE bool newDraftFrom(QString const& pathOrUrl);

  // ---- text ----
  Q_INVOKABLE QString plainText() const;
  /// UTF-16 position where 1-based `line` starts.
  Q_INVOKABLE int lineStart(int line) const;
  /// 1-based line of a UTF-16 position.
  Q_INVOKABLE int lineOf(int position) const;
  /// Inserts `text` at `position` as one undoable edit; returns the end.
  Q_INVOKABLE int insertText(int position, QString const& text);
  /// Inserts `text` as whole lines at the line boundary nearest `position`
  /// (a template); returns where the inserted text starts.
  Q_INVOKABLE int insertBlock(int position, QString const& text);
  /// The part and section at `position`: {role, roleLabel, theme, title}.
  Q_INVOKABLE QVariantMap sectionAt(int position) const;
  /// The number a new heading inserted at `position` gets: the next part
  /// (`part` true) or the next section of the part there.
  Q_INVOKABLE int nextOrdinal(int position, bool part) const;
  /// The marker style of the sections of the part at `position` ("（一）"),
  /// "" when it has none: a template inserted there follows it.
  Q_INVOKABLE QString sectionStyleAt(int position) const;
  /// Undoes the last edit; returns where the user's cursor belongs
  /// afterwards: where it was before a quick fix, a template or a
  /// replacement made by the editor, else where the undone edit was.
  /// -1 when there was nothing to undo.
  Q_INVOKABLE int undo();
  /// Redoes; returns the position of the redone edit (-1: nothing).
  Q_INVOKABLE int redo();
  /// Remembers `cursor` as the place to return to when the edit just made
  /// (the top of the undo stack) is undone.
  Q_INVOKABLE void rememberCursorForUndo(int cursor);

  // ---- find and replace ----
  /// Number of occurrences of `text` (plain text, not a pattern).
  Q_INVOKABLE int countMatches(QString const& text, bool caseSensitive = false) const;
  /// The next occurrence at or after `from` (wrapping; `backward` looks
  /// before `from`): {begin, end, index (1-based), count}; begin -1 when none.
  Q_INVOKABLE QVariantMap findNext(QString const& text, int from, bool backward = false,
                                   bool caseSensitive = false) const;
  /// Replaces [begin, end) when it holds `text`; returns the end of the replacement, -1 otherwise.
  Q_INVOKABLE int replaceAt(int begin, int end, QString const& text, QString const& replacement,
                            bool caseSensitive = false);
  /// Replaces every occurrence as one undoable edit; returns how many.
  Q_INVOKABLE int replaceAll(QString const& text, QString const& replacement, bool caseSensitive = false);

  // ---- navigation ----
  /// The finding after `position` (wrapping), only rules starting with
  /// `rulePrefix` when given: {row, begin, end}; row -1 when none.
  Q_INVOKABLE QVariantMap nextFinding(int position, QString const& rulePrefix = {}, bool backward = false) const;
  /// Unfilled placeholders (XX, ××, 【】 …) the checker found.
  Q_INVOKABLE int placeholderCount() const;

  /// Re-analyses now (after a corpus change, or in tests).
  Q_INVOKABLE void analyseNow();
  /// Blocks until the current text is analysed (tests, --screenshot).
  Q_INVOKABLE bool waitForAnalysis(int timeoutMs = 10000);

  // ---- findings ----
  /// Shows finding `row` as the current one (stronger underline).
  Q_INVOKABLE void setCurrentFinding(int row);
  /// Applies the checker's fix of finding `row` as one undoable edit.
  Q_INVOKABLE bool applyFix(int row, int cursor = -1);
  /// Hides finding `row` (this place only) for this document.
  Q_INVOKABLE void ignoreHere(int row);
  /// Hides the rule of finding `row` for this document.
  Q_INVOKABLE void ignoreRule(int row);
  /// This report's ignores: {key, rule, note, added, wholeRule}.
  Q_INVOKABLE QVariantList ignores() const;
  /// Shows the findings of ignore `key` again.
  Q_INVOKABLE bool removeIgnore(QString const& key);
  /// Takes back the last 忽略此处 / 本文忽略此规则 of this session.
  Q_INVOKABLE bool undoIgnore();

  // ---- recovery ----
  /// Looks for text left by an editor that died; sets recoveryOffered.
  Q_INVOKABLE void checkRecovery();
  Q_INVOKABLE void acceptRecovery();
  Q_INVOKABLE void discardRecovery();
  /// Writes the recovery entry now if the text changed (focus loss).
  Q_INVOKABLE void autosaveNow();

 signals:
  void textDocumentChanged();
  void corpusChanged();
  void fileChanged();
  void modifiedChanged();
  void windowTitleChanged();
  void analysisStateChanged();
  void analysed();
  void timingChanged();
  void recoveryChanged();
  void errorOccurred(QString const& message);
  void notice(QString const& message);
  void opened(QString const& path);
  void saved(QString const& path);
  void undoStateChanged();
  void ignoresChanged();
  /// An ignore was added (the message says what); it can be taken back.
  void ignored(QString const& message);
  /// The editor should put its cursor at `position` and show it (a draft or
  /// recovered text was just loaded).
  void cursorRequested(int position);

 private:
  void onContentsChange(int pos, int removed, int added);
  void setText(QString const& text, std::shared_ptr<text::Document const> prepared = {});
  /// The analysis job of the text as it is now (LatestScheduler::Prepare).
  LatestScheduler::Job analysisJob();
  void apply(AnalysisResult const& r);
  void autosaveTick();
  RecoveryEntry currentEntry() const;
  static QVariantMap describeRecovery(RecoveryEntry const& e);
  IgnoreList::Report report() const;
  void setFile(QString path, text::Encoding encoding, std::vector<text::LineEnd> line_ends);

  QPointer<QQuickTextDocument> quick_doc_;
  QPointer<QTextDocument> doc_;
  std::unique_ptr<FindingHighlighter> highlighter_;
  QPointer<CorpusController> corpus_;
  EditLog edits_;  ///< since the analysed snapshot: before the models, which point to it
  OutlineModel outline_;
  FindingsModel findings_;
  QList<SectionSpan> spans_;  ///< snapshot positions, like the models'
  /// The file just opened, already read: its first analysis starts from it.
  std::shared_ptr<text::Document const> prepared_;
  quint64 prepared_revision_ = 0;
  std::shared_ptr<text::Document const> pending_prepared_;

  QString path_;
  text::Encoding encoding_ = text::Encoding::utf8;
  std::vector<text::LineEnd> line_ends_;
  QString pending_text_;  // opened before the TextArea handed over its document
  bool has_pending_text_ = false;
  bool loading_ = false;

  quint64 revision_ = 0;
  quint64 analysed_revision_ = 0;
  int doc_revision_ = -1;
  bool ready_ = false;
  LatestScheduler analysis_;
  int characters_ = 0, report_year_ = 0, plan_year_ = 0;
  QString unit_;
  std::string identity_;  ///< the report's title as ignores know it
  QString word_source_;   ///< the .docx this text was read from (kept through 另存为)
  QString word_text_;     ///< its text as read, to tell whether it was edited since
  IgnoreList ignores_;
  EditHistory history_;
  TextSearch search_;
  double analysis_ms_ = 0;
  QString analysis_error_;

  std::unique_ptr<RecoveryStore> recovery_;
  QTimer autosave_;
  quint64 autosaved_revision_ = 0;
  bool entry_written_ = false;
  std::optional<RecoveryEntry> offer_;
  QVariantMap recovery_change_;
  QString suggested_name_;
};

}  // namespace zongjie::app
