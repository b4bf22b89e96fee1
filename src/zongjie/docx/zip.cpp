#include "zongjie/docx/zip.hpp"

#include <dlfcn.h>
#include <zip.h>

#include <algorithm>
#include <cstdlib>
#include <cstring>

namespace zongjie::docx {

namespace {

/// libzip, loaded on first use.  Linking it would load libcrypto (through
/// libzip's AES support) into every run of every command — two
/// milliseconds of start-up for `zongjie phrases`, which never reads a
/// .docx — so it is opened with dlopen when a .docx is first read or written.
struct LibZip {
  // clang-format off
#define ZONGJIE_LIBZIP_FUNCTIONS(X) \
  X(zip_error_fini) \
  X(zip_source_free) \
  X(zip_error_code_zip) \
  X(zip_discard) \
  X(zip_source_seek) \
  X(zip_source_buffer_create) \
  X(zip_open_from_source) \
  X(zip_error_init) \
  X(zip_stat_init) \
  X(zip_stat_index) \
  X(zip_source_tell) \
  X(zip_source_read) \
  X(zip_source_open) \
  X(zip_source_keep) \
  X(zip_source_close) \
  X(zip_source_buffer) \
  X(zip_set_file_compression) \
  X(zip_name_locate) \
  X(zip_get_error) \
  X(zip_fread) \
  X(zip_fopen_index) \
  X(zip_file_get_error) \
  X(zip_file_add) \
  X(zip_fclose) \
  X(zip_error_strerror) \
  X(zip_error_init_with_code) \
  X(zip_close) \
  X(zip_get_num_entries) \
  X(zip_get_name)
#define ZONGJIE_LIBZIP_MEMBER(name) decltype(&::name) name = nullptr;  // NOLINT(bugprone-macro-parentheses): a declaration
  // clang-format on
  ZONGJIE_LIBZIP_FUNCTIONS(ZONGJIE_LIBZIP_MEMBER)
#undef ZONGJIE_LIBZIP_MEMBER
};

LibZip const& lib() {
  static LibZip const loaded = [] {
    LibZip z;
    void* handle = ::dlopen("libzip.so.4", RTLD_NOW | RTLD_LOCAL);
    if (!handle) handle = ::dlopen("libzip.so", RTLD_NOW | RTLD_LOCAL);
    if (!handle)
      throw DocxError(std::string("无法加载 libzip（读写 Word 文档需要它，请安装 libzip4）：") + ::dlerror());
#define ZONGJIE_LIBZIP_LOAD(name)                                      \
  z.name = reinterpret_cast<decltype(z.name)>(::dlsym(handle, #name)); \
  if (!z.name) throw DocxError("libzip 版本不兼容：缺少 " #name);
    ZONGJIE_LIBZIP_FUNCTIONS(ZONGJIE_LIBZIP_LOAD)
#undef ZONGJIE_LIBZIP_LOAD
    return z;
  }();
  return loaded;
}

constexpr std::size_t mib = 1024u * 1024u;

std::string mb(std::size_t bytes) { return std::to_string((bytes + mib - 1) / mib) + " MB"; }

std::uint32_t le16(std::string_view b, std::size_t at) {
  return static_cast<std::uint32_t>(static_cast<unsigned char>(b[at]) | static_cast<unsigned char>(b[at + 1]) << 8);
}
std::uint32_t le32(std::string_view b, std::size_t at) { return le16(b, at) | le16(b, at + 2) << 16; }
std::uint64_t le64(std::string_view b, std::size_t at) {
  return static_cast<std::uint64_t>(le32(b, at)) | static_cast<std::uint64_t>(le32(b, at + 4)) << 32;
}

/// Entries the central directory claims, read from the end-of-central-
/// directory record (and its ZIP64 twin) before libzip allocates anything
/// for them; nullopt when the record cannot be found (libzip then decides).
std::optional<std::uint64_t> declared_entries(std::string_view b) {
  if (b.size() < 22) return std::nullopt;
  std::size_t const lowest = b.size() > 22 + 65535 ? b.size() - 22 - 65535 : 0;
  for (std::size_t at = b.size() - 22 + 1; at-- > lowest;) {
    if (b.compare(at, 4, "PK\x05\x06") != 0) continue;
    std::uint64_t entries = le16(b, at + 10);
    if (entries == 0xFFFF && at >= 20 && b.compare(at - 20, 4, "PK\x06\x07") == 0) {
      std::uint64_t const z = le64(b, at - 20 + 8);
      if (z + 56 <= b.size() && b.compare(z, 4, "PK\x06\x06") == 0) entries = le64(b, z + 32);
    }
    return entries;
  }
  return std::nullopt;
}

std::string const damaged = "压缩包已损坏或不完整（可能下载或拷贝未完成）";

std::string zip_error_message(int code) {
  switch (code) {
    case ZIP_ER_NOZIP:
    case ZIP_ER_INCONS:
    case ZIP_ER_EOF:
    case ZIP_ER_CRC:
    case ZIP_ER_ZLIB:
    case ZIP_ER_READ:
    case ZIP_ER_SEEK: return damaged;
    case ZIP_ER_ENCRNOTSUPP:
    case ZIP_ER_NOPASSWD:
    case ZIP_ER_WRONGPASSWD: return "文档已加密，请在 Word 或 WPS 中取消密码并另存为 .docx 后再试";
    case ZIP_ER_COMPNOTSUPP: return "压缩包使用了不支持的压缩方式，请在 Word 或 WPS 中另存为 .docx 后再试";
    case ZIP_ER_MEMORY: return "内存不足，无法读取";
    default: {
      zip_error_t e;
      lib().zip_error_init_with_code(&e, code);
      std::string m = std::string("无法读取压缩包：") + lib().zip_error_strerror(&e);
      lib().zip_error_fini(&e);
      return m;
    }
  }
}

}  // namespace

// ---- reading --------------------------------------------------------------------

struct ZipReader::Impl {
  zip_t* archive = nullptr;
  ReadLimits limits;
  std::size_t inflated_total = 0;

  ~Impl() {
    if (archive) lib().zip_discard(archive);
  }

  std::optional<zip_uint64_t> locate(std::string_view name) const {
    std::string const n(name);
    // OPC part names are case-insensitive; a leading '/' is not stored.
    std::string_view const stored = n.front() == '/' ? std::string_view(n).substr(1) : std::string_view(n);
    zip_int64_t const i = lib().zip_name_locate(archive, std::string(stored).c_str(), ZIP_FL_NOCASE | ZIP_FL_ENC_GUESS);
    if (i < 0) return std::nullopt;
    return static_cast<zip_uint64_t>(i);
  }
};

ZipReader::ZipReader(std::string_view bytes, ReadLimits const& limits) : impl_(std::make_unique<Impl>()) {
  impl_->limits = limits;
  if (auto const n = declared_entries(bytes); n && *n > limits.max_entries)
    throw DocxError("压缩包声称含有 " + std::to_string(*n) + " 个文件，超过上限 " + std::to_string(limits.max_entries) +
                    "，不像 Word 文档，已拒绝");
  zip_error_t err;
  lib().zip_error_init(&err);
  zip_source_t* src = lib().zip_source_buffer_create(bytes.data(), bytes.size(), 0, &err);
  if (!src) {
    int const code = lib().zip_error_code_zip(&err);
    lib().zip_error_fini(&err);
    throw DocxError(zip_error_message(code));
  }
  impl_->archive = lib().zip_open_from_source(src, ZIP_RDONLY, &err);
  if (!impl_->archive) {
    int const code = lib().zip_error_code_zip(&err);
    lib().zip_source_free(src);
    lib().zip_error_fini(&err);
    throw DocxError(zip_error_message(code));
  }
  lib().zip_error_fini(&err);
  // The archive owns the source now; zip_discard frees both.
}

ZipReader::~ZipReader() = default;

bool ZipReader::contains(std::string_view name) const { return !name.empty() && impl_->locate(name).has_value(); }

std::optional<std::string> ZipReader::read(std::string_view name) {
  if (name.empty()) return std::nullopt;
  auto const index = impl_->locate(name);
  if (!index) return std::nullopt;
  ReadLimits const& lim = impl_->limits;
  std::string const shown(name.front() == '/' ? name.substr(1) : name);
  zip_stat_t st;
  lib().zip_stat_init(&st);
  if (lib().zip_stat_index(impl_->archive, *index, 0, &st) != 0) throw DocxError(damaged);
  if ((st.valid & ZIP_STAT_ENCRYPTION_METHOD) && st.encryption_method != ZIP_EM_NONE)
    throw DocxError(zip_error_message(ZIP_ER_NOPASSWD));
  std::uint64_t const compressed = (st.valid & ZIP_STAT_COMP_SIZE) ? st.comp_size : 0;
  auto const bomb = [&](std::string const& why) {
    return DocxError(shown + " " + why + "，疑似“压缩炸弹”，已拒绝读取");
  };
  // First what the archive declares …
  if (st.valid & ZIP_STAT_SIZE) {
    if (st.size > lim.max_part_bytes)
      throw bomb("解压后声称有 " + mb(st.size) + "，超过上限 " + mb(lim.max_part_bytes));
    if (st.size > lim.ratio_floor && st.size / std::max<std::uint64_t>(compressed, 1) > lim.max_ratio)
      throw bomb("压缩比超过 " + std::to_string(lim.max_ratio) + ":1");
  }
  zip_file_t* f = lib().zip_fopen_index(impl_->archive, *index, 0);
  if (!f) throw DocxError(zip_error_message(lib().zip_error_code_zip(lib().zip_get_error(impl_->archive))));
  struct Closer {
    zip_file_t* f;
    ~Closer() { lib().zip_fclose(f); }
  } closer{f};
  // … then what inflating really yields: declared sizes can lie.
  std::string out;
  out.reserve(
      static_cast<std::size_t>(std::min<std::uint64_t>((st.valid & ZIP_STAT_SIZE) ? st.size : 0, lim.max_part_bytes)));
  char buffer[64 * 1024];
  for (;;) {
    zip_int64_t const n = lib().zip_fread(f, buffer, sizeof buffer);
    if (n < 0) throw DocxError(zip_error_message(lib().zip_error_code_zip(lib().zip_file_get_error(f))));
    if (n == 0) break;
    auto const got = static_cast<std::size_t>(n);
    if (out.size() + got > lim.max_part_bytes) throw bomb("解压后超过上限 " + mb(lim.max_part_bytes));
    if (impl_->inflated_total + out.size() + got > lim.max_total_bytes)
      throw bomb("与其他部分合计解压后超过上限 " + mb(lim.max_total_bytes));
    out.append(buffer, got);
    if (out.size() > lim.ratio_floor && out.size() / std::max<std::uint64_t>(compressed, 1) > lim.max_ratio)
      throw bomb("压缩比超过 " + std::to_string(lim.max_ratio) + ":1");
  }
  impl_->inflated_total += out.size();
  return out;
}

std::vector<std::string> ZipReader::names() const {
  std::vector<std::string> out;
  zip_int64_t const n = lib().zip_get_num_entries(impl_->archive, 0);
  for (zip_int64_t i = 0; i < n; ++i)
    if (char const* name = lib().zip_get_name(impl_->archive, static_cast<zip_uint64_t>(i), ZIP_FL_ENC_RAW))
      out.emplace_back(name);
  return out;
}

// ---- writing --------------------------------------------------------------------

ZipWriter::ZipWriter() = default;
ZipWriter::~ZipWriter() = default;

void ZipWriter::add(std::string name, std::string data, bool compress) {
  parts_.emplace_back(std::move(name), std::move(data));
  compress_.push_back(compress);
}

std::string ZipWriter::finish() {
  zip_error_t err;
  lib().zip_error_init(&err);
  auto const fail = [&](char const* what) {
    std::string m = std::string("无法生成压缩包（") + what + "）";
    lib().zip_error_fini(&err);
    return DocxError(m);
  };
  zip_source_t* buffer = lib().zip_source_buffer_create(nullptr, 0, 0, &err);
  if (!buffer) throw fail("内存");
  lib().zip_source_keep(buffer);  // survives zip_close, which writes into it
  struct SourceFree {
    zip_source_t* s;
    ~SourceFree() { lib().zip_source_free(s); }
  } buffer_free{buffer};
  zip_t* archive = lib().zip_open_from_source(buffer, ZIP_TRUNCATE, &err);
  if (!archive) {
    lib().zip_source_free(buffer);  // the reference zip_open_from_source did not take
    throw fail("打开");
  }
  for (std::size_t i = 0; i < parts_.size(); ++i) {
    auto const& [name, data] = parts_[i];
    zip_source_t* s = lib().zip_source_buffer(archive, data.data(), data.size(), 0);
    zip_int64_t const idx = s ? lib().zip_file_add(archive, name.c_str(), s, ZIP_FL_ENC_UTF_8 | ZIP_FL_OVERWRITE) : -1;
    if (idx < 0) {
      if (s) lib().zip_source_free(s);
      lib().zip_discard(archive);
      throw fail("添加文件");
    }
    lib().zip_set_file_compression(archive, static_cast<zip_uint64_t>(idx),
                                   compress_[i] ? ZIP_CM_DEFLATE : ZIP_CM_STORE, 0);
  }
  if (lib().zip_close(archive) != 0) {
    lib().zip_discard(archive);
    throw fail("写入");
  }
  std::string out;
  if (lib().zip_source_open(buffer) != 0) throw fail("读取");
  lib().zip_source_seek(buffer, 0, SEEK_END);
  zip_int64_t const size = lib().zip_source_tell(buffer);
  lib().zip_source_seek(buffer, 0, SEEK_SET);
  if (size > 0) {
    out.resize(static_cast<std::size_t>(size));
    zip_int64_t const got = lib().zip_source_read(buffer, out.data(), static_cast<zip_uint64_t>(size));
    out.resize(got > 0 ? static_cast<std::size_t>(got) : 0);
  }
  lib().zip_source_close(buffer);
  lib().zip_error_fini(&err);
  parts_.clear();
  compress_.clear();
  return out;
}

// ---- rewriting ---------------------------------------------------------------------

namespace {

std::string read_source(zip_source_t* source) {
  std::string out;
  if (lib().zip_source_open(source) != 0) throw DocxError("无法生成压缩包（读取）");
  lib().zip_source_seek(source, 0, SEEK_END);
  zip_int64_t const size = lib().zip_source_tell(source);
  lib().zip_source_seek(source, 0, SEEK_SET);
  if (size > 0) {
    out.resize(static_cast<std::size_t>(size));
    zip_int64_t const got = lib().zip_source_read(source, out.data(), static_cast<zip_uint64_t>(size));
    out.resize(got > 0 ? static_cast<std::size_t>(got) : 0);
  }
  lib().zip_source_close(source);
  return out;
}

}  // namespace

std::string rewrite_package(std::string_view package, std::vector<std::pair<std::string, std::string>> const& replaced,
                            bool compress) {
  // The source owns a copy of the bytes: libzip may hand parts of its
  // buffer on to what zip_close writes (cloning), and frees them itself.
  void* input = std::malloc(std::max<std::size_t>(package.size(), 1));
  if (!input) throw DocxError("无法生成压缩包（内存）");
  std::memcpy(input, package.data(), package.size());
  zip_error_t err;
  lib().zip_error_init(&err);
  zip_source_t* source = lib().zip_source_buffer_create(input, package.size(), 1, &err);
  if (!source) {
    std::free(input);
    lib().zip_error_fini(&err);
    throw DocxError("无法生成压缩包（内存）");
  }
  lib().zip_source_keep(source);  // survives zip_close, which writes the new archive into it
  struct SourceFree {
    zip_source_t* s;
    ~SourceFree() { lib().zip_source_free(s); }
  } source_free{source};
  zip_t* archive = lib().zip_open_from_source(source, 0, &err);
  if (!archive) {
    int const code = lib().zip_error_code_zip(&err);
    lib().zip_source_free(source);  // the reference zip_open_from_source did not take
    lib().zip_error_fini(&err);
    throw DocxError(zip_error_message(code));
  }
  lib().zip_error_fini(&err);
  for (auto const& [name, data] : replaced) {
    zip_source_t* s = lib().zip_source_buffer(archive, data.data(), data.size(), 0);
    zip_int64_t const idx = s ? lib().zip_file_add(archive, name.c_str(), s, ZIP_FL_ENC_UTF_8 | ZIP_FL_OVERWRITE) : -1;
    if (idx < 0) {
      if (s) lib().zip_source_free(s);
      lib().zip_discard(archive);
      throw DocxError("无法生成压缩包（写入 " + name + "）");
    }
    lib().zip_set_file_compression(archive, static_cast<zip_uint64_t>(idx), compress ? ZIP_CM_DEFLATE : ZIP_CM_STORE,
                                   0);
  }
  if (lib().zip_close(archive) != 0) {
    std::string const why = lib().zip_error_strerror(lib().zip_get_error(archive));
    lib().zip_discard(archive);
    throw DocxError("无法生成压缩包：" + why);
  }
  return read_source(source);
}

}  // namespace zongjie::docx
