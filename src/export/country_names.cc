#include "export/country_names.h"

#include <fstream>

namespace sitrep::exporter {

Result<CountryNames> CountryNames::Load(const std::string& path) {
  std::ifstream in(path);
  if (!in) return Status::IoError(path + ": cannot open");
  CountryNames out;
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#' || line.rfind("iso2\t", 0) == 0) continue;
    size_t t1 = line.find('\t');
    if (t1 == std::string::npos) continue;
    size_t t2 = line.find('\t', t1 + 1);
    out.names_[line.substr(0, t1)] = line.substr(t1 + 1, t2 == std::string::npos ? std::string::npos : t2 - t1 - 1);
  }
  return out;
}

std::string CountryNames::Name(std::string_view iso2) const {
  auto it = names_.find(std::string(iso2));
  return it == names_.end() ? std::string(iso2) : it->second;
}

}  // namespace sitrep::exporter
