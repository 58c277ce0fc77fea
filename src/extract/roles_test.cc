// Round 7 role rules on the real kb/: compound doers ("Houthi-planted"), coalitions led by a named
// group, unnamed armed men named by country, crowds counted with "a group of", clashes "between".
// Every sentence is written for this test.
#include <gtest/gtest.h>

#include <algorithm>

#include "extract/extractor.h"
#include "extract/tsv_file.h"
#include "kb/knowledge_base.h"
#include "text/normalize.h"
#include "text/sentences.h"

namespace sitrep::extract {
namespace {

const kb::KnowledgeBase* RealKb() {
  static const kb::KnowledgeBase* kb = []() -> const kb::KnowledgeBase* {
    auto r = kb::KnowledgeBase::Load(std::string(SITREP_SOURCE_DIR) + "/kb");
    return r.ok() ? r.value().release() : nullptr;
  }();
  return kb;
}

const Extractor* RealEx() {
  static const Extractor* ex = []() -> const Extractor* {
    if (RealKb() == nullptr) return nullptr;
    auto e = Extractor::Create(*RealKb(), std::string(SITREP_SOURCE_DIR) + "/kb");
    return e.ok() ? e.value().release() : nullptr;
  }();
  return ex;
}

// Runs the extractor with each (surface, ISO country) pair as a town of that country.
std::vector<EventMention> RunText(const std::string& text, const std::vector<std::pair<std::string, std::string>>& towns) {
  Document doc;
  doc.id = "r";
  doc.published = "2022-03-10";
  doc.text = text;
  const std::string normalized = text::Normalize(text);
  const std::vector<text::Sentence> sentences = text::SplitSentences(normalized);
  std::vector<geo::Toponym> toponyms;
  for (const auto& [name, iso] : towns) {
    for (size_t at = normalized.find(name); at != std::string::npos; at = normalized.find(name, at + 1)) {
      geo::Toponym t;
      t.begin = t.phrase_begin = at;
      t.end = at + name.size();
      t.location.text = t.location.name = name;
      t.location.feature = "PPL";
      t.location.country = iso;
      toponyms.push_back(t);
    }
  }
  std::sort(toponyms.begin(), toponyms.end(), [](const auto& a, const auto& b) { return a.begin < b.begin; });
  return RealEx()->Extract(doc, normalized, sentences, toponyms);
}

std::string Agent(const EventMention& m) { return m.agent.empty() ? "-" : m.agent.front().name; }
std::string Target(const EventMention& m) { return m.target.empty() ? "-" : m.target.front().name; }

class RolesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    if (RealEx() == nullptr) GTEST_SKIP() << "kb/ does not load";
  }
};

TEST(CompoundActor, PartBeforeTheHyphenNamesTheDoer) {
  ASSERT_NE(RealKb(), nullptr);
  const std::string s = "An HTS-led alliance and Turkish-backed groups laid a Houthi-planted mine.";
  const std::vector<text::Token> tok = text::Tokenize(s);
  std::vector<std::string> names;
  for (const kb::ActorMatch& m : RealKb()->MatchActors(tok)) {
    if (m.actor != nullptr) names.push_back(m.actor->name);
  }
  // "-led" and "-planted" name their group; a backer ("Turkish-backed") is not the one who acts.
  ASSERT_GE(names.size(), 2u);
  EXPECT_EQ(names.front(), "Hayat Tahrir al-Sham");
  EXPECT_EQ(names.back(), "Houthis");
  EXPECT_EQ(std::count(names.begin(), names.end(), "Military Forces of Turkey"), 0);
}

TEST_F(RolesTest, PlantedMineBelongsToTheGroupBeforeTheHyphen) {
  auto v = RunText("On 3 March, a Houthi-planted landmine exploded near Hays, wounding two farmers.", {{"Hays", "YE"}});
  ASSERT_FALSE(v.empty());
  EXPECT_EQ(v[0].type, "Remote explosive/landmine/IED");
  EXPECT_EQ(Agent(v[0]), "Houthis");
}

TEST_F(RolesTest, OperationsRoomLedByAKnownGroupIsThatGroup) {
  auto v = RunText("Al-Fath al-Mubin, the HTS-led operations room, said its fighters had stormed Kafr Nabl on Monday.",
               {{"Kafr Nabl", "SY"}});
  ASSERT_FALSE(v.empty());
  EXPECT_EQ(Agent(v[0]), "Hayat Tahrir al-Sham");
  auto w = RunText("Fath al-Mubin, an operations room led by HTS, shelled army posts around Saraqib on Monday.",
               {{"Saraqib", "SY"}});
  ASSERT_FALSE(w.empty());
  EXPECT_EQ(Agent(w[0]), "Hayat Tahrir al-Sham");
}

TEST_F(RolesTest, StateForcesAreNotRenamedByALeader) {
  auto v = RunText("Russian troops, led by HTS defectors, reached the front. On Monday the Russian troops shelled Saraqib.",
                   {{"Saraqib", "SY"}});
  ASSERT_FALSE(v.empty());
  EXPECT_EQ(Agent(v.back()), "Military Forces of Russia");
}

TEST_F(RolesTest, UnnamedGunmenTakeTheCountryOfThePlace) {
  auto v = RunText("On 4 March, a bakery in Zamora was shot at by an unknown number of armed men.", {{"Zamora", "MX"}});
  ASSERT_FALSE(v.empty());
  EXPECT_EQ(Agent(v[0]), "Unidentified Armed Group (Mexico)");
  EXPECT_EQ(v[0].agent.front().kind, "unidentified");
  auto g = RunText("On 4 March, gang members shot dead a shopkeeper in Zamora.", {{"Zamora", "MX"}});
  ASSERT_FALSE(g.empty());
  EXPECT_EQ(Agent(g[0]), "Unidentified Gang (Mexico)");
  EXPECT_EQ(g[0].type, "Attack");
}

TEST_F(RolesTest, CivilianAsAnAdjectiveNamesNoOne) {
  auto v = RunText("On 2 March, gunmen in a civilian car opened fire on an army checkpoint in Tafas.", {{"Tafas", "SY"}});
  ASSERT_FALSE(v.empty());
  EXPECT_EQ(Agent(v[0]), "Unidentified Armed Group (Syria)");
  EXPECT_EQ(v[0].type, "Armed clash");
}

TEST_F(RolesTest, AGroupOfVillagersBeatingSomeoneIsMobViolence) {
  auto v = RunText("On 6 March, a group of villagers assaulted a suspected cattle thief in Kabale.", {{"Kabale", "UG"}});
  ASSERT_FALSE(v.empty());
  EXPECT_EQ(v[0].type, "Mob violence");
  EXPECT_EQ(Agent(v[0]), "Rioters (Uganda)");
}

TEST_F(RolesTest, PartySupportersFightingAreMobViolence) {
  auto v = RunText("On 7 March, supporters of two rival parties clashed with sticks in Bogura.", {{"Bogura", "BD"}});
  ASSERT_FALSE(v.empty());
  EXPECT_EQ(v[0].type, "Mob violence");
}

TEST_F(RolesTest, ClashBetweenTwoSidesNamesBoth) {
  auto v = RunText("On 8 March, fighting broke out between the Sudanese army and the RSF in Nyala.", {{"Nyala", "SD"}});
  ASSERT_FALSE(v.empty());
  EXPECT_EQ(v[0].type, "Armed clash");
  EXPECT_EQ(Agent(v[0]), "Military Forces of Sudan");
  EXPECT_EQ(Target(v[0]), "Rapid Support Forces");
}

TEST_F(RolesTest, UnsaidVictimsOfAnAttackAreCiviliansOfThePlace) {
  // Nobody is named: the attack's author is an unidentified armed group and its victim a civilian,
  // both of the country where it happened.
  auto v = RunText("On 9 May, a man was shot dead outside his home in Zamora.", {{"Zamora", "MX"}});
  ASSERT_FALSE(v.empty());
  EXPECT_EQ(v[0].type, "Attack");
  EXPECT_EQ(Agent(v[0]), "Unidentified Armed Group (Mexico)");
  EXPECT_EQ(Target(v[0]), "Civilians (Mexico)");
  EXPECT_EQ(v[0].target.front().kind, "civilians");
  // A named author keeps its name; only the missing victim is supplied.
  auto g = RunText("On 9 May, gang members shot dead a shopkeeper in Zamora.", {{"Zamora", "MX"}});
  ASSERT_FALSE(g.empty());
  EXPECT_EQ(Agent(g[0]), "Unidentified Gang (Mexico)");
  EXPECT_EQ(g[0].target.empty() ? "-" : g[0].target.front().kind, "civilians");
}

TEST_F(RolesTest, ClashesGetNoSuppliedRoles) {
  // Armed clashes are between armed sides: no civilian victim or unnamed author is supplied.
  auto v = RunText("On 9 May, heavy fighting broke out near Tafas.", {{"Tafas", "SY"}});
  for (const auto& m : v) {
    if (m.type != "Armed clash") continue;
    EXPECT_NE(Target(m), "Civilians (Syria)");
    EXPECT_NE(Agent(m), "Unidentified Armed Group (Syria)");
  }
}


// Round 10: the subject's verb governs a far weapon or damage noun in its clause.
TEST_F(RolesTest, SubjectVerbReachesAFarWeaponNoun) {
  auto v = RunText("On 9 May, Ukrainian troops fired about a dozen rounds from heavy artillery at Horlivka.",
                   {{"Horlivka", "UA"}});
  ASSERT_FALSE(v.empty());
  EXPECT_EQ(Agent(v[0]), "Military Forces of Ukraine");
  EXPECT_EQ(v[0].type, "Shelling/artillery/missile attack");
  auto b = RunText("On 9 May, RSF fighters burned crops outside Tawila.", {{"Tawila", "SD"}});
  ASSERT_FALSE(b.empty());
  EXPECT_EQ(Agent(b[0]), "Rapid Support Forces");
  EXPECT_EQ(b[0].type, "Looting/property destruction");
  auto f = RunText("On 9 May, soldiers of the Myanmar army set homes on fire in Kani.", {{"Kani", "MM"}});
  ASSERT_FALSE(f.empty());
  EXPECT_EQ(f[0].type, "Looting/property destruction");
}

TEST_F(RolesTest, CivilianTollOfShellingIsItsTarget) {
  auto v = RunText("On 9 May, artillery shelling struck Avdiivka, killing three civilians.", {{"Avdiivka", "UA"}});
  ASSERT_FALSE(v.empty());
  ASSERT_FALSE(v[0].target.empty());
  EXPECT_EQ(v[0].target.front().name, "Civilians (Ukraine)");
}

TEST_F(RolesTest, NamedArmedGroupsAndEthnicMilitias) {
  auto n = RunText("On 9 May, NPA guerrillas raided a police station in Catarman.", {{"Catarman", "PH"}});
  ASSERT_FALSE(n.empty());
  EXPECT_EQ(Agent(n[0]), "New People's Army");
  auto m = RunText("On 9 May, armed Fulani herdsmen stormed a village in Makurdi.", {{"Makurdi", "NG"}});
  ASSERT_FALSE(m.empty());
  EXPECT_EQ(Agent(m[0]), "Fulani Communal Militia (Nigeria)");
  EXPECT_EQ(m[0].agent.front().kind, "militia");
  auto c = RunText("On 9 May, CJNG gunmen shot dead a taxi driver in Celaya.", {{"Celaya", "MX"}});
  ASSERT_FALSE(c.empty());
  EXPECT_EQ(Agent(c[0]), "Jalisco New Generation Cartel");
}

TEST_F(RolesTest, CountryAdjectiveBeforeGerundTriggerIsItsAgent) {
  // "shelling" is the gerund of the verb row "shell"; after an adjective it is a noun.
  auto s = RunText("On 9 May, Russian shelling damaged a school in Kupiansk.", {{"Kupiansk", "UA"}});
  ASSERT_FALSE(s.empty());
  EXPECT_EQ(Agent(s[0]), "Military Forces of Russia");
  EXPECT_EQ(s[0].type, "Shelling/artillery/missile attack");
  auto b = RunText("On 9 May, Israeli bombing destroyed a house in Khan Younis.", {{"Khan Younis", "PS"}});
  ASSERT_FALSE(b.empty());
  EXPECT_EQ(Agent(b[0]), "Military Forces of Israel");
}

TEST_F(RolesTest, ArmedGroupRaidingAVillageAndKillingCiviliansIsAnAttack) {
  auto a = RunText("On 9 May, ADF rebels raided a village near Beni, killing seven civilians.", {{"Beni", "CD"}});
  ASSERT_FALSE(a.empty());
  EXPECT_EQ(a[0].type, "Attack");
  // The same raid with soldiers as its toll is fighting.
  auto c = RunText("On 9 May, ADF rebels raided a village near Beni, killing seven soldiers.", {{"Beni", "CD"}});
  ASSERT_FALSE(c.empty());
  EXPECT_EQ(c[0].type, "Armed clash");
}

TEST_F(RolesTest, ShootingADrugTraffickerIsGangFighting) {
  auto g = RunText("On 9 May, unknown gunmen shot dead a drug trafficker in Culiacan.", {{"Culiacan", "MX"}});
  ASSERT_FALSE(g.empty());
  EXPECT_EQ(g[0].type, "Armed clash");
  auto c = RunText("On 9 May, unknown gunmen shot dead a shopkeeper in Culiacan.", {{"Culiacan", "MX"}});
  ASSERT_FALSE(c.empty());
  EXPECT_EQ(c[0].type, "Attack");
}

}  // namespace
}  // namespace sitrep::extract
