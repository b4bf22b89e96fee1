import QtQuick
import QtQuick.Controls
import QtTest
import Zongjie

// 语料: learning shows progress, and the learned model becomes the chart.
Item {
    id: root
    // tst_qml.cpp sets sourceDir and tempDir as context properties, which the
    // linter cannot see: read once here, used through root everywhere else.
    readonly property string srcDir: sourceDir  // qmllint disable unqualified
    readonly property string tmpDir: tempDir  // qmllint disable unqualified
    width: 420
    height: 900

    CorpusController {
        id: corpus
        dbPath: root.tmpDir + "/tab.db"
    }
    CorpusTab {
        id: tab
        anchors.fill: parent
        corpus: corpus
    }
    SignalSpy {
        id: progress
        target: corpus
        signalName: "progressChanged"
    }
    SignalSpy {
        id: learning
        target: corpus
        signalName: "learningChanged"
    }

    TestCase {
        name: "CorpusTab"
        when: windowShown

        function test_learnShowsProgressThenTheChart() {
            corpus.load()
            tryCompare(corpus, "state", Labels.CorpusMissing, 5000)
            verify(findChild(tab, "emptyHint").visible)
            verify(!findChild(tab, "learnProgress").visible)

            verify(corpus.learn(root.srcDir + "/examples"))
            // The progress bar is up while learning.
            compare(corpus.learning, true)
            verify(findChild(tab, "learnProgress").visible)
            tryCompare(corpus, "learning", false, 30000)
            verify(progress.count >= 1)
            tryCompare(corpus, "state", Labels.CorpusReady, 10000)
            compare(corpus.documents, 8)
            verify(!findChild(tab, "learnProgress").visible)
            verify(findChild(tab, "learnMessage").text.indexOf("学习完成") >= 0)

            const parts = findChild(tab, "partBars")
            compare(parts.count, corpus.parts.length)
            verify(parts.count >= 3)
            // Bars are as long as the shares.
            const first = parts.itemAt(0)
            fuzzyCompare(first.share, corpus.parts[0].share, 0.0001)
            verify(findChild(tab, "themeGroups").count >= 2)
            verify(!findChild(tab, "emptyHint").visible)

            // The office lexicon is listed once the corpus is loaded, and the
            // kind filter keeps only that kind.
            const names = findChild(tab, "nameRows")
            verify(corpus.names.length > 0)
            compare(names.count, Math.min(300, corpus.names.length))
            const filter = findChild(tab, "nameKindFilter")
            filter.currentIndex = 1
            const places = corpus.names.filter(n => n.kind === filter.currentText)
            verify(places.length > 0)
            compare(names.count, Math.min(300, places.length))
            for (let i = 0; i < names.count; ++i)
                compare(names.itemAt(i).modelData.kind, filter.currentText)
            filter.currentIndex = 0
        }
    }
}
