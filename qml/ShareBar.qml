import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// One horizontal bar of the corpus chart: a label, a bar as long as the
// share (0..1), the percentage and a detail.
Item {
    id: bar
    property string label
    property real share: 0
    property string detail
    property color color: Theme.accent
    property int labelWidth: 76
    property bool showDetail: true

    implicitHeight: 24
    implicitWidth: 300

    RowLayout {
        anchors.fill: parent
        spacing: 8
        Label {
            Layout.preferredWidth: bar.labelWidth
            text: bar.label
            elide: Text.ElideRight
            horizontalAlignment: Text.AlignRight
            color: Theme.text
            font.pixelSize: 13
        }
        Item {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Rectangle {
                id: track
                anchors.verticalCenter: parent.verticalCenter
                width: parent.width
                height: 14
                radius: 2
                color: "#eceff3"
            }
            Rectangle {
                anchors.verticalCenter: parent.verticalCenter
                width: Math.max(2, track.width * Math.max(0, Math.min(1, bar.share)))
                height: 14
                radius: 2
                color: bar.color
            }
        }
        Label {
            Layout.preferredWidth: 38
            text: Theme.percent(bar.share)
            horizontalAlignment: Text.AlignRight
            color: Theme.text
            font.pixelSize: 12
        }
        Label {
            // Always there, so that bars with and without a detail line up.
            visible: bar.showDetail
            Layout.preferredWidth: 74
            text: bar.detail
            elide: Text.ElideRight
            color: Theme.muted
            font.pixelSize: 11
        }
    }
}
