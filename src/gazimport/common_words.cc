// Common-word list reader: see common_words.h.
#include "gazimport/common_words.h"

#include <fstream>

#include "geo/index_format.h"

namespace sitrep::gazimport {

bool IsPlainCommonWord(std::string_view line) {
  if (line.empty() || line.size() > geo::format::kMaxCommonWord) return false;
  for (char c : line)
    if (c < 'a' || c > 'z') return false;
  return true;
}

Result<int> AddCommonWords(const std::string& path, geo::GazetteerBuilder* b) {
  std::ifstream in(path);
  if (!in) return Status::IoError("cannot read " + path);
  std::string line;
  int n = 0;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (IsPlainCommonWord(line) && b->AddCommonWord(line)) ++n;
  }
  return n;
}

}  // namespace sitrep::gazimport
