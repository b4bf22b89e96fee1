// The findings pane's model: the checker's findings of the current text.
// Ranges are those of the analysed snapshot, carried over to the current
// text through the document's EditLog when read.  A new analysis updates
// the rows one by one (insert, remove, dataChanged: a diff keyed on the
// finding), so a view keeps its current row and scroll position.
#pragma once

#include "analysis.hpp"
#include "edit_log.hpp"

#include <QAbstractListModel>
#include <QVariantMap>

#include <optional>
#include <utility>
#include <QtQml/qqmlregistration.h>

namespace zongjie::app {

class FindingsModel : public QAbstractListModel {
  Q_OBJECT
  QML_ELEMENT
  QML_UNCREATABLE("由 DocumentController 提供")
  Q_PROPERTY(int count READ count NOTIFY countsChanged)
  Q_PROPERTY(int errorCount READ errorCount NOTIFY countsChanged)
  Q_PROPERTY(int warningCount READ warningCount NOTIFY countsChanged)
  Q_PROPERTY(int infoCount READ infoCount NOTIFY countsChanged)

 public:
  enum Role {
    RuleRole = Qt::UserRole + 1,
    SeverityRole,
    LineRole,
    ColumnRole,
    BeginRole,
    EndRole,
    MessageRole,
    SuggestionRole,
    HasFixRole,
    FixLabelRole,
  };
  Q_ENUM(Role)

  explicit FindingsModel(QObject* parent = nullptr);

  int rowCount(QModelIndex const& parent = {}) const override;
  QVariant data(QModelIndex const& index, int role) const override;
  QHash<int, QByteArray> roleNames() const override;

  int count() const { return static_cast<int>(findings_.size()); }
  int errorCount() const { return errors_; }
  int warningCount() const { return warnings_; }
  int infoCount() const { return infos_; }

  /// The findings as analysed (snapshot positions).
  QList<FindingEntry> const& findings() const { return findings_; }
  /// Row `row` as analysed (snapshot positions: see current()).
  FindingEntry const* at(int row) const { return row >= 0 && row < findings_.size() ? &findings_[row] : nullptr; }
  /// Row `row` with its range and fix ranges in the current text; nullopt
  /// when out of range.
  std::optional<FindingEntry> current(int row) const;
  /// The range of `row` in the current text, {-1, -1} when out of range.
  std::pair<int, int> range(int row) const;

  /// Edits since the analysed snapshot (owned by the document; may be null).
  void setEditLog(EditLog const* log) { log_ = log; }

  /// Takes a new analysis's findings: rows that stay are updated in place,
  /// others inserted or removed (never a reset).
  void setFindings(QList<FindingEntry> next);
  /// The identity of a finding across analyses: rule, subject and message.
  static QString keyOf(FindingEntry const& f);

  /// Row of the narrowest finding whose range contains `position` (its end
  /// included), or -1.
  Q_INVOKABLE int rowAt(int position) const;
  /// {begin, end, rule, hasFix} of `row`; {} when out of range.
  Q_INVOKABLE QVariantMap get(int row) const;

 signals:
  void countsChanged();

 private:
  void countSeverities();

  QList<FindingEntry> findings_;
  EditLog const* log_ = nullptr;
  int errors_ = 0, warnings_ = 0, infos_ = 0;
};

}  // namespace zongjie::app
