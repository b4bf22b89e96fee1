// Ignored findings on the corpus server: the `ignores` table, one unit's
// rows readable and writable only by that unit (row-level security), used by
// check::SuppressionStore in place of the "<db>.ignore.json" file.
#pragma once

#include "zongjie/check/suppression.hpp"

#include <string>

namespace zongjie::pgstore {

class PgSuppressions final : public check::SuppressionBackend {
 public:
  explicit PgSuppressions(std::string location) : location_(std::move(location)) {}
  std::string name() const override;
  /// The unit's entries (read-only connection: a standby may answer); none
  /// before the corpus has a schema.  Throws store::StoreError.
  std::vector<check::Suppression> load() override;
  /// Replaces the unit's entries in one transaction on the primary.
  void save(std::vector<check::Suppression> const& entries) override;

 private:
  std::string location_;
};

}  // namespace zongjie::pgstore
