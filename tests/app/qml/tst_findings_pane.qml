import QtQuick
import QtQuick.Controls
import QtTest
import Zongjie

// The findings pane: the checker's findings of the text; click jumps, the
// quick-fix button applies the fix, 忽略此处 / 本文忽略此规则 hide findings.
Item {
    id: root
    // tst_qml.cpp sets sourceDir and tempDir as context properties, which the
    // linter cannot see: read once here, used through root everywhere else.
    readonly property string tmpDir: tempDir  // qmllint disable unqualified
    width: 1000
    height: 600

    TextArea {
        id: area
        width: 500
        height: 300
        textFormat: TextEdit.PlainText
    }
    CorpusController {
        id: corpus
        dbPath: root.tmpDir + "/findings.db"
    }
    DocumentController {
        id: doc
        textDocument: area.textDocument
        corpus: corpus
        debounceMs: 10
    }
    FindingsPane {
        id: pane
        y: 300
        width: 1000
        height: 300
        controller: doc
        cursorPosition: area.cursorPosition
        onJumpRequested: (begin, end) => area.select(begin, end)
    }
    SignalSpy {
        id: jumps
        target: pane
        signalName: "jumpRequested"
    }

    TestCase {
        name: "FindingsPane"
        when: windowShown

        function rowOf(rule) {
            for (let i = 0; i < pane.list.count; ++i) {
                const item = pane.list.itemAtIndex(i)
                if (item && item.rule === rule)
                    return item
            }
            return null
        }
        function startWith(text) {
            corpus.load()
            tryCompare(corpus, "state", Labels.CorpusMissing, 5000)
            doc.newDocument()
            doc.insertText(0, text)
            tryVerify(() => doc.upToDate && doc.findings.count > 0, 5000)
            tryCompare(pane.list, "count", doc.findings.count)
        }

        function test_clickJumpsAndFixApplies() {
            startWith("白沙乡2023年工作总结\n今年以来，全乡营造了浓厚范围，干部群众干劲十足。\n一、党建工作\n抓好党建。\n")
            jumps.clear()
            let row = rowOf("wording.confusable")
            verify(row)
            mouseClick(row, 20, 10)
            compare(jumps.count, 1)
            compare(doc.plainText().substring(jumps.signalArguments[0][0], jumps.signalArguments[0][1]), "浓厚范围")
            // The cursor is now in the finding: its row is the current one.
            compare(pane.list.currentIndex, row.index)
            verify(row.hasFix)
            // The buttons show on the current row, below the message, and
            // ignore a click that comes right as they appear.
            const fix = findChild(row, "fixButton")
            tryVerify(() => fix.visible)
            const message = findChild(row, "findingMessage")
            // The message is above the buttons, never under them.
            tryVerify(() => message.mapToItem(fix, message.width / 2, message.height / 2).y < 0)
            const before = doc.plainText()
            const guard = pane.buttonGuardMs
            pane.buttonGuardMs = 600000  // "right as they appear", however slow the machine
            mouseClick(fix)
            compare(doc.plainText(), before)
            pane.buttonGuardMs = guard
            wait(guard + 50)
            mouseClick(fix)
            verify(doc.plainText().indexOf("浓厚氛围") >= 0)
            tryVerify(() => doc.upToDate && rowOf("wording.confusable") === null, 5000)
        }

        /// A new analysis updates the rows one by one: the list keeps its
        /// scroll position and the current row (a reset would put both back
        /// to the top).
        function test_analysisKeepsScrollAndCurrentRow() {
            let text = "白沙乡2023年工作总结\n一、党建工作\n"
            for (let i = 1; i <= 40; ++i)
                text += "第" + i + "项任务完成XX个。\n"
            startWith(text)
            verify(doc.findings.count >= 40)
            pane.list.positionViewAtIndex(20, ListView.Beginning)
            const scrolled = pane.list.contentY
            verify(scrolled > 0)
            // Text typed above every finding moves them all.
            const count = doc.findings.count
            doc.insertText(doc.lineStart(3) + 3, "全")
            tryVerify(() => doc.upToDate, 5000)
            compare(doc.findings.count, count)
            compare(pane.list.contentY, scrolled)
            // The cursor in a finding makes its row current; it stays current.
            const at = doc.plainText().indexOf("XX", doc.lineStart(30))
            area.cursorPosition = at + 1
            const row = pane.list.currentIndex
            verify(row > 20)
            doc.insertText(doc.lineStart(3) + 3, "项")
            tryVerify(() => doc.upToDate, 5000)
            compare(pane.list.currentIndex, row)
            compare(pane.list.itemAtIndex(row).begin, at + 1)
        }

        function test_hoverShowsNoButtons() {
            startWith("白沙乡2023年工作总结\n今年以来，全乡营造了浓厚范围，干部群众干劲十足。\n一、党建工作\n抓好党建。\n")
            const row = rowOf("wording.confusable")
            verify(row)
            verify(!row.current)
            mouseMove(row, 20, 10)
            wait(50)
            verify(!findChild(row, "findingButtons").visible)
            // Move and click together on the message: a jump, never a fix.
            const before = doc.plainText()
            mouseClick(findChild(row, "findingMessage"))
            compare(doc.plainText(), before)
        }

        function test_ignoreHereAndRule() {
            startWith("2024年工作总结\n一、XX工作\n完成XX项，营造浓厚范围。\n")
            let row = rowOf("wording.confusable")
            verify(row)
            mouseClick(row, 20, 10)
            const ignore = findChild(row, "ignoreHereButton")
            tryVerify(() => ignore.visible)
            wait(pane.buttonGuardMs + 50)
            mouseClick(ignore)
            tryVerify(() => doc.upToDate && rowOf("wording.confusable") === null, 5000)

            row = rowOf("placeholder.unfilled")
            verify(row)
            mouseClick(row, 20, 10)
            const ignoreRule = findChild(row, "ignoreRuleButton")
            tryVerify(() => ignoreRule.visible)
            wait(pane.buttonGuardMs + 50)
            mouseClick(ignoreRule)
            tryVerify(() => doc.upToDate && rowOf("placeholder.unfilled") === null, 5000)
        }
    }
}
