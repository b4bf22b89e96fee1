#include "zongjie/docx/reader.hpp"

#include "zongjie/docx/numbering.hpp"
#include "zongjie/docx/review.hpp"
#include "zongjie/docx/traced.hpp"
#include "zongjie/docx/xml_names.hpp"
#include "zongjie/util/utf8.hpp"

#include <pugixml.hpp>

#include <algorithm>
#include <charconv>
#include <cstdlib>
#include <map>
#include <optional>
#include <set>

namespace zongjie::docx {

namespace {

constexpr std::string_view ole2_magic = "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1";
constexpr std::string_view not_docx = "不是有效的 Word 文档（.docx）：";

std::string lower_ascii(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

/// Names in one XML part: the prefix its root binds to WordprocessingML
/// ("w:" nearly always, but any prefix or none is legal).
class Ns {
 public:
  explicit Ns(pugi::xml_node root) {
    for (auto a : root.attributes()) {
      std::string_view const name = a.name();
      std::string_view const uri = a.value();
      bool const wordml = uri == "http://schemas.openxmlformats.org/wordprocessingml/2006/main" ||
                          uri == "http://purl.oclc.org/ooxml/wordprocessingml/main";
      if (!wordml) continue;
      if (name == "xmlns") prefix_.clear();
      else if (name.substr(0, 6) == "xmlns:") prefix_ = std::string(name.substr(6)) + ":";
      return;
    }
    std::string_view const root_name = root.name();
    std::size_t const colon = root_name.find(':');
    prefix_ = colon == std::string_view::npos ? "" : std::string(root_name.substr(0, colon + 1));
  }

  bool is(pugi::xml_node n, std::string_view local) const {
    std::string_view const name = n.name();
    return name.size() == prefix_.size() + local.size() && name.substr(0, prefix_.size()) == prefix_ &&
           name.substr(prefix_.size()) == local;
  }
  pugi::xml_node child(pugi::xml_node n, std::string_view local) const {
    for (auto c : n.children())
      if (is(c, local)) return c;
    return {};
  }
  std::string_view attr(pugi::xml_node n, std::string_view local) const {
    for (auto a : n.attributes()) {
      std::string_view const name = a.name();
      if (name.size() == prefix_.size() + local.size() && name.substr(0, prefix_.size()) == prefix_ &&
          name.substr(prefix_.size()) == local)
        return a.value();
    }
    return {};
  }
  std::string_view val(pugi::xml_node n) const { return n ? attr(n, "val") : std::string_view{}; }
  /// An on/off property: present and not "false"/"0"/"off".
  bool on(pugi::xml_node n) const {
    if (!n) return false;
    std::string_view const v = val(n);
    return v != "false" && v != "0" && v != "off";
  }

 private:
  std::string prefix_ = "w:";
};

std::optional<std::int64_t> to_int(std::string_view s) {
  std::int64_t v = 0;
  auto const [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc{} || p == s.data()) return std::nullopt;
  return v;
}

/// The first element of an mc:AlternateContent we read: the mc:Choice
/// (its mc:Fallback repeats the same content for older readers).
pugi::xml_node chosen(pugi::xml_node alternate) {
  for (auto c : alternate.children(/*element*/))
    if (c.type() == pugi::node_element && (local_name(c) == "Choice" || local_name(c) == "Fallback")) return c;
  return {};
}

// ---- parts and relationships ------------------------------------------------------

struct Xml {
  pugi::xml_document doc;
  pugi::xml_node root() const { return doc.document_element(); }
};

constexpr unsigned int default_parse = pugi::parse_default | pugi::parse_ws_pcdata;

std::optional<Xml> parse_part(ZipReader& zip, std::string const& name, bool required,
                              unsigned int options = default_parse) {
  std::optional<std::string> bytes = zip.read(name);
  if (!bytes) {
    if (required) throw DocxError(std::string(not_docx) + "缺少正文部分 " + name);
    return std::nullopt;
  }
  Xml x;
  // Default parsing never expands a DOCTYPE's entities (no "billion laughs",
  // no external entities); whitespace-only text is kept for <w:t> </w:t>.
  pugi::xml_parse_result const r = x.doc.load_buffer(bytes->data(), bytes->size(), options);
  if (!r)
    throw DocxError(std::string(not_docx) + name + " 的 XML 格式错误（第 " + std::to_string(r.offset) +
                    " 字节附近），文件可能已损坏");
  if (!x.root()) throw DocxError(std::string(not_docx) + name + " 是空的");
  return x;
}

std::string resolve_target(std::string const& base_dir, std::string_view target) {
  std::string path = !target.empty() && target.front() == '/' ? std::string(target.substr(1))
                                                              : base_dir + std::string(target);
  std::vector<std::string> parts;
  std::size_t from = 0;
  while (from <= path.size()) {
    std::size_t const slash = std::min(path.find('/', from), path.size());
    std::string const seg = path.substr(from, slash - from);
    if (seg == "..") {
      if (!parts.empty()) parts.pop_back();
    } else if (!seg.empty() && seg != ".") {
      parts.push_back(seg);
    }
    from = slash + 1;
  }
  std::string out;
  for (auto const& p : parts) out += (out.empty() ? "" : "/") + p;
  return out;
}

/// Targets of the relationships of `rels_part` whose type ends in "/<type>".
std::optional<std::string> relationship(ZipReader& zip, std::string const& rels_part, std::string const& base_dir,
                                        std::string_view type) {
  std::optional<std::string> bytes = zip.read(rels_part);
  if (!bytes) return std::nullopt;
  pugi::xml_document doc;
  if (!doc.load_buffer(bytes->data(), bytes->size())) return std::nullopt;
  for (auto r : doc.document_element().children()) {
    if (local_name(r) != "Relationship") continue;
    std::string_view const t = r.attribute("Type").value();
    if (t.size() <= type.size() || t.substr(t.size() - type.size()) != type || t[t.size() - type.size() - 1] != '/')
      continue;
    if (std::string_view(r.attribute("TargetMode").value()) == "External") continue;
    return resolve_target(base_dir, r.attribute("Target").value());
  }
  return std::nullopt;
}

// ---- styles and lists -------------------------------------------------------------

struct Style {
  std::string name;  ///< lower case ("heading 1", "toc 2")
  std::string based_on;
  std::optional<std::string> num_id;
  std::optional<int> ilvl;
};

struct StyleSheet {
  std::map<std::string, Style> styles;
  std::string default_paragraph;

  bool is_toc(std::string const& id) const {
    auto const it = styles.find(id);
    if (it == styles.end()) return false;
    std::string const& n = it->second.name;
    return n.rfind("toc ", 0) == 0 || n == "toc heading";
  }

  struct Inherited {
    std::optional<std::string> num_id;
    std::optional<int> ilvl;
    std::string style;  ///< where the list was found
  };
  /// The list a paragraph of style `id` has through its style and the
  /// styles it is based on.
  Inherited numbering_of(std::string id) const {
    Inherited r;
    for (int step = 0; step < 32 && !id.empty(); ++step) {
      auto const it = styles.find(id);
      if (it == styles.end()) break;
      if (!r.ilvl && it->second.ilvl) r.ilvl = it->second.ilvl;
      if (it->second.num_id) {
        r.num_id = it->second.num_id;
        r.style = id;
        return r;
      }
      id = it->second.based_on;
    }
    return r;
  }
};

int level_index(std::string_view v) {
  auto const i = to_int(v);
  return i ? static_cast<int>(std::clamp<std::int64_t>(*i, 0, list_levels - 1)) : 0;
}

void read_styles(pugi::xml_node root, StyleSheet& sheet, ListNumbering& lists) {
  Ns const w(root);
  for (auto s : root.children()) {
    if (!w.is(s, "style")) continue;
    std::string const id(w.attr(s, "styleId"));
    std::string_view const type = w.attr(s, "type");
    Style st;
    st.name = lower_ascii(w.val(w.child(s, "name")));
    st.based_on = std::string(w.val(w.child(s, "basedOn")));
    if (auto num = w.child(w.child(s, "pPr"), "numPr")) {
      if (auto n = w.child(num, "numId")) st.num_id = std::string(w.val(n));
      if (auto l = w.child(num, "ilvl")) st.ilvl = level_index(w.val(l));
    }
    if (type == "numbering" && st.num_id) lists.style_lists[id] = *st.num_id;
    if (type == "paragraph" && sheet.default_paragraph.empty()) {
      std::string_view const d = w.attr(s, "default");
      if (d == "1" || d == "true" || d == "on") sheet.default_paragraph = id;
    }
    sheet.styles[id] = std::move(st);
  }
}

void read_level(Ns const& w, pugi::xml_node lvl, ListLevel& out) {
  if (auto n = w.child(lvl, "start"))
    if (auto v = to_int(w.val(n))) out.start = *v;
  pugi::xml_node fmt = w.child(lvl, "numFmt");
  if (!fmt)  // Word 2010 custom formats: mc:Choice has w:numFmt="custom", mc:Fallback a plain one
    for (auto c : lvl.children())
      if (local_name(c) == "AlternateContent")
        for (auto alt : c.children())
          if (local_name(alt) == "Fallback") fmt = w.child(alt, "numFmt");
  if (fmt) out.format = std::string(w.val(fmt));
  if (auto t = w.child(lvl, "lvlText")) out.text = std::string(w.val(t));
  if (auto r = w.child(lvl, "lvlRestart"))
    if (auto v = to_int(w.val(r))) out.restart = static_cast<int>(std::clamp<std::int64_t>(*v, 0, list_levels));
  out.legal = w.on(w.child(lvl, "isLgl"));
  if (auto s = w.child(lvl, "suff")) {
    std::string_view const v = w.val(s);
    out.suffix = v == "space" ? " " : v == "nothing" ? "" : "\t";
  }
  out.style = std::string(w.val(w.child(lvl, "pStyle")));
}

void read_numbering(pugi::xml_node root, ListNumbering& lists) {
  Ns const w(root);
  for (auto a : root.children()) {
    if (w.is(a, "abstractNum")) {
      AbstractList list;
      list.num_style_link = std::string(w.val(w.child(a, "numStyleLink")));
      for (auto lvl : a.children())
        if (w.is(lvl, "lvl"))
          read_level(w, lvl, list.levels[static_cast<std::size_t>(level_index(w.attr(lvl, "ilvl")))]);
      lists.abstracts[std::string(w.attr(a, "abstractNumId"))] = std::move(list);
    } else if (w.is(a, "num")) {
      ListInstance inst;
      inst.abstract_id = std::string(w.val(w.child(a, "abstractNumId")));
      for (auto o : a.children()) {
        if (!w.is(o, "lvlOverride")) continue;
        auto const i = static_cast<std::size_t>(level_index(w.attr(o, "ilvl")));
        if (auto s = w.child(o, "startOverride"))
          if (auto v = to_int(w.val(s))) inst.start_override[i] = *v;
        if (auto lvl = w.child(o, "lvl")) {
          ListLevel l;
          read_level(w, lvl, l);
          inst.level_override[i] = std::move(l);
        }
      }
      lists.instances[std::string(w.attr(a, "numId"))] = std::move(inst);
    }
  }
}

// ---- the body ------------------------------------------------------------------------

std::string range_text(std::size_t first, std::size_t last) {
  return first == last ? "第 " + std::to_string(first) + " 行"
                       : "第 " + std::to_string(first) + "—" + std::to_string(last) + " 行";
}

/// Appends a span starting at byte `at`, unless it only continues the last one.
void push_span(std::vector<Span>& spans, std::size_t at, pugi::xml_node node, std::uint32_t offset) {
  if (!spans.empty()) {
    Span& last = spans.back();
    if (last.node == node && (!node || std::size_t{last.offset} + (at - last.at) == offset)) return;
    if (last.at == at) {  // the last one was empty
      last = {at, node, offset};
      return;
    }
  }
  spans.push_back({at, node, offset});
}

/// Appends the spans of `src` over its bytes [from, to), moved to start at `at`.
void copy_spans(std::vector<Span>& dst, std::size_t at, std::vector<Span> const& src, std::size_t from,
                std::size_t to) {
  if (from >= to || src.empty()) return;
  auto it = std::upper_bound(src.begin(), src.end(), from, [](std::size_t x, Span const& sp) { return x < sp.at; });
  if (it != src.begin()) --it;
  for (; it != src.end() && it->at < to; ++it) {
    std::size_t const start = std::max(it->at, from);
    push_span(dst, at + (start - from), it->node,
              it->node ? static_cast<std::uint32_t>(it->offset + (start - it->at)) : 0);
  }
}

/// Text being read, with where it came from when the reader traces.
struct Traced {
  std::string s;
  std::vector<Span> o;  ///< empty unless tracing: spans over s
  pugi::xml_node para;  ///< for a line: the paragraph it came from
};

/// Walks w:body in document order and writes one line per paragraph.
class BodyReader {
 public:
  BodyReader(pugi::xml_node root, StyleSheet const& styles, ListNumbering& lists, int max_depth,
             TracedBody* trace = nullptr)
      : w_(root), styles_(styles), lists_(lists), max_depth_(max_depth), trace_(trace) {}

  Extracted run(pugi::xml_node body) {
    out_ = &top_;
    blocks(body, 0);
    flush_pending();
    Extracted x;
    for (std::size_t i = 0; i < top_.lines.size(); ++i) {
      if (i) {
        if (trace_) push_span(trace_->spans, x.text.size(), {}, 0);
        x.text += '\n';
      }
      if (trace_) {
        copy_spans(trace_->spans, x.text.size(), top_.lines[i].o, 0, top_.lines[i].s.size());
        trace_->line_paragraph.push_back(top_.lines[i].para);
      }
      x.text += top_.lines[i].s;
    }
    if (trace_ && top_.lines.empty()) trace_->line_paragraph.emplace_back();
    x.notes = std::move(notes_);
    if (inserted_ || deleted_)
      x.notes.push_back("修订已按“全部接受”读取：保留插入 " + std::to_string(inserted_) + " 处，去掉删除 " +
                        std::to_string(deleted_) + " 处");
    if (toc_lines_) x.notes.push_back("目录（" + std::to_string(toc_lines_) + " 行）未读入，以免与正文标题重复");
    if (hidden_) x.notes.push_back("隐藏文字 " + std::to_string(hidden_) + " 处未读入");
    if (footnotes_)
      x.notes.push_back("脚注和尾注 " + std::to_string(footnotes_) + " 处只读入了正文中的引用位置，注释内容未读入");
    if (alt_chunks_) x.notes.push_back("嵌入的外部文档 " + std::to_string(alt_chunks_) + " 处未读入");
    return x;
  }

 private:
  struct Sink {
    std::vector<Traced> lines;
    Traced pending;  ///< text of paragraphs whose mark was deleted: joins the next one
    bool has_pending = false;
  };
  struct Para {
    Traced text;
    bool toc = false;    ///< had text inside a TOC field
    bool other = false;  ///< had text outside one
    std::vector<pugi::xml_node> boxes;
  };
  struct Field {
    std::string instruction;
    bool separated = false;
  };

  void check_depth(int depth) const {
    if (depth > max_depth_)
      throw DocxError(std::string(not_docx) + "正文的元素嵌套超过 " + std::to_string(max_depth_) + " 层");
  }

  // ---- blocks: paragraphs, tables, content controls --------------------------

  void blocks(pugi::xml_node parent, int depth) {
    check_depth(depth);
    for (auto c : parent.children()) {
      if (c.type() != pugi::node_element) continue;
      if (w_.is(c, "p")) paragraph(c, depth + 1);
      else if (w_.is(c, "tbl")) table(c, depth + 1);
      else if (w_.is(c, "sdt")) content_control(c, depth + 1);
      else if (w_.is(c, "customXml") || w_.is(c, "ins") || w_.is(c, "moveTo") || w_.is(c, "sdtContent") ||
               w_.is(c, "smartTag"))
        blocks(c, depth + 1);
      else if (w_.is(c, "del") || w_.is(c, "moveFrom")) ++deleted_;
      else if (w_.is(c, "altChunk")) ++alt_chunks_;
      else if (local_name(c) == "AlternateContent") blocks(chosen(c), depth + 1);
    }
  }

  void content_control(pugi::xml_node sdt, int depth) {
    // A table of contents Word inserted as a building block.
    pugi::xml_node const gallery = w_.child(w_.child(w_.child(sdt, "sdtPr"), "docPartObj"), "docPartGallery");
    if (w_.val(gallery) == "Table of Contents") {
      Sink skipped;
      Sink* const saved = out_;
      out_ = &skipped;
      blocks(w_.child(sdt, "sdtContent"), depth + 1);
      flush_pending();
      out_ = saved;
      for (auto const& l : skipped.lines) toc_lines_ += !l.s.empty();
      return;
    }
    blocks(w_.child(sdt, "sdtContent"), depth + 1);
  }

  void paragraph(pugi::xml_node p, int depth) {
    pugi::xml_node const ppr = w_.child(p, "pPr");
    std::string style(w_.val(w_.child(ppr, "pStyle")));
    if (style.empty()) style = styles_.default_paragraph;
    Para para;
    inlines(p, para, depth + 1);
    if (styles_.is_toc(style) || (para.toc && !para.other)) {
      toc_lines_ += !para.text.s.empty() || para.toc;
      return;
    }
    pugi::xml_node const mark = w_.child(ppr, "rPr");
    if (w_.child(mark, "del") || w_.child(mark, "moveFrom")) {
      // Accepting the deletion of a paragraph mark joins this paragraph to
      // the next, which keeps its own properties (and list number).
      ++deleted_;
      put(out_->pending, para.text);
      if (!out_->pending.para) out_->pending.para = p;
      out_->has_pending = true;
      text_boxes(para.boxes, depth);
      return;
    }
    Traced line;
    line.para = out_->has_pending && out_->pending.para ? out_->pending.para : p;
    put(line, list_marker(ppr, style), {});
    put(line, out_->pending);
    put(line, para.text);
    out_->pending = {};
    out_->has_pending = false;
    emit(line);
    text_boxes(para.boxes, depth);
  }

  std::string list_marker(pugi::xml_node ppr, std::string const& style) {
    std::optional<std::string> num_id;
    std::optional<int> ilvl;
    if (pugi::xml_node const num = w_.child(ppr, "numPr")) {
      if (auto n = w_.child(num, "numId")) num_id = std::string(w_.val(n));
      if (auto l = w_.child(num, "ilvl")) ilvl = level_index(w_.val(l));
    }
    std::string list_style = style;
    if (!num_id) {
      auto const inherited = styles_.numbering_of(style);
      num_id = inherited.num_id;
      if (!ilvl) ilvl = inherited.ilvl;
      list_style = inherited.style;
    }
    if (!num_id || num_id->empty() || *num_id == "0") return "";
    if (!ilvl)
      ilvl = lists_.level_for_style(*num_id, style).value_or(lists_.level_for_style(*num_id, list_style).value_or(0));
    return lists_.next(*num_id, *ilvl);
  }

  void emit(Traced const& line) {
    std::size_t from = 0;
    for (;;) {
      std::size_t const nl = line.s.find('\n', from);
      std::size_t const to = nl == std::string::npos ? line.s.size() : nl;
      if (!(drop_empty_ && to == from)) {
        Traced piece;
        piece.s = line.s.substr(from, to - from);
        if (trace_) copy_spans(piece.o, 0, line.o, from, to);
        piece.para = line.para;
        out_->lines.push_back(std::move(piece));
      }
      if (nl == std::string::npos) break;
      from = nl + 1;
    }
  }

  void put(Traced& t, std::string_view s, pugi::xml_node node) const {
    if (trace_ && !s.empty()) push_span(t.o, t.s.size(), node, 0);
    t.s += s;
  }
  void put(Traced& t, Traced const& u) const {
    if (trace_) copy_spans(t.o, t.s.size(), u.o, 0, u.s.size());
    t.s += u.s;
  }

  void flush_pending() {
    if (!out_->has_pending) return;
    emit(out_->pending);
    out_->pending = {};
    out_->has_pending = false;
  }

  // ---- tables and text boxes ----------------------------------------------------

  /// Children named `name`, looking through content controls and custom XML
  /// that may wrap rows and cells.
  void collect(pugi::xml_node parent, std::string_view name, std::vector<pugi::xml_node>& out, int depth) {
    check_depth(depth);
    for (auto c : parent.children()) {
      if (w_.is(c, name)) out.push_back(c);
      else if (w_.is(c, "sdt")) collect(w_.child(c, "sdtContent"), name, out, depth + 1);
      else if (w_.is(c, "customXml")) collect(c, name, out, depth + 1);
    }
  }

  void table(pugi::xml_node tbl, int depth) {
    check_depth(depth);
    std::vector<pugi::xml_node> rows;
    collect(tbl, "tr", rows, depth + 1);
    bool const at_top = out_ == &top_;
    flush_pending();
    std::size_t const first = out_->lines.size() + 1;
    for (auto tr : rows) {
      pugi::xml_node const trpr = w_.child(tr, "trPr");
      if (w_.child(trpr, "del")) {  // a deleted row, accepted
        ++deleted_;
        continue;
      }
      std::vector<pugi::xml_node> cells;
      collect(tr, "tc", cells, depth + 1);
      Traced row;
      bool any = false;
      for (std::size_t i = 0; i < cells.size(); ++i) {
        Sink cell;
        Sink* const saved = out_;
        out_ = &cell;
        blocks(cells[i], depth + 2);
        flush_pending();
        out_ = saved;
        Traced text;
        for (auto const& l : cell.lines) {
          if (l.s.empty()) continue;
          if (!text.s.empty()) put(text, " ", {});
          put(text, l);
          if (!row.para) row.para = l.para;
        }
        any = any || !text.s.empty();
        if (i) put(row, "\t", {});
        put(row, text);
      }
      if (any) out_->lines.push_back(std::move(row));
    }
    std::size_t const last = out_->lines.size();
    if (at_top && last >= first)
      notes_.push_back(range_text(first, last) + "来自表格：已按行展开，每行一行，单元格之间以制表符分隔");
  }

  void text_boxes(std::vector<pugi::xml_node> const& boxes, int depth) {
    for (auto box : boxes) {
      bool const at_top = out_ == &top_;
      flush_pending();
      std::size_t const first = out_->lines.size() + 1;
      bool const saved = drop_empty_;
      drop_empty_ = true;  // empty paragraphs in a text box are only layout
      blocks(box, depth + 1);
      flush_pending();
      drop_empty_ = saved;
      std::size_t const last = out_->lines.size();
      if (at_top && last >= first) notes_.push_back(range_text(first, last) + "来自文本框，已放在它所在的段落之后");
    }
  }

  /// Text boxes (w:txbxContent) anywhere inside a drawing, a VML shape or an
  /// embedded object, taking only the mc:Choice of alternate content.
  void find_boxes(pugi::xml_node from, std::vector<pugi::xml_node>& boxes, int depth) {
    // Children are pushed last-first, so boxes are found in document order.
    std::vector<std::pair<pugi::xml_node, int>> stack{{from, depth}};
    while (!stack.empty()) {
      auto [n, d] = stack.back();
      stack.pop_back();
      check_depth(d);
      for (auto c = n.last_child(); c; c = c.previous_sibling()) {
        if (c.type() != pugi::node_element) continue;
        if (w_.is(c, "txbxContent")) boxes.push_back(c);
        else if (local_name(c) == "AlternateContent") stack.emplace_back(chosen(c), d + 1);
        else stack.emplace_back(c, d + 1);
      }
    }
  }

  // ---- runs -----------------------------------------------------------------------------

  void inlines(pugi::xml_node parent, Para& para, int depth) {
    check_depth(depth);
    for (auto c : parent.children()) {
      if (c.type() != pugi::node_element) continue;
      if (w_.is(c, "r")) {
        run(c, para, depth + 1);
      } else if (w_.is(c, "ins") || w_.is(c, "moveTo")) {
        ++inserted_;
        inlines(c, para, depth + 1);
      } else if (w_.is(c, "del") || w_.is(c, "moveFrom")) {
        ++deleted_;
      } else if (w_.is(c, "hyperlink") || w_.is(c, "smartTag") || w_.is(c, "customXml") || w_.is(c, "fldSimple") ||
                 w_.is(c, "dir") || w_.is(c, "bdo") || w_.is(c, "sdtContent")) {
        inlines(c, para, depth + 1);
      } else if (w_.is(c, "sdt")) {
        inlines(w_.child(c, "sdtContent"), para, depth + 1);
      } else if (local_name(c) == "AlternateContent") {
        inlines(chosen(c), para, depth + 1);
      }
    }
  }

  void run(pugi::xml_node r, Para& para, int depth) {
    bool const hidden = w_.on(w_.child(w_.child(r, "rPr"), "vanish"));
    run_content(r, para, hidden, depth);
  }

  void run_content(pugi::xml_node r, Para& para, bool hidden, int depth) {
    check_depth(depth);
    for (auto c : r.children()) {
      if (c.type() != pugi::node_element) continue;
      if (w_.is(c, "t")) {
        std::string_view const t = c.text().get();
        if (hidden) {
          hidden_ += !t.empty();
          continue;
        }
        std::string s(t);
        std::replace(s.begin(), s.end(), '\n', ' ');  // newlines in XML text are only whitespace
        std::replace(s.begin(), s.end(), '\r', ' ');
        add(para, s, c);
      } else if (w_.is(c, "tab") || w_.is(c, "ptab")) {
        if (!hidden) add(para, "\t", c);
      } else if (w_.is(c, "br")) {
        std::string_view const type = w_.attr(c, "type");
        bool const page = type == "page" || type == "column";
        // A page break before any text only moves the paragraph to a new page.
        if (!hidden && !(page && para.text.s.empty())) add(para, "\n", c);
      } else if (w_.is(c, "cr")) {
        if (!hidden) add(para, "\n", c);
      } else if (w_.is(c, "noBreakHyphen")) {
        if (!hidden) add(para, "-", c);
      } else if (w_.is(c, "sym")) {
        // Symbol-font characters (F000…) have no meaning outside their font.
        auto const code = std::strtoul(std::string(w_.attr(c, "char")).c_str(), nullptr, 16);
        if (!hidden && code >= 0x20 && code < 0xD800) add(para, utf8::encode(static_cast<char32_t>(code)), c);
      } else if (w_.is(c, "fldChar")) {
        field_char(w_.attr(c, "fldCharType"));
      } else if (w_.is(c, "instrText")) {
        if (!fields_.empty() && !fields_.back().separated && fields_.back().instruction.size() < 256)
          fields_.back().instruction += c.text().get();
      } else if (w_.is(c, "drawing") || w_.is(c, "pict") || w_.is(c, "object")) {
        find_boxes(c, para.boxes, depth + 1);
      } else if (local_name(c) == "AlternateContent") {
        run_content(chosen(c), para, hidden, depth + 1);
      } else if (w_.is(c, "footnoteReference") || w_.is(c, "endnoteReference")) {
        ++footnotes_;
      }
    }
  }

  void field_char(std::string_view type) {
    if (type == "begin") {
      if (fields_.size() < 64) fields_.emplace_back();
      else ++field_overflow_;
    } else if (type == "separate") {
      if (!fields_.empty() && !field_overflow_) fields_.back().separated = true;
    } else if (type == "end") {
      if (field_overflow_) --field_overflow_;
      else if (!fields_.empty()) fields_.pop_back();
    }
  }

  bool in_toc() const {
    for (auto const& f : fields_) {
      if (!f.separated) continue;
      std::string_view s = f.instruction;
      while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
      if (s.substr(0, 3) == "TOC") return true;
    }
    return false;
  }

  void add(Para& para, std::string_view s, pugi::xml_node origin) {
    if (in_toc()) {
      para.toc = true;
      return;
    }
    put(para.text, s, origin);
    para.other = para.other || s.find_first_not_of(" \t\n") != std::string_view::npos;
  }

  Ns w_;
  StyleSheet const& styles_;
  ListNumbering& lists_;
  int max_depth_;
  TracedBody* trace_;
  Sink top_;
  Sink* out_ = nullptr;
  bool drop_empty_ = false;
  std::vector<Field> fields_;
  std::size_t field_overflow_ = 0;
  std::vector<std::string> notes_;
  std::size_t inserted_ = 0, deleted_ = 0, toc_lines_ = 0, hidden_ = 0, footnotes_ = 0, alt_chunks_ = 0;
};

/// Drops control characters (other than tab and line feed) and replaces
/// invalid UTF-8 with U+FFFD: character references and mis-declared
/// encodings can smuggle both through XML.  `spans`, when given, follow.
std::string sanitize(std::string const& s, std::vector<Span>* spans) {
  std::string out;
  out.reserve(s.size());
  std::vector<Span> kept;
  auto const* p = reinterpret_cast<unsigned char const*>(s.data());
  std::size_t const n = s.size();
  std::size_t from = 0;  // start of the bytes kept as they are, not yet copied
  auto const keep_to = [&](std::size_t to) {
    if (to <= from) return;
    if (spans) copy_spans(kept, out.size(), *spans, from, to);
    out.append(s, from, to - from);
  };
  for (std::size_t i = 0; i < n;) {
    unsigned char const c = p[i];
    if (c < 0x80) {
      if (c < 0x20 && c != '\t' && c != '\n') {
        keep_to(i);
        from = i + 1;
      }
      ++i;
      continue;
    }
    utf8::CodePoint const cp = utf8::decode(s, i);
    if (cp.value == utf8::replacement && cp.length == 1) {  // not valid UTF-8: one U+FFFD per byte
      keep_to(i);
      if (spans) push_span(kept, out.size(), {}, 0);
      out += "\xEF\xBF\xBD";
      from = ++i;
      continue;
    }
    i += cp.length;
  }
  keep_to(n);
  if (spans) *spans = std::move(kept);
  return out;
}

// ---- zongjie's own comments ---------------------------------------------------------

template <typename F>
void each_element(pugi::xml_node n, F const& f, int depth, int max_depth) {
  if (depth > max_depth) return;
  for (auto c : n.children()) {
    if (c.type() != pugi::node_element) continue;
    f(c);
    each_element(c, f, depth + 1, max_depth);
  }
}

/// `s` without the blanks a reply may start with: spaces, tabs, line breaks,
/// ideographic and no-break spaces, zero-width spaces and BOMs.
std::string_view skip_blanks(std::string_view s) {
  static constexpr std::string_view blanks[] = {" ", "\t", "\n", "\r", "\u3000", "\u00a0", "\u200b", "\ufeff"};
  for (bool more = true; more && !s.empty();) {
    more = false;
    for (std::string_view const b : blanks)
      if (s.substr(0, b.size()) == b) {
        s.remove_prefix(b.size());
        more = true;
      }
  }
  return s;
}

/// An ST_OnOff attribute value that is on.
bool on_value(std::string_view v) { return v == "1" || v == "true" || v == "on"; }

/// Which findings zongjie annotated (its hidden bookmarks) and which of those
/// the user dismissed: the comment is gone; it is marked done (resolved); or
/// a reply to it begins with 忽略 (blanks before it skipped, the word may be
/// split over runs) or is marked done — a reply by commentsExtended's
/// paraIdParent (Word 2013 on, WPS, LibreOffice), or a comment starting at
/// the same place (older Word and WPS).
std::vector<std::string> dismissed_reviews(ZipReader& zip, pugi::xml_node root, std::string const& rels,
                                           std::string const& dir, int max_depth) {
  std::set<std::string> annotated;
  std::map<std::string, pugi::xml_node> starts;  // comment id → its commentRangeStart
  each_element(
      root,
      [&](pugi::xml_node e) {
        std::string_view const ln = local_name(e);
        if (ln == "bookmarkStart") {
          std::string_view const name = attr_local(e, "name");
          if (name.substr(0, review_bookmark_prefix.size()) == review_bookmark_prefix)
            annotated.emplace(name.substr(review_bookmark_prefix.size()));
        } else if (ln == "commentRangeStart") {
          starts.emplace(std::string(attr_local(e, "id")), e);
        }
      },
      0, max_depth);
  if (annotated.empty()) return {};

  struct Reply {
    std::string id;
    std::vector<std::string> para_ids;  ///< w14:paraId of its paragraphs
    bool dismisses = false;             ///< begins with 忽略
  };
  std::map<std::string, std::string> tag_of_id, tag_of_para;
  std::vector<Reply> replies;  // every other comment
  std::set<std::string> present;
  auto const part = relationship(zip, rels, dir, "comments");
  std::optional<Xml> comments = part ? parse_part(zip, *part, false) : std::nullopt;
  if (comments) {
    for (auto c : comments->root().children()) {
      if (local_name(c) != "comment") continue;
      Reply r;
      r.id = std::string(attr_local(c, "id"));
      std::vector<std::string> paragraphs;
      for (auto p : c.children()) {
        if (local_name(p) != "p") continue;
        paragraphs.emplace_back();
        all_text(p, paragraphs.back(), 0);
        if (std::string_view const pid = attr_local(p, "paraId"); !pid.empty()) r.para_ids.emplace_back(pid);
      }
      std::string tag;
      if (attr_local(c, "author") == review_author)
        for (auto const& t : paragraphs)
          if (t.rfind(review_tag_label, 0) == 0) tag = t.substr(review_tag_label.size());
      if (!tag.empty()) {
        present.insert(tag);
        tag_of_id[r.id] = tag;
        for (auto const& pid : r.para_ids) tag_of_para[pid] = tag;
        continue;
      }
      for (auto const& t : paragraphs) {
        std::string_view const text = skip_blanks(t);
        if (text.empty()) continue;
        r.dismisses = text.substr(0, review_dismiss_word.size()) == review_dismiss_word;
        break;
      }
      replies.push_back(std::move(r));
    }
  }
  std::set<std::string> dismissed;
  for (auto const& tag : annotated)
    if (!present.contains(tag)) dismissed.insert(tag);

  // commentsExtended (Word 2013 on, WPS, LibreOffice): one w15:commentEx per
  // comment, keyed by the w14:paraId of its last paragraph; a reply names its
  // parent's in paraIdParent; done="1" is a resolved comment.
  std::map<std::string, std::string> parent_of;
  std::set<std::string> done;
  std::optional<std::string> ext = relationship(zip, rels, dir, "commentsExtended");
  if (!ext && zip.contains(dir + "commentsExtended.xml")) ext = dir + "commentsExtended.xml";
  if (ext)
    if (auto x = parse_part(zip, *ext, false))
      for (auto e : x->root().children()) {
        if (local_name(e) != "commentEx") continue;
        std::string const pid(attr_local(e, "paraId"));
        if (pid.empty()) continue;
        if (std::string_view const parent = attr_local(e, "paraIdParent"); !parent.empty())
          parent_of[pid] = std::string(parent);
        if (on_value(attr_local(e, "done"))) done.insert(pid);
      }
  for (auto const& pid : done)  // a zongjie comment resolved
    if (auto const t = tag_of_para.find(pid); t != tag_of_para.end()) dismissed.insert(t->second);

  // A comment starting where a zongjie comment starts (nothing but range
  // marks between the two) answers it, as older Word and WPS write replies.
  auto const place = [&](pugi::xml_node start) {
    pugi::xml_node n = start;
    while (n && (local_name(n) == "commentRangeStart" || local_name(n) == "bookmarkStart" ||
                 local_name(n) == "bookmarkEnd" || n.type() != pugi::node_element))
      n = n.next_sibling();
    return std::pair{start.parent().internal_object(), n.internal_object()};
  };
  std::map<std::pair<pugi::xml_node_struct*, pugi::xml_node_struct*>, std::vector<std::string>> tags_at;
  bool places_found = false;
  for (auto const& r : replies) {
    bool const resolved =
        std::any_of(r.para_ids.begin(), r.para_ids.end(), [&](std::string const& pid) { return done.contains(pid); });
    if (!r.dismisses && !resolved) continue;
    // Its parent by commentsExtended, keyed by the paraId of its last
    // paragraph (MS-DOCX; any of its paragraphs is taken).
    auto const parent = std::find_if(r.para_ids.rbegin(), r.para_ids.rend(),
                                     [&](std::string const& pid) { return parent_of.contains(pid); });
    if (parent != r.para_ids.rend()) {
      if (auto const t = tag_of_para.find(parent_of[*parent]); t != tag_of_para.end()) dismissed.insert(t->second);
      continue;
    }
    if (!r.dismisses) continue;  // done alone says nothing without a parent
    auto const s = starts.find(r.id);
    if (s == starts.end()) continue;
    if (!places_found) {
      places_found = true;
      for (auto const& [zid, tag] : tag_of_id)
        if (auto const z = starts.find(zid); z != starts.end()) tags_at[place(z->second)].push_back(tag);
    }
    if (auto const t = tags_at.find(place(s->second)); t != tags_at.end())
      dismissed.insert(t->second.begin(), t->second.end());
  }
  return {dismissed.begin(), dismissed.end()};
}

Extracted read_package(std::string_view bytes, ReadLimits const& limits, TracedBody* trace) {
  if (bytes.empty()) throw DocxError(std::string(not_docx) + "文件是空的");
  if (bytes.substr(0, ole2_magic.size()) == ole2_magic) {
    // Word wraps an encrypted .docx in an OLE2 file with an "EncryptedPackage" stream.
    constexpr std::string_view encrypted_stream{"E\0n\0c\0r\0y\0p\0t\0e\0d\0P\0a\0c\0k\0a\0g\0e\0", 32};
    if (bytes.find(encrypted_stream) != std::string_view::npos)
      throw DocxError("文档已加密（设置了打开密码），请在 Word 或 WPS 中取消密码并另存为 .docx 后再试");
    throw DocxError("这是旧版 Word 97-2003 文档（.doc）或其他二进制格式，请在 Word 或 WPS 中另存为 .docx 后再试");
  }
  if (bytes.substr(0, 2) != "PK") throw DocxError(std::string(not_docx) + "文件不是 ZIP 压缩包（可能只是改了扩展名）");

  ZipReader zip(bytes, limits);
  if (zip.contains("mimetype") && zip.contains("content.xml") && !zip.contains("word/document.xml"))
    throw DocxError("这是 OpenDocument 文档（.odt），请另存为 .docx 后再试");

  std::string main = relationship(zip, "_rels/.rels", "", "officeDocument").value_or("word/document.xml");
  if (!zip.contains(main)) main = "word/document.xml";
  std::optional<Xml> parsed = parse_part(zip, main, true, trace ? keep_all_parse : default_parse);
  pugi::xml_document& document = parsed->doc;
  pugi::xml_node const root = document.document_element();
  Ns const w(root);
  if (local_name(root) != "document")
    throw DocxError(std::string(not_docx) + main + " 不是 Word 正文（根元素是 " + root.name() + "）");

  std::size_t const slash = main.rfind('/');
  std::string const dir = slash == std::string::npos ? "" : main.substr(0, slash + 1);
  std::string const file = slash == std::string::npos ? main : main.substr(slash + 1);
  std::string const rels = dir + "_rels/" + file + ".rels";
  std::string const styles_part = relationship(zip, rels, dir, "styles").value_or(dir + "styles.xml");
  std::string const numbering_part = relationship(zip, rels, dir, "numbering").value_or(dir + "numbering.xml");

  StyleSheet styles;
  ListNumbering lists;
  if (auto s = parse_part(zip, styles_part, false)) read_styles(s->root(), styles, lists);
  if (auto n = parse_part(zip, numbering_part, false)) read_numbering(n->root(), lists);

  BodyReader reader(root, styles, lists, limits.max_depth, trace);
  Extracted x = reader.run(w.child(root, "body"));
  x.text = sanitize(x.text, trace ? &trace->spans : nullptr);
  x.dismissed = dismissed_reviews(zip, root, rels, dir, limits.max_depth);
  if (trace) {
    trace->main_part = main;
    trace->comments_part = relationship(zip, rels, dir, "comments").value_or("");
    trace->document = std::move(document);
  }
  return x;
}

}  // namespace

bool looks_like_docx(std::string_view path, std::string_view bytes) noexcept {
  if (bytes.substr(0, 4) == "PK\x03\x04" || bytes.substr(0, 4) == "PK\x05\x06") return true;
  if (bytes.substr(0, ole2_magic.size()) == ole2_magic) return true;
  std::size_t const dot = path.rfind('.');
  if (dot == std::string_view::npos || path.find('/', dot) != std::string_view::npos) return false;
  std::string const ext = lower_ascii(path.substr(dot));
  return ext == ".docx" || ext == ".docm";
}

Extracted read_docx(std::string_view bytes, ReadLimits const& limits) { return read_package(bytes, limits, nullptr); }

std::unique_ptr<TracedBody> read_traced(std::string_view bytes, ReadLimits const& limits) {
  auto t = std::make_unique<TracedBody>();
  t->extracted = read_package(bytes, limits, t.get());
  return t;
}

}  // namespace zongjie::docx
