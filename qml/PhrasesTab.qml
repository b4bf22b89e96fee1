pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Zongjie

// 素材: search past phrasing as you type (filter by part and theme) and
// suggestions for the section at the cursor.  A click on a row selects it
// (to read it whole, with its source); only 插入 (or Enter on the selected
// row) puts it at the cursor — a sentence with its 。.
Rectangle {
    id: tab
    required property DocumentController controller
    required property CorpusController corpus
    property int cursorPosition: 0
    signal insertRequested(string text, bool asBlock)

    readonly property alias search: phraseSearch
    readonly property alias queryField: field
    readonly property alias resultList: results
    readonly property alias suggestionList: suggestions

    color: Theme.pane

    PhraseSearch {
        id: phraseSearch
        corpus: tab.corpus
        query: field.text
        part: partBox.currentValue
        theme: themeBox.currentIndex <= 0 ? "" : themeBox.currentText
    }

    // Suggestions follow the cursor's section, after it rests a moment.
    property var lastSection: ({})
    function refreshSuggestions() {
        const s = controller.sectionAt(cursorPosition)
        // sectionAt() returns a QVariantMap, whose keys qmllint cannot know
        const key = (s.role || "") + "|" + (s.theme || "") + "|" + (s.title || "")  // qmllint disable type
        if (key === lastSection.key)
            return
        lastSection = { key: key }
        phraseSearch.suggestFor(s.role || "", s.theme || "", s.title || "")
    }
    onCursorPositionChanged: suggestTimer.restart()
    Connections {
        target: tab.controller
        function onAnalysed() { suggestTimer.restart() }
    }
    Timer {
        id: suggestTimer
        interval: 400
        onTriggered: tab.refreshSuggestions()
    }
    Connections {
        target: tab.corpus
        function onContextChanged() { tab.lastSection = {}; suggestTimer.restart() }
    }

    component PhraseRowDelegate: ItemDelegate {
        id: row
        required property int index
        required property string phrase
        required property string detail
        required property string kindLabel
        required property string insertText
        readonly property bool current: ListView.isCurrentItem
        width: ListView.view.width
        focusPolicy: Qt.NoFocus
        leftPadding: 12
        rightPadding: 10
        topPadding: 6
        bottomPadding: 6
        background: Rectangle {
            color: row.current ? Theme.accentSoft : (row.hovered ? "#f3f5f8" : Theme.pane)
            Rectangle { anchors.bottom: parent.bottom; width: parent.width; height: 1; color: "#eceef1" }
        }
        onClicked: ListView.view.currentIndex = index
        contentItem: RowLayout {
            spacing: 8
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 2
                Label {
                    Layout.fillWidth: true
                    text: (row.kindLabel !== "" ? "【" + row.kindLabel + "】" : "") + row.phrase
                    wrapMode: Text.Wrap
                    // The selected row is read whole.
                    maximumLineCount: row.current ? 100 : 3
                    elide: Text.ElideRight
                    color: Theme.text
                    font.pixelSize: 13
                }
                Label {
                    Layout.fillWidth: true
                    visible: row.detail !== ""
                    text: row.detail
                    elide: Text.ElideRight
                    color: Theme.faint
                    font.pixelSize: 11
                }
            }
            Button {
                objectName: "insertButton"
                // Always there (never appearing under the pointer).
                text: "插入"
                focusPolicy: Qt.NoFocus
                font.pixelSize: Theme.smallSize
                onClicked: tab.insertRequested(row.insertText, false)
                ToolTip.visible: hovered
                ToolTip.delay: 600
                ToolTip.text: "插入到光标处（选中后按回车也可）"
            }
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 6

        TextField {
            id: field
            objectName: "phraseQuery"
            Layout.fillWidth: true
            Layout.topMargin: 10
            Layout.leftMargin: 10
            Layout.rightMargin: 10
            placeholderText: "输入关键词，如“乡村振兴”“人居环境”"
            selectByMouse: true
        }
        RowLayout {
            Layout.fillWidth: true
            Layout.leftMargin: 10
            Layout.rightMargin: 10
            spacing: 6
            ComboBox {
                id: partBox
                Layout.fillWidth: true
                textRole: "text"
                valueRole: "value"
                model: Labels.roleChoices([{ text: "全部部分", value: "" }])
            }
            ComboBox {
                id: themeBox
                Layout.fillWidth: true
                // Qt 6.4's qmllint types a QStringList property as a list without JS array methods; at run time it is a JS array
                model: ["全部主题"].concat(tab.corpus.themeNames)  // qmllint disable type
            }
        }
        Label {
            Layout.fillWidth: true
            Layout.leftMargin: 12
            Layout.rightMargin: 10
            text: phraseSearch.status
            wrapMode: Text.Wrap
            color: Theme.muted
            font.pixelSize: Theme.smallSize
        }
        ListView {
            id: results
            Layout.fillWidth: true
            Layout.fillHeight: true
            currentIndex: -1
            activeFocusOnTab: true
            highlightMoveDuration: 0
            Keys.onReturnPressed: if (currentIndex >= 0) tab.insertRequested(model.insertTextAt(currentIndex), false)
            Keys.onEnterPressed: if (currentIndex >= 0) tab.insertRequested(model.insertTextAt(currentIndex), false)
            // The keyboard focus is visible (F6, Tab).
            Rectangle {
                anchors.fill: parent
                color: "transparent"
                border.color: Theme.accent
                border.width: 2
                visible: parent.activeFocus
                z: 10
            }
            Layout.preferredHeight: 3
            clip: true
            model: phraseSearch.results
            boundsBehavior: Flickable.StopAtBounds
            ScrollBar.vertical: ScrollBar { }
            delegate: PhraseRowDelegate { }
        }

        PaneHeader {
            Layout.fillWidth: true
            title: "推荐表述"
            detail: phraseSearch.suggestionTitle !== "" ? "光标所在：" + phraseSearch.suggestionTitle : "把光标放进某一部分或小节"
        }
        ListView {
            id: suggestions
            Layout.fillWidth: true
            Layout.fillHeight: true
            currentIndex: -1
            activeFocusOnTab: true
            highlightMoveDuration: 0
            Keys.onReturnPressed: if (currentIndex >= 0) tab.insertRequested(model.insertTextAt(currentIndex), false)
            Keys.onEnterPressed: if (currentIndex >= 0) tab.insertRequested(model.insertTextAt(currentIndex), false)
            // The keyboard focus is visible (F6, Tab).
            Rectangle {
                anchors.fill: parent
                color: "transparent"
                border.color: Theme.accent
                border.width: 2
                visible: parent.activeFocus
                z: 10
            }
            Layout.preferredHeight: 2
            clip: true
            model: phraseSearch.suggestions
            boundsBehavior: Flickable.StopAtBounds
            ScrollBar.vertical: ScrollBar { }
            delegate: PhraseRowDelegate { }
        }
    }
}
