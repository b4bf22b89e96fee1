import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// Before 导出 Word: the report still has unfilled placeholders (XX …).
Dialog {
    id: dialog
    property int count: 0
    signal exportChosen()
    signal fillChosen()

    title: "还有待填写的内容"
    modal: true
    anchors.centerIn: parent
    width: 460
    closePolicy: Popup.CloseOnEscape

    Label {
        width: parent.width
        wrapMode: Text.Wrap
        text: "报告中还有 " + dialog.count + " 处占位符（如 XX、××）没有填写。导出的 Word 文档会原样带上它们。"
    }

    footer: DialogButtonBox {
        Button {
            objectName: "fillButton"
            text: "先去填写"
            highlighted: true
            // the roles are QPlatformDialogHelper enums, which qmllint 6.4 cannot resolve on DialogButtonBox
            DialogButtonBox.buttonRole: DialogButtonBox.RejectRole  // qmllint disable type
            onClicked: { dialog.close(); dialog.fillChosen() }
        }
        Button {
            objectName: "exportAnywayButton"
            text: "仍然导出"
            // see above
            DialogButtonBox.buttonRole: DialogButtonBox.AcceptRole  // qmllint disable type
            onClicked: { dialog.close(); dialog.exportChosen() }
        }
    }
}
