#include "zongjie/word/annotate.hpp"

#include "zongjie/docx/traced.hpp"
#include "zongjie/docx/xml_names.hpp"
#include "zongjie/docx/zip.hpp"

#include <pugixml.hpp>

#include <algorithm>
#include <charconv>
#include <cstring>
#include <map>
#include <optional>
#include <set>
#include <unordered_map>

namespace zongjie::word {

namespace {

using docx::all_text;
using docx::attr_local;
using docx::local_name;

constexpr std::string_view wordml = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
constexpr std::string_view comments_type =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments";
constexpr std::string_view comments_content_type =
    "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml";

/// The prefix a part binds to WordprocessingML ("w:" nearly always).
std::string wordml_prefix(pugi::xml_node root) {
  for (auto a : root.attributes()) {
    std::string_view const name = a.name();
    std::string_view const uri = a.value();
    if (uri != wordml && uri != "http://purl.oclc.org/ooxml/wordprocessingml/main") continue;
    if (name == "xmlns") return "";
    if (name.substr(0, 6) == "xmlns:") return std::string(name.substr(6)) + ":";
  }
  std::string_view const root_name = root.name();
  std::size_t const colon = root_name.find(':');
  return colon == std::string_view::npos ? "" : std::string(root_name.substr(0, colon + 1));
}

std::string save(pugi::xml_document const& doc) {
  struct Writer : pugi::xml_writer {
    std::string out;
    void write(void const* data, std::size_t size) override { out.append(static_cast<char const*>(data), size); }
  } writer;
  doc.save(writer, "", pugi::format_raw, pugi::encoding_utf8);
  return std::move(writer.out);
}

/// A place between nodes: before `before` under `parent` (`before` null: at
/// the end of `parent`).  Inserting uses before.parent() when there is one,
/// since wrapping deletions may have moved it.
struct Point {
  pugi::xml_node parent;
  pugi::xml_node before;
};

/// Where a boundary lies before it is materialised.  `node` is a w:t
/// (`offset` bytes into its text), another run child (offset 0: before it,
/// 1: after it) or a w:p (0: its start, 1: its end).
struct Cut {
  pugi::xml_node node;
  std::uint32_t offset = 0;
  friend bool operator<(Cut const& a, Cut const& b) {
    if (a.node != b.node) return a.node.internal_object() < b.node.internal_object();
    return a.offset > b.offset;  // later offsets first: splitting then leaves earlier ones valid
  }
  friend bool operator==(Cut const& a, Cut const& b) { return a.node == b.node && a.offset == b.offset; }
};

class Annotator {
 public:
  Annotator(docx::TracedBody& body, std::string date)
      : body_(body),
        text_(body.extracted.text),
        date_(std::move(date)),
        w_(wordml_prefix(body.document.document_element())),
        next_id_(max_id(body.document) + 1) {
    for (std::size_t i = text_.find('\n'); i != std::string::npos; i = text_.find('\n', i + 1)) newlines_.push_back(i);
  }

  void reserve_ids(pugi::xml_document const& other) { next_id_ = std::max(next_id_, max_id(other) + 1); }
  std::string w(std::string_view local) const { return w_ + std::string(local); }
  std::int64_t new_id() { return next_id_++; }

  // ---- resolving ranges to cuts ----------------------------------------------

  bool is(pugi::xml_node n, std::string_view local) const {
    std::string_view const name = n.name();
    return name.size() == w_.size() + local.size() && name.substr(0, w_.size()) == w_ &&
           name.substr(w_.size()) == local;
  }

  Cut start_cut(std::size_t i) const {
    docx::Origin const o = body_.origin(i);
    if (is(o.node, "t")) return {o.node, o.offset};
    return {o.node, 0};
  }
  Cut end_cut(std::size_t i) const {
    docx::Origin const o = body_.origin(i);
    if (is(o.node, "t")) return {o.node, o.offset + 1};
    return {o.node, 1};
  }

  /// The first byte of [b, e) the package holds as text (e when none).
  std::size_t first_held(std::size_t b, std::size_t e) const {
    while (b < e) {
      std::size_t const k = body_.span_index(b);
      if (body_.spans[k].node) return b;
      b = body_.span_end(k);
    }
    return e;
  }
  /// One past the last byte of [b, e) the package holds as text (b when none).
  std::size_t last_held(std::size_t b, std::size_t e) const {
    while (e > b) {
      std::size_t const k = body_.span_index(e - 1);
      if (body_.spans[k].node) return e;
      e = std::max(b, body_.spans[k].at);
    }
    return b;
  }

  /// The 0-based line of byte `at`.
  std::size_t line_number(std::size_t at) const {
    // The line breaks before it.
    return static_cast<std::size_t>(std::lower_bound(newlines_.begin(), newlines_.end(), at) - newlines_.begin());
  }

  /// The bytes of the line holding byte `at` (a '\n' ends its line).
  std::pair<std::size_t, std::size_t> line_of(std::size_t at, std::size_t& line) const {
    line = line_number(at);
    std::size_t const begin = line == 0 ? 0 : newlines_[line - 1] + 1;
    return {begin, line < newlines_.size() ? newlines_[line] : text_.size()};
  }

  /// Where a comment is anchored: bytes [begin, end) of the text, all of
  /// them or the first and last held in the package; or, when that is empty,
  /// `paragraph` whole.
  struct Anchor {
    std::size_t begin = 0;
    std::size_t end = 0;
    pugi::xml_node paragraph;
    bool same_place(Anchor const& o) const { return begin == o.begin && end == o.end && paragraph == o.paragraph; }
  };

  /// Bytes [begin, end) narrowed to text the package holds; an empty range
  /// (or one of made-up text only) widens to its line, then to its paragraph.
  std::optional<Anchor> anchor(std::size_t begin, std::size_t end) const {
    begin = std::min(begin, text_.size());
    end = std::clamp(end, begin, text_.size());
    for (int pass = 0; pass < 2; ++pass) {
      std::size_t const b = first_held(begin, end);
      std::size_t const e = last_held(b, end);
      if (b < e) return Anchor{b, e, {}};
      std::size_t line = 0;
      auto const [lb, le] = line_of(begin, line);
      if (pass == 0) {
        begin = lb;
        end = le;
        continue;
      }
      if (line < body_.line_paragraph.size() && body_.line_paragraph[line])
        return Anchor{0, 0, body_.line_paragraph[line]};
    }
    return std::nullopt;
  }

  /// The cuts around an anchor.
  std::pair<Cut, Cut> cuts(Anchor const& a) const {
    if (a.begin < a.end) return {start_cut(a.begin), end_cut(a.end - 1)};
    return {Cut{a.paragraph, 0}, Cut{a.paragraph, 1}};
  }

  /// Whether two anchors hold the same text (two paragraphs anchored whole:
  /// both hold none).
  bool same_text(Anchor const& a, Anchor const& b) const {
    if ((a.begin < a.end) != (b.begin < b.end)) return false;
    return std::string_view(text_).substr(a.begin, a.end - a.begin) ==
           std::string_view(text_).substr(b.begin, b.end - b.begin);
  }

  /// The anchors of the comments whose ids are keys of `ids`, as anchor()
  /// would give them: from the first byte held after the commentRangeStart
  /// to the last held before the commentRangeEnd (in document order), else
  /// the paragraph of the commentRangeStart.  Comments without a range start
  /// in the main part are left out.
  std::map<std::string, Anchor> anchors_of(std::map<std::string, std::string> const& ids) const {
    std::map<std::string, Anchor> out;
    if (ids.empty()) return out;
    // Each node the text came from: its first byte and one past its last.
    using Held = std::unordered_map<pugi::xml_node_struct*, std::pair<std::size_t, std::size_t>>;
    Held held;
    for (std::size_t k = 0; k < body_.spans.size(); ++k) {
      if (!body_.spans[k].node) continue;
      auto const [it, fresh] =
          held.try_emplace(body_.spans[k].node.internal_object(), body_.spans[k].at, body_.span_end(k));
      if (!fresh) it->second.second = body_.span_end(k);
    }
    struct Walker : pugi::xml_tree_walker {
      Annotator const* a = nullptr;
      std::map<std::string, std::string> const* ids = nullptr;
      Held const* held = nullptr;
      std::map<std::string, Anchor>* out = nullptr;
      std::map<std::string, pugi::xml_node> open;  // started, no held byte seen since
      std::map<std::string, bool> has_text;        // started and saw a held byte
      std::size_t last_end = 0;
      bool for_each(pugi::xml_node& n) override {
        if (auto const h = held->find(n.internal_object()); h != held->end()) {
          for (auto const& o : open) {
            (*out)[o.first].begin = h->second.first;
            has_text[o.first] = true;
          }
          open.clear();
          last_end = h->second.second;
          return true;
        }
        if (n.type() != pugi::node_element) return true;
        std::string_view const ln = local_name(n);
        if (ln != "commentRangeStart" && ln != "commentRangeEnd") return true;
        std::string const id(attr_local(n, "id"));
        if (!ids->contains(id)) return true;
        if (ln == "commentRangeStart") {
          if (out->contains(id)) return true;  // a second start: the first counts
          pugi::xml_node p = n;
          while (p && !a->is(p, "p")) p = p.parent();
          (*out)[id] = Anchor{0, 0, p};
          open[id] = n;
          return true;
        }
        auto const it = out->find(id);
        if (it == out->end() || !has_text[id] || last_end <= it->second.begin) {
          if (it != out->end()) it->second.begin = 0;  // no text: its paragraph
          open.erase(id);
          return true;
        }
        it->second.end = last_end;
        it->second.paragraph = {};
        has_text[id] = false;
        return true;
      }
    } walker;
    walker.a = this;
    walker.ids = &ids;
    walker.held = &held;
    walker.out = &out;
    body_.document.traverse(walker);
    // A range that never ended holds no text we can name: its paragraph, if any.
    for (auto it = out.begin(); it != out.end();) {
      if (it->second.end <= it->second.begin) it->second = Anchor{0, 0, it->second.paragraph};
      it = it->second.begin < it->second.end || it->second.paragraph ? std::next(it) : out.erase(it);
    }
    return out;
  }

  /// How an edit is written: the text of each line it covers deleted
  /// (runs directly under one parent per line), the paragraph marks between
  /// those lines deleted, the replacement inserted after the first piece.
  struct EditPlan {
    std::vector<std::pair<Cut, Cut>> pieces;
    std::vector<pugi::xml_node> marks;  ///< paragraphs whose mark is deleted
  };

  /// Whether bytes [begin, end) can be deleted (or, empty, inserted at) as
  /// tracked changes, and how.
  std::optional<EditPlan> editable(std::size_t begin, std::size_t end, bool inserts) const {
    if (end > text_.size() || begin > end) return std::nullopt;
    EditPlan plan;
    if (begin == end) {  // an insertion: before the next byte, or after the one before
      if (begin < text_.size() && run_of(body_.origin(begin).node))
        plan.pieces.emplace_back(start_cut(begin), start_cut(begin));
      else if (begin > 0 && run_of(body_.origin(begin - 1).node))
        plan.pieces.emplace_back(end_cut(begin - 1), end_cut(begin - 1));
      else return std::nullopt;
      return plan;
    }
    std::size_t line = line_number(begin);
    std::size_t i = begin;
    bool first = true;
    while (i < end) {
      if (text_[i] == '\n') {
        // A paragraph break: the mark of this line's paragraph, when the
        // next line is the next paragraph (not a table row or a soft break).
        if (line + 1 >= body_.line_paragraph.size()) return std::nullopt;
        pugi::xml_node const p = body_.line_paragraph[line];
        pugi::xml_node const next = body_.line_paragraph[line + 1];
        if (!p || !next || p == next || in_table(p)) return std::nullopt;
        plan.marks.push_back(p);
        if (first && inserts) return std::nullopt;  // nowhere to put the replacement
        first = false;
        ++line;
        ++i;
        continue;
      }
      std::size_t const j = std::min(end, newlines_.size() > line ? newlines_[line] : text_.size());
      pugi::xml_node parent;
      for (std::size_t k = body_.span_index(i); k < body_.spans.size() && body_.spans[k].at < j; ++k) {
        pugi::xml_node const run = run_of(body_.spans[k].node);
        if (!run) return std::nullopt;
        if (!parent) parent = run.parent();
        else if (run.parent() != parent) return std::nullopt;
      }
      plan.pieces.emplace_back(start_cut(i), end_cut(j - 1));
      first = false;
      i = j;
    }
    return plan;
  }

  bool in_table(pugi::xml_node p) const {
    for (pugi::xml_node n = p.parent(); n; n = n.parent())
      if (is(n, "tc")) return true;
    return false;
  }

  /// Marks the paragraph mark of `p` deleted (w:pPr/w:rPr/w:del).
  void delete_mark(pugi::xml_node p) {
    pugi::xml_node ppr = p.child(w("pPr").c_str());
    if (!ppr) ppr = p.prepend_child(w("pPr").c_str());
    pugi::xml_node rpr = ppr.child(w("rPr").c_str());
    if (!rpr) {
      // w:rPr comes after the other paragraph properties but before w:sectPr and w:pPrChange.
      pugi::xml_node before = ppr.child(w("sectPr").c_str());
      if (!before) before = ppr.child(w("pPrChange").c_str());
      rpr = before ? ppr.insert_child_before(w("rPr").c_str(), before) : ppr.append_child(w("rPr").c_str());
    }
    mark_change(rpr.append_child(w("del").c_str()));
  }

  /// The w:r directly holding `n`, null when `n` is not a run's child.
  pugi::xml_node run_of(pugi::xml_node n) const {
    if (!n) return {};
    pugi::xml_node p = n.parent();
    return is(p, "r") ? p : pugi::xml_node{};
  }

  // ---- materialising cuts ----------------------------------------------------

  /// Splits the runs so that every cut falls between nodes; afterwards
  /// point(c) gives the place of each.
  void materialise(std::vector<Cut> cuts) {
    std::sort(cuts.begin(), cuts.end());
    cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());
    points_.reserve(cuts.size());
    for (std::size_t i = 0; i < cuts.size();) {
      std::size_t j = i + 1;
      while (j < cuts.size() && cuts[j].node == cuts[i].node) ++j;
      pugi::xml_node const n = cuts[i].node;
      if (is(n, "t") && run_of(n) && n.first_child() == n.last_child()) split_text(cuts, i, j);
      else
        for (std::size_t k = i; k < j; ++k) points_.emplace_back(cuts[k], split(cuts[k]));
      i = j;
    }
  }

  /// split() for cuts[i, j), all in one w:t holding nothing but its text,
  /// later offsets first: the text is read once and each piece written once,
  /// so that many cuts in a long text stay linear.
  void split_text(std::vector<Cut> const& cuts, std::size_t i, std::size_t j) {
    pugi::xml_node n = cuts[i].node;
    pugi::xml_node run = run_of(n);
    std::string const text = n.text().get();
    std::size_t size = text.size();  // what n holds of it after the cuts so far
    for (std::size_t k = i; k < j; ++k) {
      std::size_t const at = std::min<std::size_t>(cuts[k].offset, text.size());
      Point p;
      if (at >= size) {
        p = split_run(run, n.next_sibling());
      } else if (at == 0) {
        p = split_run(run, n);
      } else {
        pugi::xml_node rest = run.insert_child_after(n.name(), n);
        for (auto a : n.attributes()) rest.append_copy(a);
        set_text(rest, text.substr(at, size - at));
        size = at;
        p = split_run(run, rest);
      }
      points_.emplace_back(cuts[k], p);
    }
    if (size < text.size()) set_text(n, text.substr(0, size));
  }

  Point point(Cut const& c) const {
    auto const it = std::lower_bound(points_.begin(), points_.end(), c,
                                     [](std::pair<Cut, Point> const& a, Cut const& b) { return a.first < b; });
    return it != points_.end() && it->first == c ? it->second : Point{};
  }

  Point split(Cut const& c) const {
    pugi::xml_node n = c.node;
    if (is(n, "p")) {
      if (c.offset == 1) return {n, {}};
      pugi::xml_node first = n.first_child();
      while (first && (is(first, "pPr") || first.type() != pugi::node_element)) first = first.next_sibling();
      return {n, first};
    }
    pugi::xml_node run = run_of(n);
    if (!run) {  // inside alternate content or the like: the whole enclosing run
      pugi::xml_node r = n.parent();
      while (r && !is(r, "r")) r = r.parent();
      if (!r) r = n;
      return c.offset == 0 ? Point{r.parent(), r} : Point{r.parent(), r.next_sibling()};
    }
    if (is(n, "t")) {
      std::string const text = n.text().get();
      std::size_t const k = std::min<std::size_t>(c.offset, text.size());
      if (k == 0) return split_run(run, n);
      if (k == text.size()) return split_run(run, n.next_sibling());
      pugi::xml_node rest = run.insert_copy_after(n, n);
      set_text(n, text.substr(0, k));
      set_text(rest, text.substr(k));
      return split_run(run, rest);
    }
    return split_run(run, c.offset == 0 ? n : n.next_sibling());
  }

  static void set_text(pugi::xml_node t, std::string const& s) {
    t.text().set(s.c_str());
    pugi::xml_attribute space = t.attribute("xml:space");
    if (!space) space = t.append_attribute("xml:space");
    space.set_value("preserve");
  }

  /// Moves `from` and what follows it in `run` into a new run after it with
  /// the same properties; the place before the new run.
  Point split_run(pugi::xml_node run, pugi::xml_node from) const {
    pugi::xml_node parent = run.parent();
    if (!from) return {parent, run.next_sibling()};
    bool content_before = false;
    for (pugi::xml_node c = from.previous_sibling(); c && !content_before; c = c.previous_sibling())
      content_before = c.type() == pugi::node_element && !is(c, "rPr");
    if (!content_before) return {parent, run};
    pugi::xml_node rest = parent.insert_child_after(run.name(), run);
    for (auto a : run.attributes()) rest.append_copy(a);
    if (pugi::xml_node rpr = run.child(w("rPr").c_str())) rest.append_copy(rpr);
    for (pugi::xml_node c = from; c;) {
      pugi::xml_node next = c.next_sibling();
      rest.append_move(c);
      c = next;
    }
    return {parent, rest};
  }

  static pugi::xml_node insert(Point const& p, std::string const& name) {
    if (p.before) return p.before.parent().insert_child_before(name.c_str(), p.before);
    pugi::xml_node parent = p.parent;
    return parent.append_child(name.c_str());
  }

  // ---- tracked changes -------------------------------------------------------

  void mark_change(pugi::xml_node change) {
    change.append_attribute(w("id").c_str()).set_value(static_cast<long long>(new_id()));
    change.append_attribute(w("author").c_str()).set_value(std::string(review_author).c_str());
    change.append_attribute(w("date").c_str()).set_value(date_.c_str());
  }

  /// Wraps the nodes between two points (one parent) in w:del and puts
  /// `replacement` after them in w:ins, in the properties of the first run
  /// deleted (else of the run before).
  void track(Point const& from, Point const& to, std::string const& replacement, pugi::xml_node style_run) {
    pugi::xml_node parent = from.before ? from.before.parent() : from.parent;
    pugi::xml_node rpr = style_run ? style_run.child(w("rPr").c_str()) : pugi::xml_node{};
    if (from.before != to.before) {
      pugi::xml_node del = parent.insert_child_before(w("del").c_str(), from.before);
      mark_change(del);
      for (pugi::xml_node c = from.before; c && c != to.before;) {
        pugi::xml_node next = c.next_sibling();
        if (is(c, "r") && !rpr) rpr = c.child(w("rPr").c_str());
        del.append_move(c);
        c = next;
      }
      for (pugi::xml_node r : del.children()) {
        if (!is(r, "r")) continue;
        for (pugi::xml_node c : r.children()) {
          if (is(c, "t")) c.set_name(w("delText").c_str());
          else if (is(c, "instrText")) c.set_name(w("delInstrText").c_str());
        }
      }
    }
    if (replacement.empty()) return;
    pugi::xml_node ins = to.before ? parent.insert_child_before(w("ins").c_str(), to.before)
                                   : parent.append_child(w("ins").c_str());
    mark_change(ins);
    pugi::xml_node r = ins.append_child(w("r").c_str());
    if (rpr) r.append_copy(rpr);
    pugi::xml_node t = r.append_child(w("t").c_str());
    set_text(t, replacement);
  }

  // ---- ids -----------------------------------------------------------------------

  static std::int64_t max_id(pugi::xml_document const& doc) {
    std::int64_t best = 0;
    struct Walker : pugi::xml_tree_walker {
      std::int64_t* best = nullptr;
      bool for_each(pugi::xml_node& n) override {
        for (auto a : n.attributes()) {
          std::string_view const name = a.name();
          if (name != "w:id" && (name.size() < 3 || name.substr(name.size() - 3) != ":id") && name != "id") continue;
          std::string_view const v = a.value();
          std::int64_t x = 0;
          auto const [p, ec] = std::from_chars(v.data(), v.data() + v.size(), x);
          if (ec == std::errc{} && p == v.data() + v.size() && x < (std::int64_t{1} << 30)) *best = std::max(*best, x);
        }
        return true;
      }
    } walker;
    walker.best = &best;
    const_cast<pugi::xml_document&>(doc).traverse(walker);
    return best;
  }

  docx::TracedBody& body_;
  std::string const& text_;
  std::string date_;
  std::string w_;
  std::int64_t next_id_;
  std::vector<std::pair<Cut, Point>> points_;  ///< sorted as the cuts are
  std::vector<std::size_t> newlines_;          ///< offsets of the '\n' in the text
};

pugi::xml_document parse(std::string const& bytes, std::string const& name) {
  pugi::xml_document doc;
  if (!doc.load_buffer(bytes.data(), bytes.size(), docx::keep_all_parse) || !doc.document_element())
    throw docx::DocxError("不是有效的 Word 文档（.docx）：" + name + " 的 XML 格式错误，文件可能已损坏");
  return doc;
}

std::string lower(std::string s) {
  for (char& c : s)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return s;
}

/// The relationships part of `part` ("word/_rels/document.xml.rels").
std::string rels_of(std::string const& part) {
  std::size_t const slash = part.rfind('/');
  std::string const dir = slash == std::string::npos ? "" : part.substr(0, slash + 1);
  return dir + "_rels/" + part.substr(slash == std::string::npos ? 0 : slash + 1) + ".rels";
}

}  // namespace

AnnotateResult annotate_docx(std::string_view package, AnnotateRequest const& request) {
  std::unique_ptr<docx::TracedBody> body = docx::read_traced(package);
  docx::ZipReader zip(package, {});
  Annotator a(*body, request.date);
  AnnotateResult result;
  result.change_written.assign(request.changes.size(), false);

  // The comments part: the one the main part links to, else a new one beside it.
  std::string const main = body->main_part;
  std::size_t const slash = main.rfind('/');
  std::string const dir = slash == std::string::npos ? "" : main.substr(0, slash + 1);
  bool const had_comments = !body->comments_part.empty() && zip.contains(body->comments_part);
  std::string const comments_part = had_comments ? body->comments_part : dir + "comments.xml";
  pugi::xml_document comments;
  if (had_comments) {
    comments = parse(*zip.read(comments_part), comments_part);
    a.reserve_ids(comments);
  } else {
    if (zip.contains(comments_part))
      throw docx::DocxError("不是有效的 Word 文档（.docx）：" + comments_part + " 存在但未被正文引用");
    comments.load_string(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        "<w:comments xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"/>",
        docx::keep_all_parse);
  }

  // zongjie's comments already in the package, by tag: a finding annotated
  // before, on the same text, keeps its comment and gets no second one.
  struct Existing {
    Annotator::Anchor at;
    bool used = false;
  };
  std::map<std::string, std::vector<Existing>> existing;
  {
    std::map<std::string, std::string> ours;  // comment id → tag
    if (had_comments)
      for (auto c : comments.document_element().children()) {
        if (local_name(c) != "comment" || attr_local(c, "author") != review_author) continue;
        std::string tag;
        for (auto p : c.children()) {
          if (local_name(p) != "p") continue;
          std::string t;
          all_text(p, t, 0);
          if (t.rfind(review_tag_label, 0) == 0) tag = t.substr(review_tag_label.size());
        }
        if (!tag.empty()) ours[std::string(attr_local(c, "id"))] = tag;
      }
    for (auto const& [id, at] : a.anchors_of(ours)) existing[ours.at(id)].push_back({at});
  }

  // Where everything goes, decided before the tree changes.
  struct Planned {
    std::size_t index;
    Cut from, to;
  };
  std::vector<Planned> remarks;
  std::vector<Cut> cuts;
  for (std::size_t i = 0; i < request.remarks.size(); ++i) {
    Remark const& r = request.remarks[i];
    auto const at = a.anchor(r.begin, r.end);
    if (!at) {
      result.notes.emplace_back("有 1 条批注找不到可以标注的位置，未写入");
      continue;
    }
    if (auto const same = existing.find(r.tag); !r.tag.empty() && same != existing.end()) {
      // The one on the same place, else one on the same text.
      Existing* match = nullptr;
      for (auto& e : same->second) {
        if (e.used) continue;
        if (e.at.same_place(*at)) {
          match = &e;
          break;
        }
        if (!match && a.same_text(e.at, *at)) match = &e;
      }
      if (match) {
        match->used = true;
        ++result.kept;
        continue;
      }
    }
    auto const [from, to] = a.cuts(*at);
    remarks.push_back({i, from, to});
    cuts.push_back(from);
    cuts.push_back(to);
  }
  struct PlannedEdit {
    std::size_t group;
    TextEdit const* edit;
    Annotator::EditPlan plan;
  };
  std::vector<PlannedEdit> edits;
  for (std::size_t g = 0; g < request.changes.size(); ++g) {
    std::vector<PlannedEdit> group;
    bool ok = !request.changes[g].empty();
    for (TextEdit const& e : request.changes[g]) {
      auto at = a.editable(e.begin, e.end, !e.replacement.empty());
      if (!at || e.replacement.find_first_of("\n\t\r") != std::string::npos) {
        ok = false;
        break;
      }
      group.push_back({g, &e, std::move(*at)});
    }
    if (!ok) continue;
    result.change_written[g] = true;
    for (auto& p : group) {
      for (auto const& [from, to] : p.plan.pieces) {
        cuts.push_back(from);
        cuts.push_back(to);
      }
      edits.push_back(std::move(p));
    }
  }
  a.materialise(cuts);

  // Tracked changes first (comment marks may then fall inside a w:del).
  for (auto const& e : edits) {
    for (std::size_t i = 0; i < e.plan.pieces.size(); ++i) {
      Cut const& cut = e.plan.pieces[i].first;
      Point const from = a.point(cut);
      Point const to = a.point(e.plan.pieces[i].second);
      pugi::xml_node style_run = from.before && a.is(from.before, "r") ? from.before : pugi::xml_node{};
      if (!style_run && cut.node) style_run = a.run_of(cut.node);
      a.track(from, to, i == 0 ? e.edit->replacement : std::string(), style_run);
    }
    for (pugi::xml_node p : e.plan.marks) a.delete_mark(p);
  }

  pugi::xml_node comments_root = comments.document_element();
  std::string const cw = wordml_prefix(comments_root);
  for (auto const& p : remarks) {
    Remark const& r = request.remarks[p.index];
    std::int64_t const id = a.new_id();
    std::string const ids = std::to_string(id);
    Point const from = a.point(p.from);
    Point const to = a.point(p.to);
    Annotator::insert(from, a.w("commentRangeStart")).append_attribute(a.w("id").c_str()).set_value(ids.c_str());
    if (!r.tag.empty()) {
      std::string const bid = std::to_string(a.new_id());
      pugi::xml_node bs = Annotator::insert(from, a.w("bookmarkStart"));
      bs.append_attribute(a.w("id").c_str()).set_value(bid.c_str());
      bs.append_attribute(a.w("name").c_str()).set_value((std::string(review_bookmark_prefix) + r.tag).c_str());
      Annotator::insert(from, a.w("bookmarkEnd")).append_attribute(a.w("id").c_str()).set_value(bid.c_str());
    }
    Annotator::insert(to, a.w("commentRangeEnd")).append_attribute(a.w("id").c_str()).set_value(ids.c_str());
    pugi::xml_node ref_run = Annotator::insert(to, a.w("r"));
    ref_run.append_child(a.w("commentReference").c_str()).append_attribute(a.w("id").c_str()).set_value(ids.c_str());

    pugi::xml_node c = comments_root.append_child((cw + "comment").c_str());
    c.append_attribute((cw + "id").c_str()).set_value(ids.c_str());
    c.append_attribute((cw + "author").c_str()).set_value(std::string(review_author).c_str());
    c.append_attribute((cw + "date").c_str()).set_value(request.date.c_str());
    c.append_attribute((cw + "initials").c_str()).set_value(std::string(review_initials).c_str());
    std::vector<std::string> paragraphs = r.paragraphs;
    if (!r.tag.empty()) paragraphs.push_back(std::string(review_tag_label) + r.tag);
    if (paragraphs.empty()) paragraphs.emplace_back();
    bool first = true;
    for (auto const& text : paragraphs) {
      pugi::xml_node para = c.append_child((cw + "p").c_str());
      if (first) para.append_child((cw + "r").c_str()).append_child((cw + "annotationRef").c_str());
      first = false;
      pugi::xml_node run = para.append_child((cw + "r").c_str());
      pugi::xml_node t = run.append_child((cw + "t").c_str());
      t.text().set(text.c_str());
      t.append_attribute("xml:space").set_value("preserve");
    }
    ++result.comments;
  }

  std::vector<std::pair<std::string, std::string>> parts;
  parts.emplace_back(main, save(body->document));
  if (result.comments || had_comments) parts.emplace_back(comments_part, save(comments));

  if (!had_comments && result.comments) {
    // The relationship from the main part …
    std::string const rels = rels_of(main);
    pugi::xml_document r;
    if (auto bytes = zip.read(rels)) r = parse(*bytes, rels);
    else
      r.load_string(
          "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
          "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"/>",
          docx::keep_all_parse);
    pugi::xml_node root = r.document_element();
    std::set<std::string_view> taken;
    for (auto rel : root.children()) taken.insert(rel.attribute("Id").value());
    int n = 1;
    while (taken.contains("rId" + std::to_string(n))) ++n;
    std::string const prefix =
        std::string_view(root.name()).find(':') == std::string_view::npos
            ? ""
            : std::string(std::string_view(root.name()).substr(0, std::string_view(root.name()).find(':') + 1));
    pugi::xml_node rel = root.append_child((prefix + "Relationship").c_str());
    rel.append_attribute("Id").set_value(("rId" + std::to_string(n)).c_str());
    rel.append_attribute("Type").set_value(std::string(comments_type).c_str());
    rel.append_attribute("Target").set_value(comments_part.substr(dir.size()).c_str());
    parts.emplace_back(rels, save(r));
    // … and its content type.
    std::string const ct_name = "[Content_Types].xml";
    auto ct_bytes = zip.read(ct_name);
    pugi::xml_document ct;
    if (ct_bytes) {
      ct = parse(*ct_bytes, ct_name);
    } else {  // a package without one (Word would not open it): the least that makes it whole
      ct.load_string(
          ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
           "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
           "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
           "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
           "<Override PartName=\"/" +
           main +
           "\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
           "</Types>")
              .c_str(),
          docx::keep_all_parse);
    }
    pugi::xml_node types = ct.document_element();
    std::string const part_name = "/" + comments_part;
    bool present = false;
    for (auto o : types.children())
      if (local_name(o) == "Override" && lower(o.attribute("PartName").value()) == lower(part_name)) present = true;
    if (!present) {
      std::string const tprefix = std::string_view(types.name()).find(':') == std::string_view::npos
                                      ? ""
                                      : std::string(types.name()).substr(0, std::string(types.name()).find(':') + 1);
      pugi::xml_node o = types.append_child((tprefix + "Override").c_str());
      o.append_attribute("PartName").set_value(part_name.c_str());
      o.append_attribute("ContentType").set_value(std::string(comments_content_type).c_str());
      parts.emplace_back(ct_name, save(ct));
    }
  }
  // The copy must read as its input did.  A part of a hostile package can
  // deflate past the ratio the reader takes for a zip bomb: then stored.
  result.package = docx::rewrite_package(package, parts);
  try {
    docx::read_docx(result.package);
  } catch (docx::DocxError const&) {
    result.package = docx::rewrite_package(package, parts, false);
    docx::read_docx(result.package);
  }
  return result;
}

}  // namespace zongjie::word
