pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Zongjie

// The checker's findings.  Click: jump to the place.  Where the checker has
// a fix: a button that applies it (one undoable edit).  "忽略此处" hides
// this one finding, "本文忽略此规则" the rule for this report.
//
// The buttons only show on the current row (the finding at the cursor), on
// a line of their own under the message, and ignore clicks for a moment
// after they appear: a click on the message never lands on a button that
// appeared under the pointer (touch screens, remote desktops send the move
// and the click together).
Rectangle {
    id: pane
    required property DocumentController controller
    /// The editor's cursor: the finding under it becomes the current row.
    property int cursorPosition: -1
    signal jumpRequested(int begin, int end)
    /// Keyboard navigation in the list: show the finding, keep the focus here.
    signal showRequested(int begin, int end)
    /// A fix was applied from this pane: the editor takes the focus back.
    signal fixApplied()
    readonly property alias list: list
    /// Clicks on a row's buttons sooner than this after they appear are dropped.
    property int buttonGuardMs: 400

    function applyFixOf(row) {
        if (pane.controller.applyFix(row, pane.cursorPosition))
            pane.fixApplied()
    }
    color: Theme.pane

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        PaneHeader {
            Layout.fillWidth: true
            title: "检查结果"
            detail: {
                const f = pane.controller.findings
                if (!pane.controller.ready)
                    return "检查中……"
                if (!pane.controller.checkerAvailable)
                    return "检查器未接入"
                if (f.count === 0)
                    return "未发现问题"
                let parts = []
                if (f.errorCount > 0) parts.push("错误 " + f.errorCount)
                if (f.warningCount > 0) parts.push("警告 " + f.warningCount)
                if (f.infoCount > 0) parts.push("提示 " + f.infoCount)
                return parts.join(" · ")
            }
            detailColor: pane.controller.findings.errorCount > 0 ? Theme.error : Theme.muted
            ToolButton {
                objectName: "ignoreListButton"
                visible: pane.controller.ignoreCount > 0
                text: "已忽略 " + pane.controller.ignoreCount + " 项"
                font.pixelSize: Theme.smallSize
                focusPolicy: Qt.NoFocus
                onClicked: ignorePopup.open()
                ToolTip.visible: hovered
                ToolTip.delay: 600
                ToolTip.text: "查看本文忽略的检查结果，可恢复显示"
            }
        }

        ListView {
            id: list
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: count > 0
            clip: true
            model: pane.controller.findings
            boundsBehavior: Flickable.StopAtBounds
            currentIndex: pane.controller.findings.count > 0 && pane.controller.upToDate
                          ? pane.controller.findings.rowAt(pane.cursorPosition) : -1
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
            // Keyboard: Tab/F6 reach the list; ↑/↓ go through the findings
            // (the text follows), Enter jumps into the text, Ctrl+. applies.
            activeFocusOnTab: true
            keyNavigationEnabled: false
            Keys.onUpPressed: step(-1)
            Keys.onDownPressed: step(1)
            Keys.onReturnPressed: enter()
            Keys.onEnterPressed: enter()
            function step(d) {
                if (count === 0)
                    return
                const i = Math.max(0, Math.min(count - 1, (currentIndex < 0 ? (d > 0 ? -1 : count) : currentIndex) + d))
                const f = pane.controller.findings.get(i)
                // get() returns a QVariantMap, whose keys qmllint cannot know
                if (f.begin !== undefined)  // qmllint disable type
                    pane.showRequested(f.begin, f.end)
            }
            function enter() {
                if (currentIndex < 0)
                    return
                const f = pane.controller.findings.get(currentIndex)
                // get() returns a QVariantMap, whose keys qmllint cannot know
                if (f.begin !== undefined)  // qmllint disable type
                    pane.jumpRequested(f.begin, f.end)
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
                required property string rule
                required property int severity
                required property int line
                required property int column
                required property int begin
                required property int end
                required property string message
                required property string suggestion
                required property bool hasFix
                required property string fixLabel

                readonly property bool current: ListView.isCurrentItem
                /// When the buttons last appeared (ms since epoch).
                property double shownAt: 0
                onCurrentChanged: if (current) shownAt = Date.now()
                // A row made anew (the list was refreshed) that is current at once.
                Component.onCompleted: if (current) shownAt = Date.now()
                function armed() { return Date.now() - shownAt >= pane.buttonGuardMs }
                focusPolicy: Qt.NoFocus
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
                            text: Labels.severityLabel(row.severity)
                            color: Theme.severityColor(row.severity)
                            font.pixelSize: 11
                        }
                    }
                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: 2
                        Label {
                            objectName: "findingMessage"
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
                        RowLayout {
                            objectName: "findingButtons"
                            spacing: 4
                            // Only the current row, never on hover: nothing
                            // appears under a pointer that is about to click.
                            visible: row.current
                            Button {
                                objectName: "fixButton"
                                visible: row.hasFix
                                text: row.fixLabel !== "" ? row.fixLabel : "修正"
                                highlighted: true
                                focusPolicy: Qt.NoFocus
                                font.pixelSize: Theme.smallSize
                                ToolTip.visible: hovered
                                ToolTip.delay: 600
                                ToolTip.text: "应用修改（Ctrl+.），可撤销（Ctrl+Z）"
                                onClicked: if (row.armed()) pane.applyFixOf(row.index)
                            }
                            Button {
                                objectName: "ignoreHereButton"
                                text: "忽略此处"
                                flat: true
                                focusPolicy: Qt.NoFocus
                                font.pixelSize: Theme.smallSize
                                onClicked: if (row.armed()) pane.controller.ignoreHere(row.index)
                            }
                            Button {
                                objectName: "ignoreRuleButton"
                                text: "本文忽略此规则"
                                flat: true
                                focusPolicy: Qt.NoFocus
                                font.pixelSize: Theme.smallSize
                                onClicked: if (row.armed()) pane.controller.ignoreRule(row.index)
                            }
                        }
                    }
                }
            }
        }

        Popup {
            id: ignorePopup
            objectName: "ignorePopup"
            x: pane.width - width - 8
            y: 34
            width: Math.min(520, pane.width - 16)
            height: Math.min(320, ignoreColumn.implicitHeight + 24)
            padding: 12
            modal: false
            focus: true
            property var entries: []
            onAboutToShow: entries = pane.controller.ignores()
            Connections {
                target: pane.controller
                function onIgnoresChanged() {
                    if (ignorePopup.visible)
                        ignorePopup.entries = pane.controller.ignores()
                }
            }
            ScrollView {
                anchors.fill: parent
                clip: true
                ColumnLayout {
                    id: ignoreColumn
                    width: ignorePopup.availableWidth
                    spacing: 6
                    Label {
                        text: ignorePopup.entries.length > 0 ? "本文忽略的检查结果" : "本文没有忽略的检查结果"
                        font.bold: true
                    }
                    Repeater {
                        model: ignorePopup.entries
                        delegate: RowLayout {
                            id: entry
                            required property var modelData
                            Layout.fillWidth: true
                            spacing: 8
                            Label {
                                Layout.fillWidth: true
                                wrapMode: Text.Wrap
                                text: (entry.modelData.wholeRule ? "整条规则：" : "此处：")
                                      + (entry.modelData.note !== "" ? entry.modelData.note : entry.modelData.rule)
                                      + (entry.modelData.added ? "（" + entry.modelData.added + "）" : "")
                            }
                            Button {
                                objectName: "unignoreButton"
                                text: "恢复显示"
                                flat: true
                                font.pixelSize: Theme.smallSize
                                onClicked: pane.controller.removeIgnore(entry.modelData.key)
                            }
                        }
                    }
                }
            }
        }

        Label {
            objectName: "emptyHint"
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: pane.controller.findings.count === 0
            horizontalAlignment: Text.AlignHCenter
            verticalAlignment: Text.AlignVCenter
            wrapMode: Text.Wrap
            color: Theme.muted
            text: !pane.controller.ready ? "正在检查……"
                : pane.controller.checkerAvailable ? "没有发现问题。" : "检查器尚未接入本版本。"
        }
    }
}
