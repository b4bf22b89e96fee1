// The program's names as QML sees them: enums for part roles, severities and
// the corpus state (no string comparisons in QML), and their labels, which
// come from the core (templates/labels.json through zongjie/data/labels.hpp).
#pragma once

#include <QObject>
#include <QString>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace zongjie::app {

class Labels : public QObject {
  Q_OBJECT
  QML_ELEMENT
  QML_SINGLETON
  /// The part roles in the order lists show them: [{role, name, text}].
  Q_PROPERTY(QVariantList roles READ roles CONSTANT)

 public:
  /// zongjie::PartRole, NoRole for "none" (the preamble outside any part).
  enum Role { NoRole = -1, Preamble = 0, Summary, Problems, Plan, Closing };
  Q_ENUM(Role)
  /// zongjie::check::Severity.
  enum Severity { Off = 0, Info, Warning, Error };
  Q_ENUM(Severity)
  /// CorpusController::state.
  enum CorpusState { CorpusIdle, CorpusLoading, CorpusReady, CorpusMissing, CorpusError };
  Q_ENUM(CorpusState)

  explicit Labels(QObject* parent = nullptr);

  QVariantList roles() const;
  /// A ComboBox model: `first` ({text, value} entries), then each role as
  /// {text: its label, value: its name}.
  Q_INVOKABLE static QVariantList roleChoices(QVariantList const& first);

  Q_INVOKABLE static QString roleLabel(int role);
  /// "summary" … ("" for NoRole): the name filters and templates use.
  Q_INVOKABLE static QString roleName(int role);
  /// The role of a name or label ("summary", 工作总结), NoRole when none.
  Q_INVOKABLE static int roleOf(QString const& name);
  Q_INVOKABLE static QString severityLabel(int severity);
  /// The severity of a name ("error" …), Info when unknown.
  static Severity severityOf(QString const& name);
};

}  // namespace zongjie::app
