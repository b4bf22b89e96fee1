// The outline pane's model: the live outline as a flat list (title, parts,
// sections, items, noise lines) with a level per row, in the manner of
// Marknote's TocModel.  Filled from an AnalysisResult; resets only when the
// rows really changed, so the view keeps its scroll position while typing.
#pragma once

#include "analysis.hpp"
#include "edit_log.hpp"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

namespace zongjie::app {

class OutlineModel : public QAbstractListModel {
  Q_OBJECT
  QML_ELEMENT
  QML_UNCREATABLE("由 DocumentController 提供")
  Q_PROPERTY(int count READ count NOTIFY countChanged)
  Q_PROPERTY(int problemCount READ problemCount NOTIFY problemCountChanged)

 public:
  enum Role {
    KindRole = Qt::UserRole + 1,
    LevelRole,
    MarkerRole,
    TitleRole,
    ThemeRole,
    PartRole,
    PartLabelRole,
    LineRole,
    ColumnRole,
    PositionRole,
    ProblemRole,
  };
  Q_ENUM(Role)

  explicit OutlineModel(QObject* parent = nullptr);

  int rowCount(QModelIndex const& parent = {}) const override;
  QVariant data(QModelIndex const& index, int role) const override;
  QHash<int, QByteArray> roleNames() const override;

  int count() const { return static_cast<int>(entries_.size()); }
  int problemCount() const { return problems_; }
  QList<OutlineEntry> const& entries() const { return entries_; }

  /// Replaces the rows.  Same rows: nothing; same shape: dataChanged for
  /// the rows that differ; otherwise a reset.
  void setEntries(QList<OutlineEntry> entries);
  /// Edits since the analysed snapshot (owned by the document; may be
  /// null): positions read through the model are those of the current text.
  void setEditLog(EditLog const* log) { log_ = log; }
  /// Where row `row`'s heading starts in the current text.
  int currentPosition(OutlineEntry const& e) const { return log_ ? log_->point(e.position) : e.position; }

  /// Row of the heading that contains `position` (the last one at or before it), or -1.
  Q_INVOKABLE int rowAt(int position) const;
  Q_INVOKABLE int positionOf(int row) const;

 signals:
  void countChanged();
  void problemCountChanged();

 private:
  QList<OutlineEntry> entries_;
  EditLog const* log_ = nullptr;
  int problems_ = 0;
};

}  // namespace zongjie::app
