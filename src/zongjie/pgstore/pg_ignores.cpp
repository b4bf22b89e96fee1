#include "zongjie/pgstore/pg_ignores.hpp"

#include "zongjie/pgstore/pg_store.hpp"

namespace zongjie::pgstore {

std::string PgSuppressions::name() const { return redact(location_); }

std::vector<check::Suppression> PgSuppressions::load() {
  Connection c(location_, Connection::Access::read_only);
  {
    Statement t(c, "SELECT to_regclass('zj_meta') IS NOT NULL");
    t.step();
    if (!t.column_int64(0)) return {};
  }
  // Only this unit's rows, whatever the role may read (the policy says the same).
  Statement s(c,
              "SELECT entry, path, identity, rule, excerpt, note, added FROM ignores WHERE unit = current_user "
              "ORDER BY entry, id");
  std::vector<check::Suppression> out;
  while (s.step()) {
    check::Suppression e;
    e.id = s.column_int(0);
    e.document = s.column_text(1);
    e.identity = s.column_text(2);
    e.rule = s.column_text(3);
    e.subject = s.column_text(4);
    e.note = s.column_text(5);
    e.added = s.column_text(6);
    out.push_back(std::move(e));
  }
  return out;
}

void PgSuppressions::save(std::vector<check::Suppression> const& entries) {
  PgStore store(location_, store::Store::Mode::read_write);  // creates or migrates the schema
  Connection& c = store.connection();
  store.begin();
  try {
    // Two clients of one unit saving at once take turns; the last one wins,
    // as with the file.
    Statement(c, "SELECT pg_advisory_xact_lock(hashtext('ignores/' || current_user))").step();
    c.exec("DELETE FROM ignores WHERE unit = current_user");
    Statement ins(
        c, "INSERT INTO ignores(entry, path, identity, rule, excerpt, note, added) VALUES (?, ?, ?, ?, ?, ?, ?)");
    for (auto const& e : entries) {
      ins.bind(1, e.id)
          .bind(2, e.document)
          .bind(3, e.identity)
          .bind(4, e.rule)
          .bind(5, e.subject)
          .bind(6, e.note)
          .bind(7, e.added)
          .run();
    }
    store.commit();
  } catch (...) {
    store.rollback();
    throw;
  }
}

}  // namespace zongjie::pgstore
