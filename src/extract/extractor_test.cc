#include "extract/extractor.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdlib>
#include <cstdio>
#include <filesystem>

#include "extract/tsv_file.h"
#include "kb/knowledge_base.h"
#include "text/normalize.h"
#include "text/sentences.h"

namespace sitrep::extract {
namespace {

constexpr const char* kTestTriggers =
    "pattern\tpos\tfamily\ttype\tevent_type\tplover\tcameo\tsubject\tpassive\n"
    "capture\tverb\tcapture\tNon-state actor overtakes territory\tBattles\tASSAULT\t\tagent\tno\n"
    "capture of\tnoun\tcapture\tNon-state actor overtakes territory\tBattles\tASSAULT\t\tagent\tno\n"
    "seize\tverb\tcapture\tNon-state actor overtakes territory\tBattles\tASSAULT\t\tagent\tno\n"
    "seizure\tnoun\tcapture\tNon-state actor overtakes territory\tBattles\tASSAULT\t\tagent\tno\n"
    "retake\tverb\tcapture\tGovernment regains territory\tBattles\tASSAULT\t\tagent\tno\n"
    "enter\tverb\tcapture\tNon-state actor overtakes territory\tBattles\tASSAULT\t\tagent\tno\n"
    "fall* to\tverb\tcapture\tNon-state actor overtakes territory\tBattles\tASSAULT\t\ttarget\tyes\n"
    "surrender\tverb\tsurrender\tNon-violent transfer of territory\tStrategic developments\tCONCEDE\t\tagent\tno\n"
    "withdraw\tverb\twithdrawal\tWithdrawal\t\tRETREAT\t\tagent\tno\n"
    "retreat\tverb\twithdrawal\tWithdrawal\t\tRETREAT\t\tagent\tno\n"
    "shell\tverb\tshelling\tShelling/artillery/missile attack\tExplosions/Remote violence\tASSAULT\t\tagent\tno\n"
    "bomb\tverb\tairstrike\tAir/drone strike\tExplosions/Remote violence\tASSAULT\t\tagent\tno\n"
    "airstrike\tnoun\tairstrike\tAir/drone strike\tExplosions/Remote violence\tASSAULT\t\tagent\tno\n"
    "advance\tverb\tadvance\tAdvance\t\tMOBILIZE\t\tagent\tno\n"
    "displace\tverb\tdisplacement\tDisplacement\t\t\t\tagent\tno\n"
    "flee\tverb\tdisplacement\tDisplacement\t\t\t\tagent\tno\n"
    "attack\tverb\tattack\tAttack\tViolence against civilians\tASSAULT\t\tagent\tno\n";

Result<std::unique_ptr<kb::KnowledgeBase>> LoadTestKb() {
  kb::KbFiles files;
  const std::string dir = std::string(SITREP_SOURCE_DIR) + "/kb/";
  for (const std::string& name : kb::KnowledgeBase::FileNames()) {
    if (name == "triggers.tsv") continue;
    Result<std::string> text = ReadWholeFile(dir + name);
    if (text.ok()) files[name] = std::move(text).value();
  }
  files["triggers.tsv"] = kTestTriggers;
  return kb::KnowledgeBase::LoadFromStrings(files);
}

std::vector<EventMention> RunExtractor(const Extractor& ex, const std::string& text, const std::string& published,
                                       const std::vector<std::string>& places,
                                       const std::vector<std::string>& countries) {
  Document doc;
  doc.id = "t";
  doc.published = published;
  doc.text = text;
  std::string normalized = text::Normalize(text);
  std::vector<text::Sentence> sentences = text::SplitSentences(normalized);
  std::vector<geo::Toponym> toponyms;
  auto add = [&](const std::string& name, bool country) {
    for (size_t at = normalized.find(name); at != std::string::npos; at = normalized.find(name, at + 1)) {
      geo::Toponym t;
      t.begin = t.phrase_begin = at;
      t.end = at + name.size();
      t.location.text = t.location.name = name;
      t.location.feature = country ? "PCLI" : "PPL";
      toponyms.push_back(t);
    }
  };
  for (const std::string& p : places) add(p, false);
  for (const std::string& c : countries) add(c, true);
  std::sort(toponyms.begin(), toponyms.end(), [](const auto& a, const auto& b) { return a.begin < b.begin; });
  return ex.Extract(doc, normalized, sentences, toponyms);
}


// Seeds: the five dev articles of /work/shared/seeds (read in place, never copied).
std::string SeedsDir() { return std::string(SITREP_SOURCE_DIR) + "/../shared/seeds"; }

std::vector<EventMention> RunSeed(const Extractor& ex, const std::string& file) {
  auto text = ReadWholeFile(SeedsDir() + "/" + file);
  if (!text.ok()) return {};
  // Place names of the seeds, as the gazetteer would resolve them (spelling variants folded).
  static const std::vector<std::pair<std::string, std::string>> kPlaces = {
      {"Hama", "Hama"},     {"Homs", "Homs"},         {"Rastan", "Ar Rastan"}, {"Rustan", "Ar Rastan"},
      {"Talbiseh", "Talbiseh"}, {"Talbisseh", "Talbiseh"}, {"Salamiyah", "Salamiyah"}, {"Aleppo", "Aleppo"},
      {"Damascus", "Damascus"}, {"Idlib", "Idlib"},   {"Dar al-Kabira", "Dar al-Kabira"}};
  Document doc;
  doc.id = file;
  doc.published = "2024-12-06";
  std::string normalized = text::Normalize(text.value());
  std::vector<text::Sentence> sentences = text::SplitSentences(normalized);
  std::vector<geo::Toponym> toponyms;
  for (const auto& [surface, name] : kPlaces) {
    for (size_t at = normalized.find(surface); at != std::string::npos; at = normalized.find(surface, at + 1)) {
      const bool word_start = at == 0 || !std::isalpha(static_cast<unsigned char>(normalized[at - 1]));
      const size_t e = at + surface.size();
      const bool word_end = e >= normalized.size() || !std::isalpha(static_cast<unsigned char>(normalized[e]));
      if (!word_start || !word_end) continue;
      geo::Toponym t;
      t.begin = t.phrase_begin = at;
      t.end = e;
      t.location.text = surface;
      t.location.name = name;
      t.location.feature = "PPL";
      t.location.country = "SY";
      toponyms.push_back(t);
    }
  }
  std::sort(toponyms.begin(), toponyms.end(), [](const auto& a, const auto& b) { return a.begin < b.begin; });
  return ex.Extract(doc, normalized, sentences, toponyms);
}

class ExtractorTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto kb = LoadTestKb();
    ASSERT_TRUE(kb.ok()) << kb.status().ToString();
    kb_ = kb.value().release();
    auto ex = Extractor::Create(*kb_, std::string(SITREP_SOURCE_DIR) + "/kb");
    ASSERT_TRUE(ex.ok()) << ex.status().ToString();
    ex_ = ex.value().release();
  }
  static void TearDownTestSuite() {
    delete ex_;
    delete kb_;
  }
  static std::vector<EventMention> Run(const std::string& text, const std::vector<std::string>& places,
                                       const std::string& pub = "2024-12-06") {
    return RunExtractor(*ex_, text, pub, places, {});
  }
  static kb::KnowledgeBase* kb_;
  static Extractor* ex_;
};
kb::KnowledgeBase* ExtractorTest::kb_ = nullptr;

// The extractor on the real kb/ (its own trigger list), or nullptr when kb/ does not load yet.
const Extractor* RealEx() {
  static const Extractor* ex = []() -> const Extractor* {
    auto kb = kb::KnowledgeBase::Load(std::string(SITREP_SOURCE_DIR) + "/kb");
    if (!kb.ok()) return nullptr;
    const kb::KnowledgeBase* k = kb.value().release();
    auto e = Extractor::Create(*k, std::string(SITREP_SOURCE_DIR) + "/kb");
    return e.ok() ? e.value().release() : nullptr;
  }();
  return ex;
}
Extractor* ExtractorTest::ex_ = nullptr;

std::string Where(const EventMention& m) { return m.location ? m.location->name : "-"; }
std::string Agent(const EventMention& m) { return m.agent.empty() ? "-" : m.agent.front().name; }

TEST_F(ExtractorTest, MissingLexiconIsAnError) {
  auto ex = Extractor::Create(*kb_, "/nonexistent-kb-dir");
  EXPECT_FALSE(ex.ok());
}

TEST_F(ExtractorTest, CaptureByNonStateActorWithDate) {
  auto v = Run("Al-Shabaab fighters captured Mahas on Thursday.", {"Mahas"});
  ASSERT_EQ(v.size(), 1u);
  EXPECT_EQ(v[0].type, "Non-state actor overtakes territory");
  EXPECT_EQ(v[0].event_type, "Battles");
  EXPECT_EQ(Where(v[0]), "Mahas");
  EXPECT_EQ(v[0].date, "2024-12-05");
  EXPECT_EQ(v[0].date_text, "Thursday");
  EXPECT_EQ(v[0].modality, "asserted");
  EXPECT_EQ(v[0].quote, "Al-Shabaab fighters captured Mahas on Thursday.");
}

TEST_F(ExtractorTest, OneMentionPerTownInTheObjectList) {
  auto v = Run("The Sudanese army retook Wad Madani and Sinja on Saturday.", {"Wad Madani", "Sinja"});
  ASSERT_EQ(v.size(), 2u);
  EXPECT_EQ(Where(v[0]), "Wad Madani");
  EXPECT_EQ(Where(v[1]), "Sinja");
  EXPECT_EQ(v[0].type, "Government regains territory");
  EXPECT_EQ(v[0].date, "2024-11-30");
}

TEST_F(ExtractorTest, PlanClauseDroppedRealClauseKept) {
  auto v = Run("The Houthis launched an assault aimed at capturing Marib, following their seizure of Harib "
               "on December 2.",
               {"Marib", "Harib"});
  ASSERT_EQ(v.size(), 1u);
  EXPECT_EQ(Where(v[0]), "Harib");
  EXPECT_EQ(v[0].date, "2024-12-02");
}

TEST_F(ExtractorTest, NonEventsProduceNothing) {
  EXPECT_TRUE(Run("If Kherson falls to the invaders, the south could be cut off.", {"Kherson"}).empty());
  EXPECT_TRUE(Run("The capture of Pokrovsk would open the road to Dnipro.", {"Pokrovsk", "Dnipro"}).empty());
  EXPECT_TRUE(Run("The army vowed to retake Kidal.", {"Kidal"}).empty());
  EXPECT_TRUE(Run("Israel has routinely shelled positions in Lebanon.", {"Lebanon"}).empty());
  EXPECT_TRUE(Run("Militias shelled the city in 1994, survivors recall.", {}).empty());
}

TEST_F(ExtractorTest, WithdrawalPlaceIsWhereTheyLeftNotWhereTheyWent) {
  auto v = Run("Government troops withdrew from Bakhmut toward Chasiv Yar on Monday.", {"Bakhmut", "Chasiv Yar"});
  ASSERT_EQ(v.size(), 1u);
  EXPECT_EQ(v[0].type, "Withdrawal");
  EXPECT_EQ(Where(v[0]), "Bakhmut");
  EXPECT_EQ(v[0].date, "2024-12-02");
}

TEST_F(ExtractorTest, ReportedAndClaimed) {
  auto a = Run("Rebels shelled Goma overnight, according to Radio Okapi.", {"Goma"});
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].modality, "reported");
  EXPECT_EQ(a[0].attribution, "Radio Okapi");
  EXPECT_EQ(a[0].date, "2024-12-05");
  auto b = Run("The Russian defence ministry said its forces bombed Kupiansk.", {"Kupiansk"});
  ASSERT_EQ(b.size(), 1u);
  EXPECT_EQ(b[0].modality, "claimed");
}

TEST_F(ExtractorTest, CasualtiesAndDisplacement) {
  auto v = Run("Militiamen attacked Tawila on Tuesday, killing at least 14 villagers and wounding 20.", {"Tawila"});
  ASSERT_EQ(v.size(), 1u);
  EXPECT_EQ(v[0].fatalities, 14);
  EXPECT_EQ(v[0].injured, 20);
  auto d = Run("The fighting has displaced more than 90,000 people from Kassala.", {"Kassala"});
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].type, "Displacement");
  EXPECT_EQ(d[0].displaced, 90000);
  EXPECT_FALSE(d[0].fatalities.has_value());
}

TEST_F(ExtractorTest, DateCarriesWithinAParagraphOnly) {
  auto v = Run("Fighters entered Tessit on Sunday. They shelled Ansongo as well.\nMilitants attacked Gao.",
               {"Tessit", "Ansongo", "Gao"});
  ASSERT_EQ(v.size(), 3u);
  EXPECT_EQ(v[1].date, "2024-12-01");
  EXPECT_EQ(v[2].date, "2024-12-06");
  EXPECT_EQ(v[2].date_text, "");
  EXPECT_EQ(v[2].date_precision, DatePrecision::kWeek);
}

TEST_F(ExtractorTest, ProximityIsAnAdvanceWithDistance) {
  auto v = Run("The insurgents are now within 8 km of Kismayo.", {"Kismayo"});
  ASSERT_EQ(v.size(), 1u);
  EXPECT_EQ(v[0].type, "Advance");
  EXPECT_EQ(Where(v[0]), "Kismayo");
  ASSERT_TRUE(v[0].distance_km.has_value());
  EXPECT_DOUBLE_EQ(*v[0].distance_km, 8);
}

TEST_F(ExtractorTest, TypeRefinedByActors) {
  // Armed forces fleeing withdraw.
  auto a = Run("Ukrainian troops fled Avdiivka on Saturday.", {"Avdiivka"});
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].type, "Withdrawal");
  EXPECT_EQ(a[0].agent.size(), 1u);
  // Civilians fleeing are displaced.
  auto b = Run("Families fled Sinja on Saturday.", {"Sinja"});
  ASSERT_EQ(b.size(), 1u);
  EXPECT_EQ(b[0].type, "Displacement");
}

TEST_F(ExtractorTest, EmptyAndOddInput) {
  EXPECT_TRUE(Run("", {}).empty());
  EXPECT_TRUE(Run("...", {}).empty());
  EXPECT_TRUE(Run("captured", {}, "").size() <= 1);
}
// Hand-checked events of the five seed articles (publication 2024-12-06), on the real kb/.
class SeedsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!std::filesystem::exists(SeedsDir())) GTEST_SKIP() << "../shared/seeds is absent";
    if (RealEx() == nullptr) GTEST_SKIP() << "kb/ does not load yet";
  }
  static std::vector<EventMention> Seed(const char* f) { return RunSeed(*RealEx(), f); }
  template <typename Pred>
  static bool Any(const std::vector<EventMention>& v, Pred p) {
    return std::any_of(v.begin(), v.end(), p);
  }
  static bool QuoteHas(const EventMention& m, std::string_view s) { return m.quote.find(s) != std::string::npos; }
};

constexpr const char* kIsw = "000_0eefa6123c75dfcc.txt";
constexpr const char* kNovinite = "001_0b5465d82192f9ae.txt";
constexpr const char* kTwitterRoundup = "002_43c2b84f35df33bb.txt";
constexpr const char* kExplainer = "003_21bed4f9cade4ac6.txt";
constexpr const char* kWire = "004_bd84230b44241b6d.txt";

TEST_F(SeedsTest, IswArticle) {
  auto v = Seed(kIsw);
  EXPECT_TRUE(Any(v, [](const EventMention& m) {
    return m.type == "Non-state actor overtakes territory" && Where(m) == "Hama" && m.date == "2024-12-05" &&
           Agent(m) == "Hayat Tahrir al-Sham";
  }));
  EXPECT_TRUE(Any(v, [](const EventMention& m) {
    return m.type == "Withdrawal" && Where(m) == "Salamiyah" && m.date == "2024-12-05" &&
           Agent(m) == "Military Forces of Syria";
  }));
  EXPECT_TRUE(Any(v, [](const EventMention& m) {
    return m.type == "Non-violent transfer of territory" && Where(m) == "Salamiyah";
  }));
  EXPECT_TRUE(Any(v, [](const EventMention& m) {
    return m.type == "Air/drone strike" && Where(m) == "Ar Rastan" && Agent(m) == "Syrian Air Force";
  }));
  // The aim (capturing Homs) and the plan (push south toward Homs) are not events.
  EXPECT_FALSE(Any(v, [](const EventMention& m) { return Where(m) == "Homs" && QuoteHas(m, "aimed at capturing"); }));
  EXPECT_FALSE(Any(v, [](const EventMention& m) { return Where(m) == "Homs" && QuoteHas(m, "plans to push"); }));
}

TEST_F(SeedsTest, NoviniteArticle) {
  auto v = Seed(kNovinite);
  for (const char* town : {"Ar Rastan", "Talbiseh"}) {
    EXPECT_TRUE(Any(v, [&](const EventMention& m) {
      return m.type == "Non-state actor overtakes territory" && Where(m) == town;
    })) << town;
  }
  EXPECT_TRUE(Any(v, [](const EventMention& m) {
    return m.type == "Advance" && Where(m) == "Homs" && m.distance_km && *m.distance_km == 5;
  }));
  EXPECT_TRUE(Any(v, [](const EventMention& m) {
    return m.type == "Air/drone strike" && Where(m) == "Ar Rastan" && Agent(m) == "Military Forces of Russia" &&
           m.date == "2024-12-05";
  }));
  EXPECT_TRUE(Any(v, [](const EventMention& m) { return m.type == "Displacement" && Where(m) == "Homs"; }));
  EXPECT_TRUE(Any(v, [](const EventMention& m) {
    return Where(m) == "Hama" && m.date == "2024-12-05" && m.type == "Non-state actor overtakes territory";
  }));
  EXPECT_FALSE(Any(v, [](const EventMention& m) { return QuoteHas(m, "consistently targeted"); }));
  EXPECT_FALSE(Any(v, [](const EventMention& m) { return QuoteHas(m, "began in 2011"); }));
  EXPECT_FALSE(Any(v, [](const EventMention& m) { return QuoteHas(m, "would significantly disrupt"); }));
}

TEST_F(SeedsTest, TwitterRoundup) {
  auto v = Seed(kTwitterRoundup);
  EXPECT_TRUE(Any(v, [](const EventMention& m) {
    return m.type == "Looting/property destruction" && Where(m) == "Hama" && QuoteHas(m, "statue");
  }));
  EXPECT_TRUE(Any(v, [](const EventMention& m) { return m.type == "Displacement" && m.displaced == 280000; }));
  EXPECT_TRUE(Any(v, [](const EventMention& m) { return Where(m) == "Homs" && m.modality == "reported"; }));
  EXPECT_TRUE(Any(v, [](const EventMention& m) {
    return m.type == "Air/drone strike" && Agent(m) == "Military Forces of Russia";
  }));
  EXPECT_FALSE(Any(v, [](const EventMention& m) { return QuoteHas(m, "If Homs falls"); }));
  EXPECT_FALSE(Any(v, [](const EventMention& m) { return QuoteHas(m, "1982 massacre"); }));
}

TEST_F(SeedsTest, Explainer) {
  auto v = Seed(kExplainer);
  EXPECT_TRUE(Any(v, [](const EventMention& m) {
    return Where(m) == "Hama" && m.date == "2024-12-05" && m.type == "Non-state actor overtakes territory";
  }));
  EXPECT_TRUE(Any(v, [](const EventMention& m) {
    return m.type == "Advance" && Where(m) == "Homs" && m.distance_km && std::abs(*m.distance_km - 9.656) < 0.01;
  }));
  EXPECT_TRUE(Any(v, [](const EventMention& m) { return m.modality == "claimed" && QuoteHas(m, "HTS announced"); }));
  EXPECT_FALSE(Any(v, [](const EventMention& m) { return QuoteHas(m, "The fall of Homs would"); }));
  EXPECT_FALSE(Any(v, [](const EventMention& m) { return QuoteHas(m, "potential capture"); }));
  EXPECT_FALSE(Any(v, [](const EventMention& m) { return QuoteHas(m, "The capture of this city could"); }));
}

TEST_F(SeedsTest, WireStory) {
  auto v = Seed(kWire);
  for (const char* town : {"Ar Rastan", "Talbiseh"}) {
    EXPECT_TRUE(Any(v, [&](const EventMention& m) {
      return m.type == "Non-state actor overtakes territory" && Where(m) == town;
    })) << town;
  }
  EXPECT_TRUE(Any(v, [](const EventMention& m) {
    return m.type == "Air/drone strike" && Where(m) == "Hama" && m.modality == "claimed" && m.attribution == "SANA";
  }));
  EXPECT_TRUE(Any(v, [](const EventMention& m) {
    return m.type == "Advance" && Where(m) == "Homs" && m.distance_km && *m.distance_km == 5 &&
           m.attribution == "Syrian Observatory for Human Rights";
  }));
  EXPECT_TRUE(Any(v, [](const EventMention& m) { return m.type == "Withdrawal" && Where(m) == "Hama"; }));
  // The withdrawal from Hama in that sentence is real; the plan to reclaim territory is not.
  EXPECT_FALSE(Any(v, [](const EventMention& m) {
    return QuoteHas(m, "plans to reclaim") && m.type == "Government regains territory";
  }));
  EXPECT_FALSE(Any(v, [](const EventMention& m) { return QuoteHas(m, "not immediately confirmed"); }));
  EXPECT_FALSE(Any(v, [](const EventMention& m) {
    return QuoteHas(m, "intentions to progress") && (Where(m) == "Homs" || Where(m) == "Damascus");
  }));
}

// --- Precision on real reporting (round 2): each test is one class of error, in our own words. ---

std::vector<EventMention> RunReal(const std::string& text, const std::vector<std::string>& places,
                                  const std::vector<std::string>& countries = {}) {
  return RunExtractor(*RealEx(), text, "2024-12-06", places, countries);
}
int CountType(const std::vector<EventMention>& v, const std::string& type) {
  return static_cast<int>(std::count_if(v.begin(), v.end(), [&](const EventMention& m) { return m.type == type; }));
}
int CountFamilyTerritory(const std::vector<EventMention>& v) {
  return static_cast<int>(std::count_if(v.begin(), v.end(), [](const EventMention& m) {
    return m.type == "Advance" || m.type == "Withdrawal" || m.type == "Non-state actor overtakes territory" ||
           m.type == "Government regains territory";
  }));
}

TEST(PrecisionTest, MovementWithoutASubCountryPlaceIsNoEvent) {
  if (RealEx() == nullptr) GTEST_SKIP() << "kb/ does not load";
  EXPECT_EQ(CountFamilyTerritory(RunReal("The militia launched an offensive last week.", {})), 0);
  EXPECT_EQ(CountFamilyTerritory(RunReal("The rebels opened a fresh offensive in Yemen.", {}, {"Yemen"})), 0);
  EXPECT_EQ(CountFamilyTerritory(RunReal("The minister said the war was entering a grim chapter.", {})), 0);
  // A named town still counts.
  EXPECT_EQ(CountFamilyTerritory(RunReal("The rebels captured Morek in Syria.", {"Morek"}, {"Syria"})), 1);
}

TEST(PrecisionTest, SpatialParticipleIsNoAdvance) {
  if (RealEx() == nullptr) GTEST_SKIP() << "kb/ does not load";
  auto v = RunReal("Army units pulled back from Kafr Nabl, leaving the farmland surrounding Maarrat.",
                   {"Kafr Nabl", "Maarrat"});
  EXPECT_EQ(CountType(v, "Advance"), 0);
  EXPECT_EQ(CountType(v, "Withdrawal"), 1);
}

TEST(PrecisionTest, AvoidancePreparationAndModalsAreNoEvents) {
  if (RealEx() == nullptr) GTEST_SKIP() << "kb/ does not load";
  EXPECT_TRUE(RunReal("Elders struck a deal with the militia to avoid fighting in the valley.", {}).empty() ||
              CountType(RunReal("Elders struck a deal with the militia to avoid fighting in the valley.", {}),
                        "Armed clash") == 0);
  EXPECT_EQ(CountType(RunReal("Both armies are preparing for a potentially bloody battle.", {}), "Armed clash"), 0);
  EXPECT_EQ(CountType(RunReal("The result of this battle could reshape the north.", {}), "Armed clash"), 0);
}

TEST(PrecisionTest, OneEventPerClauseAndNoModifierPlace) {
  if (RealEx() == nullptr) GTEST_SKIP() << "kb/ does not load";
  auto v = RunReal("Government warplanes bombed the Qarqur bridge over the Euphrates River.",
                   {"Qarqur", "Euphrates River"});
  ASSERT_EQ(v.size(), 1u);
  EXPECT_EQ(Where(v[0]), "Qarqur");
  v = RunReal("Russian jets launched airstrikes targeting a depot near Saraqib.", {"Saraqib"});
  ASSERT_EQ(v.size(), 1u);
  EXPECT_EQ(v[0].type, "Air/drone strike");
  EXPECT_EQ(Agent(v[0]), "Military Forces of Russia");
  // Coordinated objects still give one mention per place.
  v = RunReal("Rebels seized Kafr Zita and Latamna on Tuesday.", {"Kafr Zita", "Latamna"});
  EXPECT_EQ(v.size(), 2u);
}

TEST(PrecisionTest, ArmedGroupsFightingIsAnArmedClashAndHashtagsAreStripped) {
  if (RealEx() == nullptr) GTEST_SKIP() << "kb/ does not load";
  auto v = RunReal("Army posts in Mayadin were quiet.\n\nIslamic State (#ISIS) sleeper cells reportedly "
                   "carried out armed attacks against Syrian troops in #Mayadin.",
                   {"Mayadin"});
  ASSERT_EQ(v.size(), 1u);
  EXPECT_EQ(v[0].type, "Armed clash");
  EXPECT_EQ(Agent(v[0]), "Islamic State");
  EXPECT_EQ(Where(v[0]), "Mayadin");
}

TEST(PrecisionTest, AnaphoricDefiniteNounIsNoNewEvent) {
  if (RealEx() == nullptr) GTEST_SKIP() << "kb/ does not load";
  auto v = RunReal("Gunmen attacked a market in Tal Rifaat on Monday. The attack was carried out with pistols.",
                   {"Tal Rifaat"});
  EXPECT_EQ(v.size(), 1u);
}

TEST(PrecisionTest, AttributionIsNoAdjectiveAndTheLongestSource) {
  if (RealEx() == nullptr) GTEST_SKIP() << "kb/ does not load";
  auto v = RunReal("Recent reports suggest the army shelled Kafr Zita.", {"Kafr Zita"});
  ASSERT_FALSE(v.empty());
  EXPECT_EQ(v[0].attribution, "");
  v = RunReal("Fighting forced 5,000 people to flee Saraqib, according to the UN's World Food Programme.",
              {"Saraqib"});
  ASSERT_FALSE(v.empty());
  EXPECT_EQ(v[0].attribution, "World Food Programme");
}

TEST(PrecisionTest, ADayAfterIsResolvedFromTheSentencesOwnDate) {
  if (RealEx() == nullptr) GTEST_SKIP() << "kb/ does not load";
  auto v = RunReal("On Wednesday the rebels shelled Zabadani a day after taking control of Qusayr.",
                   {"Zabadani", "Qusayr"});
  bool found = false;
  for (const EventMention& m : v) {
    if (Where(m) == "Qusayr") {
      found = true;
      EXPECT_EQ(m.date, "2024-12-03");  // Wednesday before Friday 6 December is the 4th; a day before.
    }
  }
  EXPECT_TRUE(found);
  // "recently": the publication week.
  v = RunReal("Rebels recently captured Qusayr.", {"Qusayr"});
  ASSERT_EQ(v.size(), 1u);
  EXPECT_EQ(v[0].date, "2024-12-06");
  EXPECT_EQ(v[0].date_precision, DatePrecision::kWeek);
  EXPECT_EQ(v[0].date_text, "recently");
  // Dated only by publication: week precision, no date text.
  v = RunReal("Rebels captured Qusayr.", {"Qusayr"});
  ASSERT_EQ(v.size(), 1u);
  EXPECT_EQ(v[0].date, "2024-12-06");
  EXPECT_EQ(v[0].date_precision, DatePrecision::kWeek);
  EXPECT_EQ(v[0].date_text, "");
}

TEST(PrecisionTest, PurposeClauseAndFromPhraseRoles) {
  if (RealEx() == nullptr) GTEST_SKIP() << "kb/ does not load";
  auto v = RunReal("The army decided to withdraw from Tadmur to prevent civilian casualties.", {"Tadmur"});
  ASSERT_EQ(v.size(), 1u);
  EXPECT_EQ(v[0].type, "Withdrawal");
  EXPECT_TRUE(v[0].target.empty());
  v = RunReal("HTS fighters advanced on Idlib. The Turkish-backed factions expelled Kurdish fighters from Tal Rifaat.",
              {"Idlib", "Tal Rifaat"});
  bool kurds = false;
  for (const EventMention& m : v) {
    for (const Actor& a : m.target) kurds |= a.name == "Kurdish forces";
    for (const Actor& a : m.target) EXPECT_NE(a.name, "Hayat Tahrir al-Sham");
  }
  (void)kurds;
}

TEST(PrecisionTest, UnnamedPlaceRelativeToANamedOneSaysSo) {
  if (RealEx() == nullptr) GTEST_SKIP() << "kb/ does not load";
  auto v = RunReal("Rebels captured three villages just north of Hama.", {"Hama"});
  ASSERT_EQ(v.size(), 1u);
  ASSERT_TRUE(v[0].location.has_value());
  EXPECT_NE(v[0].location->text.find("north of Hama"), std::string::npos) << v[0].location->text;
  EXPECT_GE(v[0].location->precision_km, 15.0);
  v = RunReal("Rebels captured Hama.", {"Hama"});
  ASSERT_EQ(v.size(), 1u);
  EXPECT_EQ(v[0].location->text, "Hama");
}

TEST(PrecisionTest, SeveralEventsInOneSentenceAreKept) {
  if (RealEx() == nullptr) GTEST_SKIP() << "kb/ does not load";
  auto v = RunReal("Rebels captured Kafr Zita and Latamna, and the army withdrew from Morek.",
                   {"Kafr Zita", "Latamna", "Morek"});
  EXPECT_EQ(CountType(v, "Non-state actor overtakes territory"), 2);
  EXPECT_EQ(CountType(v, "Withdrawal"), 1);
}

TEST(PrecisionTest, CasualtyWordsAndWeaponNounsAreNoExtraEvents) {
  if (RealEx() == nullptr) GTEST_SKIP() << "kb/ does not load";
  auto v = RunReal("A car bomb exploded in Azaz, killing nine people and wounding 20.", {"Azaz"});
  EXPECT_EQ(v.size(), 1u);
  EXPECT_TRUE(RunReal("Sarin is a nerve agent banned by treaty.", {}).empty());
}

// --- Precision round 3: reporting sources, tolls, "fighting", agreements, surrenders. ---

TEST(PrecisionTest, CivilBodiesReportAndBelligerentsClaim) {
  if (RealEx() == nullptr) GTEST_SKIP() << "kb/ does not load";
  auto v = RunReal("A drone strike hit a house in Rafah on Monday, the civil defence agency said.", {"Rafah"});
  ASSERT_EQ(v.size(), 1u);
  EXPECT_EQ(v[0].modality, "reported");
  v = RunReal("A drone strike hit a house in Rafah on Monday, the Hamas-run health ministry said.", {"Rafah"});
  ASSERT_EQ(v.size(), 1u);
  EXPECT_EQ(v[0].modality, "reported");
  v = RunReal("A drone strike hit a house in Rafah on Monday, local officials said.", {"Rafah"});
  ASSERT_EQ(v.size(), 1u);
  EXPECT_EQ(v[0].modality, "reported");
  v = RunReal("A drone strike hit a house in Rafah on Monday, the defence ministry said.", {"Rafah"});
  ASSERT_EQ(v.size(), 1u);
  EXPECT_EQ(v[0].modality, "claimed");
}

TEST(PrecisionTest, TollsAreNoEventsOfTheirOwn) {
  if (RealEx() == nullptr) GTEST_SKIP() << "kb/ does not load";
  // The casualties of a bombing are its toll, not a second attack.
  auto v = RunReal("Two soldiers were killed when a roadside bomb exploded near Gao on Saturday.", {"Gao"});
  ASSERT_EQ(v.size(), 1u);
  EXPECT_EQ(v[0].type, "Remote explosive/landmine/IED");
  EXPECT_TRUE(v[0].agent.empty());
  EXPECT_EQ(v[0].fatalities, 2);
  // A toll in the next sentence completes the earlier event.
  v = RunReal("Gunmen attacked a checkpoint in Bama on Monday. Three policemen were killed in the incident.", {"Bama"});
  ASSERT_EQ(v.size(), 1u);
  EXPECT_EQ(v[0].fatalities, 3);
  // War-long tolls and noun uses are no events.
  EXPECT_TRUE(RunReal("More than 300,000 people have been killed since the war began in 2011.", {}).empty());
  EXPECT_TRUE(RunReal("Hospitals in the city are struggling to treat the wounded.", {}).empty());
  // The subject of "killed in <noun>" is the noun's victim, not its agent.
  v = RunReal("Nine fighters were killed in Russian air strikes near Raqqa.", {"Raqqa"});
  ASSERT_EQ(v.size(), 1u);
  EXPECT_EQ(v[0].type, "Air/drone strike");
  EXPECT_EQ(Agent(v[0]), "Military Forces of Russia");
  EXPECT_EQ(v[0].fatalities, 9);
}

TEST(PrecisionTest, FightingNeedsAPlaceOrTimeOfItsOwn) {
  if (RealEx() == nullptr) GTEST_SKIP() << "kb/ does not load";
  EXPECT_EQ(CountType(RunReal("The fighting has displaced thousands of families.", {}), "Armed clash"), 0);
  EXPECT_EQ(CountType(RunReal("Years of fighting have left Morek in ruins.", {"Morek"}), "Armed clash"), 0);
  EXPECT_EQ(CountType(RunReal("Families crossed the river to escape fighting near Morek.", {"Morek"}), "Armed clash"), 0);
  EXPECT_EQ(CountType(RunReal("Heavy fighting raged in Morek on Monday.", {"Morek"}), "Armed clash"), 1);
}

TEST(PrecisionTest, AgreementNounsNeedTheirMaking) {
  if (RealEx() == nullptr) GTEST_SKIP() << "kb/ does not load";
  EXPECT_EQ(CountType(RunReal("Despite the truce, jets bombed Morek on Monday.", {"Morek"}), "Agreement"), 0);
  EXPECT_EQ(CountType(RunReal("The collapse of the ceasefire worried aid agencies.", {}), "Agreement"), 0);
  EXPECT_EQ(CountType(RunReal("The two sides announced a three-day truce on Monday.", {}), "Agreement"), 1);
}

TEST(PrecisionTest, ResidentsWhoNegotiateASurrenderAreNoTarget) {
  if (RealEx() == nullptr) GTEST_SKIP() << "kb/ does not load";
  auto v = RunReal("Residents of Rastan negotiated a surrender with opposition forces on Tuesday.", {"Rastan"});
  ASSERT_EQ(v.size(), 1u);
  EXPECT_EQ(v[0].type, "Non-violent transfer of territory");
  EXPECT_TRUE(v[0].target.empty());
  ASSERT_FALSE(v[0].agent.empty());
  EXPECT_EQ(v[0].agent[0].kind, "rebel");
}

// --- Coder-written notes (round 4): crowd events, the scene of a sentence, gunmen against troops. ---

TEST(NotesTest, CrowdOutcomesFollowWhoDidWhat) {
  if (RealEx() == nullptr) GTEST_SKIP() << "kb/ does not load";
  // Police act on a peaceful crowd: an intervention.
  auto v = RunReal("On 9 May 2021, nurses held a rally in Portmere. Police used tear gas to disperse the crowd. "
                   "[size=no report]", {"Portmere"});
  ASSERT_FALSE(v.empty());
  EXPECT_EQ(v[0].type, "Protest with intervention");
  EXPECT_EQ(v[0].agent[0].kind, "protesters");
  // The crowd itself turns violent during a demonstration.
  v = RunReal("On 9 May 2021, students demonstrated in Portmere and pelted the town hall with stones. "
              "[size=no report]", {"Portmere"});
  ASSERT_FALSE(v.empty());
  EXPECT_EQ(v[0].type, "Violent demonstration");
  EXPECT_EQ(v[0].agent[0].kind, "rioters");
  // Villagers lynch a man they suspected of theft: no demonstration, mob violence.
  v = RunReal("On 9 May 2021, villagers lynched a suspected thief in Portmere. [size=no report]",
              {"Portmere"});
  ASSERT_FALSE(v.empty());
  EXPECT_EQ(v[0].type, "Mob violence");
  EXPECT_EQ(v[0].event_type, "Riots");
  // Forces shoot protesters dead.
  v = RunReal("On 9 May 2021, hundreds of people marched in Portmere. Soldiers opened fire on the marchers, "
              "killing three of them. [size=hundreds]", {"Portmere"});
  ASSERT_FALSE(v.empty());
  EXPECT_EQ(v[0].type, "Excessive force against protesters");
}

TEST(NotesTest, AnEarlierKillingTheCrowdMournsIsBackground) {
  if (RealEx() == nullptr) GTEST_SKIP() << "kb/ does not load";
  auto v = RunReal("On 9 May 2021, relatives staged a protest in Portmere to demand justice for a man who was "
                   "shot dead by police last month. [size=no report]", {"Portmere"});
  ASSERT_FALSE(v.empty());
  EXPECT_EQ(v[0].type, "Peaceful protest");
}

TEST(NotesTest, TheSceneOfTheSentenceIsThePlace) {
  if (RealEx() == nullptr) GTEST_SKIP() << "kb/ does not load";
  // The place is set before the trigger, outside its clause.
  auto v = RunReal("On 9 May 2021, in Kelvar (Dunmore, Westreach), gunmen killed a shopkeeper.",
                   {"Kelvar", "Dunmore", "Westreach"});
  ASSERT_FALSE(v.empty());
  EXPECT_EQ(Where(v[0]), "Kelvar");
  // A comma ends the trigger's clause, yet the town after it is the scene.
  v = RunReal("On 9 May 2021, farmers staged a protest, in Kelvar town, against fuel prices.", {"Kelvar"});
  ASSERT_FALSE(v.empty());
  EXPECT_EQ(Where(v[0]), "Kelvar");
}

TEST(NotesTest, GunmenFiringOnTroopsClash) {
  if (RealEx() == nullptr) GTEST_SKIP() << "kb/ does not load";
  auto v = RunReal("Unidentified gunmen attacked Malian soldiers near Kelvar on Monday.", {"Kelvar"});
  ASSERT_FALSE(v.empty());
  EXPECT_EQ(v[0].type, "Armed clash");
}

TEST(NotesTest, TheWeaponNamedTellsTheType) {
  if (RealEx() == nullptr) GTEST_SKIP() << "kb/ does not load";
  auto v = RunReal("Militia fighters attacked an army truck with mines near Kelvar on Monday.", {"Kelvar"});
  ASSERT_FALSE(v.empty());
  EXPECT_EQ(v[0].type, "Remote explosive/landmine/IED");
}


// Round 5: event typing and agents (doc/event-types.md, "round 5").
struct TypeCase {
  const char* text;
  const char* type;
};

TEST(NotesTest, Round5TypesFromVictimsCrowdsWeaponsAndAgents) {
  if (RealEx() == nullptr) GTEST_SKIP() << "kb/ does not load";
  const TypeCase cases[] = {
      // A civilian victim makes an attack, an armed object a clash.
      {"Rebel fighters shot dead a shepherd near Kelvar on Tuesday.", "Attack"},
      {"Unknown gunmen attacked an army checkpoint near Kelvar on Tuesday.", "Armed clash"},
      {"An off-duty soldier was shot and killed by gunmen near Kelvar on Tuesday.", "Attack"},
      // A crowd's violence is mob violence.
      {"A mob beat up a suspected thief near Kelvar on Tuesday.", "Mob violence"},
      {"Students fought with police near Kelvar on Tuesday.", "Mob violence"},
      // Fights told without the word clash; ceasefire violations by weapon.
      {"A shootout between police and bandits took place near Kelvar on Tuesday.", "Armed clash"},
      {"Separatist forces violated the ceasefire near Kelvar on Tuesday, using small arms.", "Armed clash"},
      {"Separatist forces violated the ceasefire near Kelvar on Tuesday, firing mortars at army positions.",
       "Shelling/artillery/missile attack"},
      {"Government troops fired artillery and clashed with rebels near Kelvar on Tuesday.", "Armed clash"},
      // Non-state groups abduct; labour strikes are protests.
      {"Houthi fighters detained three teachers near Kelvar on Tuesday.", "Abduction/forced disappearance"},
      {"Striking truckers gathered near Kelvar on Tuesday.", "Peaceful protest"},
      {"Pupils held a climate strike near Kelvar on Tuesday.", "Peaceful protest"},
      {"Farmers blocked the highway near Kelvar on Tuesday to demand lower fuel prices.", "Peaceful protest"},
  };
  for (const TypeCase& c : cases) {
    auto v = RunReal(c.text, {"Kelvar"});
    ASSERT_FALSE(v.empty()) << c.text;
    EXPECT_EQ(v[0].type, c.type) << c.text;
  }
}

TEST(NotesTest, Round5NamedAgentsOfYemenAndSomalia) {
  if (RealEx() == nullptr) GTEST_SKIP() << "kb/ does not load";
  auto v = RunReal("Pro-Hadi forces shelled Houthi positions near Kelvar on Tuesday.", {"Kelvar"});
  ASSERT_FALSE(v.empty());
  EXPECT_EQ(Agent(v[0]), "Military Forces of Yemen");
  // A generic force noun after a named group is that group's head noun.
  v = RunReal("Al Shabaab militants attacked a police post near Kelvar on Tuesday.", {"Kelvar"});
  ASSERT_FALSE(v.empty());
  EXPECT_EQ(Agent(v[0]), "Al-Shabaab");
  EXPECT_EQ(v[0].type, "Armed clash");
}

// Round 6: what is no conflict event, protests without a protest verb, goods seized, background
// states and habitual use (doc/event-types.md, "round 6").
TEST(NotesTest, Round6NonConflictTypes) {
  if (RealEx() == nullptr) GTEST_SKIP() << "kb/ does not load";
  const TypeCase cases[] = {
      {"Heavy flooding swept through Kelvar on Tuesday, killing nine people.", "Natural disaster"},
      {"A cholera outbreak was reported in Kelvar on Tuesday.", "Natural disaster"},
      // An explosion with no attacker and an accident cue is an accident, not a bombing.
      {"A gas cylinder exploded in a restaurant in Kelvar on Tuesday, killing two cooks.", "Man-made disaster"},
      {"A fire broke out at a textile warehouse in Kelvar on Tuesday.", "Man-made disaster"},
      {"Customs officers seized 300 kilograms of cocaine at the port of Kelvar on Tuesday.", "Organized crime"},
      {"The foreign minister held talks with his counterpart in Kelvar on Tuesday.", "Diplomatic event"},
      {"Al Shabaab claimed responsibility for the bombing in Kelvar on Tuesday.", "Attribution/claim"},
  };
  for (const TypeCase& c : cases) {
    auto v = RunReal(c.text, {"Kelvar"});
    ASSERT_FALSE(v.empty()) << c.text;
    EXPECT_EQ(v[0].type, c.type) << c.text;
    EXPECT_EQ(v[0].event_type, "") << c.text;
  }
  // A disaster that a conflict or crowd event is about is only its context.
  auto v = RunReal("Residents blocked the main road in Kelvar on Tuesday after a road accident.", {"Kelvar"});
  ASSERT_FALSE(v.empty());
  EXPECT_EQ(v[0].type, "Peaceful protest");
  // A bomb set by someone stays a bombing.
  v = RunReal("A roadside bomb exploded near an army patrol in Kelvar on Tuesday.", {"Kelvar"});
  ASSERT_FALSE(v.empty());
  EXPECT_NE(v[0].type, "Man-made disaster");
}

TEST(NotesTest, Round6RecallOfStrategicAndCrowdEvents) {
  if (RealEx() == nullptr) GTEST_SKIP() << "kb/ does not load";
  const TypeCase cases[] = {
      {"On 3 March 2022, some 200 nurses gathered in Kelvar to demand higher wages.", "Peaceful protest"},
      {"On 3 March 2022, pensioners assembled outside the town hall in Kelvar against the new tax.",
       "Peaceful protest"},
      {"On 3 March 2022, army engineers defused a bomb planted under a bridge in Kelvar.", "Disrupted weapons use"},
      {"On 3 March 2022, police seized a cache of rifles and ammunition in Kelvar.", "Disrupted weapons use"},
  };
  for (const TypeCase& c : cases) {
    auto v = RunReal(c.text, {"Kelvar"});
    ASSERT_FALSE(v.empty()) << c.text;
    EXPECT_EQ(v[0].type, c.type) << c.text;
  }
  // Stopping a person is no disrupted weapons use: the killing is the event.
  auto v = RunReal("On 3 March 2022, villagers intercepted and killed a suspected cattle thief in Kelvar.",
                   {"Kelvar"});
  ASSERT_FALSE(v.empty());
  EXPECT_EQ(v[0].type, "Mob violence");
  // Troops gathering, with no grievance, are no protest.
  v = RunReal("On 3 March 2022, troops gathered in Kelvar.", {"Kelvar"});
  for (const EventMention& m : v) EXPECT_NE(m.type, "Peaceful protest");
}

TEST(NotesTest, Round6BackgroundStatesAndHabitualUseAreNoEvents) {
  if (RealEx() == nullptr) GTEST_SKIP() << "kb/ does not load";
  auto v = RunReal("The supply lines, already under pressure from Russian airstrikes, may soon be cut.", {});
  EXPECT_TRUE(v.empty()) << v[0].type;
  v = RunReal("The army is using tanks, artillery and airstrikes to try to stop the offensive.", {});
  EXPECT_TRUE(v.empty()) << v[0].type;
  // A strike with its own place and date is told, not habitual.
  v = RunReal("Russian airstrikes hit Kelvar on Tuesday.", {"Kelvar"});
  ASSERT_FALSE(v.empty());
  EXPECT_EQ(v[0].type, "Air/drone strike");
}

// Round 8: front-line reports in the style of ceasefire monitoring (doc/event-types.md, "round 8").
TEST(NotesTest, Round8FrontLineWeaponsTellTheType) {
  if (RealEx() == nullptr) GTEST_SKIP() << "kb/ does not load";
  const TypeCase cases[] = {
      // A list of calibres between the verb and the weapon noun.
      {"Separatist fighters fired 122mm, 120mm and 82mm mortars at army positions near Kelvar on Tuesday.",
       "Shelling/artillery/missile attack"},
      {"The rebels fired grenade launchers at army trenches near Kelvar on Tuesday.",
       "Shelling/artillery/missile attack"},
      {"The rebels fired heavy machine guns at army trenches near Kelvar on Tuesday.", "Armed clash"},
      // Blasts and shots counted by monitors are shelling and fighting, not planted bombs.
      {"Observers recorded 12 explosions near Kelvar on Tuesday.", "Shelling/artillery/missile attack"},
      {"The monitoring mission counted 40 shots involving small arms near Kelvar on Tuesday.", "Armed clash"},
      // Munitions dropped from a drone are a drone strike.
      {"An enemy drone dropped a VOG grenade on a trench near Kelvar on Tuesday.", "Air/drone strike"},
      // Mortar rounds called mines in translation are shelling; a mine stepped on is a landmine.
      {"The occupiers fired at positions near Kelvar on Tuesday using 120mm mines.",
       "Shelling/artillery/missile attack"},
      {"A soldier was wounded when he stepped on a mine near Kelvar on Tuesday.", "Remote explosive/landmine/IED"},
  };
  for (const TypeCase& c : cases) {
    auto v = RunReal(c.text, {"Kelvar"});
    ASSERT_FALSE(v.empty()) << c.text;
    EXPECT_EQ(v[0].type, c.type) << c.text;
  }
  // The subject of the use verb is the agent of the weapon noun.
  auto v = RunReal("Separatist fighters fired 122mm and 82mm mortars at army positions near Kelvar on Tuesday.",
                   {"Kelvar"});
  ASSERT_FALSE(v.empty());
  EXPECT_EQ(Agent(v[0]), "Separatists");
  // Weapons described, not used, are no event.
  v = RunReal("The brigade is equipped with heavy machine guns and grenade launchers.", {});
  EXPECT_TRUE(v.empty()) << v[0].type;
}

TEST_F(ExtractorTest, DumpSeeds) {
  if (std::getenv("SITREP_DUMP_SEEDS") == nullptr) GTEST_SKIP() << "set SITREP_DUMP_SEEDS=1 to print";
  for (const char* f : {"000_0eefa6123c75dfcc.txt", "001_0b5465d82192f9ae.txt", "002_43c2b84f35df33bb.txt",
                        "003_21bed4f9cade4ac6.txt", "004_bd84230b44241b6d.txt"}) {
    for (const EventMention& m : RunSeed(RealEx() != nullptr ? *RealEx() : *ex_, f)) {
      std::printf("%s s%d [%s] %s | %s | agent=%s target=%s | %s %s | %s %s | fat=%d disp=%d km=%.1f\n", f, m.sentence,
                  m.trigger.c_str(), m.type.c_str(), Where(m).c_str(), Agent(m).c_str(),
                  m.target.empty() ? "-" : m.target[0].name.c_str(), m.date.c_str(), m.date_text.c_str(),
                  m.modality.c_str(), m.attribution.c_str(), m.fatalities.value_or(-1), m.displaced.value_or(-1),
                  m.distance_km.value_or(-1));
    }
  }
}

TEST(NotesTest, Round12FightsBetweenUnorganisedGroupsAreMobViolence) {
  if (RealEx() == nullptr) GTEST_SKIP() << "kb/ does not load";
  const TypeCase cases[] = {
      // Supporters, families and villagers who fight each other with sticks are a mob.
      {"Supporters of two rival parties clashed near Kelvar on Tuesday, beating each other with sticks.",
       "Mob violence"},
      {"Two families fought over a plot of farmland near Kelvar on Tuesday.", "Mob violence"},
      {"A clash broke out between villagers of two neighbouring hamlets near Kelvar on Tuesday.", "Mob violence"},
      // Armed organisations, or a firefight, stay an armed clash.
      {"Government troops clashed with rebels near Kelvar on Tuesday.", "Armed clash"},
      {"Members of two rival drug trafficking groups exchanged fire near Kelvar on Tuesday.", "Armed clash"},
  };
  for (const TypeCase& c : cases) {
    auto v = RunReal(c.text, {"Kelvar"});
    ASSERT_FALSE(v.empty()) << c.text;
    EXPECT_EQ(v[0].type, c.type) << c.text;
  }
}

}  // namespace
}  // namespace sitrep::extract
