#include "findings_model.hpp"

namespace zongjie::app {

bool shift_range(int& begin, int& end, int pos, int removed, int added) {
  int const delta = added - removed;
  int const cut_end = pos + removed;
  if (cut_end <= begin) {  // before the range, or touching its start: the range moves with its text
    begin += delta;
    end += delta;
    return true;
  }
  if (pos >= end) return true;  // after the range
  // Overlap: what survives of the range keeps its place; text typed inside
  // it belongs to it; a range whose text was replaced whole is gone.
  int const new_begin = begin < pos ? begin : pos + added;
  int const new_end = end > cut_end ? end + delta : pos;
  begin = new_begin;
  end = std::max(new_begin, new_end);
  return new_end > new_begin;
}

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
    case BeginRole: return f.begin;
    case EndRole: return f.end;
    case SuggestionRole: return f.suggestion;
    case HasFixRole: return !f.fix.isEmpty();
    case FixLabelRole: return f.fixLabel;
    default: return {};
  }
}

QHash<int, QByteArray> FindingsModel::roleNames() const {
  return {
      {Qt::DisplayRole, "display"},   {RuleRole, "rule"},     {SeverityRole, "severity"},
      {LineRole, "line"},             {ColumnRole, "column"}, {BeginRole, "begin"},
      {EndRole, "end"},               {MessageRole, "message"}, {SuggestionRole, "suggestion"},
      {HasFixRole, "hasFix"},         {FixLabelRole, "fixLabel"},
  };
}

void FindingsModel::setFindings(QList<FindingEntry> findings) {
  if (findings == findings_) return;
  beginResetModel();
  findings_ = std::move(findings);
  endResetModel();
  errors_ = warnings_ = infos_ = 0;
  for (auto const& f : findings_) {
    if (f.severity == QLatin1String("error")) ++errors_;
    else if (f.severity == QLatin1String("warning")) ++warnings_;
    else ++infos_;
  }
  emit countsChanged();
}

void FindingsModel::shift(int pos, int removed, int added) {
  if (removed == added && removed == 0) return;
  for (auto& f : findings_) {
    shift_range(f.begin, f.end, pos, removed, added);
    for (auto& e : f.fix) shift_range(e.begin, e.end, pos, removed, added);
  }
}

QVariantMap FindingsModel::get(int row) const {
  FindingEntry const* f = at(row);
  if (!f) return {};
  return {{QStringLiteral("begin"), f->begin},
          {QStringLiteral("end"), f->end},
          {QStringLiteral("rule"), f->rule},
          {QStringLiteral("hasFix"), !f->fix.isEmpty()}};
}

int FindingsModel::rowAt(int position) const {
  // Inclusive end: a selected finding leaves the cursor right after it.
  // The narrowest range wins: a word inside a part-wide structure finding.
  int best = -1, best_size = 0;
  for (qsizetype i = 0; i < findings_.size(); ++i) {
    FindingEntry const& f = findings_[i];
    int const end = std::max(f.end, f.begin + 1);
    if (f.begin <= position && position <= end && (best < 0 || end - f.begin < best_size)) {
      best = static_cast<int>(i);
      best_size = end - f.begin;
    }
  }
  return best;
}

}  // namespace zongjie::app
