#include <gtest/gtest.h>

#include <cmath>
#include <cstdio>
#include <filesystem>
#include <string>

#include "gazimport/alternate_names.h"
#include "gazimport/common_words.h"
#include "gazimport/compile.h"
#include "gazimport/sources.h"
#include "gazimport/us_atlas.h"
#include "geo/gazetteer.h"
#include "text/fold.h"

namespace sitrep::gazimport {
namespace {

std::string Source(const std::string& rel) { return std::string(SITREP_SOURCE_DIR) + "/" + rel; }

std::string TempPath(const std::string& name) { return std::string(::testing::TempDir()) + "/" + name; }

const UsCounty* FindCounty(const std::vector<UsCounty>& v, const std::string& fips) {
  for (const auto& c : v)
    if (c.fips == fips) return &c;
  return nullptr;
}

// A log captured in memory.
class Log {
 public:
  Log() : f_(open_memstream(&buf_, &size_)) {}
  ~Log() {
    if (f_ != nullptr) std::fclose(f_);
    std::free(buf_);
  }
  std::FILE* file() { return f_; }
  std::string text() {
    std::fflush(f_);
    return std::string(buf_, size_);
  }

 private:
  char* buf_ = nullptr;
  size_t size_ = 0;
  std::FILE* f_;
};

TEST(UsCountyNames, NewsFormsByFips) {
  bool city = true;
  EXPECT_EQ(UsCountyNewsName("51089", "Henry", &city), "Henry County");
  EXPECT_FALSE(city);
  EXPECT_EQ(UsCountyNewsName("22071", "Orleans", &city), "Orleans Parish");
  EXPECT_EQ(UsCountyNewsName("02122", "Kenai Peninsula", &city), "Kenai Peninsula Borough");
  EXPECT_EQ(UsCountyNewsName("02180", "Nome", &city), "Nome Census Area");
  EXPECT_EQ(UsCountyNewsName("02110", "Juneau", &city), "City and Borough of Juneau");
  EXPECT_EQ(UsCountyNewsName("02020", "Anchorage", &city), "Municipality of Anchorage");
  EXPECT_EQ(UsCountyNewsName("51095", "James City", &city), "James City County");
  EXPECT_FALSE(city);
  EXPECT_EQ(UsCountyNewsName("51760", "Richmond", &city), "Richmond");
  EXPECT_TRUE(city);
  EXPECT_EQ(UsCountyNewsName("24510", "Baltimore", &city), "Baltimore");
  EXPECT_TRUE(city);
  EXPECT_EQ(UsCountyNewsName("24005", "Baltimore", &city), "Baltimore County");
  EXPECT_FALSE(city);
  EXPECT_EQ(UsCountyNewsName("48501", "Yoakum", &city), "Yoakum County");  // Texas codes above 500 are counties
  EXPECT_EQ(UsCountyNewsName("72001", "Adjuntas", &city), "");            // Puerto Rico
  EXPECT_EQ(UsCountyNewsName("11001", "District of Columbia", &city), "");
  EXPECT_EQ(UsCountyNewsName("5108", "Henry", &city), "");
}

// testdata/geo/tiny_counties.topo.json: quantised arcs (0.01 degree steps from 100 W, 30 N).
TEST(UsAtlas, DecodesArcsHolesAndTheAntimeridian) {
  auto r = ReadUsCounties(Source("testdata/geo/tiny_counties.topo.json"));
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  // Puerto Rico, DC and the county whose arc index is out of range are left out.
  ASSERT_EQ(r->size(), 5u);
  // A one-degree square (its arc reversed): 100-99 W, 30-31 N.
  const UsCounty* a = FindCounty(*r, "51001");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(a->name, "Testa County");
  EXPECT_EQ(a->state, "Virginia");
  EXPECT_NEAR(a->lon, -99.5, 1e-6);
  EXPECT_NEAR(a->lat, 30.5, 1e-6);
  // 111.2 km x 111.2 km x cos(30 deg) = 10,708 km2.
  EXPECT_NEAR(a->area_km2, 10708, 150);
  EXPECT_NEAR(a->radius_km, std::sqrt(10708 / M_PI), 2);
  // A 2x2 degree square (98-96 W, 30-32 N) less its north-east quarter: an L whose centroid is
  // (4 * (-97, 31) - (-96.5, 31.5)) / 3.
  const UsCounty* b = FindCounty(*r, "22001");
  ASSERT_NE(b, nullptr);
  EXPECT_EQ(b->name, "Testb Parish");
  EXPECT_EQ(b->state, "Louisiana");
  EXPECT_NEAR(b->lon, -97.1667, 1e-3);
  EXPECT_NEAR(b->lat, 30.8333, 1e-3);
  EXPECT_NEAR(b->area_km2, 3 * 10708, 3 * 250);
  // Two squares on either side of 180 degrees: the centroid is on the antimeridian, not at 0.
  const UsCounty* c = FindCounty(*r, "02016");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->name, "Aleutians West Census Area");
  EXPECT_GT(std::fabs(c->lon), 179.9);
  EXPECT_NEAR(c->lat, 52.5, 1e-3);
  const UsCounty* d = FindCounty(*r, "51760");
  ASSERT_NE(d, nullptr);
  EXPECT_TRUE(d->independent_city);
  EXPECT_EQ(d->name, "Richmond");
  const UsCounty* e = FindCounty(*r, "29189");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->name, "St. Louis County");
  ASSERT_EQ(e->aliases.size(), 1u);
  EXPECT_EQ(e->aliases[0], "Saint Louis County");
}

TEST(UsAtlas, IndependentCityAlreadyAPlaceIsSkipped) {
  auto r = ReadUsCounties(Source("testdata/geo/tiny_counties.topo.json"));
  ASSERT_TRUE(r.ok());
  {
    geo::GazetteerBuilder b;
    geo::PlaceInput richmond;
    richmond.name = "Richmond";
    richmond.country = "US";
    richmond.feature = "PPLA";
    richmond.lat = 37.05;
    richmond.lon = -89.95;
    b.Add(richmond);
    UsCountyStats st = AddUsCounties(*r, &b);
    EXPECT_EQ(st.added, 4);
    EXPECT_EQ(st.skipped_city, 1);
    auto idx = geo::GazetteerIndex::FromBytes(b.Serialize());
    ASSERT_TRUE(idx.ok());
    EXPECT_EQ((*idx)->Lookup(text::FoldKey("Richmond")).size(), 1u);
    auto parish = (*idx)->Lookup(text::FoldKey("Testb Parish"));
    ASSERT_EQ(parish.size(), 1u);
    EXPECT_EQ(parish[0].feature, "ADM2");
    EXPECT_EQ(parish[0].country, "US");
    EXPECT_EQ(parish[0].admin1, "Louisiana");
    EXPECT_NEAR((*idx)->RadiusKm(parish[0].index), std::sqrt(3 * 10708 / M_PI), 3);
    EXPECT_EQ((*idx)->Lookup(text::FoldKey("Saint Louis County")).size(), 1u);
  }
  {
    geo::GazetteerBuilder b;  // no such populated place: the city is added under its name
    UsCountyStats st = AddUsCounties(*r, &b);
    EXPECT_EQ(st.added, 5);
    auto idx = geo::GazetteerIndex::FromBytes(b.Serialize());
    ASSERT_TRUE(idx.ok());
    ASSERT_EQ((*idx)->Lookup(text::FoldKey("Richmond City")).size(), 1u);
    EXPECT_NEAR((*idx)->Lookup(text::FoldKey("Richmond"))[0].lat, 37.05, 1e-3);
  }
}

TEST(UsAtlas, CountyPopulationSumsItsPlaces) {
  auto r = ReadUsCounties(Source("testdata/geo/tiny_counties.topo.json"));
  ASSERT_TRUE(r.ok());
  const UsCounty* b = FindCounty(*r, "22001");
  ASSERT_NE(b, nullptr);
  EXPECT_TRUE(b->Contains(30.5, -97.5));
  EXPECT_FALSE(b->Contains(31.5, -96.5));  // in the hole
  EXPECT_FALSE(b->Contains(30.5, -99.5));  // in the other county
  geo::GazetteerBuilder builder;
  auto town = [&](const char* name, double lat, double lon, int64_t pop, const char* cc) {
    geo::PlaceInput p;
    p.name = name;
    p.country = cc;
    p.feature = "PPL";
    p.lat = lat;
    p.lon = lon;
    p.population = pop;
    builder.Add(p);
  };
  town("Alpha", 30.5, -99.5, 1000, "US");  // in Testa
  town("Beta", 30.5, -97.5, 700, "US");    // in Testb
  town("Gamma", 30.2, -96.2, 300, "US");   // in Testb
  town("Delta", 31.5, -96.5, 5000, "US");  // in Testb's hole
  town("Eps", 30.5, -97.5, 9000, "MX");    // not a US place
  AddUsCounties(*r, &builder);
  auto idx = geo::GazetteerIndex::FromBytes(builder.Serialize());
  ASSERT_TRUE(idx.ok());
  auto a = (*idx)->Lookup(text::FoldKey("Testa County"));
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].population, 1000);
  auto p = (*idx)->Lookup(text::FoldKey("Testb Parish"));
  ASSERT_EQ(p.size(), 1u);
  EXPECT_EQ(p[0].population, 1000);
}

TEST(UsAtlas, BadFilesFailCleanly) {
  EXPECT_FALSE(ReadUsCounties(TempPath("no-such.json")).ok());
  std::string p = TempPath("bad.topo.json");
  for (const char* body : {"{not json", "[]", "{\"arcs\": 3}", "{\"arcs\": [], \"objects\": {}}",
                           "{\"transform\": {\"scale\": 1}, \"arcs\": [], \"objects\": {}}"}) {
    std::FILE* f = std::fopen(p.c_str(), "wb");
    std::fputs(body, f);
    std::fclose(f);
    EXPECT_FALSE(ReadUsCounties(p).ok()) << body;
  }
}

// The real us-atlas file (npm, set-up): facts about known counties.
TEST(UsAtlas, RealCountiesFile) {
  std::string path = Source("node_modules/us-atlas/counties-10m.json");
  if (!std::filesystem::exists(path)) GTEST_SKIP() << "us-atlas not installed (scripts/setup.sh)";
  auto r = ReadUsCounties(path);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_GE(r->size(), 3130u);  // 3,142 county-equivalents in the 50 states, less any lost to simplification
  EXPECT_LE(r->size(), 3145u);
  // Cook County, Illinois: about 41.8 N, 87.8 W; 2,448 km2 of land.
  const UsCounty* cook = FindCounty(*r, "17031");
  ASSERT_NE(cook, nullptr);
  EXPECT_EQ(cook->name, "Cook County");
  EXPECT_EQ(cook->state, "Illinois");
  EXPECT_NEAR(cook->lat, 41.84, 0.15);
  EXPECT_NEAR(cook->lon, -87.82, 0.15);
  EXPECT_NEAR(cook->area_km2, 2448, 400);
  // Orleans Parish, Louisiana (New Orleans): about 30.0 N, 89.9 W.
  const UsCounty* orleans = FindCounty(*r, "22071");
  ASSERT_NE(orleans, nullptr);
  EXPECT_EQ(orleans->name, "Orleans Parish");
  EXPECT_NEAR(orleans->lat, 30.05, 0.15);
  EXPECT_NEAR(orleans->lon, -89.93, 0.2);
  // Aleutians West spans the antimeridian.
  const UsCounty* aleut = FindCounty(*r, "02016");
  ASSERT_NE(aleut, nullptr);
  EXPECT_TRUE(aleut->lon < -160 || aleut->lon > 170) << aleut->lon;
  EXPECT_GT(aleut->lat, 51);
  EXPECT_LT(aleut->lat, 56);
}

TEST(CommonWords, PlainLowerCaseWordsOnly) {
  EXPECT_TRUE(IsPlainCommonWord("nice"));
  EXPECT_TRUE(IsPlainCommonWord("reading"));
  EXPECT_FALSE(IsPlainCommonWord("Paris"));
  EXPECT_FALSE(IsPlainCommonWord("man's"));
  EXPECT_FALSE(IsPlainCommonWord("café"));
  EXPECT_FALSE(IsPlainCommonWord("well-known"));
  EXPECT_FALSE(IsPlainCommonWord(""));
}

TEST(CommonWords, RealWordList) {
  std::string path = "/usr/share/dict/american-english";
  if (!std::filesystem::exists(path)) GTEST_SKIP() << "wamerican not installed (scripts/setup.sh)";
  geo::GazetteerBuilder b;
  auto n = AddCommonWords(path, &b);
  ASSERT_TRUE(n.ok());
  EXPECT_GT(*n, 50000);
  auto idx = geo::GazetteerIndex::FromBytes(b.Serialize());
  ASSERT_TRUE(idx.ok());
  for (const char* w : {"nice", "reading", "man", "bath", "turkey"}) EXPECT_TRUE((*idx)->IsCommonWord(w)) << w;
  for (const char* w : {"homs", "paris", "kharkiv"}) EXPECT_FALSE((*idx)->IsCommonWord(w)) << w;
}

TEST(AlternateNames, ParsesAndFilters) {
  auto a = ParseAlternateNameLine("8\t745044\ten\tConstantinople\t\t\t\t1\t\t");
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->geonames_id, 745044);
  EXPECT_EQ(a->name, "Constantinople");
  EXPECT_TRUE(a->historic);
  EXPECT_FALSE(a->preferred);
  EXPECT_TRUE(IsUsefulAlternateName(*a));
  EXPECT_TRUE(ParseAlternateNameLine("1\t2\t\tZhdanov").ok());  // the flag columns may be missing
  EXPECT_FALSE(ParseAlternateNameLine("1\t2\ten").ok());
  EXPECT_FALSE(ParseAlternateNameLine("1\tx2\ten\tFoo").ok());
  auto useful = [](const char* line) {
    auto r = ParseAlternateNameLine(line);
    return r.ok() && IsUsefulAlternateName(*r);
  };
  EXPECT_FALSE(useful("1\t2\tlink\thttps://example.org/x"));
  EXPECT_FALSE(useful("1\t2\tpost\t31111"));
  EXPECT_FALSE(useful("1\t2\tde\tAleppo Stadt"));         // German, current
  EXPECT_TRUE(useful("1\t2\tde\tKonstantinopel\t\t\t\t1"));  // German, historic
  EXPECT_TRUE(useful("1\t2\ten\tBosnia\t\t1"));              // English short name
}

// testdata/geo/import/: a small GeoNames dump with one malformed row, alternate names with one
// malformed row, and a user TSV with a bridge, an air base, an alias and one malformed row.
TEST(Compile, ImportsGeoNamesAlternatesAndUserPlaces) {
  CompileOptions o;
  o.geonames = Source("testdata/geo/import/geonames_sample.txt");
  o.alternate_names = Source("testdata/geo/import/alternate_names_sample.txt");
  o.extras = {Source("testdata/geo/import/user_places.tsv")};
  o.out = TempPath("import.idx");
  Log log;
  auto st = CompileGazetteer(o, log.file());
  ASSERT_TRUE(st.ok()) << st.status().ToString();
  std::string err = log.text();
  EXPECT_EQ(st->skipped_rows, 3u) << err;
  EXPECT_NE(err.find("geonames_sample.txt:6: geonames: bad coordinates"), std::string::npos) << err;
  EXPECT_NE(err.find("alternate_names_sample.txt:13: bad geonameid"), std::string::npos) << err;
  EXPECT_NE(err.find("user_places.tsv:5: bad number"), std::string::npos) << err;
  EXPECT_EQ(st->geonames_rows, 7u);  // Mount Hermon (a mountain) is not kept
  EXPECT_EQ(st->places, 9u);         // and the bridge and the base
  EXPECT_EQ(st->extra_rows, 3u);
  EXPECT_GT(st->index_bytes, 0u);

  auto idx = geo::GazetteerIndex::Open(o.out);
  ASSERT_TRUE(idx.ok()) << idx.status().ToString();
  auto one = [&](const char* name) -> geo::Place {
    auto v = (*idx)->Lookup(text::FoldKey(name));
    EXPECT_EQ(v.size(), 1u) << name;
    return v.empty() ? geo::Place() : v[0];
  };
  // Historic names from the alternate-names file.
  EXPECT_EQ(one("Dnipropetrovsk").geonames_id, 709930);
  EXPECT_EQ(one("Yekaterinoslav").geonames_id, 709930);
  EXPECT_EQ(one("Zhdanov").geonames_id, 701822);
  EXPECT_EQ(one("Constantinople").geonames_id, 745044);
  // The preferred English name becomes the place's name; the GeoNames spellings stay names.
  geo::Place hama = one("Hamah");
  EXPECT_EQ(hama.name, "Hama");
  EXPECT_EQ(one("Ḩamāh").geonames_id, 170017);
  // Names of the main file.
  EXPECT_EQ(one("Kiev").geonames_id, 703448);
  EXPECT_NEAR(one("Homs").lat, 34.72682, 1e-4);
  // Not kept: a current German name, a link, a postal code, a place not in the dump, a mountain.
  EXPECT_TRUE((*idx)->Lookup(text::FoldKey("Aleppo Stadt")).empty());
  EXPECT_TRUE((*idx)->Lookup(text::FoldKey("31111")).empty());
  EXPECT_TRUE((*idx)->Lookup(text::FoldKey("Elsewhere")).empty());
  EXPECT_TRUE((*idx)->Lookup(text::FoldKey("Mount Hermon")).empty());
  EXPECT_TRUE((*idx)->Lookup(text::FoldKey("Nowhere")).empty());
  // User places and the alias row.
  geo::Place bridge = one("Antonovsky Bridge");
  EXPECT_EQ(bridge.name, "Antonivskyi Bridge");
  EXPECT_EQ(bridge.feature, "BDG");
  EXPECT_EQ(bridge.admin1, "Kherson");
  EXPECT_NEAR(bridge.lon, 32.7147, 1e-3);
  EXPECT_NEAR((*idx)->RadiusKm(bridge.index), 1, 1e-6);
  EXPECT_EQ(one("Khmeimim Air Base").feature, "AIRB");
  EXPECT_EQ(one("Haleb").geonames_id, 170063);
  EXPECT_TRUE((*idx)->Lookup(text::FoldKey("Broken Place")).empty());
  EXPECT_FALSE((*idx)->IsCommonWord("nice"));  // no word list given
  std::remove(o.out.c_str());
}

TEST(Compile, MissingInputsAreErrors) {
  CompileOptions o;
  o.out = TempPath("never.idx");
  EXPECT_EQ(CompileGazetteer(o, nullptr).status().code(), Status::Code::kInvalidArgument);
  o.geonames = TempPath("no-such-geonames.txt");
  EXPECT_EQ(CompileGazetteer(o, nullptr).status().code(), Status::Code::kIoError);
  o.geonames = Source("testdata/geo/import/geonames_sample.txt");
  o.extras = {TempPath("no-such-places.tsv")};
  EXPECT_EQ(CompileGazetteer(o, nullptr).status().code(), Status::Code::kIoError);
  EXPECT_FALSE(std::filesystem::exists(o.out));
}

}  // namespace
}  // namespace sitrep::gazimport
