#include "phrase_search.hpp"

#include "corpus_controller.hpp"

#include "zongjie/pgstore/open.hpp"
#include "zongjie/store/phrase_index.hpp"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QMetaObject>

#include <mutex>

namespace zongjie::app {

namespace {
QString qs(std::string_view s) { return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size())); }

}  // namespace

// ---- the list model -------------------------------------------------------------

int PhraseListModel::rowCount(QModelIndex const& parent) const {
  return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

QVariant PhraseListModel::data(QModelIndex const& index, int role) const {
  if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
  PhraseRow const& r = rows_[index.row()];
  switch (role) {
    case Qt::DisplayRole:
    case TextRole: return r.text;
    case KindRole: return r.kind;
    case KindLabelRole: return r.kindLabel;
    case PartRole: return r.part;
    case PartLabelRole: return r.partLabel;
    case ThemeRole: return r.theme;
    case FileRole: return r.file;
    case LineRole: return r.line;
    case YearRole: return r.year;
    case CountRole: return r.count;
    case InsertTextRole: return insertTextAt(index.row());
    case DetailRole: {
      QStringList bits;
      if (r.year > 0) bits << QStringLiteral("%1年").arg(r.year);
      if (!r.partLabel.isEmpty()) bits << r.partLabel;
      if (!r.theme.isEmpty()) bits << r.theme;
      if (r.count > 1) bits << QStringLiteral("用过 %1 次").arg(r.count);
      if (!r.file.isEmpty()) bits << QFileInfo(r.file).fileName();
      return bits.join(QStringLiteral(" · "));
    }
    default: return {};
  }
}

QHash<int, QByteArray> PhraseListModel::roleNames() const {
  return {{TextRole, "phrase"}, {KindRole, "kind"},           {KindLabelRole, "kindLabel"},
          {PartRole, "part"},   {PartLabelRole, "partLabel"}, {ThemeRole, "theme"},
          {FileRole, "file"},   {LineRole, "line"},           {YearRole, "year"},
          {CountRole, "count"}, {DetailRole, "detail"},       {InsertTextRole, "insertText"}};
}

QString PhraseListModel::insertTextAt(int row) const {
  if (row < 0 || row >= rows_.size()) return {};
  PhraseRow const& r = rows_[row];
  QString text = r.text.trimmed();
  bool const fragment = r.kind == QLatin1String("parallel") || r.kind == QLatin1String("slogan");
  if (fragment || text.isEmpty()) return text;
  // The index keeps sentences without their closing mark; the text needs it.
  static QString const closing = QStringLiteral("。！？；…!?;");
  if (!closing.contains(text.back())) text += u'。';
  return text;
}

void PhraseListModel::setRows(QList<PhraseRow> rows) {
  beginResetModel();
  rows_ = std::move(rows);
  endResetModel();
  emit countChanged();
}

// ---- the worker ------------------------------------------------------------------

struct PhraseSearch::Worker {
  std::mutex mutex;                            // guards `index` for interrupt()
  std::unique_ptr<store::PhraseSearch> index;  // used on the pool thread only (SQLite or a server)
  std::string db;
  bool stale_index = true;
  std::atomic<bool> running{false};
  std::atomic<quint64> latest_search{0};
  std::atomic<quint64> latest_suggest{0};

  // Opens the index lazily (pool thread); "" or why it cannot be used.
  QString ensure_open() {
    if (index && !stale_index) return {};
    std::unique_ptr<store::PhraseSearch> fresh;
    stale_index = false;
    try {
      fresh = pgstore::open_phrase_search(db);
    } catch (std::exception const& e) {
      std::lock_guard lock(mutex);
      index.reset();
      if (!QFileInfo::exists(QString::fromStdString(db)))
        return QStringLiteral("还没有学习往年报告：请先在“语料”页学习一个文件夹。");
      return QString::fromUtf8(e.what());
    }
    std::lock_guard lock(mutex);
    index = std::move(fresh);
    return {};
  }

  void interrupt() {
    std::lock_guard lock(mutex);
    if (index && running.load()) index->interrupt();
  }

  // Runs `query` on the index; retried once when an interrupt meant for an
  // older query hit this one.
  template <class Query>
  bool run(Query&& query, std::atomic<quint64> const& latest, quint64 generation, QString& error) {
    for (int attempt = 0; attempt < 2; ++attempt) {
      running = true;
      try {
        query(*index);
        running = false;
        return true;
      } catch (store::Interrupted const&) {
        running = false;
        if (latest.load() != generation) return false;
      } catch (std::exception const& e) {
        running = false;
        error = QString::fromUtf8(e.what());
        return true;
      }
    }
    return false;
  }
};

PhraseSearch::PhraseSearch(QObject* parent) : QObject(parent), worker_(std::make_shared<Worker>()) {
  pool_.setMaxThreadCount(1);
  pool_.setExpiryTimeout(-1);
  timer_.setSingleShot(true);
  timer_.setInterval(150);  // searching on every keystroke of a fast typist is waste
  connect(&timer_, &QTimer::timeout, this, &PhraseSearch::runSearch);
  status_ = QStringLiteral("输入关键词，查找往年报告中的表述。");
}

PhraseSearch::~PhraseSearch() {
  worker_->latest_search = ~quint64(0);
  worker_->latest_suggest = ~quint64(0);
  worker_->interrupt();
  pool_.waitForDone();
}

void PhraseSearch::setDelayMs(int ms) {
  if (ms == timer_.interval()) return;
  timer_.setInterval(std::max(0, ms));
  emit delayChanged();
}

template <class Work>
void PhraseSearch::submit(Work work) {
  ++pending_;
  emit statusChanged();
  pool_.start(std::move(work));
}

void PhraseSearch::setCorpus(CorpusController* corpus) {
  if (corpus == corpus_) return;
  if (corpus_) disconnect(corpus_, nullptr, this, nullptr);
  corpus_ = corpus;
  if (corpus_) {
    // Re-learned or another database: reopen, and ask again.
    connect(corpus_, &CorpusController::contextChanged, this, &PhraseSearch::reopen);
    connect(corpus_, &CorpusController::dbPathChanged, this, &PhraseSearch::reopen);
  }
  reopen();
  emit corpusChanged();
}

void PhraseSearch::reopen() {
  std::string const db = corpus_ ? corpus_->dbPath().toStdString() : std::string();
  auto w = worker_;
  pool_.start([w, db] {
    w->db = db;
    w->stale_index = true;
  });
  if (!query_.isEmpty()) timer_.start();
  if (!sugg_part_.isEmpty()) suggestFor(sugg_part_, sugg_theme_, sugg_title_);
}

void PhraseSearch::setQuery(QString q) {
  if (q == query_) return;
  query_ = std::move(q);
  emit queryChanged();
  worker_->interrupt();  // whatever runs now answers an older question
  timer_.start();
}

void PhraseSearch::setPart(QString p) {
  if (p == part_) return;
  part_ = std::move(p);
  emit filterChanged();
  timer_.start();
}

void PhraseSearch::setTheme(QString t) {
  if (t == theme_) return;
  theme_ = std::move(t);
  emit filterChanged();
  timer_.start();
}

void PhraseSearch::runSearch() {
  quint64 const gen = ++search_generation_;
  auto w = worker_;
  w->latest_search = gen;
  QString const shown = query_.trimmed();
  if (shown.isEmpty()) {
    results_.setRows({});
    status_ = QStringLiteral("输入关键词，查找往年报告中的表述。");
    emit statusChanged();
    return;
  }
  store::PhraseQuery q;
  q.text = shown.toStdString();
  if (!part_.isEmpty()) q.part = role_from_name(part_.toStdString());
  q.theme = theme_.toStdString();
  q.limit = 50;
  QPointer<PhraseSearch> self(this);
  submit([w, gen, q, self, shown] {
    QList<PhraseRow> rows;
    QString error;
    bool answered = false;
    if (w->latest_search.load() == gen) {
      error = w->ensure_open();
      if (error.isEmpty()) {
        std::vector<store::PhraseHit> hits;
        answered = w->run([&](store::PhraseSearch& index) { hits = index.search(q); }, w->latest_search, gen, error);
        for (auto const& h : hits) {
          PhraseRow r;
          r.text = QString::fromStdString(h.text);
          r.part = qs(role_name(h.part));
          r.partLabel = qs(role_label(h.part));
          r.theme = QString::fromStdString(h.theme);
          r.file = QString::fromStdString(h.file);
          r.line = static_cast<int>(h.line);
          r.year = h.year.value_or(0);
          r.count = static_cast<int>(h.count);
          rows.push_back(std::move(r));
        }
      } else {
        answered = true;
      }
    }
    QMetaObject::invokeMethod(
        self,
        [self, gen, rows, error, answered, shown] {
          if (!self) return;
          --self->pending_;
          if (answered && gen == self->search_generation_) {
            self->results_.setRows(rows);
            if (!error.isEmpty()) self->status_ = error;
            else if (rows.isEmpty()) self->status_ = QStringLiteral("往年报告中没有包含“%1”的表述。").arg(shown);
            else self->status_ = QStringLiteral("找到 %1 条包含“%2”的表述。").arg(rows.size()).arg(shown);
          }
          emit self->statusChanged();
        },
        Qt::QueuedConnection);
  });
}

void PhraseSearch::suggestFor(QString const& part, QString const& theme, QString const& sectionTitle) {
  sugg_part_ = part;
  sugg_theme_ = theme;
  sugg_title_ = sectionTitle;
  std::optional<PartRole> role = role_from_name(part.toStdString());
  if (!role) {
    suggestions_.setRows({});
    suggestion_title_.clear();
    emit suggestionsChanged();
    return;
  }
  quint64 const gen = ++suggest_generation_;
  auto w = worker_;
  w->latest_suggest = gen;
  store::SuggestionQuery q;
  q.part = *role;
  q.theme = theme.toStdString();
  q.section_title = sectionTitle.toStdString();
  q.limit = 12;
  QString const title = qs(role_label(*role)) + (theme.isEmpty() ? QString() : QStringLiteral(" · ") + theme);
  QPointer<PhraseSearch> self(this);
  submit([w, gen, q, self, title] {
    QList<PhraseRow> rows;
    QString error;
    bool answered = false;
    if (w->latest_suggest.load() == gen) {
      error = w->ensure_open();
      if (error.isEmpty()) {
        std::vector<store::Suggestion> found;
        answered = w->run([&](store::PhraseSearch& index) { found = index.suggest(q); }, w->latest_suggest, gen, error);
        for (auto const& s : found) {
          PhraseRow r;
          r.text = QString::fromStdString(s.text);
          r.kind = qs(store::suggestion_kind_name(s.kind));
          r.kindLabel = qs(store::suggestion_kind_label(s.kind));
          r.count = static_cast<int>(s.count);
          r.year = s.last_year.value_or(0);
          if (!s.sources.empty()) {
            r.file = QString::fromStdString(s.sources.front().file);
            r.line = static_cast<int>(s.sources.front().line);
          }
          rows.push_back(std::move(r));
        }
      } else {
        answered = true;
      }
    }
    QMetaObject::invokeMethod(
        self,
        [self, gen, rows, answered, title] {
          if (!self) return;
          --self->pending_;
          if (answered && gen == self->suggest_generation_) {
            self->suggestions_.setRows(rows);
            self->suggestion_title_ = title;
            emit self->suggestionsChanged();
          }
          emit self->statusChanged();
        },
        Qt::QueuedConnection);
  });
}

void PhraseSearch::waitForIdle() {
  QElapsedTimer t;
  t.start();
  if (timer_.isActive()) {
    timer_.stop();
    runSearch();
  }
  while (t.elapsed() < 30000) {
    pool_.waitForDone();
    QCoreApplication::sendPostedEvents(this);
    if (pending_ == 0 && !timer_.isActive()) break;
    QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
  }
}

}  // namespace zongjie::app
