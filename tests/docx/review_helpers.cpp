#include "docx/review_helpers.hpp"

#include "zongjie/docx/reader.hpp"
#include "zongjie/docx/zip.hpp"

#include <pugixml.hpp>

#include <set>
#include <sstream>
#include <stdexcept>

namespace zongjie::test::docx {

namespace {

pugi::xml_document parse(std::string const& xml) {
  pugi::xml_document doc;
  if (!doc.load_buffer(xml.data(), xml.size(), pugi::parse_default | pugi::parse_ws_pcdata))
    throw std::runtime_error("XML does not parse");
  return doc;
}

std::string_view local(pugi::xml_node n) {
  std::string_view const name = n.name();
  auto const colon = name.find(':');
  return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

std::string attr(pugi::xml_node n, std::string_view name) {
  for (auto a : n.attributes()) {
    std::string_view const an = a.name();
    auto const colon = an.find(':');
    if ((colon == std::string_view::npos ? an : an.substr(colon + 1)) == name) return a.value();
  }
  return {};
}

void text_of(pugi::xml_node n, std::string& out) {
  for (auto c : n.children()) {
    if (local(c) == "t") out += c.text().get();
    else text_of(c, out);
  }
}

struct Anchors {
  std::set<std::string> open;
  std::map<std::string, std::string> text;
  void add(std::string_view s) {
    for (auto const& id : open) text[id] += s;
  }
  void walk(pugi::xml_node n) {
    for (auto c : n.children()) {
      if (c.type() != pugi::node_element) continue;
      std::string_view const l = local(c);
      if (l == "commentRangeStart") {
        open.insert(attr(c, "id"));
        text[attr(c, "id")];
      } else if (l == "commentRangeEnd") {
        open.erase(attr(c, "id"));
      } else if (l == "del" || l == "moveFrom" || l == "instrText") {
        continue;
      } else if (l == "t") {
        add(c.text().get());
      } else if (l == "tab") {
        add("\t");
      } else if (l == "p") {
        walk(c);
        add("\n");
      } else {
        walk(c);
      }
    }
  }
};

void reject(pugi::xml_node n) {
  for (pugi::xml_node c = n.first_child(); c;) {
    pugi::xml_node const next = c.next_sibling();
    std::string_view const l = local(c);
    if (l == "ins") {
      n.remove_child(c);
    } else if (l == "del") {
      for (pugi::xml_node d = c.first_child(); d;) {
        pugi::xml_node const dn = d.next_sibling();
        n.insert_move_before(d, c);
        for (auto t : d.children())
          if (local(t) == "delText") t.set_name("w:t");
        d = dn;
      }
      n.remove_child(c);
    } else {
      reject(c);
    }
    c = next;
  }
}

}  // namespace

std::map<std::string, std::string> parts(std::string_view package) {
  zongjie::docx::ZipReader zip(package, {});
  std::map<std::string, std::string> out;
  for (auto const& name : zip.names()) out[name] = zip.read(name).value_or("");
  return out;
}

std::vector<Comment> comments(std::string_view package) {
  auto const p = parts(package);
  auto const it = p.find("word/comments.xml");
  if (it == p.end()) return {};
  auto const doc = parse(it->second);
  std::vector<Comment> out;
  for (auto c : doc.document_element().children()) {
    if (local(c) != "comment") continue;
    Comment k{attr(c, "id"), attr(c, "author"), attr(c, "initials"), attr(c, "date"), {}};
    for (auto para : c.children()) {
      if (local(para) != "p") continue;
      if (!k.text.empty()) k.text += '\n';
      text_of(para, k.text);
    }
    out.push_back(std::move(k));
  }
  return out;
}

std::map<std::string, std::string> anchored_text(std::string_view package) {
  auto const p = parts(package);
  auto const doc = parse(p.at("word/document.xml"));
  Anchors a;
  a.walk(doc.document_element());
  return a.text;
}

std::string reject_all(std::string_view package) {
  auto const p = parts(package);
  auto doc = parse(p.at("word/document.xml"));
  reject(doc.document_element());
  std::ostringstream out;
  doc.save(out, "", pugi::format_raw, pugi::encoding_utf8);
  return zongjie::docx::rewrite_package(package, {{"word/document.xml", out.str()}});
}

std::string read_text(std::string_view package) { return zongjie::docx::read_docx(package).text; }

}  // namespace zongjie::test::docx
