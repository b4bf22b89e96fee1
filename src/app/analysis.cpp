#include "analysis.hpp"

#include "utf16_map.hpp"

#include "zongjie/check/catalog.hpp"
#include "zongjie/check/checker.hpp"
#include "zongjie/check/suppression.hpp"
#include "zongjie/corpus/standard_outline.hpp"
#include "zongjie/grammar/grammar.hpp"
#include "zongjie/outline/builder.hpp"
#include "zongjie/outline/themes.hpp"
#include "zongjie/text/document.hpp"
#include "zongjie/text/encoding.hpp"

#include <QElapsedTimer>

#include <map>

namespace zongjie::app {

namespace {

QString qs(std::string_view s) { return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size())); }

// Numbering problems of one run of headings at one level.  The checker owns
// the findings (numbering.*); this only marks the outline rows so that a
// broken sequence is visible in the tree itself.
template <class Heading>
void mark_sequence(std::vector<Heading const*> const& run, std::vector<QString>& problems) {
  int prev = 0;
  Heading const* first = nullptr;
  for (std::size_t i = 0; i < run.size(); ++i) {
    grammar::Marker const& m = run[i]->marker.marker;
    QString p;
    if (!first) {
      first = run[i];
      if (m.ordinal != 1) p = QStringLiteral("未从一起");
    } else if (m.ordinal == prev) {
      p = QStringLiteral("序号重复");
    } else if (m.ordinal != prev + 1) {
      p = QStringLiteral("序号跳号");
    } else if (m.punct != first->marker.marker.punct) {
      p = QStringLiteral("样式混用");
    }
    prev = m.ordinal;
    problems[i] = p;
  }
}

struct ItemView {
  WrittenMarker marker;
};

// The outline rows show the checker's numbering findings (so that an
// ignored finding is not shown in the tree either).
QString numbering_label(std::string const& rule) {
  if (rule == "numbering.duplicate") return QStringLiteral("序号重复");
  if (rule == "numbering.skip") return QStringLiteral("序号跳号");
  if (rule == "numbering.mixed-style") return QStringLiteral("样式混用");
  return {};
}

bool session_ignored(AnalysisContext const& c, check::Finding const& f) {
  for (auto const& [rule, subject] : c.sessionIgnored)
    if (rule == f.rule && (subject.empty() || subject == f.subject)) return true;
  return false;
}

}  // namespace

AnalysisResult analyse(QString const& text, quint64 revision, AnalysisContext const& context, QString const& path,
                       std::shared_ptr<text::Document const> const& prepared) {
  QElapsedTimer timer;
  timer.start();
  AnalysisResult r;
  r.revision = revision;
  for (QChar c : text)
    if (!c.isSpace() && !c.isLowSurrogate()) ++r.characters;

  // One conversion, one validation, one line index per text version: the
  // editor's text has '\n' line ends only (no decoding needed), and the
  // file just opened arrives already read.
  text::Document owned;
  if (!prepared) {
    owned.path = path.toStdString();
    owned.text = text.toStdString();
    if (std::size_t const bad = text::find_invalid_utf8(owned.text); bad != std::string::npos) {
      r.error = QStringLiteral("UTF-8 编码无效（第 %1 字节）").arg(bad);  // a lone surrogate
      r.micros = timer.nsecsElapsed() / 1000;
      return r;
    }
    owned.lines = text::LineIndex(owned.text);
    owned.content_hash = text::content_hash(owned.text);
    owned.byte_size = owned.text.size();
  }
  text::Document const& doc = prepared ? *prepared : owned;
  OutlineOptions options;
  std::shared_ptr<ThemeLexicon const> themes = context.themes;
  if (!themes) {
    try {
      themes = ThemeLexicon::standard();
    } catch (std::exception const&) {
      // A broken user copy of themes.tsv: outlines without themes; the corpus pane says why.
    }
  }
  options.themes = themes.get();
  options.part_headings = context.partHeadings.get();  // read as `zongjie outline` reads it
  Outline const outline = build_outline(doc, options);
  Utf16Map const map(doc.text);

  r.reportYear = outline.report_year.value_or(0);
  r.planYear = outline.plan_year.value_or(0);

  struct Keyed {
    std::size_t offset;
    int level;
    OutlineEntry entry;
  };
  std::vector<Keyed> rows;
  auto entry_at = [&](OutlineEntry::Kind kind, int level, std::size_t offset) {
    OutlineEntry e;
    e.kind = kind;
    e.level = level;
    text::Position const p = doc.position(offset);
    e.line = static_cast<int>(p.line);
    e.column = static_cast<int>(p.column);
    e.position = map.to_utf16(offset);
    return e;
  };

  r.identity = check::document_identity(outline);
  if (outline.title) {
    if (auto t = grammar::match_document_title(outline.title->text); t && t->begin > 0)
      r.unit = QString::fromUtf8(outline.title->text.data(), static_cast<qsizetype>(t->begin)).trimmed();
    std::size_t const off = doc.lines.line_start(outline.title->line);
    OutlineEntry e = entry_at(OutlineEntry::Title, 0, off);
    e.title = qs(outline.title->text);
    rows.push_back({off, 0, std::move(e)});
  }
  for (Part const& part : outline.parts) {
    // A part without a heading starts where its first line does; its row
    // sorts before a section that starts on the same byte.
    OutlineEntry pe = entry_at(OutlineEntry::Part, 0, part.begin);
    pe.role = qs(role_name(part.role));
    pe.partRole = static_cast<int>(part.role);
    pe.roleLabel = qs(role_label(part.role));
    if (part.marker) pe.marker = qs(part.marker->text);
    pe.title = part.heading ? qs(*part.heading) : QString();
    if (!part.sections.empty() && !part.sections.front().inline_marker)
      pe.sectionStyle = qs(grammar::style_name(part.sections.front().marker.marker.family));
    rows.push_back({part.begin, 0, std::move(pe)});

    std::vector<Section const*> run;
    for (Section const& s : part.sections) run.push_back(&s);
    std::vector<QString> section_problems(run.size());
    mark_sequence(run, section_problems);
    for (std::size_t si = 0; si < part.sections.size(); ++si) {
      Section const& s = part.sections[si];
      OutlineEntry se = entry_at(OutlineEntry::Section, 1, s.offset);
      se.marker = qs(s.marker.text);
      se.title = qs(s.title);
      se.theme = qs(s.theme);
      se.problem = section_problems[si];
      if (se.problem.isEmpty() && si > 0 && s.marker.marker.family != part.sections[0].marker.marker.family)
        se.problem = QStringLiteral("样式混用");
      rows.push_back({s.offset, 1, std::move(se)});

      // Items are checked per marker family: （一） under 一、 and 1. below
      // it are two levels flattened into one list, not a mixed sequence.
      std::map<int, std::vector<std::size_t>> by_family;
      for (std::size_t ii = 0; ii < s.items.size(); ++ii)
        if (s.items[ii].marker) by_family[static_cast<int>(s.items[ii].marker->marker.family)].push_back(ii);
      std::vector<QString> item_problems(s.items.size());
      for (auto const& [family, indexes] : by_family) {
        std::vector<ItemView> views;
        views.reserve(indexes.size());
        for (std::size_t ii : indexes) views.push_back({*s.items[ii].marker});
        std::vector<ItemView const*> ptrs;
        ptrs.reserve(views.size());
        for (auto const& v : views) ptrs.push_back(&v);
        std::vector<QString> probs(ptrs.size());
        mark_sequence(ptrs, probs);
        for (std::size_t k = 0; k < indexes.size(); ++k) item_problems[indexes[k]] = probs[k];
      }
      for (std::size_t ii = 0; ii < s.items.size(); ++ii) {
        Item const& it = s.items[ii];
        OutlineEntry ie = entry_at(OutlineEntry::Item, 2, it.offset);
        ie.marker = it.marker ? qs(it.marker->text) : QString();
        ie.title = qs(it.title);
        ie.problem = item_problems[ii];
        rows.push_back({it.offset, 2, std::move(ie)});
      }
    }

    SectionSpan ps;
    ps.begin = map.to_utf16(part.begin);
    ps.end = map.to_utf16(part.end);
    ps.role = qs(role_name(part.role));
    ps.roleLabel = qs(role_label(part.role));
    r.spans.push_back(ps);
    for (Section const& s : part.sections) {
      SectionSpan ss = ps;
      ss.begin = map.to_utf16(s.offset);
      ss.end = map.to_utf16(s.end);
      ss.theme = qs(s.theme);
      ss.title = qs(s.title);
      r.spans.push_back(ss);
    }
  }
  for (NoiseLine const& n : outline.noise) {
    std::size_t const off = doc.lines.line_start(n.line);
    OutlineEntry e = entry_at(OutlineEntry::Noise, 0, off);
    e.title = qs(n.text);
    rows.push_back({off, 0, std::move(e)});
  }
  std::stable_sort(rows.begin(), rows.end(), [](Keyed const& a, Keyed const& b) {
    return a.offset != b.offset ? a.offset < b.offset : a.level < b.level;
  });
  r.outline.reserve(static_cast<qsizetype>(rows.size()));
  for (auto& k : rows) r.outline.push_back(std::move(k.entry));

  // A blank page has nothing to check yet ("缺少工作总结" would only be noise).
  if (context.checker && r.characters > 0) {
    std::vector<check::Finding> findings;
    try {
      findings = context.checker->check(doc, outline);
    } catch (std::exception const& e) {
      r.error = QStringLiteral("检查失败：%1").arg(QString::fromUtf8(e.what()));
    }
    if (context.suppressions) context.suppressions->filter(check::document_key(path.toStdString(), outline), findings);
    if (!context.sessionIgnored.empty())
      std::erase_if(findings, [&](check::Finding const& f) { return session_ignored(context, f); });
    auto const catalog = check::Catalog::standard();
    r.findings.reserve(static_cast<qsizetype>(findings.size()));
    struct Span {
      int begin, end;
      QString label;
    };
    std::vector<Span> numbering;
    for (check::Finding const& f : findings) {
      FindingEntry e;
      e.rule = QString::fromStdString(f.rule);
      e.severity = static_cast<int>(f.severity);
      e.line = static_cast<int>(f.line);
      e.column = static_cast<int>(f.column);
      e.begin = map.to_utf16(f.begin);
      e.end = map.to_utf16(f.end);
      e.message = QString::fromStdString(f.message);
      if (f.suggestion) e.suggestion = QString::fromStdString(*f.suggestion);
      if (f.fix) {
        for (check::Edit const& ed : f.fix->edits)
          e.fix.push_back({map.to_utf16(ed.begin), map.to_utf16(ed.end), QString::fromStdString(ed.replacement)});
        e.fixLabel = QString::fromStdString(f.fix->description);
      }
      e.subject = QString::fromStdString(f.subject);
      if (catalog)
        if (auto const* info = catalog->find(f.rule)) e.ruleTitle = QString::fromStdString(info->title);
      if (QString const label = numbering_label(f.rule); !label.isEmpty())
        numbering.push_back({e.begin, std::max(e.end, e.begin + 1), label});
      r.findings.push_back(std::move(e));
    }
    for (auto& row : r.outline) {
      if (row.kind != OutlineEntry::Section && row.kind != OutlineEntry::Item && row.kind != OutlineEntry::Part)
        continue;
      row.problem.clear();
      if (row.marker.isEmpty()) continue;
      for (Span const& sp : numbering)
        if (sp.begin <= row.position && row.position < sp.end) row.problem = sp.label;
    }
  }

  r.micros = timer.nsecsElapsed() / 1000;
  return r;
}

}  // namespace zongjie::app
