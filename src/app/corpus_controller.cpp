#include "corpus_controller.hpp"

#include "zongjie/service/workspace.hpp"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QMetaObject>
#include <QThread>
#include <QUrl>
#include <QtConcurrent/QtConcurrentRun>

#include <filesystem>

namespace zongjie::app {

namespace {
QString qs(std::string_view s) { return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size())); }

QString local_path(QString const& pathOrUrl) {
  if (pathOrUrl.startsWith(QLatin1String("file:"))) return QUrl(pathOrUrl).toLocalFile();
  return pathOrUrl;
}

}  // namespace

struct CorpusController::Loaded {
  quint64 generation = 0;
  std::shared_ptr<service::Workspace const> workspace;
  std::shared_ptr<ThemeLexicon const> lexicon;
  std::shared_ptr<PartHeadingLexicon const> part_headings;
  std::shared_ptr<StandardOutline const> model;
  std::shared_ptr<StandardOutline const> effective_model;
  std::shared_ptr<check::Checker const> checker;
  std::shared_ptr<check::SuppressionStore const> suppressions;
  std::shared_ptr<OfficeLexicon const> names;
  Labels::CorpusState state = Labels::CorpusIdle;
  QString error;
};

CorpusController::CorpusController(QObject* parent) : QObject(parent) {
  pool_.setMaxThreadCount(1);  // loads and learning never overlap
  connect(&load_watcher_, &QFutureWatcher<std::shared_ptr<Loaded>>::finished, this,
          [this] { apply(load_watcher_.result()); });
}

CorpusController::~CorpusController() {
  if (cancel_) cancel_->store(true);
  pool_.waitForDone();
}

void CorpusController::setDbPath(QString path) {
  path = local_path(path);
  if (path == db_path_) return;
  db_path_ = std::move(path);
  emit dbPathChanged();
}

int CorpusController::documents() const { return model_ ? static_cast<int>(model_->documents) : 0; }

AnalysisContext CorpusController::context() const {
  AnalysisContext c;
  c.themes = lexicon_;
  c.partHeadings = part_headings_;
  c.model = model_;
  c.dbPath = db_path_;
  c.checker = checker_;
  c.suppressions = suppressions_;
  return c;
}

std::shared_ptr<StandardOutline const> CorpusController::effectiveModel() const { return effective_model_; }

namespace {
check::DocumentKey key_of(QString const& path, std::string const& identity) {
  check::DocumentKey key = path.isEmpty() ? check::DocumentKey{} : check::document_key(path.toStdString());
  key.identity = identity;
  return key;
}
}  // namespace

QString CorpusController::ignoreFinding(QString const& documentPath, std::string const& identity, QString const& rule,
                                        QString const& subject, QString const& message) {
  if (!suppressions_) return QStringLiteral("忽略列表尚未读入，请稍后再试");
  // Copy, change, save, swap: analyses running meanwhile keep their snapshot.
  auto next = std::make_shared<check::SuppressionStore>(*suppressions_);
  check::Finding f;
  f.rule = rule.toStdString();
  f.subject = subject.toStdString();
  f.message = message.toStdString();
  try {
    last_ignore_id_ = next->add_finding(key_of(documentPath, identity), f);
    next->save();
  } catch (std::exception const& e) {
    return QStringLiteral("无法保存忽略列表：%1").arg(QString::fromUtf8(e.what()));
  }
  suppressions_ = std::move(next);
  emit contextChanged();
  return {};
}

QString CorpusController::ignoreRule(QString const& documentPath, std::string const& identity, QString const& rule,
                                     QString const& note) {
  if (!suppressions_) return QStringLiteral("忽略列表尚未读入，请稍后再试");
  auto next = std::make_shared<check::SuppressionStore>(*suppressions_);
  try {
    last_ignore_id_ = next->add_rule(key_of(documentPath, identity), rule.toStdString(), note.toStdString());
    next->save();
  } catch (std::exception const& e) {
    return QStringLiteral("无法保存忽略列表：%1").arg(QString::fromUtf8(e.what()));
  }
  suppressions_ = std::move(next);
  emit contextChanged();
  return {};
}

QVariantList CorpusController::ignoresOf(QString const& documentPath, std::string const& identity) const {
  QVariantList out;
  if (!suppressions_ || (documentPath.isEmpty() && identity.empty())) return out;
  for (check::Suppression const& e : suppressions_->entries_of(key_of(documentPath, identity)))
    out.push_back(QVariantMap{{QStringLiteral("id"), e.id},
                              {QStringLiteral("rule"), QString::fromStdString(e.rule)},
                              {QStringLiteral("subject"), QString::fromStdString(e.subject)},
                              {QStringLiteral("note"), QString::fromStdString(e.note)},
                              {QStringLiteral("added"), QString::fromStdString(e.added)}});
  return out;
}

QString CorpusController::removeIgnore(int id) {
  if (!suppressions_) return QStringLiteral("忽略列表尚未读入，请稍后再试");
  auto next = std::make_shared<check::SuppressionStore>(*suppressions_);
  try {
    if (!next->remove(id)) return QStringLiteral("忽略列表中已没有这一项");
    next->save();
  } catch (std::exception const& e) {
    return QStringLiteral("无法保存忽略列表：%1").arg(QString::fromUtf8(e.what()));
  }
  suppressions_ = std::move(next);
  emit contextChanged();
  return {};
}

QString CorpusController::copyIgnores(QString const& fromPath, QString const& toPath, std::string const& identity,
                                      std::vector<std::array<std::string, 3>> const& extra) {
  if (!suppressions_ || toPath.isEmpty()) return {};
  check::DocumentKey const to = key_of(toPath, identity);
  auto next = std::make_shared<check::SuppressionStore>(*suppressions_);
  auto add = [&](std::string const& rule, std::string const& subject, std::string const& note) {
    if (subject.empty()) {
      next->add_rule(to, rule, note);
    } else {
      check::Finding f;
      f.rule = rule;
      f.subject = subject;
      f.message = note;
      next->add_finding(to, f);
    }
  };
  std::size_t added = 0;
  if (!fromPath.isEmpty())
    for (check::Suppression const& e : suppressions_->entries_of(key_of(fromPath, {}))) {
      add(e.rule, e.subject, e.note);
      ++added;
    }
  for (auto const& [rule, subject, note] : extra) {
    add(rule, subject, note);
    ++added;
  }
  if (added == 0) return {};
  try {
    next->save();
  } catch (std::exception const& e) {
    return QStringLiteral("无法保存忽略列表：%1").arg(QString::fromUtf8(e.what()));
  }
  suppressions_ = std::move(next);
  emit contextChanged();
  return {};
}

void CorpusController::setState(Labels::CorpusState state, QString error) {
  if (state == state_ && error == error_) return;
  state_ = state;
  error_ = std::move(error);
  emit stateChanged();
}

void CorpusController::load() {
  if (db_path_.isEmpty()) {
    db_path_ = QString::fromStdString(service::locate_corpus(std::nullopt).path);
    emit dbPathChanged();
  }
  if (state_ != Labels::CorpusReady) setState(Labels::CorpusLoading);
  quint64 const generation = ++load_generation_;
  loading_ = true;
  std::string const db = db_path_.toStdString();
  load_watcher_.setFuture(QtConcurrent::run(&pool_, [generation, db] {
    auto l = std::make_shared<Loaded>();
    l->generation = generation;
    // The core's one corpus policy: the database when it holds reports, else
    // the built-in standard outline and themes.  The editor's database is a
    // default (it may not exist yet: 学习 creates it).
    auto workspace = std::make_shared<service::Workspace>(service::Workspace::open({db, false}));
    try {
      l->checker = workspace->checker_ptr();  // reads the corpus and the rule data
      l->lexicon = workspace->themes();
      l->part_headings = workspace->part_headings();
      l->effective_model = workspace->model_ptr();
      l->names = workspace->lexicon();
      switch (workspace->status()) {
        case service::CorpusStatus::learned:
          l->model = workspace->model_ptr();
          l->state = Labels::CorpusReady;
          break;
        case service::CorpusStatus::absent:
        case service::CorpusStatus::empty: l->state = Labels::CorpusMissing; break;
        case service::CorpusStatus::unreadable:
          l->state = Labels::CorpusError;
          l->error = QString::fromStdString(workspace->notes().empty() ? std::string() : workspace->notes().front());
          break;
      }
      l->workspace = std::move(workspace);
    } catch (std::exception const& e) {
      // A broken user copy of themes.tsv or rules.json.
      l->state = Labels::CorpusError;
      l->error = QStringLiteral("内置的标准结构或检查规则无法读入：%1").arg(QString::fromUtf8(e.what()));
      return l;
    }
    try {
      l->suppressions = std::make_shared<check::SuppressionStore const>(l->workspace->suppressions());
    } catch (std::exception const& e) {
      // A broken ignore file: nothing is ignored, and the user is told which file.
      l->suppressions =
          std::make_shared<check::SuppressionStore const>(std::filesystem::path(db + ".ignore.broken.json"));
      if (l->error.isEmpty()) l->error = QString::fromUtf8(e.what());
    }
    return l;
  }));
}

void CorpusController::apply(std::shared_ptr<Loaded> const& l) {
  if (!l || l->generation != load_generation_) return;
  loading_ = false;
  workspace_ = l->workspace;
  lexicon_ = l->lexicon;
  part_headings_ = l->part_headings;
  model_ = l->model;
  effective_model_ = l->effective_model;
  checker_ = l->checker;
  suppressions_ = l->suppressions;
  parts_.clear();
  themes_.clear();
  styles_.clear();
  usual_order_.clear();
  theme_names_.clear();
  names_.clear();
  if (l->names)
    for (auto const& e : l->names->entries())
      names_.push_back(QVariantMap{{QStringLiteral("word"), qs(e.word)},
                                   {QStringLiteral("kind"), qs(name_kind_label(e.kind))},
                                   {QStringLiteral("kindId"), qs(name_kind_id(e.kind))},
                                   {QStringLiteral("count"), e.count},
                                   {QStringLiteral("documents"), e.documents},
                                   {QStringLiteral("staff"), e.source == NameSource::staff}});
  if (lexicon_)
    for (auto const& t : lexicon_->themes()) theme_names_.push_back(qs(t));
  if (model_) {
    for (auto const& p : model_->parts) {
      parts_.push_back(QVariantMap{
          {QStringLiteral("role"), static_cast<int>(p.role)},
          {QStringLiteral("label"), qs(role_label(p.role))},
          {QStringLiteral("share"), p.share},
          {QStringLiteral("sectionsMean"), p.sections_mean},
          {QStringLiteral("sectionsMin"), p.sections_min},
          {QStringLiteral("sectionsMax"), p.sections_max},
          {QStringLiteral("headedShare"), p.headed_share},
      });
      QVariantList themes;
      for (auto const* t : model_->themes_of(p.role)) {
        if (themes.size() >= 8) break;
        themes.push_back(QVariantMap{{QStringLiteral("theme"), qs(t->theme)}, {QStringLiteral("share"), t->share}});
      }
      if (!themes.isEmpty())
        themes_.push_back(QVariantMap{{QStringLiteral("role"), static_cast<int>(p.role)},
                                      {QStringLiteral("label"), qs(role_label(p.role))},
                                      {QStringLiteral("themes"), themes}});
    }
    for (auto const& s : model_->styles)
      styles_.push_back(QVariantMap{{QStringLiteral("level"), QString::fromStdString(s.level)},
                                    {QStringLiteral("levelLabel"), qs(level_label(s.level))},
                                    {QStringLiteral("style"), qs(marker_style_label(s.marker_style))},
                                    {QStringLiteral("share"), s.share}});
    QStringList order;
    for (auto r : model_->order) order.push_back(qs(role_label(r)));
    usual_order_ = order.join(QStringLiteral(" → "));
  }
  emit modelChanged();
  emit contextChanged();
  setState(l->state, l->error);
}

bool CorpusController::learn(QString const& folder) {
  if (learning_) return false;
  QString const path = local_path(folder);
  if (path.isEmpty() || !QFileInfo::exists(path)) {
    learn_message_ = QStringLiteral("无法学习“%1”：文件夹不存在").arg(path);
    learn_warnings_.clear();
    emit learnMessageChanged();
    return false;
  }
  if (db_path_.isEmpty()) {
    db_path_ = QString::fromStdString(service::locate_corpus(std::nullopt).path);
    emit dbPathChanged();
  }
  learning_ = true;
  emit learningChanged();
  progress_done_ = progress_total_ = 0;
  progress_file_.clear();
  emit progressChanged();
  learn_message_ = QStringLiteral("正在查找报告……");
  learn_warnings_.clear();
  emit learnMessageChanged();

  cancel_ = std::make_shared<std::atomic<bool>>(false);
  auto cancel = cancel_;
  std::string const db = db_path_.toStdString();
  std::string const input = path.toStdString();
  (void)QtConcurrent::run(&pool_, [this, cancel, db, input] {
    // Progress arrives once per file; the UI needs a few updates a second.
    QElapsedTimer since;
    since.start();
    auto warnings = std::make_shared<QStringList>();
    LearnOptions o;
    o.inputs = {std::filesystem::path(input)};
    o.threads = static_cast<unsigned>(std::max(1, QThread::idealThreadCount() - 1));
    o.cancel = cancel.get();
    o.on_progress = [&](LearnProgress const& p) {
      if (p.done != p.total && since.elapsed() < 50) return;
      since.restart();
      int const done = static_cast<int>(p.done), total = static_cast<int>(p.total);
      QString const file = QFileInfo(QString::fromStdString(p.current)).fileName();
      QMetaObject::invokeMethod(
          this,
          [this, done, total, file] {
            progress_done_ = done;
            progress_total_ = total;
            progress_file_ = file;
            emit progressChanged();
          },
          Qt::QueuedConnection);
    };
    o.on_warning = [&](std::string const& file, std::string const& reason) {
      if (warnings->size() < 200)
        warnings->push_back(QFileInfo(QString::fromStdString(file)).fileName() + QStringLiteral("：") +
                            QString::fromStdString(reason));
    };
    QString message;
    bool ok = false;
    try {
      LearnResult const r = service::learn(db, o).result;
      ok = r.learned + r.unchanged > 0;
      if (r.cancelled)
        message = QStringLiteral("已取消。已学习的 %1 篇已保存，语料库现有 %2 篇报告。")
                      .arg(r.learned)
                      .arg(r.model.documents);
      else if (r.files == 0) message = QStringLiteral("文件夹里没有找到报告（.txt 或 .docx）。");
      else
        message = QStringLiteral("学习完成：共 %1 个文件，新学习或更新 %2 篇，未变化 %3 篇%4。语料库现有 %5 篇报告。")
                      .arg(r.files)
                      .arg(r.learned)
                      .arg(r.unchanged)
                      .arg(r.failed ? QStringLiteral("，无法读取 %1 篇").arg(r.failed) : QString())
                      .arg(r.model.documents);
    } catch (std::exception const& e) {
      message = QStringLiteral("学习失败：%1").arg(QString::fromUtf8(e.what()));
    }
    QMetaObject::invokeMethod(
        this,
        [this, message, ok, warnings] {
          learning_ = false;
          learn_message_ = message;
          learn_warnings_ = *warnings;
          emit learnMessageChanged();
          emit learningChanged();
          emit learnFinished(ok);
          load();
        },
        Qt::QueuedConnection);
  });
  return true;
}

void CorpusController::cancelLearning() {
  if (cancel_) cancel_->store(true);
}

void CorpusController::waitForIdle() {
  QElapsedTimer t;
  t.start();
  while (t.elapsed() < 120000) {
    pool_.waitForDone();
    QCoreApplication::processEvents(QEventLoop::AllEvents);
    if (!learning_ && !loading_) break;
  }
}

QVariantList CorpusController::namesOfKind(QString const& kind, int limit) const {
  QVariantList out;
  for (auto const& v : names_) {
    if (out.size() >= limit) break;
    if (kind.isEmpty() || v.toMap().value(QStringLiteral("kind")).toString() == kind) out.push_back(v);
  }
  return out;
}

}  // namespace zongjie::app
