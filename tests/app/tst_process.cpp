// The zongjie-editor executable as a user (or a script) runs it:
// --screenshot, bad input, and crash recovery after SIGKILL.
#include "test_util.hpp"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

#include <csignal>

using zongjie::test::example;
using zongjie::test::read_all;
using zongjie::test::write_all;

class ProcessTest : public QObject {
  Q_OBJECT

 private:
  QTemporaryDir tmp_;

  QProcessEnvironment env() const {
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    e.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    e.insert(QStringLiteral("ZONGJIE_RECOVERY_DIR"), tmp_.filePath(QStringLiteral("recovery")));
    e.insert(QStringLiteral("XDG_CONFIG_HOME"), tmp_.filePath(QStringLiteral("config")));
    e.insert(QStringLiteral("XDG_DATA_HOME"), tmp_.filePath(QStringLiteral("data")));
    return e;
  }

  int run(QStringList const& args, QProcessEnvironment const& e, QByteArray* err = nullptr, int timeout = 60000,
          QString const& program = QStringLiteral(ZONGJIE_EDITOR)) {
    QProcess p;
    p.setProcessEnvironment(e);
    p.start(program, args);
    if (!p.waitForFinished(timeout)) {
      p.kill();
      p.waitForFinished();
      return -1;
    }
    if (err) *err = p.readAllStandardError();
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
  }

 private slots:
  void initTestCase() { QVERIFY(tmp_.isValid()); }

  void screenshotWritesThePicture() {
    QString const png = tmp_.filePath(QStringLiteral("shot.png"));
    QByteArray err;
    int const rc = run({example(QStringLiteral("baisha-2023.txt")), QStringLiteral("--db"),
                        tmp_.filePath(QStringLiteral("none.db")), QStringLiteral("--screenshot"), png,
                        QStringLiteral("--size"), QStringLiteral("1200x800")},
                       env(), &err, 60000, QStringLiteral(ZONGJIE_EDITOR_SHIPPED));
    QVERIFY2(rc == 0, err.constData());
    QImage const image(png);
    QCOMPARE(image.size(), QSize(1200, 800));
  }

  /// The hooks live in zongjie-editor-test only (tests/app/editor_test_main.cpp).
  void shippedEditorHasNoTestHooks() {
    QFile f(QStringLiteral(ZONGJIE_EDITOR_SHIPPED));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QByteArray const bytes = f.readAll();
    QVERIFY(!bytes.contains("ZONGJIE_TEST_"));
    QFile t(QStringLiteral(ZONGJIE_EDITOR));
    QVERIFY(t.open(QIODevice::ReadOnly));
    QVERIFY(t.readAll().contains("ZONGJIE_TEST_GUI"));
  }

  void badInputStillOpensTheEditor() {
    QString const bin = tmp_.filePath(QStringLiteral("二进制.txt"));
    QVERIFY(write_all(bin, QByteArray("\0\1\2\3PK\3\4\0\0\0", 12)));
    QString const png = tmp_.filePath(QStringLiteral("bad.png"));
    QByteArray err;
    int const rc = run({bin, QStringLiteral("--db"), tmp_.filePath(QStringLiteral("corrupt.db")),
                        QStringLiteral("--screenshot"), png},
                       env(), &err);
    QVERIFY2(rc == 0, err.constData());
    QVERIFY(QImage(png).width() > 0);
  }

  void damagedDatabasesStillOpenTheDraft() {
    // Random bytes, a file cut short, a database of a newer schema: the
    // editor opens the report all the same, and leaves the file as it was.
    QString const learned = tmp_.filePath(QStringLiteral("learned.db"));
    {
      QProcess learn;
      learn.start(QStringLiteral(ZONGJIE_CLI), {QStringLiteral("learn"), example(QStringLiteral("qingxi-2024.txt")),
                                                QStringLiteral("--db"), learned, QStringLiteral("--quiet")});
      QVERIFY(learn.waitForFinished(60000));
      QCOMPARE(learn.exitCode(), 0);
    }
    QByteArray const whole = read_all(learned);
    QVERIFY(whole.size() > 8192);
    QByteArray newer;
    {
      QString const copy = tmp_.filePath(QStringLiteral("newer-work.db"));
      QVERIFY(write_all(copy, whole));
      sqlite3* db = nullptr;
      QCOMPARE(sqlite3_open(copy.toUtf8().constData(), &db), SQLITE_OK);
      int const rc =
          sqlite3_exec(db, "UPDATE meta SET value = '999' WHERE key = 'schema_version'", nullptr, nullptr, nullptr);
      sqlite3_close(db);
      QCOMPARE(rc, SQLITE_OK);
      newer = read_all(copy);
    }
    QByteArray random(64 * 1024, '\0');
    for (int i = 0; i < random.size(); ++i) random[i] = static_cast<char>((i * 7919 + 13) % 251);
    struct Case {
      char const* name;
      QByteArray bytes;
    } const cases[] = {
        {"random.db", random},
        {"cut.db", whole.left(whole.size() / 2)},
        {"newer.db", newer},
        {"header-only.db", QByteArray("SQLite format 3\0", 16) + QByteArray(84, '\0')},
    };
    for (auto const& c : cases) {
      QString const db = tmp_.filePath(QString::fromLatin1(c.name));
      QVERIFY(write_all(db, c.bytes));
      QString const png = tmp_.filePath(QStringLiteral("damaged.png"));
      QFile::remove(png);
      QByteArray err;
      int const rc = run({example(QStringLiteral("qingxi-2024.txt")), QStringLiteral("--db"), db,
                          QStringLiteral("--screenshot"), png},
                         env(), &err);
      QVERIFY2(rc == 0, (QByteArray(c.name) + ": " + err).constData());
      QVERIFY2(QImage(png).width() > 0, c.name);
      QVERIFY2(read_all(db) == c.bytes, c.name);  // not "repaired" into an empty corpus
    }
  }

  void badUsageExitsTwo() {
    QByteArray err;
    QCOMPARE(run({QStringLiteral("--tab"), QStringLiteral("nope")}, env(), &err), 2);
    QVERIFY(QString::fromUtf8(err).contains(QStringLiteral("--tab")));
  }

  void killedMidTypingLosesAtMostTwoSeconds() {
    QString const report = tmp_.filePath(QStringLiteral("report.txt"));
    QFile::remove(report);
    QVERIFY(QFile::copy(example(QStringLiteral("qingxi-2024.txt")), report));
    QString const original = QString::fromUtf8(read_all(report));

    QString typed;
    for (int i = 0; typed.size() < 400; ++i)
      typed += QStringLiteral("第%1句：持续推进乡村振兴，").arg(i) + (i % 4 == 3 ? QStringLiteral("\n") : QString());
    QString const type_file = tmp_.filePath(QStringLiteral("type.txt"));
    QVERIFY(write_all(type_file, typed.toUtf8()));
    QString const log_file = tmp_.filePath(QStringLiteral("typed.log"));

    QProcessEnvironment e = env();
    e.insert(QStringLiteral("ZONGJIE_TEST_TYPE"), type_file);
    e.insert(QStringLiteral("ZONGJIE_TEST_TYPE_INTERVAL_MS"), QStringLiteral("20"));
    e.insert(QStringLiteral("ZONGJIE_TEST_LOG"), log_file);
    QProcess editor;
    editor.setProcessEnvironment(e);
    editor.start(QStringLiteral(ZONGJIE_EDITOR),
                 {report, QStringLiteral("--db"), tmp_.filePath(QStringLiteral("none.db"))});
    QVERIFY(editor.waitForStarted());

    // Type for a while (several autosave periods), then kill -9 mid-typing.
    auto typed_so_far = [&] {
      QList<QByteArray> const lines = read_all(log_file).split('\n');
      return lines.size() >= 2 ? lines[lines.size() - 2].split(' ').value(1).toInt() : 0;
    };
    QTRY_VERIFY_WITH_TIMEOUT(typed_so_far() >= 200, 30000);
    qint64 const killed_at = QDateTime::currentMSecsSinceEpoch();
    ::kill(static_cast<pid_t>(editor.processId()), SIGKILL);
    QVERIFY(editor.waitForFinished());
    QCOMPARE(editor.exitStatus(), QProcess::CrashExit);

    // What had been typed 2 s before the kill must all come back.
    int typed_total = 0, typed_2s_before = 0;
    for (QByteArray const& line : read_all(log_file).split('\n')) {
      QList<QByteArray> const f = line.split(' ');
      if (f.size() != 3) continue;
      typed_total = f[1].toInt();
      if (f[2].toLongLong() <= killed_at - 2000) typed_2s_before = f[1].toInt();
    }
    QVERIFY(typed_2s_before > 0);

    QString const dump = tmp_.filePath(QStringLiteral("recovered.txt"));
    QProcessEnvironment e2 = env();
    e2.insert(QStringLiteral("ZONGJIE_TEST_RECOVERY_DUMP"), dump);
    QByteArray err;
    QCOMPARE(run({QStringLiteral("--db"), tmp_.filePath(QStringLiteral("none.db"))}, e2, &err), 0);
    QString const recovered = QString::fromUtf8(read_all(dump));
    QVERIFY2(recovered.startsWith(original), "the file's text comes first");
    QString const tail = recovered.mid(original.size());
    QVERIFY2(typed.startsWith(tail), "the recovered typing is what was typed, in order");
    int const got = static_cast<int>(tail.size());
    qInfo("typed %d keys, %d of them 2 s before the kill; recovered %d (lost %d keys = %d ms of typing)", typed_total,
          typed_2s_before, got, typed_total - got, (typed_total - got) * 20);
    QVERIFY2(got >= typed_2s_before, qPrintable(QStringLiteral("recovered %1 < %2").arg(got).arg(typed_2s_before)));

    // A second start does not offer it again once it was taken and dropped?
    // It was only dumped (the test hook exits before deciding): still there.
    QCOMPARE(run({QStringLiteral("--db"), tmp_.filePath(QStringLiteral("none.db"))}, e2, &err), 0);
  }
};

QTEST_GUILESS_MAIN(ProcessTest)
#include "tst_process.moc"
