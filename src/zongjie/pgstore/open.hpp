// Opening the corpus a location names: a postgresql:// (or postgres://, or
// libpq key=value) location is a PostgreSQL server (pgstore), anything else
// an SQLite file (store).  What every front end and the service layer call.
#pragma once

#include "zongjie/store/store.hpp"

#include <memory>
#include <string>

namespace zongjie::pgstore {

/// The corpus at `location`.  Throws store::StoreError naming it.
std::unique_ptr<store::Store> open_store(std::string const& location, store::Store::Mode mode);
/// Phrase search over the corpus at `location` (read-only; on a server, a
/// standby of a multi-host URI may answer).
std::unique_ptr<store::PhraseSearch> open_phrase_search(std::string const& location);

}  // namespace zongjie::pgstore
