// A small command-line parser: positional arguments, --flag, --opt VALUE and
// --opt=VALUE.  Errors are reported in Chinese and lead to exit status 2.
#pragma once

#include "zongjie/service/workspace.hpp"

#include <map>
#include <optional>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

namespace zongjie::cli {

/// Bad usage: the message is printed with the command's usage line; exit 2.
class UsageError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

class Args {
 public:
  /// `options` take a value, `flags` do not; `repeatable` options may repeat.
  Args(std::vector<std::string> const& argv, std::set<std::string> const& options, std::set<std::string> const& flags,
       std::set<std::string> const& repeatable = {});

  std::vector<std::string> const& positional() const noexcept { return positional_; }
  bool flag(std::string const& name) const { return flags_.contains(name); }
  std::optional<std::string> value(std::string const& name) const;
  std::vector<std::string> values(std::string const& name) const;
  /// An integer option, checked to lie in [lo, hi].
  std::optional<long> integer(std::string const& name, long lo, long hi) const;
  /// A choice among `allowed`, defaulting to the first.
  std::string choice(std::string const& name, std::vector<std::string> const& allowed) const;

 private:
  std::vector<std::string> positional_;
  std::set<std::string> flags_;
  std::map<std::string, std::vector<std::string>> values_;
};

/// Where the corpus is: --db, else $ZONGJIE_DB, else $XDG_DATA_HOME/zongjie/corpus.db
/// (~/.local/share/zongjie/corpus.db).
service::CorpusLocation corpus_location(Args const& args);

/// --style: the numbering of a section (一、 （一） 一是 1. （1）); none when not given.
std::optional<grammar::MarkerFamily> section_style_option(Args const& args);

}  // namespace zongjie::cli
