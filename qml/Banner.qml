import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// A message strip above the editor: errors stay until closed, notices fade.
Rectangle {
    id: banner
    property string message
    property bool isError: false
    /// An optional button (撤销 …) and what it does.
    property string actionText
    property var action: null

    function show(text, error, actionLabel, actionFn) {
        message = text
        isError = error
        actionText = actionLabel || ""
        action = actionFn || null
        visible = true
        if (!error)
            hideTimer.restart()
    }

    visible: false
    implicitHeight: visible ? Math.max(36, label.implicitHeight + 14) : 0
    color: isError ? Theme.errorSoft : Theme.accentSoft
    border.color: isError ? "#f1b5b5" : "#bcd0f3"

    Timer {
        id: hideTimer
        interval: 6000
        onTriggered: banner.visible = false
    }
    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: 12
        anchors.rightMargin: 6
        Label {
            id: label
            Layout.fillWidth: true
            text: banner.message
            wrapMode: Text.Wrap
            color: banner.isError ? Theme.error : Theme.text
        }
        Button {
            objectName: "bannerAction"
            visible: banner.actionText !== ""
            text: banner.actionText
            flat: true
            onClicked: {
                const f = banner.action
                banner.visible = false
                if (f)
                    f()
            }
        }
        ToolButton {
            text: "✕"
            font.pixelSize: 12
            onClicked: banner.visible = false
        }
    }
}
