pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Zongjie

// 模板: a new draft from last year's report, and section templates to insert
// at the cursor (numbered in the corpus's usual style, years filled in).
Rectangle {
    id: tab
    required property DocumentController controller
    required property CorpusController corpus
    property int cursorPosition: 0
    signal insertRequested(string text, bool asBlock)
    signal draftRequested()

    readonly property alias templates: templateModel
    readonly property alias list: list
    /// The part the cursor is in ("summary" …), "" when none.
    readonly property string cursorPart: {
        // Re-read when a new analysis arrives, not only when the cursor moves.
        const s = controller.characters >= 0 ? controller.sectionAt(cursorPosition) : {}
        return s.role !== undefined ? s.role : ""
    }

    function slotsFor(isPart) {
        return {
            reportYear: controller.reportYear,
            planYear: controller.planYear,
            unit: controller.unit,
            ordinal: controller.nextOrdinal(cursorPosition, isPart),
            sectionStyle: controller.sectionStyleAt(cursorPosition)
        }
    }
    /// By id, not row: the list may be rebuilt between press and release
    /// (the cursor's part changed), and the click stays with its template.
    function insert(id, isPart) {
        const text = templateModel.renderId(id, slotsFor(isPart))
        if (text !== "")
            insertRequested(text, true)
    }

    color: Theme.pane

    TemplateModel {
        id: templateModel
        corpus: tab.corpus
        part: partBox.currentValue === "auto" ? tab.cursorPart : partBox.currentValue
        fillValues: ({ reportYear: tab.controller.reportYear, planYear: tab.controller.planYear, unit: tab.controller.unit })
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        // ---- a new draft ----
        Rectangle {
            Layout.fillWidth: true
            implicitHeight: draftColumn.implicitHeight + 20
            color: Theme.paneAlt
            ColumnLayout {
                id: draftColumn
                anchors.left: parent.left
                anchors.right: parent.right
                anchors.top: parent.top
                anchors.margins: 12
                spacing: 6
                Label {
                    text: "从去年报告新建"
                    font.bold: true
                }
                Label {
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    color: Theme.muted
                    font.pixelSize: Theme.smallSize
                    text: "选一篇去年的报告，生成今年的草稿：去年计划的事项变成今年要总结的提纲，年份顺延，数字留作 XX，计划部分按往年常见主题列出。"
                }
                Button {
                    objectName: "draftButton"
                    text: "选择去年的报告……"
                    onClicked: tab.draftRequested()
                }
            }
            Rectangle { anchors.bottom: parent.bottom; width: parent.width; height: 1; color: Theme.border }
        }

        // ---- section templates ----
        RowLayout {
            Layout.fillWidth: true
            Layout.margins: 10
            spacing: 8
            Label {
                text: "小节模板"
                font.bold: true
            }
            Item { Layout.fillWidth: true }
            ComboBox {
                id: partBox
                objectName: "partBox"
                Layout.preferredWidth: 170
                textRole: "text"
                valueRole: "value"
                model: Labels.roleChoices([{ text: "光标所在部分", value: "auto" }, { text: "全部", value: "" }])
            }
        }
        Label {
            Layout.fillWidth: true
            Layout.leftMargin: 10
            Layout.rightMargin: 10
            visible: templateModel.error !== ""
            text: templateModel.error
            wrapMode: Text.Wrap
            color: Theme.error
        }

        ListView {
            id: list
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: templateModel
            boundsBehavior: Flickable.StopAtBounds
            ScrollBar.vertical: ScrollBar { }
            currentIndex: -1
            activeFocusOnTab: true
            highlightMoveDuration: 0
            // currentItem is the delegate below (typed Item), which has templateId and isPart
            Keys.onReturnPressed: if (currentItem) tab.insert(currentItem.templateId, currentItem.isPart)  // qmllint disable type
            // see above
            Keys.onEnterPressed: if (currentItem) tab.insert(currentItem.templateId, currentItem.isPart)  // qmllint disable type
            // The keyboard focus is visible (F6, Tab).
            Rectangle {
                anchors.fill: parent
                color: "transparent"
                border.color: Theme.accent
                border.width: 2
                visible: parent.activeFocus
                z: 10
            }
            delegate: ItemDelegate {
                id: row
                required property int index
                required property string templateId
                required property string title
                required property string partLabel
                required property string part
                required property string theme
                required property string preview
                required property bool isPart
                width: ListView.view.width
                leftPadding: 12
                rightPadding: 10
                topPadding: 7
                bottomPadding: 7
                focusPolicy: Qt.NoFocus
                background: Rectangle {
                    color: row.ListView.isCurrentItem ? Theme.accentSoft : (row.hovered ? "#f3f5f8" : Theme.pane)
                    Rectangle { anchors.bottom: parent.bottom; width: parent.width; height: 1; color: "#eceef1" }
                }
                // A click selects (the preview is read whole); 插入 inserts.
                onClicked: ListView.view.currentIndex = index
                // No ids inside, so contentItem stays deferred: each tag sizes to its
                // label as children[0].
                contentItem: RowLayout {
                    spacing: 8
                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: 3
                        RowLayout {
                            spacing: 6
                            Rectangle {
                                radius: 3
                                color: Theme.roleColor(row.part)
                                implicitWidth: children[0].implicitWidth + 8
                                implicitHeight: 18
                                Label {
                                    anchors.centerIn: parent
                                    text: row.isPart ? row.partLabel : row.theme
                                    color: "white"
                                    font.pixelSize: 11
                                }
                            }
                            Label {
                                Layout.fillWidth: true
                                text: row.title
                                elide: Text.ElideRight
                                font.bold: true
                            }
                        }
                        Label {
                            Layout.fillWidth: true
                            text: row.preview
                            wrapMode: Text.Wrap
                            maximumLineCount: row.ListView.isCurrentItem ? 12 : 2
                            elide: Text.ElideRight
                            color: Theme.muted
                            font.pixelSize: Theme.smallSize
                        }
                    }
                    Button {
                        objectName: "insertButton"
                        text: "插入"
                        focusPolicy: Qt.NoFocus
                        font.pixelSize: Theme.smallSize
                        onClicked: tab.insert(row.templateId, row.isPart)
                        ToolTip.visible: hovered
                        ToolTip.delay: 600
                        ToolTip.text: "插入到光标处（选中后按回车也可）"
                    }
                }
            }
        }
        Label {
            Layout.fillWidth: true
            Layout.margins: 10
            visible: templateModel.count === 0 && templateModel.error === ""
            text: "这一部分没有小节模板。可在上方选择其他部分。"
            wrapMode: Text.Wrap
            color: Theme.muted
        }
    }
}
