// Which standard outline the checker compares with: the learned one from the
// corpus database (--db, else $ZONGJIE_DB or the default path when that file
// exists), else the built-in one (templates/standard_outline.json).
#pragma once

#include "zongjie/corpus/standard_outline.hpp"
#include "zongjie/outline/themes.hpp"

#include <memory>
#include <optional>
#include <string>

namespace zongjie::check {

struct ModelSource {
  StandardOutline model;
  /// The theme lexicon to build outlines with (learned terms included).
  std::shared_ptr<ThemeLexicon const> themes;
  /// The database the model came from; "" for the built-in model.
  std::string database;
};

/// `database` given (--db): that database, which must exist (store::StoreError
/// otherwise).  Not given: the default database if the file exists, else
/// the built-in model.  A database without documents gives the built-in model.
ModelSource load_model(std::optional<std::string> const& database);

}  // namespace zongjie::check
