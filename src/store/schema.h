// The SQLite schema of the store and its version check.
#ifndef SITREP_STORE_SCHEMA_H_
#define SITREP_STORE_SCHEMA_H_

#include "sitrep/status.h"
#include "store/sqlite_util.h"

namespace sitrep::store {

// Sets WAL mode and the busy timeout, creates missing tables, records the schema version in `meta`
// and refuses (InvalidArgument naming both versions) a database written by a newer schema.
Status PrepareSchema(Database& db, int version);

}  // namespace sitrep::store

#endif  // SITREP_STORE_SCHEMA_H_
