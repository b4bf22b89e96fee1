import QtQuick
import QtQuick.Controls
import QtTest
import Zongjie

// 模板: templates of the part at the cursor, inserted numbered and filled in.
Item {
    id: root
    // tst_qml.cpp sets sourceDir and tempDir as context properties, which the
    // linter cannot see: read once here, used through root everywhere else.
    readonly property string tmpDir: tempDir  // qmllint disable unqualified
    width: 420
    height: 800

    TextArea {
        id: area
        width: 10
        height: 10
        textFormat: TextEdit.PlainText
    }
    CorpusController {
        id: corpus
        dbPath: root.tmpDir + "/templates.db"
    }
    DocumentController {
        id: doc
        textDocument: area.textDocument
        corpus: corpus
        debounceMs: 10
    }
    TemplatesTab {
        id: tab
        anchors.fill: parent
        controller: doc
        corpus: corpus
        cursorPosition: area.cursorPosition
    }
    SignalSpy {
        id: inserts
        target: tab
        signalName: "insertRequested"
    }
    SignalSpy {
        id: drafts
        target: tab
        signalName: "draftRequested"
    }

    TestCase {
        name: "TemplatesTab"
        when: windowShown

        function test_followsThePartAtTheCursorAndInserts() {
            corpus.load()
            tryCompare(corpus, "state", Labels.CorpusMissing, 5000)
            doc.newDocument()
            doc.insertText(0, "白沙乡2024年工作总结\n一、2024年工作总结\n（一）抓党建\n内容。\n二、2025年工作计划\n（一）抓发展\n内容。\n")
            tryVerify(() => doc.upToDate, 5000)
            area.cursorPosition = doc.lineStart(6) + 2
            tryCompare(tab, "cursorPart", "plan")
            compare(tab.templates.part, "plan")
            verify(tab.list.count > 0)
            let sectionRow = null
            for (let i = 0; i < tab.list.count && !sectionRow; ++i) {
                const item = tab.list.itemAtIndex(i)
                if (item && !item.isPart) sectionRow = item
            }
            verify(sectionRow)
            inserts.clear()
            // A click on the row selects it; 插入 inserts.
            mouseClick(sectionRow, 30, 10)
            compare(inserts.count, 0)
            compare(tab.list.currentIndex, sectionRow.index)
            mouseClick(findChild(sectionRow, "insertButton"))
            compare(inserts.count, 1)
            const text = inserts.signalArguments[0][0]
            compare(inserts.signalArguments[0][1], true)
            // The next section of the plan: （二）, in the report's years.
            verify(text.startsWith("（二）"), text)
            verify(text.indexOf("{") < 0, text)
        }

        function test_endOfDocumentIsTheLastPart() {
            doc.newDocument()
            doc.insertText(0, "白沙乡2024年工作总结\n一、2024年工作总结\n（一）抓党建\n内容。\n二、2025年工作计划\n（一）抓发展\n内容。")
            tryVerify(() => doc.upToDate, 5000)
            area.cursorPosition = area.length  // Ctrl+End
            tryCompare(tab, "cursorPart", "plan")
            compare(tab.templates.part, "plan")
        }

        function test_draftButton() {
            mouseClick(findChild(tab, "draftButton"))
            compare(drafts.count, 1)
        }
    }
}
