#include "sitrep/store.h"
#include "store/sqlite_store.h"

namespace sitrep {

Result<std::unique_ptr<Store>> Store::Open(const std::string& url) {
  std::string path = url;
  if (url.rfind("postgresql://", 0) == 0 || url.rfind("postgres://", 0) == 0) {
    return Status::Unsupported("PostgreSQL store not built yet");
  }
  if (url.rfind("sqlite:", 0) == 0) path = url.substr(7);
  if (path.empty()) path = "sitrep.db";
  auto s = store::SqliteStore::Open(path);
  if (!s.ok()) return s.status();
  return std::unique_ptr<Store>(std::move(s).value());
}

}  // namespace sitrep
