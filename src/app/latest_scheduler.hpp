// Background work where only the latest request matters: the live analysis
// of the text, the corpus loads (and any other "recompute from the current
// state" job of the editor).
//
// One job runs at a time, on a thread of the scheduler's own.  A request
// made while a job runs replaces any request still waiting; a request may
// wait for a quiet interval first (debounce, restarted by each request).  A
// job is built when it starts (`Prepare`, on the owner's thread: it takes
// the snapshot it needs then), runs on the worker thread, and hands back a
// `Done` that runs on the owner's thread — only when no newer request was
// made meanwhile: a stale result is dropped and the newer job starts.
#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QThreadPool>
#include <QTimer>

#include <functional>

namespace zongjie::app {

class LatestScheduler : public QObject {
  Q_OBJECT

 public:
  using Done = std::function<void()>;    ///< owner's thread
  using Job = std::function<Done()>;     ///< worker thread
  using Prepare = std::function<Job()>;  ///< owner's thread, when the job starts

  explicit LatestScheduler(QObject* parent = nullptr);
  /// Waits for the running job (its result is dropped).
  ~LatestScheduler() override;

  /// Quiet interval before a request() starts (0: none).
  void setDebounce(int ms);
  int debounce() const { return debounce_.interval(); }

  /// Schedules `prepare` after the quiet interval (restarted by each request).
  void request(Prepare prepare);
  /// Schedules `prepare` without waiting for a quiet interval.
  void requestNow(Prepare prepare);
  /// A request waiting for its interval starts now.
  void flush();
  /// Drops what waits; a running job's result is dropped too.
  void cancel();

  bool running() const { return running_; }
  /// A job runs, or a request waits (for the interval or the running job).
  bool busy() const { return running_ || static_cast<bool>(next_); }
  /// Processes events until not busy (flushing the interval); false on timeout.
  bool waitForIdle(int timeoutMs);

 signals:
  /// busy() or running() changed.
  void stateChanged();

 private:
  void start();
  void onFinished();

  QThreadPool pool_;
  QTimer debounce_;
  QFutureWatcher<Done> watcher_;
  Prepare next_;
  bool running_ = false;
  quint64 requested_ = 0;  ///< requests made
  quint64 started_ = 0;    ///< the request the running job answers
};

}  // namespace zongjie::app
