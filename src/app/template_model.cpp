#include "template_model.hpp"

#include "corpus_controller.hpp"

#include "zongjie/service/workspace.hpp"

namespace zongjie::app {

namespace {
QString qs(std::string_view s) { return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size())); }

/// The corpus's workspace, else the built-in defaults (before the first load).
std::shared_ptr<service::Workspace const> workspace_of(CorpusController const* corpus) {
  if (corpus)
    if (auto w = corpus->workspace()) return w;
  static auto const builtin = std::make_shared<service::Workspace const>(service::Workspace::builtin());
  return builtin;
}
}  // namespace

TemplateModel::TemplateModel(QObject* parent) : QAbstractListModel(parent) {
  try {
    set_ = draft::TemplateSet::standard();
  } catch (std::exception const& e) {
    error_ = QStringLiteral("小节模板无法读入：%1").arg(QString::fromUtf8(e.what()));
  }
  updateStyle();
  rebuild();
}

TemplateModel::~TemplateModel() = default;

void TemplateModel::updateStyle() {
  if (!set_) return;
  try {
    // Numbered as a draft from this corpus is (service::Workspace::render_template).
    workspace_ = workspace_of(corpus_);
    workspace_->drafting_model();
  } catch (std::exception const& e) {
    workspace_.reset();
    error_ = QStringLiteral("小节模板无法使用：%1").arg(QString::fromUtf8(e.what()));
  }
}

void TemplateModel::setCorpus(CorpusController* corpus) {
  if (corpus == corpus_) return;
  corpus_ = corpus;
  // Heading styles follow the corpus: previews change with it.
  if (corpus_)
    connect(corpus_, &CorpusController::contextChanged, this, [this] {
      updateStyle();
      if (!rows_.empty()) emit dataChanged(index(0), index(static_cast<int>(rows_.size()) - 1), {PreviewRole});
    });
  updateStyle();
  emit corpusChanged();
}

void TemplateModel::setFillValues(QVariantMap values) {
  if (values == fill_values_) return;
  fill_values_ = std::move(values);
  if (!rows_.empty()) emit dataChanged(index(0), index(static_cast<int>(rows_.size()) - 1), {PreviewRole, TitleRole});
  emit fillValuesChanged();
}

void TemplateModel::setPart(QString part) {
  if (part == part_) return;
  part_ = std::move(part);
  rebuild();
  emit partChanged();
}

void TemplateModel::rebuild() {
  beginResetModel();
  rows_.clear();
  if (set_) {
    std::optional<zongjie::PartRole> role;
    if (!part_.isEmpty()) role = role_from_name(part_.toStdString());
    for (auto const* t : set_->filter(role, {})) rows_.push_back(t);
  }
  endResetModel();
  emit countChanged();
}

int TemplateModel::rowCount(QModelIndex const& parent) const {
  return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

QVariant TemplateModel::data(QModelIndex const& index, int role) const {
  if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
  draft::SectionTemplate const& t = *rows_[static_cast<std::size_t>(index.row())];
  switch (role) {
    case Qt::DisplayRole:
    case TitleRole: {
      QString title = QString::fromStdString(draft::fill(t.title, slotsFrom(fill_values_), t.part));
      if (title.isEmpty()) title = qs(role_label(t.part)) + QStringLiteral("段落");
      return title;
    }
    case IdRole: return QString::fromStdString(t.id);
    case PartRole: return qs(role_name(t.part));
    case PartLabelRole: return qs(role_label(t.part));
    case ThemeRole: return QString::fromStdString(t.theme);
    case IsPartRole: return t.is_part();
    case PreviewRole: {
      QString const text = render(index.row(), fill_values_);
      return text.size() > 160 ? text.left(160) + QStringLiteral("……") : text;
    }
    default: return {};
  }
}

QHash<int, QByteArray> TemplateModel::roleNames() const {
  return {{IdRole, "templateId"}, {PartRole, "part"},     {PartLabelRole, "partLabel"}, {ThemeRole, "theme"},
          {TitleRole, "title"},   {IsPartRole, "isPart"}, {PreviewRole, "preview"}};
}

draft::Slots TemplateModel::slotsFrom(QVariantMap const& values) const {
  // Years of the report at hand; without one, the year a report written now sums up.
  draft::Slots out;
  out.report_year = values.value(QStringLiteral("reportYear")).toInt();
  if (out.report_year <= 0) out.report_year = draft::default_report_year();
  out.plan_year = values.value(QStringLiteral("planYear")).toInt();
  if (out.plan_year <= 0) out.plan_year = out.report_year + 1;
  QString const unit = values.value(QStringLiteral("unit")).toString();
  out.unit = unit.isEmpty() && set_ ? set_->words().unit_placeholder : unit.toStdString();
  return out;
}

QString TemplateModel::render(int row, QVariantMap const& slotValues) const {
  if (row < 0 || row >= count() || !set_) return {};
  return renderTemplate(*rows_[static_cast<std::size_t>(row)], slotValues);
}

QString TemplateModel::renderId(QString const& id, QVariantMap const& slotValues) const {
  if (!set_) return {};
  draft::SectionTemplate const* t = set_->find(id.toStdString());
  return t ? renderTemplate(*t, slotValues) : QString();
}

QString TemplateModel::renderTemplate(draft::SectionTemplate const& t, QVariantMap const& slotValues) const {
  draft::Slots const fill_slots = slotsFrom(slotValues);
  int const ordinal = std::max(1, slotValues.value(QStringLiteral("ordinal"), 1).toInt());
  if (!workspace_) return {};
  try {
    // Sections follow the numbering already used in the part they go into.
    QString const section = slotValues.value(QStringLiteral("sectionStyle")).toString();
    std::optional<grammar::MarkerFamily> family;
    if (!t.is_part()) family = draft::family_from_style(section.toStdString());
    return QString::fromStdString(workspace_->render_template(t, fill_slots, family, ordinal));
  } catch (std::exception const& e) {
    return QStringLiteral("（模板无法生成：%1）").arg(QString::fromUtf8(e.what()));
  }
}

}  // namespace zongjie::app
