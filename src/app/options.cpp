#include "options.hpp"

namespace zongjie::app {

QString usage() {
  return QStringLiteral(
      "用法：zongjie-editor [文件] [--db 数据库] [--screenshot 图片.png] [--tab templates|phrases|corpus]\n"
      "                     [--line 行号] [--search 关键词] [--size 宽x高]\n"
      "  文件            要打开的报告（.txt，任意编码；.docx）\n"
      "  --db            语料库（默认 $ZONGJIE_DB 或 ~/.local/share/zongjie/corpus.db）\n"
      "  --screenshot    载入后把窗口画成 PNG 图片并退出（可配合 QT_QPA_PLATFORM=offscreen）\n"
      "  --tab           右侧面板显示哪一页：templates 模板、phrases 素材、corpus 语料\n"
      "  --line          光标放在第几行（或 行:列）\n"
      "  --search        在“素材”页查找的关键词\n"
      "  --size          窗口大小，例如 1560x940\n");
}

EditorOptions parse_options(QStringList const& arguments) {
  EditorOptions o;
  auto value = [&](qsizetype& i, QString const& name) -> QString {
    QString const& a = arguments[i];
    if (a.startsWith(name + u'=')) return a.mid(name.size() + 1);
    if (i + 1 >= arguments.size()) {
      o.error = QStringLiteral("%1 需要一个值").arg(name);
      return {};
    }
    return arguments[++i];
  };
  for (qsizetype i = 1; i < arguments.size() && o.error.isEmpty(); ++i) {
    QString const& a = arguments[i];
    if (a == QLatin1String("-h") || a == QLatin1String("--help")) {
      o.help = true;
    } else if (a == QLatin1String("--db") || a.startsWith(QLatin1String("--db="))) {
      o.db = value(i, QStringLiteral("--db"));
    } else if (a == QLatin1String("--screenshot") || a.startsWith(QLatin1String("--screenshot="))) {
      o.screenshot = value(i, QStringLiteral("--screenshot"));
    } else if (a == QLatin1String("--tab") || a.startsWith(QLatin1String("--tab="))) {
      o.tab = value(i, QStringLiteral("--tab"));
      static QStringList const tabs{QStringLiteral("templates"), QStringLiteral("phrases"), QStringLiteral("corpus")};
      if (o.error.isEmpty() && !tabs.contains(o.tab))
        o.error = QStringLiteral("--tab 只能是 templates、phrases 或 corpus，而不是“%1”").arg(o.tab);
    } else if (a == QLatin1String("--line") || a.startsWith(QLatin1String("--line="))) {
      // --line 12 or --line 12:5 (line:column, as in compiler messages)
      QStringList const lc = value(i, QStringLiteral("--line")).split(u':');
      bool ok = lc.size() <= 2;
      if (ok) o.line = lc[0].toInt(&ok);
      bool ok2 = true;
      if (ok && lc.size() == 2) o.column = lc[1].toInt(&ok2);
      if (o.error.isEmpty() && (!ok || !ok2 || o.line < 1 || o.column < 0))
        o.error = QStringLiteral("--line 要写成 行号 或 行号:列号，例如 12 或 12:5");
    } else if (a == QLatin1String("--search") || a.startsWith(QLatin1String("--search="))) {
      o.search = value(i, QStringLiteral("--search"));
    } else if (a == QLatin1String("--size") || a.startsWith(QLatin1String("--size="))) {
      QString const v = value(i, QStringLiteral("--size"));
      QStringList const wh = v.split(u'x');
      bool ok1 = false, ok2 = false;
      if (wh.size() == 2) {
        o.width = wh[0].toInt(&ok1);
        o.height = wh[1].toInt(&ok2);
      }
      if (o.error.isEmpty() && (!ok1 || !ok2 || o.width < 400 || o.height < 300))
        o.error = QStringLiteral("--size 要写成 宽x高，例如 1560x940");
    } else if (a.startsWith(QLatin1String("--"))) {
      o.error = QStringLiteral("未知选项：%1").arg(a);
    } else if (o.file.isEmpty()) {
      o.file = a;
    } else {
      o.error = QStringLiteral("只能打开一个文件（多余的参数：%1）").arg(a);
    }
  }
  return o;
}

}  // namespace zongjie::app
