#include "findings_model.hpp"

#include "labels.hpp"

#include <QHash>

namespace zongjie::app {

FindingsModel::FindingsModel(QObject* parent) : QAbstractListModel(parent) {}

int FindingsModel::rowCount(QModelIndex const& parent) const {
  return parent.isValid() ? 0 : static_cast<int>(findings_.size());
}

QVariant FindingsModel::data(QModelIndex const& index, int role) const {
  if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
  FindingEntry const& f = findings_[index.row()];
  switch (role) {
    case Qt::DisplayRole:
    case MessageRole: return f.message;
    case RuleRole: return f.rule;
    case SeverityRole: return f.severity;
    case LineRole: return f.line;
    case ColumnRole: return f.column;
    case BeginRole: return range(index.row()).first;
    case EndRole: return range(index.row()).second;
    case SuggestionRole: return f.suggestion;
    case HasFixRole: return !f.fix.isEmpty();
    case FixLabelRole: return f.fixLabel;
    default: return {};
  }
}

QHash<int, QByteArray> FindingsModel::roleNames() const {
  return {
      {Qt::DisplayRole, "display"},   {RuleRole, "rule"},     {SeverityRole, "severity"}, {LineRole, "line"},
      {ColumnRole, "column"},         {BeginRole, "begin"},   {EndRole, "end"},           {MessageRole, "message"},
      {SuggestionRole, "suggestion"}, {HasFixRole, "hasFix"}, {FixLabelRole, "fixLabel"},
  };
}

QString FindingsModel::keyOf(FindingEntry const& f) {
  return f.rule + QChar(0x1f) + f.subject + QChar(0x1f) + f.message;
}

std::pair<int, int> FindingsModel::range(int row) const {
  FindingEntry const* f = at(row);
  if (!f) return {-1, -1};
  int begin = f->begin, end = f->end;
  if (log_) log_->range(begin, end);
  return {begin, end};
}

std::optional<FindingEntry> FindingsModel::current(int row) const {
  FindingEntry const* f = at(row);
  if (!f) return std::nullopt;
  FindingEntry out = *f;
  if (log_ && !log_->empty()) {
    log_->range(out.begin, out.end);
    for (FixEdit& e : out.fix) log_->range(e.begin, e.end);
  }
  return out;
}

void FindingsModel::setFindings(QList<FindingEntry> next) {
  if (next == findings_) return;
  // Walk both lists in order (both sorted by place).  Equal keys: the row
  // stays (dataChanged when anything else differs).  A key the other list
  // no longer has further on: removed or inserted here.  Both have it later
  // (the order changed): the old row goes, the new one comes in later.
  QHash<QString, int> old_left, new_left;
  for (auto const& f : findings_) ++old_left[keyOf(f)];
  for (auto const& f : next) ++new_left[keyOf(f)];
  qsizetype r = 0, j = 0;
  while (j < next.size() || r < findings_.size()) {
    if (j == next.size()) {
      beginRemoveRows({}, static_cast<int>(r), static_cast<int>(findings_.size() - 1));
      findings_.erase(findings_.begin() + r, findings_.end());
      endRemoveRows();
      break;
    }
    if (r == findings_.size()) {
      beginInsertRows({}, static_cast<int>(r), static_cast<int>(r + next.size() - j - 1));
      for (; j < next.size(); ++j) findings_.push_back(std::move(next[j]));
      endInsertRows();
      break;
    }
    QString const ko = keyOf(findings_[r]), kn = keyOf(next[j]);
    if (ko == kn) {
      --old_left[ko];
      --new_left[kn];
      if (!(findings_[r] == next[j])) {
        findings_[r] = std::move(next[j]);
        emit dataChanged(index(static_cast<int>(r)), index(static_cast<int>(r)));
      }
      ++r;
      ++j;
    } else if (old_left.value(kn) == 0) {
      --new_left[kn];
      beginInsertRows({}, static_cast<int>(r), static_cast<int>(r));
      findings_.insert(r, std::move(next[j]));
      endInsertRows();
      ++r;
      ++j;
    } else {
      --old_left[ko];
      beginRemoveRows({}, static_cast<int>(r), static_cast<int>(r));
      findings_.removeAt(r);
      endRemoveRows();
    }
  }
  countSeverities();
}

void FindingsModel::countSeverities() {
  int errors = 0, warnings = 0, infos = 0;
  for (auto const& f : findings_) {
    if (f.severity == Labels::Error) ++errors;
    else if (f.severity == Labels::Warning) ++warnings;
    else ++infos;
  }
  errors_ = errors;
  warnings_ = warnings;
  infos_ = infos;
  emit countsChanged();
}

QVariantMap FindingsModel::get(int row) const {
  FindingEntry const* f = at(row);
  if (!f) return {};
  auto const [begin, end] = range(row);
  return {{QStringLiteral("begin"), begin},
          {QStringLiteral("end"), end},
          {QStringLiteral("rule"), f->rule},
          {QStringLiteral("hasFix"), !f->fix.isEmpty()}};
}

int FindingsModel::rowAt(int position) const {
  // Inclusive end: a selected finding leaves the cursor right after it.
  // The narrowest range wins: a word inside a part-wide structure finding.
  int best = -1, best_size = 0;
  for (qsizetype i = 0; i < findings_.size(); ++i) {
    auto const [begin, f_end] = range(static_cast<int>(i));
    int const end = std::max(f_end, begin + 1);
    if (begin <= position && position <= end && (best < 0 || end - begin < best_size)) {
      best = static_cast<int>(i);
      best_size = end - begin;
    }
  }
  return best;
}

}  // namespace zongjie::app
