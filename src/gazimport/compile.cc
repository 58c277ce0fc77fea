// The gazetteer compiler: see compile.h.
#include "gazimport/compile.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <unordered_map>

#include "gazimport/alternate_names.h"
#include "gazimport/common_words.h"
#include "gazimport/sources.h"
#include "gazimport/us_atlas.h"
#include "geo/gazetteer_builder.h"
#include "geo/geonames_tsv.h"
#include "text/fold.h"

namespace sitrep::gazimport {
namespace {

// Malformed lines reported one by one per file before the rest are only counted.
constexpr size_t kMaxReported = 20;

// GeoNames rows the index keeps: populated places (not historical, abandoned or destroyed ones)
// and, from a full dump, divisions, countries and a few conflict-relevant features. Countries and
// first-level divisions come from countries.json and state.json when those are given.
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
void DropStatesAbroad(const std::vector<geo::GeoNamesRow>& rows, std::vector<State>* states, std::FILE* log) {
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
  if (dropped > 0 && log != nullptr) std::fprintf(log, "gazetteer: dropped %zu divisions centred abroad\n", dropped);
}

// Streams a GeoNames TSV, keeping the rows KeepFeature accepts.
Status ReadGeoNames(const CompileOptions& o, std::vector<geo::GeoNamesRow>* rows, CompileStats* st,
                    std::FILE* log) {
  std::ifstream in(o.geonames);
  if (!in) return Status::IoError("cannot read " + o.geonames);
  std::string line;
  size_t line_no = 0, bad = 0;
  while (std::getline(in, line)) {
    ++line_no;
    if (line.empty() || line[0] == '#') continue;
    auto r = geo::ParseGeoNamesLine(line);
    if (!r.ok()) {
      if (log != nullptr && bad < kMaxReported)
        std::fprintf(log, "%s:%zu: %s, row skipped\n", o.geonames.c_str(), line_no, r.status().message().c_str());
      ++bad;
      continue;
    }
    if (!KeepFeature(*r, !o.countries.empty(), !o.states.empty())) continue;
    rows->push_back(std::move(r).value());
  }
  if (log != nullptr && bad > kMaxReported)
    std::fprintf(log, "%s: %zu more malformed rows skipped\n", o.geonames.c_str(), bad - kMaxReported);
  st->skipped_rows += bad;
  st->geonames_rows = rows->size();
  return Status::Ok();
}

// Adds the divisions of state.json, linked to GeoNames admin1 codes; fills `link` ("CC.code" ->
// index into `states`) so cities can carry their division's name.
void AddDivisions(const std::vector<geo::GeoNamesRow>& rows, const std::vector<State>& states,
                  const std::map<std::string, size_t>& link, geo::GazetteerBuilder* b) {
  // Extent of each division from the spread of its cities; its capital for aliases.
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
    b->Add(std::move(p));
  }
}

Result<CompileStats> Compile(const CompileOptions& o, std::FILE* log) {
  if (o.geonames.empty()) return Status::InvalidArgument("no GeoNames file given");
  if (o.out.empty()) return Status::InvalidArgument("no output file given");
  auto t0 = std::chrono::steady_clock::now();
  CompileStats st;

  // 1. GeoNames rows, and their alternate names.
  std::vector<geo::GeoNamesRow> rows;
  Status s = ReadGeoNames(o, &rows, &st, log);
  if (!s.ok()) return s;
  if (!o.alternate_names.empty()) {
    std::unordered_map<int64_t, size_t> row_of_id;
    row_of_id.reserve(rows.size());
    for (size_t i = 0; i < rows.size(); ++i) row_of_id.emplace(rows[i].geonames_id, i);
    auto a = AddAlternateNames(o.alternate_names, row_of_id, &rows, log);
    if (!a.ok()) return a.status();
    st.alternate_names = a->added;
    st.skipped_rows += a->skipped;
  }

  geo::GazetteerBuilder b;
  // 2. Countries.
  if (!o.countries.empty()) {
    auto n = AddCountries(o.countries, &b);
    if (!n.ok()) return n.status();
    st.countries = static_cast<size_t>(*n);
  }

  // 3. First-level divisions, linked to GeoNames admin1 codes.
  std::map<std::string, size_t> link;
  std::vector<State> states;
  if (!o.states.empty()) {
    auto sr = ReadStates(o.states);
    if (!sr.ok()) return sr.status();
    states = std::move(sr).value();
    DropStatesAbroad(rows, &states, log);
    link = LinkAdmin1(rows, states);
    AddDivisions(rows, states, link, &b);
    st.divisions = states.size();
  }

  // 4. Places.
  for (auto& r : rows) {
    geo::PlaceInput p;
    p.geonames_id = r.geonames_id;
    p.name = !r.english_name.empty() ? r.english_name : r.ascii_name.empty() ? r.name : r.ascii_name;
    std::replace(p.name.begin(), p.name.end(), '`', '\'');  // GeoNames' ASCII form of the ayn
    p.lat = r.lat;
    p.lon = r.lon;
    p.country = r.country;
    auto it = link.find(r.country + "." + r.admin1_code);
    if (it != link.end()) p.admin1 = states[it->second].short_name;
    p.feature = r.feature_code;
    p.population = r.population;
    if (r.name != p.name) p.names.push_back(r.name);
    if (!r.english_name.empty() && !r.ascii_name.empty() && r.ascii_name != r.name) p.names.push_back(r.ascii_name);
    for (auto& a : r.alternate_names) p.names.push_back(std::move(a));
    b.Add(std::move(p));
  }
  rows.clear();
  rows.shrink_to_fit();

  // 5. US counties (after the GeoNames places, which they are checked against).
  if (!o.us_atlas.empty()) {
    auto counties = ReadUsCounties(o.us_atlas);
    if (!counties.ok()) return counties.status();
    UsCountyStats cs = AddUsCounties(*counties, &b);
    st.counties = static_cast<size_t>(cs.added);
    if (log != nullptr)
      std::fprintf(log, "gazetteer: %d US counties added (%d independent cities already present, %d already ADM2)\n",
                   cs.added, cs.skipped_city, cs.skipped_duplicate);
  }

  // 6. User places and aliases.
  for (const std::string& path : o.extras) {
    auto n = AddExtraPlaces(path, &b, log);
    if (!n.ok()) return n.status();
    st.extra_rows += static_cast<size_t>(n->rows);
    st.skipped_rows += static_cast<size_t>(n->skipped);
  }

  // 7. Common words.
  if (!o.common_words.empty()) {
    auto n = AddCommonWords(o.common_words, &b);
    if (!n.ok()) return n.status();
    st.common_words = static_cast<size_t>(*n);
  }

  st.places = b.size();
  for (uint32_t i = 0; i < b.size(); ++i) st.names += 1 + b.place(i).names.size();
  s = b.WriteFile(o.out);
  if (!s.ok()) return s;
  std::error_code ec;
  st.index_bytes = static_cast<size_t>(std::filesystem::file_size(o.out, ec));
  st.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  return st;
}

}  // namespace

Result<CompileStats> CompileGazetteer(const CompileOptions& options, std::FILE* log) {
  try {
    return Compile(options, log);
  } catch (const std::exception& e) {  // bad_alloc, or a third-party exception
    return Status::Internal(std::string("gazetteer compile: ") + e.what());
  }
}

}  // namespace sitrep::gazimport
