#include "eval/bench_util.h"

#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <numeric>
#include <random>
#include <sstream>

#include <fmt/core.h>

namespace sitrep::eval {

bool ReadFile(const std::string& path, std::string* content) {
  std::ifstream f(path, std::ios::binary);
  if (!f) return false;
  std::ostringstream ss;
  ss << f.rdbuf();
  *content = ss.str();
  return true;
}

std::vector<std::string> Lines(const std::string& content) {
  std::vector<std::string> out;
  size_t pos = 0;
  while (pos < content.size()) {
    size_t eol = content.find('\n', pos);
    if (eol == std::string::npos) eol = content.size();
    if (eol > pos) out.push_back(content.substr(pos, eol - pos));
    pos = eol + 1;
  }
  return out;
}

std::string Num(double v) { return fmt::format("{:.3f}", v); }

std::string Heading(const EvalOptions& o, const std::string& title) {
  return fmt::format("### {}\n\n`{}` ({})\n\n", title, o.command, o.when);
}

std::vector<size_t> SampleIndices(size_t n, int sample, unsigned long seed) {
  std::vector<size_t> idx(n);
  std::iota(idx.begin(), idx.end(), 0);
  if (sample <= 0 || static_cast<size_t>(sample) >= n) return idx;
  // A Fisher-Yates prefix with our own index draw, so the sample does not depend on the standard
  // library's distribution implementation.
  std::mt19937_64 rng(seed);
  for (size_t i = 0; i < static_cast<size_t>(sample); ++i) {
    const size_t j = i + static_cast<size_t>(rng() % (n - i));
    std::swap(idx[i], idx[j]);
  }
  idx.resize(sample);
  std::sort(idx.begin(), idx.end());
  return idx;
}

TempFile::TempFile() {
  const char* dir = std::getenv("TMPDIR");
  std::string tmpl = fmt::format("{}/sitrep_eval_XXXXXX", dir && *dir ? dir : "/tmp");
  int fd = mkstemp(tmpl.data());
  if (fd >= 0) {
    close(fd);
    path = tmpl;
  }
}

TempFile::~TempFile() {
  if (!path.empty()) unlink(path.c_str());
}

}  // namespace sitrep::eval
