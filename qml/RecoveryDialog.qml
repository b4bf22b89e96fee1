import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Zongjie

// After a crash: offer the text the dead session had not saved.
Dialog {
    id: dialog
    required property DocumentController controller

    title: "恢复未保存的内容"
    modal: true
    anchors.centerIn: parent
    width: 560
    closePolicy: Popup.NoAutoClose

    ColumnLayout {
        anchors.fill: parent
        spacing: 10
        Label {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            text: "上次编辑“" + dialog.controller.recoveryFileName + "”时程序意外关闭。找到 "
                  + dialog.controller.recoveryCharacters + " 个字符的未保存内容（自动保存于 "
                  + dialog.controller.recoveryTime + "）。"
        }
        Rectangle {
            Layout.fillWidth: true
            Layout.preferredHeight: 150
            color: Theme.paneAlt
            border.color: Theme.border
            ScrollView {
                anchors.fill: parent
                anchors.margins: 1
                TextArea {
                    // The end is what was typed last: show it.
                    onTextChanged: cursorPosition = length
                    readOnly: true
                    wrapMode: TextEdit.Wrap
                    textFormat: TextEdit.PlainText
                    font.pixelSize: 13
                    text: {
                        const t = dialog.controller.recoveryText
                        return t.length > 600 ? "……" + t.substring(t.length - 600) : t
                    }
                }
            }
        }
        Label {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            color: Theme.muted
            font.pixelSize: Theme.smallSize
            text: "恢复后内容标记为未保存，可用“撤销”回到文件原来的内容。"
        }
    }

    footer: DialogButtonBox {
        Button {
            text: "恢复"
            highlighted: true
            DialogButtonBox.buttonRole: DialogButtonBox.AcceptRole
            onClicked: { dialog.close(); dialog.controller.acceptRecovery() }
        }
        Button {
            text: "丢弃"
            DialogButtonBox.buttonRole: DialogButtonBox.DestructiveRole
            onClicked: { dialog.close(); dialog.controller.discardRecovery() }
        }
    }
}
