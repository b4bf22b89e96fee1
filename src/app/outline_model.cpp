#include "outline_model.hpp"

namespace zongjie::app {

namespace {
QString kind_name(OutlineEntry::Kind k) {
  switch (k) {
    case OutlineEntry::Title: return QStringLiteral("title");
    case OutlineEntry::Part: return QStringLiteral("part");
    case OutlineEntry::Section: return QStringLiteral("section");
    case OutlineEntry::Item: return QStringLiteral("item");
    case OutlineEntry::Noise: return QStringLiteral("noise");
  }
  return {};
}

// Positions move with every keystroke; the rows only "change" for the view
// when something it shows changed.
bool same_shown(OutlineEntry const& a, OutlineEntry const& b) {
  return a.kind == b.kind && a.level == b.level && a.marker == b.marker && a.title == b.title && a.theme == b.theme &&
         a.partRole == b.partRole && a.line == b.line && a.problem == b.problem;
}
}  // namespace

OutlineModel::OutlineModel(QObject* parent) : QAbstractListModel(parent) {}

int OutlineModel::rowCount(QModelIndex const& parent) const {
  return parent.isValid() ? 0 : static_cast<int>(entries_.size());
}

QVariant OutlineModel::data(QModelIndex const& index, int role) const {
  if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
  OutlineEntry const& e = entries_[index.row()];
  switch (role) {
    case Qt::DisplayRole: return e.marker.isEmpty() ? e.title : e.marker + e.title;
    case KindRole: return kind_name(e.kind);
    case LevelRole: return e.level;
    case MarkerRole: return e.marker;
    case TitleRole: return e.title;
    case ThemeRole: return e.theme;
    case PartRole: return e.partRole;
    case PartLabelRole: return e.roleLabel;
    case LineRole: return e.line;
    case ColumnRole: return e.column;
    case PositionRole: return currentPosition(e);
    case ProblemRole: return e.problem;
    default: return {};
  }
}

QHash<int, QByteArray> OutlineModel::roleNames() const {
  return {
      {Qt::DisplayRole, "display"}, {KindRole, "kind"},     {LevelRole, "level"},       {MarkerRole, "marker"},
      {TitleRole, "title"},         {ThemeRole, "theme"},   {PartRole, "part"},         {PartLabelRole, "partLabel"},
      {LineRole, "line"},           {ColumnRole, "column"}, {PositionRole, "position"}, {ProblemRole, "problem"},
  };
}

void OutlineModel::setEntries(QList<OutlineEntry> entries) {
  int problems = 0;
  for (auto const& e : entries) problems += !e.problem.isEmpty();
  if (entries.size() == entries_.size()) {
    // Same shape: update in place so the view keeps its state.
    int first = -1, last = -1;
    for (qsizetype i = 0; i < entries.size(); ++i) {
      if (!same_shown(entries[i], entries_[i])) {
        if (first < 0) first = static_cast<int>(i);
        last = static_cast<int>(i);
      }
    }
    entries_ = std::move(entries);  // positions may have moved even when nothing shown did
    if (first >= 0) emit dataChanged(index(first), index(last));
  } else {
    beginResetModel();
    entries_ = std::move(entries);
    endResetModel();
    emit countChanged();
  }
  if (problems != problems_) {
    problems_ = problems;
    emit problemCountChanged();
  }
}

int OutlineModel::rowAt(int position) const {
  int row = -1;
  for (qsizetype i = 0; i < entries_.size(); ++i) {
    if (entries_[i].kind == OutlineEntry::Noise) continue;
    if (currentPosition(entries_[i]) > position) break;
    row = static_cast<int>(i);
  }
  return row;
}

int OutlineModel::positionOf(int row) const {
  return row >= 0 && row < entries_.size() ? currentPosition(entries_[row]) : -1;
}

}  // namespace zongjie::app
