import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// 保存 / 不保存 / 取消, before closing or replacing modified text.
Dialog {
    id: dialog
    property string fileName
    signal saveChosen()
    signal discardChosen()

    title: "保存修改？"
    modal: true
    anchors.centerIn: parent
    width: 440
    closePolicy: Popup.CloseOnEscape

    Label {
        width: parent.width
        wrapMode: Text.Wrap
        text: "“" + dialog.fileName + "”有尚未保存的修改。要先保存吗？"
    }

    footer: DialogButtonBox {
        Button {
            objectName: "saveButton"
            text: "保存"
            highlighted: true
            // the roles are QPlatformDialogHelper enums, which qmllint 6.4 cannot resolve on DialogButtonBox
            DialogButtonBox.buttonRole: DialogButtonBox.AcceptRole  // qmllint disable type
            onClicked: { dialog.close(); dialog.saveChosen() }
        }
        Button {
            objectName: "discardButton"
            text: "不保存"
            // see above
            DialogButtonBox.buttonRole: DialogButtonBox.DestructiveRole  // qmllint disable type
            onClicked: { dialog.close(); dialog.discardChosen() }
        }
        Button {
            objectName: "cancelButton"
            text: "取消"
            // see above
            DialogButtonBox.buttonRole: DialogButtonBox.RejectRole  // qmllint disable type
            onClicked: dialog.close()
        }
    }
}
