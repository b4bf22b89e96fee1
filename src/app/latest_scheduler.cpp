#include "latest_scheduler.hpp"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace zongjie::app {

LatestScheduler::LatestScheduler(QObject* parent) : QObject(parent) {
  pool_.setMaxThreadCount(1);
  debounce_.setSingleShot(true);
  debounce_.setInterval(0);
  connect(&debounce_, &QTimer::timeout, this, &LatestScheduler::start);
  connect(&watcher_, &QFutureWatcher<Done>::finished, this, &LatestScheduler::onFinished);
}

LatestScheduler::~LatestScheduler() {
  debounce_.stop();
  watcher_.waitForFinished();
  pool_.waitForDone();
}

void LatestScheduler::setDebounce(int ms) { debounce_.setInterval(std::max(0, ms)); }

void LatestScheduler::request(Prepare prepare) {
  bool const was = busy();
  ++requested_;
  next_ = std::move(prepare);
  debounce_.start();
  if (!was) emit stateChanged();
}

void LatestScheduler::requestNow(Prepare prepare) {
  bool const was = busy();
  ++requested_;
  next_ = std::move(prepare);
  debounce_.stop();
  start();
  if (!was && busy()) emit stateChanged();
}

void LatestScheduler::flush() {
  if (!debounce_.isActive()) return;
  debounce_.stop();
  start();
}

void LatestScheduler::cancel() {
  bool const was = busy();
  debounce_.stop();
  next_ = {};
  ++requested_;  // whatever runs answers an older request now
  if (was != busy()) emit stateChanged();
}

void LatestScheduler::start() {
  if (running_ || !next_) return;  // picked up when the running job finishes
  Prepare prepare = std::exchange(next_, {});
  started_ = requested_;
  Job job = prepare();
  if (!job) {
    emit stateChanged();
    return;
  }
  running_ = true;
  watcher_.setFuture(QtConcurrent::run(&pool_, std::move(job)));
}

void LatestScheduler::onFinished() {
  Done done = watcher_.result();
  running_ = false;
  if (started_ == requested_ && done) done();
  // A newer request waits: start it unless its quiet interval still runs.
  if (next_ && !debounce_.isActive()) start();
  emit stateChanged();
}

bool LatestScheduler::waitForIdle(int timeoutMs) {
  QElapsedTimer t;
  t.start();
  flush();
  while (busy() && t.elapsed() < timeoutMs) {
    QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    flush();
  }
  return !busy();
}

}  // namespace zongjie::app
