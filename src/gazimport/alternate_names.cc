// alternateNamesV2.txt reader: see alternate_names.h.
#include "gazimport/alternate_names.h"

#include <algorithm>
#include <charconv>
#include <fstream>
#include <set>

namespace sitrep::gazimport {
namespace {

bool Flag(std::string_view s) { return s == "1"; }

// Lines reported one by one before the rest are only counted.
constexpr size_t kMaxReported = 20;

}  // namespace

Result<AlternateName> ParseAlternateNameLine(std::string_view line) {
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  std::string_view cols[10];
  int n = 0;
  size_t start = 0;
  while (n < 10) {
    size_t tab = line.find('\t', start);
    if (tab == std::string_view::npos) {
      cols[n++] = line.substr(start);
      break;
    }
    cols[n++] = line.substr(start, tab - start);
    start = tab + 1;
  }
  if (n < 4) return Status::InvalidArgument("expected at least 4 tab-separated columns");
  AlternateName a;
  auto [p, ec] = std::from_chars(cols[1].data(), cols[1].data() + cols[1].size(), a.geonames_id);
  if (ec != std::errc() || p != cols[1].data() + cols[1].size() || a.geonames_id <= 0)
    return Status::InvalidArgument("bad geonameid");
  a.language = cols[2];
  a.name = cols[3];
  if (a.name.empty()) return Status::InvalidArgument("empty name");
  a.preferred = n > 4 && Flag(cols[4]);
  a.short_name = n > 5 && Flag(cols[5]);
  a.colloquial = n > 6 && Flag(cols[6]);
  a.historic = n > 7 && Flag(cols[7]);
  return a;
}

bool IsUsefulAlternateName(const AlternateName& a) {
  static const std::set<std::string_view> kPseudo = {"link", "post", "iata", "icao", "faac", "abbr",
                                                     "wkdt", "unlc", "phon", "piny", "tcid", "fr_1793"};
  if (kPseudo.count(a.language)) return false;
  bool english = a.language.empty() || a.language == "en" || a.language.rfind("en-", 0) == 0;
  if (!english && !a.historic && !a.colloquial) return false;
  return geo::IsLatinName(a.name);
}

Result<AlternateStats> AddAlternateNames(const std::string& path,
                                         const std::unordered_map<int64_t, size_t>& row_of_id,
                                         std::vector<geo::GeoNamesRow>* rows, std::FILE* log) {
  std::ifstream in(path);
  if (!in) return Status::IoError("cannot read " + path);
  AlternateStats st;
  std::string line;
  while (std::getline(in, line)) {
    ++st.lines;
    if (line.empty() || line[0] == '#') continue;
    auto a = ParseAlternateNameLine(line);
    if (!a.ok()) {
      if (log != nullptr && st.skipped < kMaxReported)
        std::fprintf(log, "%s:%zu: %s, row skipped\n", path.c_str(), st.lines, a.status().message().c_str());
      ++st.skipped;
      continue;
    }
    auto it = row_of_id.find(a->geonames_id);
    if (it == row_of_id.end() || !IsUsefulAlternateName(*a)) continue;
    geo::GeoNamesRow& r = (*rows)[it->second];
    bool english = a->language == "en";
    if (english && a->preferred && !a->historic && !a->colloquial && !a->short_name && a->name != r.name &&
        r.english_name.empty())
      r.english_name = std::string(a->name);
    if (a->name == r.name || a->name == r.ascii_name) continue;
    if (std::find(r.alternate_names.begin(), r.alternate_names.end(), a->name) != r.alternate_names.end()) continue;
    r.alternate_names.emplace_back(a->name);
    ++st.added;
  }
  if (log != nullptr && st.skipped > kMaxReported)
    std::fprintf(log, "%s: %zu more malformed rows skipped\n", path.c_str(), st.skipped - kMaxReported);
  return st;
}

}  // namespace sitrep::gazimport
