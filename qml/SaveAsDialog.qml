import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtQuick.Dialogs
import Zongjie

// 另存为: a file name and the encoding.  The file's own encoding is offered
// first (GB18030 stays GB18030 unless the user picks UTF-8).
Dialog {
    id: dialog
    required property DocumentController controller
    /// Run after a successful save (the action that asked for it).
    property var afterSave: null
    property alias path: pathField.text
    property alias encodingIndex: encodingBox.currentIndex
    property alias encodingBox: encodingBox

    title: "另存为"
    modal: true
    anchors.centerIn: parent
    width: 560
    standardButtons: Dialog.Save | Dialog.Cancel

    function urlToPath(url) {
        const s = url.toString()
        return s.startsWith("file://") ? decodeURIComponent(s.substring(7)) : s
    }

    onAboutToShow: {
        pathField.text = urlToPath(controller.suggestedSaveUrl())
        encodingBox.model = controller.encodingChoices()
        encodingBox.currentIndex = 0
    }
    onAccepted: {
        const action = afterSave
        afterSave = null
        if (controller.saveAs(pathField.text, encodingBox.currentText) && action)
            action()
    }
    onRejected: afterSave = null

    FileDialog {
        id: browse
        title: "另存为"
        fileMode: FileDialog.SaveFile
        acceptLabel: "选定"
        rejectLabel: "取消"
        nameFilters: ["文本文件 (*.txt)", "所有文件 (*)"]
        currentFolder: dialog.controller.folderUrl
        onAccepted: pathField.text = dialog.urlToPath(selectedFile)
    }

    GridLayout {
        anchors.fill: parent
        columns: 3
        columnSpacing: 8
        rowSpacing: 10
        Label { text: "文件：" }
        TextField {
            id: pathField
            Layout.fillWidth: true
            selectByMouse: true
        }
        Button {
            text: "浏览……"
            onClicked: browse.open()
        }
        Label { text: "编码：" }
        ComboBox {
            id: encodingBox
            Layout.fillWidth: true
            displayText: currentIndex === 0 ? currentText + "（原编码）" : currentText
        }
        Item { implicitWidth: 1 }
        Label {
            Layout.columnSpan: 3
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            color: Theme.muted
            font.pixelSize: Theme.smallSize
            text: "GB18030 兼容旧版 Windows 记事本和单位常用的 GBK 文件；UTF-8 是通用编码。换行方式保持原样。"
        }
    }
}
