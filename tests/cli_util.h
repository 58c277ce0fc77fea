// Helpers for end-to-end tests that run the built `sitrep` binary.
#ifndef SITREP_TESTS_CLI_UTIL_H_
#define SITREP_TESTS_CLI_UTIL_H_

#include <cstdio>
#include <filesystem>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>
#include <cstdlib>
#include <sys/wait.h>
#include <unistd.h>

namespace sitrep::testing {

struct CommandResult {
  int status = -1;     // exit status
  std::string out;     // stdout
  std::string err;     // stderr
};

// Runs `args` (a shell-quoted argument string) with the built sitrep binary.
inline CommandResult RunSitrep(const std::string& args, const std::string& stdin_text = "") {
  namespace fs = std::filesystem;
  static int counter = 0;
  fs::path dir = fs::temp_directory_path() / ("sitrep_e2e_" + std::to_string(::getpid()));
  fs::create_directories(dir);
  std::string n = std::to_string(counter++);
  fs::path out = dir / (n + ".out"), err = dir / (n + ".err"), in = dir / (n + ".in");
  {
    std::FILE* f = std::fopen(in.c_str(), "wb");
    std::fwrite(stdin_text.data(), 1, stdin_text.size(), f);
    std::fclose(f);
  }
  std::string cmd = std::string(SITREP_BINARY_DIR) + "/sitrep " + args + " <" + in.string() + " >" + out.string() +
                    " 2>" + err.string();
  int rc = std::system(cmd.c_str());
  CommandResult r;
  r.status = WIFEXITED(rc) ? WEXITSTATUS(rc) : -1;
  auto slurp = [](const fs::path& p) {
    std::string s;
    if (std::FILE* f = std::fopen(p.c_str(), "rb")) {
      char buf[65536];
      size_t k;
      while ((k = std::fread(buf, 1, sizeof buf, f)) > 0) s.append(buf, k);
      std::fclose(f);
    }
    return s;
  };
  r.out = slurp(out);
  r.err = slurp(err);
  return r;
}

// One JSON value per non-empty line of `s`.
inline std::vector<nlohmann::json> JsonLines(const std::string& s) {
  std::vector<nlohmann::json> out;
  std::istringstream in(s);
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty()) out.push_back(nlohmann::json::parse(line));
  }
  return out;
}

inline bool HaveGazetteer() {
  return std::filesystem::exists(std::string(SITREP_BINARY_DIR) + "/data/gazetteer.idx");
}

inline std::string SourceDir() { return SITREP_SOURCE_DIR; }
inline std::string SeedsDir() { return std::string(SITREP_SOURCE_DIR) + "/../shared/seeds"; }

}  // namespace sitrep::testing

#endif  // SITREP_TESTS_CLI_UTIL_H_
