// SqliteStore: the embedded Store (one SQLite file, WAL journal). Schema: doc/schema.md.
#ifndef SITREP_STORE_SQLITE_STORE_H_
#define SITREP_STORE_SQLITE_STORE_H_

#include <memory>
#include <string>
#include <vector>

#include "fuse/event_fuser.h"
#include "sitrep/store.h"
#include "store/sqlite_util.h"

namespace sitrep::store {

// The schema version this build writes and reads. A database with a newer version is refused.
inline constexpr int kSchemaVersion = 1;

// Not thread-safe (one per thread or process); several processes may share one file (WAL, busy
// timeout of 10 s).
class SqliteStore : public Store {
 public:
  // Opens or creates the database at `path` and its schema.
  static Result<std::unique_ptr<SqliteStore>> Open(const std::string& path);

  Status Ingest(const Document& doc, const std::vector<EventMention>& mentions, bool* added) override;
  Result<std::vector<FusedEvent>> Events(const EventFilter& filter) override;
  Result<size_t> DocumentCount() override;

 private:
  explicit SqliteStore(Database db) : db_(std::move(db)) {}
  Status IngestLocked(const Document& doc, const std::vector<EventMention>& mentions, bool* added);
  // Re-fuses the groups of stored mentions that interact with mentions `fresh` (row ids) and
  // replaces their events.
  Status Refuse(const std::vector<int64_t>& fresh);

  Database db_;
  fuse::EventFuser fuser_;
};

}  // namespace sitrep::store

#endif  // SITREP_STORE_SQLITE_STORE_H_
