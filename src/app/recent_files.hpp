// Recently opened files, kept in QSettings (~/.config/zongjie/editor.conf).
#pragma once

#include <QObject>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

namespace zongjie::app {

class RecentFiles : public QObject {
  Q_OBJECT
  QML_ELEMENT
  Q_PROPERTY(QStringList files READ files NOTIFY filesChanged)
  Q_PROPERTY(int maximum READ maximum CONSTANT)

 public:
  explicit RecentFiles(QObject* parent = nullptr);

  QStringList files() const { return files_; }
  static int maximum() { return 10; }

  /// Moves `path` to the front.
  Q_INVOKABLE void add(QString const& path);
  Q_INVOKABLE void remove(QString const& path);
  Q_INVOKABLE void clear();
  /// File name for a menu entry.
  Q_INVOKABLE static QString displayName(QString const& path);
  /// The most recent file that still exists, "" when none (reopened at start).
  Q_INVOKABLE QString lastExisting() const;

 signals:
  void filesChanged();

 private:
  void store();
  QStringList files_;
};

}  // namespace zongjie::app
