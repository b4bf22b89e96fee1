// 素材: past phrasing from the corpus.  Searches as the user types and
// suggests set phrases and sentences for the section at the cursor.
//
// The core's PhraseIndex holds its own read-only connection; it lives on one
// worker thread (a one-thread pool) and is never touched by the UI thread
// except through interrupt(), which abandons a query a newer keystroke made
// stale.  Results carry a generation number; stale ones are dropped.
#pragma once

#include <QAbstractListModel>
#include <QPointer>
#include <QThreadPool>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

#include <atomic>
#include <memory>

namespace zongjie::store {
class PhraseIndex;
}

namespace zongjie::app {

class CorpusController;

struct PhraseRow {
  QString text;
  QString kind;  ///< "" for a search hit; parallel | slogan | lead | sentence for suggestions
  QString kindLabel;
  QString part;
  QString partLabel;
  QString theme;
  QString file;
  int line = 0;
  int year = 0;
  int count = 0;
};

/// A list of phrases (search hits or suggestions).
class PhraseListModel : public QAbstractListModel {
  Q_OBJECT
  QML_ELEMENT
  QML_UNCREATABLE("由 PhraseSearch 提供")
  Q_PROPERTY(int count READ count NOTIFY countChanged)

 public:
  enum Role {
    TextRole = Qt::UserRole + 1,
    KindRole,
    KindLabelRole,
    PartRole,
    PartLabelRole,
    ThemeRole,
    FileRole,
    LineRole,
    YearRole,
    CountRole,
    DetailRole,
    InsertTextRole,  ///< what 插入 puts in the text: a sentence keeps its 。
  };
  Q_ENUM(Role)
  using QAbstractListModel::QAbstractListModel;

  int rowCount(QModelIndex const& parent = {}) const override;
  QVariant data(QModelIndex const& index, int role) const override;
  QHash<int, QByteArray> roleNames() const override;
  int count() const { return static_cast<int>(rows_.size()); }
  void setRows(QList<PhraseRow> rows);
  Q_INVOKABLE QString textAt(int row) const { return row >= 0 && row < rows_.size() ? rows_[row].text : QString(); }
  /// The text of `row` as inserted: whole sentences end with 。, set phrases
  /// and slogans (fragments inside a sentence) stay as they are.
  Q_INVOKABLE QString insertTextAt(int row) const;

 signals:
  void countChanged();

 private:
  QList<PhraseRow> rows_;
};

class PhraseSearch : public QObject {
  Q_OBJECT
  QML_ELEMENT
  Q_PROPERTY(zongjie::app::CorpusController* corpus READ corpus WRITE setCorpus NOTIFY corpusChanged)
  Q_PROPERTY(QString query READ query WRITE setQuery NOTIFY queryChanged)
  Q_PROPERTY(QString part READ part WRITE setPart NOTIFY filterChanged)     ///< "" all, or a role name
  Q_PROPERTY(QString theme READ theme WRITE setTheme NOTIFY filterChanged)  ///< "" all
  Q_PROPERTY(zongjie::app::PhraseListModel* results READ results CONSTANT)
  Q_PROPERTY(zongjie::app::PhraseListModel* suggestions READ suggestions CONSTANT)
  Q_PROPERTY(QString status READ status NOTIFY statusChanged)
  Q_PROPERTY(bool busy READ busy NOTIFY statusChanged)
  Q_PROPERTY(QString suggestionTitle READ suggestionTitle NOTIFY suggestionsChanged)
  Q_PROPERTY(int delayMs READ delayMs WRITE setDelayMs NOTIFY delayChanged)

 public:
  explicit PhraseSearch(QObject* parent = nullptr);
  ~PhraseSearch() override;

  CorpusController* corpus() const { return corpus_; }
  void setCorpus(CorpusController* corpus);
  QString query() const { return query_; }
  void setQuery(QString q);
  QString part() const { return part_; }
  void setPart(QString p);
  QString theme() const { return theme_; }
  void setTheme(QString t);
  PhraseListModel* results() { return &results_; }
  PhraseListModel* suggestions() { return &suggestions_; }
  QString status() const { return status_; }
  bool busy() const { return pending_ > 0; }
  QString suggestionTitle() const { return suggestion_title_; }
  int delayMs() const { return timer_.interval(); }
  void setDelayMs(int ms);

  /// Suggestions for the section at the cursor (part role, theme, title).
  Q_INVOKABLE void suggestFor(QString const& part, QString const& theme, QString const& sectionTitle);
  /// Blocks until queued queries are answered (tests).
  Q_INVOKABLE void waitForIdle();

 signals:
  void corpusChanged();
  void queryChanged();
  void filterChanged();
  void statusChanged();
  void suggestionsChanged();
  void delayChanged();

 private:
  void runSearch();
  void reopen();
  template <class Work>
  void submit(Work work);

  QPointer<CorpusController> corpus_;
  QString query_, part_, theme_;
  QString sugg_part_, sugg_theme_, sugg_title_;
  QString status_, suggestion_title_;
  PhraseListModel results_, suggestions_;
  QTimer timer_;
  QThreadPool pool_;
  int pending_ = 0;
  quint64 search_generation_ = 0, suggest_generation_ = 0;

  // Worker-side state, shared with the tasks.
  struct Worker;
  std::shared_ptr<Worker> worker_;
};

}  // namespace zongjie::app
