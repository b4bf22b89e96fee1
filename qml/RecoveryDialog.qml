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
            objectName: "recoverySummary"
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            readonly property var change: dialog.controller.recoveryChange
            text: {
                const head = "上次编辑“" + dialog.controller.recoveryFileName + "”时程序意外关闭（自动保存于 "
                           + dialog.controller.recoveryTime + "）。"
                if (change.fileMissing)
                    return head + "找到 " + dialog.controller.recoveryCharacters + " 个字符的未保存内容。"
                if (change.same)
                    return head + "自动保存的内容与文件相同。"
                let what = []
                if (change.added > 0) what.push("新增 " + change.added + " 个字")
                if (change.removed > 0) what.push("删去 " + change.removed + " 个字")
                return head + "与文件相比：第 " + change.line + " 行起" + what.join("、") + "。"
            }
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
                    objectName: "recoveryPreview"
                    readOnly: true
                    wrapMode: TextEdit.Wrap
                    textFormat: TextEdit.RichText
                    font.pixelSize: 13
                    function esc(t) {
                        return (t || "").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;")
                                        .replace(/\n/g, "<br>")
                    }
                    // The change in its place: removed text struck out, new text marked.
                    text: {
                        const c = dialog.controller.recoveryChange
                        if (c.fileMissing) {
                            const t = dialog.controller.recoveryText
                            return esc(t.length > 600 ? t.substring(0, 600) + "……" : t)
                        }
                        return esc(c.before)
                            + (c.oldText ? "<s style='color:#b3261e'>" + esc(c.oldText) + "</s>" : "")
                            + (c.newText ? "<span style='background-color:#d7f0d9'>" + esc(c.newText) + "</span>" : "")
                            + esc(c.after)
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
            // the roles are QPlatformDialogHelper enums, which qmllint 6.4 cannot resolve on DialogButtonBox
            DialogButtonBox.buttonRole: DialogButtonBox.AcceptRole  // qmllint disable type
            onClicked: { dialog.close(); dialog.controller.acceptRecovery() }
        }
        Button {
            text: "丢弃"
            // see above
            DialogButtonBox.buttonRole: DialogButtonBox.DestructiveRole  // qmllint disable type
            onClicked: { dialog.close(); dialog.controller.discardRecovery() }
        }
    }
}
