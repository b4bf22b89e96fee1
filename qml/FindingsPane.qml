import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Zongjie

// The checker's findings.  Click: jump to the place.  Where the checker has
// a fix: a button that applies it (one undoable edit).  "忽略此处" hides
// this one finding, "本文忽略此规则" the rule for this report.
Rectangle {
    id: pane
    required property DocumentController controller
    /// The editor's cursor: the finding under it becomes the current row.
    property int cursorPosition: -1
    signal jumpRequested(int begin, int end)
    readonly property alias list: list
    color: Theme.pane

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        PaneHeader {
            Layout.fillWidth: true
            title: "检查结果"
            detail: {
                const f = controller.findings
                if (!controller.ready)
                    return "检查中……"
                if (!controller.checkerAvailable)
                    return "检查器未接入"
                if (f.count === 0)
                    return "未发现问题"
                let parts = []
                if (f.errorCount > 0) parts.push("错误 " + f.errorCount)
                if (f.warningCount > 0) parts.push("警告 " + f.warningCount)
                if (f.infoCount > 0) parts.push("提示 " + f.infoCount)
                return parts.join(" · ")
            }
            detailColor: controller.findings.errorCount > 0 ? Theme.error : Theme.muted
        }

        ListView {
            id: list
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: count > 0
            clip: true
            model: controller.findings
            boundsBehavior: Flickable.StopAtBounds
            currentIndex: controller.findings.count > 0 && controller.upToDate
                          ? controller.findings.rowAt(pane.cursorPosition) : -1
            onCurrentIndexChanged: {
                pane.controller.setCurrentFinding(currentIndex)
                if (currentIndex < 0)
                    return
                // Scroll only when the row is not in view, and then to a row edge.
                const item = itemAtIndex(currentIndex)
                if (!item || item.y < contentY || item.y + item.height > contentY + height)
                    positionViewAtIndex(currentIndex, ListView.Beginning)
            }
            highlightMoveDuration: 0
            ScrollBar.vertical: ScrollBar { }

            delegate: ItemDelegate {
                id: row
                required property int index
                required property string rule
                required property string severity
                required property int line
                required property int column
                required property int begin
                required property int end
                required property string message
                required property string suggestion
                required property bool hasFix
                required property string fixLabel

                readonly property bool current: ListView.isCurrentItem
                width: ListView.view.width
                leftPadding: 10
                rightPadding: 10
                topPadding: 6
                bottomPadding: 6
                background: Rectangle {
                    color: row.current ? Theme.accentSoft : (row.hovered ? "#f3f5f8" : (row.index % 2 ? Theme.paneAlt : Theme.pane))
                }
                // The jump moves the cursor into the finding: the row becomes current.
                onClicked: pane.jumpRequested(begin, end)

                contentItem: RowLayout {
                    spacing: 10
                    Rectangle {
                        Layout.alignment: Qt.AlignTop
                        Layout.topMargin: 1
                        radius: 3
                        color: Theme.severitySoft(row.severity)
                        border.color: Theme.severityColor(row.severity)
                        implicitWidth: 38
                        implicitHeight: 20
                        Label {
                            anchors.centerIn: parent
                            text: Theme.severityLabel(row.severity)
                            color: Theme.severityColor(row.severity)
                            font.pixelSize: 11
                        }
                    }
                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: 2
                        Label {
                            Layout.fillWidth: true
                            text: row.message
                            wrapMode: Text.Wrap
                            color: Theme.text
                        }
                        Label {
                            Layout.fillWidth: true
                            text: "第 " + row.line + " 行" + (row.suggestion !== "" ? " · 建议：" + row.suggestion : "")
                                  + "  [" + row.rule + "]"
                            elide: Text.ElideRight
                            color: Theme.muted
                            font.pixelSize: Theme.smallSize
                        }
                    }
                    RowLayout {
                        Layout.alignment: Qt.AlignVCenter
                        spacing: 4
                        visible: row.current || row.hovered
                        Button {
                            objectName: "fixButton"
                            visible: row.hasFix
                            text: row.fixLabel !== "" ? row.fixLabel : "修正"
                            highlighted: true
                            font.pixelSize: Theme.smallSize
                            onClicked: pane.controller.applyFix(row.index)
                        }
                        Button {
                            objectName: "ignoreHereButton"
                            text: "忽略此处"
                            flat: true
                            font.pixelSize: Theme.smallSize
                            onClicked: pane.controller.ignoreHere(row.index)
                        }
                        Button {
                            objectName: "ignoreRuleButton"
                            text: "本文忽略此规则"
                            flat: true
                            font.pixelSize: Theme.smallSize
                            onClicked: pane.controller.ignoreRule(row.index)
                        }
                    }
                }
            }
        }

        Label {
            objectName: "emptyHint"
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: controller.findings.count === 0
            horizontalAlignment: Text.AlignHCenter
            verticalAlignment: Text.AlignVCenter
            wrapMode: Text.Wrap
            color: Theme.muted
            text: !controller.ready ? "正在检查……"
                : controller.checkerAvailable ? "没有发现问题。" : "检查器尚未接入本版本。"
        }
    }
}
