import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtQuick.Dialogs
import Zongjie

// The editor window: outline | editor over findings | side panel.
ApplicationWindow {
    id: window

    // Set by main.cpp from the command line.
    property string initialFile
    property string dbPath
    property string initialTab
    property int initialLine: 0
    property int initialColumn: 0
    property string initialSearch

    // For main.cpp (screenshot, test hooks) and the tests.
    property alias document: doc
    property alias corpus: corpusController
    property alias recent: recentFiles
    property alias editor: editorPane
    property alias sidePanel: side
    property alias outlinePane: outlinePane
    property alias findingsPane: findingsPane
    property alias unsavedDialog: unsaved
    property alias saveAsDialog: saveAs
    property alias recoveryDialog: recoveryDialog
    property alias openFileDialog: openDialog
    property bool closeConfirmed: false

    width: 1560
    height: 940
    minimumWidth: 900
    minimumHeight: 560
    visible: true
    title: doc.windowTitle
    color: Theme.window
    font.family: Theme.fontFamily
    font.pixelSize: Theme.fontSize

    CorpusController {
        id: corpusController
    }
    DocumentController {
        id: doc
        textDocument: editorPane.textDocument
        corpus: corpusController
        onErrorOccurred: (message) => banner.show(message, true)
        onNotice: (message) => banner.show(message, false)
        onOpened: (path) => {
            recentFiles.add(path)
            editorPane.jumpTo(0)
        }
        onSaved: (path) => { recentFiles.add(path); banner.show("已保存：" + doc.fileName + "（" + doc.encoding + "）", false) }
    }
    RecentFiles {
        id: recentFiles
    }

    // ---- actions ----
    /// Runs `action` once modified text is saved or knowingly discarded.
    function whenSaved(action) {
        if (!doc.modified) {
            action()
            return
        }
        unsaved.action = action
        unsaved.fileName = doc.fileName
        unsaved.open()
    }
    function save(then) {
        if (doc.untitled || doc.encoding === "DOCX") {
            saveAs.afterSave = then || null
            saveAs.open()
        } else if (doc.save() && then) {
            then()
        }
    }
    function openFile(path) {
        whenSaved(() => doc.open(path))
    }
    function insertAtCursor(text, asBlock) {
        const pos = editorPane.cursorPosition
        if (asBlock) {
            const start = doc.insertBlock(pos, text)
            editorPane.jumpTo(start)
        } else {
            const end = doc.insertText(pos, text)
            editorPane.textArea.forceActiveFocus()
            editorPane.textArea.cursorPosition = end
        }
    }
    function focusEditorAtEnd() {
        editorPane.textArea.forceActiveFocus()
        editorPane.textArea.cursorPosition = editorPane.textArea.length
    }

    onClosing: (close) => {
        if (doc.modified && !closeConfirmed) {
            close.accepted = false
            whenSaved(() => { closeConfirmed = true; window.close() })
            return
        }
        // Closing on purpose: no recovery offer next time.
        doc.discardChanges()
    }
    onActiveChanged: if (!active) doc.autosaveNow()
    Connections {
        target: Qt.application
        function onStateChanged() {
            if (Qt.application.state !== Qt.ApplicationActive)
                doc.autosaveNow()
        }
    }

    Component.onCompleted: {
        if (dbPath !== "")
            corpusController.dbPath = dbPath
        corpusController.load()
        if (initialFile !== "")
            doc.open(initialFile)
        if (initialTab !== "")
            side.showTab(initialTab)
        if (initialSearch !== "")
            side.phrasesTab.queryField.text = initialSearch
        editorPane.textArea.forceActiveFocus()
        if (initialLine > 0)
            Qt.callLater(() => editorPane.jumpTo(doc.lineStart(initialLine) + Math.max(0, initialColumn - 1)))
        // After the first frame: look for text a crashed session left.
        Qt.callLater(doc.checkRecovery)
    }

    Shortcut { sequence: StandardKey.New; onActivated: whenSaved(() => doc.newDocument()) }
    Shortcut { sequence: StandardKey.Open; onActivated: openDialog.open() }
    Shortcut { sequence: StandardKey.Save; onActivated: window.save() }
    Shortcut { sequence: "Ctrl+Shift+S"; onActivated: saveAs.open() }

    // ---- dialogs ----
    FileDialog {
        id: draftDialog
        title: "选择去年的报告"
        fileMode: FileDialog.OpenFile
        nameFilters: ["报告 (*.txt *.docx)", "所有文件 (*)"]
        currentFolder: doc.folderUrl
        onAccepted: {
            const file = selectedFile
            window.whenSaved(() => doc.newDraftFrom(file))
        }
    }
    FileDialog {
        id: exportDialog
        title: "导出 Word 文档"
        fileMode: FileDialog.SaveFile
        nameFilters: ["Word 文档 (*.docx)"]
        currentFolder: doc.folderUrl
        onAccepted: doc.exportDocx(selectedFile)
    }
    FileDialog {
        id: openDialog
        title: "打开报告"
        fileMode: FileDialog.OpenFile
        nameFilters: ["报告 (*.txt *.docx)", "文本文件 (*.txt)", "所有文件 (*)"]
        currentFolder: doc.folderUrl
        onAccepted: window.openFile(selectedFile)
    }
    SaveAsDialog {
        id: saveAs
        controller: doc
    }
    UnsavedDialog {
        id: unsaved
        property var action: null
        onSaveChosen: window.save(action)
        onDiscardChosen: { doc.discardChanges(); if (action) action() }
    }
    RecoveryDialog {
        id: recoveryDialog
        controller: doc
        visible: doc.recoveryOffered
    }

    // ---- tool bar ----
    header: ToolBar {
        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: 6
            anchors.rightMargin: 10
            spacing: 2
            ToolButton { text: "新建"; onClicked: whenSaved(() => doc.newDocument()) }
            ToolButton { text: "打开……"; onClicked: openDialog.open() }
            ToolButton {
                id: recentButton
                text: "最近 ▾"
                enabled: recentFiles.files.length > 0
                onClicked: recentMenu.open()
                Menu {
                    id: recentMenu
                    y: recentButton.height
                    Repeater {
                        model: recentFiles.files
                        delegate: MenuItem {
                            required property string modelData
                            text: recentFiles.displayName(modelData)
                            onTriggered: window.openFile(modelData)
                        }
                    }
                    MenuSeparator { }
                    MenuItem { text: "清空列表"; onTriggered: recentFiles.clear() }
                }
            }
            ToolButton { text: "保存"; onClicked: window.save() }
            ToolButton { text: "另存为……"; onClicked: saveAs.open() }
            ToolButton {
                text: "导出 Word……"
                onClicked: {
                    exportDialog.selectedFile = doc.suggestedDocxUrl()
                    exportDialog.open()
                }
            }
            ToolSeparator { }
            ToolButton { text: "从去年报告新建……"; onClicked: draftDialog.open() }
            ToolSeparator { }
            ToolButton { text: "撤销"; enabled: editorPane.textArea.canUndo; onClicked: editorPane.textArea.undo() }
            ToolButton { text: "重做"; enabled: editorPane.textArea.canRedo; onClicked: editorPane.textArea.redo() }
            Item { Layout.fillWidth: true }
            Label {
                text: doc.fileName + (doc.modified ? "（未保存）" : "")
                color: Theme.muted
                elide: Text.ElideMiddle
                Layout.maximumWidth: 420
            }
        }
    }

    // ---- the panes ----
    SplitView {
        anchors.fill: parent
        orientation: Qt.Horizontal

        OutlinePane {
            id: outlinePane
            SplitView.preferredWidth: 300
            SplitView.minimumWidth: 180
            controller: doc
            cursorPosition: editorPane.cursorPosition
            onJumpRequested: (position) => editorPane.jumpTo(position)
        }

        SplitView {
            SplitView.fillWidth: true
            SplitView.minimumWidth: 360
            orientation: Qt.Vertical

            ColumnLayout {
                SplitView.fillHeight: true
                SplitView.minimumHeight: 200
                spacing: 0
                Banner {
                    id: banner
                    Layout.fillWidth: true
                }
                EditorPane {
                    id: editorPane
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                }
            }
            FindingsPane {
                id: findingsPane
                SplitView.preferredHeight: 230
                SplitView.minimumHeight: 80
                controller: doc
                cursorPosition: editorPane.cursorPosition
                onJumpRequested: (begin, end) => editorPane.jumpTo(begin, end)
            }
        }

        SidePanel {
            id: side
            SplitView.preferredWidth: 400
            SplitView.minimumWidth: 260
            controller: doc
            corpus: corpusController
            cursorPosition: editorPane.cursorPosition
            onInsertRequested: (text, asBlock) => window.insertAtCursor(text, asBlock)
            onDraftRequested: draftDialog.open()
        }
    }

    // ---- status bar ----
    footer: Rectangle {
        implicitHeight: 28
        color: Theme.header
        Rectangle { anchors.top: parent.top; width: parent.width; height: 1; color: Theme.border }
        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: 12
            anchors.rightMargin: 12
            spacing: 18
            Label {
                readonly property int line: doc.lineOf(editorPane.cursorPosition)
                text: "第 " + line + " 行，第 " + (editorPane.cursorPosition - doc.lineStart(line) + 1) + " 列"
                font.pixelSize: Theme.smallSize
                color: Theme.muted
            }
            Label {
                text: "字数 " + doc.characters
                font.pixelSize: Theme.smallSize
                color: Theme.muted
            }
            Label {
                visible: doc.reportYear > 0 || doc.planYear > 0
                text: (doc.reportYear > 0 ? doc.reportYear + " 年总结" : "")
                      + (doc.reportYear > 0 && doc.planYear > 0 ? " · " : "")
                      + (doc.planYear > 0 ? doc.planYear + " 年计划" : "")
                font.pixelSize: Theme.smallSize
                color: Theme.muted
            }
            Item { Layout.fillWidth: true }
            Label {
                text: doc.upToDate ? "已检查（" + doc.analysisMs.toFixed(doc.analysisMs < 10 ? 1 : 0) + " 毫秒）" : "检查中……"
                font.pixelSize: Theme.smallSize
                color: Theme.muted
            }
            Label {
                text: doc.encoding + " · " + doc.lineEnding
                font.pixelSize: Theme.smallSize
                color: Theme.muted
            }
            Label {
                text: corpusController.state === "ready" ? "语料 " + corpusController.documents + " 篇"
                    : corpusController.state === "loading" ? "语料读取中" : "未学习语料"
                font.pixelSize: Theme.smallSize
                color: Theme.muted
            }
        }
    }
}
