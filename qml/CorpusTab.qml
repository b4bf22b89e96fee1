pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtQuick.Dialogs
import Zongjie

// 语料: learn a folder of past reports (progress, cancel) and see what the
// learned standard outline calls "usual": how often each part occurs, the
// themes of each part, the numbering styles.
Rectangle {
    id: tab
    required property CorpusController corpus
    color: Theme.pane

    FolderDialog {
        id: folderDialog
        title: "选择要学习的报告文件夹"
        acceptLabel: "学习此文件夹"
        rejectLabel: "取消"
        onAccepted: tab.corpus.learn(selectedFolder)
    }

    ScrollView {
        id: scroll
        anchors.fill: parent
        contentWidth: availableWidth
        clip: true

        ColumnLayout {
            width: scroll.availableWidth
            spacing: 10

            Item { implicitHeight: 2 }

            // ---- the database and learning ----
            ColumnLayout {
                Layout.fillWidth: true
                Layout.leftMargin: 14
                Layout.rightMargin: 14
                spacing: 6
                Label {
                    Layout.fillWidth: true
                    text: {
                        switch (tab.corpus.state) {
                        case Labels.CorpusReady: return "语料库：" + tab.corpus.documents + " 篇往年报告"
                        case Labels.CorpusLoading: return "正在读取语料库……"
                        case Labels.CorpusMissing: return "还没有学习过往年报告"
                        case Labels.CorpusError: return "语料库无法读取"
                        default: return "语料库"
                        }
                    }
                    font.bold: true
                    color: tab.corpus.state === Labels.CorpusError ? Theme.error : Theme.text
                }
                Label {
                    Layout.fillWidth: true
                    text: tab.corpus.state === Labels.CorpusError ? tab.corpus.errorMessage : tab.corpus.dbPath
                    wrapMode: tab.corpus.state === Labels.CorpusError ? Text.Wrap : Text.NoWrap
                    elide: Text.ElideMiddle
                    color: tab.corpus.state === Labels.CorpusError ? Theme.error : Theme.muted
                    font.pixelSize: 11
                }
                RowLayout {
                    Layout.fillWidth: true
                    Button {
                        text: "学习文件夹……"
                        enabled: !tab.corpus.learning
                        onClicked: folderDialog.open()
                    }
                    Button {
                        text: "取消学习"
                        visible: tab.corpus.learning
                        onClicked: tab.corpus.cancelLearning()
                    }
                    Item { Layout.fillWidth: true }
                }
                ProgressBar {
                    id: progress
                    objectName: "learnProgress"
                    Layout.fillWidth: true
                    visible: tab.corpus.learning
                    from: 0
                    to: Math.max(1, tab.corpus.progressTotal)
                    value: tab.corpus.progressDone
                    indeterminate: tab.corpus.progressTotal === 0
                }
                Label {
                    Layout.fillWidth: true
                    visible: tab.corpus.learning
                    text: tab.corpus.progressTotal > 0
                          ? "已处理 " + tab.corpus.progressDone + " / " + tab.corpus.progressTotal + "：" + tab.corpus.progressFile
                          : "正在查找报告……"
                    elide: Text.ElideMiddle
                    color: Theme.muted
                    font.pixelSize: 12
                }
                Label {
                    objectName: "learnMessage"
                    Layout.fillWidth: true
                    visible: !tab.corpus.learning && tab.corpus.learnMessage !== ""
                    text: tab.corpus.learnMessage
                    wrapMode: Text.Wrap
                    color: Theme.text
                    font.pixelSize: 12
                }
                Label {
                    Layout.fillWidth: true
                    visible: !tab.corpus.learning && tab.corpus.learnWarnings.length > 0
                    // Qt 6.4's qmllint types a QStringList property as a list without JS array methods; at run time it is a JS array
                    text: "无法读取：\n" + tab.corpus.learnWarnings.slice(0, 5).join("\n")  // qmllint disable type
                          + (tab.corpus.learnWarnings.length > 5 ? "\n……共 " + tab.corpus.learnWarnings.length + " 个" : "")
                    wrapMode: Text.Wrap
                    color: Theme.warning
                    font.pixelSize: 11
                }
            }

            Rectangle { Layout.fillWidth: true; implicitHeight: 1; color: Theme.border }

            // ---- the chart ----
            ColumnLayout {
                Layout.fillWidth: true
                Layout.leftMargin: 14
                Layout.rightMargin: 14
                spacing: 4
                visible: tab.corpus.hasModel

                Label {
                    text: "往年报告通常怎么写"
                    font.bold: true
                    font.pixelSize: 15
                }
                Label {
                    Layout.fillWidth: true
                    text: "通常顺序：" + tab.corpus.usualOrder
                    wrapMode: Text.Wrap
                    color: Theme.muted
                    font.pixelSize: 12
                }

                Label {
                    Layout.topMargin: 8
                    text: "各部分出现的比例"
                    font.bold: true
                    color: Theme.text
                }
                Repeater {
                    objectName: "partBars"
                    model: tab.corpus.parts
                    delegate: ShareBar {
                        required property var modelData
                        Layout.fillWidth: true
                        label: modelData.label
                        share: modelData.share
                        color: Theme.roleColor(modelData.role)
                        detail: modelData.sectionsMean > 0 ? "平均 " + modelData.sectionsMean.toFixed(1) + " 节" : ""
                    }
                }

                Label {
                    Layout.topMargin: 10
                    text: "各部分的常见主题"
                    font.bold: true
                    color: Theme.text
                }
                Repeater {
                    objectName: "themeGroups"
                    model: tab.corpus.themes
                    delegate: ColumnLayout {
                        id: group
                        required property var modelData
                        Layout.fillWidth: true
                        spacing: 2
                        Label {
                            Layout.topMargin: 4
                            text: group.modelData.label
                            color: Theme.roleColor(group.modelData.role)
                            font.pixelSize: 13
                            font.bold: true
                        }
                        Repeater {
                            model: group.modelData.themes
                            delegate: ShareBar {
                                required property var modelData
                                Layout.fillWidth: true
                                implicitHeight: 20
                                label: modelData.theme
                                share: modelData.share
                                showDetail: false
                                color: Qt.lighter(Theme.roleColor(group.modelData.role), 1.35)
                            }
                        }
                    }
                }

                Label {
                    Layout.topMargin: 10
                    text: "常用序号"
                    font.bold: true
                    color: Theme.text
                }
                Repeater {
                    model: tab.corpus.styles
                    delegate: ShareBar {
                        required property var modelData
                        Layout.fillWidth: true
                        implicitHeight: 20
                        visible: modelData.share >= 0.05
                        label: modelData.levelLabel + " " + modelData.style
                        labelWidth: 110
                        share: modelData.share
                        showDetail: false
                        color: "#8a96a8"
                    }
                }
                Item { implicitHeight: 12 }
            }

            // ---- the office lexicon ----
            ColumnLayout {
                Layout.fillWidth: true
                Layout.leftMargin: 14
                Layout.rightMargin: 14
                spacing: 4
                visible: tab.corpus.names.length > 0

                RowLayout {
                    Layout.fillWidth: true
                    Label {
                        text: "本单位名称词表"
                        font.bold: true
                        color: Theme.text
                    }
                    Item { Layout.fillWidth: true }
                    ComboBox {
                        id: kindFilter
                        objectName: "nameKindFilter"
                        model: ["全部", "地名", "单位", "项目", "人名"]
                    }
                }
                Label {
                    Layout.fillWidth: true
                    text: "从往年报告学到的地名、单位、项目和人名及其次数；检查时据此发现写错的名称。用 zongjie lexicon add / remove 添加或删除。"
                    wrapMode: Text.Wrap
                    color: Theme.muted
                    font.pixelSize: 11
                }
                Repeater {
                    objectName: "nameRows"
                    // Bound to the names property (a call to namesOfKind() alone
                    // would not be evaluated again when the corpus loads).
                    model: {
                        const all = tab.corpus.names
                        const kind = kindFilter.currentIndex === 0 ? "" : kindFilter.currentText
                        return all.filter(n => kind === "" || n.kind === kind).slice(0, 300)
                    }
                    delegate: RowLayout {
                        id: nameRow
                        required property var modelData
                        Layout.fillWidth: true
                        Label {
                            Layout.fillWidth: true
                            text: nameRow.modelData.word
                            elide: Text.ElideRight
                            color: Theme.text
                        }
                        Label {
                            text: nameRow.modelData.kind + (nameRow.modelData.staff ? "（人工）" : "")
                            color: Theme.muted
                            font.pixelSize: 11
                        }
                        Label {
                            Layout.preferredWidth: 48
                            horizontalAlignment: Text.AlignRight
                            text: nameRow.modelData.count + " 次"
                            color: Theme.muted
                            font.pixelSize: 11
                        }
                    }
                }
                Item { implicitHeight: 12 }
            }

            Label {
                objectName: "emptyHint"
                Layout.fillWidth: true
                Layout.leftMargin: 14
                Layout.rightMargin: 14
                visible: !tab.corpus.hasModel && tab.corpus.state !== Labels.CorpusLoading
                wrapMode: Text.Wrap
                color: Theme.muted
                text: "学习一个装有往年工作总结的文件夹后，这里会显示往年报告的常见结构：各部分出现的比例、各部分的常见主题和常用序号。检查时据此判断“缺少部分”“主题未呼应”等问题。"
            }
        }
    }
}
