// ISO 3166-1 alpha-2 code -> English country name, from kb/countries.tsv.
#ifndef SITREP_EXPORT_COUNTRY_NAMES_H_
#define SITREP_EXPORT_COUNTRY_NAMES_H_

#include <string>
#include <string_view>
#include <unordered_map>

#include "sitrep/status.h"

namespace sitrep::exporter {

class CountryNames {
 public:
  // Reads "iso2<TAB>name<TAB>iso3" rows ('#' comments and the header line skipped).
  static Result<CountryNames> Load(const std::string& path);
  // The name for `iso2`, or `iso2` itself when unknown.
  std::string Name(std::string_view iso2) const;

 private:
  std::unordered_map<std::string, std::string> names_;
};

}  // namespace sitrep::exporter

#endif  // SITREP_EXPORT_COUNTRY_NAMES_H_
