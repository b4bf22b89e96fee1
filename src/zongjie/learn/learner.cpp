#include "zongjie/learn/learner.hpp"

#include "zongjie/outline/part_headings.hpp"

#include "zongjie/outline/builder.hpp"
#include "zongjie/store/store.hpp"
#include "zongjie/util/chinese.hpp"
#include "zongjie/util/utf8.hpp"

#include <algorithm>
#include <condition_variable>
#include <deque>
#include <exception>
#include <map>
#include <mutex>
#include <set>
#include <thread>
#include <unordered_map>

namespace zongjie {

ParsedReport parse_report(std::filesystem::path const& path, ThemeLexicon const& themes, bool with_sentences) {
  ParsedReport r;
  r.document = text::load_document(path);
  r.outline = build_outline(r.document, {&themes});
  if (with_sentences) {
    r.sentences = split_sentences(r.document, r.outline);
    r.names = count_names(r.sentences);
  }
  return r;
}

std::vector<NameCount> count_names(std::vector<Sentence> const& sentences) {
  std::vector<std::string_view> texts;
  texts.reserve(sentences.size());
  for (auto const& s : sentences) texts.push_back(s.text);
  return NameExtractor::standard()->count(texts);
}

namespace {

bool is_report_file(std::filesystem::path const& p) {
  std::string ext = p.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return ext == ".txt" || ext == ".docx";
}

std::string canonical_string(std::filesystem::path const& p) {
  std::error_code ec;
  auto c = std::filesystem::weakly_canonical(p, ec);
  return (ec ? std::filesystem::absolute(p, ec) : c).string();
}

}  // namespace

std::vector<std::filesystem::path> collect_report_files(
    std::vector<std::filesystem::path> const& inputs,
    std::function<void(std::string const& path, std::string const& reason)> const& warn) {
  namespace fs = std::filesystem;
  std::vector<fs::path> out;
  for (auto const& in : inputs) {
    std::error_code ec;
    auto const st = fs::status(in, ec);
    if (ec || !fs::exists(st)) {
      if (warn) warn(in.string(), "不存在或无法访问");
      continue;
    }
    if (!fs::is_directory(st)) {
      out.push_back(in);
      continue;
    }
    std::vector<fs::path> found;
    fs::recursive_directory_iterator it(in, fs::directory_options::skip_permission_denied, ec), end;
    if (ec) {
      if (warn) warn(in.string(), "无法读取文件夹：" + ec.message());
      continue;
    }
    while (it != end) {
      std::error_code fe;
      bool const regular = it->is_regular_file(fe);
      if (is_report_file(it->path())) {
        if (!fe && regular) found.push_back(it->path());
        else if (!it->is_directory(fe)) {
          // A broken link, a FIFO, a device: say so rather than skip it silently.
          std::error_code le;
          bool const link = it->is_symlink(le);
          if (warn) warn(it->path().string(), link ? "链接指向的文件不存在或无法访问" : "不是普通文件");
        }
      }
      it.increment(ec);
      if (ec) {
        if (warn) warn(in.string(), "遍历文件夹时出错：" + ec.message());
        break;
      }
    }
    std::sort(found.begin(), found.end());
    out.insert(out.end(), found.begin(), found.end());
  }
  return out;
}

namespace {

ParseOutcome parse_outcome(std::filesystem::path const& path, ThemeLexicon const& themes, bool with_sentences,
                           std::function<bool(std::filesystem::path const&, std::uint64_t, std::size_t)> const& skip) {
  ParseOutcome o;
  o.path = path;
  try {
    std::string const bytes = text::read_file_bytes(path);
    if (bytes.empty()) throw text::InputError(path.string(), "文件是空的");
    if (with_sentences && bytes.size() > max_learn_bytes)
      throw text::InputError(path.string(), "文件过大（" + std::to_string(bytes.size() / (1024 * 1024)) +
                                                " MB），不像一篇报告，未学习；上限 " +
                                                std::to_string(max_learn_bytes / (1024 * 1024)) + " MB");
    if (skip && skip(path, text::content_hash(bytes), bytes.size())) {
      o.skipped = true;
    } else {
      ParsedReport r;
      r.document = text::document_from_bytes(path.string(), bytes);
      r.outline = build_outline(r.document, {&themes});
      if (with_sentences) {
        r.sentences = split_sentences(r.document, r.outline);
        r.names = count_names(r.sentences);
      }
      o.report = std::move(r);
    }
  } catch (text::InputError const& e) {
    o.error = e.what();
  } catch (std::exception const& e) {
    o.error = path.string() + "：" + e.what();
  }
  return o;
}

}  // namespace

void parse_each(std::vector<std::filesystem::path> const& files, ThemeLexicon const& themes, unsigned threads,
                std::function<void(std::size_t, ParseOutcome&)> const& consume) {
  if (threads == 0) threads = std::max(1u, std::thread::hardware_concurrency());
  threads = static_cast<unsigned>(std::min<std::size_t>(threads, std::max<std::size_t>(1, files.size())));
  std::atomic<std::size_t> next{0};
  std::mutex failure_mutex;
  std::exception_ptr failure;
  auto run = [&] {
    for (std::size_t i; (i = next.fetch_add(1, std::memory_order_relaxed)) < files.size();) {
      try {
        ParseOutcome o = parse_outcome(files[i], themes, false, nullptr);
        consume(i, o);
      } catch (...) {
        std::lock_guard lock(failure_mutex);
        if (!failure) failure = std::current_exception();
        next.store(files.size());  // the others stop at their next file
      }
    }
  };
  std::vector<std::thread> pool;
  for (unsigned t = 1; t < threads; ++t) pool.emplace_back(run);
  run();  // the calling thread is one of the `threads`
  for (auto& t : pool) t.join();
  if (failure) std::rethrow_exception(failure);
}

void parse_in_parallel(std::vector<std::filesystem::path> const& files, ThemeLexicon const& themes, bool with_sentences,
                       unsigned threads,
                       std::function<bool(std::filesystem::path const&, std::uint64_t, std::size_t)> const& skip,
                       std::function<void(ParseOutcome&)> const& consume, std::atomic<bool> const* cancel) {
  if (threads == 0) threads = std::max(1u, std::thread::hardware_concurrency());
  std::size_t const n = files.size();
  std::size_t const window = 64;
  std::vector<std::optional<ParseOutcome>> slots(n);
  std::mutex mutex;
  std::condition_variable ready, room;
  std::size_t next = 0;         // next file a worker takes
  std::size_t consumed = 0;     // results handed out so far
  std::size_t waiting_for = n;  // the slot the caller sleeps on, n when awake
  bool stop = false;

  auto work = [&](std::size_t i) { return parse_outcome(files[i], themes, with_sentences, skip); };

  auto worker = [&] {
    for (;;) {
      std::size_t i;
      {
        std::unique_lock lock(mutex);
        room.wait(lock, [&] { return stop || next >= n || next < consumed + window; });
        if (stop || next >= n) return;
        i = next++;
      }
      ParseOutcome o = work(i);
      bool wake;
      {
        std::lock_guard lock(mutex);
        slots[i] = std::move(o);
        wake = waiting_for == i;  // wake the caller only for the slot it waits on
      }
      if (wake) ready.notify_one();
    }
  };

  // With one thread the caller parses; otherwise workers parse while the
  // caller consumes (writing to the database is the caller's share).
  unsigned const workers = threads > 1 ? threads : 0;
  std::vector<std::thread> pool;
  for (unsigned t = 0; t < workers; ++t) pool.emplace_back(worker);

  try {
    for (std::size_t i = 0; i < n; ++i) {
      if (cancel && cancel->load()) break;
      ParseOutcome o;
      if (workers == 0) {
        o = work(i);
      } else {
        std::unique_lock lock(mutex);
        waiting_for = i;
        ready.wait(lock, [&] { return slots[i].has_value(); });
        waiting_for = n;
        o = std::move(*slots[i]);
        slots[i].reset();
      }
      bool wake_workers;
      {
        std::lock_guard lock(mutex);
        consumed = i + 1;
        wake_workers = next < n && next + 1 >= consumed + window;  // a worker may be waiting for room
      }
      if (wake_workers) room.notify_all();
      consume(o);
    }
  } catch (...) {
    {
      std::lock_guard lock(mutex);
      stop = true;
    }
    room.notify_all();
    for (auto& t : pool) t.join();
    throw;
  }
  {
    std::lock_guard lock(mutex);
    stop = true;
  }
  room.notify_all();
  for (auto& t : pool) t.join();
}

std::shared_ptr<ThemeLexicon const> corpus_themes(store::Store* store) {
  auto base = ThemeLexicon::standard();
  if (!store) return base;
  auto const terms = store->theme_terms();
  if (terms.empty()) return base;
  auto lex = std::make_shared<ThemeLexicon>(*base);
  for (auto const& t : terms) lex->add_term(t.term, t.theme, t.weight);
  lex->finish();
  return lex;
}

std::shared_ptr<OfficeLexicon const> corpus_lexicon(store::Store* store) {
  if (!store) return std::make_shared<OfficeLexicon const>();
  return std::make_shared<OfficeLexicon const>(store->learned_names(), store->staff_names());
}

std::shared_ptr<PartHeadingLexicon const> corpus_part_headings(store::Store* store) {
  auto lex = std::make_shared<PartHeadingLexicon>();
  if (!store) return lex;
  for (auto const& h : store->part_headings()) lex->add(h.heading, h.role, h.count);
  return lex;
}

std::vector<std::pair<std::string, std::string>> refine_theme_terms(
    std::vector<std::pair<std::string, std::string>> const& titles_and_themes, ThemeLexicon const& base) {
  // Candidates are runs of 2–4 Han characters in section titles.  A run is
  // taken for a word only if it is seen with at least two different
  // characters on each side (accessor variety): 人居环境 qualifies, the
  // fragments 人居环 and 居环境 do not.
  std::set<std::string> known;
  for (auto const& t : base.terms()) known.insert(t.text);
  struct Stats {
    std::map<std::string, int> by_theme;  // titles per theme
    std::set<std::string> left, right;
  };
  std::map<std::string, Stats> stats;
  auto is_han = [](std::string_view ch) { return chinese::is_han(utf8::decode(ch, 0).value); };
  for (auto const& [title, theme] : titles_and_themes) {
    std::vector<std::string_view> chars;
    for (auto const [c, offset] : utf8::chars(title)) chars.push_back(std::string_view(title).substr(offset, c.length));
    std::set<std::string> seen;
    for (std::size_t i = 0; i < chars.size(); ++i) {
      std::string term;
      for (std::size_t len = 1; len <= 4 && i + len <= chars.size(); ++len) {
        if (!is_han(chars[i + len - 1])) break;
        term += chars[i + len - 1];
        if (len < 2) continue;
        Stats& s = stats[term];
        s.left.insert(i == 0 || !is_han(chars[i - 1]) ? std::string("^") : std::string(chars[i - 1]));
        s.right.insert(i + len == chars.size() || !is_han(chars[i + len]) ? std::string("$")
                                                                          : std::string(chars[i + len]));
        if (!theme.empty() && seen.insert(term).second) ++s.by_theme[theme];
      }
    }
  }
  std::map<std::string, std::vector<std::pair<int, std::string>>> per_theme;
  for (auto const& [term, s] : stats) {
    if (known.contains(term) || s.left.size() < 2 || s.right.size() < 2) continue;
    int total = 0, best = 0;
    std::string best_theme;
    for (auto const& [theme, n] : s.by_theme) {
      total += n;
      if (n > best) {
        best = n;
        best_theme = theme;
      }
    }
    // Frequent in one theme's titles and rare elsewhere.
    if (best >= 5 && best * 10 >= total * 9) per_theme[best_theme].push_back({best, term});
  }
  std::vector<std::pair<std::string, std::string>> out;
  for (auto& [theme, terms] : per_theme) {
    std::stable_sort(terms.begin(), terms.end(), [](auto const& a, auto const& b) { return a.first > b.first; });
    for (std::size_t i = 0; i < terms.size() && i < 30; ++i) out.emplace_back(terms[i].second, theme);
  }
  return out;
}

LearnResult learn(store::Store& store, LearnOptions const& options) {
  LearnResult result;
  auto warn = [&](std::string const& path, std::string const& reason) {
    if (options.on_warning) options.on_warning(path, reason);
  };
  std::vector<std::filesystem::path> const files = collect_report_files(options.inputs, warn);
  result.files = files.size();

  std::unordered_map<std::string, std::pair<std::uint64_t, std::size_t>> stored;
  for (auto const& d : store.documents()) stored[d.path] = {d.content_hash, d.byte_size};
  auto const themes = corpus_themes(&store);

  // Commit in batches: a crash or a cancel keeps what was learned so far,
  // and a second writer is not locked out for the whole run.
  std::size_t const batch = store.documents_per_transaction();
  std::optional<store::StoreTransaction> tx;
  std::size_t in_tx = 0, done = 0;
  auto skip = [&](std::filesystem::path const& p, std::uint64_t hash, std::size_t size) {
    auto it = stored.find(canonical_string(p));
    return it != stored.end() && it->second.first == hash && it->second.second == size;
  };
  parse_in_parallel(
      files, *themes, true, options.threads, skip,
      [&](ParseOutcome& o) {
        ++done;
        if (o.skipped) {
          ++result.unchanged;
        } else if (!o.report) {
          ++result.failed;
          warn(o.path.string(), o.error);
        } else {
          o.report->document.path = canonical_string(o.path);
          if (!tx) tx.emplace(store);
          store.replace_document(o.report->document, o.report->outline, o.report->sentences);
          store.replace_document_names(o.report->document.path, o.report->names);
          ++result.learned;
          if (++in_tx >= batch) {
            tx->commit();
            tx.reset();
            in_tx = 0;
          }
        }
        if (options.on_progress) options.on_progress({done, files.size(), o.path.string()});
      },
      options.cancel);
  result.cancelled = options.cancel && options.cancel->load() && done < files.size();

  if (!tx) tx.emplace(store);
  // Theme terms of this corpus, from the titles of sections the lexicon placed.
  std::vector<std::pair<std::string, std::string>> const titles = store.section_themes();
  std::vector<store::Store::ThemeTerm> terms;
  for (auto const& [term, theme] : refine_theme_terms(titles, *ThemeLexicon::standard()))
    terms.push_back({term, theme, 1});
  store.replace_theme_terms(terms);
  // Documents learned before the lexicon existed: their names from their stored sentences.
  for (auto const& path : store.documents_without_names()) {
    std::vector<std::string> const sentences = store.document_sentences(path);
    std::vector<std::string_view> texts(sentences.begin(), sentences.end());
    store.replace_document_names(path, NameExtractor::standard()->count(texts));
  }
  store.rebuild_lexicon();
  result.model = store.rebuild_model();
  tx->commit();
  return result;
}

}  // namespace zongjie
