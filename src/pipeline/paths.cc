#include "pipeline/paths.h"

#include <cstdlib>
#include <filesystem>
#include <system_error>

namespace sitrep {

namespace fs = std::filesystem;

namespace {

fs::path BinaryDir() {
  std::error_code ec;
  fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (ec) return fs::current_path(ec);
  return exe.parent_path();
}

fs::path FindUp(const fs::path& start, const fs::path& rel) {
  std::error_code ec;
  for (fs::path p = start; !p.empty(); p = p.parent_path()) {
    if (fs::exists(p / rel, ec)) return p;
    if (p == p.parent_path()) break;
  }
  return {};
}

}  // namespace

std::string DefaultKbDir() {
  if (const char* env = std::getenv("SITREP_KB"); env && *env) return env;
  fs::path root = FindUp(BinaryDir(), "kb/actors.tsv");
  if (root.empty()) root = FindUp(fs::current_path(), "kb/actors.tsv");
  return root.empty() ? std::string("kb") : (root / "kb").string();
}

std::string DefaultGazetteerPath() {
  if (const char* env = std::getenv("SITREP_GAZETTEER"); env && *env) return env;
  std::error_code ec;
  fs::path p = BinaryDir() / "data" / "gazetteer.idx";
  if (fs::exists(p, ec)) return p.string();
  fs::path root = FindUp(BinaryDir(), "kb/actors.tsv");
  if (!root.empty() && fs::exists(root / "build/data/gazetteer.idx", ec)) return (root / "build/data/gazetteer.idx").string();
  return p.string();
}

}  // namespace sitrep
