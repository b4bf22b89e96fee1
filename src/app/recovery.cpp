#include "recovery.hpp"

#include "file_io.hpp"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QUuid>

#include <algorithm>

namespace zongjie::app {

namespace {
constexpr char magic[] = "ZONGJIE-RECOVERY 1 ";
}

QString RecoveryStore::defaultDir() {
  QString env = qEnvironmentVariable("ZONGJIE_RECOVERY_DIR");
  if (!env.isEmpty()) return env;
  // Next to the corpus database (the core's default_database_path()).
  return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/zongjie/recovery");
}

RecoveryStore::RecoveryStore(QString dir) : dir_(dir.isEmpty() ? defaultDir() : std::move(dir)) {
  writer_.setMaxThreadCount(1);
  writer_.setExpiryTimeout(-1);
  id_ = QUuid::createUuid().toString(QUuid::WithoutBraces).left(13);
  if (!QDir().mkpath(dir_)) return;
  lock_ = std::make_unique<QLockFile>(QDir(dir_).filePath(id_ + QStringLiteral(".lock")));
  lock_->setStaleLockTime(0);  // only a dead owner makes a lock stale, never age
  usable_ = lock_->tryLock(0);
}

RecoveryStore::~RecoveryStore() { writer_.waitForDone(); }

QString RecoveryStore::entryFile(QString const& id) const { return QDir(dir_).filePath(id + QStringLiteral(".txt")); }

bool RecoveryStore::writeEntry(QString const& file, RecoveryEntry const& entry) {
  QJsonObject head;
  head[QStringLiteral("file")] = entry.path;
  head[QStringLiteral("encoding")] = entry.encoding;
  head[QStringLiteral("written")] = entry.written.toString(Qt::ISODateWithMs);
  QByteArray bytes = magic;
  bytes += QJsonDocument(head).toJson(QJsonDocument::Compact);
  bytes += '\n';
  bytes += entry.text.toUtf8();
  try {
    write_file_atomically(file, bytes);
  } catch (FileError const&) {
    return false;
  }
  return true;
}

std::optional<RecoveryEntry> RecoveryStore::readEntry(QString const& file) {
  QFile in(file);
  if (!in.open(QIODevice::ReadOnly)) return std::nullopt;
  QByteArray const bytes = in.readAll();
  qsizetype const nl = bytes.indexOf('\n');
  if (!bytes.startsWith(magic) || nl < 0) return std::nullopt;
  QByteArray const json =
      bytes.mid(static_cast<qsizetype>(sizeof magic - 1), nl - static_cast<qsizetype>(sizeof magic - 1));
  QJsonObject const head = QJsonDocument::fromJson(json).object();
  RecoveryEntry e;
  e.path = head.value(QStringLiteral("file")).toString();
  e.encoding = head.value(QStringLiteral("encoding")).toString();
  e.written = QDateTime::fromString(head.value(QStringLiteral("written")).toString(), Qt::ISODateWithMs);
  e.text = QString::fromUtf8(bytes.mid(nl + 1));
  return e;
}

QList<RecoveryEntry> RecoveryStore::takeOrphans() {
  QList<RecoveryEntry> out;
  if (!usable_) return out;
  QDir const dir(dir_);
  for (QString const& name : dir.entryList({QStringLiteral("*.txt")}, QDir::Files)) {
    QString const id = name.chopped(4);
    if (id == id_) continue;
    if (std::any_of(orphan_locks_.begin(), orphan_locks_.end(), [&](auto const& p) { return p.first == id; })) continue;
    auto lock = std::make_unique<QLockFile>(dir.filePath(id + QStringLiteral(".lock")));
    lock->setStaleLockTime(0);
    if (!lock->tryLock(0)) continue;  // its editor is still running
    std::optional<RecoveryEntry> e = readEntry(dir.filePath(name));
    if (!e || e->text.isEmpty()) {
      QFile::remove(dir.filePath(name));
      continue;
    }
    e->id = id;
    out.push_back(std::move(*e));
    orphan_locks_.emplace_back(id, std::move(lock));
  }
  std::sort(out.begin(), out.end(), [](auto const& a, auto const& b) { return a.written > b.written; });
  return out;
}

void RecoveryStore::removeOrphan(QString const& id) {
  QFile::remove(entryFile(id));
  auto it = std::find_if(orphan_locks_.begin(), orphan_locks_.end(), [&](auto const& p) { return p.first == id; });
  if (it != orphan_locks_.end()) orphan_locks_.erase(it);  // unlocks and removes the lock file
}

void RecoveryStore::releaseOrphan(QString const& id) {
  auto it = std::find_if(orphan_locks_.begin(), orphan_locks_.end(), [&](auto const& p) { return p.first == id; });
  if (it != orphan_locks_.end()) orphan_locks_.erase(it);
}

void RecoveryStore::save(RecoveryEntry entry) {
  if (!usable_) return;
  quint64 const mine = ++*generation_;
  auto gen = generation_;
  QString const file = entryFile(id_);
  writer_.start([gen, mine, file, entry = std::move(entry)] {
    if (gen->load() != mine) return;  // a newer write (or a clear) is queued
    writeEntry(file, entry);
  });
}

bool RecoveryStore::saveNow(RecoveryEntry const& entry) {
  if (!usable_) return false;
  ++*generation_;  // queued older writes must not overwrite this one
  writer_.waitForDone();
  return writeEntry(entryFile(id_), entry);
}

void RecoveryStore::clear() {
  if (!usable_) return;
  ++*generation_;
  QString const file = entryFile(id_);
  writer_.start([file] { QFile::remove(file); });
}

void RecoveryStore::flush() { writer_.waitForDone(); }

}  // namespace zongjie::app
