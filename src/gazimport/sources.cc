// Readers of countries.json, state.json and the user places TSV; the admin1 linker. See sources.h.
#include <algorithm>
#include <cmath>
#include <cstring>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "gazimport/sources.h"
#include "text/fold.h"

namespace sitrep::gazimport {
namespace {

using nlohmann::json;

Result<json> ReadJson(const std::string& path) {
  std::ifstream in(path);
  if (!in) return Status::IoError("cannot read " + path);
  json j = json::parse(in, nullptr, /*allow_exceptions=*/false);
  if (j.is_discarded()) return Status::Corruption("bad JSON in " + path);
  return j;
}

std::string Str(const json& j, const char* key) {
  auto it = j.find(key);
  return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}

// A number given as a JSON number or a numeric string; NaN otherwise.
double NumValue(const json& v) {
  if (v.is_number()) return v.get<double>();
  if (v.is_string()) {
    try {
      return std::stod(v.get<std::string>());
    } catch (...) {
      return NAN;
    }
  }
  return NAN;
}

double Num(const json& j, const char* key) {
  auto it = j.find(key);
  return it == j.end() ? NAN : NumValue(*it);
}

std::vector<std::string> SplitTabs(const std::string& line) {
  std::vector<std::string> out;
  size_t start = 0;
  while (true) {
    size_t tab = line.find('\t', start);
    out.push_back(line.substr(start, tab == std::string::npos ? std::string::npos : tab - start));
    if (tab == std::string::npos) break;
    start = tab + 1;
  }
  return out;
}

}  // namespace

double DistanceKm(double lat1, double lon1, double lat2, double lon2) {
  constexpr double kRad = M_PI / 180;
  double dlat = (lat2 - lat1) * kRad, dlon = (lon2 - lon1) * kRad;
  double a = std::sin(dlat / 2) * std::sin(dlat / 2) +
             std::cos(lat1 * kRad) * std::cos(lat2 * kRad) * std::sin(dlon / 2) * std::sin(dlon / 2);
  return 2 * 6371.0 * std::asin(std::min(1.0, std::sqrt(a)));
}

std::string StripDivisionSuffix(const std::string& name) {
  static const std::set<std::string> kSuffix = {
      "governorate", "province", "oblast", "region", "state", "district", "wilayah", "wilaya",
      "municipality", "department", "prefecture", "county", "parish", "division", "territory", "krai",
      "kraj", "voivodeship", "canton", "emirate", "raion", "muhafazah", "mohafazat", "regional", "unit"};
  std::string s = name;
  size_t paren = s.find(" (");
  if (paren != std::string::npos) s.resize(paren);
  for (int round = 0; round < 2; ++round) {
    size_t sp = s.rfind(' ');
    if (sp == std::string::npos) break;
    std::string last = text::SimpleKey(s.substr(sp + 1));
    if (!kSuffix.count(last)) break;
    s.resize(sp);
  }
  static const char* kPrefixes[] = {"Province of ", "Region of ", "State of ", "Governorate of "};
  for (const char* p : kPrefixes) {
    if (s.rfind(p, 0) == 0 && s.size() > std::strlen(p)) s = s.substr(std::strlen(p));
  }
  return s.empty() ? name : s;
}

Result<int> AddCountries(const std::string& path, geo::GazetteerBuilder* b) {
  auto j = ReadJson(path);
  if (!j.ok()) return j.status();
  if (!j->is_array()) return Status::Corruption(path + ": expected an array");
  static const std::set<std::string> kCodes = {"US", "USA", "UK", "UAE", "DRC", "KSA"};
  int n = 0;
  for (const json& c : *j) {
    if (!c.is_object()) continue;
    geo::PlaceInput p;
    auto name = c.find("name");
    if (name == c.end() || !name->is_object()) continue;
    p.name = Str(*name, "common");
    std::string official = Str(*name, "official");
    p.country = Str(c, "cca2");
    auto ll = c.find("latlng");
    if (p.name.empty() || p.country.size() != 2 || ll == c.end() || !ll->is_array() || ll->size() != 2 ||
        !(*ll)[0].is_number() || !(*ll)[1].is_number())
      continue;
    p.lat = (*ll)[0].get<double>();
    p.lon = (*ll)[1].get<double>();
    p.feature = "PCLI";
    double area = Num(c, "area");
    p.radius_km = area > 0 ? std::clamp(std::sqrt(area) / 2, 5.0, 2500.0) : 300;
    if (!official.empty() && official != p.name) p.names.push_back(official);
    auto alts = c.find("altSpellings");
    if (alts != c.end() && alts->is_array()) {
      for (const json& a : *alts) {
        if (!a.is_string()) continue;
        std::string s = a.get<std::string>();
        if (kCodes.count(s) || geo::IsLatinName(s)) p.names.push_back(s);
      }
    }
    b->Add(std::move(p));
    ++n;
  }
  return n;
}

Result<std::vector<State>> ReadStates(const std::string& path) {
  auto j = ReadJson(path);
  if (!j.ok()) return j.status();
  if (!j->is_array()) return Status::Corruption(path + ": expected an array");
  std::vector<State> out;
  for (const json& s : *j) {
    if (!s.is_object()) continue;
    State st;
    st.full_name = Str(s, "name");
    st.iso_code = Str(s, "isoCode");
    st.country = Str(s, "countryCode");
    st.lat = Num(s, "latitude");
    st.lon = Num(s, "longitude");
    if (st.full_name.empty() || st.country.size() != 2) continue;
    st.short_name = StripDivisionSuffix(st.full_name);
    out.push_back(std::move(st));
  }
  // state.json's centres were geocoded by name and some lie abroad ("Lara" in California, "Ouest" in
  // Montreal, "Panjshir" in Virginia). The median of the division's own cities in the city.json beside
  // it (when present) replaces a centre that lies far outside them, or a missing one.
  std::string dir = path.substr(0, path.find_last_of('/') + 1);
  auto cities = ReadJson(dir + "city.json");
  if (cities.ok() && cities->is_array()) {
    std::map<std::string, std::vector<std::pair<double, double>>> pts;
    for (const json& c : *cities) {
      if (!c.is_array() || c.size() < 5 || !c[1].is_string() || !c[2].is_string()) continue;
      double lat = NumValue(c[3]), lon = NumValue(c[4]);
      if (!(std::fabs(lat) <= 90) || !(std::fabs(lon) <= 180)) continue;
      pts[c[1].get<std::string>() + "." + c[2].get<std::string>()].emplace_back(lat, lon);
    }
    for (State& st : out) {
      auto it = pts.find(st.country + "." + st.iso_code);
      if (it == pts.end()) continue;
      auto& v = it->second;
      std::vector<double> lats, lons;
      for (auto& [la, lo] : v) lats.push_back(la), lons.push_back(lo);
      std::nth_element(lats.begin(), lats.begin() + lats.size() / 2, lats.end());
      std::nth_element(lons.begin(), lons.begin() + lons.size() / 2, lons.end());
      double mlat = lats[lats.size() / 2], mlon = lons[lons.size() / 2];
      std::vector<double> d;
      for (auto& [la, lo] : v) d.push_back(DistanceKm(mlat, mlon, la, lo));
      std::sort(d.begin(), d.end());
      double spread = d[d.size() * 9 / 10];
      bool missing = !(std::fabs(st.lat) <= 90) || !(std::fabs(st.lon) <= 180);
      if (missing || DistanceKm(st.lat, st.lon, mlat, mlon) > std::max(200.0, 2 * spread)) {
        st.lat = mlat;
        st.lon = mlon;
        st.centre_repaired = true;
      }
    }
  }
  out.erase(std::remove_if(out.begin(), out.end(),
                           [](const State& st) { return !(std::fabs(st.lat) <= 90) || !(std::fabs(st.lon) <= 180); }),
            out.end());
  return out;
}

std::map<std::string, size_t> LinkAdmin1(const std::vector<geo::GeoNamesRow>& rows,
                                         const std::vector<State>& states) {
  struct Group {
    double lat_sum = 0, lon_sum = 0;
    int n = 0;
    std::set<std::string> capital_keys;  // fold keys of the group's capital (PPLA/PPLC) names
    std::string country, code;
  };
  std::map<std::string, Group> groups;
  for (const auto& r : rows) {
    if (r.feature_class != "P" || r.admin1_code.empty() || r.admin1_code == "00") continue;
    Group& g = groups[r.country + "." + r.admin1_code];
    g.country = r.country;
    g.code = r.admin1_code;
    g.lat_sum += r.lat;
    g.lon_sum += r.lon;
    ++g.n;
    if (r.feature_code == "PPLA" || r.feature_code == "PPLC") {
      g.capital_keys.insert(text::FoldKey(r.ascii_name));
      g.capital_keys.insert(text::FoldKey(r.name));
      for (const auto& a : r.alternate_names) g.capital_keys.insert(text::FoldKey(a));
    }
  }
  std::map<std::string, std::vector<size_t>> states_of;
  for (size_t i = 0; i < states.size(); ++i) states_of[states[i].country].push_back(i);

  struct Pair {
    double cost;
    std::string group;
    size_t state;
  };
  std::vector<Pair> pairs;
  for (const auto& [key, g] : groups) {
    auto it = states_of.find(g.country);
    if (it == states_of.end()) continue;
    double lat = g.lat_sum / g.n, lon = g.lon_sum / g.n;
    for (size_t si : it->second) {
      const State& st = states[si];
      double d = DistanceKm(lat, lon, st.lat, st.lon);
      double cost = d;
      if (g.capital_keys.count(text::FoldKey(st.short_name))) cost -= 10000;
      if (st.iso_code == g.code && d < 500) cost -= 200;
      if (cost > 1500) continue;
      pairs.push_back({cost, key, si});
    }
  }
  std::sort(pairs.begin(), pairs.end(), [](const Pair& a, const Pair& b) {
    return a.cost != b.cost ? a.cost < b.cost : (a.group != b.group ? a.group < b.group : a.state < b.state);
  });
  std::map<std::string, size_t> out;
  std::vector<bool> used(states.size(), false);
  for (const Pair& p : pairs) {
    if (used[p.state] || out.count(p.group)) continue;
    used[p.state] = true;
    out[p.group] = p.state;
  }
  return out;
}

Result<ExtraStats> AddExtraPlaces(const std::string& path, geo::GazetteerBuilder* b, std::FILE* log) {
  std::ifstream in(path);
  if (!in) return Status::IoError("cannot read " + path);
  ExtraStats st;
  std::string line;
  int line_no = 0;
  auto bad = [&](const char* reason) {
    if (log != nullptr) std::fprintf(log, "%s:%d: %s, row skipped\n", path.c_str(), line_no, reason);
    ++st.skipped;
  };
  while (std::getline(in, line)) {
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> f = SplitTabs(line);
    if (f.size() < 8) {
      bad("expected at least 8 tab-separated columns");
      continue;
    }
    f.resize(10);
    int64_t id = 0;
    try {
      id = f[0].empty() ? 0 : std::stoll(f[0]);
    } catch (...) {
      bad("bad geonames id");
      continue;
    }
    std::vector<std::string> names;
    if (!f[1].empty()) names.push_back(f[1]);
    std::stringstream alts(f[2]);
    for (std::string a; std::getline(alts, a, '|');)
      if (!a.empty()) names.push_back(a);
    const std::string& country = f[5];
    const std::string& feature = f[7];
    if (f[3].empty() != f[4].empty()) {
      bad("latitude and longitude must both be given (a place) or both be empty (an alias)");
      continue;
    }
    if (names.empty()) {
      bad("no name");
      continue;
    }
    if (f[3].empty()) {  // alias row: attach names to an existing place
      int64_t target = id != 0 ? b->FindGeonamesId(id) : -1;
      if (target < 0 && (feature == "PCLI" || feature == "ADM1")) {
        std::string key = text::FoldKey(f[1]);
        for (size_t i = 0; i < b->size() && target < 0; ++i) {
          geo::PlaceInput& p = b->place(static_cast<uint32_t>(i));
          if (p.feature == feature && p.country == country &&
              (feature == "PCLI" || text::FoldKey(p.name) == key))
            target = static_cast<int64_t>(i);
        }
        if (target >= 0 && id != 0 && b->place(static_cast<uint32_t>(target)).geonames_id == 0)
          b->place(static_cast<uint32_t>(target)).geonames_id = id;
      }
      if (target < 0) {
        if (log != nullptr) std::fprintf(log, "%s:%d: alias target not found, skipped\n", path.c_str(), line_no);
        ++st.unresolved_alias;
        continue;
      }
      for (const auto& nm : names) b->AddName(static_cast<uint32_t>(target), nm);
      ++st.rows;
      continue;
    }
    geo::PlaceInput p;
    try {
      size_t used = 0;
      p.lat = std::stod(f[3], &used);
      if (used != f[3].size()) throw std::invalid_argument("lat");
      p.lon = std::stod(f[4], &used);
      if (used != f[4].size()) throw std::invalid_argument("lon");
      p.population = f[8].empty() ? 0 : std::stoll(f[8]);
      p.radius_km = f[9].empty() ? 0 : std::stod(f[9]);
    } catch (...) {
      bad("bad number");
      continue;
    }
    if (!(std::fabs(p.lat) <= 90) || !(std::fabs(p.lon) <= 180)) {
      bad("coordinates out of range");
      continue;
    }
    if (country.size() != 2 || feature.empty()) {
      bad("a place row needs a two-letter country code and a feature code");
      continue;
    }
    p.geonames_id = id;
    p.name = f[1];
    p.country = country;
    p.admin1 = f[6];
    p.feature = feature;
    p.names.assign(names.begin() + 1, names.end());
    b->Add(std::move(p));
    ++st.rows;
  }
  return st;
}

}  // namespace sitrep::gazimport
