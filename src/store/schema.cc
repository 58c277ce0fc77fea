#include "store/schema.h"

#include <string>

namespace sitrep::store {
namespace {

constexpr const char* kSchema = R"sql(
CREATE TABLE IF NOT EXISTS meta (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS documents (
  id          TEXT PRIMARY KEY,
  outlet      TEXT NOT NULL,
  url         TEXT NOT NULL,
  published   TEXT NOT NULL,
  title       TEXT NOT NULL,
  text        TEXT NOT NULL,
  source      TEXT NOT NULL,
  fingerprint TEXT NOT NULL,
  ingested_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS mentions (
  id             INTEGER PRIMARY KEY,
  doc            TEXT NOT NULL REFERENCES documents(id),
  sentence       INTEGER NOT NULL,
  idx            INTEGER NOT NULL,
  quote          TEXT NOT NULL,
  type           TEXT NOT NULL,
  event_type     TEXT NOT NULL,
  plover         TEXT NOT NULL,
  cameo          TEXT NOT NULL,
  date           TEXT NOT NULL,
  date_text      TEXT NOT NULL,
  date_precision INTEGER NOT NULL,
  day_lo         INTEGER,
  day_hi         INTEGER,
  agent          TEXT NOT NULL,
  target         TEXT NOT NULL,
  location       TEXT NOT NULL,
  lat            REAL,
  lon            REAL,
  geonames_id    INTEGER,
  fatalities     INTEGER,
  injured        INTEGER,
  displaced      INTEGER,
  distance_km    REAL,
  attribution    TEXT NOT NULL,
  modality       TEXT NOT NULL,
  trigger_words  TEXT NOT NULL,
  UNIQUE (doc, idx)
);
CREATE INDEX IF NOT EXISTS mentions_day ON mentions(day_lo, day_hi);
CREATE INDEX IF NOT EXISTS mentions_place ON mentions(geonames_id);
CREATE TABLE IF NOT EXISTS events (
  id            TEXT PRIMARY KEY,
  date          TEXT NOT NULL,
  type          TEXT NOT NULL,
  lat           REAL,
  lon           REAL,
  confidence    REAL NOT NULL,
  n_docs        INTEGER NOT NULL,
  n_independent INTEGER NOT NULL,
  actors        TEXT NOT NULL,
  json          TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS events_date ON events(date, id);
CREATE TABLE IF NOT EXISTS event_mentions (
  mention INTEGER PRIMARY KEY REFERENCES mentions(id),
  event   TEXT NOT NULL REFERENCES events(id)
);
CREATE INDEX IF NOT EXISTS event_mentions_event ON event_mentions(event);
)sql";

}  // namespace

Status PrepareSchema(Database& db, int version) {
  SITREP_RETURN_IF_ERROR(db.Exec("PRAGMA busy_timeout = 10000"));
  // journal_mode returns a row; Exec ignores it. WAL is unavailable for in-memory databases.
  SITREP_RETURN_IF_ERROR(db.Exec("PRAGMA journal_mode = WAL"));
  SITREP_RETURN_IF_ERROR(db.Exec("PRAGMA synchronous = NORMAL"));
  SITREP_RETURN_IF_ERROR(db.Exec("BEGIN IMMEDIATE"));
  Status st = db.Exec(kSchema);
  if (st.ok()) {
    Statement get(db, "SELECT value FROM meta WHERE key = 'schema_version'");
    st = get.status();
    if (st.ok()) {
      if (get.Step(&st)) {
        const std::string stored = get.Text(0);
        int v = 0;
        try {
          v = std::stoi(stored);
        } catch (const std::exception&) {
          st = Status::Corruption("meta.schema_version is not a number: " + stored);
        }
        if (st.ok() && v > version) {
          st = Status::InvalidArgument("database schema version " + std::to_string(v) +
                                       " is newer than this sitrep supports (" + std::to_string(version) +
                                       "); use a newer sitrep");
        }
      } else if (st.ok()) {
        Statement put(db, "INSERT INTO meta (key, value) VALUES ('schema_version', ?1)");
        put.Bind(1, std::to_string(version));
        st = put.status().ok() ? put.Run() : put.status();
      }
    }
  }
  if (!st.ok()) {
    db.Exec("ROLLBACK");
    return st;
  }
  return db.Exec("COMMIT");
}

}  // namespace sitrep::store
