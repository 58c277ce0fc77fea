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
    {"north african", "North Africa", 28.0, 10.0, "RGN", 1500, true},
    {"north africa", "North Africa", 28.0, 10.0, "RGN", 1500, false},
    {"horn of africa", "Horn of Africa", 8.0, 45.0, "RGN", 800, false},
    {"sahel", "Sahel", 14.5, 0.0, "RGN", 1500, false},
    // The adjectives of the Americas name the continent or region, never the United States.
    {"north american", "North America", 46.07323, -100.54688, "CONT", 3000, true},
    {"south american", "South America", -14.60485, -57.65625, "CONT", 3000, true},
    {"central america", "Central America", 12.76, -85.6, "RGN", 1000, false},
    {"central american", "Central America", 12.76, -85.6, "RGN", 1000, true},
    {"caribbean sea", "Caribbean Sea", 15.0, -75.0, "SEA", 1500, false},
    {"pacific", "Pacific Ocean", 0.0, -160.0, "OCN", 5000, false},
    {"pacific ocean", "Pacific Ocean", 0.0, -160.0, "OCN", 5000, false},
    {"arctic ocean", "Arctic Ocean", 85.0, 0.0, "OCN", 2000, false},
    {"southern ocean", "Southern Ocean", -65.0, 0.0, "OCN", 3000, false},
    {"black sea", "Black Sea", 43.0, 34.0, "SEA", 500, false},
    {"red sea", "Red Sea", 20.0, 38.5, "SEA", 800, false},
    {"caspian sea", "Caspian Sea", 41.7, 50.6, "SEA", 500, false},
    {"baltic sea", "Baltic Sea", 58.0, 20.0, "SEA", 500, false},
    {"north sea", "North Sea", 56.0, 3.0, "SEA", 500, false},
    {"aegean sea", "Aegean Sea", 39.0, 25.0, "SEA", 300, false},
    {"sea of azov", "Sea of Azov", 46.0, 36.5, "SEA", 200, false},
    {"arabian sea", "Arabian Sea", 15.0, 65.0, "SEA", 1000, false},
    {"south china sea", "South China Sea", 12.0, 113.0, "SEA", 1000, false},
    {"east china sea", "East China Sea", 29.0, 125.0, "SEA", 500, false},
    {"sea of japan", "Sea of Japan", 40.0, 135.0, "SEA", 600, false},
    {"persian gulf", "Persian Gulf", 27.0, 51.5, "GULF", 500, false},
    {"gulf of aden", "Gulf of Aden", 12.5, 47.5, "GULF", 400, false},
    {"gulf of mexico", "Gulf of Mexico", 25.0, -90.0, "GULF", 800, false},
    {"korean peninsula", "Korean Peninsula", 38.0, 127.5, "PEN", 500, false},
    {"arabian peninsula", "Arabian Peninsula", 23.0, 46.0, "PEN", 1200, false},
    {"crimean peninsula", "Crimean Peninsula", 45.3, 34.4, "PEN", 150, false},
    {"sinai peninsula", "Sinai Peninsula", 29.5, 33.8, "PEN", 200, false},
    {"iberian peninsula", "Iberian Peninsula", 40.0, -4.0, "PEN", 600, false},
    {"balkan peninsula", "Balkans", 42.0, 21.0, "RGN", 500, false},
    {"ural mountains", "Ural Mountains", 60.0, 59.5, "MTS", 1000, false},
    {"atlas mountains", "Atlas Mountains", 31.0, -6.0, "MTS", 700, false},
    {"himalayas", "Himalayas", 28.0, 84.0, "MTS", 1200, false},
    {"caucasus", "Caucasus", 42.5, 44.0, "RGN", 500, false},
    {"earth", "Earth", 0.0, 0.0, "AREA", 20000, false},
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

struct StateDemonym {
  std::string_view key, state;
};

// Residents of US states. ("Georgian" is left out: the country's; "New Yorker" and "Oregonian" are
// also a magazine and a newspaper.)
constexpr StateDemonym kStateDemonyms[] = {
    {"alabamian", "Alabama"},
    {"alaskan", "Alaska"},
    {"arizonan", "Arizona"},
    {"arkansan", "Arkansas"},
    {"californian", "California"},
    {"coloradan", "Colorado"},
    {"floridian", "Florida"},
    {"idahoan", "Idaho"},
    {"illinoisan", "Illinois"},
    {"indianan", "Indiana"},
    {"iowan", "Iowa"},
    {"kansan", "Kansas"},
    {"kentuckian", "Kentucky"},
    {"louisianan", "Louisiana"},
    {"marylander", "Maryland"},
    {"michigander", "Michigan"},
    {"minnesotan", "Minnesota"},
    {"mississippian", "Mississippi"},
    {"missourian", "Missouri"},
    {"montanan", "Montana"},
    {"nebraskan", "Nebraska"},
    {"nevadan", "Nevada"},
    {"new mexican", "New Mexico"},
    {"north carolinian", "North Carolina"},
    {"north dakotan", "North Dakota"},
    {"ohioan", "Ohio"},
    {"oklahoman", "Oklahoma"},
    {"pennsylvanian", "Pennsylvania"},
    {"south carolinian", "South Carolina"},
    {"south dakotan", "South Dakota"},
    {"texan", "Texas"},
    {"utahn", "Utah"},
    {"vermonter", "Vermont"},
    {"virginian", "Virginia"},
    {"west virginian", "West Virginia"},
    {"wisconsinite", "Wisconsin"},
    {"wyomingite", "Wyoming"},
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

std::string_view UsStateOfDemonym(std::string_view simple_key) {
  for (const StateDemonym& d : kStateDemonyms)
    if (d.key == simple_key) return d.state;
  return {};
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

// The AP Stylebook's list of US cities that stand alone in datelines.
constexpr std::string_view kApDatelineCities[] = {
    "atlanta", "baltimore", "boston", "chicago", "cincinnati", "cleveland", "dallas", "denver", "detroit",
    "honolulu", "houston", "indianapolis", "las vegas", "los angeles", "miami", "milwaukee", "minneapolis",
    "new orleans", "new york", "oklahoma city", "philadelphia", "phoenix", "pittsburgh", "st louis",
    "saint louis", "salt lake city", "san antonio", "san diego", "san francisco", "seattle", "washington"};

bool IsApStandaloneDatelineCity(std::string_view simple_key) {
  for (std::string_view c : kApDatelineCities)
    if (c == simple_key) return true;
  return false;
}

}  // namespace sitrep::geo
