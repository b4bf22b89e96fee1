// Crash recovery.  Each editor session owns one entry in the recovery folder:
//   <id>.lock   a QLockFile held while the session runs (flock + pid: a
//               killed session's lock is free at once)
//   <id>.txt    a header line (JSON: file, encoding, time), then the text
// The entry is rewritten (atomically, on a background thread) while the text
// differs from the saved file, and removed when the text is saved or the user
// closes without saving.  An entry whose lock is free belongs to a session
// that died: the next start offers its text.
#pragma once

#include <QDateTime>
#include <QList>
#include <QLockFile>
#include <QString>
#include <QThreadPool>

#include <atomic>
#include <memory>
#include <optional>
#include <vector>

namespace zongjie::app {

struct RecoveryEntry {
  QString id;
  QString path;      ///< the file that was being edited, "" when untitled
  QString encoding;  ///< its encoding name
  QDateTime written;
  QString text;
};

class RecoveryStore {
 public:
  /// `dir` "" means the default: $ZONGJIE_RECOVERY_DIR, else
  /// $XDG_DATA_HOME/zongjie/recovery (~/.local/share/zongjie/recovery).
  explicit RecoveryStore(QString dir = {});
  ~RecoveryStore();
  RecoveryStore(RecoveryStore const&) = delete;
  RecoveryStore& operator=(RecoveryStore const&) = delete;

  static QString defaultDir();
  QString const& dir() const { return dir_; }
  QString const& sessionId() const { return id_; }
  bool usable() const { return usable_; }

  /// Entries left by sessions that died, newest first.  Their locks are
  /// taken, so a second editor started now does not offer them too.
  QList<RecoveryEntry> takeOrphans();
  /// Deletes an orphan taken by takeOrphans() (after the user decided).
  void removeOrphan(QString const& id);
  /// Lets an orphan go without deleting it (offered again at a later start).
  void releaseOrphan(QString const& id);

  /// Queues a write of this session's entry; an older queued write that has
  /// not started yet is skipped.
  void save(RecoveryEntry entry);
  /// Writes now, on the calling thread.  Returns false if it failed.
  bool saveNow(RecoveryEntry const& entry);
  /// Queues removal of this session's entry (after any queued write).
  void clear();
  /// Waits for queued writes and removals.
  void flush();

  static bool writeEntry(QString const& file, RecoveryEntry const& entry);
  static std::optional<RecoveryEntry> readEntry(QString const& file);

 private:
  QString entryFile(QString const& id) const;

  QString dir_;
  QString id_;
  bool usable_ = false;
  std::unique_ptr<QLockFile> lock_;
  std::vector<std::pair<QString, std::unique_ptr<QLockFile>>> orphan_locks_;
  QThreadPool writer_;  // one thread: writes and removals stay in order
  std::shared_ptr<std::atomic<quint64>> generation_ = std::make_shared<std::atomic<quint64>>(0);
};

}  // namespace zongjie::app
