#include "ignore_list.hpp"

#include "corpus_controller.hpp"

namespace zongjie::app {

void IgnoreList::clearSession() {
  session_.clear();
  notes_.clear();
  undo_.clear();
}

std::vector<std::array<std::string, 3>> IgnoreList::sessionEntries() const {
  std::vector<std::array<std::string, 3>> out;
  for (std::size_t k = 0; k < session_.size(); ++k)
    if (!session_[k].first.empty())
      out.push_back({session_[k].first, session_[k].second, notes_.value(static_cast<qsizetype>(k)).toStdString()});
  return out;
}

IgnoreList::Outcome IgnoreList::ignoreHere(Report const& r, FindingEntry const& f) {
  if (!r.path.isEmpty() && r.corpus) {
    QString const error = r.corpus->ignoreFinding(r.path, r.identity, f.rule, f.subject, f.message);
    if (!error.isEmpty()) return {false, error};
    undo_.push_back(QStringLiteral("id:%1").arg(r.corpus->lastIgnoreId()));
  } else {
    session_.emplace_back(f.rule.toStdString(), f.subject.toStdString());
    notes_.push_back(f.message);
    undo_.push_back(QStringLiteral("s:%1").arg(session_.size() - 1));
  }
  return {true, {}};
}

IgnoreList::Outcome IgnoreList::ignoreRule(Report const& r, FindingEntry const& f, QString const& ruleName) {
  if (!r.path.isEmpty() && r.corpus) {
    QString const error = r.corpus->ignoreRule(r.path, r.identity, f.rule, ruleName);
    if (!error.isEmpty()) return {false, error};
    undo_.push_back(QStringLiteral("id:%1").arg(r.corpus->lastIgnoreId()));
  } else {
    session_.emplace_back(f.rule.toStdString(), std::string());
    notes_.push_back(QStringLiteral("本文不检查“%1”").arg(ruleName));
    undo_.push_back(QStringLiteral("s:%1").arg(session_.size() - 1));
  }
  return {true, {}};
}

QVariantList IgnoreList::list(Report const& r) const {
  QVariantList out;
  // Stored entries under this path or this title (an untitled draft with the
  // title of a saved report hides what was ignored there: list it too).
  if (r.corpus && (!r.path.isEmpty() || !r.identity.empty())) {
    for (QVariant const& v : r.corpus->ignoresOf(r.path, r.identity)) {
      QVariantMap m = v.toMap();
      m[QStringLiteral("key")] = QStringLiteral("id:%1").arg(m.value(QStringLiteral("id")).toInt());
      m[QStringLiteral("wholeRule")] = m.value(QStringLiteral("subject")).toString().isEmpty();
      out.push_back(m);
    }
  }
  for (std::size_t i = 0; i < session_.size(); ++i) {
    if (session_[i].first.empty()) continue;  // taken back
    out.push_back(QVariantMap{{QStringLiteral("key"), QStringLiteral("s:%1").arg(i)},
                              {QStringLiteral("rule"), QString::fromStdString(session_[i].first)},
                              {QStringLiteral("note"), notes_.value(static_cast<qsizetype>(i))},
                              {QStringLiteral("added"), QString()},
                              {QStringLiteral("wholeRule"), session_[i].second.empty()}});
  }
  return out;
}

IgnoreList::Outcome IgnoreList::remove(Report const& r, QString const& key) {
  Outcome out;
  if (key.startsWith(QLatin1String("id:")) && r.corpus) {
    out.error = r.corpus->removeIgnore(key.mid(3).toInt());
    out.ok = out.error.isEmpty();
  } else if (key.startsWith(QLatin1String("s:"))) {
    std::size_t const i = key.mid(2).toUInt();
    if (i < session_.size() && !session_[i].first.empty()) {
      // Kept in place (blanked) so that the other session keys stay valid.
      session_[i] = {std::string(), std::string("\x01")};
      out.ok = true;
    }
  }
  undo_.removeAll(key);
  return out;
}

IgnoreList::Outcome IgnoreList::undo(Report const& r) {
  if (undo_.isEmpty()) return {};
  return remove(r, undo_.takeLast());
}

}  // namespace zongjie::app
