// GeoNames TSV parsing: see geonames_tsv.h.
#include "geo/geonames_tsv.h"

#include <utf8proc.h>

#include <charconv>
#include <cstdlib>

namespace sitrep::geo {
namespace {

bool ParseInt(std::string_view s, int64_t* out) {
  if (s.empty()) {
    *out = 0;
    return true;
  }
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), *out);
  return ec == std::errc() && p == s.data() + s.size();
}

bool ParseDouble(std::string_view s, double* out) {
  if (s.empty() || s.size() > 40) return false;
  std::string tmp(s);
  char* end = nullptr;
  *out = std::strtod(tmp.c_str(), &end);
  return end == tmp.c_str() + tmp.size();
}

}  // namespace

bool IsLatinName(std::string_view name) {
  const auto* p = reinterpret_cast<const uint8_t*>(name.data());
  size_t n = name.size(), i = 0;
  int letters = 0, upper = 0, lower = 0;
  while (i < n) {
    utf8proc_int32_t c = -1;
    utf8proc_ssize_t len = utf8proc_iterate(p + i, static_cast<utf8proc_ssize_t>(n - i), &c);
    if (len <= 0) return false;
    i += static_cast<size_t>(len);
    utf8proc_category_t cat = utf8proc_category(c);
    bool letter = cat == UTF8PROC_CATEGORY_LU || cat == UTF8PROC_CATEGORY_LL || cat == UTF8PROC_CATEGORY_LT ||
                  cat == UTF8PROC_CATEGORY_LO || cat == UTF8PROC_CATEGORY_LM;
    if (!letter) continue;
    // Latin letters live below U+0250 (Basic Latin .. IPA) and in Latin Extended Additional.
    bool latin = c < 0x250 || (c >= 0x1E00 && c <= 0x1EFF) || c == 0x2BB || c == 0x2BC || c == 0x2BF ||
                 c == 0x2BE;
    if (!latin) return false;
    ++letters;
    if (cat == UTF8PROC_CATEGORY_LU) ++upper;
    if (cat == UTF8PROC_CATEGORY_LL) ++lower;
  }
  if (letters == 0) return false;
  if (upper == 0) return false;                 // machine transliteration ("hmah")
  if (lower == 0 && letters <= 4) return false;  // codes ("HMS", "DAM")
  return true;
}

Result<GeoNamesRow> ParseGeoNamesLine(std::string_view line) {
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  std::string_view cols[19];
  int ncols = 0;
  size_t start = 0;
  while (ncols < 19) {
    size_t tab = line.find('\t', start);
    if (tab == std::string_view::npos) {
      cols[ncols++] = line.substr(start);
      break;
    }
    cols[ncols++] = line.substr(start, tab - start);
    start = tab + 1;
  }
  if (ncols < 15) return Status::InvalidArgument("geonames: too few columns");
  GeoNamesRow r;
  if (!ParseInt(cols[0], &r.geonames_id) || r.geonames_id <= 0)
    return Status::InvalidArgument("geonames: bad id");
  if (!ParseDouble(cols[4], &r.lat) || !ParseDouble(cols[5], &r.lon) || r.lat < -90 || r.lat > 90 ||
      r.lon < -180 || r.lon > 180)
    return Status::InvalidArgument("geonames: bad coordinates");
  r.name = std::string(cols[1]);
  r.ascii_name = std::string(cols[2]);
  std::string_view alts = cols[3];
  while (!alts.empty()) {
    size_t comma = alts.find(',');
    std::string_view a = alts.substr(0, comma);
    if (!a.empty() && a != cols[1] && IsLatinName(a)) r.alternate_names.emplace_back(a);
    if (comma == std::string_view::npos) break;
    alts.remove_prefix(comma + 1);
  }
  r.feature_class = std::string(cols[6]);
  r.feature_code = std::string(cols[7]);
  r.country = std::string(cols[8]);
  r.admin1_code = std::string(cols[10]);
  if (!ParseInt(cols[14], &r.population) || r.population < 0) r.population = 0;
  return r;
}

}  // namespace sitrep::geo
