// Which standard outline the checker compares with: the learned one from the
// corpus database (--db, else $ZONGJIE_DB or the default path when that file
// exists), else the built-in one (templates/standard_outline.json).
#pragma once

#include "zongjie/corpus/standard_outline.hpp"
#include "zongjie/outline/themes.hpp"

#include "zongjie/outline/builder.hpp"
#include "zongjie/outline/part_headings.hpp"

#include <memory>
#include <optional>
#include <string>

namespace zongjie::service {

struct ModelSource {
  StandardOutline model;
  /// The theme lexicon to build outlines with (learned terms included).
  std::shared_ptr<ThemeLexicon const> themes;
  /// Part headings of the learned reports, for outlines (empty without a corpus).
  std::shared_ptr<PartHeadingLexicon const> part_headings;
  /// The outline options to read reports with: themes and part headings.
  OutlineOptions outline_options() const { return {themes.get(), part_headings.get()}; }
  /// The database the model came from; "" for the built-in model.
  std::string database;
};

/// `database` given (--db): that database, which must exist (store::StoreError
/// otherwise).  Not given: the default database if the file exists, else
/// the built-in model.  A database without documents gives the built-in model.
ModelSource load_model(std::optional<std::string> const& database);

}  // namespace zongjie::service
