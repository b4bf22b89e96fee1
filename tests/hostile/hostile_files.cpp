#include "hostile/hostile_files.hpp"

#include "zongjie/word/writer.hpp"
#include "zongjie/docx/zip.hpp"
#include "zongjie/outline/builder.hpp"
#include "zongjie/text/document.hpp"
#include "zongjie/text/encoding.hpp"

#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cstdlib>
#include <fstream>
#include <stdexcept>

#ifndef ZONGJIE_SOURCE_DIR
#error "ZONGJIE_SOURCE_DIR must name the source tree"
#endif

namespace zongjie::test::hostile {

namespace fs = std::filesystem;

std::uint64_t Rng::next() {
  std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ULL);
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
  return z ^ (z >> 31);
}

std::size_t Rng::between(std::size_t lo, std::size_t hi) {
  return hi <= lo ? lo : lo + static_cast<std::size_t>(next() % (hi - lo + 1));
}

std::uint64_t seed() {
  if (char const* s = std::getenv("ZONGJIE_HOSTILE_SEED"); s && *s) return std::strtoull(s, nullptr, 10);
  return 20240607;
}

void write_bytes(fs::path const& path, std::string_view bytes) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  if (!out) throw std::runtime_error("cannot write " + path.string());
}

fs::path fresh_dir(std::string const& name) {
  fs::path const dir = fs::temp_directory_path() / ("zongjie-hostile-" + name + "-" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir;
}

void remove_unless_kept(fs::path const& dir) {
  if (char const* keep = std::getenv("ZONGJIE_HOSTILE_KEEP"); keep && *keep) return;
  std::error_code ec;
  fs::remove_all(dir, ec);
}

std::vector<std::string> const& base_reports() {
  static std::vector<std::string> const reports = [] {
    std::vector<fs::path> files;
    for (auto const& e : fs::directory_iterator(fs::path(ZONGJIE_SOURCE_DIR) / "examples"))
      if (e.path().extension() == ".txt") files.push_back(e.path());
    std::sort(files.begin(), files.end());
    std::vector<std::string> out;
    for (auto const& f : files) out.push_back(text::load_document(f).text);
    if (out.empty()) throw std::runtime_error("no reports in examples/");
    return out;
  }();
  return reports;
}

namespace {

// ---- helpers ---------------------------------------------------------------------------

std::size_t char_start(std::string_view s, std::size_t at) {
  at = std::min(at, s.size());
  while (at < s.size() && (static_cast<unsigned char>(s[at]) & 0xC0) == 0x80) ++at;
  return at;
}

std::string repeat(std::string_view s, std::size_t n) {
  std::string out;
  out.reserve(s.size() * n);
  for (std::size_t i = 0; i < n; ++i) out += s;
  return out;
}

std::string replace_all(std::string s, std::string_view from, std::string_view to) {
  for (std::size_t p = s.find(from); p != std::string::npos; p = s.find(from, p + to.size()))
    s.replace(p, from.size(), to);
  return s;
}

std::vector<text::LineEnd> lf_ends(std::string_view s) {
  std::vector<text::LineEnd> ends(static_cast<std::size_t>(std::count(s.begin(), s.end(), '\n')), text::LineEnd::lf);
  ends.push_back(text::LineEnd::none);
  return ends;
}

std::string gb18030(std::string_view utf8) { return text::encode(utf8, text::Encoding::gb18030, lf_ends(utf8)); }
/// UTF-16 without its BOM.
std::string utf16(std::string_view utf8, bool little) {
  return text::encode(utf8, little ? text::Encoding::utf16le : text::Encoding::utf16be, lf_ends(utf8)).substr(2);
}

/// Words and marks that steer the parser and the checks.
constexpr std::array<std::string_view, 44> tokens = {"一、",
                                                     "二、",
                                                     "三、",
                                                     "三、",
                                                     "（一）",
                                                     "（二）",
                                                     "(三)",
                                                     "1.",
                                                     "（1）",
                                                     "①",
                                                     "一是",
                                                     "二是",
                                                     "第一部分",
                                                     "第二部分：2025年工作思路",
                                                     "2024年工作总结",
                                                     "存在的问题",
                                                     "下一步工作打算",
                                                     "##paidbegin##",
                                                     "##paidend##",
                                                     "本文档编辑密码：",
                                                     "XX",
                                                     "×××",
                                                     "*乡",
                                                     "【】",
                                                     "____",
                                                     "2024年底前完成",
                                                     "浓厚范围",
                                                     ",",
                                                     ";",
                                                     ":",
                                                     "(",
                                                     ")",
                                                     "?",
                                                     "!",
                                                     "。",
                                                     "；",
                                                     "\n",
                                                     "\n\n",
                                                     "\t",
                                                     "\xE3\x80\x80",
                                                     "第九十九部分",
                                                     "九十九、",
                                                     "99999、",
                                                     "2023年以来"};

std::string mutate(std::string s, Rng& rng) {
  std::size_t const steps = rng.between(1, 12);
  for (std::size_t k = 0; k < steps; ++k) {
    std::size_t const at = char_start(s, rng.between(0, s.size()));
    switch (rng.between(0, 5)) {
      case 0:
      case 1: s.insert(at, tokens[rng.between(0, tokens.size() - 1)]); break;
      case 2: {  // delete a range
        std::size_t const end = char_start(s, at + rng.between(0, 400));
        s.erase(at, end - at);
        break;
      }
      case 3: {  // duplicate a range
        std::size_t const end = char_start(s, at + rng.between(0, 2000));
        s.insert(at, s.substr(at, end - at));
        break;
      }
      case 4: {  // move a line to the front
        std::size_t const b = s.rfind('\n', at);
        std::size_t const e = s.find('\n', at);
        std::size_t const from = b == std::string::npos ? 0 : b + 1;
        std::string const line = s.substr(from, (e == std::string::npos ? s.size() : e) - from);
        s.erase(from, line.size());
        s.insert(0, line + "\n");
        break;
      }
      case 5:  // a raw byte flip, rarely: the file may stop being UTF-8
        if (rng.chance(25) && !s.empty()) s[std::min(at, s.size() - 1)] ^= static_cast<char>(1u << rng.between(0, 7));
        break;
    }
  }
  return s;
}

struct Writer {
  fs::path dir;
  std::vector<HostileFile>& out;
  std::size_t n = 0;

  HostileFile& add(std::string const& group, std::string_view bytes, Expect expect, std::string reason = {},
                   std::string const& ext = ".txt") {
    fs::path const path = dir / (group + "-" + std::to_string(n++) + ext);
    write_bytes(path, bytes);
    out.push_back({path, group, expect, std::move(reason), 0});
    return out.back();
  }
};

// ---- Word documents --------------------------------------------------------------------

constexpr std::string_view xml_decl = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>";
constexpr std::string_view root_open =
    "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>";
constexpr std::string_view doc_close = "</w:body></w:document>";
constexpr std::string_view rels =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships "
    "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" "
    "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
    "Target=\"word/document.xml\"/></Relationships>";

std::string para(std::string_view text) {
  return "<w:p><w:r><w:t xml:space=\"preserve\">" + std::string(text) + "</w:t></w:r></w:p>";
}

/// A package with word/document.xml = `document` (and the usual rels).
std::string package(std::string document, bool compress = true,
                    std::vector<std::pair<std::string, std::string>> extra = {}) {
  docx::ZipWriter zip;
  zip.add("_rels/.rels", std::string(rels));
  zip.add("word/document.xml", std::move(document), compress);
  for (auto& [name, data] : extra) zip.add(std::move(name), std::move(data));
  return zip.finish();
}

/// The document element around `inner` (the content of w:body), without the XML declaration.
std::string root(std::string_view inner) {
  return std::string(root_open) + std::string(inner) + std::string(doc_close);
}
/// A whole document.xml.
std::string body(std::string_view inner) { return std::string(xml_decl) + root(inner); }

std::string export_report(std::string const& utf8) {
  text::Document const doc = text::document_from_text("report.txt", utf8);
  return word::render_docx(doc, build_outline(doc));
}

void put32(std::string& b, std::size_t at, std::uint32_t v) {
  for (std::size_t i = 0; i < 4; ++i) b[at + i] = static_cast<char>((v >> (8 * i)) & 0xFF);
}

/// Sets the uncompressed size of every entry, in the local headers and the
/// central directory, to `size`: an archive that lies about what it holds.
void lie_about_sizes(std::string& zip, std::uint32_t size) {
  for (std::size_t p = zip.find("PK\x03\x04"); p != std::string::npos; p = zip.find("PK\x03\x04", p + 4))
    if (p + 30 <= zip.size()) put32(zip, p + 22, size);
  for (std::size_t p = zip.find("PK\x01\x02"); p != std::string::npos; p = zip.find("PK\x01\x02", p + 4))
    if (p + 46 <= zip.size()) put32(zip, p + 24, size);
}

}  // namespace

// ---- small text files ------------------------------------------------------------------------

std::vector<HostileFile> text_files(fs::path const& dir) {
  std::vector<HostileFile> out;
  Writer w{dir, out};
  Rng rng(seed());
  auto const& reports = base_reports();
  auto report = [&] { return reports[rng.between(0, reports.size() - 1)]; };

  // Random bytes of every flavour.
  for (int i = 0; i < 150; ++i) {
    std::size_t const size = rng.between(0, i < 20 ? 16 : 6000);
    std::string b(size, '\0');
    int const flavour = i % 5;
    for (auto& c : b) {
      std::uint64_t const r = rng.next();
      switch (flavour) {
        case 0: c = static_cast<char>(r); break;                                        // anything
        case 1: c = static_cast<char>(0x80 | (r & 0x7F)); break;                        // high bytes only (GBK-like)
        case 2: c = static_cast<char>(0x20 + r % 95); break;                            // printable ASCII
        case 3: c = static_cast<char>(r % 7 ? 0x20 + r % 95 : r % 32); break;           // ASCII with controls
        default: c = static_cast<char>(r % 3 ? 0xA1 + r % 94 : 0x81 + r % 126); break;  // GB18030-shaped
      }
    }
    w.add("random", b, Expect::any);
  }

  // UTF-8 reports cut anywhere (often inside a character).
  for (int i = 0; i < 100; ++i) {
    std::string const r = report();
    std::size_t const cut = rng.between(0, r.size());
    bool const clean = char_start(r, cut) == cut;
    w.add("utf8-truncated", r.substr(0, cut), clean ? Expect::accepted : Expect::any);
  }

  // GB18030 reports cut anywhere.
  for (int i = 0; i < 100; ++i) {
    std::string const gb = gb18030(report());
    w.add("gb18030-truncated", gb.substr(0, rng.between(0, gb.size())), Expect::any);
  }

  // One file, several encodings: paragraphs in UTF-8, GB18030, UTF-16.
  for (int i = 0; i < 80; ++i) {
    std::string const r = report();
    std::string b;
    std::size_t from = 0;
    bool const with_utf16 = i % 4 == 0;
    while (from < r.size()) {
      std::size_t const end = char_start(r, std::min(r.size(), from + rng.between(20, 900)));
      std::string_view const chunk = std::string_view(r).substr(from, end - from);
      switch (rng.between(0, with_utf16 ? 3 : 1)) {
        case 0: b += chunk; break;
        case 1: b += gb18030(chunk); break;
        case 2: b += utf16(chunk, true); break;
        default: b += "\xFF\xFE" + utf16(chunk, true); break;
      }
      from = end;
    }
    w.add("mixed-encodings", b, Expect::any);
  }

  // NUL bytes in a report.
  for (int i = 0; i < 60; ++i) {
    std::string r = i % 3 == 0 ? gb18030(report()) : report();
    std::size_t const nuls = rng.between(1, 20);
    for (std::size_t k = 0; k < nuls; ++k) r.insert(rng.between(0, r.size()), 1, '\0');
    if (i == 1) r.insert(0, 1, '\0');
    if (i == 2) r.push_back('\0');
    w.add("nul", r, Expect::rejected);
  }

  // UTF-16 without a BOM (Notepad's "Unicode" saved by a tool that drops it).
  for (int i = 0; i < 60; ++i) {
    std::string r = report();
    if (i % 4 == 3) r.erase(std::remove(r.begin(), r.end(), '\n'), r.end());  // no line feeds: no zero bytes?
    std::string b = utf16(r, i % 2 == 0);
    if (i % 5 == 4) b.resize(b.size() - 1);  // odd length
    if (i % 7 == 6) b = b.substr(0, rng.between(0, b.size()));
    w.add("utf16-no-bom", b, Expect::any);
  }

  // BOMs alone and BOMs that lie.
  struct Fixed {
    std::string bytes;
    Expect expect;
  };
  std::string const sample = "2024年工作总结\n一、党建引领\n";
  std::vector<Fixed> const boms = {
      {"\xEF\xBB\xBF", Expect::accepted},
      {"\xFF\xFE", Expect::accepted},
      {"\xFE\xFF", Expect::accepted},
      {std::string("\xFF\xFE\0\0", 4), Expect::rejected},  // UTF-32LE BOM
      {std::string("\0\0\xFE\xFF", 4), Expect::rejected},  // UTF-32BE BOM
      {"\xEF\xBB\xBF\xEF\xBB\xBF", Expect::accepted},
      {"\xEF\xBB\xBF\n", Expect::accepted},
      {"\xEF\xBB\xBF\r\n\r\n", Expect::accepted},
      {"\xEF\xBB\xBF" + gb18030(sample), Expect::rejected},
      {"\xFF\xFE" + sample, Expect::any},
      {"\xFE\xFF" + sample, Expect::any},
      {"\xFF\xFE\x41", Expect::rejected},
      {std::string("\xEF\xBB\xBF\0", 4), Expect::rejected},
      {"\xFF\xFE" + utf16(sample, false), Expect::any},
  };
  for (auto const& b : boms) w.add("bom", b.bytes, b.expect);

  // Giant and absurd numbers.
  constexpr std::array<std::string_view, 28> giants = {"第九十九部分 2024年工作总结",
                                                       "第九千九百九十九部分",
                                                       "第一万亿部分：工作计划",
                                                       "第九十九万九千九百九十九部分",
                                                       "99999、加强党的建设",
                                                       "99999999999999999999999、溢出了吗",
                                                       "（九十九）抓好安全生产",
                                                       "（99999999999999）",
                                                       "(4294967296)防汛",
                                                       "九十九是",
                                                       "一百二十三是加强",
                                                       "第2147483648部分",
                                                       "99999年工作总结",
                                                       "2147483648年工作总结及2147483649年工作计划",
                                                       "0000年",
                                                       "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳㉑㊿",
                                                       "1.1.1.1.1.1.1.1.1.1.1.1.1.1",
                                                       "十十十十十、",
                                                       "零、",
                                                       "〇〇〇〇年",
                                                       "二〇二四年工作总结",
                                                       "万万万万、",
                                                       "负一、",
                                                       "-1、",
                                                       "1e308、",
                                                       "第亿亿亿部分",
                                                       "9223372036854775808、",
                                                       "（十万八千）"};
  for (int i = 0; i < 60; ++i) {
    std::string t = "某某镇2024年工作总结\n";
    std::size_t const lines = rng.between(1, 30);
    for (std::size_t k = 0; k < lines; ++k) {
      t += giants[rng.between(0, giants.size() - 1)];
      t += rng.chance(50) ? "\n" : "。全年完成投资1.2亿元。\n";
    }
    w.add("giant-numbers", t, Expect::accepted);
  }

  // The same marker thousands of times, on one line or on many.
  constexpr std::array<std::string_view, 12> markers = {"（一）",        "一、", "一是", "①", "(1)", "第一部分",
                                                        "##paidbegin##", "XX",   "，",   "(", "（",  "2024年"};
  for (int i = 0; i < 40; ++i) {
    std::string_view const m = markers[static_cast<std::size_t>(i) % markers.size()];
    std::size_t const count = std::array<std::size_t, 4>{100, 1000, 5000, 20000}[static_cast<std::size_t>(i / 12) % 4];
    std::string t = "2024年工作总结\n";
    t += i % 2 ? repeat(std::string(m) + "\n", count) : repeat(m, count);
    w.add("repeated-markers", t, Expect::accepted);
  }

  // Odd characters: valid ones must be read, broken ones may be refused.
  constexpr std::array<std::string_view, 13> odd_ok = {"\v",
                                                       "\f",
                                                       "\x1A",
                                                       "\xE2\x80\xA8",
                                                       "\xE2\x80\xA9",
                                                       "\xEF\xBB\xBF",
                                                       "\xE2\x80\x8B",
                                                       "\xE2\x80\xAE",
                                                       "e\xCC\x81",
                                                       "\xF0\x9F\x98\x80",
                                                       "\xEF\xBF\xBD",
                                                       "\xEF\xBF\xBF",
                                                       "\xF4\x8F\xBF\xBF"};
  constexpr std::array<std::string_view, 4> odd_bad = {"\xED\xA0\x80", "\xC0\xAF", "\xF5\x80\x80\x80",
                                                       "\xF4\x90\x80\x80"};
  for (int i = 0; i < 60; ++i) {
    std::string r = report();
    bool const bad = i % 4 == 3;
    std::size_t const count = rng.between(1, 12);
    for (std::size_t k = 0; k < count; ++k) {
      std::string_view const c = bad ? odd_bad[rng.between(0, odd_bad.size() - 1)]
                                     : odd_ok[rng.between(0, odd_ok.size() - 1)];
      r.insert(char_start(r, rng.between(0, r.size())), c);
    }
    w.add("odd-characters", r, bad ? Expect::any : Expect::accepted);
  }

  // Line ends.
  for (int i = 0; i < 30; ++i) {
    std::string r = report();
    switch (i % 10) {
      case 0: r = replace_all(r, "\n", "\r"); break;
      case 1: r = replace_all(r, "\n", "\r\n"); break;
      case 2: r = replace_all(r, "\n", "\r\r\n"); break;
      case 3: {
        std::string m;
        for (char c : r)
          m += c == '\n' ? std::string(std::array<char const*, 3>{"\n", "\r\n", "\r"}[rng.between(0, 2)])
                         : std::string(1, c);
        r = m;
        break;
      }
      case 4: r = repeat("\n", 100000); break;
      case 5: r = repeat("\r", 100000); break;
      case 6: r = repeat(" ", 100000) + "\n" + r; break;
      case 7: r = repeat("\xE3\x80\x80", 30000); break;
      case 8: r = replace_all(r, "。", "。\n\n\n\n"); break;
      default: r = repeat("\r\n", 50000) + r; break;
    }
    w.add("line-ends", r, Expect::accepted);
  }

  // Reports mutated at random: inserted markers, debris, placeholders, cut
  // and duplicated ranges, moved lines, the odd flipped byte.
  for (int i = 0; i < 330; ++i) w.add("mutated", mutate(report(), rng), Expect::any);

  // The file system.
  w.add("empty", "", Expect::any);
  fs::path const folder = dir / "文件夹.txt";
  fs::create_directory(folder);
  out.push_back({folder, "fs-folder", Expect::rejected, "文件夹", 0});
  fs::path const fifo = dir / "管道.txt";
  if (::mkfifo(fifo.c_str(), 0600) == 0) out.push_back({fifo, "fs-fifo", Expect::rejected, "不是普通文件", 0});
  fs::path const dangling = dir / "断开的链接.txt";
  fs::create_symlink(dir / "不存在的文件.txt", dangling);
  out.push_back({dangling, "fs-dangling-link", Expect::rejected, "不存在", 0});
  fs::path const loop = dir / "循环链接.txt";
  fs::create_symlink(loop, loop);
  out.push_back({loop, "fs-link-loop", Expect::rejected, "", 0});
  fs::path const device = dir / "设备.txt";
  fs::create_symlink("/dev/zero", device);
  out.push_back({device, "fs-device", Expect::rejected, "不是普通文件", 0});
  out.push_back({dir / "没有这个文件.txt", "fs-missing", Expect::rejected, "不存在", 0});
  return out;
}

// ---- big text files ---------------------------------------------------------------------

std::vector<HostileFile> big_files(fs::path const& dir) {
  std::vector<HostileFile> out;
  Writer w{dir, out};
  auto const& reports = base_reports();

  // 50 MB on one line: every report's text, line feeds removed, over and over.
  {
    std::string unit;
    for (auto const& r : reports) unit += replace_all(r, "\n", "");
    std::string line;
    line.reserve(50u * 1024u * 1024u + unit.size());
    while (line.size() < 50u * 1024u * 1024u) line += unit;
    w.add("big-50mb-line", line, Expect::accepted);
  }
  // 100,000 heading lines: numbered sections and items, parts now and then.
  {
    std::string t = "某某镇2024年工作总结\n";
    constexpr std::array<std::string_view, 10> numerals = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};
    for (std::size_t i = 0; i < 100000; ++i) {
      if (i % 10000 == 0) t += i % 20000 ? "第二部分：2025年工作计划\n" : "第一部分：2024年工作总结\n";
      else if (i % 3 == 0) t += std::string(numerals[i / 3 % 10]) + "、加强党的建设\n";
      else t += "（" + std::string(numerals[i % 10]) + "）抓好项目建设\n";
    }
    w.add("big-100k-headings", t, Expect::accepted).min_lines = 100000;
  }
  // 5 MB of opening brackets and markers on one line.
  w.add("big-nested-brackets", repeat("（（一）", 700000), Expect::accepted);
  return out;
}

// ---- Word documents --------------------------------------------------------------------

std::vector<HostileFile> docx_files(fs::path const& dir) {
  std::vector<HostileFile> out;
  Writer w{dir, out};
  Rng rng(seed() ^ 0xD0C5);
  auto const& reports = base_reports();
  std::vector<std::string> exported;
  for (auto const& r : reports) exported.push_back(export_report(r));
  auto some = [&] { return exported[rng.between(0, exported.size() - 1)]; };
  auto add = [&](std::string const& group, std::string_view bytes, Expect e, std::string reason = {}) -> HostileFile& {
    return w.add(group, bytes, e, std::move(reason), ".docx");
  };

  // Cut short: the central directory at the end is gone.
  for (int i = 0; i < 60; ++i) {
    std::string const d = some();
    add("docx-truncated", d.substr(0, rng.between(0, d.size() - 1)), Expect::rejected);
  }
  // Damaged bytes anywhere.
  for (int i = 0; i < 40; ++i) {
    std::string d = some();
    std::size_t const flips = rng.between(1, 8);
    for (std::size_t k = 0; k < flips; ++k)
      d[rng.between(0, d.size() - 1)] ^= static_cast<char>(1u << rng.between(0, 7));
    add("docx-damaged", d, Expect::any);
  }
  // Malformed WordprocessingML, zipped correctly.
  for (int i = 0; i < 40; ++i) {
    std::string xml = docx::ZipReader(some(), {}).read("word/document.xml").value_or("");
    std::size_t const cuts = rng.between(1, 6);
    for (std::size_t k = 0; k < cuts; ++k) {
      std::size_t const at = rng.between(0, xml.size());
      switch (rng.between(0, 3)) {
        case 0: xml.erase(at, rng.between(1, 200)); break;
        case 1: xml.insert(at, "<w:p><w:r><w:t>插入"); break;
        case 2: xml.insert(at, "</w:body>"); break;
        default: xml.insert(at, "<w:tbl><w:tr><w:tc>"); break;
      }
    }
    add("docx-bad-xml", package(xml), Expect::any);
  }

  // Named cases.
  add("docx-empty", "", Expect::rejected, "空");
  add("docx-text", "这只是一个改了扩展名的文本文件", Expect::rejected, "不是 ZIP");
  add("docx-pk-garbage", std::string("PK\x03\x04", 4) + std::string(2000, '\x5A'), Expect::rejected);
  add("docx-empty-zip", std::string("PK\x05\x06", 4) + std::string(18, '\0'), Expect::rejected);
  std::string const ole = std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + std::string(4000, '\0');
  add("docx-old-doc", ole, Expect::rejected, ".doc");
  add("docx-encrypted", ole + std::string("E\0n\0c\0r\0y\0p\0t\0e\0d\0P\0a\0c\0k\0a\0g\0e\0", 32), Expect::rejected,
      "加密");
  {
    docx::ZipWriter z;
    z.add("_rels/.rels", std::string(rels));
    z.add("word/styles.xml", "<w:styles/>");
    add("docx-no-document", z.finish(), Expect::rejected, "缺少正文");
  }
  add("docx-not-xml", package("这不是 XML <<<"), Expect::rejected, "XML");
  add("docx-empty-part", package(""), Expect::rejected);
  add("docx-wrong-root", package("<html><body><p>网页</p></body></html>"), Expect::rejected, "不是 Word 正文");
  {
    std::string const odt = [] {
      docx::ZipWriter z;
      z.add("mimetype", "application/vnd.oasis.opendocument.text", false);
      z.add("content.xml", "<office:document-content/>");
      return z.finish();
    }();
    add("docx-odt", odt, Expect::rejected, ".odt");
  }
  {
    docx::ZipWriter z;
    for (int i = 0; i < 30000; ++i) z.add("p/" + std::to_string(i), "", false);
    add("docx-30k-entries", z.finish(), Expect::rejected, "超过上限");
  }
  // Zip bombs: by size, by ratio, and with sizes that lie.
  std::string const spaces40 = body(para("开头")) + std::string(40u * 1024u * 1024u, ' ');
  std::string const bomb = package(spaces40);
  add("docx-bomb-size", bomb, Expect::rejected, "压缩炸弹");
  add("docx-bomb-ratio", package(body(para("开头")) + std::string(5u * 1024u * 1024u, ' ')), Expect::rejected,
      "压缩炸弹");
  {
    std::string liar = bomb;
    lie_about_sizes(liar, 4096);
    add("docx-bomb-lying-size", liar, Expect::rejected);
  }
  {
    std::string liar = some();
    lie_about_sizes(liar, 0xFFFFFFFFu);
    add("docx-lying-huge-size", liar, Expect::rejected);
  }
  // Nesting far past any real document, stored uncompressed (compressed,
  // the repetition trips the ratio limit before the reader sees any depth).
  add("docx-deep-sdt",
      package(body(repeat("<w:sdt><w:sdtContent>", 100000) + para("深处") + repeat("</w:sdtContent></w:sdt>", 100000)),
              false),
      Expect::rejected, "嵌套");
  add("docx-deep-table",
      package(body(repeat("<w:tbl><w:tr><w:tc>", 50000) + para("表格深处") + repeat("</w:tc></w:tr></w:tbl>", 50000)),
              false),
      Expect::rejected, "嵌套");
  add("docx-deep-drawing",
      package(body("<w:p><w:r><w:drawing>" + repeat("<a:g>", 100000) + repeat("</a:g>", 100000) +
                   "</w:drawing></w:r></w:p>"),
              false),
      Expect::rejected, "嵌套");
  add("docx-deep-unknown", package(body(repeat("<x:y>", 200000) + repeat("</x:y>", 200000) + para("正文")), false),
      Expect::accepted);
  add("docx-deep-inline",
      package(body("<w:p>" + repeat("<w:hyperlink>", 100000) + "<w:r><w:t>链接</w:t></w:r>" +
                   repeat("</w:hyperlink>", 100000) + "</w:p>"),
              false),
      Expect::rejected, "嵌套");
  // Entities: never expanded, never read from outside.
  add("docx-billion-laughs",
      package("<?xml version=\"1.0\"?><!DOCTYPE w:document [<!ENTITY a \"哈哈哈哈哈哈哈哈哈哈\">"
              "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">"
              "<!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">]>" +
              root(para("&d;&d;&d;&d;&d;&d;&d;&d;") + para("二、正文"))),
      Expect::any);
  add("docx-external-entity",
      package("<?xml version=\"1.0\"?><!DOCTYPE w:document [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>" +
              root(para("&x;"))),
      Expect::any);
  add("docx-control-refs", package(body(para("控制&#1;&#8;&#27;字符&#xFFFE;&#xD800;结束"))), Expect::accepted);
  add("docx-declared-gb2312",
      package("<?xml version=\"1.0\" encoding=\"GB2312\"?>" + gb18030(root(para("国标编码的正文")))), Expect::any);
  add("docx-sym-chars",
      package(body("<w:p><w:r><w:sym w:char=\"FFFFFFFFFFFFFFFF\"/><w:sym w:char=\"-1\"/>"
                   "<w:sym w:char=\"D800\"/><w:sym w:char=\"\"/><w:t>符号</w:t></w:r></w:p>")),
      Expect::accepted);
  add("docx-fields",
      package(body("<w:p>" + repeat("<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>", 5000) +
                   "<w:r><w:instrText>TOC</w:instrText></w:r><w:r><w:t>字段</w:t></w:r>" +
                   repeat("<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>", 6000) + "</w:p>" + para("之后"))),
      Expect::accepted);
  {
    std::string const numbering =
        "<w:numbering xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
        "<w:abstractNum w:abstractNumId=\"0\"><w:lvl w:ilvl=\"0\"><w:start w:val=\"9223372036854775807\"/>"
        "<w:numFmt w:val=\"chineseCounting\"/><w:lvlText w:val=\"%1%1%1%1%1%1%1%1%1、\"/></w:lvl>"
        "<w:lvl w:ilvl=\"1\"><w:start w:val=\"-9223372036854775808\"/><w:numFmt w:val=\"upperRoman\"/>"
        "<w:lvlText w:val=\"%2%9%0%\"/></w:lvl><w:lvl w:ilvl=\"99\"><w:start w:val=\"x\"/></w:lvl></w:abstractNum>"
        "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>"
        "<w:num w:numId=\"2\"><w:abstractNumId w:val=\"2\"/></w:num>"
        "<w:abstractNum w:abstractNumId=\"2\"><w:numStyleLink w:val=\"S\"/></w:abstractNum></w:numbering>";
    std::string const styles =
        "<w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
        "<w:style w:type=\"numbering\" w:styleId=\"S\"><w:pPr><w:numPr><w:numId w:val=\"2\"/></w:numPr></w:pPr></w:style>"
        "<w:style w:type=\"paragraph\" w:styleId=\"A\"><w:basedOn w:val=\"B\"/></w:style>"
        "<w:style w:type=\"paragraph\" w:styleId=\"B\"><w:basedOn w:val=\"A\"/></w:style></w:styles>";
    std::string paragraphs;
    for (int i = 0; i < 50; ++i)
      paragraphs += "<w:p><w:pPr><w:pStyle w:val=\"A\"/><w:numPr><w:ilvl w:val=\"" + std::to_string(i % 3) +
                    "\"/><w:numId w:val=\"" + std::to_string(1 + i % 2) + "\"/></w:numPr></w:pPr><w:r><w:t>编号" +
                    std::to_string(i) + "</w:t></w:r></w:p>";
    add("docx-numbering-extremes",
        package(body(paragraphs), true, {{"word/numbering.xml", numbering}, {"word/styles.xml", styles}}),
        Expect::accepted);
  }
  {
    std::string const rel_out =
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship "
        "Id=\"r\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
        "Target=\"../../../../etc/passwd\"/></Relationships>";
    docx::ZipWriter z;
    z.add("_rels/.rels", rel_out);
    z.add("../../word/document.xml", body(para("越界")));
    z.add("word/document.xml", body(para("正文")));
    add("docx-path-traversal", z.finish(), Expect::any);
  }
  // Big but honest: 10,000 paragraphs, hand-written and exported.
  {
    std::string paragraphs;
    for (int i = 0; i < 10000; ++i)
      paragraphs += para(i % 50 == 0 ? "一、加强基层治理第" + std::to_string(i) + "项"
                                     : "第" + std::to_string(i) + "项：全年完成投资" + std::to_string(i % 97) +
                                           "亿元，同比增长" + std::to_string(i % 13) + "%。");
    add("docx-10k-paragraphs", package(body(paragraphs)), Expect::accepted).min_lines = 10000;
    std::string report = "某某镇2024年工作总结\n";
    for (std::size_t i = 0; i < 10000; ++i) {
      std::string const& r = reports[i % reports.size()];
      report += "（" + std::to_string(i) + "）" + r.substr(i * 131 % (r.size() - 90), 90) + "\n";
    }
    // substr may cut a character: keep whole characters only.
    std::string clean;
    for (std::size_t p = 0; p < report.size();) {
      std::size_t const next = char_start(report, p + 1);
      if (text::find_invalid_utf8(std::string_view(report).substr(p, next - p)) == std::string_view::npos)
        clean.append(report, p, next - p);
      p = next;
    }
    add("docx-10k-exported", export_report(clean), Expect::accepted).min_lines = 10000;
  }
  // Stored, not deflated: so repetitive a text would (rightly) look like a bomb.
  add("docx-5mb-paragraph", package(body(para(repeat("推进乡村振兴，", 250000))), false), Expect::accepted);
  return out;
}

}  // namespace zongjie::test::hostile
