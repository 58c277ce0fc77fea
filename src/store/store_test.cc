#include "sitrep/store.h"

#include <algorithm>
#include <filesystem>
#include <random>

#include <gtest/gtest.h>

#include "fuse/event_fuser.h"
#include "fuse/fingerprint.h"
#include "fuse/fuse_test_util.h"
#include "store/event_codec.h"
#include "store/sqlite_util.h"

namespace sitrep {
namespace {

using namespace sitrep::fuse::testing;  // NOLINT

class StoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() /
           ("sitrep_store_test_" + std::to_string(::getpid()) + "_" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_);
    path_ = (dir_ / "t.db").string();
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }

  std::unique_ptr<Store> OpenOrDie() {
    auto s = Store::Open("sqlite:" + path_);
    EXPECT_TRUE(s.ok()) << s.status().ToString();
    return std::move(s).value();
  }

  std::filesystem::path dir_;
  std::string path_;
};

Document Doc(const std::string& id, const std::string& text, const std::string& outlet = "Outlet") {
  Document d;
  d.id = id;
  d.outlet = outlet;
  d.published = "2024-12-06";
  d.title = "Title of " + id;
  d.text = text;
  d.source = id + ".txt";
  return d;
}

std::string Summary(const std::vector<FusedEvent>& events) {
  std::string out;
  for (const FusedEvent& e : events) {
    out += e.id + " " + e.best.type + " " + e.best.date + " [";
    for (const EventSource& s : e.sources) out += s.doc + ":" + std::to_string(s.sentence) + " ";
    out += "] " + std::to_string(e.n_independent) + " " + std::to_string(e.confidence);
    for (const Disagreement& d : e.disagreements) out += " !" + d.field;
    out += "\n";
  }
  return out;
}

TEST_F(StoreTest, OpenUrls) {
  auto pg = Store::Open("postgresql://localhost/sitrep");
  ASSERT_FALSE(pg.ok());
  EXPECT_EQ(pg.status().code(), Status::Code::kUnsupported);
  auto plain = Store::Open((dir_ / "plain.db").string());
  ASSERT_TRUE(plain.ok()) << plain.status().ToString();
  EXPECT_TRUE(std::filesystem::exists(dir_ / "plain.db"));
  auto bad = Store::Open((dir_ / "no" / "such" / "dir.db").string());
  EXPECT_FALSE(bad.ok());
}

TEST_F(StoreTest, IngestTwiceChangesNothing) {
  auto store = OpenOrDie();
  Document d = Doc("a", "Rebels took the city.");
  std::vector<EventMention> ms = {M("a", 0, kCapture, "2024-12-05", Hama(), {Hts()})};
  bool added = false;
  ASSERT_TRUE(store->Ingest(d, ms, &added).ok());
  EXPECT_TRUE(added);
  auto before = store->Events({});
  ASSERT_TRUE(before.ok());
  ASSERT_EQ(before->size(), 1u);
  // The same id again, even with other mentions, changes nothing.
  ms.push_back(M("a", 1, kAirStrike, "2024-12-05", Idlib()));
  ASSERT_TRUE(store->Ingest(d, ms, &added).ok());
  EXPECT_FALSE(added);
  EXPECT_EQ(store->DocumentCount().value(), 1u);
  EXPECT_EQ(Summary(store->Events({}).value()), Summary(*before));
}

TEST_F(StoreTest, ReopenKeepsEverything) {
  {
    auto store = OpenOrDie();
    bool added = false;
    ASSERT_TRUE(store->Ingest(Doc("a", "One."), {M("a", 0, kCapture, "2024-12-05", Hama(), {Hts()})}, &added).ok());
    ASSERT_TRUE(store->Ingest(Doc("b", "Two."), {M("b", 0, kCapture, "2024-12-05", Hama(), {Rebels()})}, &added).ok());
  }
  auto store = OpenOrDie();
  EXPECT_EQ(store->DocumentCount().value(), 2u);
  auto events = store->Events({});
  ASSERT_TRUE(events.ok());
  ASSERT_EQ(events->size(), 1u);
  EXPECT_EQ((*events)[0].n_docs, 2);
  EXPECT_EQ((*events)[0].best.location->name, "Hama");
  EXPECT_EQ((*events)[0].best.agent[0].name, "Hayat Tahrir al-Sham");
  EXPECT_EQ((*events)[0].sources[1].outlet, "Outlet");
}

TEST_F(StoreTest, NewerSchemaVersionIsRefused) {
  { OpenOrDie(); }
  {
    auto db = store::Database::Open(path_);
    ASSERT_TRUE(db.ok());
    ASSERT_TRUE(db->Exec("UPDATE meta SET value = '999' WHERE key = 'schema_version'").ok());
  }
  auto s = Store::Open(path_);
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.status().message().find("999"), std::string::npos) << s.status().ToString();
  EXPECT_NE(s.status().message().find("newer"), std::string::npos);
}

TEST_F(StoreTest, EventsFilter) {
  auto store = OpenOrDie();
  bool added = false;
  ASSERT_TRUE(store->Ingest(Doc("a", "A."), {M("a", 0, kCapture, "2024-12-05", Hama(), {Hts()})}, &added).ok());
  ASSERT_TRUE(store->Ingest(Doc("b", "B."), {M("b", 0, kAirStrike, "2024-12-02", Idlib(), {A("Russia", "external", "RU")})}, &added).ok());
  ASSERT_TRUE(store->Ingest(Doc("c", "C."), {M("c", 0, kAirStrike, "2024-12-07", Homs())}, &added).ok());
  auto all = store->Events({}).value();
  ASSERT_EQ(all.size(), 3u);
  EXPECT_EQ(all[0].best.date, "2024-12-02");  // ordered by date
  EXPECT_EQ(all[2].best.date, "2024-12-07");
  EventFilter f;
  f.type = kAirStrike;
  EXPECT_EQ(store->Events(f)->size(), 2u);
  f.date_from = "2024-12-03";
  ASSERT_EQ(store->Events(f)->size(), 1u);
  EXPECT_EQ(store->Events(f).value()[0].best.location->name, "Homs");
  EventFilter g;
  g.actor = "russia";
  ASSERT_EQ(store->Events(g)->size(), 1u);
  g.actor = "it' OR 1=1 --";  // bound, never spliced into SQL
  EXPECT_EQ(store->Events(g)->size(), 0u);
  EventFilter h;
  h.date_to = "2024-12-05";
  h.limit = 1;
  ASSERT_EQ(store->Events(h)->size(), 1u);
  EXPECT_EQ(store->Events(h).value()[0].best.date, "2024-12-02");
  EventFilter c;
  c.min_confidence = 0.99;
  EXPECT_EQ(store->Events(c)->size(), 0u);
}

// Many documents ingested one at a time, in a shuffled order, give the events of fusing all
// their mentions at once.
TEST_F(StoreTest, IncrementalFusionEqualsFusingAll) {
  const char* days[] = {"2024-11-28", "2024-12-01", "2024-12-03", "2024-12-04", "2024-12-05", "2024-12-20"};
  Location places[] = {Hama(), Homs(), Idlib(), Ariha(), HamaAirport(), IdlibProvince(),
                       Place("Syria", 35.0, 38.0, 1099, 215, "PCLI")};
  const char* types[] = {kCapture, kAirStrike, kShelling, "Withdrawal"};
  // Generic and specific actors, some conflicting (a disagreement at one town, a split elsewhere).
  Actor actors[] = {Hts(), Rebels(), A("Syrian Air Force", "state", "SY"), A("Military Forces of Russia", "state", "RU")};
  std::mt19937 rng(7);
  std::vector<Document> docs;
  std::vector<std::vector<EventMention>> per_doc;
  for (int d = 0; d < 40; ++d) {
    std::string id = "doc" + std::to_string(d);
    std::string text = "Report number " + std::to_string(d % 30) + " on the fighting near the towns of the north, "
                       "with witnesses describing the night's events in some detail for readers.";
    docs.push_back(Doc(id, text, d % 2 ? "Wire" : "Daily"));
    std::vector<EventMention> ms;
    for (int k = 0; k < 3; ++k) {
      EventMention m = M(id, k, types[rng() % 4], days[rng() % 6], places[rng() % 7], {actors[rng() % 4]});
      if (rng() % 5 == 0) m.date_precision = DatePrecision::kWeek;
      if (rng() % 7 == 0) m.date_text = "overnight";
      if (rng() % 9 == 0) m.location.reset();
      if (rng() % 11 == 0) m.date.clear();
      if (rng() % 4 == 0) m.fatalities = static_cast<int>(rng() % 20);
      ms.push_back(m);
    }
    per_doc.push_back(ms);
  }
  std::vector<EventMention> all;
  std::vector<fuse::DocInfo> infos;
  for (size_t d = 0; d < docs.size(); ++d) {
    all.insert(all.end(), per_doc[d].begin(), per_doc[d].end());
    infos.push_back(fuse::DocInfo{docs[d].id, docs[d].outlet, docs[d].published, fuse::Fingerprint(docs[d].text)});
  }
  const std::vector<FusedEvent> fused = fuse::EventFuser().Fuse(all, infos);
  const std::string expected = Summary(fused);
  // The set is rich enough to test something: merged events, single ones, disagreements.
  size_t merged = 0, disagreeing = 0;
  for (const FusedEvent& e : fused) {
    merged += e.n_docs > 1;
    disagreeing += !e.disagreements.empty();
  }
  EXPECT_GT(merged, 5u);
  EXPECT_GT(fused.size() - merged, 5u);
  EXPECT_GT(disagreeing, 0u);

  std::vector<size_t> order(docs.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::shuffle(order.begin(), order.end(), rng);
  auto store = OpenOrDie();
  for (size_t i : order) {
    bool added = false;
    ASSERT_TRUE(store->Ingest(docs[i], per_doc[i], &added).ok());
    ASSERT_TRUE(added);
  }
  auto got = store->Events({});
  ASSERT_TRUE(got.ok()) << got.status().ToString();
  // Same-date events are ordered by id in both; compare as text.
  EXPECT_EQ(Summary(*got), expected);
}

// A week-long mention lies between two days: fusing the later day must see the earlier one too,
// although their days are far apart (the neighbourhood grows through the week).
TEST_F(StoreTest, NeighbourhoodGrowsThroughAWeekMention) {
  EventMention week = M("w", 0, kAirStrike, "2024-12-06", Idlib());
  week.date_precision = DatePrecision::kWeek;
  auto store = OpenOrDie();
  bool added = false;
  ASSERT_TRUE(store->Ingest(Doc("w", "W."), {week}, &added).ok());
  ASSERT_TRUE(store->Ingest(Doc("a", "A."), {M("a", 0, kAirStrike, "2024-12-01", Idlib())}, &added).ok());
  EXPECT_EQ(store->Events({}).value().size(), 1u) << "the week mention joins its only day";
  ASSERT_TRUE(store->Ingest(Doc("b", "B."), {M("b", 0, kAirStrike, "2024-12-10", Idlib())}, &added).ok());
  auto events = store->Events({}).value();
  ASSERT_EQ(events.size(), 3u) << "two days now match the week equally: it stands alone";
  for (const FusedEvent& e : events) EXPECT_EQ(e.n_docs, 1);
}

// An undated mention may join a mention of its place on any day: the neighbourhood of either takes
// in every mention of that place, however far apart in time.
TEST_F(StoreTest, UndatedMentionFindsItsPlaceAtAnyDate) {
  auto store = OpenOrDie();
  bool added = false;
  ASSERT_TRUE(store->Ingest(Doc("a", "A."), {M("a", 0, kCapture, "2024-03-01", Hama(), {Hts()})}, &added).ok());
  ASSERT_TRUE(store->Ingest(Doc("b", "B."), {M("b", 0, kCapture, "2024-12-05", Homs(), {Hts()})}, &added).ok());
  ASSERT_TRUE(store->Ingest(Doc("c", "C."), {M("c", 0, kCapture, "", Hama(), {Hts()})}, &added).ok());
  auto events = store->Events({}).value();
  ASSERT_EQ(events.size(), 2u);
  for (const FusedEvent& e : events) EXPECT_EQ(e.n_docs, e.best.location->name == "Hama" ? 2 : 1);
  // And the other way round: the dated mention arrives after the undated one.
  ASSERT_TRUE(store->Ingest(Doc("d", "D."), {M("d", 0, kCapture, "", Idlib(), {Hts()})}, &added).ok());
  ASSERT_TRUE(store->Ingest(Doc("e", "E."), {M("e", 0, kCapture, "2023-01-10", Idlib(), {Hts()})}, &added).ok());
  events = store->Events({}).value();
  ASSERT_EQ(events.size(), 3u);
  for (const FusedEvent& e : events) EXPECT_EQ(e.n_docs, e.best.location->name == "Homs" ? 1 : 2);
}

TEST_F(StoreTest, EventCodecRoundTrip) {
  EventMention m = M("a", 3, kAirStrike, "2024-12-04", Idlib(), {Hts()}, {SyrianArmy()});
  m.fatalities = 4;
  m.distance_km = 9.5;
  FusedEvent e = fuse::EventFuser().Fuse({m}, {})[0];
  e.disagreements.push_back(Disagreement{"agent", {{"X", {"a"}}, {"Y", {"b", "c"}}}});
  FusedEvent back;
  ASSERT_TRUE(store::DecodeEvent(store::EncodeEvent(e), &back).ok());
  EXPECT_EQ(store::EncodeEvent(back), store::EncodeEvent(e));
  EXPECT_EQ(back.best.agent, m.agent);
  EXPECT_EQ(back.best.location, m.location);
  EXPECT_EQ(back.best.fatalities, 4);
  EXPECT_FALSE(store::DecodeEvent("{not json", &back).ok());
}

}  // namespace
}  // namespace sitrep
