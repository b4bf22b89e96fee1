pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Zongjie

// The live outline: title, parts (with their role), sections with their
// markers and themes, items; numbering problems in red.  Click: jump there.
Rectangle {
    id: pane
    required property DocumentController controller
    /// Cursor of the editor: the heading it is under is highlighted.
    property int cursorPosition: 0
    signal jumpRequested(int position)
    /// Keyboard navigation: show the heading, keep the focus in the outline.
    signal showRequested(int position)

    readonly property alias list: list
    color: Theme.pane

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        PaneHeader {
            Layout.fillWidth: true
            title: "提纲"
            detail: pane.controller.outline.problemCount > 0
                    ? "序号问题 " + pane.controller.outline.problemCount + " 处"
                    : (pane.controller.outline.count > 0 ? (pane.controller.reportYear > 0 ? pane.controller.reportYear + " 年" : "") : "")
            detailColor: pane.controller.outline.problemCount > 0 ? Theme.error : Theme.muted
        }

        ListView {
            id: list
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: count > 0
            clip: true
            model: pane.controller.outline
            boundsBehavior: Flickable.StopAtBounds
            currentIndex: pane.controller.outline.count >= 0 ? pane.controller.outline.rowAt(pane.cursorPosition) : -1
            // The current row is tinted by its own background: Qt 6.4 cannot
            // create a `highlight` component under ComponentBehavior: Bound
            // ("Component is not ready", no highlight at all).
            ScrollBar.vertical: ScrollBar { }
            // Keyboard: ↑/↓ go through the headings (the text follows),
            // Enter puts the cursor there.
            activeFocusOnTab: true
            keyNavigationEnabled: false
            Keys.onUpPressed: step(-1)
            Keys.onDownPressed: step(1)
            Keys.onReturnPressed: if (currentIndex >= 0) pane.jumpRequested(pane.controller.outline.positionOf(currentIndex))
            Keys.onEnterPressed: if (currentIndex >= 0) pane.jumpRequested(pane.controller.outline.positionOf(currentIndex))
            function step(d) {
                if (count === 0)
                    return
                const i = Math.max(0, Math.min(count - 1, (currentIndex < 0 ? 0 : currentIndex + d)))
                pane.showRequested(pane.controller.outline.positionOf(i))
            }
            Rectangle {
                anchors.fill: parent
                color: "transparent"
                border.color: Theme.accent
                border.width: 2
                visible: list.activeFocus
                z: 10
            }

            delegate: ItemDelegate {
                id: row
                required property int index
                required property string kind
                required property int level
                required property string marker
                required property string title
                required property string theme
                required property int part
                required property string partLabel
                required property int line
                required property int position
                required property string problem

                width: ListView.view.width
                height: row.kind === "part" ? 34 : 28
                leftPadding: 10 + row.level * 16
                rightPadding: 8
                topPadding: 0
                bottomPadding: 0
                background: Rectangle {
                    color: row.ListView.isCurrentItem ? Theme.accentSoft : (row.hovered ? "#f0f3f8" : "transparent")
                    Rectangle {
                        visible: row.kind === "part"
                        anchors.left: parent.left
                        anchors.top: parent.top
                        anchors.bottom: parent.bottom
                        width: 3
                        color: Theme.roleColor(row.part)
                    }
                }
                onClicked: pane.jumpRequested(row.position)

                // No ids inside, so contentItem stays deferred: each tag sizes to its
                // label as children[0].
                contentItem: RowLayout {
                    spacing: 6
                    Rectangle {
                        visible: row.kind === "part"
                        radius: 3
                        color: Theme.roleColor(row.part)
                        implicitWidth: children[0].implicitWidth + 10
                        implicitHeight: 20
                        Label {
                            anchors.centerIn: parent
                            text: row.partLabel
                            color: "white"
                            font.pixelSize: Theme.smallSize
                        }
                    }
                    Label {
                        visible: row.kind === "title"
                        text: "标题"
                        color: Theme.muted
                        font.pixelSize: Theme.smallSize
                    }
                    Label {
                        visible: row.kind === "noise"
                        text: "杂质"
                        color: Theme.warning
                        font.pixelSize: Theme.smallSize
                    }
                    Label {
                        visible: row.marker !== "" && row.kind !== "part"
                        text: row.marker
                        color: row.problem !== "" ? Theme.error : (row.kind === "section" ? Theme.text : Theme.muted)
                        font.bold: row.kind === "section"
                        font.pixelSize: row.kind === "item" ? 13 : Theme.fontSize
                    }
                    Label {
                        Layout.fillWidth: true
                        text: row.kind === "part"
                              ? (row.title !== "" ? row.title : "（无标题）")
                              : row.title
                        elide: Text.ElideRight
                        color: row.kind === "noise" ? Theme.faint
                             : (row.kind === "part" && row.title === "") ? Theme.muted : Theme.text
                        font.bold: row.kind === "part" || row.kind === "title"
                        font.pixelSize: row.kind === "item" ? 13 : Theme.fontSize
                    }
                    Rectangle {
                        visible: row.problem !== ""
                        radius: 3
                        color: Theme.errorSoft
                        implicitWidth: children[0].implicitWidth + 8
                        implicitHeight: 18
                        Label {
                            anchors.centerIn: parent
                            text: row.problem
                            color: Theme.error
                            font.pixelSize: 11
                        }
                    }
                    Label {
                        visible: row.theme !== "" && row.kind === "section"
                        text: row.theme
                        color: Theme.faint
                        font.pixelSize: 11
                    }
                    Label {
                        text: row.line
                        color: Theme.faint
                        font.pixelSize: 11
                        horizontalAlignment: Text.AlignRight
                        Layout.preferredWidth: 26
                    }
                }
                ToolTip.visible: hovered && (row.title.length > 14 || row.problem !== "")
                ToolTip.delay: 600
                ToolTip.text: (row.marker + row.title) + (row.problem !== "" ? "\n" + row.problem : "")
                              + "\n第 " + row.line + " 行"
            }
        }

        Label {
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: pane.controller.outline.count === 0
            horizontalAlignment: Text.AlignHCenter
            verticalAlignment: Text.AlignVCenter
            wrapMode: Text.Wrap
            padding: 20
            color: Theme.muted
            text: "打开报告或开始写作后，\n这里会显示各部分和小标题。"
        }
    }
}
