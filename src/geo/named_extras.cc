// Compiled-in continents, regions, unions and US state abbreviations: see named_extras.h.
#include "geo/named_extras.h"

namespace sitrep::geo {
namespace {

// Representative points: GeoNames' continent and region points; seas at their middle. Unions are
// located at their continent.
constexpr ExtraPlace kExtras[] = {
    {"africa", "Africa", 7.1881, 21.09375, "CONT", 3000, false},
    {"african", "Africa", 7.1881, 21.09375, "CONT", 3000, true},
    {"asia", "Asia", 29.84064, 89.29688, "CONT", 3000, false},
    {"asian", "Asia", 29.84064, 89.29688, "CONT", 3000, true},
    {"europe", "Europe", 48.69096, 9.14062, "CONT", 1500, false},
    {"european", "Europe", 48.69096, 9.14062, "CONT", 1500, true},
    {"eu", "European Union", 48.69096, 9.14062, "ZN", 1500, false},
    {"european union", "European Union", 48.69096, 9.14062, "ZN", 1500, false},
    {"north america", "North America", 46.07323, -100.54688, "CONT", 3000, false},
    {"south america", "South America", -14.60485, -57.65625, "CONT", 3000, false},
    {"latin america", "Latin America", -14.60485, -57.65625, "RGN", 3000, false},
    {"latin american", "Latin America", -14.60485, -57.65625, "RGN", 3000, true},
    {"oceania", "Oceania", -18.31281, 138.51562, "CONT", 3000, false},
    {"antarctica", "Antarctica", -78.15856, 16.40626, "CONT", 2000, false},
    {"middle east", "Middle East", 33.13, 35.86, "RGN", 1500, false},
    {"mideast", "Middle East", 33.13, 35.86, "RGN", 1500, false},
    {"middle eastern", "Middle East", 33.13, 35.86, "RGN", 1500, true},
    {"caribbean", "Caribbean", 15.0, -75.0, "RGN", 1500, false},
    {"atlantic", "Atlantic Ocean", 10.0, -25.0, "OCN", 3000, false},
    {"atlantic ocean", "Atlantic Ocean", 10.0, -25.0, "OCN", 3000, false},
    {"mediterranean", "Mediterranean Sea", 35.0, 18.0, "SEA", 1500, false},
    {"mediterranean sea", "Mediterranean Sea", 35.0, 18.0, "SEA", 1500, false},
    {"indian ocean", "Indian Ocean", -10.0, 75.0, "OCN", 3000, false},
    {"balkans", "Balkans", 42.0, 21.0, "RGN", 500, false},
    {"scandinavia", "Scandinavia", 62.0, 15.0, "RGN", 800, false},
    {"southeast asia", "Southeast Asia", 5.0, 110.0, "RGN", 2000, false},
    {"central asia", "Central Asia", 43.0, 65.0, "RGN", 1500, false},
    {"west africa", "West Africa", 12.0, -5.0, "RGN", 1500, false},
    {"east africa", "East Africa", 0.0, 37.0, "RGN", 1500, false},
};

struct Abbrev {
  std::string_view compact;
  std::string_view state;
  AbbrevUse use;
};

// AP style abbreviations of US states (and the postal-style ones AP uses with dots).
constexpr Abbrev kAbbrevs[] = {
    {"Ala.", "Alabama", AbbrevUse::kAnywhere},        {"Ariz.", "Arizona", AbbrevUse::kAnywhere},
    {"Ark.", "Arkansas", AbbrevUse::kAfterComma},     {"Calif.", "California", AbbrevUse::kAnywhere},
    {"Cal.", "California", AbbrevUse::kAfterComma},   {"Colo.", "Colorado", AbbrevUse::kAnywhere},
    {"Conn.", "Connecticut", AbbrevUse::kAnywhere},   {"Del.", "Delaware", AbbrevUse::kAfterComma},
    {"D.C.", "District of Columbia", AbbrevUse::kAnywhere},
    {"Fla.", "Florida", AbbrevUse::kAnywhere},        {"Ga.", "Georgia", AbbrevUse::kAfterComma},
    {"Ill.", "Illinois", AbbrevUse::kAfterComma},     {"Ind.", "Indiana", AbbrevUse::kAfterComma},
    {"Kan.", "Kansas", AbbrevUse::kAfterComma},       {"Kans.", "Kansas", AbbrevUse::kAnywhere},
    {"Ky.", "Kentucky", AbbrevUse::kAnywhere},        {"La.", "Louisiana", AbbrevUse::kAfterComma},
    {"Md.", "Maryland", AbbrevUse::kAnywhere},        {"Mass.", "Massachusetts", AbbrevUse::kAfterComma},
    {"Mich.", "Michigan", AbbrevUse::kAnywhere},      {"Minn.", "Minnesota", AbbrevUse::kAnywhere},
    {"Miss.", "Mississippi", AbbrevUse::kAfterComma}, {"Mo.", "Missouri", AbbrevUse::kAfterComma},
    {"Mont.", "Montana", AbbrevUse::kAfterComma},     {"Neb.", "Nebraska", AbbrevUse::kAnywhere},
    {"Nebr.", "Nebraska", AbbrevUse::kAnywhere},      {"Nev.", "Nevada", AbbrevUse::kAnywhere},
    {"N.H.", "New Hampshire", AbbrevUse::kAnywhere},  {"N.J.", "New Jersey", AbbrevUse::kAnywhere},
    {"N.M.", "New Mexico", AbbrevUse::kAnywhere},     {"N.Mex.", "New Mexico", AbbrevUse::kAnywhere},
    {"N.Y.", "New York", AbbrevUse::kAnywhere},       {"N.C.", "North Carolina", AbbrevUse::kAnywhere},
    {"N.D.", "North Dakota", AbbrevUse::kAnywhere},   {"N.Dak.", "North Dakota", AbbrevUse::kAnywhere},
    {"Okla.", "Oklahoma", AbbrevUse::kAnywhere},      {"Ore.", "Oregon", AbbrevUse::kAfterComma},
    {"Oreg.", "Oregon", AbbrevUse::kAnywhere},        {"Pa.", "Pennsylvania", AbbrevUse::kAfterComma},
    {"Penn.", "Pennsylvania", AbbrevUse::kAfterComma}, {"R.I.", "Rhode Island", AbbrevUse::kAnywhere},
    {"S.C.", "South Carolina", AbbrevUse::kAnywhere}, {"S.D.", "South Dakota", AbbrevUse::kAnywhere},
    {"S.Dak.", "South Dakota", AbbrevUse::kAnywhere}, {"Tenn.", "Tennessee", AbbrevUse::kAnywhere},
    {"Tex.", "Texas", AbbrevUse::kAnywhere},          {"Vt.", "Vermont", AbbrevUse::kAnywhere},
    {"Va.", "Virginia", AbbrevUse::kAfterComma},      {"Wash.", "Washington", AbbrevUse::kAfterComma},
    {"W.Va.", "West Virginia", AbbrevUse::kAnywhere}, {"Wis.", "Wisconsin", AbbrevUse::kAnywhere},
    {"Wisc.", "Wisconsin", AbbrevUse::kAnywhere},     {"Wyo.", "Wyoming", AbbrevUse::kAnywhere},
};

struct CountryPoint {
  std::string_view iso2;
  double lat, lon;
};

// GeoNames representative points (geonameid in the comment), only where they lie far (about 100 km or
// more) from world-countries' point. (GeoNames moved Canada's point from about 60 N 96 W to 60.1 N
// 113.6 W; corpora annotated with older dumps use the former, so either choice is ~1000 km off for some.)
constexpr CountryPoint kCountryPoints[] = {
    {"US", 39.76, -98.5},            // 6252001
    {"JP", 35.68536, 139.75309},     // 1861060
    {"CA", 60.10867, -113.64258},    // 6251999
    {"IN", 22.0, 79.0},              // 1269750
    {"GB", 54.75844, -2.69531},      // 2635167
    {"DE", 51.5, 10.5},              // 2921044
    {"AU", -25.0, 135.0},            // 2077456
};

struct DivisionPoint {
  std::string_view iso2, name;
  double lat, lon;
};

constexpr DivisionPoint kDivisionPoints[] = {
    {"US", "New York", 43.00035, -75.4999},  // 5128638
};

}  // namespace

bool GeonamesDivisionPoint(std::string_view iso2, std::string_view name, double* lat, double* lon) {
  for (const DivisionPoint& d : kDivisionPoints) {
    if (d.iso2 == iso2 && d.name == name) {
      *lat = d.lat;
      *lon = d.lon;
      return true;
    }
  }
  return false;
}

bool GeonamesCountryPoint(std::string_view iso2, double* lat, double* lon) {
  for (const CountryPoint& c : kCountryPoints) {
    if (c.iso2 == iso2) {
      *lat = c.lat;
      *lon = c.lon;
      return true;
    }
  }
  return false;
}

const ExtraPlace* FindExtraPlace(std::string_view simple_key) {
  for (const ExtraPlace& e : kExtras)
    if (e.key == simple_key) return &e;
  return nullptr;
}

std::string_view UsStateOfAbbrev(std::string_view compact, AbbrevUse* use) {
  *use = AbbrevUse::kNone;
  for (const Abbrev& a : kAbbrevs) {
    if (a.compact == compact) {
      *use = a.use;
      return a.state;
    }
  }
  return {};
}

}  // namespace sitrep::geo
