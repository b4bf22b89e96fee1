pragma ComponentBehavior: Bound

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
    /// Open the most recent report when started without a file.
    property bool reopenLast: false

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
    property alias findBar: findBar
    property alias exportWarning: exportWarning
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
        // Ignoring is taken back from the banner (or the pane's ignore list).
        onIgnored: (message) => banner.show(message, false, "撤销忽略", () => doc.undoIgnore())
        onOpened: (path) => {
            recentFiles.add(path)
            editorPane.jumpTo(0)
        }
        onCursorRequested: (position) => editorPane.jumpTo(position)
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
            doc.rememberCursorForUndo(pos)
            editorPane.jumpTo(start)
        } else {
            const end = doc.insertText(pos, text)
            doc.rememberCursorForUndo(pos)
            editorPane.textArea.forceActiveFocus()
            editorPane.textArea.cursorPosition = end
        }
    }
    // ---- window-level undo: wherever the focus is, the user's place comes back ----
    function undo() {
        const p = doc.undo()
        if (p >= 0)
            editorPane.placeCursor(p)
    }
    function redo() {
        const p = doc.redo()
        if (p >= 0)
            editorPane.placeCursor(p)
    }
    // ---- keyboard navigation ----
    function gotoFinding(rulePrefix, backward) {
        doc.waitForAnalysis(2000)
        const ta = editorPane.textArea
        const from = backward ? ta.selectionStart : (ta.selectionEnd > ta.selectionStart ? ta.selectionStart : ta.cursorPosition)
        const f = doc.nextFinding(from, rulePrefix, backward)
        // nextFinding() returns a QVariantMap, whose keys qmllint cannot know
        if (f.row < 0) {  // qmllint disable type
            banner.show(rulePrefix === "" ? "没有检查结果。" : "没有待填写的占位符了。", false)
            return
        }
        editorPane.jumpTo(f.begin, f.end)
    }
    function applyCurrentFix() {
        const row = doc.findings.rowAt(editorPane.cursorPosition)
        // get() returns a QVariantMap, whose keys qmllint cannot know
        if (row < 0 || !doc.findings.get(row).hasFix) {  // qmllint disable type
            banner.show("光标处没有可以自动修改的问题。", false)
            return
        }
        const before = editorPane.cursorPosition
        if (doc.applyFix(row, before))
            editorPane.placeCursor(Math.min(before, editorPane.textArea.length))
    }
    /// F6 / Shift+F6: text → findings → side panel → outline → text.
    function cyclePane(backward) {
        const panes = [editorPane.textArea, findingsPane.list, side.focusTarget(), outlinePane.list]
        // Qt 6.4's qmllint types an array literal as QVariantList, without JS array methods
        let i = panes.findIndex(p => p && p.activeFocus)  // qmllint disable type
        if (i < 0)
            i = 0
        const next = panes[(i + (backward ? panes.length - 1 : 1)) % panes.length]
        if (next)
            next.forceActiveFocus(backward ? Qt.BacktabFocusReason : Qt.TabFocusReason)
    }
    function exportWord() {
        doc.waitForAnalysis(3000)
        const n = doc.placeholderCount()
        if (n > 0) {
            exportWarning.count = n
            exportWarning.open()
            return
        }
        openExportDialog()
    }
    function openExportDialog() {
        exportDialog.selectedFile = doc.suggestedDocxUrl()
        exportDialog.open()
    }
    function openAnnotateDialog(withFixes) {
        doc.waitForAnalysis(3000)
        annotateDialog.withFixes = withFixes
        annotateDialog.selectedFile = doc.suggestedAnnotatedUrl()
        annotateDialog.open()
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
            // Qt.application is a QQuickApplication at run time; qmllint 6.4 sees only its base QQmlApplication
            if (Qt.application.state !== Qt.ApplicationActive)  // qmllint disable type
                doc.autosaveNow()
        }
    }

    Component.onCompleted: {
        if (dbPath !== "")
            corpusController.dbPath = dbPath
        corpusController.load()
        if (initialFile !== "")
            doc.open(initialFile)
        else if (reopenLast && recentFiles.lastExisting() !== "")
            doc.open(recentFiles.lastExisting())  // where the clerk left off yesterday
        if (initialTab !== "")
            side.showTab(initialTab)
        if (initialSearch !== "")
            side.phrasesTab.queryField.text = initialSearch
        editorPane.textArea.forceActiveFocus()
        if (initialLine > 0)
            // Qt 6.4's qmllint sees Qt.callLater as a QJSValue property; it is the documented method
            Qt.callLater(() => editorPane.jumpTo(doc.lineStart(initialLine) + Math.max(0, initialColumn - 1)))  // qmllint disable type
        // After the first frame: look for text a crashed session left.
        Qt.callLater(doc.checkRecovery)
    }

    // The keys StandardKey gives on Linux, written out: qmllint (6.4) cannot
    // resolve StandardKey.
    Shortcut { sequence: "Ctrl+N"; onActivated: window.whenSaved(() => doc.newDocument()) }
    Shortcut { sequence: "Ctrl+O"; onActivated: openDialog.open() }
    Shortcut { sequence: "Ctrl+S"; onActivated: window.save() }
    Shortcut { sequence: "Ctrl+Shift+S"; onActivated: saveAs.open() }
    // Wherever the focus is (a pane's button, a list): the text's undo.
    Shortcut { sequence: "Ctrl+Z"; onActivated: window.undo() }
    Shortcut { sequences: ["Ctrl+Shift+Z", "Ctrl+Y"]; onActivated: window.redo() }
    Shortcut { sequence: "Ctrl+F"; onActivated: findBar.openBar(false) }
    Shortcut { sequence: "Ctrl+H"; onActivated: findBar.openBar(true) }
    Shortcut { sequence: "F3"; onActivated: findBar.visible ? findBar.find(false) : findBar.openBar(false) }
    Shortcut { sequence: "Shift+F3"; onActivated: findBar.visible ? findBar.find(true) : findBar.openBar(false) }
    Shortcut { sequence: "F8"; onActivated: window.gotoFinding("", false) }
    Shortcut { sequence: "Shift+F8"; onActivated: window.gotoFinding("", true) }
    Shortcut { sequence: "Ctrl+."; onActivated: window.applyCurrentFix() }
    // Word's "next field" keys: the next XX to fill in.
    Shortcut { sequence: "F11"; onActivated: window.gotoFinding("placeholder.", false) }
    Shortcut { sequence: "Shift+F11"; onActivated: window.gotoFinding("placeholder.", true) }
    Shortcut { sequence: "F6"; onActivated: window.cyclePane(false) }
    Shortcut { sequence: "Shift+F6"; onActivated: window.cyclePane(true) }
    Shortcut { sequence: "Ctrl+E"; onActivated: window.exportWord() }

    // ---- dialogs ----
    FileDialog {
        id: draftDialog
        title: "选择去年的报告"
        fileMode: FileDialog.OpenFile
        acceptLabel: "生成草稿"
        rejectLabel: "取消"
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
        // Qt 6.4's own dialog labels a save button 打开 (Open): say what it does.
        acceptLabel: "导出"
        rejectLabel: "取消"
        nameFilters: ["Word 文档 (*.docx)"]
        currentFolder: doc.folderUrl
        onAccepted: doc.exportDocx(selectedFile)
    }
    FileDialog {
        id: annotateDialog
        property bool withFixes: false
        title: withFixes ? "导出带批注和修订的 Word 文档" : "导出带批注的 Word 文档"
        fileMode: FileDialog.SaveFile
        acceptLabel: "导出"
        rejectLabel: "取消"
        nameFilters: ["Word 文档 (*.docx)"]
        currentFolder: doc.folderUrl
        onAccepted: doc.exportAnnotatedDocx(selectedFile, withFixes)
    }
    FileDialog {
        id: openDialog
        title: "打开报告"
        fileMode: FileDialog.OpenFile
        acceptLabel: "打开"
        rejectLabel: "取消"
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
        // action holds a JS function (or null) passed in by whenSaved()
        onDiscardChosen: { doc.discardChanges(); if (action) action() }  // qmllint disable type
    }
    ExportWarningDialog {
        id: exportWarning
        onExportChosen: window.openExportDialog()
        onFillChosen: window.gotoFinding("placeholder.", false)
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
            ToolButton { text: "新建"; onClicked: window.whenSaved(() => doc.newDocument()); ToolTip.visible: hovered; ToolTip.delay: 600; ToolTip.text: "新建（Ctrl+N）" }
            ToolButton { text: "打开……"; onClicked: openDialog.open(); ToolTip.visible: hovered; ToolTip.delay: 600; ToolTip.text: "打开报告（Ctrl+O）" }
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
                            id: recentItem
                            required property string modelData
                            text: recentFiles.displayName(recentItem.modelData)
                            onTriggered: window.openFile(recentItem.modelData)
                        }
                    }
                    MenuSeparator { }
                    MenuItem { text: "清空列表"; onTriggered: recentFiles.clear() }
                }
            }
            ToolButton { text: "保存"; onClicked: window.save(); ToolTip.visible: hovered; ToolTip.delay: 600; ToolTip.text: "保存（Ctrl+S）" }
            ToolButton { text: "另存为……"; onClicked: saveAs.open(); ToolTip.visible: hovered; ToolTip.delay: 600; ToolTip.text: "另存为（Ctrl+Shift+S）" }
            ToolButton {
                objectName: "exportButton"
                text: "导出 Word……"
                onClicked: window.exportWord()
                ToolTip.visible: hovered
                ToolTip.delay: 600
                ToolTip.text: "导出 Word（Ctrl+E）"
            }
            ToolButton {
                id: annotateButton
                objectName: "annotateButton"
                text: "导出带批注的 Word……"
                onClicked: annotateMenu.open()
                ToolTip.visible: hovered && !annotateMenu.visible
                ToolTip.delay: 600
                ToolTip.text: !hovered ? "" : doc.annotatesWordSource()
                              ? "把检查结果作为批注写入原 Word 文档的副本"
                              : "按当前文字导出 Word，并把检查结果写成批注"
                Menu {
                    id: annotateMenu
                    y: annotateButton.height
                    width: 320
                    MenuItem {
                        objectName: "annotateCommentsItem"
                        text: "只写批注"
                        onTriggered: window.openAnnotateDialog(false)
                    }
                    MenuItem {
                        objectName: "annotateFixesItem"
                        text: "批注，并把可自动修改的问题写成修订"
                        onTriggered: window.openAnnotateDialog(true)
                    }
                }
            }
            ToolSeparator { }
            ToolButton { text: "从去年报告新建……"; onClicked: draftDialog.open() }
            ToolSeparator { }
            ToolButton { text: "撤销"; enabled: doc.canUndo; onClicked: window.undo(); ToolTip.visible: hovered; ToolTip.delay: 600; ToolTip.text: "撤销（Ctrl+Z），光标回到改动处" }
            ToolButton { text: "重做"; enabled: doc.canRedo; onClicked: window.redo(); ToolTip.visible: hovered; ToolTip.delay: 600; ToolTip.text: "重做（Ctrl+Y）" }
            ToolSeparator { }
            ToolButton { text: "查找"; onClicked: findBar.openBar(false); ToolTip.visible: hovered; ToolTip.delay: 600; ToolTip.text: "查找（Ctrl+F），下一处 F3" }
            ToolButton { text: "替换"; onClicked: findBar.openBar(true); ToolTip.visible: hovered; ToolTip.delay: 600; ToolTip.text: "查找并替换（Ctrl+H）" }
            ToolButton {
                text: "下一问题"
                onClicked: window.gotoFinding("", false)
                ToolTip.visible: hovered
                ToolTip.delay: 600
                ToolTip.text: "下一条检查结果（F8，上一条 Shift+F8）；Ctrl+. 应用光标处的修改"
            }
            ToolButton {
                text: "下一待填"
                onClicked: window.gotoFinding("placeholder.", false)
                ToolTip.visible: hovered
                ToolTip.delay: 600
                ToolTip.text: "下一处待填写的占位符 XX（F11，上一处 Shift+F11）"
            }
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
            onShowRequested: (position) => editorPane.show(position)
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
                FindBar {
                    id: findBar
                    Layout.fillWidth: true
                    controller: doc
                    editor: editorPane
                }
                EditorPane {
                    id: editorPane
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    onUndoRequested: window.undo()
                    onRedoRequested: window.redo()
                    onTabOut: (backward) => window.cyclePane(backward)
                }
            }
            FindingsPane {
                id: findingsPane
                SplitView.preferredHeight: 230
                SplitView.minimumHeight: 80
                controller: doc
                cursorPosition: editorPane.cursorPosition
                onJumpRequested: (begin, end) => editorPane.jumpTo(begin, end)
                onShowRequested: (begin, end) => editorPane.show(begin, end)
                onFixApplied: editorPane.textArea.forceActiveFocus()
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
                id: corpusStatus
                // An unreachable server or unreadable database: the checks go on
                // with the built-in outline, and the status says so.
                text: corpusController.state === Labels.CorpusReady ? "语料 " + corpusController.documents + " 篇"
                    : corpusController.state === Labels.CorpusLoading ? "语料读取中"
                    : corpusController.state === Labels.CorpusError ? "语料库无法读取，已改用内置提纲" : "未学习语料"
                font.pixelSize: Theme.smallSize
                color: corpusController.state === Labels.CorpusError ? Theme.error : Theme.muted
                HoverHandler { id: corpusStatusHover }
                ToolTip.visible: corpusStatusHover.hovered && corpusController.state === Labels.CorpusError
                ToolTip.text: corpusController.errorMessage
            }
        }
    }
}
