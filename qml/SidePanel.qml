import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Zongjie

// The side panel: 模板 (section templates, new draft from last year's
// report), 素材 (past phrasing), 语料 (learning and the chart).
Rectangle {
    id: panel
    required property DocumentController controller
    required property CorpusController corpus
    /// Cursor position of the editor (where inserts go).
    property int cursorPosition: 0
    property alias currentIndex: bar.currentIndex
    signal insertRequested(string text, bool asBlock)
    signal draftRequested()
    readonly property alias templatesTab: templatesTab
    readonly property alias phrasesTab: phrasesTab
    readonly property alias corpusTab: corpusTab

    function showTab(name) {
        switch (name) {
        case "templates": bar.currentIndex = 0; break
        case "phrases": bar.currentIndex = 1; break
        case "corpus": bar.currentIndex = 2; break
        }
    }

    /// Where F6 puts the focus in this panel: the current tab's list or field.
    function focusTarget() {
        return bar.currentIndex === 0 ? templatesTab.list
             : bar.currentIndex === 1 ? phrasesTab.queryField : bar
    }

    color: Theme.pane

    ColumnLayout {
        anchors.fill: parent
        spacing: 0
        TabBar {
            id: bar
            Layout.fillWidth: true
            TabButton { text: "模板" }
            TabButton { text: "素材" }
            TabButton { text: "语料" }
        }
        StackLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            currentIndex: bar.currentIndex
            TemplatesTab {
                id: templatesTab
                onDraftRequested: panel.draftRequested()
                controller: panel.controller
                corpus: panel.corpus
                cursorPosition: panel.cursorPosition
                onInsertRequested: (text, asBlock) => panel.insertRequested(text, asBlock)
            }
            PhrasesTab {
                id: phrasesTab
                controller: panel.controller
                corpus: panel.corpus
                cursorPosition: panel.cursorPosition
                onInsertRequested: (text, asBlock) => panel.insertRequested(text, asBlock)
            }
            CorpusTab {
                id: corpusTab
                corpus: panel.corpus
            }
        }
    }
}
