// 模板: the section templates of templates/sections (the core's TemplateSet),
// listed for the side panel and rendered in the corpus's heading style.
#pragma once

#include <QAbstractListModel>
#include <QPointer>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

#include <memory>

namespace zongjie::draft {
class TemplateSet;
struct SectionTemplate;
struct HeadingStyle;
struct Slots;
}  // namespace zongjie::draft

namespace zongjie::service {
class Workspace;
}  // namespace zongjie::service

namespace zongjie::app {

class CorpusController;

class TemplateModel : public QAbstractListModel {
  Q_OBJECT
  QML_ELEMENT
  Q_PROPERTY(zongjie::app::CorpusController* corpus READ corpus WRITE setCorpus NOTIFY corpusChanged)
  /// Only templates of this part ("summary" …); "" for all.
  Q_PROPERTY(QString part READ part WRITE setPart NOTIFY partChanged)
  Q_PROPERTY(int count READ count NOTIFY countChanged)
  Q_PROPERTY(QString error READ error CONSTANT)
  /// Slot values for the previews: {reportYear, planYear, unit}.
  Q_PROPERTY(QVariantMap fillValues READ fillValues WRITE setFillValues NOTIFY fillValuesChanged)

 public:
  enum Role {
    IdRole = Qt::UserRole + 1,
    PartRole,
    PartLabelRole,
    ThemeRole,
    TitleRole,
    IsPartRole,
    PreviewRole,
  };
  Q_ENUM(Role)

  explicit TemplateModel(QObject* parent = nullptr);
  ~TemplateModel() override;

  int rowCount(QModelIndex const& parent = {}) const override;
  QVariant data(QModelIndex const& index, int role) const override;
  QHash<int, QByteArray> roleNames() const override;

  CorpusController* corpus() const { return corpus_; }
  void setCorpus(CorpusController* corpus);
  QString part() const { return part_; }
  void setPart(QString part);
  int count() const { return static_cast<int>(rows_.size()); }
  QString error() const { return error_; }
  QVariantMap fillValues() const { return fill_values_; }
  void setFillValues(QVariantMap values);

  /// The template of `row` filled in: {reportYear, planYear, unit, ordinal,
  /// sectionStyle} (sectionStyle: the numbering of the part it goes into).
  Q_INVOKABLE QString render(int row, QVariantMap const& slots) const;
  /// The same for the template `id`: a click stays with its template even
  /// when the list changed between the press and the release.
  Q_INVOKABLE QString renderId(QString const& id, QVariantMap const& slots) const;

 signals:
  void corpusChanged();
  void partChanged();
  void countChanged();
  void fillValuesChanged();

 private:
  void rebuild();
  void updateStyle();
  draft::Slots slotsFrom(QVariantMap const& values) const;
  QString renderTemplate(draft::SectionTemplate const& t, QVariantMap const& slots) const;

  std::shared_ptr<draft::TemplateSet const> set_;
  std::vector<draft::SectionTemplate const*> rows_;
  QPointer<CorpusController> corpus_;
  QString part_;
  QString error_;
  QVariantMap fill_values_;
  std::shared_ptr<service::Workspace const> workspace_;  // numbers templates as the corpus's drafts
};

}  // namespace zongjie::app
