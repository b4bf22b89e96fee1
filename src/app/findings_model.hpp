// The findings pane's model: the checker's findings of the current text,
// with UTF-16 ranges kept in step with edits until the next check arrives.
#pragma once

#include "analysis.hpp"

#include <QAbstractListModel>
#include <QVariantMap>
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

  QList<FindingEntry> const& findings() const { return findings_; }
  FindingEntry const* at(int row) const { return row >= 0 && row < findings_.size() ? &findings_[row] : nullptr; }

  /// Replaces the rows (a reset only when they changed).
  void setFindings(QList<FindingEntry> findings);
  /// Keeps ranges (and fix ranges) in step with an edit.
  void shift(int pos, int removed, int added);

  /// Row of the narrowest finding whose range contains `position` (its end
  /// included), or -1.
  Q_INVOKABLE int rowAt(int position) const;
  /// {begin, end, rule, hasFix} of `row`; {} when out of range.
  Q_INVOKABLE QVariantMap get(int row) const;

 signals:
  void countsChanged();

 private:
  QList<FindingEntry> findings_;
  int errors_ = 0, warnings_ = 0, infos_ = 0;
};

/// Moves a UTF-16 range [begin, end) over an edit at `pos` that replaced
/// `removed` units by `added`.  Returns false when the range was deleted.
bool shift_range(int& begin, int& end, int pos, int removed, int added);

}  // namespace zongjie::app
