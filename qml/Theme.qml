pragma Singleton
import QtQuick
import Zongjie

// Colours and sizes of the editor, in one place.
QtObject {
    readonly property string fontFamily: "Noto Sans CJK SC"
    readonly property int fontSize: 14
    readonly property int smallSize: 12
    readonly property int editorSize: 16

    readonly property color window: "#eef0f3"
    readonly property color pane: "#ffffff"
    readonly property color paneAlt: "#f7f8fa"
    readonly property color header: "#f3f4f6"
    readonly property color border: "#d5d9df"
    readonly property color text: "#1f2329"
    readonly property color muted: "#6b7280"
    readonly property color faint: "#9aa1ab"
    readonly property color accent: "#2f6fde"
    readonly property color accentSoft: "#e3ecfb"
    readonly property color error: "#c62828"
    readonly property color errorSoft: "#fde4e4"
    readonly property color warning: "#b26a00"
    readonly property color warningSoft: "#fdf0d5"
    readonly property color info: "#1e6fd9"
    readonly property color infoSoft: "#e1edfb"
    readonly property color ok: "#2e7d32"

    /// `role`: a Labels.Role.
    function roleColor(role) {
        switch (role) {
        case Labels.Summary: return "#2e7d32"
        case Labels.Problems: return "#c25e00"
        case Labels.Plan: return "#1565c0"
        case Labels.Closing: return "#6d4c9f"
        default: return "#757575"
        }
    }
    /// `severity`: a Labels.Severity.
    function severityColor(severity) {
        return severity === Labels.Error ? error : severity === Labels.Warning ? warning : info
    }
    function severitySoft(severity) {
        return severity === Labels.Error ? errorSoft : severity === Labels.Warning ? warningSoft : infoSoft
    }
    function percent(share) {
        return Math.round(share * 100) + "%"
    }
}
