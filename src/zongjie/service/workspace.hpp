// The service layer: what the command line and the editor do with reports,
// in one place.  A Workspace is a corpus opened once — its standard outline,
// theme and part-heading lexicons, checker, templates, ignores and phrase
// index — with one fallback policy (the database, else the built-in
// defaults), and the operations both front ends offer on top of it:
// outline, check (with last year's plan), fix (atomic, encoding kept),
// draft, templates, phrases and suggestions, export.  Learning and the
// standard outline of loose files, which write or need no corpus, are free
// functions.
//
// The front ends only parse their input, call this and format the result;
// none of them opens a store, builds a checker or applies a fix itself.
#pragma once

#include "zongjie/check/checker.hpp"
#include "zongjie/check/suppression.hpp"
#include "zongjie/corpus/standard_outline.hpp"
#include "zongjie/draft/draft.hpp"
#include "zongjie/learn/learner.hpp"
#include "zongjie/outline/builder.hpp"
#include "zongjie/outline/part_headings.hpp"
#include "zongjie/outline/themes.hpp"
#include "zongjie/store/phrase_index.hpp"
#include "zongjie/text/document.hpp"
#include "zongjie/word/writer.hpp"

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace zongjie::service {

/// Where the corpus database is: `given` (--db), else $ZONGJIE_DB, else
/// $XDG_DATA_HOME/zongjie/corpus.db.  `chosen` is true for --db: the user
/// named it for this command, so it must open; the others are defaults.
/// A postgresql:// (postgres://, libpq key=value) location is a server
/// (pgstore), anything else an SQLite file; the same policy holds for both.
struct CorpusLocation {
  std::string path;
  bool chosen = false;
};
CorpusLocation locate_corpus(std::optional<std::string> const& given);

/// A check of one file.
struct CheckRequest {
  check::PreviousPlan const* previous = nullptr;     ///< last year's plan (--previous)
  check::SuppressionStore const* ignores = nullptr;  ///< null: nothing is ignored
  bool fix = false;                                  ///< apply the safe fixes, write the file back, check again
};

struct CheckOutcome {
  text::Document document;  ///< as the file reads now (after a fix)
  Outline outline;
  std::vector<check::Finding> findings;  ///< what is left
  std::size_t suppressed = 0;            ///< findings left out because they are ignored
  std::vector<check::Finding> fixed;     ///< the findings whose fixes were written
  bool fix_refused = false;              ///< fixes were possible but the file is a .docx (not rewritten)
};

/// Annotating a .docx: the findings written into the user's own document
/// as Word comments, the safe fixes (optionally) as tracked changes.
struct AnnotateRequest {
  check::PreviousPlan const* previous = nullptr;
  check::SuppressionStore const* ignores = nullptr;
  bool fix = false;  ///< the safe fixes as tracked changes
  std::string date;  ///< w:date; "" for now (UTC)
};

struct AnnotateOutcome {
  CheckOutcome check;                        ///< the check of the input (nothing fixed in it)
  std::size_t comments = 0;                  ///< comments written, one per finding that could be anchored
  std::size_t kept = 0;                      ///< findings whose zongjie comment the document already had
  std::vector<check::Finding> changed;       ///< findings whose fix was written as tracked changes
  std::vector<check::Finding> comment_only;  ///< safe fixes left as comments (automatic numbering …)
  std::vector<std::string> notes;
};

/// A draft of next year's report.
struct DraftRequest {
  std::optional<std::filesystem::path> last_year;  ///< last year's report (--from)
  draft::DraftOptions options;
};

/// What became of the corpus when it was read.
enum class CorpusStatus : std::uint8_t {
  learned,     ///< the standard outline and lexicons come from the database
  absent,      ///< no database at the default place: the built-in defaults
  empty,       ///< a database without reports: the built-in defaults
  unreadable,  ///< a default database that could not be used: the built-in defaults (see notes())
};

class Workspace {
 public:
  /// Opens the corpus at `location` read-only.  A chosen database must open
  /// and hold reports (store::StoreError naming it otherwise); the default
  /// one is used when it exists and opens, else the built-in defaults are,
  /// with a note saying why when the file exists but could not be used.
  static Workspace open(CorpusLocation const& location);
  /// The built-in defaults only, no database.
  static Workspace builtin();

  Workspace(Workspace&&) noexcept;
  Workspace& operator=(Workspace&&) noexcept;
  ~Workspace();

  /// The corpus is read on first use of what follows: a chosen database
  /// that cannot be read throws store::StoreError from there.
  /// The database the corpus came from; "" when the built-in defaults are used.
  std::string const& database() const;
  /// Where the database is or would be (also when it is not used).
  CorpusLocation const& location() const noexcept;
  /// Whether the standard outline was learned from a corpus.
  bool learned() const;
  CorpusStatus status() const;
  /// For the user: why the corpus was not used (empty when it was, or when
  /// there is none).
  std::vector<std::string> const& notes() const;

  /// The standard outline: learned, else built in.
  StandardOutline const& model() const;
  std::shared_ptr<StandardOutline const> model_ptr() const;
  std::shared_ptr<ThemeLexicon const> const& themes() const;
  std::shared_ptr<PartHeadingLexicon const> const& part_headings() const;
  /// The office lexicon of the corpus; null with the built-in defaults.
  std::shared_ptr<OfficeLexicon const> lexicon() const;
  /// How reports are read: themes and the part headings of learned reports.
  OutlineOptions outline_options() const;

  // ---- outline -------------------------------------------------------------
  Outline outline(text::Document const& doc) const;
  /// Reads `file` (text in any supported encoding, or .docx); text::InputError.
  text::Document load(std::filesystem::path const& file) const;

  // ---- check ---------------------------------------------------------------
  /// The checker (severities may be changed before checks start).
  check::Checker& checker();
  check::Checker const& checker() const;
  std::shared_ptr<check::Checker const> checker_ptr() const;
  /// Last year's report read for promise tracking.
  check::PreviousPlan previous_plan(std::filesystem::path const& file) const;
  /// Checks a document in memory.
  std::vector<check::Finding> check(text::Document const& doc, Outline const& outline,
                                    check::PreviousPlan const* previous = nullptr) const;
  /// Checks a file; with `fix`, writes the safe fixes back (atomically, in
  /// the file's own encoding and line ends) and reports what is left.
  /// text::InputError naming the file when it cannot be read or written.
  CheckOutcome check_file(std::filesystem::path const& file, CheckRequest const& request) const;
  /// Checks the .docx `file` and writes `out` (atomically): the same package
  /// with one comment per finding and, with `fix`, the safe fixes as tracked
  /// changes (docs/DOCX.md, "Annotating").  text::InputError naming the file
  /// when it is not a readable .docx or `out` cannot be written.
  AnnotateOutcome annotate_file(std::filesystem::path const& file, std::filesystem::path const& out,
                                AnnotateRequest const& request) const;

  // ---- ignores -------------------------------------------------------------
  /// The ignore list beside the database (<db>.ignore.json).
  std::filesystem::path suppression_file() const;
  /// The ignore list: that file, or on a server its `ignores` table (the
  /// unit's own rows; the local file only while a default server is unreachable).
  check::SuppressionStore suppressions() const;
  /// How the ignore list knows `file`, read with `outline`.
  static check::DocumentKey document_key(std::filesystem::path const& file, Outline const& outline);

  // ---- drafting and templates ----------------------------------------------
  draft::TemplateSet const& templates() const noexcept;
  /// The model drafts and templates are numbered with (learned, else built in).
  StandardOutline const& drafting_model() const;
  draft::Draft draft(DraftRequest const& request) const;
  /// A section template filled in and numbered as a draft would number it
  /// (`ordinal`: the number its heading takes, after the sections before it).
  std::string render_template(draft::SectionTemplate const& t, draft::Slots const& slots,
                              std::optional<grammar::MarkerFamily> section_style = std::nullopt, int ordinal = 1) const;

  // ---- phrases -------------------------------------------------------------
  /// The phrase index of the database (opened on first use; store::StoreError
  /// when there is no corpus).
  store::PhraseSearch& phrases();

 private:
  struct State;
  explicit Workspace(std::unique_ptr<State> state);
  std::unique_ptr<State> s_;
};

/// What marks a finding in a comment zongjie wrote into a .docx: stable
/// while the finding is (rule + subject, like an ignore), 12 hex digits.
std::string review_tag(check::Finding const& finding);

/// The comment text of a finding: message, suggestion, rule.
std::vector<std::string> review_comment(check::Finding const& finding);

/// Reads a report: text in any supported encoding, or .docx (text::InputError
/// naming the file when it cannot be read).
text::Document load_document(std::filesystem::path const& file);

/// Writes UTF-8 text to `file` atomically (a temporary file and a rename;
/// an existing file keeps its permissions).  text::InputError naming it.
void save_text(std::filesystem::path const& file, std::string const& utf8);

/// Writes a document as a .docx in the GB/T 9704 layout; notes for the user.
std::vector<std::string> export_docx(text::Document const& doc, std::filesystem::path const& out,
                                     word::ExportOptions const& options);

/// Learning into the database at `database` (created when missing).
struct LearnSummary {
  LearnResult result;
  std::size_t documents = 0;  ///< reports in the corpus afterwards
};
LearnSummary learn(std::string const& database, LearnOptions const& options);

/// Where and how a learn goes on a PostgreSQL server (ignored for a file):
/// the documents are marked drafts (readable by the own unit only) instead
/// of final.  The unit is the database role of the connection.
struct ServerLearnOptions {
  bool draft = false;
};
LearnSummary learn(std::string const& database, LearnOptions const& options, ServerLearnOptions const& server);

/// The standard outline of one unit's reports on a server (`stats --unit`);
/// store::StoreError for an SQLite file, which has no units.
StandardOutline stored_model_of_unit(std::string const& database, std::string const& unit);

/// The standard outline stored in a database (rebuilt from the stored
/// summaries when it was never saved).
StandardOutline stored_model(std::string const& database);

/// The office lexicon of a database (zongjie lexicon): learned names with
/// the staff edits applied, of one kind or all.  store::StoreError when the
/// database cannot be read.
std::vector<LexiconEntry> lexicon_entries(std::string const& database, std::optional<NameKind> kind = std::nullopt);

/// A bad word given to lexicon_add / lexicon_remove (the message says why).
class LexiconError : public std::invalid_argument {
 public:
  using std::invalid_argument::invalid_argument;
};

/// Adds a name (staff entry): it is trusted from now on, never reported as
/// a variant, and suggested for its misspellings.  LexiconError for a word
/// that cannot be a name (empty, blanks, longer than 30 characters).
void lexicon_add(std::string const& database, std::string const& word, NameKind kind);
/// Removes a word: a staff entry is dropped, a learned one stays removed
/// after the next learn.  LexiconError when the lexicon does not have it.
void lexicon_remove(std::string const& database, std::string const& word);

/// The standard outline of loose files, parsed now, nothing stored.  `warn`
/// hears about files that were skipped; none when no file could be read.
std::optional<StandardOutline> model_of_files(std::vector<std::filesystem::path> const& inputs, unsigned threads,
                                              std::function<void(std::string const&, std::string const&)> const& warn);

}  // namespace zongjie::service
