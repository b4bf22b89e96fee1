import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Zongjie

// 查找 / 替换 above the text (Ctrl+F, Ctrl+H): the number of hits and which
// one is shown, 上一处 / 下一处 (Shift+F3 / F3 or Enter), 替换, 全部替换 (one
// undoable edit).  Esc closes it and gives the text the focus back.
Rectangle {
    id: bar
    required property DocumentController controller
    /// The EditorPane: where hits are shown.
    required property var editor
    property bool replaceMode: false
    property int hitIndex: 0
    property int hitCount: 0
    readonly property alias findField: findField
    readonly property alias replaceField: replaceField
    signal closed()

    visible: false
    implicitHeight: visible ? column.implicitHeight + 12 : 0
    color: Theme.paneAlt
    Rectangle { anchors.bottom: parent.bottom; width: parent.width; height: 1; color: Theme.border }

    function openBar(replace) {
        replaceMode = replace
        visible = true
        const sel = editor.textArea.selectedText
        if (sel !== "" && sel.indexOf("\u2029") < 0 && sel.length <= 60)
            findField.text = sel
        findField.forceActiveFocus()
        findField.selectAll()
        recount()
    }
    function close() {
        visible = false
        editor.textArea.forceActiveFocus()
        closed()
    }
    function recount() {
        hitCount = controller.countMatches(findField.text)
        if (hitCount === 0)
            hitIndex = 0
    }
    function find(backward) {
        if (findField.text === "")
            return
        const ta = editor.textArea
        const from = backward ? ta.selectionStart : (ta.selectionEnd > ta.selectionStart ? ta.selectionStart + 1 : ta.cursorPosition)
        const r = controller.findNext(findField.text, from, backward)
        hitCount = r.count
        hitIndex = r.index
        if (r.begin >= 0)
            editor.show(r.begin, r.end)
    }
    function replaceOne() {
        const ta = editor.textArea
        const begin = ta.selectionStart
        const end = controller.replaceAt(begin, ta.selectionEnd, findField.text, replaceField.text)
        if (end >= 0) {
            controller.rememberCursorForUndo(begin)
            ta.cursorPosition = end
        }
        find(false)
    }
    function replaceAll() {
        const before = editor.textArea.cursorPosition
        const n = controller.replaceAll(findField.text, replaceField.text)
        if (n > 0)
            controller.rememberCursorForUndo(before)
        status.text = n > 0 ? "已替换 " + n + " 处（可用 Ctrl+Z 一次撤销）" : "没有可替换的内容"
        recount()
    }

    // Hits change with the text: count again once typing rests.
    Connections {
        target: bar.controller
        enabled: bar.visible
        function onAnalysed() { bar.recount() }
    }

    ColumnLayout {
        id: column
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: 6
        anchors.leftMargin: 12
        spacing: 4
        RowLayout {
            spacing: 6
            Label { text: "查找"; Layout.preferredWidth: 36 }
            TextField {
                id: findField
                objectName: "findField"
                Layout.preferredWidth: 260
                selectByMouse: true
                placeholderText: "要查找的文字"
                onTextChanged: { status.text = ""; bar.recount() }
                Keys.onReturnPressed: (e) => bar.find((e.modifiers & Qt.ShiftModifier) !== 0)
                Keys.onEnterPressed: (e) => bar.find((e.modifiers & Qt.ShiftModifier) !== 0)
                Keys.onEscapePressed: bar.close()
            }
            Label {
                objectName: "hitLabel"
                Layout.preferredWidth: 110
                color: bar.hitCount === 0 && findField.text !== "" ? Theme.error : Theme.muted
                text: findField.text === "" ? "" : bar.hitCount === 0 ? "没有找到"
                    : bar.hitIndex > 0 ? "第 " + bar.hitIndex + " 处 / 共 " + bar.hitCount + " 处"
                    : "共 " + bar.hitCount + " 处"
            }
            Button {
                text: "上一处"
                enabled: bar.hitCount > 0
                onClicked: bar.find(true)
                ToolTip.visible: hovered
                ToolTip.delay: 600
                ToolTip.text: "上一处（Shift+F3）"
            }
            Button {
                text: "下一处"
                enabled: bar.hitCount > 0
                onClicked: bar.find(false)
                ToolTip.visible: hovered
                ToolTip.delay: 600
                ToolTip.text: "下一处（F3 或回车）"
            }
            CheckBox {
                id: replaceToggle
                text: "替换"
                checked: bar.replaceMode
                onToggled: bar.replaceMode = checked
                ToolTip.visible: hovered
                ToolTip.delay: 600
                ToolTip.text: "查找并替换（Ctrl+H）"
            }
            Item { Layout.fillWidth: true }
            ToolButton {
                text: "✕"
                onClicked: bar.close()
                ToolTip.visible: hovered
                ToolTip.delay: 600
                ToolTip.text: "关闭（Esc）"
            }
        }
        RowLayout {
            visible: bar.replaceMode
            spacing: 6
            Label { text: "替换为"; Layout.preferredWidth: 36 }
            TextField {
                id: replaceField
                objectName: "replaceField"
                Layout.preferredWidth: 260
                selectByMouse: true
                placeholderText: "替换成的文字"
                Keys.onReturnPressed: bar.replaceOne()
                Keys.onEnterPressed: bar.replaceOne()
                Keys.onEscapePressed: bar.close()
            }
            Button {
                objectName: "replaceButton"
                text: "替换"
                enabled: bar.hitCount > 0
                onClicked: bar.replaceOne()
            }
            Button {
                objectName: "replaceAllButton"
                text: "全部替换"
                enabled: bar.hitCount > 0
                onClicked: bar.replaceAll()
            }
            Label {
                id: status
                color: Theme.muted
                font.pixelSize: Theme.smallSize
            }
        }
    }
}
