// The corpus as the editor sees it: the learned standard outline (for the
// checks and the 语料 chart), the theme lexicon refined by the corpus, and
// learning a folder in the background with progress and cancel.
//
// Startup never waits for the database: load() runs on a worker thread and
// reads two small things (the stored model row and the theme terms); nothing
// scans the documents or the sentences.
#pragma once

#include "labels.hpp"

#include "analysis.hpp"

#include "zongjie/service/workspace.hpp"

#include <QFutureWatcher>
#include <QObject>
#include <QThreadPool>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include <array>
#include <atomic>
#include <memory>
#include <string>
#include <vector>

namespace zongjie::app {

class CorpusController : public QObject {
  Q_OBJECT
  QML_ELEMENT
  Q_PROPERTY(QString dbPath READ dbPath WRITE setDbPath NOTIFY dbPathChanged)
  Q_PROPERTY(zongjie::app::Labels::CorpusState state READ state NOTIFY stateChanged)
  Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY stateChanged)
  Q_PROPERTY(int documents READ documents NOTIFY modelChanged)
  Q_PROPERTY(bool hasModel READ hasModel NOTIFY modelChanged)
  Q_PROPERTY(QVariantList parts READ parts NOTIFY modelChanged)
  Q_PROPERTY(QVariantList themes READ themes NOTIFY modelChanged)
  Q_PROPERTY(QVariantList styles READ styles NOTIFY modelChanged)
  Q_PROPERTY(QString usualOrder READ usualOrder NOTIFY modelChanged)
  Q_PROPERTY(QStringList themeNames READ themeNames NOTIFY modelChanged)
  /// The office lexicon: {word, kind (地名…), kindId (place…), count, documents, staff}, by kind and count.
  Q_PROPERTY(QVariantList names READ names NOTIFY modelChanged)
  Q_PROPERTY(bool learning READ learning NOTIFY learningChanged)
  Q_PROPERTY(int progressDone READ progressDone NOTIFY progressChanged)
  Q_PROPERTY(int progressTotal READ progressTotal NOTIFY progressChanged)
  Q_PROPERTY(QString progressFile READ progressFile NOTIFY progressChanged)
  Q_PROPERTY(QString learnMessage READ learnMessage NOTIFY learnMessageChanged)
  Q_PROPERTY(QStringList learnWarnings READ learnWarnings NOTIFY learnMessageChanged)

 public:
  explicit CorpusController(QObject* parent = nullptr);
  ~CorpusController() override;

  QString dbPath() const { return db_path_; }
  void setDbPath(QString path);
  Labels::CorpusState state() const { return state_; }
  QString errorMessage() const { return error_; }
  int documents() const;
  bool hasModel() const { return model_ != nullptr; }
  QVariantList parts() const { return parts_; }
  QVariantList themes() const { return themes_; }
  QVariantList styles() const { return styles_; }
  QString usualOrder() const { return usual_order_; }
  QStringList themeNames() const { return theme_names_; }
  QVariantList names() const { return names_; }
  /// The lexicon entries of one kind (地名, 单位, 项目, 人名; "" for all), at most `limit`.
  Q_INVOKABLE QVariantList namesOfKind(QString const& kind, int limit = 300) const;
  bool learning() const { return learning_; }
  int progressDone() const { return progress_done_; }
  int progressTotal() const { return progress_total_; }
  QString progressFile() const { return progress_file_; }
  QString learnMessage() const { return learn_message_; }
  QStringList learnWarnings() const { return learn_warnings_; }

  /// The snapshot an analysis runs with.
  AnalysisContext context() const;
  /// The learned standard outline, else the built-in one (for drafting).
  std::shared_ptr<StandardOutline const> effectiveModel() const;
  /// The corpus as the core's service layer opened it (null before the first load).
  std::shared_ptr<service::Workspace const> workspace() const { return workspace_; }

  /// Ignores one finding of the report at `documentPath` whose title is
  /// `identity` (check::document_identity; kept in <db>.ignore.json, shared
  /// with `zongjie ignore`).  "" or an error message.
  QString ignoreFinding(QString const& documentPath, std::string const& identity, QString const& rule,
                        QString const& subject, QString const& message);
  /// Turns `rule` off for that report.  "" or an error message.
  QString ignoreRule(QString const& documentPath, std::string const& identity, QString const& rule,
                     QString const& note);
  /// The id of the entry the last ignoreFinding/ignoreRule added (or found).
  int lastIgnoreId() const { return last_ignore_id_; }
  /// The ignores of one report, by its path or its title: {id, rule, subject, note, added}.
  QVariantList ignoresOf(QString const& documentPath, std::string const& identity) const;
  /// Removes ignore `id` (the finding shows again); "" or an error message.
  QString removeIgnore(int id);
  /// Ignores under `toPath` too: what was ignored for `fromPath` (another
  /// name for the same report, 另存为), and `extra` {rule, subject, note}
  /// entries (an untitled text's session ignores).  "" or an error message.
  QString copyIgnores(QString const& fromPath, QString const& toPath, std::string const& identity,
                      std::vector<std::array<std::string, 3>> const& extra = {});

  /// Reads the model and theme terms in the background.
  Q_INVOKABLE void load();
  /// Learns a folder (path or file: URL) into dbPath in the background.
  Q_INVOKABLE bool learn(QString const& folder);
  Q_INVOKABLE void cancelLearning();
  /// Blocks until loading/learning finished (tests, --screenshot).
  Q_INVOKABLE void waitForIdle();

 signals:
  void dbPathChanged();
  void stateChanged();
  void modelChanged();
  void learningChanged();
  void progressChanged();
  void learnMessageChanged();
  /// Theme lexicon or model changed: analyses must be redone.
  void contextChanged();
  void learnFinished(bool ok);

 private:
  struct Loaded;
  void apply(std::shared_ptr<Loaded> const& loaded);
  void setState(Labels::CorpusState state, QString error = {});

  QString db_path_;
  Labels::CorpusState state_ = Labels::CorpusIdle;
  QString error_;
  std::shared_ptr<ThemeLexicon const> lexicon_;
  std::shared_ptr<service::Workspace const> workspace_;
  std::shared_ptr<PartHeadingLexicon const> part_headings_;
  std::shared_ptr<StandardOutline const> model_;
  std::shared_ptr<StandardOutline const> effective_model_;
  std::shared_ptr<check::Checker const> checker_;
  std::shared_ptr<check::SuppressionStore const> suppressions_;
  int last_ignore_id_ = -1;
  QVariantList parts_, themes_, styles_;
  QStringList theme_names_;
  QVariantList names_;
  QString usual_order_;

  QThreadPool pool_;
  QFutureWatcher<std::shared_ptr<Loaded>> load_watcher_;
  QFutureWatcher<void> learn_watcher_;
  std::shared_ptr<std::atomic<bool>> cancel_;
  bool learning_ = false;
  int progress_done_ = 0, progress_total_ = 0;
  QString progress_file_;
  QString learn_message_;
  QStringList learn_warnings_;
  quint64 load_generation_ = 0;
  bool loading_ = false;  // until the latest load's result is applied
};

}  // namespace zongjie::app
