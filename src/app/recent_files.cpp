#include "recent_files.hpp"

#include <QFileInfo>
#include <QSettings>

namespace zongjie::app {

namespace {
QString const key = QStringLiteral("recentFiles");
}

RecentFiles::RecentFiles(QObject* parent) : QObject(parent) { files_ = QSettings().value(key).toStringList(); }

void RecentFiles::add(QString const& path) {
  if (path.isEmpty()) return;
  QString const abs = QFileInfo(path).absoluteFilePath();
  files_.removeAll(abs);
  files_.prepend(abs);
  while (files_.size() > maximum()) files_.removeLast();
  store();
}

void RecentFiles::remove(QString const& path) {
  if (files_.removeAll(path) > 0) store();
}

void RecentFiles::clear() {
  files_.clear();
  store();
}

QString RecentFiles::displayName(QString const& path) { return QFileInfo(path).fileName(); }

void RecentFiles::store() {
  QSettings().setValue(key, files_);
  emit filesChanged();
}

QString RecentFiles::lastExisting() const {
  for (QString const& f : files_)
    if (QFileInfo(f).isFile()) return f;
  return {};
}

}  // namespace zongjie::app
