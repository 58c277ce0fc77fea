// build_gazetteer: compiles GeoNames cities, countries, first-level divisions and kb/places.tsv
// into the binary index that geo::GazetteerIndex memory-maps (doc/gazetteer-index.md).
//
// Usage: build_gazetteer --cities cities500.txt [--countries countries.json] [--states state.json]
//                        [--extra kb/places.tsv] --out gazetteer.idx
// --cities may be given a full GeoNames allCountries.txt: populated places, ADM1/ADM2 and a few
// conflict-relevant feature codes (air bases, airports, dams, rivers) are kept.
#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <map>
#include <set>
#include <string>
#include <unordered_map>

#include "build_gazetteer.h"
#include "text/fold.h"

namespace sitrep::tools {
namespace {

bool KeepFeature(const geo::GeoNamesRow& r, bool have_countries, bool have_states) {
  if (r.feature_class == "P") return r.feature_code != "PPLH" && r.feature_code != "PPLQ" && r.feature_code != "PPLW";
  static const std::set<std::string> kKeep = {"ADM1", "ADM2", "PCLI", "PCLD", "AIRB", "AIRF", "AIRP",
                                              "MILB", "DAM",  "STM",  "ISL",  "NVB",  "PRT"};
  if (r.feature_code == "PCLI" && have_countries) return false;
  if (r.feature_code == "ADM1" && have_states) return false;
  return kKeep.count(r.feature_code) > 0;
}

// Names news uses for a first-level division besides its own: "Kharkivska oblast" is the Kharkiv
// oblast, so the names of its capital (and their older or Russian forms: "Dnipropetrovsk" for Dnipro,
// "Kirovohrad" for Kropyvnytskyi) that agree with the division's name on their first letters are
// aliases; an adjectival "-ska" ("Donetska") also gives its "-sk" form ("Donetsk").
std::vector<std::string> DivisionAliases(const State& st, const geo::GeoNamesRow* capital) {
  std::vector<std::string> out;
  std::string a = text::FoldKey(st.short_name);
  std::string simple = text::SimpleKey(st.short_name);
  if (simple.size() > 5 && simple.compare(simple.size() - 3, 3, "ska") == 0 && simple.find(' ') == std::string::npos)
    out.push_back(st.short_name.substr(0, st.short_name.size() - 1));
  if (capital == nullptr) return out;
  std::vector<std::string_view> names = {capital->ascii_name, capital->name};
  for (const auto& n : capital->alternate_names) names.push_back(n);
  std::set<std::string> seen = {a};
  for (std::string_view n : names) {
    std::string c = text::FoldKey(n);
    size_t need = std::min<size_t>(4, c.size() > 1 ? c.size() - 1 : 1);
    if (c.empty() || seen.count(c) || a.size() < need || c.size() < need || a.compare(0, need, c, 0, need) != 0)
      continue;
    seen.insert(c);
    out.emplace_back(n);
  }
  return out;
}

// Drops divisions whose centre lies more than 300 km from every GeoNames place of their country: a
// centre geocoded abroad that city.json could not repair would place the whole division there.
void DropStatesAbroad(const std::vector<geo::GeoNamesRow>& rows, std::vector<State>* states) {
  std::map<std::string, std::vector<std::pair<double, double>>> by_country;
  for (const auto& r : rows)
    if (r.feature_class == "P") by_country[r.country].emplace_back(r.lat, r.lon);
  size_t dropped = 0;
  std::erase_if(*states, [&](const State& st) {
    auto it = by_country.find(st.country);
    if (it == by_country.end()) return false;  // nothing to compare with
    for (const auto& [lat, lon] : it->second)
      if (std::fabs(lat - st.lat) < 3 && DistanceKm(lat, lon, st.lat, st.lon) <= 300) return false;
    ++dropped;
    return true;
  });
  if (dropped > 0) std::fprintf(stderr, "build_gazetteer: dropped %zu divisions centred abroad\n", dropped);
}

int Usage() {
  std::fprintf(stderr,
               "usage: build_gazetteer --cities FILE [--countries FILE] [--states FILE] "
               "[--extra FILE] --out FILE\n");
  return 2;
}

int Run(int argc, char** argv) {
  std::string cities, countries, states_path, extra, out;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    auto next = [&](std::string* v) {
      if (i + 1 >= argc) return false;
      *v = argv[++i];
      return true;
    };
    bool ok = true;
    if (a == "--cities") ok = next(&cities);
    else if (a == "--countries") ok = next(&countries);
    else if (a == "--states") ok = next(&states_path);
    else if (a == "--extra") ok = next(&extra);
    else if (a == "--out") ok = next(&out);
    else return Usage();
    if (!ok) return Usage();
  }
  if (cities.empty() || out.empty()) return Usage();
  auto t0 = std::chrono::steady_clock::now();

  // 1. GeoNames rows.
  std::vector<geo::GeoNamesRow> rows;
  {
    std::ifstream in(cities);
    if (!in) {
      std::fprintf(stderr, "build_gazetteer: cannot read %s\n", cities.c_str());
      return 1;
    }
    std::string line;
    size_t bad = 0;
    while (std::getline(in, line)) {
      if (line.empty() || line[0] == '#') continue;
      auto r = geo::ParseGeoNamesLine(line);
      if (!r.ok()) {
        ++bad;
        continue;
      }
      if (!KeepFeature(*r, !countries.empty(), !states_path.empty())) continue;
      rows.push_back(std::move(r).value());
    }
    if (bad > 0) std::fprintf(stderr, "build_gazetteer: skipped %zu malformed lines\n", bad);
  }

  geo::GazetteerBuilder b;
  // 2. Countries.
  if (!countries.empty()) {
    auto n = AddCountries(countries, &b);
    if (!n.ok()) {
      std::fprintf(stderr, "build_gazetteer: %s\n", n.status().ToString().c_str());
      return 1;
    }
  }

  // 3. First-level divisions, linked to GeoNames admin1 codes.
  std::map<std::string, size_t> link;
  std::vector<State> states;
  if (!states_path.empty()) {
    auto s = ReadStates(states_path);
    if (!s.ok()) {
      std::fprintf(stderr, "build_gazetteer: %s\n", s.status().ToString().c_str());
      return 1;
    }
    states = std::move(s).value();
    DropStatesAbroad(rows, &states);
    link = LinkAdmin1(rows, states);
    // Extent of each division from the spread of its cities.
    std::vector<std::vector<double>> dists(states.size());
    std::vector<const geo::GeoNamesRow*> capital(states.size(), nullptr);
    std::vector<int64_t> capital_pop(states.size(), -1);
    for (const auto& r : rows) {
      auto it = link.find(r.country + "." + r.admin1_code);
      if (it == link.end()) continue;
      const State& st = states[it->second];
      dists[it->second].push_back(DistanceKm(st.lat, st.lon, r.lat, r.lon));
      bool is_capital = r.feature_code == "PPLA" || r.feature_code == "PPLC";
      int64_t score = r.population + (is_capital ? (int64_t{1} << 40) : 0);
      if (score > capital_pop[it->second]) {
        capital_pop[it->second] = score;
        capital[it->second] = &r;
      }
    }
    for (size_t i = 0; i < states.size(); ++i) {
      const State& st = states[i];
      geo::PlaceInput p;
      p.name = st.short_name;
      p.lat = st.lat;
      p.lon = st.lon;
      p.country = st.country;
      p.admin1 = st.short_name;
      p.feature = "ADM1";
      auto& d = dists[i];
      if (d.size() >= 3) {
        std::sort(d.begin(), d.end());
        p.radius_km = std::clamp(d[d.size() * 8 / 10], 10.0, 800.0);
      }
      if (st.full_name != st.short_name) p.names.push_back(st.full_name);
      for (std::string& alias : DivisionAliases(st, capital[i])) p.names.push_back(std::move(alias));
      b.Add(std::move(p));
    }
  }

  // 4. Places.
  for (auto& r : rows) {
    geo::PlaceInput p;
    p.geonames_id = r.geonames_id;
    p.name = r.ascii_name.empty() ? r.name : r.ascii_name;
    std::replace(p.name.begin(), p.name.end(), '`', '\'');  // GeoNames' ASCII form of the ayn
    p.lat = r.lat;
    p.lon = r.lon;
    p.country = r.country;
    auto it = link.find(r.country + "." + r.admin1_code);
    if (it != link.end()) p.admin1 = states[it->second].short_name;
    p.feature = r.feature_code;
    p.population = r.population;
    if (r.name != p.name) p.names.push_back(r.name);
    for (auto& a : r.alternate_names) p.names.push_back(std::move(a));
    b.Add(std::move(p));
  }
  size_t n_rows = rows.size();
  rows.clear();
  rows.shrink_to_fit();

  // 5. Extra places and aliases.
  if (!extra.empty()) {
    auto n = AddExtraPlaces(extra, &b);
    if (!n.ok()) {
      std::fprintf(stderr, "build_gazetteer: %s\n", n.status().ToString().c_str());
      return 1;
    }
    std::fprintf(stderr, "build_gazetteer: %d extra rows\n", *n);
  }

  Status s = b.WriteFile(out);
  if (!s.ok()) {
    std::fprintf(stderr, "build_gazetteer: %s\n", s.ToString().c_str());
    return 1;
  }
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  std::fprintf(stderr, "build_gazetteer: %zu places (%zu GeoNames, %zu divisions) -> %s in %.1f s\n", b.size(),
               n_rows, states.size(), out.c_str(), secs);
  return 0;
}

}  // namespace
}  // namespace sitrep::tools

int main(int argc, char** argv) {
  try {
    return sitrep::tools::Run(argc, argv);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "build_gazetteer: %s\n", e.what());
    return 1;
  }
}
