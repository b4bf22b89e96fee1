import QtQuick
import QtQuick.Controls
import QtTest
import Zongjie

// The whole window: title and modified mark, the unsaved-changes question
// on close, 另存为 with the encoding choice, inserting at the cursor.
Item {
    id: root
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
            const w = createWindow({ initialFile: sourceDir + "/examples/baisha-2023.txt", dbPath: tempDir + "/w1.db" })
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

        function test_closeWithUnsavedChangesAsks() {
            const w = createWindow({ initialFile: sourceDir + "/examples/baisha-2023.txt", dbPath: tempDir + "/w2.db" })
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
            const w = createWindow({ dbPath: tempDir + "/w3.db" })
            verify(w.document.open(sourceDir + "/examples/liutang-2024-gb18030.txt"))
            // Work on a copy, still GB18030.
            verify(w.document.saveAs(tempDir + "/柳塘副本.txt", ""))
            compare(w.document.encoding, "GB18030")
            w.saveAsDialog.open()
            tryVerify(() => w.saveAsDialog.opened)
            const box = w.saveAsDialog.encodingBox
            compare(box.currentText, "GB18030")
            compare(box.displayText, "GB18030（原编码）")
            const utf8 = box.find("UTF-8")
            verify(utf8 > 0)
            box.currentIndex = utf8
            w.saveAsDialog.path = tempDir + "/柳塘-utf8.txt"
            w.saveAsDialog.accept()
            tryCompare(w.document, "encoding", "UTF-8")
            compare(w.document.fileName, "柳塘-utf8.txt")
            compare(w.document.modified, false)
            verify(w.recent.files.indexOf(tempDir + "/柳塘-utf8.txt") === 0)
        }

        function test_openDialogShowsAndCloses() {
            // QtQuick.Dialogs offscreen: needs qml6-module-qt-labs-folderlistmodel.
            const w = createWindow({ dbPath: tempDir + "/w5.db" })
            w.openFileDialog.open()
            tryVerify(() => w.openFileDialog.visible)
            w.openFileDialog.reject()
            tryVerify(() => !w.openFileDialog.visible)
        }

        function test_badFileShowsMessageAndKeepsTheDraft() {
            const w = createWindow({ dbPath: tempDir + "/w4.db" })
            w.insertAtCursor("我的草稿", false)
            verify(!w.document.open(tempDir + "/没有这个文件.txt"))
            compare(w.document.plainText(), "我的草稿")
        }
    }
}
