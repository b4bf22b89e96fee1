import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// The text: a plain-text TextArea in a Flickable.  Findings are underlined by
// the highlighter that DocumentController puts on textDocument.
//
// Keys: Tab / Shift+Tab leave the text (focus never stays trapped; F6 cycles
// the panes too); Ctrl+Tab indents a paragraph with two ideographic spaces,
// as Chinese official documents are indented.  Ctrl+Z / Ctrl+Y go to the
// window's undo, which puts the cursor back where the user was.
Rectangle {
    id: pane
    property alias textArea: area
    property alias textDocument: area.textDocument
    property alias cursorPosition: area.cursorPosition
    property alias flickable: flick
    signal undoRequested()
    signal redoRequested()
    signal tabOut(bool backward)
    color: Theme.pane

    /// Shows [begin, end) (or puts the cursor at begin) a third down the view.
    function jumpTo(begin, end) {
        area.forceActiveFocus()
        select(begin, end)
        const r = area.positionToRectangle(begin)
        const maxY = Math.max(0, flick.contentHeight - flick.height)
        flick.contentY = Math.max(0, Math.min(r.y - flick.height / 3, maxY))
    }
    /// Like jumpTo, without taking the focus (keyboard in another pane).
    function show(begin, end) {
        select(begin, end)
        const r = area.positionToRectangle(begin)
        const maxY = Math.max(0, flick.contentHeight - flick.height)
        flick.contentY = Math.max(0, Math.min(r.y - flick.height / 3, maxY))
    }
    function select(begin, end) {
        if (end !== undefined && end > begin)
            area.select(begin, end)
        else
            area.cursorPosition = begin
    }
    /// Puts the cursor at `position`, scrolling only if it is out of view.
    function placeCursor(position) {
        area.forceActiveFocus()
        area.cursorPosition = position
        const r = area.positionToRectangle(position)
        if (r.y < flick.contentY || r.y + r.height > flick.contentY + flick.height) {
            const maxY = Math.max(0, flick.contentHeight - flick.height)
            flick.contentY = Math.max(0, Math.min(r.y - flick.height / 3, maxY))
        }
    }

    Flickable {
        id: flick
        anchors.fill: parent
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.vertical: ScrollBar { }

        TextArea.flickable: TextArea {
            id: area
            objectName: "editorTextArea"
            textFormat: TextEdit.PlainText
            wrapMode: TextEdit.Wrap
            selectByMouse: true
            persistentSelection: true
            focus: true
            activeFocusOnTab: true
            font.family: Theme.fontFamily
            font.pixelSize: Theme.editorSize
            color: Theme.text
            selectionColor: "#b9d1f7"
            selectedTextColor: Theme.text
            leftPadding: 28
            rightPadding: 28
            topPadding: 18
            bottomPadding: 18
            placeholderText: "在这里撰写工作总结，或从“打开”载入去年的报告……"
            background: Rectangle { color: Theme.pane }
            Keys.onPressed: (event) => {
                if (event.matches(StandardKey.Undo)) {
                    pane.undoRequested()
                    event.accepted = true
                } else if (event.matches(StandardKey.Redo) || (event.key === Qt.Key_Y && event.modifiers === Qt.ControlModifier)) {
                    pane.redoRequested()
                    event.accepted = true
                } else if (event.key === Qt.Key_Tab && event.modifiers === Qt.ControlModifier) {
                    area.insert(area.cursorPosition, "\u3000\u3000")
                    event.accepted = true
                } else if (event.key === Qt.Key_Tab && event.modifiers === Qt.NoModifier) {
                    pane.tabOut(false)
                    event.accepted = true
                } else if (event.key === Qt.Key_Backtab) {
                    pane.tabOut(true)
                    event.accepted = true
                }
            }
        }
    }
}
