import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// The text: a plain-text TextArea in a Flickable.  Findings are underlined by
// the highlighter that DocumentController puts on textDocument.
Rectangle {
    id: pane
    property alias textArea: area
    property alias textDocument: area.textDocument
    property alias cursorPosition: area.cursorPosition
    property alias flickable: flick
    color: Theme.pane

    /// Shows [begin, end) (or puts the cursor at begin) a third down the view.
    function jumpTo(begin, end) {
        area.forceActiveFocus()
        if (end !== undefined && end > begin)
            area.select(begin, end)
        else
            area.cursorPosition = begin
        const r = area.positionToRectangle(begin)
        const maxY = Math.max(0, flick.contentHeight - flick.height)
        flick.contentY = Math.max(0, Math.min(r.y - flick.height / 3, maxY))
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
        }
    }
}
