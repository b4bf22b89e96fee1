#include "zongjie/check/checker.hpp"

#include "zongjie/check/register_checks.hpp"
#include "zongjie/check/text_scan.hpp"
#include "zongjie/data/resources.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace zongjie::check {

bool Context::in_debris(std::size_t begin, std::size_t end) const noexcept {
  auto it = std::upper_bound(not_text.begin(), not_text.end(), begin,
                             [](std::size_t b, grammar::ByteRange const& r) { return b < r.begin; });
  if (it != not_text.begin() && std::prev(it)->end > begin) return true;
  return it != not_text.end() && it->begin < std::max(end, begin + 1);
}

bool Context::is_noise_line(std::size_t line) const noexcept {
  auto it = std::lower_bound(outline.noise.begin(), outline.noise.end(), line,
                             [](NoiseLine const& n, std::size_t l) { return n.line < l; });
  return it != outline.noise.end() && it->line == line;
}

struct Checker::Registered {
  std::unique_ptr<Check const> check;
  RuleInfo const* info = nullptr;
  std::optional<Severity> override_severity;
};

Checker::Checker(CheckerOptions options)
    : model_(options.model ? std::move(*options.model) : builtin_standard_outline()),
      data_(options.data ? RuleData(std::move(*options.data)) : RuleData::standard()) {
  if (options.themes) data_.themes = options.themes;
  if (options.lexicon) data_.lexicon = options.lexicon;
  for (auto& c : make_checks()) {
    RuleInfo const* info = data_.catalog->find(c->id());
    if (!info)
      throw std::runtime_error("规则数据中缺少规则 " + std::string(c->id()) + "（templates/check/rules.json）");
    checks_.push_back({std::move(c), info, std::nullopt});
  }
}

Checker::~Checker() = default;
Checker::Checker(Checker&&) noexcept = default;
Checker& Checker::operator=(Checker&&) noexcept = default;

void Checker::set_severity(std::string_view rule, Severity severity) {
  for (auto& r : checks_)
    if (r.check->id() == rule) {
      r.override_severity = severity;
      return;
    }
  throw UnknownRule("未知的规则：" + std::string(rule));
}

void Checker::reset_severities() {
  for (auto& r : checks_) r.override_severity.reset();
}

std::vector<std::string> Checker::rule_ids() const {
  std::vector<std::string> ids;
  for (auto const& r : checks_) ids.emplace_back(r.check->id());
  return ids;
}

PreviousPlan Checker::prepare_previous(text::Document const& doc, Outline const& outline) const {
  return PreviousPlan(doc, outline, data_);
}

namespace {

/// Turns one check's hits into findings.
class FindingSink final : public Sink {
 public:
  FindingSink(Context const& ctx, RuleInfo const& info, std::optional<Severity> override_severity,
              std::vector<Finding>& out)
      : ctx_(ctx), info_(info), override_(override_severity), out_(out) {}

  void add(Hit hit) override {
    RuleInfo::Message const* msg = info_.message(hit.message);
    Severity const severity = override_ ? *override_ : (msg && msg->severity ? *msg->severity : info_.severity);
    if (severity == Severity::off) return;
    std::string_view const text = ctx_.text();
    Finding f;
    f.rule = info_.id;
    f.severity = severity;
    f.begin = std::min(hit.begin, text.size());
    f.end = std::clamp(hit.end, f.begin, text.size());
    auto const pos = position_of(f.begin);
    f.line = pos.line;
    f.column = pos.column;
    auto end_pos = pos;
    if (f.end != f.begin)
      end_pos = ctx_.doc.lines.line_of(f.end) == pos.line
                    ? text::Position{pos.line, pos.column + text::count_chars(text.substr(f.begin, f.end - f.begin))}
                    : ctx_.doc.position(f.end);
    f.end_line = end_pos.line;
    f.end_column = end_pos.column;
    // A message missing from a user's edited rules.json: say which one rather than nothing.
    f.message = msg ? format_message(msg->text, hit.args) : info_.title + "（" + std::string(hit.message) + "）";
    f.suggestion = std::move(hit.suggestion);
    f.fix = std::move(hit.fix);
    if (!hit.subject.empty()) {
      f.subject = std::move(hit.subject);
    } else {
      // The sentence is looked for within a window around the finding: a
      // pasted line of megabytes with thousands of findings must not cost
      // a scan of the whole line for each (real sentences are far shorter).
      std::size_t const lo = char_floor(text, f.begin > subject_window ? f.begin - subject_window : 0);
      std::size_t const hi = char_floor(text, std::min(text.size(), f.end + subject_window));
      std::string_view const near = text.substr(lo, hi - lo);
      std::size_t sb = lo + scan::sentence_begin(near, f.begin - lo);
      std::size_t se = std::max(lo + scan::sentence_end(near, f.begin - lo), f.end);
      // No sentence bound within the window (one pasted line of megabytes
      // without a 。): the key is the words near the finding, not a slice of
      // the window copied for each of a million findings.
      if (sb == lo && lo > 0 && text[lo - 1] != '\n')
        sb = std::max(sb, char_floor(text, f.begin > unbounded_reach ? f.begin - unbounded_reach : 0));
      if (se >= hi && hi < text.size() && text[hi] != '\n')
        se = std::max(f.end, std::min(se, char_floor(text, std::min(text.size(), f.end + unbounded_reach))));
      f.subject =
          scan::normalise(text.substr(sb, se - sb)) + "｜" + scan::normalise(text.substr(f.begin, f.end - f.begin));
    }
    out_.push_back(std::move(f));
  }

 private:
  static constexpr std::size_t subject_window = 1024;  ///< bytes on each side of a finding (340 characters)
  static constexpr std::size_t unbounded_reach = 96;   ///< bytes on each side when no sentence bound is in the window

  static std::size_t char_floor(std::string_view s, std::size_t at) noexcept {
    while (at > 0 && at < s.size() && (static_cast<unsigned char>(s[at]) & 0xC0) == 0x80) --at;
    return at;
  }

  /// Line and column of `offset`.  A check reports in text order, so the
  /// characters are counted on from its last finding on the same line
  /// rather than from the line start each time (which is quadratic on one
  /// huge line).
  text::Position position_of(std::size_t offset) {
    text::Position pos;
    if (last_.line != 0 && offset >= last_offset_ && ctx_.doc.lines.line_of(offset) == last_.line)
      pos = {last_.line, last_.column + text::count_chars(ctx_.text().substr(last_offset_, offset - last_offset_))};
    else pos = ctx_.doc.position(offset);
    last_ = pos;
    last_offset_ = offset;
    return pos;
  }

  Context const& ctx_;
  RuleInfo const& info_;
  std::optional<Severity> override_;
  std::vector<Finding>& out_;
  text::Position last_;  ///< of the last finding (line 0: none yet)
  std::size_t last_offset_ = 0;
};

bool any_enabled(RuleInfo const& info, std::optional<Severity> override_severity) {
  if (override_severity) return *override_severity != Severity::off;
  if (info.severity != Severity::off) return true;
  return std::any_of(info.messages.begin(), info.messages.end(),
                     [](auto const& m) { return m.severity && *m.severity != Severity::off; });
}

}  // namespace

std::vector<Finding> Checker::check(text::Document const& doc, Outline const& outline,
                                    PreviousPlan const* previous) const {
  std::vector<grammar::ByteRange> not_text(outline.debris.begin(), outline.debris.end());
  for (auto const& n : outline.noise) not_text.push_back({doc.lines.line_start(n.line), doc.lines.line_end(n.line)});
  std::sort(not_text.begin(), not_text.end(), [](auto a, auto b) { return a.begin < b.begin; });
  Context const ctx{doc, outline, model_, data_, previous, not_text};
  std::vector<Finding> out;
  for (auto const& r : checks_) {
    if (!any_enabled(*r.info, r.override_severity)) continue;
    FindingSink sink(ctx, *r.info, r.override_severity, out);
    r.check->run(ctx, sink);
  }
  std::stable_sort(out.begin(), out.end(), [](Finding const& a, Finding const& b) {
    return a.begin != b.begin ? a.begin < b.begin : a.rule < b.rule;
  });
  return out;
}

}  // namespace zongjie::check
