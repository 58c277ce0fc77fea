// Tests on the real gazetteer index (build/data/gazetteer.idx or $SITREP_GAZETTEER); skipped when
// the index has not been built. The seed articles are read from ../shared/seeds when present.
#include <gtest/gtest.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <tuple>

#include "geo/geo_math.h"
#include "geo/geocoder.h"
#include "geo/test_index_util.h"

namespace sitrep::geo {
namespace {

std::string IndexPath() {
  if (const char* env = std::getenv("SITREP_GAZETTEER")) return env;
  // The index of the build directory this test binary belongs to (<build>/data/gazetteer.idx), where
  // that build has compiled one: it matches this build's folding and kb/places.tsv.
  {
    std::error_code ec;
    std::filesystem::path self = std::filesystem::read_symlink("/proc/self/exe", ec);
    if (!ec) {
      std::filesystem::path own = self.parent_path() / "data" / "gazetteer.idx";
      if (std::filesystem::exists(own, ec)) return own.string();
    }
  }
  // Otherwise the most recently compiled of the known build directories' indexes (an older one may
  // predate the current builder or kb/places.tsv).
  std::string best;
  std::filesystem::file_time_type best_time{};
  for (const char* rel : {"build/data/gazetteer.idx", "build-geo/data/gazetteer.idx"}) {
    std::string p = testing::SourcePath(rel);
    std::error_code ec;
    auto t = std::filesystem::last_write_time(p, ec);
    if (ec) continue;
    if (best.empty() || t > best_time) best = p, best_time = t;
  }
  return best;
}

const GazetteerIndex* RealIndex() {
  static const GazetteerIndex* index = [] () -> const GazetteerIndex* {
    std::string path = IndexPath();
    if (path.empty()) return nullptr;
    auto r = GazetteerIndex::Open(path);
    return r.ok() ? std::move(r).value().release() : nullptr;
  }();
  return index;
}

#define REQUIRE_REAL_INDEX()                                                                        \
  if (RealIndex() == nullptr)                                                                      \
  GTEST_SKIP() << "no gazetteer index: run scripts/setup.sh (build/data/gazetteer.idx) or set "   \
                  "SITREP_GAZETTEER"

std::string ReadFile(const std::string& path) {
  std::ifstream in(path);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

const Toponym* Find(const std::vector<Toponym>& ts, std::string_view surface) {
  for (const Toponym& t : ts)
    if (t.location.text == surface) return &t;
  return nullptr;
}

// The conflict-zone test set (issue 4): every row of testdata/geo/conflict_mentions.tsv is one sentence
// geocoded alone; the toponym written as column 2 must land within 10 km of the expected point (columns
// 4-5, checked by hand against cities500.txt; see the file's header). Prints the share within 10 km and
// every miss with the place it went to; fails below 95%.
TEST(RealGazetteerTest, ConflictMentionsResolveWithin10Km) {
  REQUIRE_REAL_INDEX();
  std::ifstream in(testing::SourcePath("testdata/geo/conflict_mentions.tsv"));
  ASSERT_TRUE(in.good());
  Geocoder g(*RealIndex());
  int total = 0, within = 0, same_id = 0;
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> f;
    std::stringstream ss(line);
    for (std::string c; std::getline(ss, c, '\t');) f.push_back(c);
    ASSERT_EQ(f.size(), 5u) << line;
    ++total;
    auto ts = g.Geocode(f[0]);
    const Toponym* t = Find(ts, f[1]);
    double d = t == nullptr ? 1e9 : HaversineKm(t->location.lat, t->location.lon, std::stod(f[3]), std::stod(f[4]));
    if (d <= 10) {
      ++within;
      if (t->location.geonames_id == std::stoll(f[2])) ++same_id;
    } else if (t == nullptr) {
      std::printf("[ geo ] miss: %s in \"%s\" -> (not found)\n", f[1].c_str(), f[0].c_str());
    } else {
      std::printf("[ geo ] miss: %s in \"%s\" -> %s %s %s, %.0f km off\n", f[1].c_str(), f[0].c_str(),
                  t->location.name.c_str(), t->location.country.c_str(), t->location.feature.c_str(), d);
    }
  }
  std::printf("[ geo ] conflict mentions within 10 km: %d/%d (%.1f%%), same GeoNames id: %d\n", within, total,
              100.0 * within / total, same_id);
  EXPECT_GE(total, 200);
  // Single sentences carry little context, so a few homonyms abroad (Nara, Saida) may go elsewhere;
  // the bar is 95%.
  EXPECT_GE(within * 100, total * 95) << within << "/" << total << " within 10 km";
}

TEST(RealGazetteerTest, SeedArticlesResolveTheirPlaces) {
  REQUIRE_REAL_INDEX();
  std::string dir = testing::SourcePath("../shared/seeds");
  std::string a0 = ReadFile(dir + "/000_0eefa6123c75dfcc.txt");
  std::string a4 = ReadFile(dir + "/004_bd84230b44241b6d.txt");
  if (a0.empty() || a4.empty()) GTEST_SKIP() << "seed articles not found under ../shared/seeds";
  Geocoder g(*RealIndex());
  auto t0 = g.Geocode(a0);
  struct Want {
    const char* surface;
    int64_t id;
  };
  for (Want w : {Want{"Homs", 169577}, Want{"Hama", 170017}, Want{"Talbiseh", 163779}, Want{"Rastan", 172946},
                 Want{"Salamiyah", 164947}}) {
    const Toponym* t = Find(t0, w.surface);
    ASSERT_NE(t, nullptr) << w.surface;
    EXPECT_EQ(t->location.geonames_id, w.id) << w.surface;
  }
  auto t4 = g.Geocode(a4);
  ASSERT_FALSE(t4.empty());
  EXPECT_EQ(t4[0].location.text, "BEIRUT");
  EXPECT_EQ(t4[0].location.geonames_id, 276781);
  for (const char* c : {"Lebanon", "Iraq", "Jordan", "Turkey"}) {
    const Toponym* t = Find(t4, c);
    ASSERT_NE(t, nullptr) << c;
    EXPECT_EQ(t->location.feature, "PCLI") << c;
  }
  for (const Toponym& t : t4) EXPECT_NE(t.location.text, "Assad") << "a surname is not a place";
}

// Throughput on the LGL geoparsing corpus text (not stored in the repo).
TEST(RealGazetteerTest, ThroughputOnLgl) {
  REQUIRE_REAL_INDEX();
  std::ifstream in(testing::SourcePath("../shared/bench/geoparsing/lgl.jsonl"));
  if (!in.good()) GTEST_SKIP() << "../shared/bench/geoparsing/lgl.jsonl absent";
  std::vector<std::string> texts;
  std::string line;
  while (std::getline(in, line)) {
    // Pull the "text" field without a JSON library: enough for a throughput figure.
    size_t k = line.find("\"text\": \"");
    size_t skip = 9;
    if (k == std::string::npos) {
      k = line.find("\"text\":\"");
      skip = 8;
    }
    if (k == std::string::npos) continue;
    std::string t;
    for (size_t i = k + skip; i < line.size() && line[i] != '"'; ++i) {
      if (line[i] == '\\' && i + 1 < line.size()) {
        ++i;
        t.push_back(line[i] == 'n' ? '\n' : line[i]);
      } else {
        t.push_back(line[i]);
      }
    }
    texts.push_back(std::move(t));
  }
  ASSERT_FALSE(texts.empty());
  Geocoder g(*RealIndex());
  size_t bytes = 0, toponyms = 0;
  auto start = std::chrono::steady_clock::now();
  for (const std::string& t : texts) {
    bytes += t.size();
    toponyms += g.Geocode(t).size();
  }
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::printf("[ geo ] lgl: %zu articles, %.1f MB, %zu toponyms in %.3f s: %.1f MB/s, %.2f us/toponym\n",
              texts.size(), bytes / 1e6, toponyms, secs, bytes / 1e6 / secs, 1e6 * secs / std::max<size_t>(toponyms, 1));
}

}  // namespace
}  // namespace sitrep::geo

// Issue 3 classes, on the real index. Sentences written for these tests; expected places checked by
// hand in cities500 (Kita, Mali 2455216; Sevilla, Spain 2510911; Izium 707292; Beni, DR Congo 219057).
namespace sitrep::geo {
namespace {
namespace issue3 {
const Toponym* FindText(const std::vector<Toponym>& ts, std::string_view s) {
  for (const Toponym& t : ts)
    if (t.location.text == s) return &t;
  return nullptr;
}
}  // namespace issue3

TEST(RealGazetteerTest, NamedAdminBeatsPopulationPrior) {
  REQUIRE_REAL_INDEX();
  Geocoder g(*RealIndex());
  auto a = g.Geocode("Gunmen raided a market in Kita (Kita, Kayes) on Friday.");
  const Toponym* t = issue3::FindText(a, "Kita");
  ASSERT_NE(t, nullptr);
  EXPECT_EQ(t->location.country, "ML");  // not Quito
  auto b = g.Geocode("A crowd marched through Sevilla (Andalucia) on Sunday.");
  t = issue3::FindText(b, "Sevilla");
  ASSERT_NE(t, nullptr);
  EXPECT_EQ(t->location.country, "ES");
}

TEST(RealGazetteerTest, UnknownVillageDoesNotGoAbroad) {
  REQUIRE_REAL_INDEX();
  Geocoder g(*RealIndex());
  // "Djugu" is only a town in Benin in cities500; the note names Ituri (DR Congo) around it.
  auto a = g.Geocode("Soldiers searched Zorbuvo village (Djugu, Ituri) for weapons.");
  for (const Toponym& t : a) EXPECT_EQ(t.location.country, "CD") << t.location.text;
  EXPECT_NE(issue3::FindText(a, "Ituri"), nullptr);
}

TEST(RealGazetteerTest, PartsOfLongerNamesAreNotToponyms) {
  REQUIRE_REAL_INDEX();
  Geocoder g(*RealIndex());
  auto a = g.Geocode("A Su-30 jet was shot down near Izium.");
  EXPECT_EQ(issue3::FindText(a, "Su"), nullptr);
  const Toponym* t = issue3::FindText(a, "Izium");
  ASSERT_NE(t, nullptr);
  EXPECT_EQ(t->location.geonames_id, 707292);
  auto b = g.Geocode("Troops dug in around Bila Hora outside Kostiantynivka.");
  EXPECT_EQ(issue3::FindText(b, "Bila"), nullptr);
  EXPECT_EQ(issue3::FindText(b, "Hora"), nullptr);
}

TEST(RealGazetteerTest, HomonymFollowsTheNamedProvince) {
  REQUIRE_REAL_INDEX();
  Geocoder g(*RealIndex());
  auto a = g.Geocode("Militiamen attacked a farm near Beni, Nord-Kivu, at night.");
  const Toponym* t = issue3::FindText(a, "Beni");
  ASSERT_NE(t, nullptr);
  EXPECT_EQ(t->location.geonames_id, 219057);
}

TEST(RealGazetteerTest, SpellingAsWrittenBeatsNearSpelling) {
  REQUIRE_REAL_INDEX();
  Geocoder g(*RealIndex());
  // "Samarra" folds like Samara (Russia, bigger), but only the Iraqi city is spelled so.
  auto a = g.Geocode("Pilgrims reached Samarra on foot.");
  const Toponym* t = issue3::FindText(a, "Samarra");
  ASSERT_NE(t, nullptr);
  EXPECT_EQ(t->location.country, "IQ");
  // "Lyon" folds like Leon; the French city is spelled so.
  auto b = g.Geocode("Dock workers struck in Lyon for a day.");
  t = issue3::FindText(b, "Lyon");
  ASSERT_NE(t, nullptr);
  EXPECT_EQ(t->location.country, "FR");
  // An exonym listed as the big city's alternate name still counts as spelled so.
  auto c = g.Geocode("Sirens sounded in Odessa overnight.");
  t = issue3::FindText(c, "Odessa");
  ASSERT_NE(t, nullptr);
  EXPECT_EQ(t->location.country, "UA");
}

TEST(RealGazetteerTest, ProvinceNamesInNewsSpellings) {
  REQUIRE_REAL_INDEX();
  Geocoder g(*RealIndex());
  // The oblast keeps its old name in the news after its capital was renamed (Dnipro).
  auto a = g.Geocode("Shelling damaged farms in Dnipropetrovsk region overnight.");
  const Toponym* t = issue3::FindText(a, "Dnipropetrovsk");
  ASSERT_NE(t, nullptr);
  EXPECT_EQ(t->location.feature, "ADM1");
  EXPECT_EQ(t->location.country, "UA");
  EXPECT_GT(t->location.precision_km, 50);
}

TEST(RealGazetteerTest, DistrictStandsInForAMissingVillage) {
  REQUIRE_REAL_INDEX();
  Geocoder g(*RealIndex());
  // "Dalan Gari" is no place the gazetteer knows: the district's seat stands in, to district precision.
  auto a = g.Geocode("Bandits burned granaries in Dalan Gari village (Tureta, Sokoto) on Monday.");
  const Toponym* t = issue3::FindText(a, "Tureta");
  ASSERT_NE(t, nullptr);
  EXPECT_EQ(t->location.country, "NG");
  EXPECT_GE(t->location.precision_km, 15);
  // The town itself, named before the note, keeps a town's precision.
  auto b = g.Geocode("Bandits burned granaries in Tureta (Tureta, Sokoto) on Monday.");
  t = issue3::FindText(b, "Tureta");
  ASSERT_NE(t, nullptr);
  EXPECT_LT(t->location.precision_km, 10);
}

TEST(RealGazetteerTest, DivisionCentresLieInTheirCountry) {
  REQUIRE_REAL_INDEX();
  Geocoder g(*RealIndex());
  // state.json puts Haiti's Ouest near Montreal and Venezuela's Lara in California; the index must
  // carry centres repaired from the divisions' own cities.
  auto a = g.Geocode("Barricades went up in a market town of Ouest department, Haiti, on Monday.");
  const Toponym* t = issue3::FindText(a, "Ouest");
  ASSERT_NE(t, nullptr);
  EXPECT_EQ(t->location.country, "HT");
  EXPECT_LT(HaversineKm(t->location.lat, t->location.lon, 18.6, -72.3), 150);  // Port-au-Prince area
  auto b = g.Geocode("Street vendors marched in a small town of Lara state on Friday.");
  t = issue3::FindText(b, "Lara");
  ASSERT_NE(t, nullptr);
  EXPECT_EQ(t->location.country, "VE");
  EXPECT_LT(HaversineKm(t->location.lat, t->location.lon, 10.07, -69.32), 150);  // Barquisimeto area
}

TEST(RealGazetteerTest, TownAndItsNamesakeDivision) {
  REQUIRE_REAL_INDEX();
  Geocoder g(*RealIndex());
  // "X, X": the town inside the division of the same name, not a bigger namesake abroad.
  auto a = g.Geocode("Farmers blocked a road near Merida, Merida, to ask for fuel.");
  const Toponym* t = issue3::FindText(a, "Merida");
  ASSERT_NE(t, nullptr);
  EXPECT_EQ(t->location.country, "VE");
  // A repeated name is no evidence for a namesake town that has no such division.
  auto b = g.Geocode("Gunmen shot a trader near a village (Muse township, Muse district, Shan-North state).");
  for (const Toponym& x : b) EXPECT_EQ(x.location.country, "MM") << x.location.text;
  t = issue3::FindText(b, "Shan-North");
  ASSERT_NE(t, nullptr);
  EXPECT_EQ(t->location.feature, "ADM1");
}

TEST(RealGazetteerTest, CommonNounsAndStreetNamesAreNotPlaces) {
  REQUIRE_REAL_INDEX();
  Geocoder g(*RealIndex());
  auto a = g.Geocode("Nurses rallied outside City Hall on Workers' Day in Gloucester.");
  EXPECT_EQ(issue3::FindText(a, "Hall"), nullptr);
  EXPECT_EQ(issue3::FindText(a, "Day"), nullptr);
  EXPECT_NE(issue3::FindText(a, "Gloucester"), nullptr);
  // "Ulus square in Altindag, Ankara": the square's name is not the town called Ulus elsewhere.
  auto b = g.Geocode("Retired officers met at Ulus square in Altindag, Ankara, to protest.");
  EXPECT_EQ(issue3::FindText(b, "Ulus"), nullptr);
  EXPECT_NE(issue3::FindText(b, "Ankara"), nullptr);
}

TEST(RealGazetteerTest, ProvinceNamesInNativeSpellings) {
  REQUIRE_REAL_INDEX();
  Geocoder g(*RealIndex());
  for (auto [text, name, cc] : {std::tuple{"Farmers protested in Niedersachsen on Monday.", "Niedersachsen", "DE"},
                                std::tuple{"Dockers struck across Lombardia on Monday.", "Lombardia", "IT"},
                                std::tuple{"Drones struck a village in Duhok on Monday.", "Duhok", "IQ"},
                                std::tuple{"Fighting spread across Karen state on Monday.", "Karen", "MM"}}) {
    auto a = g.Geocode(text);
    const Toponym* t = issue3::FindText(a, name);
    ASSERT_NE(t, nullptr) << text;
    EXPECT_EQ(t->location.country, cc) << text;
  }
}

TEST(RealGazetteerTest, UnitAfterAPlaceIsADivisionOrCountry) {
  REQUIRE_REAL_INDEX();
  Geocoder g(*RealIndex());
  // An unknown place with a US state in a note: the state, not a Mexican village called so.
  auto a = g.Geocode("Around forty people held a candlelight vigil in Point Reyes (California) on Sunday.");
  const Toponym* t = issue3::FindText(a, "California");
  ASSERT_NE(t, nullptr);
  EXPECT_EQ(t->location.country, "US");
  EXPECT_EQ(t->location.feature, "ADM1");
  // A small town in the province named beats a bigger namesake elsewhere.
  auto b = g.Geocode("Grain farmers blocked a road in San Lorenzo (Santa Fe) over export taxes.");
  t = issue3::FindText(b, "San Lorenzo");
  ASSERT_NE(t, nullptr);
  EXPECT_EQ(t->location.country, "AR");
  EXPECT_EQ(t->location.admin1, "Santa Fe");
  // A country after a comma decides between namesakes.
  auto c = g.Geocode("Lorry drivers demonstrated in Laval, France, against fuel prices.");
  t = issue3::FindText(c, "Laval");
  ASSERT_NE(t, nullptr);
  EXPECT_EQ(t->location.country, "FR");
  // A division's abbreviation in a note names the division.
  auto d = g.Geocode("Traders marched through Hangu city (Hangu, KPK) against power cuts.");
  t = issue3::FindText(d, "Hangu");
  ASSERT_NE(t, nullptr);
  EXPECT_EQ(t->location.country, "PK");
  // ... but an all-capitals word elsewhere is no division.
  auto e = g.Geocode("KP officials denied the report on Monday.");
  EXPECT_EQ(issue3::FindText(e, "KP"), nullptr);
  // French names of Cameroon's regions.
  auto f = g.Geocode("Separatists burned a school in Batibo (Batibo, Momo, Nord-Ouest) at night.");
  t = issue3::FindText(f, "Nord-Ouest");
  ASSERT_NE(t, nullptr);
  EXPECT_EQ(t->location.country, "CM");
}

TEST(RealGazetteerTest, CountryAsTheCauseIsNotTheScene) {
  REQUIRE_REAL_INDEX();
  Geocoder g(*RealIndex());
  auto a = g.Geocode("Several hundred people marched in Warsaw in solidarity with Ukraine on Saturday.");
  EXPECT_EQ(issue3::FindText(a, "Ukraine"), nullptr);
  const Toponym* t = issue3::FindText(a, "Warsaw");
  ASSERT_NE(t, nullptr);
  EXPECT_EQ(t->location.country, "PL");
  // The country of the cause does not pull a capital's name to a village there.
  auto b = g.Geocode("Students from Ukraine met outside the town hall of Paris to condemn the invasion of Ukraine.");
  t = issue3::FindText(b, "Paris");
  ASSERT_NE(t, nullptr);
  EXPECT_EQ(t->location.country, "FR");
  // A border is geography: the countries stay places.
  auto c = g.Geocode("The province shares borders with Lebanon and Jordan.");
  EXPECT_NE(issue3::FindText(c, "Lebanon"), nullptr);
  // "Country's X region" puts X in that country.
  auto d = g.Geocode("Shells hit Avdiivka in Ukraine's Donetsk region overnight.");
  t = issue3::FindText(d, "Donetsk");
  ASSERT_NE(t, nullptr);
  EXPECT_EQ(t->location.country, "UA");
}

}  // namespace
}  // namespace sitrep::geo

namespace sitrep::geo {
namespace {

TEST(RealGazetteerTest, AbbreviatedAndNumberedDivisionsInNotes) {
  REQUIRE_REAL_INDEX();
  Geocoder g(*RealIndex());
  // An abbreviation joined by an ampersand is one word and names the division in a note.
  auto a = g.Geocode("Shopkeepers shut their stalls in Sopore (Baramulla, J&K) after the arrests.");
  const Toponym* t = issue3::FindText(a, "J&K");
  ASSERT_NE(t, nullptr);
  EXPECT_EQ(t->location.country, "IN");
  EXPECT_EQ(t->location.feature, "ADM1");
  auto b = g.Geocode("Soldiers clashed with gunmen near Datu Piang (Maguindanao, BARMM) on Friday.");
  t = issue3::FindText(b, "BARMM");
  ASSERT_NE(t, nullptr);
  EXPECT_EQ(t->location.country, "PH");
  auto c = g.Geocode("Youths blocked the main road in Sodo (Wolaita, SNNPR) over fuel shortages.");
  t = issue3::FindText(c, "SNNPR");
  ASSERT_NE(t, nullptr);
  EXPECT_EQ(t->location.country, "ET");
  // A province named by its number, with or without "No.".
  for (const char* s : {"Teachers rallied in a town of Province No. 2 for higher pay.",
                        "Teachers rallied in Janakpur (Dhanusa, Province 2) for higher pay."}) {
    auto d = g.Geocode(s);
    const Toponym* p = nullptr;
    for (const Toponym& x : d)
      if (x.location.text.rfind("Province", 0) == 0) p = &x;
    ASSERT_NE(p, nullptr) << s;
    EXPECT_EQ(p->location.country, "NP") << s;
    EXPECT_EQ(p->location.feature, "ADM1") << s;
  }
  // "Province" followed by a count is no division.
  auto e = g.Geocode("Floods hit the Province 3 times this year.");
  for (const Toponym& x : e) EXPECT_NE(x.location.text, "Province 3");
}

// Countries sit at GeoNames' representative point, New York state at GeoNames' point for the state
// (not at the city, where the division source puts it).
TEST(RealGazetteerTest, CountriesAndStatesAtGeonamesPoints) {
  REQUIRE_REAL_INDEX();
  Geocoder g(*RealIndex());
  auto a = g.Geocode("Diplomats from the United States and India met on Tuesday.");
  const Toponym* us = Find(a, "United States");
  ASSERT_NE(us, nullptr);
  EXPECT_NEAR(us->location.lat, 39.76, 1e-3);
  EXPECT_NEAR(us->location.lon, -98.5, 1e-3);
  const Toponym* in = Find(a, "India");
  ASSERT_NE(in, nullptr);
  EXPECT_NEAR(in->location.lat, 22.0, 1e-3);
  EXPECT_NEAR(in->location.lon, 79.0, 1e-3);
  auto b = g.Geocode("Snow closed schools across upstate New York and in Buffalo on Monday.");
  const Toponym* ny = Find(b, "New York");
  ASSERT_NE(ny, nullptr);
  EXPECT_EQ(ny->location.feature, "ADM1");
  EXPECT_NEAR(ny->location.lat, 43.0, 0.01);  // the state's point, 260 km north-west of the city
  EXPECT_NEAR(ny->location.lon, -75.5, 0.01);
}

// A name that is a country and a US state is the state in an article about that state's towns; a word
// that only folds like a country's name ("Erie", Ireland's "Eire") is the place spelled as written.
TEST(RealGazetteerTest, StatesAndNearSpellingsInUsArticles) {
  REQUIRE_REAL_INDEX();
  Geocoder g(*RealIndex());
  auto a = g.Geocode("Storms knocked out power in Atlanta, Macon and Savannah, and Georgia officials asked for help.");
  const Toponym* ga = Find(a, "Georgia");
  ASSERT_NE(ga, nullptr);
  EXPECT_EQ(ga->location.country, "US");
  EXPECT_EQ(ga->location.feature, "ADM1");
  auto b = g.Geocode("The hockey club from Erie beat the visitors from Pittsburgh on Friday.");
  const Toponym* erie = Find(b, "Erie");
  ASSERT_NE(erie, nullptr);
  EXPECT_EQ(erie->location.country, "US");
  EXPECT_NE(erie->location.feature, "PCLI");
}

// A place inside a hyphenated word: before a lower-case suffix, and after a legislator's party initial;
// the toponym covers the place's bytes only.
TEST(RealGazetteerTest, PlacesInsideHyphenatedWords) {
  REQUIRE_REAL_INDEX();
  Geocoder g(*RealIndex());
  std::string text = "A Chicago-based charity and Rep. Ann Smith, R-Charleston, backed the plan.";
  auto a = g.Geocode(text);
  const Toponym* chi = Find(a, "Chicago");
  ASSERT_NE(chi, nullptr);
  EXPECT_EQ(text.substr(chi->begin, chi->end - chi->begin), "Chicago");
  EXPECT_EQ(chi->location.country, "US");
  const Toponym* chs = Find(a, "Charleston");
  ASSERT_NE(chs, nullptr);
  EXPECT_EQ(text.substr(chs->begin, chs->end - chs->begin), "Charleston");
  // A double surname after a given name is no pair of places.
  GeocodeOptions geo;
  geo.geoparse = true;
  auto b = g.Geocode("The board chair, Anna Paris-London, spoke first.", geo);
  EXPECT_EQ(Find(b, "Paris"), nullptr);
  EXPECT_EQ(Find(b, "London"), nullptr);
}

}  // namespace
}  // namespace sitrep::geo

namespace sitrep::geo {
namespace {

GeocodeOptions Geoparse() {
  GeocodeOptions o;
  o.geoparse = true;
  return o;
}

// Seas, peninsulas and the adjectives of world regions are regions, never a street of the article's
// town nor the United States; plural adjectives name the region too.
TEST(RealGazetteerTest, RegionsAndRegionAdjectivesWhenGeoparsing) {
  REQUIRE_REAL_INDEX();
  Geocoder g(*RealIndex());
  auto a = g.Geocode(
      "Police in Tulsa closed Main Street. Talks on the Korean Peninsula stalled, and Central American "
      "migrants and many Europeans waited.",
      Geoparse());
  const Toponym* main_street = Find(a, "Main Street");
  ASSERT_NE(main_street, nullptr);
  EXPECT_EQ(main_street->kind, ToponymKind::kLocal);
  const Toponym* korea = Find(a, "Korean Peninsula");
  ASSERT_NE(korea, nullptr);
  EXPECT_EQ(korea->kind, ToponymKind::kPlace);
  EXPECT_NEAR(korea->location.lat, 38.0, 1.0);  // between Seoul (37.6) and Pyongyang (39.0)
  EXPECT_NEAR(korea->location.lon, 127.5, 1.0);
  const Toponym* ca = Find(a, "Central American");
  ASSERT_NE(ca, nullptr);
  EXPECT_EQ(ca->kind, ToponymKind::kDemonym);
  EXPECT_NE(ca->location.country, "US");
  EXPECT_LT(ca->location.lat, 18.0);  // south of Mexico City's latitude (19.4)
  const Toponym* eu = Find(a, "Europeans");
  ASSERT_NE(eu, nullptr);
  EXPECT_EQ(eu->location.name, "Europe");
  auto c = g.Geocode("The Korean Peninsula stayed calm.", Geoparse());
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].location.text, "Korean Peninsula");
  // An unknown sea is no local facility either.
  auto b = g.Geocode("Boats from Tulsa sailed the Xyzzy Sea and returned to Main Street.", Geoparse());
  EXPECT_EQ(Find(b, "Xyzzy Sea"), nullptr);
}

// Official and short names of states and regions, and the residents of a US state.
TEST(RealGazetteerTest, ShortNamesAndStateResidents) {
  REQUIRE_REAL_INDEX();
  Geocoder g(*RealIndex());
  auto a = g.Geocode(
      "Envoys of the DPRK visited the Holy See. Fighting in South Ossetia and the West Bank went on. Many "
      "Ohioans agreed.",
      Geoparse());
  const Toponym* kp = Find(a, "DPRK");
  ASSERT_NE(kp, nullptr);
  EXPECT_EQ(kp->location.country, "KP");
  const Toponym* va = Find(a, "Holy See");
  ASSERT_NE(va, nullptr);
  EXPECT_EQ(va->location.country, "VA");
  const Toponym* so = Find(a, "South Ossetia");
  ASSERT_NE(so, nullptr);
  EXPECT_EQ(so->location.country, "GE");
  const Toponym* wb = Find(a, "West Bank");
  ASSERT_NE(wb, nullptr);
  EXPECT_EQ(wb->location.country, "PS");
  const Toponym* oh = Find(a, "Ohioans");
  ASSERT_NE(oh, nullptr);
  EXPECT_EQ(oh->kind, ToponymKind::kDemonym);
  EXPECT_EQ(oh->location.country, "US");
  EXPECT_EQ(oh->location.feature, "ADM1");
  EXPECT_EQ(oh->location.name, "Ohio");
  // Province abbreviations after a town name the province; alone they are no place.
  auto b = g.Geocode("Crews from Nelson, BC, and Dubbo, NSW, met. BC said nothing.", Geoparse());
  int bc = 0, nsw = 0;
  for (const Toponym& t : b) {
    if (t.location.text == "BC") {
      ++bc;
      EXPECT_EQ(t.location.admin1, "British Columbia");
    }
    if (t.location.text == "NSW") {
      ++nsw;
      EXPECT_EQ(t.location.admin1, "New South Wales");
    }
  }
  EXPECT_EQ(bc, 1);
  EXPECT_EQ(nsw, 1);
}

// The local focus is a town of the article's main country, the one named most; a foreign town named
// twice does not take the article's streets abroad.
TEST(RealGazetteerTest, LocalFocusIsTheMostNamedHomeTown) {
  REQUIRE_REAL_INDEX();
  Geocoder g(*RealIndex());
  auto a = g.Geocode(
      "Officials in Tulsa and Norman, Oklahoma, met a visitor from Lyon. The visitor praised Lyon and "
      "walked along Peoria Avenue.",
      Geoparse());
  const Toponym* ave = Find(a, "Peoria Avenue");
  ASSERT_NE(ave, nullptr);
  EXPECT_EQ(ave->kind, ToponymKind::kLocal);
  EXPECT_EQ(ave->location.country, "US");
  EXPECT_EQ(ave->location.admin1, "Oklahoma");
}

// A town for which the word is only a former or alternate name (Swainsboro, Georgia, once "Paris")
// yields to a town whose own name it is, even in an article about the other town's state.
TEST(RealGazetteerTest, OwnNameBeatsAnAlternateName) {
  REQUIRE_REAL_INDEX();
  Geocoder g(*RealIndex());
  auto a = g.Geocode("Crews from Augusta, Macon and Paris helped after Georgia officials asked for aid.");
  const Toponym* paris = Find(a, "Paris");
  ASSERT_NE(paris, nullptr);
  EXPECT_EQ(paris->location.name, "Paris");
}

// "St.", "Mt." and "Ft." open names whose dot would split them.
TEST(RealGazetteerTest, AbbreviatedSaintMountFort) {
  REQUIRE_REAL_INDEX();
  Geocoder g(*RealIndex());
  auto a = g.Geocode("Direct flights between St. Petersburg and Moscow resumed on Monday.");
  ASSERT_FALSE(a.empty());
  EXPECT_EQ(a[0].location.text, "St. Petersburg");
  EXPECT_EQ(a[0].location.country, "RU");
  auto b = g.Geocode("The band from Mt. Pleasant, South Carolina, won the contest.");
  ASSERT_FALSE(b.empty());
  EXPECT_EQ(b[0].location.text, "Mt. Pleasant");
  EXPECT_EQ(b[0].location.name, "Mount Pleasant");
  EXPECT_EQ(b[0].location.admin1, "South Carolina");
}

// A place named inside a brand or product name ("Isuzu Denver Rodeo") gives no country focus: the
// article's Oxford stays the English one.
TEST(RealGazetteerTest, PartsOfLongerNamesDoNotVote) {
  REQUIRE_REAL_INDEX();
  Geocoder g(*RealIndex());
  auto a = g.Geocode("Vandals damaged his Isuzu Denver Rodeo twice in Oxford. A spokesman for Oxford Police spoke.",
                     Geoparse());
  const Toponym* ox = Find(a, "Oxford");
  ASSERT_NE(ox, nullptr);
  EXPECT_EQ(ox->location.country, "GB");
  int oxfords = 0;
  for (const Toponym& t : a) oxfords += t.location.text == "Oxford" ? 1 : 0;
  EXPECT_EQ(oxfords, 2);  // "Oxford Police" keeps its place
}

}  // namespace
}  // namespace sitrep::geo
