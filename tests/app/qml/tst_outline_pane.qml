import QtQuick
import QtQuick.Controls
import QtTest
import Zongjie

// The outline pane shows the live outline, jumps on click, and shows a
// broken numbering in the row itself.
Item {
    id: root
    // tst_qml.cpp sets sourceDir and tempDir as context properties, which the
    // linter cannot see: read once here, used through root everywhere else.
    readonly property string srcDir: sourceDir  // qmllint disable unqualified
    width: 1000
    height: 700

    TextArea {
        id: area
        x: 320
        width: 600
        height: 600
        textFormat: TextEdit.PlainText
    }
    CorpusController { id: corpus }
    DocumentController {
        id: doc
        textDocument: area.textDocument
        corpus: corpus
        debounceMs: 10
    }
    OutlinePane {
        id: pane
        width: 300
        height: 700
        controller: doc
        cursorPosition: area.cursorPosition
    }
    SignalSpy {
        id: jumps
        target: pane
        signalName: "jumpRequested"
    }

    TestCase {
        name: "OutlinePane"
        when: windowShown

        function init() {
            jumps.clear()
        }

        function test_showsTheOutlineAndJumps() {
            verify(doc.open(root.srcDir + "/examples/baisha-2023.txt"))
            tryVerify(() => doc.upToDate, 5000)
            const list = pane.list
            verify(doc.outline.count > 5)
            tryCompare(list, "count", doc.outline.count)
            // A part row carries its role; a section row its marker.
            let sawPart = false, sawSection = false
            for (let i = 0; i < list.count; ++i) {
                list.positionViewAtIndex(i, ListView.Contain)
                const item = list.itemAtIndex(i)
                if (!item) continue
                if (item.kind === "part" && item.partLabel === "工作总结") sawPart = true
                if (item.kind === "section" && item.marker === "（一）") sawSection = true
            }
            verify(sawPart)
            verify(sawSection)

            list.positionViewAtIndex(3, ListView.Contain)
            const row = list.itemAtIndex(3)
            verify(row)
            mouseClick(row)
            compare(jumps.count, 1)
            compare(jumps.signalArguments[0][0], doc.outline.positionOf(3))
        }

        function test_followsTheCursor() {
            verify(doc.open(root.srcDir + "/examples/baisha-2023.txt"))
            tryVerify(() => doc.upToDate, 5000)
            const target = doc.outline.positionOf(4)
            area.cursorPosition = target + 1
            compare(pane.list.currentIndex, 4)
        }

        function test_brokenNumberingIsVisible() {
            doc.newDocument()
            doc.insertText(0, "2024年工作总结\n一、抓党建\n内容。\n二、抓发展\n内容。\n二、抓民生\n内容。\n")
            tryVerify(() => doc.upToDate && doc.outline.count >= 4, 5000)
            compare(doc.outline.problemCount, 1)
            let problem = ""
            for (let i = 0; i < pane.list.count; ++i) {
                const item = pane.list.itemAtIndex(i)
                if (item && item.problem !== "") problem = item.marker + item.problem
            }
            compare(problem, "二、序号重复")
        }

        function test_editsUpdateTheOutline() {
            doc.newDocument()
            doc.insertText(0, "2024年工作总结\n一、抓党建\n")
            tryVerify(() => doc.upToDate && doc.outline.count >= 2, 5000)
            const before = doc.outline.count
            doc.insertText(doc.lineStart(3), "二、抓发展\n")
            tryVerify(() => doc.upToDate && doc.outline.count === before + 1, 5000)
            compare(pane.list.itemAtIndex(before).marker, "二、")
        }
    }
}
