#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <sstream>

#include "export/csv_writer.h"
#include "export/geojson_writer.h"
#include "export/json_writer.h"

namespace sitrep::exporter {
namespace {

EventMention SampleMention() {
  EventMention m;
  m.doc = "d1";
  m.sentence = 2;
  m.quote = "Rebels took control of Hama, a city of \"strategic\" value.";
  m.type = "Non-state actor overtakes territory";
  m.event_type = "Battles";
  m.date = "2024-12-05";
  m.date_text = "Thursday";
  m.agent.push_back({"Rebels", "Hayat Tahrir al-Sham", "rebel", "SY"});
  Location l;
  l.text = "Hama";
  l.name = "Hama";
  l.lat = 35.13179;
  l.lon = 36.75783;
  l.country = "SY";
  l.admin1 = "Hama";
  l.geonames_id = 170017;
  l.feature = "PPLA";
  l.precision_km = 5;
  m.location = l;
  m.modality = "reported";
  m.attribution = "Syrian Observatory for Human Rights";
  return m;
}

TEST(JsonWriter, MentionHasContractFields) {
  auto j = nlohmann::json::parse(MentionToJson(SampleMention()));
  EXPECT_EQ(j["doc"], "d1");
  EXPECT_EQ(j["sentence"], 2);
  EXPECT_EQ(j["type"], "Non-state actor overtakes territory");
  EXPECT_EQ(j["date"], "2024-12-05");
  EXPECT_EQ(j["agent"][0]["name"], "Hayat Tahrir al-Sham");
  EXPECT_EQ(j["location"]["geonames_id"], 170017);
  EXPECT_TRUE(j["fatalities"].is_null());
  EXPECT_TRUE(j["target"].is_array());
  EXPECT_EQ(j["modality"], "reported");
}

TEST(JsonWriter, MissingLocationAndDateAreNull) {
  EventMention m = SampleMention();
  m.location.reset();
  m.date.clear();
  auto j = nlohmann::json::parse(MentionToJson(m));
  EXPECT_TRUE(j["location"].is_null());
  EXPECT_TRUE(j["date"].is_null());
  EXPECT_TRUE(j["date_precision"].is_null());
}

TEST(JsonWriter, FusedEventListsSourcesAndDisagreements) {
  FusedEvent e;
  e.id = "e1";
  e.best = SampleMention();
  e.n_docs = 2;
  e.n_independent = 1;
  e.sources.push_back({"d1", "", "2024-12-06", "q1", "reported", "", 2});
  e.disagreements.push_back({"agent", {{"Syrian Air Force", {"d1"}}, {"Russia", {"d2", "d3"}}}});
  e.confidence = 0.876;
  auto j = nlohmann::json::parse(EventToJson(e));
  EXPECT_EQ(j["id"], "e1");
  EXPECT_EQ(j["n_docs"], 2);
  EXPECT_EQ(j["sources"][0]["outlet"], "unknown");
  EXPECT_EQ(j["disagreements"][0]["values"][1]["docs"].size(), 2u);
  EXPECT_DOUBLE_EQ(j["confidence"].get<double>(), 0.88);
}

TEST(JsonWriter, InvalidUtf8DoesNotThrow) {
  EventMention m = SampleMention();
  m.quote = "bad \xff byte";
  std::string s;
  EXPECT_NO_THROW(s = MentionToJson(m));
  EXPECT_NE(s.find("bad"), std::string::npos);
}

TEST(CsvWriter, QuotesFieldsWithCommasAndQuotes) {
  EXPECT_EQ(CsvField("plain"), "plain");
  EXPECT_EQ(CsvField("a,b"), "\"a,b\"");
  EXPECT_EQ(CsvField("say \"hi\""), "\"say \"\"hi\"\"\"");
}

TEST(CsvWriter, AcledColumns) {
  std::istringstream tsv;
  CountryNames names;  // empty: the code itself is printed
  std::ostringstream out;
  CsvWriter w(out, names);
  w.WriteHeader();
  FusedEvent e;
  e.id = "e1";
  e.best = SampleMention();
  w.Write(e);
  std::string s = out.str();
  EXPECT_EQ(s.substr(0, s.find(',')), "event_id_cnty");
  EXPECT_NE(s.find("sub_event_type"), std::string::npos);
  EXPECT_NE(s.find("2024-12-05,2024,1,Battles,Non-state actor overtakes territory,Hayat Tahrir al-Sham"),
            std::string::npos);
  EXPECT_NE(s.find("SY,Hama,Hama,35.1318,36.7578,1"), std::string::npos);
}

TEST(GeoJsonWriter, SkipsEventsWithoutPlaceAndUsesLonLat) {
  FusedEvent a, b;
  a.id = "a";
  a.best = SampleMention();
  b.id = "b";
  b.best = SampleMention();
  b.best.location.reset();
  auto j = nlohmann::json::parse(EventsToGeoJson({a, b}));
  ASSERT_EQ(j["features"].size(), 1u);
  EXPECT_NEAR(j["features"][0]["geometry"]["coordinates"][0].get<double>(), 36.75783, 1e-6);
  EXPECT_NEAR(j["features"][0]["geometry"]["coordinates"][1].get<double>(), 35.13179, 1e-6);
}

}  // namespace
}  // namespace sitrep::exporter

#include "export/table_writer.h"

namespace sitrep::exporter {
namespace {

TEST(TableWriter, OneLinePerEventAndOnePerDisagreement) {
  FusedEvent e;
  e.id = "e1";
  e.best = SampleMention();
  e.n_docs = 3;
  e.n_independent = 2;
  e.confidence = 0.5;
  e.disagreements.push_back({"agent", {{"Syrian Air Force", {"d1"}}, {"Russia", {"d2", "d3"}}}});
  std::string t = EventsToTable({e});
  EXPECT_EQ(std::count(t.begin(), t.end(), '\n'), 3);
  EXPECT_NE(t.find("2024-12-05"), std::string::npos);
  EXPECT_NE(t.find("Hayat Tahrir al-Sham"), std::string::npos);
  EXPECT_NE(t.find("2/3"), std::string::npos);
  EXPECT_NE(t.find("sources disagree on agent: Syrian Air Force (1) | Russia (2)"), std::string::npos);
}

}  // namespace
}  // namespace sitrep::exporter
