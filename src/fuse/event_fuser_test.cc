#include "fuse/event_fuser.h"

#include <algorithm>
#include <random>

#include <gtest/gtest.h>

#include "fuse/fingerprint.h"
#include "fuse/fuse_test_util.h"

namespace sitrep::fuse {
namespace {

using namespace sitrep::fuse::testing;  // NOLINT

std::vector<DocInfo> Docs(std::initializer_list<const char*> ids) {
  std::vector<DocInfo> out;
  for (const char* id : ids) out.push_back(DocInfo{id, std::string("outlet-") + id, "2024-12-06", ""});
  return out;
}

std::vector<std::string> SourceDocs(const FusedEvent& e) {
  std::vector<std::string> out;
  for (const EventSource& s : e.sources) out.push_back(s.doc);
  return out;
}

const Disagreement* Find(const FusedEvent& e, const std::string& field) {
  for (const Disagreement& d : e.disagreements) {
    if (d.field == field) return &d;
  }
  return nullptr;
}

TEST(EventFuser, SameEventToldDifferentlyMerges) {
  std::vector<EventMention> ms = {
      M("a", 0, kCapture, "2024-12-05", Hama(), {Hts()}, {SyrianArmy()}),
      M("b", 2, "Advance into", "2024-12-05", Hama(), {Rebels()}),
      M("c", 1, kCapture, "2024-12-05", Hama(), {Hts()}),
  };
  auto events = EventFuser().Fuse(ms, Docs({"a", "b", "c"}));
  ASSERT_EQ(events.size(), 1u);
  const FusedEvent& e = events[0];
  EXPECT_EQ(SourceDocs(e), (std::vector<std::string>{"a", "b", "c"}));
  EXPECT_EQ(e.n_docs, 3);
  EXPECT_EQ(e.n_independent, 3);
  EXPECT_EQ(e.best.type, kCapture);  // two sources against one
  ASSERT_EQ(e.best.agent.size(), 1u);
  EXPECT_EQ(e.best.agent[0].name, "Hayat Tahrir al-Sham");
  EXPECT_EQ(e.sources[0].outlet, "outlet-a");
  EXPECT_EQ(Find(e, "agent"), nullptr) << "rebels ~ HTS is no disagreement";
  EXPECT_EQ(e.id.size(), 17u);
  EXPECT_EQ(e.id[0], 'e');
}

TEST(EventFuser, TwoAirStrikesOnTwoTownsSameDayStayApart) {
  std::vector<EventMention> ms = {
      M("a", 0, kAirStrike, "2024-12-03", Idlib()),
      M("b", 0, kAirStrike, "2024-12-03", Ariha()),
      M("c", 4, kAirStrike, "2024-12-03", Idlib()),
  };
  auto events = EventFuser().Fuse(ms, Docs({"a", "b", "c"}));
  ASSERT_EQ(events.size(), 2u);
  int idlib = events[0].best.location->name == "Idlib" ? 0 : 1;
  EXPECT_EQ(SourceDocs(events[idlib]), (std::vector<std::string>{"a", "c"}));
  EXPECT_EQ(SourceDocs(events[1 - idlib]), (std::vector<std::string>{"b"}));
}

TEST(EventFuser, AirStrikeAndShellingStayApartUnlessGeneric) {
  std::vector<EventMention> ms = {
      M("a", 0, kAirStrike, "2024-12-03", Idlib()),
      M("b", 0, kShelling, "2024-12-03", Idlib()),
  };
  EXPECT_EQ(EventFuser().Fuse(ms, {}).size(), 2u);
  // A generic "strike" matches both equally well: it is ambiguous and stays alone.
  ms.push_back(M("c", 0, "Explosions/Remote violence", "2024-12-03", Idlib()));
  EXPECT_EQ(EventFuser().Fuse(ms, {}).size(), 3u);
  // With only the air strike around, the generic mention joins it.
  ms.erase(ms.begin() + 1);
  auto events = EventFuser().Fuse(ms, {});
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].best.type, kAirStrike) << "the specific type wins a tie";
}

TEST(EventFuser, CityAndItsAirportAreDistinctPlaces) {
  std::vector<EventMention> ms = {
      M("a", 0, kCapture, "2024-12-05", Hama(), {Hts()}),
      M("b", 0, kCapture, "2024-12-05", HamaAirport(), {Hts()}),
  };
  EXPECT_EQ(EventFuser().Fuse(ms, {}).size(), 2u);
}

TEST(EventFuser, CaptureAndWithdrawalAreTwoEvents) {
  std::vector<EventMention> ms = {
      M("a", 0, kCapture, "2024-12-05", Hama(), {Hts()}),
      M("b", 0, "Withdrawal", "2024-12-05", Hama(), {SyrianArmy()}),
  };
  EXPECT_EQ(EventFuser().Fuse(ms, {}).size(), 2u);
}

TEST(EventFuser, AgentDisagreementIsRecordedWithDocs) {
  Location bridge = Place("Deir ez-Zor", 35.33, 40.14, 2001, 3);
  std::vector<EventMention> ms = {
      M("a", 0, kAirStrike, "2024-12-04", bridge, {A("Syrian Air Force", "state", "SY")}),
      M("b", 3, kAirStrike, "2024-12-04", bridge, {A("Russia", "external", "RU")}),
      M("c", 1, kAirStrike, "2024-12-04", bridge, {A("Russia", "external", "RU")}),
  };
  auto events = EventFuser().Fuse(ms, Docs({"a", "b", "c"}));
  ASSERT_EQ(events.size(), 1u);
  const Disagreement* d = Find(events[0], "agent");
  ASSERT_NE(d, nullptr);
  ASSERT_EQ(d->values.size(), 2u);
  EXPECT_EQ(d->values[0].value, "Russia");
  EXPECT_EQ(d->values[0].docs, (std::vector<std::string>{"b", "c"}));
  EXPECT_EQ(d->values[1].value, "Syrian Air Force");
  EXPECT_EQ(d->values[1].docs, (std::vector<std::string>{"a"}));
  EXPECT_EQ(events[0].best.agent[0].name, "Russia");
}

TEST(EventFuser, ConflictingActorsSplitOnlyWithoutASpecificPlaceAndDay) {
  // Same type and town, one date only "overnight" (±1 day), different agents: the town decides, the
  // agents are a disagreement.
  EventMention a = M("a", 0, "Armed clash", "2024-12-04", Homs(), {Hts()});
  EventMention b = M("b", 0, "Armed clash", "2024-12-05", Homs(), {A("Syrian National Army", "rebel", "SY")});
  b.date_text = "overnight";
  ASSERT_EQ(EventFuser().Fuse({a, b}, {}).size(), 1u);
  EXPECT_NE(Find(EventFuser().Fuse({a, b}, {})[0], "agent"), nullptr);
  // A province and a week: nothing but the actors to tell them apart, and those differ.
  EventMention c = M("c", 0, kAirStrike, "2024-12-04", IdlibProvince(), {A("Syrian Air Force", "state", "SY")});
  EventMention d = M("d", 0, kAirStrike, "2024-12-06", IdlibProvince(), {A("Russia", "external", "RU")});
  d.date_precision = DatePrecision::kWeek;
  EXPECT_EQ(EventFuser().Fuse({c, d}, {}).size(), 2u);
  // The same province on the same day is still one strike told two ways.
  d.date = "2024-12-04";
  d.date_precision = DatePrecision::kDay;
  EXPECT_EQ(EventFuser().Fuse({c, d}, {}).size(), 1u);
  b.agent = {Rebels()};
  EXPECT_EQ(EventFuser().Fuse({a, b}, {}).size(), 1u);
}

// Class 3: a bridge bombing told by one outlet with only its publication week and the air force of
// the country, by another with "overnight" and a foreign air force: one event, agent disagreement.
TEST(EventFuser, PlaceBeatsConflictingActors) {
  EventMention a = M("a", 4, kAirStrike, "2024-12-06", Homs(), {A("Syrian Air Force", "state", "SY")});
  a.date_precision = DatePrecision::kWeek;
  EventMention b = M("b", 2, kAirStrike, "2024-12-05", Homs(), {A("Military Forces of Russia", "state", "RU")});
  b.date_text = "overnight";
  auto events = EventFuser().Fuse({a, b}, Docs({"a", "b"}));
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].best.date, "2024-12-05");
  const Disagreement* d = Find(events[0], "agent");
  ASSERT_NE(d, nullptr);
  ASSERT_EQ(d->values.size(), 2u);
  std::vector<std::string> values = {d->values[0].value, d->values[1].value};
  std::sort(values.begin(), values.end());
  EXPECT_EQ(values, (std::vector<std::string>{"Military Forces of Russia", "Syrian Air Force"}));
  EXPECT_EQ(Find(events[0], "date"), nullptr) << "a week holding the night is no date disagreement";
  // A government and its own army are one side, not a disagreement.
  EventMention g = M("c", 1, "Withdrawal", "2024-12-05", Hama(), {A("Government of Syria", "government", "SY")});
  EventMention h = M("d", 1, "Withdrawal", "2024-12-05", Hama(), {SyrianArmy()});
  events = EventFuser().Fuse({g, h}, {});
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(Find(events[0], "agent"), nullptr);
}

// Class 1: three outlets give the day, four more only their publication week; the day is inside the
// week, so the week is a range that supports it, not a vote against it. Same for a town and its
// province.
TEST(EventFuser, PreciseValueInsideAVagueOneWins) {
  std::vector<EventMention> ms;
  for (const char* doc : {"a", "b", "c"}) ms.push_back(M(doc, 1, kCapture, "2024-12-05", Hama(), {Hts()}));
  for (const char* doc : {"d", "e", "f", "g"}) {
    EventMention w = M(doc, 2, kCapture, "2024-12-06", Hama(), {Rebels()});
    w.date_precision = DatePrecision::kWeek;
    ms.push_back(w);
  }
  auto events = EventFuser().Fuse(ms, Docs({"a", "b", "c", "d", "e", "f", "g"}));
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].best.date, "2024-12-05");
  EXPECT_EQ(events[0].best.date_precision, DatePrecision::kDay);
  EXPECT_EQ(events[0].best.agent[0].name, "Hayat Tahrir al-Sham") << "generic rebels support HTS";
  EXPECT_EQ(events[0].n_docs, 7);
  EXPECT_TRUE(events[0].disagreements.empty());

  // Two outlets name the town, three only the province holding it.
  std::vector<EventMention> strike = {M("a", 0, kAirStrike, "2024-12-04", Ariha()),
                                      M("b", 0, kAirStrike, "2024-12-04", Ariha())};
  for (const char* doc : {"c", "d", "e"}) strike.push_back(M(doc, 0, kAirStrike, "2024-12-04", IdlibProvince()));
  events = EventFuser().Fuse(strike, {});
  ASSERT_EQ(events.size(), 1u);
  ASSERT_TRUE(events[0].best.location.has_value());
  EXPECT_EQ(events[0].best.location->name, "Ariha");
  EXPECT_EQ(Find(events[0], "location"), nullptr) << "the province holds the town";

}

// Class 2: a mention that names only the country (or no place) fits the captures of two towns; it must
// not glue them into one event, and neither may two point places far apart.
TEST(EventFuser, VagueMentionsDoNotChainDistinctPlaces) {
  Location syria = Place("Syria", 35.0, 38.0, 163843, 215, "PCLI");
  Location aleppo = Place("Aleppo", 36.20, 37.16, 1010, 10, "PPLA", "Aleppo");
  Location rastan = Place("Ar Rastan", 34.93, 36.73, 1011, 3, "PPL", "Homs");
  std::vector<EventMention> ms;
  for (const char* doc : {"a", "b"}) {
    EventMention m = M(doc, 1, kCapture, "2024-12-06", aleppo, {Hts()});
    m.date_precision = DatePrecision::kWeek;
    ms.push_back(m);
  }
  for (const char* doc : {"c", "d"}) {
    EventMention m = M(doc, 2, kCapture, "2024-12-06", rastan, {Rebels()});
    m.date_precision = DatePrecision::kWeek;
    ms.push_back(m);
  }
  EventMention country = M("e", 3, kCapture, "2024-12-06", syria, {Rebels()});
  country.date_precision = DatePrecision::kWeek;
  ms.push_back(country);
  auto events = EventFuser().Fuse(ms, {});
  ASSERT_EQ(events.size(), 3u) << "Aleppo, Ar Rastan, and the country-level mention alone";
  for (const FusedEvent& e : events) {
    EXPECT_EQ(Find(e, "location"), nullptr) << e.best.location->name;
    if (e.best.location->name == "Syria") EXPECT_EQ(e.n_docs, 1);
    else EXPECT_EQ(e.n_docs, 2);
  }
  // With Rastan gone, the country mention fits only Aleppo and joins it.
  ms.erase(ms.begin() + 2, ms.begin() + 4);
  events = EventFuser().Fuse(ms, {});
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].best.location->name, "Aleppo");
  EXPECT_EQ(events[0].n_docs, 3);
}

// Class 2, anchored: three day-precise points each near the next but the ends apart must not become
// one event through the middle one.
TEST(EventFuser, AnchoredChainKeepsPlacesPairwiseCompatible) {
  Location west = Place("West", 35.00, 36.00, 0, 6);
  Location mid = Place("Middle", 35.00, 36.06, 0, 6);
  Location east = Place("East", 35.00, 36.12, 0, 6);
  std::vector<EventMention> ms = {M("a", 0, kShelling, "2024-12-04", west), M("b", 0, kShelling, "2024-12-04", mid),
                                  M("c", 0, kShelling, "2024-12-04", east)};
  auto events = EventFuser().Fuse(ms, {});
  ASSERT_EQ(events.size(), 2u);
  for (const FusedEvent& e : events) EXPECT_EQ(Find(e, "location"), nullptr);
}

// Class 4: disagreement values are listed once with all their documents, without vague values.
TEST(EventFuser, DisagreementValuesAreMergedAndHonest) {
  Location town = Ariha();
  std::vector<EventMention> ms = {
      M("a", 0, kAirStrike, "2024-12-04", town, {A("Syrian Air Force", "state", "SY")}),
      M("b", 0, kAirStrike, "2024-12-04", town, {A("Syrian Air Force", "state", "SY")}),
      M("c", 0, kAirStrike, "2024-12-04", town, {A("Military Forces of Russia", "state", "RU")}),
      M("d", 0, kAirStrike, "2024-12-04", IdlibProvince(), {A("warplanes", "state")}),
  };
  EventMention week = M("e", 0, kAirStrike, "2024-12-06", town);
  week.date_precision = DatePrecision::kWeek;
  ms.push_back(week);
  auto events = EventFuser().Fuse(ms, Docs({"a", "b", "c", "d", "e"}));
  ASSERT_EQ(events.size(), 1u);
  const FusedEvent& e = events[0];
  EXPECT_EQ(e.n_docs, 5);
  EXPECT_EQ(Find(e, "date"), nullptr);
  EXPECT_EQ(Find(e, "location"), nullptr);
  const Disagreement* d = Find(e, "agent");
  ASSERT_NE(d, nullptr);
  ASSERT_EQ(d->values.size(), 2u) << "generic warplanes are no side";
  EXPECT_EQ(d->values[0].value, "Syrian Air Force");
  EXPECT_EQ(d->values[0].docs, (std::vector<std::string>{"a", "b"}));
  EXPECT_EQ(d->values[1].value, "Military Forces of Russia");
  EXPECT_EQ(d->values[1].docs, (std::vector<std::string>{"c"}));
  // A week that holds the day of two other reports is no date disagreement (and since every two
  // members of an event must have overlapping dates, a date disagreement needs undated help).
  EventMention x = M("f", 0, kShelling, "2024-12-04", Homs());
  EventMention y = M("g", 0, kShelling, "2024-12-04", Homs());
  EventMention z = M("h", 0, kShelling, "2024-12-09", Homs());
  z.date_precision = DatePrecision::kWeek;
  events = EventFuser().Fuse({x, y, z}, {});
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(Find(events[0], "date"), nullptr) << "the week of the 9th holds the 4th";
}

// Class 5: confidence grows with independent sources and with who says it.
TEST(EventFuser, ConfidenceAndIndependenceMoveSensibly) {
  auto conf = [](int n, const std::string& modality = "asserted", const std::string& attribution = "") {
    std::vector<EventMention> ms;
    std::vector<DocInfo> docs;
    for (int i = 0; i < n; ++i) {
      EventMention m = M("doc" + std::to_string(i), 0, kAirStrike, "2024-12-04", Idlib());
      m.modality = modality;
      m.attribution = attribution;
      ms.push_back(m);
      docs.push_back(DocInfo{m.doc, "outlet", "2024-12-04", ""});
    }
    auto events = EventFuser().Fuse(ms, docs);
    EXPECT_EQ(events.size(), 1u);
    return events[0];
  };
  const FusedEvent one = conf(1), two = conf(2), five = conf(5);
  EXPECT_EQ(one.n_independent, 1);
  EXPECT_EQ(two.n_independent, 2);
  EXPECT_EQ(five.n_independent, 5);
  EXPECT_LT(one.confidence, two.confidence);
  EXPECT_LT(two.confidence, five.confidence);
  EXPECT_LE(five.confidence, 1.0);
  const FusedEvent claim = conf(1, "claimed", "Hayat Tahrir al-Sham");
  const FusedEvent monitor = conf(1, "reported", "Syrian Observatory for Human Rights");
  EXPECT_LT(claim.confidence, monitor.confidence);
  // Five outlets all quoting the same monitor are one chain of evidence.
  EXPECT_EQ(conf(5, "reported", "Syrian Observatory for Human Rights").n_independent, 1);
}

TEST(EventFuser, DistancesWithinToleranceAreNoDisagreement) {
  EventMention a = M("a", 0, kShelling, "2024-12-04", Homs());
  EventMention b = M("b", 0, kShelling, "2024-12-04", Homs());
  a.distance_km = 6 * 1.609344;  // "6 miles"
  b.distance_km = 9.7;
  auto events = EventFuser().Fuse({a, b}, {});
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(Find(events[0], "distance_km"), nullptr);
  b.distance_km = 5;
  events = EventFuser().Fuse({a, b}, {});
  ASSERT_EQ(events.size(), 1u);
  const Disagreement* d = Find(events[0], "distance_km");
  ASSERT_NE(d, nullptr);
  ASSERT_EQ(d->values.size(), 2u);
  EXPECT_EQ(d->values[0].value, "9.7");  // 9.656 rounded, first in canonical order on a tie
  EXPECT_EQ(d->values[1].value, "5");
}

TEST(EventFuser, FatalityCountsWithinToleranceAgree) {
  EventMention a = M("a", 0, kAirStrike, "2024-12-04", Idlib());
  EventMention b = M("b", 0, kAirStrike, "2024-12-04", Idlib());
  EventMention c = M("c", 0, kAirStrike, "2024-12-04", Idlib());
  a.fatalities = 10;
  b.fatalities = 12;
  auto events = EventFuser().Fuse({a, b, c}, {});
  EXPECT_EQ(Find(events[0], "fatalities"), nullptr);
  c.fatalities = 30;
  b.fatalities = 30;
  events = EventFuser().Fuse({a, b, c}, {});
  ASSERT_NE(Find(events[0], "fatalities"), nullptr);
  EXPECT_EQ(events[0].best.fatalities, 30);
}

TEST(EventFuser, SyndicatedCopiesCountOnce) {
  const std::string wire =
      "Opposition fighters pushed into the northern city on Thursday after government troops pulled back, "
      "residents said, while warplanes struck roads leading south toward the provincial capital.";
  std::vector<DocInfo> docs = {
      {"a", "Wire One", "2024-12-05", Fingerprint("By Staff Writer\n" + wire)},
      {"b", "Paper Two", "2024-12-05", Fingerprint(wire + " Copyright 2024.")},
      {"c", "Paper Three", "2024-12-05",
       Fingerprint("Our correspondent saw insurgent columns enter the city centre as soldiers abandoned posts.")},
  };
  std::vector<EventMention> ms = {
      M("a", 0, kCapture, "2024-12-05", Hama(), {Hts()}),
      M("b", 0, kCapture, "2024-12-05", Hama(), {Hts()}),
      M("c", 0, kCapture, "2024-12-05", Hama(), {Hts()}),
  };
  auto events = EventFuser().Fuse(ms, docs);
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].n_docs, 3);
  EXPECT_EQ(events[0].n_independent, 2);
}

TEST(EventFuser, SameAttributionChainCountsOnce) {
  std::vector<EventMention> ms = {
      M("a", 0, kAirStrike, "2024-12-04", Idlib()),
      M("b", 0, kAirStrike, "2024-12-04", Idlib()),
      M("c", 0, kAirStrike, "2024-12-04", Idlib()),
  };
  ms[0].attribution = ms[1].attribution = "Syrian Observatory for Human Rights";
  auto events = EventFuser().Fuse(ms, Docs({"a", "b", "c"}));
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].n_independent, 2);
}

TEST(EventFuser, MentionsWithoutPlaceNeedAStrongMatch) {
  EventMention placed = M("a", 0, kCapture, "2024-12-05", Hama(), {Hts()});
  EventMention unplaced = M("b", 0, kCapture, "2024-12-05", std::nullopt, {Hts()});
  EXPECT_EQ(EventFuser().Fuse({placed, unplaced}, {}).size(), 1u);
  unplaced.agent = {Rebels()};  // a generic agent is not the same named actor
  EXPECT_EQ(EventFuser().Fuse({placed, unplaced}, {}).size(), 2u);
  unplaced.agent = {Hts()};
  unplaced.type = "Advance into";  // not the same type
  EXPECT_EQ(EventFuser().Fuse({placed, unplaced}, {}).size(), 2u);
  EventMention undated = M("c", 0, kCapture, "", Hama(), {Hts()});
  EXPECT_EQ(EventFuser().Fuse({placed, undated}, {}).size(), 1u);
  EventMention bare = M("d", 0, kCapture, "", std::nullopt, {Hts()});
  EXPECT_EQ(EventFuser().Fuse({placed, bare}, {}).size(), 2u);
}

TEST(EventFuser, ProvinceMentionJoinsItsOnlyTown) {
  EventMention town = M("a", 0, kAirStrike, "2024-12-04", Ariha());
  EventMention province = M("b", 0, kAirStrike, "2024-12-04", IdlibProvince());
  EXPECT_EQ(EventFuser().Fuse({town, province}, {}).size(), 1u);
  EventMention other_town = M("c", 0, kAirStrike, "2024-12-04", Idlib());
  EXPECT_EQ(EventFuser().Fuse({town, province, other_town}, {}).size(), 3u) << "ambiguous: stays alone";
}

TEST(EventFuser, WeekPrecisionJoinsAMatchingDay) {
  EventMention day = M("a", 0, kAirStrike, "2024-12-04", Idlib());
  EventMention week = M("b", 0, kAirStrike, "2024-12-06", Idlib());
  week.date_precision = DatePrecision::kWeek;
  auto events = EventFuser().Fuse({day, week}, {});
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].best.date, "2024-12-04") << "a day beats a week on a tie";
  EventMention far = M("c", 0, kAirStrike, "2024-12-20", Idlib());
  far.date_precision = DatePrecision::kWeek;
  EXPECT_EQ(EventFuser().Fuse({day, far}, {}).size(), 2u);
}

TEST(EventFuser, ConfidenceGrowsWithIndependentCredibleSources) {
  EventMention a = M("a", 0, kAirStrike, "2024-12-04", Idlib());
  EventMention b = M("b", 0, kAirStrike, "2024-12-04", Idlib());
  const double one = EventFuser().Fuse({a}, {})[0].confidence;
  const double two = EventFuser().Fuse({a, b}, {})[0].confidence;
  EXPECT_GT(two, one);
  EventMention claimed = a;
  claimed.modality = "claimed";
  EXPECT_LT(EventFuser().Fuse({claimed}, {})[0].confidence, one);
  EventMention monitor = a;
  monitor.modality = "reported";
  monitor.attribution = "Syrian Observatory for Human Rights";
  EXPECT_GT(EventFuser().Fuse({monitor}, {})[0].confidence, EventFuser().Fuse({claimed}, {})[0].confidence);
  EventMention denied = a;
  denied.modality = "denied";
  EXPECT_LT(EventFuser().Fuse({denied}, {})[0].confidence, EventFuser().Fuse({claimed}, {})[0].confidence);
  EXPECT_GT(one, 0);
  EXPECT_LE(two, 1);
}

// A mixed set: several events over three days and four places, vague and exact mentions.
std::vector<EventMention> MixedSet() {
  std::vector<EventMention> ms;
  const char* days[] = {"2024-12-03", "2024-12-04", "2024-12-05"};
  Location places[] = {Hama(), Homs(), Idlib(), Ariha()};
  const char* types[] = {kCapture, kAirStrike, kShelling};
  int doc = 0;
  for (int d = 0; d < 3; ++d) {
    for (int p = 0; p < 4; ++p) {
      for (int t = 0; t < 3; ++t) {
        if ((d + p + t) % 2) continue;
        for (int copy = 0; copy < 1 + (p + t) % 3; ++copy) {
          EventMention m = M("d" + std::to_string(doc++ % 7), d * 10 + p + t, types[t], days[d], places[p],
                             {copy % 2 ? Rebels() : Hts()});
          if (copy == 2) m.fatalities = 3 + d;
          ms.push_back(m);
        }
      }
    }
  }
  EventMention week = M("w", 0, kAirStrike, "2024-12-04", Idlib());
  week.date_precision = DatePrecision::kWeek;
  ms.push_back(week);
  ms.push_back(M("x", 1, kAirStrike, "2024-12-04", IdlibProvince()));
  ms.push_back(M("y", 2, kCapture, "2024-12-03", std::nullopt, {Hts()}));
  // A country-level week mention that fits several captures, and a conflicting agent at one town.
  EventMention country = M("z", 3, kCapture, "2024-12-04", Place("Syria", 35.0, 38.0, 1099, 215, "PCLI"), {Rebels()});
  country.date_precision = DatePrecision::kWeek;
  ms.push_back(country);
  ms.push_back(M("z", 4, kAirStrike, "2024-12-04", Idlib(), {A("Military Forces of Russia", "state", "RU")}));
  return ms;
}

std::string Summary(const std::vector<FusedEvent>& events) {
  std::string out;
  for (const FusedEvent& e : events) {
    out += e.id + " " + e.best.type + " " + e.best.date + " " + (e.best.location ? e.best.location->name : "-") + " [";
    for (const EventSource& s : e.sources) out += s.doc + ":" + std::to_string(s.sentence) + " ";
    out += "] " + std::to_string(e.n_independent) + " " + std::to_string(e.confidence);
    for (const Disagreement& d : e.disagreements) out += " !" + d.field;
    out += "\n";
  }
  return out;
}

TEST(EventFuser, OrderIndependent) {
  std::vector<EventMention> ms = MixedSet();
  std::vector<DocInfo> docs = Docs({"d0", "d1", "d2", "d3", "d4", "d5", "d6", "w", "x", "y", "z"});
  const std::string expected = Summary(EventFuser().Fuse(ms, docs));
  EXPECT_GT(EventFuser().Fuse(ms, docs).size(), 10u);
  std::mt19937 rng(20241205);
  for (int round = 0; round < 20; ++round) {
    std::shuffle(ms.begin(), ms.end(), rng);
    std::shuffle(docs.begin(), docs.end(), rng);
    ASSERT_EQ(Summary(EventFuser().Fuse(ms, docs)), expected) << "round " << round;
  }
}

TEST(EventFuser, FusionDecomposesOverGroups) {
  std::vector<EventMention> ms = MixedSet();
  EventFuser fuser;
  auto all = fuser.FuseClusters(ms, {});
  auto groups = fuser.Groups(ms);
  ASSERT_GT(groups.size(), 2u);
  // Fusing the first two groups alone gives exactly their events from the whole run.
  std::vector<EventMention> part;
  for (int g = 0; g < 2; ++g) {
    for (size_t i : groups[g]) part.push_back(ms[i]);
  }
  std::vector<FusedEvent> expected;
  for (const Cluster& c : all) {
    bool inside = false;
    for (int g = 0; g < 2; ++g) inside |= std::find(groups[g].begin(), groups[g].end(), c.members[0]) != groups[g].end();
    if (inside) expected.push_back(c.event);
  }
  EXPECT_EQ(Summary(fuser.Fuse(part, {})), Summary(expected));
}

TEST(EventFuser, EmptyInput) { EXPECT_TRUE(EventFuser().Fuse({}, {}).empty()); }

}  // namespace
}  // namespace sitrep::fuse
