import QtQuick
import QtQuick.Controls
import QtTest
import Zongjie

// 素材: search as you type, insert a past sentence, suggestions for the
// section at the cursor.
Item {
    id: root
    // tst_qml.cpp sets sourceDir and tempDir as context properties, which the
    // linter cannot see: read once here, used through root everywhere else.
    readonly property string srcDir: sourceDir  // qmllint disable unqualified
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
        dbPath: root.tmpDir + "/phrases-tab.db"
    }
    DocumentController {
        id: doc
        textDocument: area.textDocument
        corpus: corpus
        debounceMs: 10
    }
    PhrasesTab {
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

    TestCase {
        name: "PhrasesTab"
        when: windowShown

        function initTestCase() {
            verify(corpus.learn(root.srcDir + "/examples"))
            tryCompare(corpus, "learning", false, 30000)
            tryCompare(corpus, "state", Labels.CorpusReady, 10000)
        }

        function test_searchAsYouTypeAndInsert() {
            // Typed character by character (keyClick knows only ASCII keys).
            tab.queryField.forceActiveFocus()
            tab.queryField.insert(tab.queryField.cursorPosition, "乡")
            tab.queryField.insert(tab.queryField.cursorPosition, "村")
            compare(tab.queryField.text, "乡村")
            tryVerify(() => tab.resultList.count > 0, 5000)
            const first = tab.resultList.itemAtIndex(0)
            // itemAtIndex() is typed Item; the row is the tab's delegate, which has phrase
            verify(first.phrase.indexOf("乡村") >= 0)  // qmllint disable type
            inserts.clear()
            // A click selects the row (to read it); 插入 inserts, a sentence with its 。.
            mouseClick(first, 40, 10)
            compare(inserts.count, 0)
            compare(tab.resultList.currentIndex, 0)
            mouseClick(findChild(first, "insertButton"))
            compare(inserts.count, 1)
            compare(inserts.signalArguments[0][0], first.insertText)
            verify(first.insertText.startsWith(first.phrase))
            verify(/[。！？；]$/.test(first.insertText), first.insertText)
            compare(inserts.signalArguments[0][1], false)
        }

        function test_suggestionsFollowTheCursor() {
            doc.open(root.srcDir + "/examples/baisha-2023.txt")
            tryVerify(() => doc.upToDate, 5000)
            area.cursorPosition = doc.lineStart(4)
            tryVerify(() => tab.suggestionList.count > 0, 5000)
            verify(tab.search.suggestionTitle.indexOf("工作总结") >= 0)
        }
    }
}
