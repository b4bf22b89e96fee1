import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// The title strip of a pane: a name on the left, a detail on the right.
Rectangle {
    id: header
    property string title
    property string detail
    property color detailColor: Theme.muted
    default property alias extra: row.data

    implicitHeight: 34
    color: Theme.header

    RowLayout {
        id: row
        anchors.fill: parent
        anchors.leftMargin: 12
        anchors.rightMargin: 10
        spacing: 8
        Label {
            text: header.title
            font.pixelSize: Theme.fontSize
            font.bold: true
            color: Theme.text
        }
        Label {
            Layout.fillWidth: true
            text: header.detail
            elide: Text.ElideRight
            horizontalAlignment: Text.AlignRight
            font.pixelSize: Theme.smallSize
            color: header.detailColor
        }
    }
    Rectangle {
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        height: 1
        color: Theme.border
    }
}
