// Helpers shared by the editor's C++ tests.
#pragma once

#include <QByteArray>
#include <QFile>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQuickTextDocument>
#include <QString>

#include <memory>

namespace zongjie::test {

inline QString source_dir() { return QStringLiteral(ZONGJIE_SOURCE_DIR); }
inline QString example(QString const& name) { return source_dir() + QStringLiteral("/examples/") + name; }

inline QByteArray read_all(QString const& path) {
  QFile f(path);
  return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

inline bool write_all(QString const& path, QByteArray const& bytes) {
  QFile f(path);
  return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

/// A Qt Quick TextEdit made through QML, for its QQuickTextDocument: the
/// object DocumentController works on in the real window.
struct TextEditFixture {
  QQmlEngine engine;
  std::unique_ptr<QObject> item;
  QQuickTextDocument* document = nullptr;

  TextEditFixture() {
    QQmlComponent c(&engine);
    c.setData("import QtQuick\nTextEdit { textFormat: TextEdit.PlainText; width: 800; wrapMode: TextEdit.Wrap }",
              QUrl());
    item.reset(c.create());
    if (item) document = item->property("textDocument").value<QQuickTextDocument*>();
  }
};

}  // namespace zongjie::test
