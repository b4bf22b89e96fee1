// The editor's backend without a window: position mapping, the list models
// (QAbstractItemModelTester + QSignalSpy), analysis, files and encodings,
// the document controller's revisions, and recovery.
#include "analysis.hpp"
#include "corpus_controller.hpp"
#include "document_controller.hpp"
#include "file_io.hpp"
#include "finding_highlighter.hpp"
#include "findings_model.hpp"
#include "options.hpp"
#include "phrase_search.hpp"
#include "template_model.hpp"
#include "outline_model.hpp"
#include "recent_files.hpp"
#include "recovery.hpp"
#include "utf16_map.hpp"

#include "test_util.hpp"

#include "zongjie/docx/zip.hpp"
#include "zongjie/text/encoding.hpp"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QInputMethodEvent>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextCursor>
#include <QTextDocument>

using namespace zongjie::app;
using zongjie::test::example;
using zongjie::test::read_all;
using zongjie::test::TextEditFixture;
using zongjie::test::write_all;

namespace {
/// One part of a .docx package, "" when it is not there.
std::string part(QString const& docx, std::string_view name) {
  QByteArray const bytes = read_all(docx);
  zongjie::docx::ZipReader zip(std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size())), {});
  return zip.read(name).value_or(std::string());
}
}  // namespace

class BackendTest : public QObject {
  Q_OBJECT

 private:
  QTemporaryDir tmp_;
  QString path(QString const& name) const { return tmp_.filePath(name); }

 private slots:
  void initTestCase() {
    QVERIFY(tmp_.isValid());
    qputenv("ZONGJIE_RECOVERY_DIR", path(QStringLiteral("recovery")).toUtf8());
    qputenv("XDG_CONFIG_HOME", path(QStringLiteral("config")).toUtf8());
    qputenv("ZONGJIE_DB", path(QStringLiteral("none.db")).toUtf8());
  }

  // ---- positions -------------------------------------------------------------------
  void utf16MapConvertsBothWays() {
    QString const text = QStringLiteral("ab一、工作😀总结\n二是x");
    QByteArray const utf8 = text.toUtf8();
    std::string_view const sv(utf8.constData(), static_cast<std::size_t>(utf8.size()));
    Utf16Map const map(sv);
    QCOMPARE(map.utf16_size(), text.size());
    // Every character start maps to the QString index of that character.
    int unit = 0;
    std::size_t byte = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
      if (text[i].isLowSurrogate()) continue;
      QCOMPARE(map.to_utf16(byte), unit);
      QCOMPARE(map.to_byte(unit), byte);
      int const units = text[i].isHighSurrogate() ? 2 : 1;
      byte += static_cast<std::size_t>(QString(text.constData() + i, units).toUtf8().size());
      unit += units;
    }
    QCOMPARE(map.to_utf16(utf8.size()), text.size());
    QCOMPARE(map.to_utf16(1000), text.size());  // clamped
    // Inside the 4-byte emoji: its start.
    std::size_t const emoji = static_cast<std::size_t>(QStringLiteral("ab一、工作").toUtf8().size());
    QCOMPARE(map.to_utf16(emoji + 2), map.to_utf16(emoji));
  }

  void utf16MapOnLongText() {
    // Checkpoints every 256 bytes: conversions far into the text stay exact.
    QString text;
    for (int i = 0; i < 2000; ++i) text += (i % 7 == 0) ? QStringLiteral("a") : QStringLiteral("总");
    QByteArray const utf8 = text.toUtf8();
    Utf16Map const map(std::string_view(utf8.constData(), static_cast<std::size_t>(utf8.size())));
    for (int u : {0, 1, 255, 256, 999, 1500, 1999, 2000}) {
      std::size_t const b = map.to_byte(u);
      QCOMPARE(static_cast<qsizetype>(b), text.left(u).toUtf8().size());
      QCOMPARE(map.to_utf16(b), u);
    }
  }

  void utf16MapCountsInvalidBytesLikeQString() {
    QByteArray const bad(
        "a\xff\xfe"
        "b",
        4);
    Utf16Map const map(std::string_view(bad.constData(), 4));
    QCOMPARE(map.utf16_size(), QString::fromUtf8(bad).size());
  }

  void shiftRange_data() {
    QTest::addColumn<int>("begin");
    QTest::addColumn<int>("end");
    QTest::addColumn<int>("pos");
    QTest::addColumn<int>("removed");
    QTest::addColumn<int>("added");
    QTest::addColumn<int>("newBegin");
    QTest::addColumn<int>("newEnd");
    QTest::addColumn<bool>("alive");
    QTest::newRow("insert before") << 10 << 14 << 2 << 0 << 3 << 13 << 17 << true;
    QTest::newRow("insert at start moves") << 10 << 14 << 10 << 0 << 1 << 11 << 15 << true;
    QTest::newRow("insert inside grows") << 10 << 14 << 12 << 0 << 2 << 10 << 16 << true;
    QTest::newRow("insert at end stays") << 10 << 14 << 14 << 0 << 2 << 10 << 14 << true;
    QTest::newRow("delete before") << 10 << 14 << 0 << 5 << 0 << 5 << 9 << true;
    QTest::newRow("delete inside shrinks") << 10 << 14 << 11 << 2 << 0 << 10 << 12 << true;
    QTest::newRow("replace whole range") << 10 << 14 << 10 << 4 << 2 << 12 << 12 << false;
    QTest::newRow("delete covering head") << 10 << 14 << 8 << 4 << 0 << 8 << 10 << true;
    QTest::newRow("edit after") << 10 << 14 << 20 << 3 << 1 << 10 << 14 << true;
  }
  void shiftRange() {
    QFETCH(int, begin);
    QFETCH(int, end);
    QFETCH(int, pos);
    QFETCH(int, removed);
    QFETCH(int, added);
    QFETCH(int, newBegin);
    QFETCH(int, newEnd);
    QFETCH(bool, alive);
    QCOMPARE(shift_range(begin, end, pos, removed, added), alive);
    QCOMPARE(begin, newBegin);
    QCOMPARE(end, newEnd);
  }

  // ---- models --------------------------------------------------------------------------
  void outlineModelResetsOnlyOnChange() {
    OutlineModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy counts(&model, &OutlineModel::countChanged);

    AnalysisResult const r =
        analyse(QString::fromUtf8(read_all(example(QStringLiteral("baisha-2023.txt")))), 1, {}, {});
    QVERIFY(r.outline.size() > 5);
    model.setEntries(r.outline);
    QCOMPARE(resets.count(), 1);
    QCOMPARE(counts.count(), 1);
    QCOMPARE(model.rowCount(), r.outline.size());

    model.setEntries(r.outline);  // the same rows: nothing happens
    QCOMPARE(resets.count(), 1);
    QCOMPARE(changes.count(), 0);

    QList<OutlineEntry> renamed = r.outline;
    renamed[3].title += QStringLiteral("（改）");
    renamed[3].position += 5;
    model.setEntries(renamed);  // same shape: dataChanged for that row only
    QCOMPARE(resets.count(), 1);
    QCOMPARE(changes.count(), 1);
    QCOMPARE(changes.first().at(0).toModelIndex().row(), 3);
    QCOMPARE(changes.first().at(1).toModelIndex().row(), 3);
    QCOMPARE(model.data(model.index(3), OutlineModel::TitleRole).toString(), renamed[3].title);

    QList<OutlineEntry> shorter = r.outline.mid(0, 3);
    model.setEntries(shorter);
    QCOMPARE(resets.count(), 2);
    QCOMPARE(model.rowCount(), 3);
    QVERIFY(model.roleNames().values().contains("problem"));
  }

  void outlineModelShiftsAndFindsRows() {
    OutlineModel model;
    QList<OutlineEntry> rows(3);
    rows[0].position = 0;
    rows[1].position = 10;
    rows[2].position = 20;
    model.setEntries(rows);
    QCOMPARE(model.rowAt(15), 1);
    QCOMPARE(model.rowAt(0), 0);
    EditLog log;
    model.setEditLog(&log);
    log.record(5, 0, 4);
    QCOMPARE(model.positionOf(1), 14);
    QCOMPARE(model.positionOf(2), 24);
    QCOMPARE(model.rowAt(13), 0);
  }

  void findingsModelCountsAndShifts() {
    FindingsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy counts(&model, &FindingsModel::countsChanged);
    QList<FindingEntry> fs(3);
    fs[0] = {QStringLiteral("numbering.skip"), Labels::Error, 2, 1, 10, 12, QStringLiteral("跳号"), {}, {}, {}};
    fs[1] = {QStringLiteral("punctuation.half-width"),
             Labels::Warning,
             3,
             4,
             30,
             31,
             QStringLiteral("半角"),
             QStringLiteral("，"),
             {{30, 31, QStringLiteral("，")}},
             QStringLiteral("改为全角")};
    fs[2] = {QStringLiteral("year.stale"), Labels::Info, 5, 1, 50, 55, QStringLiteral("年份"), {}, {}, {}};
    model.setFindings(fs);
    QCOMPARE(counts.count(), 1);
    QCOMPARE(model.errorCount(), 1);
    QCOMPARE(model.warningCount(), 1);
    QCOMPARE(model.infoCount(), 1);
    QCOMPARE(model.data(model.index(1), FindingsModel::HasFixRole).toBool(), true);
    QCOMPARE(model.data(model.index(0), FindingsModel::HasFixRole).toBool(), false);
    model.setFindings(fs);  // unchanged: no reset, no count signal
    QCOMPARE(counts.count(), 1);
    EditLog log;
    model.setEditLog(&log);
    log.record(0, 0, 2);
    QCOMPARE(model.at(1)->begin, 30);  // as analysed
    QCOMPARE(model.current(1)->begin, 32);
    QCOMPARE(model.current(1)->fix.first().begin, 32);
    QCOMPARE(model.data(model.index(1), FindingsModel::BeginRole).toInt(), 32);
    QCOMPARE(model.rowAt(34), -1);
    QCOMPARE(model.rowAt(32), 1);
    QCOMPARE(model.rowAt(33), 1);  // right after it: the cursor after a selected finding
  }

  /// A new analysis changes the rows one by one: no reset, a row that stays
  /// keeps its index (a view's current row and scroll position with it).
  void findingsModelUpdatesRowByRow() {
    FindingsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto finding = [](QString rule, int begin, QString message) {
      FindingEntry f;
      f.rule = std::move(rule);
      f.severity = Labels::Warning;
      f.begin = begin;
      f.end = begin + 2;
      f.message = std::move(message);
      return f;
    };
    QList<FindingEntry> before;
    for (int i = 0; i < 6; ++i)
      before.push_back(finding(QStringLiteral("r.%1").arg(i), i * 10, QStringLiteral("第%1处").arg(i)));
    model.setFindings(before);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QPersistentModelIndex const current(model.index(4));  // the row the user is on
    QPersistentModelIndex const gone(model.index(1));
    // Row 1 fixed, a new finding before row 4, row 3 moved by typing above it.
    QList<FindingEntry> after = before;
    after.removeAt(1);
    after[2].begin += 3;
    after[2].end += 3;
    after.insert(3, finding(QStringLiteral("r.new"), 35, QStringLiteral("新的一处")));
    model.setFindings(after);
    QCOMPARE(resets.count(), 0);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.first().at(1).toInt(), 1);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), 3);
    QCOMPARE(changed.count(), 1);  // the moved row only
    QVERIFY(!gone.isValid());
    QVERIFY(current.isValid());
    QCOMPARE(current.row(), 4);
    QCOMPARE(model.data(current, FindingsModel::RuleRole).toString(), QStringLiteral("r.4"));
    QCOMPARE(model.findings(), after);
    // Order changes too: the result is the new list.
    std::reverse(after.begin(), after.end());
    model.setFindings(after);
    QCOMPARE(model.findings(), after);
    QCOMPARE(resets.count(), 0);
  }

  /// Edits since the analysis are kept once (the EditLog) and carried over
  /// when positions are read; typing coalesces into one entry.
  void editLogCarriesPositionsOver() {
    EditLog log;
    for (int i = 0; i < 100; ++i) log.record(5 + i, 0, 1);  // typing 100 characters at 5
    QCOMPARE(log.size(), 1);
    QCOMPARE(log.point(4), 4);
    QCOMPARE(log.point(5), 105);
    int b = 3, e = 8;
    QVERIFY(log.range(b, e));
    QCOMPARE(b, 3);
    QCOMPARE(e, 108);     // typed inside: belongs to it
    log.record(0, 3, 0);  // deleted the first three
    b = 10, e = 12;
    QVERIFY(log.range(b, e));
    QCOMPARE(b, 107);
    b = 0, e = 2;
    QVERIFY(!log.range(b, e));  // its text is gone
  }

  // ---- analysis ---------------------------------------------------------------------------
  void analysisPositionsAreQStringOffsets() {
    QString const text = QString::fromUtf8(read_all(example(QStringLiteral("baisha-2023.txt"))));
    AnalysisResult const r = analyse(text, 7, {}, QStringLiteral("baisha-2023.txt"));
    QCOMPARE(r.revision, quint64(7));
    QVERIFY(r.error.isEmpty());
    QVERIFY(r.reportYear == 2023);
    int sections = 0;
    for (auto const& e : r.outline) {
      if (e.kind == OutlineEntry::Section || (e.kind == OutlineEntry::Item && !e.marker.isEmpty())) {
        ++sections;
        QVERIFY2(text.mid(e.position).startsWith(e.marker), qPrintable(e.marker + e.title));
      }
      QVERIFY(e.line >= 1);
    }
    QVERIFY(sections >= 5);
    QVERIFY(r.characters > 1000);
  }

  void analysisMarksNumberingProblems() {
    QString const text = QStringLiteral(
        "2023年工作总结\n一、党建工作\n抓好党建。\n二、经济发展\n发展经济。\n二、生态环境\n保护环境。\n四、民生保障\n保障民生。\n");
    AnalysisResult const r = analyse(text, 1, {}, {});
    QStringList problems;
    for (auto const& e : r.outline)
      if (e.kind == OutlineEntry::Section) problems << e.problem;
    QCOMPARE(problems, (QStringList{QString(), QString(), QStringLiteral("序号重复"), QStringLiteral("序号跳号")}));
  }

  // ---- files -------------------------------------------------------------------------------
  void gb18030StaysGb18030() {
    QString const copy = path(QStringLiteral("liutang.txt"));
    QFile::remove(copy);
    QVERIFY(QFile::copy(example(QStringLiteral("liutang-2024-gb18030.txt")), copy));
    QByteArray const original = read_all(copy);

    TextEditFixture edit;
    QVERIFY(edit.document);
    DocumentController doc;
    doc.setTextDocument(edit.document);
    QVERIFY(doc.open(copy));
    QCOMPARE(doc.encoding(), QStringLiteral("GB18030"));
    QCOMPARE(doc.lineEnding(), QStringLiteral("CRLF"));
    QVERIFY(!doc.modified());

    // Unchanged text saves to the same bytes.
    QVERIFY(doc.save());
    QCOMPARE(read_all(copy), original);

    int const end = doc.insertText(0, QStringLiteral("柳塘镇"));
    QCOMPARE(end, 3);
    QVERIFY(doc.modified());
    QVERIFY(doc.windowTitle().startsWith(QStringLiteral("● ")));
    QVERIFY(doc.save());
    QVERIFY(!doc.modified());
    QByteArray const saved = read_all(copy);
    auto const decoded =
        zongjie::text::decode(std::string_view(saved.constData(), static_cast<std::size_t>(saved.size())));
    QCOMPARE(decoded.encoding, zongjie::text::Encoding::gb18030);
    QVERIFY(saved.contains("\r\n"));
    QVERIFY(QString::fromStdString(decoded.text).startsWith(QStringLiteral("柳塘镇2024年")));

    // 另存为 UTF-8 when the user chooses it.
    QString const utf8 = path(QStringLiteral("liutang-utf8.txt"));
    QVERIFY(doc.saveAs(utf8, QStringLiteral("UTF-8")));
    QCOMPARE(doc.encoding(), QStringLiteral("UTF-8"));
    QCOMPARE(doc.filePath(), QFileInfo(utf8).absoluteFilePath());
    QVERIFY(QString::fromUtf8(read_all(utf8)).startsWith(QStringLiteral("柳塘镇2024年")));
    QCOMPARE(doc.encodingChoices().first(), QStringLiteral("UTF-8"));
  }

  void badFilesGiveMessagesNamingTheFile_data() {
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("binary") << QStringLiteral("图片.txt") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0", 16);
    QTest::newRow("missing") << QStringLiteral("不存在.txt") << QByteArray();
  }
  void badFilesGiveMessagesNamingTheFile() {
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    QString const file = path(name);
    if (!bytes.isEmpty()) QVERIFY(write_all(file, bytes));
    TextEditFixture edit;
    DocumentController doc;
    doc.setTextDocument(edit.document);
    doc.insertText(0, QStringLiteral("草稿不能丢"));
    QSignalSpy errors(&doc, &DocumentController::errorOccurred);
    QVERIFY(!doc.open(file));
    QCOMPARE(errors.count(), 1);
    QVERIFY2(errors.first().first().toString().contains(name), qPrintable(errors.first().first().toString()));
    QCOMPARE(doc.plainText(), QStringLiteral("草稿不能丢"));  // the draft stays
  }

  void hugeFileIsRefused() {
    QString const file = path(QStringLiteral("huge.txt"));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QVERIFY(f.resize(max_editor_bytes + 1));  // sparse: no real 16 MB written
    f.close();
    TextEditFixture edit;
    DocumentController doc;
    doc.setTextDocument(edit.document);
    QSignalSpy errors(&doc, &DocumentController::errorOccurred);
    QVERIFY(!doc.open(file));
    QVERIFY(errors.first().first().toString().contains(QStringLiteral("文件过大")));
  }

  // ---- live analysis ---------------------------------------------------------------------
  void typingDropsStaleResultsAndEndsUpToDate() {
    TextEditFixture edit;
    DocumentController doc;
    doc.setTextDocument(edit.document);
    doc.setDebounceMs(5);
    QVERIFY(doc.open(example(QStringLiteral("qingxi-2024.txt"))));
    QVERIFY(doc.waitForAnalysis());
    int const before = doc.outline()->count();
    QSignalSpy analysed(&doc, &DocumentController::analysed);
    // A burst of edits, some while an analysis runs.
    QString const added = QStringLiteral("\n五、新增一节标题\n正文。\n");
    int pos = doc.lineStart(1000);
    for (QChar c : added) {
      pos = doc.insertText(pos, QString(c));
      QTest::qWait(1);
    }
    QVERIFY(doc.waitForAnalysis());
    QVERIFY(doc.upToDate());
    QCOMPARE(doc.outline()->count() >= before, true);
    bool found = false;
    for (auto const& e : doc.outline()->entries()) found |= e.title == QStringLiteral("新增一节标题");
    QVERIFY(found);
    QVERIFY(analysed.count() >= 1);
  }

  void formatsDoNotCountAsEdits() {
    TextEditFixture edit;
    DocumentController doc;
    doc.setTextDocument(edit.document);
    QVERIFY(doc.open(example(QStringLiteral("baisha-2023.txt"))));
    QVERIFY(doc.waitForAnalysis());
    quint64 const rev = doc.revision();
    // The highlighter re-formatting blocks emits contentsChange too.
    doc.highlighter()->setMarks({{5, 30, 0}, {200, 210, 1}});
    doc.highlighter()->setCurrent(5, 30);
    QCOMPARE(doc.revision(), rev);
    QVERIFY(doc.upToDate());
    QVERIFY(!doc.modified());
    // A real edit and its undo do count.
    doc.insertText(3, QStringLiteral("甲"));
    QCOMPARE(doc.revision(), rev + 1);
    edit.document->textDocument()->undo();
    QCOMPARE(doc.revision(), rev + 2);
    QVERIFY(!doc.modified());
  }

  void insertBlockPutsTemplatesOnTheirOwnLines() {
    TextEditFixture edit;
    DocumentController doc;
    doc.setTextDocument(edit.document);
    doc.insertText(0, QStringLiteral("第一行\n第二行"));
    int const start = doc.insertBlock(1, QStringLiteral("（一）模板\n内容"));
    QCOMPARE(doc.plainText(), QStringLiteral("第一行\n（一）模板\n内容\n第二行"));
    QCOMPARE(start, 4);
    int const s2 = doc.insertBlock(0, QStringLiteral("标题"));
    QCOMPARE(s2, 0);
    QVERIFY(doc.plainText().startsWith(QStringLiteral("标题\n第一行")));
  }

  // ---- recovery ----------------------------------------------------------------------------
  void recoveryEntryRoundTrip() {
    RecoveryEntry e;
    e.path = QStringLiteral("/tmp/报告.txt");
    e.encoding = QStringLiteral("GB18030");
    e.written = QDateTime::currentDateTime();
    e.text = QStringLiteral("第一行\n第二行😀\n");
    QString const file = path(QStringLiteral("entry.txt"));
    QVERIFY(RecoveryStore::writeEntry(file, e));
    auto const back = RecoveryStore::readEntry(file);
    QVERIFY(back);
    QCOMPARE(back->path, e.path);
    QCOMPARE(back->encoding, e.encoding);
    QCOMPARE(back->text, e.text);
    QVERIFY(!RecoveryStore::readEntry(path(QStringLiteral("nothing.txt"))));
  }

  void orphansAreOfferedOnceAndLiveSessionsNever() {
    QString const dir = path(QStringLiteral("orphans"));
    RecoveryEntry e;
    e.text = QStringLiteral("未保存的文字");
    e.written = QDateTime::currentDateTime();
    {
      RecoveryStore dead(dir);
      QVERIFY(dead.usable());
      QVERIFY(dead.saveNow(e));
      RecoveryStore alive(dir);
      QVERIFY(alive.takeOrphans().isEmpty());  // `dead` still holds its lock
      // Leaving the scope releases the lock but (unlike clear()) keeps the text.
    }
    RecoveryStore next(dir);
    auto orphans = next.takeOrphans();
    QCOMPARE(orphans.size(), 1);
    QCOMPARE(orphans.first().text, e.text);
    RecoveryStore third(dir);
    QVERIFY(third.takeOrphans().isEmpty());  // taken by `next`
    next.removeOrphan(orphans.first().id);
    QVERIFY(QDir(dir).entryList({QStringLiteral("*.txt")}).isEmpty());
  }

  void autosaveWritesWhileModifiedAndClearsOnSave() {
    QString const dir = QString::fromUtf8(qgetenv("ZONGJIE_RECOVERY_DIR"));
    QString const file = path(QStringLiteral("autosave.txt"));
    QVERIFY(write_all(file, "一、旧文字\n"));
    TextEditFixture edit;
    auto doc = std::make_unique<DocumentController>();
    doc->setTextDocument(edit.document);
    doc->setAutosaveMs(100);
    QVERIFY(doc->open(file));
    QString const entry = QDir(dir).filePath(doc->recovery().sessionId() + QStringLiteral(".txt"));
    QTest::qWait(250);
    QVERIFY(!QFile::exists(entry));  // nothing changed yet
    doc->insertText(0, QStringLiteral("新"));
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(entry), 2000);
    doc->recovery().flush();
    QCOMPARE(RecoveryStore::readEntry(entry)->text, QStringLiteral("新一、旧文字\n"));
    QCOMPARE(RecoveryStore::readEntry(entry)->path, QFileInfo(file).absoluteFilePath());
    QVERIFY(doc->save());
    doc->recovery().flush();
    QVERIFY(!QFile::exists(entry));
  }

  void acceptRecoveryRestoresTextAsOneUndoableEdit() {
    QString const dir = QString::fromUtf8(qgetenv("ZONGJIE_RECOVERY_DIR"));
    QString const file = path(QStringLiteral("recover-me.txt"));
    QVERIFY(write_all(file, "磁盘上的文字\n"));
    RecoveryEntry e;
    e.path = QFileInfo(file).absoluteFilePath();
    e.encoding = QStringLiteral("UTF-8");
    e.written = QDateTime::currentDateTime();
    e.text = QStringLiteral("磁盘上的文字\n崩溃前输入的文字");
    QVERIFY(RecoveryStore::writeEntry(QDir(dir).filePath(QStringLiteral("deadbeef-0000.txt")), e));

    TextEditFixture edit;
    DocumentController doc;
    doc.setTextDocument(edit.document);
    QSignalSpy offered(&doc, &DocumentController::recoveryChanged);
    doc.checkRecovery();
    QVERIFY(doc.recoveryOffered());
    QCOMPARE(doc.recoveryText(), e.text);
    QCOMPARE(doc.recoveryFileName(), QStringLiteral("recover-me.txt"));
    // What changed, not how long the text is.
    QVariantMap const change = doc.recoveryChange();
    QCOMPARE(change.value(QStringLiteral("fileMissing")).toBool(), false);
    QCOMPARE(change.value(QStringLiteral("added")).toInt(), QStringLiteral("崩溃前输入的文字").size());
    QCOMPARE(change.value(QStringLiteral("removed")).toInt(), 0);
    QCOMPARE(change.value(QStringLiteral("line")).toInt(), 2);
    QCOMPARE(change.value(QStringLiteral("newText")).toString(), QStringLiteral("崩溃前输入的文字"));
    QSignalSpy cursor(&doc, &DocumentController::cursorRequested);
    doc.acceptRecovery();
    QCOMPARE(cursor.count(), 1);
    QCOMPARE(cursor.first().first().toInt(), QStringLiteral("磁盘上的文字\n").size());
    QVERIFY(!doc.recoveryOffered());
    QCOMPARE(doc.plainText(), e.text);
    QCOMPARE(doc.filePath(), e.path);
    QVERIFY(doc.modified());
    QVERIFY(!QFile::exists(QDir(dir).filePath(QStringLiteral("deadbeef-0000.txt"))));
    // Our own entry holds the text from the moment it was accepted.
    QString const mine = QDir(dir).filePath(doc.recovery().sessionId() + QStringLiteral(".txt"));
    QCOMPARE(RecoveryStore::readEntry(mine)->text, e.text);
    edit.document->textDocument()->undo();
    QCOMPARE(doc.plainText(), QStringLiteral("磁盘上的文字\n"));
    doc.discardChanges();
    QVERIFY(!QFile::exists(mine));
  }

  // ---- corpus -------------------------------------------------------------------------------
  void learnsAFolderWithProgress() {
    CorpusController corpus;
    corpus.setDbPath(path(QStringLiteral("learn.db")));
    corpus.load();
    corpus.waitForIdle();
    QCOMPARE(corpus.state(), Labels::CorpusMissing);
    QSignalSpy progress(&corpus, &CorpusController::progressChanged);
    QSignalSpy finished(&corpus, &CorpusController::learnFinished);
    QSignalSpy context(&corpus, &CorpusController::contextChanged);
    QVERIFY(corpus.learn(zongjie::test::source_dir() + QStringLiteral("/examples")));
    QVERIFY(corpus.learning());
    corpus.waitForIdle();
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.first().first().toBool(), true);
    QVERIFY(progress.count() >= 2);
    QCOMPARE(corpus.progressDone(), corpus.progressTotal());
    QCOMPARE(corpus.state(), Labels::CorpusReady);
    QCOMPARE(corpus.documents(), 8);
    QVERIFY(corpus.hasModel());
    QVERIFY(!corpus.parts().isEmpty());
    QVERIFY(!corpus.themes().isEmpty());
    QVERIFY(corpus.usualOrder().contains(QStringLiteral("工作总结")));
    // The office lexicon of the examples, for the 语料 tab: entries with their kinds and counts.
    QVERIFY(!corpus.names().isEmpty());
    QVariantMap const first = corpus.names().front().toMap();
    QVERIFY(!first.value(QStringLiteral("word")).toString().isEmpty());
    QVERIFY(first.value(QStringLiteral("count")).toInt() > 0);
    QVariantList const places = corpus.namesOfKind(QStringLiteral("地名"));
    QVERIFY(!places.isEmpty());
    QVERIFY(places.size() <= corpus.names().size());
    for (auto const& v : places) QCOMPARE(v.toMap().value(QStringLiteral("kind")).toString(), QStringLiteral("地名"));
    QVERIFY(context.count() >= 1);
    QVERIFY(corpus.context().model);
    QVERIFY(corpus.learnMessage().contains(QStringLiteral("学习完成")));
  }

  void corruptDatabaseIsAMessage() {
    QString const db = path(QStringLiteral("corrupt.db"));
    QVERIFY(write_all(db, QByteArray(4096, 'x')));
    CorpusController corpus;
    corpus.setDbPath(db);
    corpus.load();
    corpus.waitForIdle();
    QCOMPARE(corpus.state(), Labels::CorpusError);
    QVERIFY2(corpus.errorMessage().contains(QStringLiteral("corrupt.db")), qPrintable(corpus.errorMessage()));
    QVERIFY(corpus.context().themes);  // outlines still get themes
  }

  void learnRefusesMissingFolder() {
    CorpusController corpus;
    corpus.setDbPath(path(QStringLiteral("x.db")));
    QVERIFY(!corpus.learn(path(QStringLiteral("没有这个文件夹"))));
    QVERIFY(corpus.learnMessage().contains(QStringLiteral("不存在")));
  }

  // ---- checker: findings, fixes, suppressions ---------------------------------------------
  void findingsComeWithUtf16RangesAndFixes() {
    QString const file = path(QStringLiteral("check-me.txt"));
    QVERIFY(write_all(
        file,
        QStringLiteral(
            "白沙乡2023年工作总结\n今年以来，全乡营造了浓厚范围,干部群众干劲十足。\n一、党建工作\n抓好党建。\n二、经济发展\n发展经济。\n2024年工作思路\n一、继续抓党建\n内容。\n")
            .toUtf8()));
    CorpusController corpus;
    corpus.setDbPath(path(QStringLiteral("check.db")));
    corpus.load();
    corpus.waitForIdle();
    QVERIFY(corpus.context().checker);
    TextEditFixture edit;
    DocumentController doc;
    doc.setCorpus(&corpus);
    doc.setTextDocument(edit.document);
    QVERIFY(doc.open(file));
    QVERIFY(doc.waitForAnalysis());
    FindingsModel* f = doc.findings();
    QAbstractItemModelTester tester(f, QAbstractItemModelTester::FailureReportingMode::QtTest);
    int confusable = -1;
    for (int i = 0; i < f->count(); ++i) {
      FindingEntry const* e = f->at(i);
      QVERIFY(e->begin >= 0 && e->end >= e->begin && e->end <= doc.plainText().size());
      if (e->rule == QLatin1String("wording.confusable")) confusable = i;
    }
    QVERIFY2(confusable >= 0, "浓厚范围 is reported");
    FindingEntry const* e = f->at(confusable);
    QCOMPARE(doc.plainText().mid(e->begin, e->end - e->begin), QStringLiteral("浓厚范围"));
    QVERIFY(!e->fix.isEmpty());
    QVERIFY(doc.applyFix(confusable));
    QVERIFY(doc.plainText().contains(QStringLiteral("浓厚氛围")));
    QVERIFY(doc.waitForAnalysis());
    for (auto const& x : f->findings()) QVERIFY(x.rule != QLatin1String("wording.confusable"));
    // The fix is one undoable edit.
    edit.document->textDocument()->undo();
    QVERIFY(doc.plainText().contains(QStringLiteral("浓厚范围")));
  }

  void undoAfterAFixRestoresTextAndCursor() {
    // The window's undo (Ctrl+Z wherever the focus is, the toolbar's 撤销):
    // the text comes back and the cursor goes back to where the user was.
    QString const file = path(QStringLiteral("undo-fix.txt"));
    QVERIFY(write_all(
        file, QStringLiteral(
                  "白沙乡2023年工作总结\n今年以来，全乡营造了浓厚范围,干部群众干劲十足。\n一、党建工作\n抓好党建。\n")
                  .toUtf8()));
    CorpusController corpus;
    corpus.setDbPath(path(QStringLiteral("undo.db")));
    corpus.load();
    corpus.waitForIdle();
    TextEditFixture edit;
    DocumentController doc;
    doc.setCorpus(&corpus);
    doc.setTextDocument(edit.document);
    QVERIFY(doc.open(file));
    QVERIFY(doc.waitForAnalysis());
    QVERIFY(!doc.canUndo());
    QString const before = doc.plainText();
    int const cursor = before.indexOf(QStringLiteral("浓厚范围")) + 2;  // the user's cursor inside the finding
    int const row = doc.findings()->rowAt(cursor);
    QVERIFY(row >= 0);
    QVERIFY(doc.findings()->get(row).value(QStringLiteral("hasFix")).toBool());
    QVERIFY(doc.applyFix(row, cursor));
    QVERIFY(doc.plainText() != before);
    QVERIFY(doc.canUndo());
    QCOMPARE(doc.undo(), cursor);
    QCOMPARE(doc.plainText(), before);
    QVERIFY(doc.canRedo());
    QVERIFY(doc.redo() >= 0);
    QVERIFY(doc.plainText() != before);
    QCOMPARE(doc.undo(), cursor);
    // An ordinary edit made later is undone to its own place.
    QTextCursor c(edit.document->textDocument());
    c.setPosition(3);
    c.insertText(QStringLiteral("甲"));
    QCOMPARE(doc.undo(), 3);
    QCOMPARE(doc.plainText(), before);
    QCOMPARE(doc.undo(), -1);  // nothing left: the file as opened
  }

  void inputMethodCommitsLoseNothing() {
    // As fcitx/ibus type Chinese: a preedit, then the commit, word after
    // word, into a long report with the controller and highlighter attached.
    CorpusController corpus;
    corpus.setDbPath(path(QStringLiteral("im.db")));
    corpus.load();
    corpus.waitForIdle();
    TextEditFixture edit;
    QVERIFY(edit.item);
    DocumentController doc;
    doc.setCorpus(&corpus);
    doc.setTextDocument(edit.document);
    QString long_text;
    for (QString const& name : {QStringLiteral("baisha-2023.txt"), QStringLiteral("qingxi-2024.txt"),
                                QStringLiteral("guiwan-2024.txt"), QStringLiteral("shuanghe-2023.txt")})
      long_text += QString::fromUtf8(read_all(example(name)));
    QVERIFY(long_text.size() > 8000);
    QString const file = path(QStringLiteral("im.txt"));
    QVERIFY(write_all(file, long_text.toUtf8()));
    QVERIFY(doc.open(file));
    QString const before = doc.plainText();
    int const at = doc.lineStart(20);
    edit.item->setProperty("cursorPosition", at);
    QStringList const pool{QStringLiteral("乡村振兴"), QStringLiteral("人居环境"), QStringLiteral("，"),
                           QStringLiteral("党建引领"), QStringLiteral("。"),       QStringLiteral("网格化管理")};
    QString typed;
    for (int i = 0; i < 500; ++i) {
      QString const w = pool[i % pool.size()];
      QInputMethodEvent preedit(w.left(1), {});
      QCoreApplication::sendEvent(edit.item.get(), &preedit);
      QInputMethodEvent commit;
      commit.setCommitString(w);
      QCoreApplication::sendEvent(edit.item.get(), &commit);
      typed += w;
      if (i % 50 == 0) QCoreApplication::processEvents();  // analyses come and go meanwhile
    }
    QVERIFY(doc.waitForAnalysis());
    QCOMPARE(doc.plainText(), before.left(at) + typed + before.mid(at));
    QCOMPARE(edit.item->property("cursorPosition").toInt(), at + static_cast<int>(typed.size()));
    QVERIFY(doc.modified());
  }

  void endOfDocumentBelongsToTheLastPart() {
    TextEditFixture edit;
    DocumentController doc;
    doc.setTextDocument(edit.document);
    QString const text = QStringLiteral(
        "白沙乡2023年工作总结\n一、2023年工作总结\n（一）党建\n抓好党建。\n二、2024年工作计划\n（一）民生\n办好实事。\n\n");
    QString const file = path(QStringLiteral("end.txt"));
    QVERIFY(write_all(file, text.toUtf8()));
    QVERIFY(doc.open(file));
    QVERIFY(doc.waitForAnalysis());
    int const end = doc.plainText().size();
    QVariantMap const at_end = doc.sectionAt(end);
    QCOMPARE(at_end.value(QStringLiteral("role")).toString(), QStringLiteral("plan"));
    QCOMPARE(doc.sectionAt(end - 1).value(QStringLiteral("role")).toString(), QStringLiteral("plan"));
    QCOMPARE(doc.sectionAt(doc.plainText().indexOf(QStringLiteral("抓好"))).value(QStringLiteral("role")).toString(),
             QStringLiteral("summary"));
  }

  void endOfEachCorpusReportBelongsToItsLastPart() {
    // Also run alone as the CTest test app:backend:corpus, which shows as
    // skipped (not passed) without the corpus.
    QString const env = qEnvironmentVariable("ZONGJIE_CORPUS_DIR");
    QString const folder = env.isEmpty() ? QStringLiteral(ZONGJIE_CORPUS_DIR) : env;
    if (folder.isEmpty() || !QDir(folder).exists()) QSKIP("no corpus folder (ZONGJIE_CORPUS_DIR)");
    QDir const dir(folder);
    QStringList const reports = dir.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name);
    QVERIFY2(!reports.isEmpty(), "no .txt report in the corpus folder");
    for (QString const& name : reports) {
      TextEditFixture edit;
      DocumentController doc;
      doc.setTextDocument(edit.document);
      QVERIFY(doc.open(dir.filePath(name)));
      QVERIFY(doc.waitForAnalysis());
      int const end = doc.plainText().size();
      QVariantMap const s = doc.sectionAt(end);
      QVERIFY2(!s.value(QStringLiteral("role")).toString().isEmpty(), qPrintable(name));
      // The same part as the last character's.
      QCOMPARE(s.value(QStringLiteral("role")), doc.sectionAt(std::max(0, end - 2)).value(QStringLiteral("role")));
    }
  }

  void findAndReplaceAllIsOneUndoStep() {
    TextEditFixture edit;
    DocumentController doc;
    doc.setTextDocument(edit.document);
    doc.newFromText(QStringLiteral("推进垃圾分类。\n垃圾分类覆盖率提高。\n抓好垃圾分类宣传。"));
    QString const before = doc.plainText();
    QCOMPARE(doc.countMatches(QStringLiteral("垃圾分类")), 3);
    QCOMPARE(doc.countMatches(QStringLiteral("没有")), 0);
    QVariantMap const second = doc.findNext(QStringLiteral("垃圾分类"), 3);
    QCOMPARE(second.value(QStringLiteral("index")).toInt(), 2);
    QCOMPARE(second.value(QStringLiteral("count")).toInt(), 3);
    QCOMPARE(second.value(QStringLiteral("begin")).toInt(), before.indexOf(QStringLiteral("垃圾分类"), 3));
    QCOMPARE(doc.findNext(QStringLiteral("垃圾分类"), before.size()).value(QStringLiteral("index")).toInt(),
             1);  // wraps
    QCOMPARE(doc.findNext(QStringLiteral("垃圾分类"), 0, true).value(QStringLiteral("index")).toInt(), 3);
    int const b = second.value(QStringLiteral("begin")).toInt();
    QCOMPARE(doc.replaceAt(b, b + 4, QStringLiteral("别的"), QStringLiteral("x")), -1);  // not what is there
    QCOMPARE(doc.replaceAll(QStringLiteral("垃圾分类"), QStringLiteral("生活垃圾分类")), 3);
    QCOMPARE(doc.countMatches(QStringLiteral("生活垃圾分类")), 3);
    doc.rememberCursorForUndo(7);
    QCOMPARE(doc.undo(), 7);
    QCOMPARE(doc.plainText(), before);  // one step
  }

  void nextFindingAndPlaceholders() {
    CorpusController corpus;
    corpus.setDbPath(path(QStringLiteral("next.db")));
    corpus.load();
    corpus.waitForIdle();
    TextEditFixture edit;
    DocumentController doc;
    doc.setCorpus(&corpus);
    doc.setTextDocument(edit.document);
    doc.newFromText(QStringLiteral("白沙乡2023年工作总结\n全年完成XX项，新增XX个。\n一、党建工作\n抓好党建。\n"));
    QVERIFY(doc.waitForAnalysis());
    QVERIFY(doc.placeholderCount() >= 2);
    QVariantMap const first = doc.nextFinding(0, QStringLiteral("placeholder."));
    QCOMPARE(doc.plainText().mid(first.value(QStringLiteral("begin")).toInt(), 2), QStringLiteral("XX"));
    QVariantMap const second =
        doc.nextFinding(first.value(QStringLiteral("begin")).toInt(), QStringLiteral("placeholder."));
    QVERIFY(second.value(QStringLiteral("begin")).toInt() > first.value(QStringLiteral("begin")).toInt());
    QVariantMap const wrapped = doc.nextFinding(doc.plainText().size(), QStringLiteral("placeholder."));
    QCOMPARE(wrapped.value(QStringLiteral("begin")), first.value(QStringLiteral("begin")));
    QCOMPARE(doc.nextFinding(0, QStringLiteral("no-such-rule.")).value(QStringLiteral("row")).toInt(), -1);
  }

  void insertedSentencesKeepTheirFullStop() {
    PhraseListModel m;
    PhraseRow sentence;
    sentence.text = QStringLiteral("推进垃圾分类进村入户");
    PhraseRow ended;
    ended.text = QStringLiteral("群众满意度明显提高！");
    PhraseRow slogan;
    slogan.text = QStringLiteral("“枫桥经验”");
    slogan.kind = QStringLiteral("slogan");
    PhraseRow parallel;
    parallel.text = QStringLiteral("固成果、促振兴");
    parallel.kind = QStringLiteral("parallel");
    PhraseRow lead;
    lead.text = QStringLiteral("招商引资再加力");
    lead.kind = QStringLiteral("lead");
    m.setRows({sentence, ended, slogan, parallel, lead});
    QCOMPARE(m.insertTextAt(0), QStringLiteral("推进垃圾分类进村入户。"));
    QCOMPARE(m.insertTextAt(1), QStringLiteral("群众满意度明显提高！"));
    QCOMPARE(m.insertTextAt(2), QStringLiteral("“枫桥经验”"));
    QCOMPARE(m.insertTextAt(3), QStringLiteral("固成果、促振兴"));
    QCOMPARE(m.insertTextAt(4), QStringLiteral("招商引资再加力。"));
    QCOMPARE(m.data(m.index(0), PhraseListModel::InsertTextRole).toString(), QStringLiteral("推进垃圾分类进村入户。"));
  }

  void ignoreHereAndIgnoreRuleAreStoredBesideTheDatabase() {
    QString const file = path(QStringLiteral("ignore-me.txt"));
    QVERIFY(write_all(
        file,
        QStringLiteral("白沙乡2023年工作总结\n今年以来，全乡营造了浓厚范围，XX村完成XX项。\n一、党建工作\n抓好党建。\n")
            .toUtf8()));
    QString const db = path(QStringLiteral("ignore.db"));
    CorpusController corpus;
    corpus.setDbPath(db);
    corpus.load();
    corpus.waitForIdle();
    TextEditFixture edit;
    DocumentController doc;
    doc.setCorpus(&corpus);
    doc.setTextDocument(edit.document);
    QVERIFY(doc.open(file));
    QVERIFY(doc.waitForAnalysis());
    auto count_rule = [&](QString const& rule) {
      int n = 0;
      for (auto const& x : doc.findings()->findings()) n += x.rule == rule;
      return n;
    };
    int row = -1;
    for (int i = 0; i < doc.findings()->count(); ++i)
      if (doc.findings()->at(i)->rule == QLatin1String("wording.confusable")) row = i;
    QVERIFY(row >= 0);
    doc.ignoreHere(row);
    QVERIFY(doc.waitForAnalysis());
    QCOMPARE(count_rule(QStringLiteral("wording.confusable")), 0);
    QVERIFY(QFile::exists(db + QStringLiteral(".ignore.json")));
    QVERIFY(read_all(db + QStringLiteral(".ignore.json")).contains("wording.confusable"));

    int const placeholders = count_rule(QStringLiteral("placeholder.unfilled"));
    QVERIFY(placeholders >= 2);
    for (int i = 0; i < doc.findings()->count(); ++i)
      if (doc.findings()->at(i)->rule == QLatin1String("placeholder.unfilled")) row = i;
    doc.ignoreRule(row);
    QVERIFY(doc.waitForAnalysis());
    QCOMPARE(count_rule(QStringLiteral("placeholder.unfilled")), 0);

    // A second editor on the same report sees the same suppressions.
    CorpusController corpus2;
    corpus2.setDbPath(db);
    corpus2.load();
    corpus2.waitForIdle();
    TextEditFixture edit2;
    DocumentController doc2;
    doc2.setCorpus(&corpus2);
    doc2.setTextDocument(edit2.document);
    QVERIFY(doc2.open(file));
    QVERIFY(doc2.waitForAnalysis());
    for (auto const& x : doc2.findings()->findings()) {
      QVERIFY(x.rule != QLatin1String("placeholder.unfilled"));
      QVERIFY(x.rule != QLatin1String("wording.confusable"));
    }

    // A copy made outside the editor, under another name, is the same report
    // (same title): what was ignored stays ignored and is listed.
    QString const copy = path(QStringLiteral("副本-报告.txt"));
    QVERIFY(QFile::copy(file, copy));
    TextEditFixture edit3;
    DocumentController doc3;
    doc3.setCorpus(&corpus2);
    doc3.setTextDocument(edit3.document);
    QVERIFY(doc3.open(copy));
    QVERIFY(doc3.waitForAnalysis());
    for (auto const& x : doc3.findings()->findings()) {
      QVERIFY(x.rule != QLatin1String("placeholder.unfilled"));
      QVERIFY(x.rule != QLatin1String("wording.confusable"));
    }
    QCOMPARE(doc3.ignoreCount(), 2);

    // The ignore list, and taking ignores back.
    QCOMPARE(doc.ignoreCount(), 2);
    QVariantList const list = doc.ignores();
    QCOMPARE(list.size(), 2);
    QVERIFY(doc.canUndoIgnore());
    QVERIFY(doc.undoIgnore());  // the last one: the placeholder rule
    QVERIFY(doc.waitForAnalysis());
    QCOMPARE(count_rule(QStringLiteral("placeholder.unfilled")), placeholders);
    QCOMPARE(doc.ignoreCount(), 1);
    QString const key = doc.ignores().first().toMap().value(QStringLiteral("key")).toString();
    QVERIFY(doc.removeIgnore(key));
    QVERIFY(doc.waitForAnalysis());
    QCOMPARE(count_rule(QStringLiteral("wording.confusable")), 1);
    QCOMPARE(doc.ignoreCount(), 0);
    QVERIFY(!doc.canUndoIgnore());
    QVERIFY(!read_all(db + QStringLiteral(".ignore.json")).contains("wording.confusable"));
  }

  void untitledTextIgnoresForTheSession() {
    CorpusController corpus;
    corpus.setDbPath(path(QStringLiteral("session.db")));
    corpus.load();
    corpus.waitForIdle();
    TextEditFixture edit;
    DocumentController doc;
    doc.setCorpus(&corpus);
    doc.setTextDocument(edit.document);
    doc.insertText(0, QStringLiteral("2024年工作总结\n一、XX工作\n内容XX。\n"));
    QVERIFY(doc.waitForAnalysis());
    int row = -1;
    for (int i = 0; i < doc.findings()->count(); ++i)
      if (doc.findings()->at(i)->rule == QLatin1String("placeholder.unfilled")) row = i;
    QVERIFY(row >= 0);
    doc.ignoreRule(row);
    QVERIFY(doc.waitForAnalysis());
    for (auto const& x : doc.findings()->findings()) QVERIFY(x.rule != QLatin1String("placeholder.unfilled"));
    QVERIFY(!QFile::exists(path(QStringLiteral("session.db.ignore.json"))));
    QCOMPARE(doc.ignoreCount(), 1);
    QVERIFY(doc.undoIgnore());
    QVERIFY(doc.waitForAnalysis());
    QCOMPARE(doc.ignoreCount(), 0);
    bool back = false;
    for (auto const& x : doc.findings()->findings()) back = back || x.rule == QLatin1String("placeholder.unfilled");
    QVERIFY(back);
  }

  void ignoresFollowTheTextToANewName() {
    // An untitled text's ignores are stored when it is first saved; 另存为
    // (a renamed copy) keeps them under the new name as well.
    QString const db = path(QStringLiteral("follow.db"));
    CorpusController corpus;
    corpus.setDbPath(db);
    corpus.load();
    corpus.waitForIdle();
    TextEditFixture edit;
    DocumentController doc;
    doc.setCorpus(&corpus);
    doc.setTextDocument(edit.document);
    doc.newFromText(QStringLiteral("2024年工作总结\n一、XX工作\n内容XX，营造浓厚范围。\n"));
    QVERIFY(doc.waitForAnalysis());
    auto row_of = [&](QString const& rule) {
      for (int i = 0; i < doc.findings()->count(); ++i)
        if (doc.findings()->at(i)->rule == rule) return i;
      return -1;
    };
    QVERIFY(row_of(QStringLiteral("placeholder.unfilled")) >= 0);
    doc.ignoreRule(row_of(QStringLiteral("placeholder.unfilled")));
    QVERIFY(doc.waitForAnalysis());
    QVERIFY(row_of(QStringLiteral("wording.confusable")) >= 0);
    doc.ignoreHere(row_of(QStringLiteral("wording.confusable")));
    QVERIFY(doc.waitForAnalysis());
    QCOMPARE(doc.ignoreCount(), 2);
    QVERIFY(doc.saveAs(path(QStringLiteral("first.txt"))));
    QVERIFY(doc.waitForAnalysis());
    QCOMPARE(doc.ignoreCount(), 2);
    QCOMPARE(row_of(QStringLiteral("placeholder.unfilled")), -1);
    QCOMPARE(row_of(QStringLiteral("wording.confusable")), -1);
    QVERIFY(read_all(db + QStringLiteral(".ignore.json")).contains("first.txt"));
    QVERIFY(doc.saveAs(path(QStringLiteral("renamed.txt"))));
    QVERIFY(doc.waitForAnalysis());
    QCOMPARE(doc.ignoreCount(), 2);
    QCOMPARE(row_of(QStringLiteral("placeholder.unfilled")), -1);
    QCOMPARE(row_of(QStringLiteral("wording.confusable")), -1);
  }

  void lastExistingRecentFileIsReopened() {
    QString const kept = path(QStringLiteral("kept.txt"));
    QVERIFY(write_all(kept, "一、党建\n"));
    RecentFiles recent;
    recent.clear();
    QCOMPARE(recent.lastExisting(), QString());
    recent.add(kept);
    recent.add(path(QStringLiteral("moved-away.txt")));  // newest, but gone
    QCOMPARE(recent.lastExisting(), kept);
    recent.clear();
  }

  // ---- templates, drafting, Word -------------------------------------------------------
  void templatesFilterAndRender() {
    CorpusController corpus;
    corpus.setDbPath(path(QStringLiteral("tpl.db")));
    corpus.load();
    corpus.waitForIdle();
    TemplateModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCorpus(&corpus);
    QVERIFY(model.error().isEmpty());
    int const all = model.count();
    QVERIFY(all > 5);
    model.setPart(QStringLiteral("plan"));
    QVERIFY(model.count() > 0 && model.count() < all);
    for (int i = 0; i < model.count(); ++i)
      QCOMPARE(model.data(model.index(i), TemplateModel::PartRole).toString(), QStringLiteral("plan"));
    int section = -1;
    for (int i = 0; i < model.count() && section < 0; ++i)
      if (!model.data(model.index(i), TemplateModel::IsPartRole).toBool()) section = i;
    QString const text = model.render(section, {{QStringLiteral("reportYear"), 2024},
                                                {QStringLiteral("planYear"), 2025},
                                                {QStringLiteral("unit"), QStringLiteral("白沙乡")},
                                                {QStringLiteral("ordinal"), 3}});
    QVERIFY2(text.startsWith(QStringLiteral("三、")) || text.startsWith(QStringLiteral("（三）")), qPrintable(text));
    QVERIFY(!text.contains(QStringLiteral("{年份}")));
    // By id: the same text as by row, whatever the list shows now.
    QString const id = model.data(model.index(section), TemplateModel::IdRole).toString();
    QVariantMap const values{{QStringLiteral("reportYear"), 2024},
                             {QStringLiteral("planYear"), 2025},
                             {QStringLiteral("unit"), QStringLiteral("白沙乡")},
                             {QStringLiteral("ordinal"), 3}};
    model.setPart(QString());
    QCOMPARE(model.renderId(id, values), text);
    QVERIFY(model.renderId(QStringLiteral("no.such"), values).isEmpty());
    // Unfiltered: in the order of a report.
    QStringList parts;
    for (int i = 0; i < model.count(); ++i) parts << model.data(model.index(i), TemplateModel::PartRole).toString();
    QCOMPARE(parts.first(), QStringLiteral("preamble"));
    QCOMPARE(parts.last(), QStringLiteral("closing"));
    QVERIFY(parts.indexOf(QStringLiteral("plan")) > parts.lastIndexOf(QStringLiteral("problems")));
    QVERIFY(parts.indexOf(QStringLiteral("problems")) > parts.lastIndexOf(QStringLiteral("summary")));
  }

  void draftFromLastYearOpensAsUntitled() {
    CorpusController corpus;
    corpus.setDbPath(path(QStringLiteral("draft.db")));
    corpus.load();
    corpus.waitForIdle();
    TextEditFixture edit;
    DocumentController doc;
    doc.setCorpus(&corpus);
    doc.setTextDocument(edit.document);
    QSignalSpy notices(&doc, &DocumentController::notice);
    QVERIFY(doc.newDraftFrom(example(QStringLiteral("baisha-2023.txt"))));
    QVERIFY(doc.untitled());
    QVERIFY(doc.modified());
    QVERIFY(doc.plainText().contains(QStringLiteral("2024")));
    QVERIFY(doc.plainText().contains(QStringLiteral("2025")));
    QVERIFY(notices.count() >= 1);
    QVERIFY(doc.suggestedSaveUrl().contains(QStringLiteral("2024")));
    QSignalSpy errors(&doc, &DocumentController::errorOccurred);
    QVERIFY(!doc.newDraftFrom(path(QStringLiteral("没有.txt"))));
    QVERIFY(errors.first().first().toString().contains(QStringLiteral("没有.txt")));
  }

  void exportDocxAndOpenItBack() {
    TextEditFixture edit;
    DocumentController doc;
    doc.setTextDocument(edit.document);
    QVERIFY(doc.open(example(QStringLiteral("baisha-2023.txt"))));
    QString const out = path(QStringLiteral("白沙.docx"));
    QVERIFY(doc.exportDocx(out));
    QVERIFY(QFileInfo(out).size() > 1000);
    TextEditFixture edit2;
    DocumentController back;
    back.setTextDocument(edit2.document);
    QVERIFY(back.open(out));
    QCOMPARE(back.encoding(), QStringLiteral("DOCX"));
    QCOMPARE(back.plainText().trimmed(), doc.plainText().trimmed());
    // A Word document is not overwritten by 保存: 另存为 a text file.
    QVERIFY(!back.save());
    QVERIFY(back.suggestedSaveUrl().endsWith(QStringLiteral(".txt")));
    QCOMPARE(back.encodingChoices().first(), QStringLiteral("UTF-8"));
  }

  // 导出带批注的 Word: into a copy of the .docx the text came from while the
  // text is unchanged; into a document exported from the text once edited.
  void exportAnnotatedDocx() {
    TextEditFixture edit;
    DocumentController doc;
    doc.setTextDocument(edit.document);
    QVERIFY(doc.open(example(QStringLiteral("baisha-2023.txt"))));
    {  // an unfilled placeholder the checker names
      QTextCursor c(edit.document->textDocument());
      c.movePosition(QTextCursor::End);
      c.insertText(QStringLiteral("\n全年新建XX个便民服务点。"));
    }
    QString const source = path(QStringLiteral("白沙原稿.docx"));
    QVERIFY(doc.exportDocx(source));
    QByteArray const source_bytes = read_all(source);

    TextEditFixture edit2;
    DocumentController word;
    word.setTextDocument(edit2.document);
    QVERIFY(word.open(source));
    QVERIFY(word.annotatesWordSource());
    QVERIFY(word.suggestedAnnotatedUrl().endsWith(QStringLiteral("（批注）.docx")));
    QSignalSpy errors(&word, &DocumentController::errorOccurred);
    QVERIFY(!word.exportAnnotatedDocx(source, false));  // never over the user's own document
    QCOMPARE(errors.count(), 1);

    QString const own = path(QStringLiteral("白沙批注.docx"));
    QVERIFY(word.exportAnnotatedDocx(own, false));
    QCOMPARE(read_all(source), source_bytes);
    std::string const comments = part(own, "word/comments.xml");
    QVERIFY(comments.find(R"(w:author="总结检查")") != std::string::npos);
    TextEditFixture edit3;
    DocumentController back;
    back.setTextDocument(edit3.document);
    QVERIFY(back.open(own));
    QCOMPARE(back.plainText(), word.plainText());  // comments are not text

    // Edited: the text is no longer the .docx's, so the comments go into a
    // fresh export of it and the user's document stays as it was.
    QTextCursor c(edit2.document->textDocument());
    c.movePosition(QTextCursor::End);
    c.insertText(QStringLiteral("\n另有XX个村完成改造。"));
    QVERIFY(!word.annotatesWordSource());
    QString const edited = path(QStringLiteral("白沙改稿批注.docx"));
    QSignalSpy notices(&word, &DocumentController::notice);
    QVERIFY(word.exportAnnotatedDocx(edited, true));
    QVERIFY(notices.last().first().toString().contains(QStringLiteral("原 Word 文档未变")));
    QCOMPARE(read_all(source), source_bytes);
    TextEditFixture edit4;
    DocumentController again;
    again.setTextDocument(edit4.document);
    QVERIFY(again.open(edited));
    QVERIFY(again.plainText().contains(QStringLiteral("另有XX个村完成改造。")));
    QVERIFY(part(edited, "word/comments.xml").find(R"(w:author="总结检查")") != std::string::npos);
  }

  // ---- phrases -------------------------------------------------------------------------------
  void phraseSearchAndSuggestions() {
    CorpusController corpus;
    corpus.setDbPath(path(QStringLiteral("phrases.db")));
    PhraseSearch search;
    search.setDelayMs(0);
    search.setCorpus(&corpus);
    search.setQuery(QStringLiteral("乡村"));
    search.waitForIdle();
    QCOMPARE(search.results()->count(), 0);
    QVERIFY2(search.status().contains(QStringLiteral("学习")), qPrintable(search.status()));  // no corpus yet

    QVERIFY(corpus.learn(zongjie::test::source_dir() + QStringLiteral("/examples")));
    corpus.waitForIdle();
    search.waitForIdle();
    QAbstractItemModelTester tester(search.results(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY2(search.results()->count() > 0, qPrintable(search.status()));
    for (int i = 0; i < search.results()->count(); ++i)
      QVERIFY(search.results()->textAt(i).contains(QStringLiteral("乡村")));
    search.setPart(QStringLiteral("plan"));
    search.waitForIdle();
    for (int i = 0; i < search.results()->count(); ++i)
      QCOMPARE(search.results()->data(search.results()->index(i), PhraseListModel::PartRole).toString(),
               QStringLiteral("plan"));

    search.suggestFor(QStringLiteral("summary"), QString(), QString());
    search.waitForIdle();
    QVERIFY(search.suggestions()->count() > 0);
    QVERIFY(search.suggestionTitle().contains(QStringLiteral("工作总结")));

    // Typing fast: only the last query's answer is shown.
    for (QString q : {QStringLiteral("人"), QStringLiteral("人居"), QStringLiteral("人居环境")}) search.setQuery(q);
    search.waitForIdle();
    QVERIFY(search.status().contains(QStringLiteral("人居环境")));
  }

  // ---- command line ---------------------------------------------------------------------
  void options() {
    auto o = parse_options({QStringLiteral("zongjie-editor"), QStringLiteral("a.txt"), QStringLiteral("--db"),
                            QStringLiteral("c.db"), QStringLiteral("--screenshot=s.png"), QStringLiteral("--tab"),
                            QStringLiteral("corpus")});
    QVERIFY(o.error.isEmpty());
    QCOMPARE(o.file, QStringLiteral("a.txt"));
    QCOMPARE(o.db, QStringLiteral("c.db"));
    QCOMPARE(o.screenshot, QStringLiteral("s.png"));
    QCOMPARE(o.tab, QStringLiteral("corpus"));
    QVERIFY(!parse_options({QStringLiteral("x"), QStringLiteral("--db")}).error.isEmpty());
    QVERIFY(!parse_options({QStringLiteral("x"), QStringLiteral("--bogus")}).error.isEmpty());
    QVERIFY(!parse_options({QStringLiteral("x"), QStringLiteral("a"), QStringLiteral("b")}).error.isEmpty());
    QVERIFY(!parse_options({QStringLiteral("x"), QStringLiteral("--tab"), QStringLiteral("x")}).error.isEmpty());
  }
};

QTEST_MAIN(BackendTest)
#include "tst_backend.moc"
