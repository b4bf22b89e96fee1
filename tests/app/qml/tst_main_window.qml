import QtQuick
import QtQuick.Controls
import QtTest
import Zongjie

// The whole window: title and modified mark, the unsaved-changes question
// on close, 另存为 with the encoding choice, inserting at the cursor.
Item {
    id: root
    // tst_qml.cpp sets sourceDir and tempDir as context properties, which the
    // linter cannot see: read once here, used through root everywhere else.
    readonly property string srcDir: sourceDir  // qmllint disable unqualified
    readonly property string tmpDir: tempDir  // qmllint disable unqualified
    width: 10
    height: 10

    TestCase {
        id: tc
        name: "MainWindow"
        when: windowShown

        function createWindow(props) {
            const c = Qt.createComponent("qrc:/Zongjie/Main.qml")
            verify(c.status === Component.Ready, c.errorString())
            const w = createTemporaryObject(c, null, props)
            verify(w)
            tryVerify(() => w.visible)
            return w
        }

        function test_titleShowsFileAndModifiedMark() {
            const w = createWindow({ initialFile: root.srcDir + "/examples/baisha-2023.txt", dbPath: root.tmpDir + "/w1.db" })
            tryVerify(() => w.document.upToDate, 5000)
            compare(w.title, "baisha-2023.txt — 总结")
            verify(w.outlinePane.list.count > 5)
            w.editor.textArea.cursorPosition = 0
            w.insertAtCursor("测试", false)
            compare(w.title, "● baisha-2023.txt — 总结")
            compare(w.document.plainText().substring(0, 4), "测试今年")
            w.editor.textArea.undo()
            compare(w.title, "baisha-2023.txt — 总结")
        }

        function test_ctrlZAfterQuickFixRestoresTextAndCursor() {
            const w = createWindow({ dbPath: root.tmpDir + "/w-undo.db" })
            w.document.newFromText("白沙乡2023年工作总结\n今年以来，全乡营造了浓厚范围,干部群众干劲十足。\n一、党建工作\n抓好党建。\n")
            tryVerify(() => w.document.upToDate && w.document.findings.count > 0, 5000)
            const before = w.document.plainText()
            const cursor = before.indexOf("浓厚范围") + 1
            w.editor.textArea.forceActiveFocus()
            w.editor.textArea.cursorPosition = cursor
            tryVerify(() => w.findingsPane.list.currentIndex >= 0)
            w.applyCurrentFix()  // Ctrl+.
            verify(w.document.plainText().indexOf("浓厚氛围") >= 0)
            // The user clicks around: the cursor is elsewhere, the view scrolled.
            w.editor.textArea.cursorPosition = 0
            keyClick(Qt.Key_Z, Qt.ControlModifier)
            compare(w.document.plainText(), before)
            compare(w.editor.textArea.cursorPosition, cursor)
            verify(w.editor.textArea.activeFocus)
        }

        function test_findAndReplaceAll() {
            const w = createWindow({ dbPath: root.tmpDir + "/w-find.db" })
            w.document.newFromText("推进垃圾分类。\n垃圾分类覆盖率提高。\n抓好垃圾分类宣传。\n")
            const before = w.document.plainText()
            w.findBar.openBar(true)
            verify(w.findBar.visible)
            w.findBar.findField.text = "垃圾分类"
            compare(w.findBar.hitCount, 3)
            w.findBar.find(false)
            compare(w.findBar.hitIndex, 1)
            compare(w.editor.textArea.selectedText, "垃圾分类")
            w.findBar.find(false)
            compare(w.findBar.hitIndex, 2)
            w.findBar.replaceField.text = "生活垃圾分类"
            w.findBar.replaceAll()
            compare(w.document.countMatches("生活垃圾分类"), 3)
            w.undo()  // one step
            compare(w.document.plainText(), before)
            w.findBar.close()
            verify(!w.findBar.visible)
            verify(w.editor.textArea.activeFocus)
        }

        function test_exportWarnsAboutPlaceholders() {
            const w = createWindow({ dbPath: root.tmpDir + "/w-export.db" })
            w.document.newFromText("白沙乡2023年工作总结\n全年完成XX项，新增XX个。\n一、党建工作\n抓好党建。\n")
            tryVerify(() => w.document.upToDate, 5000)
            w.exportWord()
            tryVerify(() => w.exportWarning.opened)
            verify(w.exportWarning.count >= 2)
            mouseClick(findChild(w.exportWarning, "fillButton"))
            tryVerify(() => !w.exportWarning.visible)
            compare(w.editor.textArea.selectedText, "XX")
        }

        function test_tabLeavesTheText() {
            const w = createWindow({ dbPath: root.tmpDir + "/w-tab.db" })
            w.document.newFromText("一、党建工作\n抓好党建。\n")
            tryVerify(() => w.document.upToDate, 5000)
            w.editor.textArea.forceActiveFocus()
            const before = w.document.plainText()
            keyClick(Qt.Key_Tab)
            compare(w.document.plainText(), before)
            verify(!w.editor.textArea.activeFocus)
            verify(w.findingsPane.list.activeFocus)
            w.cyclePane(true)  // Shift+F6 back
            verify(w.editor.textArea.activeFocus)
            keyClick(Qt.Key_Tab, Qt.ControlModifier)  // Ctrl+Tab: a paragraph indent
            verify(w.document.plainText().indexOf("\u3000\u3000") >= 0)
        }

        function test_draftOpensAtTheTop() {
            const w = createWindow({ dbPath: root.tmpDir + "/w-draft.db" })
            verify(w.document.newDraftFrom(root.srcDir + "/examples/baisha-2023.txt"))
            compare(w.editor.textArea.cursorPosition, 0)
            // The first line in view (at most the text's top padding above it).
            tryVerify(() => w.editor.flickable.contentY <= 20, 2000, "contentY " + w.editor.flickable.contentY)
        }

        function test_closeWithUnsavedChangesAsks() {
            const w = createWindow({ initialFile: root.srcDir + "/examples/baisha-2023.txt", dbPath: root.tmpDir + "/w2.db" })
            tryVerify(() => w.document.upToDate, 5000)
            w.insertAtCursor("改动", false)
            w.close()
            tryVerify(() => w.unsavedDialog.opened)
            verify(w.visible)
            mouseClick(findChild(w.unsavedDialog, "cancelButton"))
            tryVerify(() => !w.unsavedDialog.visible)
            verify(w.visible)
            compare(w.document.modified, true)

            w.close()
            tryVerify(() => w.unsavedDialog.opened)
            mouseClick(findChild(w.unsavedDialog, "discardButton"))
            tryVerify(() => !w.visible)
        }

        function test_saveAsOffersTheOriginalEncodingFirst() {
            const w = createWindow({ dbPath: root.tmpDir + "/w3.db" })
            verify(w.document.open(root.srcDir + "/examples/liutang-2024-gb18030.txt"))
            // Work on a copy, still GB18030.
            verify(w.document.saveAs(root.tmpDir + "/柳塘副本.txt", ""))
            compare(w.document.encoding, "GB18030")
            w.saveAsDialog.open()
            tryVerify(() => w.saveAsDialog.opened)
            const box = w.saveAsDialog.encodingBox
            compare(box.currentText, "GB18030")
            compare(box.displayText, "GB18030（原编码）")
            const utf8 = box.find("UTF-8")
            verify(utf8 > 0)
            box.currentIndex = utf8
            w.saveAsDialog.path = root.tmpDir + "/柳塘-utf8.txt"
            w.saveAsDialog.accept()
            tryCompare(w.document, "encoding", "UTF-8")
            compare(w.document.fileName, "柳塘-utf8.txt")
            compare(w.document.modified, false)
            verify(w.recent.files.indexOf(root.tmpDir + "/柳塘-utf8.txt") === 0)
        }

        function test_openDialogShowsAndCloses() {
            // QtQuick.Dialogs offscreen: needs qml6-module-qt-labs-folderlistmodel.
            const w = createWindow({ dbPath: root.tmpDir + "/w5.db" })
            w.openFileDialog.open()
            tryVerify(() => w.openFileDialog.visible)
            w.openFileDialog.reject()
            tryVerify(() => !w.openFileDialog.visible)
        }

        function test_badFileShowsMessageAndKeepsTheDraft() {
            const w = createWindow({ dbPath: root.tmpDir + "/w4.db" })
            w.insertAtCursor("我的草稿", false)
            verify(!w.document.open(root.tmpDir + "/没有这个文件.txt"))
            compare(w.document.plainText(), "我的草稿")
        }
    }
}
