#include "labels.hpp"

#include "zongjie/check/finding.hpp"
#include "zongjie/data/labels.hpp"
#include "zongjie/outline/outline.hpp"

namespace zongjie::app {

namespace {
QString qs(std::string_view s) { return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size())); }

bool valid_role(int role) { return role >= 0 && role < part_role_count; }
}  // namespace

Labels::Labels(QObject* parent) : QObject(parent) {}

QVariantList Labels::roles() const {
  QVariantList out;
  for (auto const& [name, text] : data::labels("part_role")) {
    auto const role = role_from_name(name);
    if (!role) continue;
    out.push_back(QVariantMap{{QStringLiteral("role"), static_cast<int>(*role)},
                              {QStringLiteral("name"), QString::fromStdString(name)},
                              {QStringLiteral("text"), QString::fromStdString(text)}});
  }
  return out;
}

QVariantList Labels::roleChoices(QVariantList const& first) {
  QVariantList out = first;
  for (auto const& [name, text] : data::labels("part_role"))
    out.push_back(QVariantMap{{QStringLiteral("text"), QString::fromStdString(text)},
                              {QStringLiteral("value"), QString::fromStdString(name)}});
  return out;
}

QString Labels::roleLabel(int role) {
  return valid_role(role) ? qs(role_label(static_cast<PartRole>(role))) : QString();
}

QString Labels::roleName(int role) { return valid_role(role) ? qs(role_name(static_cast<PartRole>(role))) : QString(); }

int Labels::roleOf(QString const& name) {
  if (auto r = role_from_name(name.toStdString())) return static_cast<int>(*r);
  return NoRole;
}

QString Labels::severityLabel(int severity) {
  if (severity < Off || severity > Error) return {};
  return qs(check::severity_label(static_cast<check::Severity>(severity)));
}

Labels::Severity Labels::severityOf(QString const& name) {
  if (auto s = check::severity_from_name(name.toStdString())) return static_cast<Severity>(*s);
  return Info;
}

}  // namespace zongjie::app

// The enums mirror the core's.
static_assert(zongjie::app::Labels::Closing == static_cast<int>(zongjie::PartRole::closing));
static_assert(zongjie::app::Labels::Error == static_cast<int>(zongjie::check::Severity::error));
