#include "geo/geocoder.h"

#include <gtest/gtest.h>

#include "geo/gazetteer_builder.h"
#include "geo/geo_math.h"
#include "geo/test_index_util.h"

namespace sitrep::geo {
namespace {

class GeocoderTest : public ::testing::Test {
 protected:
  void SetUp() override {
    index_ = testing::MiniIndex();
    ASSERT_NE(index_, nullptr);
  }
  std::vector<Toponym> Run(std::string_view text, const GeocodeOptions& opts = {}) {
    return Geocoder(*index_).Geocode(text, opts);
  }
  std::unique_ptr<GazetteerIndex> index_;
};

TEST_F(GeocoderTest, ResolvesCitiesByFocusAndPopulation) {
  std::string text = "Rebels reached Homs and Hama in Syria on Thursday.";
  auto t = Run(text);
  ASSERT_EQ(t.size(), 3u);
  EXPECT_EQ(text.substr(t[0].begin, t[0].end - t[0].begin), "Homs");
  EXPECT_EQ(t[0].location.geonames_id, 169577);
  EXPECT_EQ(t[0].location.feature, "PPLA");
  EXPECT_EQ(t[0].location.admin1, "Homs");
  EXPECT_EQ(t[1].location.geonames_id, 170017);
  EXPECT_EQ(t[1].location.country, "SY");
  EXPECT_EQ(t[2].location.feature, "PCLI");
  EXPECT_DOUBLE_EQ(t[0].location.precision_km, 5);  // a city of 0.1-1 million people
}

TEST_F(GeocoderTest, SpellingVariantsAndArticles) {
  std::string text = "Fighting was reported in Talbisseh, al-Rastan and Ar-Rastan's outskirts.";
  auto t = Run(text);
  ASSERT_EQ(t.size(), 3u);
  EXPECT_EQ(t[0].location.geonames_id, 163779);
  EXPECT_EQ(t[1].location.geonames_id, 172946);
  EXPECT_EQ(t[1].location.text, "al-Rastan");
  EXPECT_EQ(t[2].location.geonames_id, 172946);
  EXPECT_EQ(t[2].location.text, "Ar-Rastan");  // the possessive is not part of the name
}

TEST_F(GeocoderTest, ProvinceWordSelectsTheDivision) {
  auto t = Run("Government troops left Homs province while Homs itself held out.");
  ASSERT_EQ(t.size(), 2u);
  EXPECT_EQ(t[0].location.feature, "ADM1");
  EXPECT_EQ(t[0].location.geonames_id, 0);
  EXPECT_EQ(t[1].location.feature, "PPLA");
}

TEST_F(GeocoderTest, RelativeDistanceAndBearingShiftThePoint) {
  std::string text = "The town lies about 8 kilometres north of Homs.";
  auto t = Run(text);
  ASSERT_EQ(t.size(), 1u);
  EXPECT_TRUE(t[0].is_relative);
  EXPECT_EQ(text.substr(t[0].phrase_begin, t[0].end - t[0].phrase_begin), "about 8 kilometres north of Homs");
  // 8 km due north: latitude grows by 8 / 111.195 degrees, longitude stays.
  EXPECT_NEAR(t[0].location.lat, 34.72682 + 8 / 111.195, 1e-3);
  EXPECT_NEAR(t[0].location.lon, 36.72339, 1e-4);  // stored as float
  EXPECT_DOUBLE_EQ(t[0].location.precision_km, 5);  // max(city radius 5, 20% of 8 km)

  text = "Shells fell 25 miles south of Hama.";
  t = Run(text);
  ASSERT_EQ(t.size(), 1u);
  EXPECT_TRUE(t[0].is_relative);
  EXPECT_NEAR(HaversineKm(t[0].location.lat, t[0].location.lon, 35.13179, 36.75783), 40.23, 0.1);
  EXPECT_LT(t[0].location.lat, 35.13179);
  EXPECT_NEAR(t[0].location.precision_km, 0.2 * 25 * 1.609344, 1e-6);
}

TEST_F(GeocoderTest, CountrysideWidensThePrecision) {
  std::string text = "Clashes continued in the northern countryside of Homs.";
  auto t = Run(text);
  ASSERT_EQ(t.size(), 1u);
  EXPECT_EQ(text.substr(t[0].phrase_begin, t[0].end - t[0].phrase_begin), "the northern countryside of Homs");
  EXPECT_DOUBLE_EQ(t[0].location.precision_km, 25);
  EXPECT_GT(t[0].location.lat, 34.72682);
  t = Run("Shelling hit the Hama countryside.");
  ASSERT_EQ(t.size(), 1u);
  EXPECT_DOUBLE_EQ(t[0].location.precision_km, 25);
  EXPECT_FALSE(t[0].is_relative);
}

TEST_F(GeocoderTest, PersonAndOrganisationContextsAreNotPlaces) {
  EXPECT_TRUE(Run("President Hama met the envoy.").empty());
  EXPECT_TRUE(Run("The Hama Military Council issued a statement.").empty());
  EXPECT_TRUE(Run("Reporters from the Kyiv Post visited.").empty());
  EXPECT_TRUE(Run("Talks resumed in Reading on Monday.").empty());  // stop word
  EXPECT_TRUE(Run("Hayat Tahrir al-Sham denied it.").empty());   // al-Sham is part of a name
  EXPECT_TRUE(Run("HTS and the SAA traded fire.").empty());
}

TEST_F(GeocoderTest, KharkivIsNotKyiv) {
  auto t = Run("Missiles hit Kharkiv and Kyiv.");
  ASSERT_EQ(t.size(), 2u);
  EXPECT_EQ(t[0].location.geonames_id, 706483);
  EXPECT_EQ(t[1].location.geonames_id, 703448);
}

TEST_F(GeocoderTest, DatelineInCapitals) {
  auto t = Run("BEIRUT - Rebels advanced toward Homs, Syria.");
  ASSERT_EQ(t.size(), 3u);
  EXPECT_EQ(t[0].location.geonames_id, 276781);
  EXPECT_EQ(t[0].location.country, "LB");
}

TEST_F(GeocoderTest, CountryHintActsAsArticleFocus) {
  auto t = Run("A meeting took place in Hama.");
  ASSERT_EQ(t.size(), 1u);
  EXPECT_EQ(t[0].location.geonames_id, 170017);  // the city of 460,000, not the village of 1,200
  GeocodeOptions opts;
  opts.country_hint = "JP";
  t = Run("A meeting took place in Hama.", opts);
  ASSERT_EQ(t.size(), 1u);
  EXPECT_EQ(t[0].location.geonames_id, 9000002);  // the caller says the article is about Japan
}

TEST_F(GeocoderTest, HeadlineCapitalsNeedSupportFromTheBody) {
  auto t = Run("Rebels Close In On Homs As Army Retreats\nFighting went on near Hama.");
  ASSERT_EQ(t.size(), 1u);  // "Homs" only occurs in the Title Case line
  EXPECT_EQ(t[0].location.geonames_id, 170017);
  t = Run("Rebels Close In On Homs As Army Retreats\nFighting went on near Homs.");
  ASSERT_EQ(t.size(), 2u);
}

TEST_F(GeocoderTest, SurvivesOddInput) {
  EXPECT_TRUE(Run("").empty());
  EXPECT_TRUE(Run("\xff\xfe Homs\xc3").size() <= 1);
  std::string many(5000, 'A');
  EXPECT_TRUE(Run(many).empty());
  EXPECT_EQ(Run("We saw Homs, Homs, Homs, Homs, Homs, Homs, Homs, Homs and Homs.").size(), 9u);
}

TEST_F(GeocoderTest, CompassSuffixedDivisionAndStreetNames) {
  // "Homs-North": a division split by compass direction reads as the division's name.
  auto t = Run("Shelling hit villages in Homs-North province overnight.");
  ASSERT_EQ(t.size(), 1u);
  EXPECT_EQ(t[0].location.text, "Homs-North");
  EXPECT_EQ(t[0].location.admin1, "Homs");
  // "Hama square in Homs": the square is in Homs; Hama names only the square.
  t = Run("Crowds filled Hama square in Homs on Friday.");
  ASSERT_EQ(t.size(), 1u);
  EXPECT_EQ(t[0].location.text, "Homs");
}

// With a note naming a division, a reading in another country must be spelled as written.
TEST(GeocoderContextTest, NearSpellingAbroadNeedsExactSpellingWithContext) {
  GazetteerBuilder b;
  PlaceInput village;  // a town in one country, spelled with one "n"
  village.geonames_id = 2;
  village.name = "Kamonia";
  village.lat = 34.95;
  village.lon = 134.85;
  village.country = "JP";
  village.population = 60000;
  village.feature = "PPLA2";
  village.names = {"Kamonia"};
  b.Add(village);
  PlaceInput division;  // a division of another country
  division.name = "Kasai-Oriental";
  division.lat = -6.0;
  division.lon = 23.5;
  division.country = "CD";
  division.admin1 = "Kasai-Oriental";
  division.feature = "ADM1";
  division.names = {"Kasai-Oriental"};
  b.Add(division);
  auto idx = GazetteerIndex::FromBytes(b.Serialize());
  ASSERT_TRUE(idx.ok());
  Geocoder g(**idx);
  // Without a note the near spelling reads as the town ...
  auto alone = g.Geocode("Militiamen burned huts in Kamonnia at dawn.");
  bool found = false;
  for (const Toponym& t : alone) found |= t.location.text == "Kamonnia" && t.location.country == "JP";
  EXPECT_TRUE(found);
  // ... but not when the note names a division of another country.
  auto noted = g.Geocode("Militiamen burned huts in Kamonnia, Kasai-Oriental, at dawn.");
  for (const Toponym& t : noted) EXPECT_NE(t.location.country, "JP") << t.location.text;
}

// A small US index: the mini index plus two states, their towns and a town named like a surname.
std::unique_ptr<GazetteerIndex> UsIndex() {
  GazetteerBuilder b = testing::MiniBuilder();
  auto add = [&](std::string name, double lat, double lon, std::string admin1, std::string feature,
                 int64_t pop, int64_t id) {
    PlaceInput p;
    p.geonames_id = id;
    p.name = std::move(name);
    p.lat = lat;
    p.lon = lon;
    p.country = "US";
    p.admin1 = std::move(admin1);
    p.feature = std::move(feature);
    p.population = pop;
    if (p.name == "United States") p.names = {"US", "U.S.", "USA"};
    b.Add(std::move(p));
  };
  add("Texas", 31.25, -99.25, "Texas", "ADM1", 0, 4736286);
  add("Illinois", 40.0, -89.25, "Illinois", "ADM1", 0, 4896861);
  add("United States", 39.76, -98.5, "", "PCLI", 0, 6252001);
  add("Houston", 29.76, -95.36, "Texas", "PPLA2", 2300000, 4699066);
  add("Bolingbrook", 41.70, -88.07, "Illinois", "PPL", 73000, 4884192);
  add("Brown", 38.9, -88.4, "Illinois", "PPL", 900, 1);
  auto idx = GazetteerIndex::FromBytes(b.Serialize());
  return idx.ok() ? std::move(idx).value() : nullptr;
}

std::string Span(const std::string& text, const Toponym& t) { return text.substr(t.begin, t.end - t.begin); }

GeocodeOptions Geoparse() {
  GeocodeOptions o;
  o.geoparse = true;
  return o;
}

TEST_F(GeocoderTest, DemonymsOnlyInGeoparsingMode) {
  std::string text = "Syrian troops and Sri Lankan engineers entered Homs.";
  auto events = Run(text);
  ASSERT_EQ(events.size(), 1u);  // event extraction never takes a demonym for a place
  EXPECT_EQ(Span(text, events[0]), "Homs");
  auto t = Run(text, Geoparse());
  ASSERT_EQ(t.size(), 2u);  // "Sri Lankan": no Sri Lanka in the mini index, so nothing to locate it at
  EXPECT_EQ(Span(text, t[0]), "Syrian");
  EXPECT_EQ(t[0].kind, ToponymKind::kDemonym);
  EXPECT_EQ(t[0].location.country, "SY");
  EXPECT_EQ(t[0].location.feature, "PCLI");
  EXPECT_EQ(t[1].kind, ToponymKind::kPlace);
}

TEST_F(GeocoderTest, ContinentsAndUnionsOnlyInGeoparsingMode) {
  std::string text = "Ministers of the EU met in Beirut to talk about aid for the Middle East.";
  EXPECT_EQ(Run(text).size(), 1u);
  auto t = Run(text, Geoparse());
  ASSERT_EQ(t.size(), 3u);
  EXPECT_EQ(Span(text, t[0]), "EU");
  EXPECT_EQ(t[0].location.feature, "ZN");
  EXPECT_EQ(Span(text, t[2]), "Middle East");
  EXPECT_NEAR(t[2].location.lat, 33.1, 0.5);
}

TEST_F(GeocoderTest, StreetsAndRoadsLieAtTheLocalFocus) {
  std::string text = "A crash on Main Street in Homs closed Highway 4 and the Orontes River bridge.";
  auto t = Run(text, Geoparse());
  ASSERT_EQ(t.size(), 4u);
  EXPECT_EQ(Span(text, t[0]), "Main Street");
  EXPECT_EQ(t[0].kind, ToponymKind::kLocal);
  EXPECT_NEAR(t[0].location.lat, t[1].location.lat, 1e-9);  // at Homs
  EXPECT_GE(t[0].location.precision_km, 15);
  EXPECT_EQ(Span(text, t[2]), "Highway 4");
  EXPECT_EQ(Span(text, t[3]), "Orontes River");
  // Without a place in the article there is nowhere to put them.
  EXPECT_TRUE(Run("Traffic on Main Street was slow.", Geoparse()).empty());
  EXPECT_EQ(Run(text).size(), 1u);  // not in event extraction
}

TEST(GeocoderUsTest, SurnameOfANamedPersonIsNotATown) {
  auto index = UsIndex();
  ASSERT_NE(index, nullptr);
  Geocoder g(*index);
  std::string text = "Mayor John Brown opened a park in Bolingbrook. Later Brown said it cost little.";
  auto t = g.Geocode(text);
  ASSERT_EQ(t.size(), 1u);
  EXPECT_EQ(Span(text, t[0]), "Bolingbrook");
  // Without a person of that name, the town stands.
  std::string town = "The family drove from Bolingbrook to Brown on Monday.";
  auto u = g.Geocode(town);
  ASSERT_EQ(u.size(), 2u);
  EXPECT_EQ(Span(town, u[1]), "Brown");
}

TEST(GeocoderUsTest, ApStateAbbreviations) {
  auto index = UsIndex();
  ASSERT_NE(index, nullptr);
  Geocoder g(*index);
  std::string text = "She grew up in Bolingbrook, Ill., and moved to Texas.";
  auto t = g.Geocode(text);
  ASSERT_EQ(t.size(), 3u);
  EXPECT_EQ(Span(text, t[1]), "Ill.");
  EXPECT_EQ(t[1].location.feature, "ADM1");
  EXPECT_EQ(t[1].location.admin1, "Illinois");
  // An abbreviation that is also a word counts only after "Town, ".
  EXPECT_TRUE(g.Geocode("He felt Ill. after the meal.").empty());
}

TEST(GeocoderUsTest, DatelineWithAgency) {
  auto index = UsIndex();
  ASSERT_NE(index, nullptr);
  Geocoder g(*index);
  std::string text = "Storm hits the coast. HOUSTON (AP) - Heavy rain fell on Monday.";
  auto t = g.Geocode(text);
  ASSERT_EQ(t.size(), 1u);
  EXPECT_EQ(Span(text, t[0]), "HOUSTON");
  EXPECT_EQ(t[0].location.geonames_id, 4699066);
}

TEST(GeocoderUsTest, UsInCapitalsIsTheCountryWhenGeoparsing) {
  auto index = UsIndex();
  ASSERT_NE(index, nullptr);
  Geocoder g(*index);
  GeocodeOptions o;
  o.geoparse = true;
  std::string text = "The U.S. and the US Navy told us about Houston.";
  auto t = g.Geocode(text, o);
  ASSERT_EQ(t.size(), 3u);
  EXPECT_EQ(Span(text, t[0]), "U.S.");
  EXPECT_EQ(t[0].location.feature, "PCLI");
  EXPECT_EQ(Span(text, t[1]), "US");
  EXPECT_EQ(Span(text, t[2]), "Houston");
}

TEST(GeocoderUsTest, HyphenatedCountryAdjectivesAreDemonyms) {
  auto index = UsIndex();
  ASSERT_NE(index, nullptr);
  Geocoder g(*index);
  std::string text = "Syrian-US talks went on in Houston while Syrian-held towns waited.";
  auto t = g.Geocode(text, Geoparse());
  ASSERT_EQ(t.size(), 4u);
  EXPECT_EQ(Span(text, t[0]), "Syrian");
  EXPECT_EQ(t[0].kind, ToponymKind::kDemonym);
  EXPECT_EQ(t[0].location.country, "SY");
  EXPECT_EQ(Span(text, t[1]), "US");
  EXPECT_EQ(t[1].location.feature, "PCLI");
  EXPECT_EQ(Span(text, t[2]), "Houston");
  EXPECT_EQ(Span(text, t[3]), "Syrian");
  EXPECT_EQ(t[3].kind, ToponymKind::kDemonym);
  // Event extraction takes no demonym for a place, nor a part of a pair of names.
  t = g.Geocode(text);
  ASSERT_EQ(t.size(), 1u);
  EXPECT_EQ(Span(text, t[0]), "Houston");
}

TEST(GeocoderUsTest, PartyAndStateOfALegislator) {
  auto index = UsIndex();
  ASSERT_NE(index, nullptr);
  Geocoder g(*index);
  std::string text = "Sen. Jane Roe, R-Ill., and Rep. John Doe, D-Tex., met in Houston.";
  auto t = g.Geocode(text, Geoparse());
  ASSERT_EQ(t.size(), 3u);
  EXPECT_EQ(Span(text, t[0]), "Ill.");
  EXPECT_EQ(t[0].location.feature, "ADM1");
  EXPECT_EQ(t[0].location.admin1, "Illinois");
  EXPECT_EQ(Span(text, t[1]), "Tex.");
  EXPECT_EQ(t[1].location.admin1, "Texas");
  EXPECT_EQ(Span(text, t[2]), "Houston");
  // A hyphenated word that is no party initial is no state.
  EXPECT_TRUE(g.Geocode("The X-Ill. code was printed.", Geoparse()).empty());
}

// The US index and a sizeable Houston in Illinois, next to Bolingbrook.
std::unique_ptr<GazetteerIndex> UsIndexWithNamesake() {
  GazetteerBuilder b = testing::MiniBuilder();
  auto add = [&](std::string name, double lat, double lon, std::string admin1, std::string feature, int64_t pop,
                 int64_t id) {
    PlaceInput p;
    p.geonames_id = id;
    p.name = std::move(name);
    p.lat = lat;
    p.lon = lon;
    p.country = "US";
    p.admin1 = std::move(admin1);
    p.feature = std::move(feature);
    p.population = pop;
    b.Add(std::move(p));
  };
  add("Texas", 31.25, -99.25, "Texas", "ADM1", 0, 4736286);
  add("Illinois", 40.0, -89.25, "Illinois", "ADM1", 0, 4896861);
  add("United States", 39.76, -98.5, "", "PCLI", 0, 6252001);
  add("Houston", 29.76, -95.36, "Texas", "PPLA2", 2300000, 4699066);
  add("Houston", 41.6, -88.2, "Illinois", "PPL", 120000, 2);
  add("Bolingbrook", 41.70, -88.07, "Illinois", "PPL", 73000, 4884192);
  add("Naperville", 41.75, -88.15, "Illinois", "PPL", 140000, 3);
  auto idx = GazetteerIndex::FromBytes(b.Serialize());
  return idx.ok() ? std::move(idx).value() : nullptr;
}

TEST(GeocoderUsTest, StandaloneApDatelineIsTheBigCity) {
  auto index = UsIndexWithNamesake();
  ASSERT_NE(index, nullptr);
  Geocoder g(*index);
  // An Illinois article: the town named in the body lies near Bolingbrook ...
  std::string body = "Schools in Bolingbrook and Naperville closed, and Houston schools stayed open.";
  auto t = g.Geocode(body, Geoparse());
  ASSERT_EQ(t.size(), 3u);
  EXPECT_EQ(t[2].location.geonames_id, 2);
  // ... but a dateline without a state is the city AP lets stand alone.
  std::string text = "HOUSTON (AP) - Schools in Bolingbrook and Naperville closed on Monday.";
  t = g.Geocode(text, Geoparse());
  ASSERT_EQ(t.size(), 3u);
  EXPECT_EQ(Span(text, t[0]), "HOUSTON");
  EXPECT_EQ(t[0].location.geonames_id, 4699066);
}

}  // namespace
}  // namespace sitrep::geo
