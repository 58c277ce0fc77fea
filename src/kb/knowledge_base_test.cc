// Tests of the knowledge base: loading, loader errors, actor/trigger/source matching on the real kb/.
#include "kb/knowledge_base.h"

#include <gtest/gtest.h>

#include <fstream>
#include <memory>
#include <set>
#include <sstream>
#include <string>

#include "text/tokens.h"

namespace sitrep::kb {
namespace {

const KnowledgeBase& RealKb() {
  static std::unique_ptr<KnowledgeBase> kb = [] {
    auto r = KnowledgeBase::Load(std::string(SITREP_SOURCE_DIR) + "/kb");
    EXPECT_TRUE(r.ok()) << r.status().ToString();
    return r.ok() ? std::move(r).value() : nullptr;
  }();
  return *kb;
}

// A sentence and its tokens (tokens point into the sentence, so both live together).
struct Sentence {
  explicit Sentence(std::string s) : text(std::move(s)), tokens(text::Tokenize(text)) {}
  std::string Span(int b, int e) const { return text.substr(tokens[b].begin, tokens[e - 1].end - tokens[b].begin); }
  std::string text;
  std::vector<text::Token> tokens;
};

TEST(KnowledgeBaseLoad, RealKbLoads) {
  const KnowledgeBase& kb = RealKb();
  EXPECT_GT(kb.actors().size(), 100u);
  EXPECT_GT(kb.triggers().size(), 300u);
  EXPECT_GT(kb.sources().size(), 50u);
}

TEST(KnowledgeBaseLoad, MissingDirIsNotFound) {
  auto r = KnowledgeBase::Load("/nonexistent/kb");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), Status::Code::kNotFound);
}

// Loads `content` as `file` with every other file empty; returns the error message ("" when OK).
std::string LoadError(const std::string& file, const std::string& content) {
  auto r = KnowledgeBase::LoadFromStrings({{file, content}});
  return r.ok() ? std::string() : r.status().message();
}

constexpr char kActorsHeader[] = "name\tkind\tcountry\tgeneric\tbranch\tmode\taliases\n";
constexpr char kTriggersHeader[] = "pattern\tpos\tfamily\ttype\tevent_type\tplover\tcameo\tsubject\tpassive\n";

TEST(KnowledgeBaseLoad, BadActorRowNamesFileAndLine) {
  std::string actors = std::string("# comment\n") + kActorsHeader +
                       "Good Group\trebel\tSY\tno\t\t\tGG\n"
                       "Bad Group\trebl\tSY\tno\t\t\tBG\n";
  EXPECT_EQ(LoadError("actors.tsv", actors), "actors.tsv:4: unknown kind 'rebl'");
}

TEST(KnowledgeBaseLoad, BadCountryAndFlags) {
  std::string base = kActorsHeader;
  EXPECT_EQ(LoadError("actors.tsv", base + "X\trebel\tSyria\n"), "actors.tsv:2: bad ISO alpha-2 'Syria'");
  EXPECT_EQ(LoadError("actors.tsv", base + "X\trebel\tSY\tmaybe\n"),
            "actors.tsv:2: generic must be yes or no, not 'maybe'");
  EXPECT_EQ(LoadError("actors.tsv", base + "X\trebel\n\nX\tmilitia\n"), "actors.tsv:4: duplicate actor 'X'");
  EXPECT_EQ(LoadError("actors.tsv", base + "X\n"), "actors.tsv:2: 1 fields, at least 2 expected");
  EXPECT_EQ(LoadError("actors.tsv", base + "X\trebel\tSY\tno\t\t\tA\textra\n"),
            "actors.tsv:2: 8 fields, at most 7 expected");
}

TEST(KnowledgeBaseLoad, WrongHeader) {
  std::string msg = LoadError("sources.tsv", "name\tkind\n");
  EXPECT_EQ(msg.rfind("sources.tsv:1: header must be", 0), 0u) << msg;
}

TEST(KnowledgeBaseLoad, BadTriggerRows) {
  std::string h = kTriggersHeader;
  EXPECT_EQ(LoadError("triggers.tsv", h + "capture\tverb\tcapture\tOvertakes\tBattles\n"),
            "triggers.tsv:2: unknown event type 'Overtakes'");
  EXPECT_EQ(LoadError("triggers.tsv", h + "shell\tverb\tshelling\tArmed clash\tRiots\n"),
            "triggers.tsv:2: type 'Armed clash' belongs to event type 'Battles', not 'Riots'");
  EXPECT_EQ(LoadError("triggers.tsv", h + "flee\tverb\tdisplacement\tDisplacement\t\t\t\tvictim\n"),
            "triggers.tsv:2: subject 'victim' must be agent or target");
  EXPECT_EQ(LoadError("triggers.tsv", h + "flee\tadverb\tdisplacement\tDisplacement\n"),
            "triggers.tsv:2: pos 'adverb' must be verb, verb_inflected, noun or fixed");
  EXPECT_EQ(LoadError("triggers.tsv", h + "x\tnoun\tcapture\tArmed clash\tBattles\tHIT\n"),
            "triggers.tsv:2: unknown PLOVER category 'HIT'");
  EXPECT_EQ(LoadError("triggers.tsv", h + "x\tnoun\tcapture\tArmed clash\tBattles\tFIGHT\t19x\n"),
            "triggers.tsv:2: bad CAMEO code '19x'");
  EXPECT_EQ(LoadError("triggers.tsv", h + "take* control* of\tverb\tcapture\tArmed clash\tBattles\n"),
            "triggers.tsv:2: more than one '*' head marker");
}

TEST(KnowledgeBaseLoad, EmptyInputsLoad) {
  auto r = KnowledgeBase::LoadFromStrings({});
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  Sentence s("Rebels shelled the town.");
  EXPECT_TRUE(r.value()->MatchActors(s.tokens).empty());
  EXPECT_TRUE(r.value()->MatchTriggers(s.tokens).empty());
}

TEST(ActorMatching, LongestAliasWins) {
  Sentence s("Fighters of Hayat Tahrir al-Sham entered the city.");
  auto m = RealKb().MatchActors(s.tokens);
  // "Fighters" is a generic reference; the group name is one match, not "Tahrir al-Sham".
  ASSERT_EQ(m.size(), 2u);
  EXPECT_EQ(m[1].actor->name, "Hayat Tahrir al-Sham");
  EXPECT_EQ(s.Span(m[1].begin, m[1].end), "Hayat Tahrir al-Sham");
  EXPECT_EQ(m[1].actor->kind, "rebel");
}

TEST(ActorMatching, DemonymRuleNamesStateForces) {
  Sentence s("The Syrian army pulled back while Sudanese police and Iraqi security forces watched.");
  auto m = RealKb().MatchActors(s.tokens);
  ASSERT_EQ(m.size(), 3u);
  EXPECT_EQ(m[0].actor->name, "Military Forces of Syria");
  EXPECT_TRUE(m[0].by_demonym_rule);
  EXPECT_EQ(s.Span(m[0].begin, m[0].end), "Syrian army");
  EXPECT_EQ(m[1].actor->name, "Police Forces of Sudan");
  EXPECT_EQ(m[1].actor->country, "SD");
  EXPECT_EQ(m[2].actor->name, "Military Forces of Iraq");
  EXPECT_EQ(s.Span(m[2].begin, m[2].end), "Iraqi security forces");
  // The rule and the alias "SAA" name one entry.
  Sentence saa("The SAA withdrew.");
  auto m2 = RealKb().MatchActors(saa.tokens);
  ASSERT_EQ(m2.size(), 1u);
  EXPECT_EQ(m2[0].actor, m[0].actor);
  EXPECT_EQ(RealKb().FindActor("Military Forces of Syria"), m[0].actor);
  EXPECT_EQ(RealKb().StateForces("SY", "military"), m[0].actor);
}

TEST(ActorMatching, DemonymCoordinationAndMode) {
  Sentence s("Syrian and Russian air forces struck convoys.");
  auto m = RealKb().MatchActors(s.tokens);
  ASSERT_EQ(m.size(), 2u);
  EXPECT_EQ(m[0].actor->name, "Military Forces of Syria");
  EXPECT_EQ(s.Span(m[0].begin, m[0].end), "Syrian");
  EXPECT_EQ(m[1].actor->name, "Military Forces of Russia");
  EXPECT_EQ(s.Span(m[1].begin, m[1].end), "Russian air forces");
  EXPECT_EQ(m[0].mode, "air");
  EXPECT_EQ(m[1].mode, "air");
}

TEST(ActorMatching, PossessiveCountryAndCurlyApostrophe) {
  Sentence s("Ukraine's army repelled Assad\xE2\x80\x99s forces.");  // deliberately odd pairing
  auto m = RealKb().MatchActors(s.tokens);
  ASSERT_EQ(m.size(), 2u);
  EXPECT_EQ(m[0].actor->name, "Military Forces of Ukraine");
  EXPECT_EQ(m[1].actor->name, "Military Forces of Syria");
}

TEST(ActorMatching, EthnicAdjectiveIsNotAState) {
  Sentence s("Kurdish fighters held the bridge.");
  auto m = RealKb().MatchActors(s.tokens);
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].actor->name, "Kurdish forces");
  EXPECT_TRUE(m[0].actor->generic);
  EXPECT_FALSE(m[0].by_demonym_rule);
}

TEST(ActorMatching, AcronymsAreCaseSensitive) {
  Sentence lower("The road is closed and the town is quiet.");
  EXPECT_TRUE(RealKb().MatchActors(lower.tokens).empty());
  Sentence upper("IS fighters attacked the town.");
  auto m = RealKb().MatchActors(upper.tokens);
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].actor->name, "Islamic State");
  EXPECT_EQ(upper.Span(m[0].begin, m[0].end), "IS fighters");
}

TEST(ActorMatching, AmbiguousAcronymPicksByCountry) {
  Sentence s("The SNA retook the district.");
  auto m = RealKb().MatchActors(s.tokens);
  ASSERT_EQ(m.size(), 1u);
  ASSERT_EQ(m[0].candidates.size(), 2u);
  EXPECT_EQ(m[0].actor->name, "Syrian National Army");
  EXPECT_EQ(PickCandidate(m[0], "SO")->name, "Military Forces of Somalia");
  EXPECT_EQ(PickCandidate(m[0], "SY")->name, "Syrian National Army");
  EXPECT_EQ(PickCandidate(m[0], "")->name, "Syrian National Army");
}

TEST(ActorMatching, GenericReferences) {
  Sentence s("Gunmen abducted villagers as protesters and rioters gathered.");
  auto m = RealKb().MatchActors(s.tokens);
  ASSERT_EQ(m.size(), 4u);
  EXPECT_EQ(m[0].actor->kind, "unidentified");
  EXPECT_EQ(m[1].actor->kind, "civilians");
  EXPECT_EQ(m[2].actor->kind, "protesters");
  EXPECT_EQ(m[3].actor->kind, "rioters");
  for (const auto& a : m) EXPECT_TRUE(a.actor->generic);
}

TEST(TriggerMatching, MultiWordPhraseInSentence) {
  Sentence s("Rebels took control of the airport on Thursday.");
  auto m = RealKb().MatchTriggers(s.tokens);
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(s.Span(m[0].begin, m[0].end), "took control of");
  EXPECT_EQ(m[0].trigger->family, "capture");
  EXPECT_EQ(m[0].trigger->type, "Non-state actor overtakes territory");
  EXPECT_EQ(m[0].trigger->event_type, "Battles");
  EXPECT_EQ(m[0].form, TriggerForm::kPast);
  EXPECT_FALSE(m[0].passive);
}

TEST(TriggerMatching, Inflections) {
  for (const char* text : {"Troops shelled the village.", "The shelling lasted hours.",
                           "The army shells the village daily.", "Tanks shell the village."}) {
    Sentence s(text);
    auto m = RealKb().MatchTriggers(s.tokens);
    ASSERT_EQ(m.size(), 1u) << text;
    EXPECT_EQ(m[0].trigger->family, "shelling") << text;
    EXPECT_EQ(m[0].trigger->type, "Shelling/artillery/missile attack") << text;
  }
  Sentence fled("Thousands fled the city.");
  auto m = RealKb().MatchTriggers(fled.tokens);
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].trigger->type, "Displacement");
  EXPECT_EQ(m[0].trigger->event_type, "");
  EXPECT_TRUE(m[0].passive);  // the ones fleeing are the affected side
}

TEST(TriggerMatching, PassiveAndTargetSubjects) {
  Sentence s("The town was captured by rebels after Hama fell to the insurgents.");
  auto m = RealKb().MatchTriggers(s.tokens);
  ASSERT_EQ(m.size(), 2u);
  EXPECT_EQ(s.Span(m[0].begin, m[0].end), "was captured");
  EXPECT_EQ(m[0].form, TriggerForm::kPassive);
  EXPECT_TRUE(m[0].passive);
  EXPECT_EQ(s.Span(m[1].begin, m[1].end), "fell to");
  EXPECT_TRUE(m[1].passive);
  EXPECT_EQ(m[1].trigger->family, "capture");
}

TEST(TriggerMatching, NounsAndFamilies) {
  struct Case {
    const char* text;
    const char* surface;
    const char* type;
  };
  const Case cases[] = {
      {"Two airstrikes hit the market.", "airstrikes", "Air/drone strike"},
      {"A roadside bomb wounded two soldiers.", "roadside bomb", "Remote explosive/landmine/IED"},
      {"A suicide bomber blew himself up at the gate.", "suicide bomber", "Suicide bomb"},
      {"Police fired tear gas at the crowd.", "fired tear gas", "Protest with intervention"},
      {"The two sides signed an agreement in Doha.", "signed an agreement", "Agreement"},
      {"Residents toppled a statue of the former ruler.", "toppled a statue", "Looting/property destruction"},
  };
  for (const Case& c : cases) {
    Sentence s(c.text);
    auto m = RealKb().MatchTriggers(s.tokens);
    ASSERT_FALSE(m.empty()) << c.text;
    EXPECT_EQ(s.Span(m[0].begin, m[0].end), c.surface) << c.text;
    EXPECT_EQ(m[0].trigger->type, c.type) << c.text;
  }
  Sentence s("Heavy clashes broke out near the border.");
  auto m = RealKb().MatchTriggers(s.tokens);
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].trigger->family, "clash");
  // The verb row comes first ("they clashes" is not English, but "it clashes" is); the noun reading is
  // flagged for the caller.
  EXPECT_EQ(m[0].form, TriggerForm::kThird);
  EXPECT_TRUE(m[0].may_be_noun);
}

// Every trigger row names one of ACLED's sub-event types with its event type, or a project type.
// The list is written out here by hand from the ACLED codebook, independently of the loader's table.
TEST(TriggerFile, EveryRowHasAValidType) {
  const std::map<std::string, std::string> kAcled = {
      {"Armed clash", "Battles"},
      {"Government regains territory", "Battles"},
      {"Non-state actor overtakes territory", "Battles"},
      {"Chemical weapon", "Explosions/Remote violence"},
      {"Air/drone strike", "Explosions/Remote violence"},
      {"Suicide bomb", "Explosions/Remote violence"},
      {"Shelling/artillery/missile attack", "Explosions/Remote violence"},
      {"Remote explosive/landmine/IED", "Explosions/Remote violence"},
      {"Grenade", "Explosions/Remote violence"},
      {"Sexual violence", "Violence against civilians"},
      {"Attack", "Violence against civilians"},
      {"Abduction/forced disappearance", "Violence against civilians"},
      {"Peaceful protest", "Protests"},
      {"Protest with intervention", "Protests"},
      {"Excessive force against protesters", "Protests"},
      {"Violent demonstration", "Riots"},
      {"Mob violence", "Riots"},
      {"Agreement", "Strategic developments"},
      {"Arrests", "Strategic developments"},
      {"Change to group/activity", "Strategic developments"},
      {"Disrupted weapons use", "Strategic developments"},
      {"Headquarters or base established", "Strategic developments"},
      {"Looting/property destruction", "Strategic developments"},
      {"Non-violent transfer of territory", "Strategic developments"},
      {"Other", "Strategic developments"},
  };
  const std::set<std::string> kProject = {"Withdrawal",       "Advance",         "Displacement",
                                          "Natural disaster", "Man-made disaster", "Organized crime",
                                          "Diplomatic event", "Attribution/claim"};
  std::ifstream in(std::string(SITREP_SOURCE_DIR) + "/kb/triggers.tsv");
  ASSERT_TRUE(in);
  std::string line;
  int line_no = 0, rows = 0;
  bool header = false;
  std::set<std::string> types_seen;
  while (std::getline(in, line)) {
    ++line_no;
    if (line.empty() || line[0] == '#') continue;
    if (!header) {
      header = true;
      continue;
    }
    std::vector<std::string> f;
    std::stringstream ss(line);
    std::string cell;
    while (std::getline(ss, cell, '\t')) f.push_back(cell);
    ASSERT_GE(f.size(), 5u) << "line " << line_no;
    ++rows;
    types_seen.insert(f[3]);
    auto it = kAcled.find(f[3]);
    if (it != kAcled.end()) {
      EXPECT_EQ(f[4], it->second) << "line " << line_no;
    } else {
      EXPECT_TRUE(kProject.count(f[3])) << "line " << line_no << ": " << f[3];
      EXPECT_EQ(f[4], "") << "line " << line_no;
    }
  }
  EXPECT_GT(rows, 300);
  // Every ACLED sub-event type has at least one trigger.
  for (const auto& [type, event_type] : kAcled) EXPECT_TRUE(types_seen.count(type)) << type;
}

TEST(SourceMatching, MonitorsAndStateMedia) {
  Sentence s("According to the Syrian Observatory for Human Rights, and as SANA reported, the road was cut.");
  auto m = RealKb().MatchSources(s.tokens);
  ASSERT_EQ(m.size(), 2u);
  EXPECT_EQ(m[0].source->name, "Syrian Observatory for Human Rights");
  EXPECT_EQ(m[0].source->kind, "monitor");
  EXPECT_EQ(m[1].source->name, "SANA");
  EXPECT_EQ(m[1].source->kind, "state_media");
  Sentence isw("ISW assessed that the front collapsed.");
  auto m2 = RealKb().MatchSources(isw.tokens);
  ASSERT_EQ(m2.size(), 1u);
  EXPECT_EQ(m2[0].source->name, "Institute for the Study of War");
  EXPECT_EQ(m2[0].source->kind, "think_tank");
}

TEST(Demonyms, Lookups) {
  const KnowledgeBase& kb = RealKb();
  EXPECT_EQ(kb.DemonymCountry("Syrian"), "SY");
  EXPECT_EQ(kb.DemonymCountry("south sudanese"), "SS");
  EXPECT_EQ(kb.DemonymCountry("U.S."), "US");
  EXPECT_EQ(kb.DemonymCountry("Emirati"), "AE");
  EXPECT_EQ(kb.DemonymCountry("Kurdish"), "");
  EXPECT_EQ(kb.DemonymCountry("Martian"), "");
  EXPECT_EQ(kb.CountryName("SY"), "Syria");
  EXPECT_EQ(kb.CountryName("GB"), "United Kingdom");
  Sentence s("American and British officials met South Sudanese envoys.");
  auto m = kb.MatchDemonyms(s.tokens);
  ASSERT_EQ(m.size(), 3u);
  EXPECT_EQ(m[0].country, "US");
  EXPECT_EQ(m[1].country, "GB");
  EXPECT_EQ(m[2].country, "SS");
  EXPECT_EQ(s.Span(m[2].begin, m[2].end), "South Sudanese");
}

TEST(Demonyms, RuleCoversEveryCountryWithADemonym) {
  // "Malian soldiers" and "Nigerien troops" come from the rule, with no row listing them.
  Sentence s("Nigerien troops and Chadian soldiers.");
  auto m = RealKb().MatchActors(s.tokens);
  ASSERT_EQ(m.size(), 2u);
  EXPECT_EQ(m[0].actor->name, "Military Forces of Niger");
  EXPECT_EQ(m[1].actor->name, "Military Forces of Chad");
}

}  // namespace
}  // namespace sitrep::kb
