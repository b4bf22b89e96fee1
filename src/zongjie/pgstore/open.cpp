#include "zongjie/pgstore/open.hpp"

#include "zongjie/pgstore/pg_phrases.hpp"
#include "zongjie/pgstore/pg_store.hpp"
#include "zongjie/store/corpus_store.hpp"
#include "zongjie/store/phrase_index.hpp"

namespace zongjie::pgstore {

std::unique_ptr<store::Store> open_store(std::string const& location, store::Store::Mode mode) {
  if (store::is_server_location(location)) return std::make_unique<PgStore>(location, mode);
  return std::make_unique<store::CorpusStore>(location, mode);
}

std::unique_ptr<store::PhraseSearch> open_phrase_search(std::string const& location) {
  if (store::is_server_location(location)) return std::make_unique<PgPhraseSearch>(location);
  return std::make_unique<store::PhraseIndex>(location);
}

}  // namespace zongjie::pgstore
