#include "extract/extractor.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <optional>

#include "extract/civil_date.h"
#include "extract/crowd.h"
#include "extract/dates.h"
#include "extract/extractor_impl.h"
#include "extract/context_rules.h"
#include "extract/numbers.h"
#include "text/tokens.h"

namespace sitrep::extract {
namespace {

using text::Token;

bool In(std::string_view w, std::initializer_list<std::string_view> set) {
  return std::find(set.begin(), set.end(), w) != set.end();
}

bool IsNonState(std::string_view kind) {
  return In(kind, {"rebel", "jihadist", "militia", "separatist"});
}
bool IsStateLike(std::string_view kind) { return In(kind, {"state", "government"}); }

// Words that end the reach of a trigger's roles and places.
bool IsClauseBreak(const Token& t) {
  if (t.kind == text::TokenKind::kPunct) {
    return In(t.lower, {",", ";", ":", "(", ")", "\"", "?", "!"}) || (t.lower == "-" && false);
  }
  return In(t.lower, {"after", "following", "before", "while", "but", "although", "which", "who", "where",
                      "amid", "because", "as", "when", "whereas"});
}

bool IsPreposition(std::string_view w) {
  return In(w, {"of", "from", "in", "against", "on", "to", "with", "toward", "towards", "into", "near", "at",
                "by", "for", "around", "outside", "inside", "between", "among", "targeting", "like", "including"});
}

// Quantity and group nouns whose "of" phrase names the people themselves: "a group of villagers",
// "members of the party", "dozens of students" act as the people they count.
bool IsGroupNoun(std::string_view w) {
  return In(w, {"group", "groups", "members", "member", "dozens", "hundreds", "thousands", "scores", "number", "band",
                "bands", "gang", "gangs", "crowd", "crowds", "mob", "some", "many", "several", "supporters", "cadres",
                "activists", "followers", "relatives", "one", "two", "three", "four", "five", "all", "most", "both",
                "elements", "fighters", "militants", "gunmen", "loyalists", "youths", "workers"});
}

// Crowd kinds: people who are not an armed force.
bool IsCrowdKind(std::string_view kind) { return In(kind, {"civilians", "protesters", "rioters"}); }

// A noun trigger, unless an -ing noun is used as a verb: "..., bombing the bridge".
bool IsNominal(const kb::TriggerMatch& t, const std::vector<Token>& tok) {
  if ((t.form == kb::TriggerForm::kBase || t.form == kb::TriggerForm::kFixed) && t.begin > 0 &&
      In(tok[t.begin - 1].lower, {"the", "this", "that", "a", "an", "its", "their", "his", "her", "any", "such",
                                  "these", "those", "'s"})) {
    return true;  // "this battle", "the fight": a verb row's base form read as a noun
  }
  if (t.form != kb::TriggerForm::kNoun && t.form != kb::TriggerForm::kNounPlural) return false;
  const std::string& w = tok[t.begin].lower;
  if (w.size() > 4 && w.compare(w.size() - 3, 3, "ing") == 0) {
    const bool object_follows = t.end < static_cast<int>(tok.size()) &&
                                In(tok[t.end].lower, {"the", "a", "an", "its", "their", "his", "her"});
    const bool clause_start = t.begin > 0 && In(tok[t.begin - 1].lower, {",", "and", "while", "after", "before", "by"});
    if (object_follows || clause_start) return false;
  }
  return true;
}

// Words that end an agent's reach over a noun trigger ("civilian casualties amid ongoing
// confrontations"): subordinating words and strong punctuation, not commas or brackets.
bool IsAgentBreak(const Token& t) {
  return In(t.lower, {";", ":", "?", "!", "after", "following", "before", "while", "although", "which", "who",
                      "where", "amid", "because", "as", "when", "whereas", "despite", "during", "since"});
}

// Verbs whose object noun names the event their subject carries out ("carried out armed attacks").
bool IsSupportVerb(std::string_view w) {
  return In(w, {"carried", "carry", "carries", "carrying", "launched", "launch", "launches", "launching",
                "conducted", "conduct", "conducts", "conducting", "staged", "stage", "mounted", "mount",
                "waged", "wage", "unleashed", "executed", "perpetrated", "claimed", "initiated", "began", "started"});
}

// Participles that describe where something lies, not an event, after a noun: "the countryside
// surrounding Hama", "the hills overlooking the town".
bool IsSpatialParticiple(std::string_view w) {
  return In(w, {"surrounding", "encircling", "ringing", "bordering", "overlooking", "flanking", "adjoining"});
}

// Violent families whose triggers in one clause, sharing the agent, tell one event
// ("launched airstrikes targeting a bridge").
bool IsViolentFamily(std::string_view f) {
  return !In(f, {"capture", "withdrawal", "advance", "surrender", "agreement", "displacement", "protest", "arrest",
                 "base", "change"}) &&
         !IsNonConflictFamily(f);
}

// Rank of a type's specificity when two triggers of one clause are merged: the most specific wins.
int TypeRank(std::string_view type) {
  if (In(type, {"Air/drone strike", "Shelling/artillery/missile attack", "Remote explosive/landmine/IED",
                "Suicide bomb", "Grenade", "Chemical weapon"})) {
    return 3;
  }
  if (type == "Armed clash") return 2;
  return 1;
}

// Direction words of relative place phrases ("two towns north of Homs").
bool IsDirection(std::string_view w) {
  return In(w, {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "north-east",
                "north-west", "south-east", "south-west", "northern", "southern", "eastern", "western"});
}

// The location of toponym `t` (its phrase starting at token `k`, ending before token `ke`): when the
// trigger's object is an unnamed place described relative to it ("two towns north of Homs", "villages
// near X", "the outskirts of X", "Aleppo's countryside"), the location's text is that phrase and its
// precision at least 15 km, so the named place itself is not read as the event's place.
Location RelativeLocation(const geo::Toponym& t, const std::vector<Token>& tok, size_t k, size_t ke,
                          int trigger_end, std::string_view normalized) {
  Location loc = t.location;
  if (static_cast<int>(k) < trigger_end) return loc;
  size_t from = k;
  size_t to = t.end;
  size_t j = k;
  if (j > 0 && tok[j - 1].lower == "the") --j;
  if (t.phrase_begin < t.begin) {
    from = k;
  } else if (j >= 2 && static_cast<int>(j) - 2 >= trigger_end && tok[j - 1].lower == "of" &&
             (IsDirection(tok[j - 2].lower) ||
              In(tok[j - 2].lower, {"outskirts", "countryside", "vicinity", "suburbs", "environs", "edge", "edges",
                                    "outside", "countrysides"}))) {
    from = j - 2;
  } else if (j >= 1 && static_cast<int>(j) - 1 >= trigger_end &&
             In(tok[j - 1].lower, {"near", "outside", "around", "nearby", "surrounding"})) {
    from = j - 1;
  } else if (ke + 1 < tok.size() && tok[ke].lower == "'s" &&
             In(tok[ke + 1].lower, {"countryside", "outskirts", "suburbs", "environs", "vicinity"})) {
    to = tok[ke + 1].end;
  } else {
    return loc;
  }
  const size_t b = from < tok.size() && from != k ? tok[from].begin : t.phrase_begin;
  loc.text = std::string(normalized.substr(b, to - b));
  loc.precision_km = std::max(loc.precision_km, 15.0);
  return loc;
}

// Casualty words report the toll of an event, not an event of their own when the sentence names one
// ("a bomb blast killed six people and injured 32", "were killed in clashes").
bool IsCasualtyWord(std::string_view w) {
  for (std::string_view p : {"kill", "die", "died", "dead", "injur", "wound"}) {
    if (w.substr(0, p.size()) == p) return true;
  }
  return false;
}

// Whether trigger `t` is a casualty word, passive auxiliaries skipped ("were killed", "was wounded").
bool IsCasualtyTrigger(const kb::TriggerMatch& t, const std::vector<Token>& tok) {
  int k = t.begin;
  while (k + 1 < t.end && In(tok[k].lower, {"was", "were", "been", "being", "be", "is", "are", "got", "get"})) ++k;
  return IsCasualtyWord(tok[k].lower);
}

// Weapon nouns: an event only where the sentence says they were used ("dropped barrel bombs",
// "killed with chlorine"), not where they are described ("Sarin is a nerve agent").
bool IsWeaponNoun(std::string_view w) {
  return In(w, {"sarin", "chlorine", "gas", "agent", "agents", "weapons", "weapon", "bombs", "bomb", "missiles",
                "missile", "rockets", "rocket", "mortars", "munitions", "explosives", "mustard", "chemicals",
                "launcher", "launchers", "gun", "guns", "machinegun", "machineguns", "arms", "projectile",
                "projectiles"});
}

// A word inside a list of weapons or calibres between a use verb and the weapon noun ("fired 122mm,
// 120mm and 82mm mortars", "used heavy machine guns and grenade launchers").
bool IsWeaponListWord(const Token& t) {
  if (std::any_of(t.lower.begin(), t.lower.end(), [](char c) { return c >= '0' && c <= '9'; })) return true;
  return In(t.lower, {",", "and", "mm", "-", "/", "heavy", "light", "large", "calibre", "caliber", "large-calibre",
                      "large-caliber", "automatic", "grenade", "launchers", "launcher", "machine", "guns", "gun",
                      "machineguns", "mortars", "mortar", "small", "arms", "artillery", "tanks", "tank", "anti-tank",
                      "weapons", "of", "types", "various", "unknown", "also"});
}

// Verbs of monitors counting what they saw or heard ("the mission recorded 14 explosions").
bool IsObserveWord(std::string_view w) {
  return In(w, {"observed", "recorded", "registered", "heard", "counted", "logged", "observes", "records",
                "registers", "hears", "observing", "recording"});
}

bool IsUseWord(std::string_view w) {
  return In(w, {"used", "use", "using", "uses", "dropped", "dropping", "drop", "fired", "firing", "fire", "launched",
                "launching", "deployed", "deploying", "with", "by", "hit", "struck", "rained", "lobbed", "unleashed",
                "attacked", "bombarded", "shelled", "targeted", "of", "involving"});
}

bool IsCountryFeature(std::string_view f) { return f.rfind("PCL", 0) == 0 || f == "ADM1" || f == "ADM0"; }

struct SentenceInfo {
  std::vector<Token> tokens;
  std::vector<kb::ActorMatch> actors;
  std::vector<kb::TriggerMatch> triggers;
  int paragraph = 0;
};

// Who a violent act hit, read from the head nouns of its object (or, for a passive trigger, its
// subject): armed people and military objects ("attacked an army checkpoint", "killed two soldiers")
// or civilians ("shot dead a farmer", "killed a man"). Off-duty, former or retired members of the
// forces are civilians. ACLED's line between an armed clash and an attack on civilians.
enum class Victim { kUnknown, kArmed, kCivilian };

bool IsArmedVictimNoun(std::string_view w) {
  return In(w, {"soldier", "soldiers", "troops", "trooper", "troopers", "forces", "army", "police", "policeman",
                "policemen", "policewoman", "gendarme", "gendarmes", "gendarmerie", "checkpoint", "checkpoints",
                "position", "positions", "patrol", "patrols", "base", "bases", "outpost", "outposts", "barracks",
                "convoy", "convoys", "militants", "militant", "fighters", "fighter", "militiamen", "militiaman",
                "gunmen", "rebels", "insurgents", "jihadists", "servicemen", "serviceman", "personnel", "battalion",
                "commander", "commanders", "guards", "sentries", "post", "posts", "garrison", "trenches",
                "stronghold", "strongholds", "hideout", "hideouts", "camp", "militia", "militias", "vdp",
                // Members of armed criminal groups: shooting them is gang fighting, not an attack on civilians.
                "trafficker", "traffickers", "gangster", "gangsters", "gangbanger", "extortionist",
                "extortionists", "hitman", "hitmen", "guard", "bodyguard", "bodyguards"});
}

bool IsCivilianVictimNoun(std::string_view w) {
  return In(w, {"civilian", "civilians", "villager", "villagers", "farmer", "farmers", "man", "men", "woman",
                "women", "boy", "boys", "girl", "girls", "child", "children", "person", "persons", "people",
                "resident", "residents", "driver", "drivers", "trader", "traders", "shepherd", "shepherds",
                "herder", "herders", "teacher", "teachers", "student", "students", "worker", "workers",
                "family", "families", "relative", "relatives", "passenger", "passengers", "journalist",
                "journalists", "merchant", "merchants", "shopkeeper", "sheikh", "chief", "elder", "elders",
                "businessman", "businessmen", "motorcyclist", "motorcyclists", "tailor", "fisherman",
                "fishermen", "pastor", "priest", "imam", "doctor", "nurse", "couple", "teenager", "minor",
                "minors", "youth", "youths", "wife", "husband", "son", "daughter", "brother", "mother",
                "father", "vendor", "vendors", "miner", "miners", "hunter", "hunters", "displaced", "refugees",
                "villages", "houses", "homes", "house", "home", "market", "school", "church", "mosque"});
}

// True when a clash trigger tells a fight between unorganised groups: party supporters, cadres,
// villagers, families, students, communities, fans. Such fights are ACLED's mob violence. The
// sentence must name such a group and no armed side: no armed actor on either side of the
// mention, no firearm exchange ("exchanged fire") and no armed-group noun ("gunmen", "troops").
template <typename ArmedFn>
bool IsUnorganisedFight(const std::vector<Token>& tok, const kb::TriggerMatch& tm, const EventMention& em,
                        ArmedFn armed) {
  for (const Actor& a : em.agent) if (armed(a)) return false;
  for (const Actor& a : em.target) if (armed(a)) return false;
  for (int k = tm.begin; k < tm.end; ++k) {
    if (In(tok[k].lower, {"fire", "gunfire", "shots", "battle", "battles", "fighting", "skirmish", "skirmishes"})) {
      return false;
    }
  }
  bool group = false;
  for (const Token& t : tok) {
    if (In(t.lower, {"armed", "gunmen", "militants", "militia", "militias", "militiamen", "fighters", "troops",
                     "soldiers", "forces", "rebels", "insurgents", "army", "police", "policemen", "guards",
                     "settlers", "jihadists", "terrorists", "bandits", "gangs", "gang", "gunfire", "guns",
                     "rifles", "firearms", "shoot", "shot", "shooters", "shootout", "trafficking", "traffickers",
                     "cartel", "cartels", "tribe", "tribesmen", "clan", "clans", "demonstrated", "protest",
                     "protested", "protesters"})) {
      return false;
    }
    group |= In(t.lower, {"supporters", "cadres", "activists", "members", "factions", "families", "villagers",
                          "community", "communities", "youth", "youths", "students", "individuals", "locals",
                          "relatives", "fans", "neighbours", "neighbors", "physical", "rioters", "residents",
                          "factional", "rival"});
  }
  return group;
}

Victim VictimOf(const std::vector<Token>& tok, int begin, int end, bool* off_duty_out = nullptr) {
  bool off_duty = false;
  for (int k = begin; k < end; ++k) {
    const std::string& w = tok[k].lower;
    if (In(w, {"off-duty", "former", "retired", "ex-", "unarmed", "civilian"})) off_duty = true;
    if (w == "off" && k + 2 < end && tok[k + 2].lower == "duty") off_duty = true;
    if (IsArmedVictimNoun(w)) {
      if (off_duty_out != nullptr) *off_duty_out = off_duty;
      return off_duty ? Victim::kCivilian : Victim::kArmed;
    }
    if (IsCivilianVictimNoun(w)) return Victim::kCivilian;
  }
  return Victim::kUnknown;
}

// The leader named in an apposition right after actor `a`: "A, the B-led operations room", "A (a
// B-led alliance)", "A, an operations room led by B", "A, led by B". `b` is the next actor match.
const kb::ActorEntry* LeaderInApposition(const std::vector<Token>& tok, const kb::ActorMatch& a,
                                         const kb::ActorMatch& b) {
  // State forces keep their name: "Russian troops, led by a general" are Russia's.
  if (b.actor == nullptr || b.actor->generic || b.actor == a.actor || IsStateLike(a.actor->kind)) return nullptr;
  if (a.end >= static_cast<int>(tok.size()) || !In(tok[a.end].lower, {",", "("})) return nullptr;
  if (b.begin - a.end > 8) return nullptr;
  const std::string& head = tok[b.begin].lower;
  const bool compound = b.end - b.begin == 1 && head.size() > 4 && head.compare(head.size() - 4, 4, "-led") == 0;
  const bool led_by = b.begin >= 2 && tok[b.begin - 1].lower == "by" && tok[b.begin - 2].lower == "led";
  if (!compound && !led_by) return nullptr;
  for (int k = a.end + 1; k < b.begin; ++k) {
    if (IsClauseBreak(tok[k]) && tok[k].lower != ",") return nullptr;
    if (tok[k].kind != text::TokenKind::kWord) return nullptr;
  }
  return b.actor;
}

// Counts of named (non-generic) actors in the document, for resolving generic references.
struct DocContext {
  std::map<const kb::ActorEntry*, int> counts;
  // "Fateh Mubin, the HTS-led operations room": a coalition or operations room led by a known group
  // stands for that group.
  std::map<const kb::ActorEntry*, const kb::ActorEntry*> led_by;
  std::map<const kb::ActorEntry*, size_t> first_sentence;
  const kb::ActorEntry* MainNonState(size_t before_sentence) const {
    const kb::ActorEntry* best = nullptr;
    int n = 0;
    for (const auto& [a, c] : counts) {
      if (!IsNonState(a->kind) || first_sentence.at(a) > before_sentence) continue;
      if (c > n || (c == n && best != nullptr && a->name < best->name)) {
        best = a;
        n = c;
      }
    }
    return best;
  }
  std::string MainStateCountry() const {
    std::map<std::string, int> by_country;
    for (const auto& [a, c] : counts) {
      if (a->kind == "state" && !a->country.empty()) by_country[a->country] += c;
    }
    std::string best;
    int n = 0;
    for (const auto& [k, c] : by_country) {
      if (c > n) {
        best = k;
        n = c;
      }
    }
    return best;
  }
};

}  // namespace

ExtractorImpl::ExtractorImpl(const kb::KnowledgeBase& kb, CueLexicon cues, UnitTable units)
    : kb_(kb), cues_(std::move(cues)), units_(std::move(units)) {
  for (const kb::TriggerEntry* t : kb_.triggers()) {
    if (t->family == "advance" && t->type == "Advance" && advance_entry_ == nullptr) advance_entry_ = t;
    if (t->family == "protest" && t->type == "Peaceful protest" && protest_entry_ == nullptr) protest_entry_ = t;
    if (t->family == "crime" && crime_entry_ == nullptr) crime_entry_ = t;
    if (t->family == "disrupted" && disrupted_entry_ == nullptr) disrupted_entry_ = t;
    if (t->family == "shelling" && t->type == "Shelling/artillery/missile attack" && shelling_entry_ == nullptr) {
      shelling_entry_ = t;
    }
  }
}

Result<std::unique_ptr<Extractor>> Extractor::Create(const kb::KnowledgeBase& kb, const std::string& kb_dir) {
  Result<CueLexicon> cues = CueLexicon::Load(kb_dir + "/cues.tsv");
  if (!cues.ok()) return cues.status();
  Result<UnitTable> units = UnitTable::Load(kb_dir + "/units.tsv");
  if (!units.ok()) return units.status();
  return std::unique_ptr<Extractor>(new ExtractorImpl(kb, std::move(cues).value(), std::move(units).value()));
}

std::vector<EventMention> ExtractorImpl::Extract(const Document& doc, std::string_view normalized,
                                                 const std::vector<text::Sentence>& sentences,
                                                 const std::vector<geo::Toponym>& toponyms) const {
  std::vector<EventMention> out;
  const std::string& pub = doc.published;
  CivilDate pub_date;
  const bool has_pub = ParseIsoDate(pub, &pub_date);

  // Pass 1: tokens, actors, triggers, paragraphs, actor counts.
  std::vector<SentenceInfo> info(sentences.size());
  DocContext ctx;
  int paragraph = 0;
  size_t prev_end = 0;
  for (size_t i = 0; i < sentences.size(); ++i) {
    const text::Sentence& s = sentences[i];
    if (i > 0 && s.begin <= normalized.size() && prev_end <= s.begin &&
        normalized.substr(prev_end, s.begin - prev_end).find('\n') != std::string_view::npos) {
      ++paragraph;
    }
    prev_end = s.end;
    SentenceInfo& si = info[i];
    si.paragraph = paragraph;
    si.tokens = text::Tokenize(s.text, static_cast<uint32_t>(s.begin));
    si.actors = kb_.MatchActors(si.tokens);
    si.triggers = kb_.MatchTriggers(si.tokens);
    // A protest told without a protest verb ("gathered in X to demand ..."): a synthetic trigger.
    if (protest_entry_ != nullptr &&
        std::none_of(si.triggers.begin(), si.triggers.end(), [](const kb::TriggerMatch& t) {
          return t.trigger != nullptr && !IsNonConflictFamily(t.trigger->family);
        })) {
      int crowd_subject = -1;
      for (const kb::ActorMatch& a : si.actors) {
        if (a.actor != nullptr && a.actor->kind == "protesters") {
          crowd_subject = a.end;
          break;
        }
      }
      if (auto span = FindImplicitProtest(si.tokens, crowd_subject)) {
        kb::TriggerMatch m;
        m.begin = span->first;
        m.end = span->second;
        m.trigger = protest_entry_;
        m.form = kb::TriggerForm::kPast;
        si.triggers.push_back(m);
        std::sort(si.triggers.begin(), si.triggers.end(),
                  [](const kb::TriggerMatch& a, const kb::TriggerMatch& b) { return a.begin < b.begin; });
      }
    }
    for (size_t k = 0; k < si.actors.size(); ++k) {
      const kb::ActorMatch& a = si.actors[k];
      if (a.actor == nullptr || a.actor->generic || k + 1 >= si.actors.size()) continue;
      if (const kb::ActorEntry* leader = LeaderInApposition(si.tokens, a, si.actors[k + 1]); leader != nullptr) {
        ctx.led_by.emplace(a.actor, leader);
      }
    }
    for (const kb::ActorMatch& a : si.actors) {
      if (a.actor == nullptr || a.actor->generic) continue;
      ctx.counts[a.actor]++;
      ctx.first_sentence.emplace(a.actor, i);
    }
  }
  // The article's country: the most named country among its places, else its most named state.
  std::string main_state_country;
  {
    std::map<std::string, int> by_country;
    for (const geo::Toponym& t : toponyms) {
      if (!t.location.country.empty()) by_country[t.location.country]++;
    }
    int n = 0;
    for (const auto& [c, k] : by_country) {
      if (k > n) {
        main_state_country = c;
        n = k;
      }
    }
    if (main_state_country.empty()) main_state_country = ctx.MainStateCountry();
  }

  // "#Homs": the geocoder skips hashtags; a hashtag spelling a place named elsewhere in the article
  // is that place.
  std::vector<geo::Toponym> topo_all = toponyms;
  for (size_t p = normalized.find('#'); p != std::string_view::npos; p = normalized.find('#', p + 1)) {
    size_t e = p + 1;
    while (e < normalized.size() && (std::isalnum(static_cast<unsigned char>(normalized[e])) ||
                                     normalized[e] == '-' || static_cast<unsigned char>(normalized[e]) >= 0x80)) {
      ++e;
    }
    const std::string_view word = normalized.substr(p + 1, e - p - 1);
    if (word.empty()) continue;
    const bool covered = std::any_of(topo_all.begin(), topo_all.end(),
                                     [&](const geo::Toponym& t) { return t.begin <= p + 1 && t.end > p + 1; });
    if (covered) continue;
    for (const geo::Toponym& t : toponyms) {
      if (!t.is_relative && t.location.text == word) {
        geo::Toponym h = t;
        h.begin = h.phrase_begin = p + 1;
        h.end = e;
        topo_all.push_back(h);
        break;
      }
    }
  }
  std::sort(topo_all.begin(), topo_all.end(),
            [](const geo::Toponym& a, const geo::Toponym& b) { return a.begin < b.begin; });

  // The lead's date ("Early Friday, ..."): the anchor of relative phrases ("a day after X") in
  // sentences that have no date of their own.
  std::string lead_date;
  DatePrecision lead_precision = DatePrecision::kWeek;
  for (size_t i = 0; i < sentences.size() && i < 3 && lead_date.empty(); ++i) {
    for (const DateMention& d : FindDates(sentences[i].text, pub)) {
      if (!d.date.empty() && !d.future && d.role == DateRole::kPoint) {
        lead_date = d.date;
        lead_precision = d.precision;
        break;
      }
    }
  }
  // Without a publication date, the latest fully written date of the article ("Date of publication
  // 5 October 2016", "On 5 May 2022, ...") stands in for it where only the year matters: history
  // filters ("since 2011") and the fallback date of undated mentions (week precision).
  std::string anchor = pub;
  if (!has_pub) {
    for (const text::Sentence& s : sentences) {
      for (const DateMention& d : FindDates(s.text, "")) {
        if (d.date.empty() || d.precision != DatePrecision::kDay || d.role != DateRole::kPoint) continue;
        if (d.text.find(std::to_string(d.year)) == std::string::npos) continue;
        if (d.date > anchor) anchor = d.date;
      }
    }
  }
  // Sentence index of the last mention per family group, for anaphoric "the attack".
  std::map<std::string, size_t> last_family_sentence;

  std::string carry_date, carry_text;
  DatePrecision carry_precision = DatePrecision::kDay;
  int carry_paragraph = -1;

  for (size_t si_index = 0; si_index < sentences.size(); ++si_index) {
    const text::Sentence& s = sentences[si_index];
    const SentenceInfo& si = info[si_index];
    const std::vector<Token>& tok = si.tokens;
    const size_t base = s.begin;
    if (carry_paragraph != si.paragraph) {
      carry_date.clear();
      carry_text.clear();
    }

    SentenceModality mod = cues_.Analyze(s.text, anchor);
    // Attribution refined with the kb: a known source or a party actor named in the source span.
    if (mod.source_end > mod.source_begin) {
      std::vector<Token> src;
      for (const Token& t : tok) {
        if (t.begin - base >= mod.source_begin && t.end - base <= mod.source_end) src.push_back(t);
      }
      // The longest source named wins: "the UN's World Food Programme" is the WFP.
      const std::vector<kb::SourceMatch> src_matches = kb_.MatchSources(src);
      const kb::SourceMatch* best_src = nullptr;
      for (const kb::SourceMatch& m : src_matches) {
        if (m.source != nullptr && (best_src == nullptr || m.end - m.begin > best_src->end - best_src->begin)) best_src = &m;
      }
      if (best_src != nullptr) {
        mod.attribution = best_src->source->name;
        // Official bodies that do not fight (a health ministry) report; a party's own outlet claims.
        if (best_src->source->kind == "party_media") mod.party_source = true;
      }
      for (const kb::ActorMatch& m : kb_.MatchActors(src)) {
        if (m.actor == nullptr) continue;
        // An actor inside a civil source ("the Hamas-run health ministry", "local officials") is
        // not the speaker.
        const size_t mb = src[m.begin].begin - base;
        if (std::any_of(mod.civil_sources.begin(), mod.civil_sources.end(),
                        [&](const std::pair<size_t, size_t>& c) { return mb >= c.first && mb < c.second; })) {
          continue;
        }
        if (IsStateLike(m.actor->kind) || IsNonState(m.actor->kind)) {
          mod.party_source = true;
          if (mod.attribution.empty() || mod.attribution == std::string(normalized.substr(
                                                                 src[m.begin].begin, src[m.end - 1].end - src[m.begin].begin))) {
            mod.attribution = m.actor->generic ? mod.attribution : m.actor->name;
          }
        }
        break;
      }
      if (mod.party_source && (mod.modality == "reported")) mod.modality = "claimed";
    }

    const std::vector<DateMention> dates = FindDates(s.text, pub);
    const CasualtyCounts counts = FindCasualties(s.text);
    const std::vector<Distance> distances = FindDistances(s.text, units_);

    std::vector<const geo::Toponym*> topos;
    for (const geo::Toponym& t : topo_all) {
      if (t.begin >= s.begin && t.end <= s.end) topos.push_back(&t);
    }

    // Token index of a byte offset (first token starting at or after it).
    auto token_at = [&](size_t byte) {
      size_t k = 0;
      while (k < tok.size() && tok[k].begin < byte) ++k;
      return k;
    };
    std::map<std::string, std::string> mode_of_text;  // actor surface -> air | ground | naval | ""
    auto actor_of = [&](const kb::ActorMatch& m) {
      Actor a;
      mode_of_text[std::string(normalized.substr(tok[m.begin].begin, tok[m.end - 1].end - tok[m.begin].begin))] =
          std::string(m.mode.empty() && m.actor != nullptr ? std::string_view(m.actor->mode) : m.mode);
      a.text = std::string(normalized.substr(tok[m.begin].begin, tok[m.end - 1].end - tok[m.begin].begin));
      const kb::ActorEntry* e = m.actor;
      if (e == nullptr) return a;
      if (auto led = ctx.led_by.find(e); led != ctx.led_by.end()) e = led->second;
      a.name = e->name;
      a.kind = e->kind;
      a.country = e->country;
      if (e->generic) {
        // Only a bare class noun ("rebels", "the insurgents") points at the article's main group;
        // a qualified one ("Kurdish-controlled groups", "Iran-backed militias") names another side.
        // "its fighters", "their gunmen": armed men of the group the article is about.
        const bool theirs = m.begin > 0 && In(tok[m.begin - 1].lower, {"its", "their"}) &&
                            e->kind == "unidentified" && e->mode.empty();
        if ((IsNonState(e->kind) && e->name.find(' ') == std::string::npos) || theirs) {
          if (const kb::ActorEntry* main = ctx.MainNonState(si_index); main != nullptr) {
            if (auto led = ctx.led_by.find(main); led != ctx.led_by.end()) main = led->second;
            if (theirs) a.kind = main->kind;
            a.name = main->name;
            a.country = main->country;
          }
        } else if (e->kind == "state" && e->country.empty() && !main_state_country.empty()) {
          if (const kb::ActorEntry* f = kb_.StateForces(main_state_country, e->branch.empty() ? "military" : e->branch);
              f != nullptr) {
            a.name = f->name;
            a.country = f->country;
          }
        }
      }
      return a;
    };
    auto preceded_by_preposition = [&](int begin) {
      if (begin >= 2 && tok[begin - 1].lower == "of" && IsGroupNoun(tok[begin - 2].lower)) return false;
      return begin > 0 && IsPreposition(tok[begin - 1].lower) && tok[begin - 1].lower != "by";
    };

    bool had_event = false;
    std::string sentence_date, sentence_date_text;
    DatePrecision sentence_precision = DatePrecision::kDay;
    std::vector<std::pair<std::string, std::string>> seen;  // (type, place) already emitted

    auto pick_date = [&](size_t trig_byte, bool nominal, EventMention* em) {
      // "a day after taking X", "two days after X": X is dated relative to the sentence's own date
      // (its date expression, else the paragraph's, else the lead's, else publication).
      {
        const size_t k = token_at(trig_byte + base);
        int days = 0;
        size_t first = k;
        if (k >= 3 && tok[k - 1].lower == "after" && In(tok[k - 2].lower, {"day", "days"})) {
          const std::string& n = tok[k - 3].lower;
          days = In(n, {"a", "one", "the"}) ? 1 : n == "two" ? 2 : n == "three" ? 3 : n == "four" ? 4 : 0;
          first = k - 3;
        }
        if (days > 0) {
          std::string base_date;
          DatePrecision prec = DatePrecision::kWeek;
          for (const DateMention& d : dates) {
            if (!d.date.empty() && !d.future && d.role == DateRole::kPoint) {
              base_date = d.date;
              prec = d.precision;
              break;
            }
          }
          if (base_date.empty() && !carry_date.empty()) {
            base_date = carry_date;
            prec = carry_precision;
          }
          if (base_date.empty() && !lead_date.empty()) {
            base_date = lead_date;
            prec = lead_precision;
          }
          if (base_date.empty() && has_pub) base_date = FormatIsoDate(pub_date);
          CivilDate b;
          if (ParseIsoDate(base_date, &b)) {
            em->date = FormatIsoDate(AddDays(b, -days));
            em->date_text = std::string(normalized.substr(tok[first].begin, tok[k - 1].end - tok[first].begin));
            em->date_precision = prec;
            return;
          }
        }
      }
      const DateMention* best = nullptr;
      size_t best_dist = SIZE_MAX;
      for (const DateMention& d : dates) {
        if (d.date.empty() || d.future) continue;
        if (d.role != DateRole::kPoint && d.role != DateRole::kBy) continue;
        if (auto f = FilterFor(mod, d.begin, d.end, false); f && f->kind == FilterKind::kHistory) continue;
        size_t dist = d.begin > trig_byte ? d.begin - trig_byte : trig_byte - d.begin;
        if (dist < best_dist) {
          best = &d;
          best_dist = dist;
        }
      }
      if (best != nullptr) {
        em->date = best->date;
        em->date_text = best->text;
        em->date_precision = best->role == DateRole::kBy ? DatePrecision::kWeek : best->precision;
      } else if (!carry_date.empty() && (!nominal || !has_pub)) {
        // A noun trigger without a date of its own is often background ("the capture of X"):
        // it does not inherit the previous sentence's date.
        em->date = carry_date;
        em->date_text = carry_text;
        em->date_precision = carry_precision;
      } else if (has_pub) {
        em->date = FormatIsoDate(pub_date);
        em->date_precision = DatePrecision::kWeek;
      } else if (!lead_date.empty()) {
        em->date = lead_date;
        em->date_precision = DatePrecision::kWeek;
      }
    };

    auto emit = [&](EventMention em, const std::optional<Location>& loc) {
      em.location = loc;
      std::string key_place = loc ? loc->name : "";
      for (const auto& [t, p] : seen) {
        if (t == em.type && p == key_place) return;
      }
      seen.push_back({em.type, key_place});
      if (!em.date_text.empty() && em.date_text != carry_text) {
        sentence_date = em.date;
        sentence_date_text = em.date_text;
        sentence_precision = em.date_precision;
      }
      had_event = true;
      out.push_back(std::move(em));
    };

    auto base_mention = [&](const kb::TriggerEntry* entry, int tb, int te, bool nominal) {
      EventMention em;
      em.doc = doc.id;
      em.sentence = static_cast<int>(si_index);
      em.quote = std::string(s.text);
      em.type = entry->type;
      em.plover = entry->plover;
      em.cameo = entry->cameo;
      em.modality = mod.modality;
      em.attribution = mod.attribution;
      em.trigger = std::string(normalized.substr(tok[tb].begin, tok[te - 1].end - tok[tb].begin));
      pick_date(tok[tb].begin - base, nominal, &em);
      return em;
    };

    // Violent triggers of one clause with nothing but their object between them tell one event
    // ("launched airstrikes targeting a bridge", "bombed and shelled the town"): the later ones are
    // absorbed into the first, which takes the most specific type.
    std::vector<int> absorbed_into(si.triggers.size(), -1);
    for (size_t j = 1; j < si.triggers.size(); ++j) {
      const kb::TriggerMatch& b = si.triggers[j];
      size_t i = j - 1;
      while (i > 0 && absorbed_into[i] >= 0) --i;
      if (absorbed_into[i] >= 0) continue;
      const kb::TriggerMatch& a = si.triggers[i];
      if (a.trigger == nullptr || b.trigger == nullptr || a.end > b.begin) continue;
      if (!IsViolentFamily(a.trigger->family) || !IsViolentFamily(b.trigger->family)) continue;
      // A toll ("were killed in air strikes") is not the event it reports: it absorbs nothing.
      if (IsCasualtyTrigger(a, tok)) continue;
      bool joined = b.begin - a.end <= 6;
      for (int k = a.end; k < b.begin && joined; ++k) {
        if (IsClauseBreak(tok[k]) || (In(tok[k].lower, {"-", "and", "or"}) && b.begin - a.end > 1)) joined = false;
      }
      for (const kb::ActorMatch& ac : si.actors) {
        if (ac.begin >= a.end && ac.begin < b.begin) joined = false;
      }
      if (joined) absorbed_into[j] = static_cast<int>(i);
    }

    // Whether the sentence names a violent event besides its casualty words; whether it names a
    // conflict or crowd event (what a disaster, crime or visit in the same sentence is only the
    // context of); whether it names a disaster (its casualty words are its toll).
    bool names_violence = false, names_conflict = false, names_disaster = false;
    for (const kb::TriggerMatch& t : si.triggers) {
      if (t.trigger == nullptr || IsCasualtyTrigger(t, tok)) continue;
      if (FilterFor(mod, tok[t.begin].begin - base, tok[t.end - 1].end - base, IsNominal(t, tok))) continue;
      if (t.trigger->family == "disrupted" && tok[t.begin].lower.rfind("intercept", 0) == 0 &&
          InterceptsPeople(tok, t.end, std::min<int>(tok.size(), t.end + 8))) {
        continue;
      }
      if (IsViolentFamily(t.trigger->family)) names_violence = true;
      if (In(t.trigger->family, {"disaster", "accident"})) names_disaster = true;
      const bool goods = t.trigger->family == "capture" &&
                         SeizedGoodsOf(tok, t.end, std::min<int>(tok.size(), t.end + 8)) != SeizedGoods::kNone;
      if (!IsNonConflictFamily(t.trigger->family) && !goods &&
          !In(t.trigger->family, {"displacement", "other", "change", "arrest"})) {
        names_conflict = true;
      }
    }

    for (size_t ti = 0; ti < si.triggers.size(); ++ti) {
      const kb::TriggerMatch& tm = si.triggers[ti];
      if (tm.trigger == nullptr || tm.begin < 0 || tm.end > static_cast<int>(tok.size()) || tm.begin >= tm.end) continue;
      if (absorbed_into[ti] >= 0) continue;
      if ((names_violence || names_disaster) && IsCasualtyTrigger(tm, tok) && IsViolentFamily(tm.trigger->family)) {
        // "militants killed a merchant and looted a shop": an active kill verb right after its
        // actor subject is the main event, not the toll of another.
        const bool active = tm.form == kb::TriggerForm::kPast || tm.form == kb::TriggerForm::kThird ||
                            tm.form == kb::TriggerForm::kBase;
        bool subject = false;
        for (const kb::ActorMatch& a : si.actors) {
          if (a.actor == nullptr || a.end > tm.begin || tm.begin - a.end > 2) continue;
          bool aux_only = true;
          for (int k = a.end; k < tm.begin; ++k) aux_only &= In(tok[k].lower, {"have", "has", "had", "reportedly", "also"});
          if (aux_only && a.actor->kind != "civilians") subject = true;
        }
        if (!(active && subject)) continue;
      }
      // A weapon noun is an event only where its use is told; then the use verb's subject is its agent.
      bool weapon_used = false;
      if (IsWeaponNoun(tok[tm.end - 1].lower) && tm.trigger->family != "attack" &&
          (tm.form == kb::TriggerForm::kNoun || tm.form == kb::TriggerForm::kNounPlural ||
           tm.form == kb::TriggerForm::kFixed)) {
        bool used = false;
        for (int k = std::max(0, tm.begin - 4); k < tm.begin; ++k) {
          // "armed with rifles", "equipped with grenade launchers": weapons held, not used.
          if (tok[k].lower == "with" && k > 0 &&
              In(tok[k - 1].lower, {"armed", "equipped", "supplied", "provided", "fitted", "stocked", "loaded"})) {
            continue;
          }
          if (IsUseWord(tok[k].lower)) used = true;
        }
        // Walk back over a list of weapons and calibres to its verb ("fired 122mm, 120mm and 82mm mortars").
        int k = tm.begin - 1;
        while (k >= 0 && tm.begin - k <= 14 && IsWeaponListWord(tok[k])) --k;
        if (k >= 0 && (IsUseWord(tok[k].lower) || IsObserveWord(tok[k].lower)) &&
            !(tok[k].lower == "with" && k > 0 &&
              In(tok[k - 1].lower, {"armed", "equipped", "supplied", "provided", "fitted", "stocked", "loaded"}))) {
          used = true;
        }
        // "14 shots involving small arms": weapons counted by monitors.
        if (tm.end < static_cast<int>(tok.size()) && tok[tm.end].lower == "involving") used = true;
        for (int k = tm.end; k < std::min<int>(tok.size(), tm.end + 3); ++k) {
          if (In(tok[k].lower, {"attack", "attacks", "strike", "strikes", "hit", "hits", "killed", "kills", "killing",
                                 "struck", "blast", "blasts", "explosion", "exploded", "attacker", "bombing"})) used = true;
        }
        if (!used) continue;
        // Only a use verb before the noun ("fired 82mm mortars") makes its subject the agent.
        for (int j = std::max(0, k); j < tm.begin; ++j) {
          if (IsUseWord(tok[j].lower) && !In(tok[j].lower, {"with", "by", "of", "involving"})) weapon_used = true;
        }
      }
      const kb::TriggerEntry* entry = tm.trigger;
      for (size_t j = ti + 1; j < si.triggers.size(); ++j) {
        if (absorbed_into[j] == static_cast<int>(ti) && si.triggers[j].trigger != nullptr &&
            TypeRank(si.triggers[j].trigger->type) > TypeRank(entry->type)) {
          entry = si.triggers[j].trigger;
        }
      }
      // "seized two tonnes of cocaine", "captured a weapons cache": goods seized, not a place.
      if (entry->family == "capture" && !tm.passive) {
        const SeizedGoods goods = SeizedGoodsOf(tok, tm.end, std::min<int>(tok.size(), tm.end + 8));
        if (goods == SeizedGoods::kDrugs && crime_entry_ != nullptr) entry = crime_entry_;
        if (goods == SeizedGoods::kWeapons && disrupted_entry_ != nullptr) entry = disrupted_entry_;
      }
      // "the monitors recorded 14 explosions near X": blasts counted along a front line are shelling,
      // not bombs someone planted.
      if (entry->family == "explosion" && shelling_entry_ != nullptr && !tm.passive &&
          In(tok[tm.end - 1].lower, {"explosion", "explosions", "blast", "blasts", "detonation", "detonations"})) {
        bool counted = tm.end < static_cast<int>(tok.size()) && tok[tm.end].lower == "involving";
        for (int k = std::max(0, tm.begin - 8); k < tm.begin; ++k) counted |= IsObserveWord(tok[k].lower);
        if (counted) entry = shelling_entry_;
      }
      // "intercepted and killed a suspected thief": people stopped, no weapon disrupted.
      if (entry->family == "disrupted" && tok[tm.begin].lower.rfind("intercept", 0) == 0 &&
          InterceptsPeople(tok, tm.end, std::min<int>(tok.size(), tm.end + 8))) {
        const kb::TriggerEntry* joined = nullptr;
        for (size_t j = ti + 1; j < si.triggers.size() && joined == nullptr; ++j) {
          if (absorbed_into[j] == static_cast<int>(ti)) joined = si.triggers[j].trigger;
        }
        if (joined == nullptr) continue;
        entry = joined;  // "intercepted and killed": the killing is the event
      }
      // A disaster, crime or visit in a sentence that tells a conflict or crowd event is its context
      // ("protested after a road accident", "clashed with drug smugglers during a raid").
      if (IsNonConflictFamily(entry->family) && entry->family != "claim" && names_conflict) continue;
      // "the countryside surrounding Hama": a spatial participle after a noun describes a place.
      if (IsSpatialParticiple(tok[tm.begin].lower) && tm.begin > 0 && tok[tm.begin - 1].kind == text::TokenKind::kWord &&
          !In(tok[tm.begin - 1].lower, {"are", "is", "were", "was", "be", "been", "being", "and", "after", "while",
                                        "by", "also", "now", "still", "then", "began", "started", "continued"}) &&
          std::none_of(si.actors.begin(), si.actors.end(), [&](const kb::ActorMatch& a) { return a.end == tm.begin; })) {
        continue;
      }
      // "Russian shelling", "Israeli bombing": a gerund after a country adjective is a noun, since
      // an adjective modifies no verb.
      const bool demonym_gerund = tm.form == kb::TriggerForm::kGerund && tm.begin > 0 &&
                                  !kb_.DemonymCountry(tok[tm.begin - 1].lower).empty();
      const bool nominal = !weapon_used && (demonym_gerund || IsNominal(tm, tok));
      // "assault rifles", "attack helicopters", "strike group": a trigger noun modifying a noun of
      // weapons or units names no event.
      if (tm.end < static_cast<int>(tok.size()) && tm.form != kb::TriggerForm::kPast &&
          In(tok[tm.end].lower, {"rifle", "rifles", "helicopter", "helicopters", "weapon", "weapons", "vehicle",
                                 "vehicles", "group", "groups", "unit", "units", "team", "teams", "squad", "squads",
                                 "brigade", "brigades", "boat", "boats", "ship", "ships", "aircraft", "jet", "jets",
                                 "capability", "capabilities", "craft", "submarine", "submarines", "dog", "dogs", "launcher", "launchers",
                                 "committee", "committees", "community", "movement"})) {
        continue;
      }
      const size_t tb_byte = tok[tm.begin].begin - base, te_byte = tok[tm.end - 1].end - base;
      if (FilterFor(mod, tb_byte, te_byte, nominal)) continue;
      // A trigger inside an actor name ("Operation Dawn of Freedom", "Strike Force") is no event.
      bool inside_actor = false;
      for (const kb::ActorMatch& a : si.actors) {
        if (tm.begin >= a.begin && tm.end <= a.end) inside_actor = true;
      }
      if (inside_actor) continue;

      size_t next_ti = ti + 1;
      while (next_ti < si.triggers.size() && absorbed_into[next_ti] >= 0) ++next_ti;
      const int next_trigger = next_ti < si.triggers.size() ? si.triggers[next_ti].begin : static_cast<int>(tok.size());
      const int prev_trigger = ti > 0 ? si.triggers[ti - 1].end : 0;
      int clause_end = tm.end;
      while (clause_end < next_trigger && !IsClauseBreak(tok[clause_end])) ++clause_end;

      EventMention em = base_mention(entry, tm.begin, tm.end, nominal);

      // Roles.
      std::vector<Actor> before, after_by, after, speaker;
      int before_end = -100;  // token end of the last actor in `before`
      for (const kb::ActorMatch& a : si.actors) {
        if (a.actor == nullptr) continue;
        const size_t ab = tok[a.begin].begin - base;
        // An actor inside a purpose, intention or negated clause ("to prevent civilian casualties")
        // takes no part in this event.
        if (FilterFor(mod, ab, tok[a.end - 1].end - base, false)) continue;
        if (ab >= mod.source_begin && ab < mod.source_end && mod.source_end > mod.source_begin) {
          // "HTS announced that they had captured X": the speaking party is the agent when no
          // other actor is.
          if (a.end <= tm.begin && (IsNonState(a.actor->kind) || IsStateLike(a.actor->kind))) speaker.push_back(actor_of(a));
          continue;
        }
        // "a civilian vehicle", "civilian homes": the adjective names no one.
        if (a.actor->kind == "civilians" && a.end - a.begin == 1 && tok[a.begin].lower == "civilian" &&
            a.end < static_cast<int>(tok.size()) && tok[a.end].kind == text::TokenKind::kWord &&
            !In(tok[a.end].lower, {"was", "were", "is", "are", "who", "and", "or", "had", "has", "died", "man", "men",
                                   "woman", "women", "boy", "boys", "girl", "girls", "child", "children", "driver",
                                   "farmer", "shepherd", "in", "at", "near", "from", "on", "by", "with", "killed",
                                   "wounded", "injured"})) {
          continue;
        }
        if (a.end <= tm.begin) {
          // "Hezbollah supporters", "AL activists": people of a party are a crowd, not its force.
          if (a.actor->generic && IsCrowdKind(a.actor->kind) && !before.empty() && before_end == a.begin) {
            before.back() = actor_of(a);
            before_end = a.end;
            continue;
          }
          // "Al Shabaab militants", "ADF rebels": a generic force noun right after a named actor is
          // that actor's head noun, not a second actor.
          if (a.actor->generic && !before.empty() && before_end == a.begin && a.begin > 0) continue;
          if (a.begin >= prev_trigger && !preceded_by_preposition(a.begin)) {
            before.push_back(actor_of(a));
            before_end = a.end;
          }
          if (a.begin < prev_trigger && !preceded_by_preposition(a.begin)) {
            // An actor before the previous trigger still governs a chain ("rebels entered X and took Y").
            if (before.empty()) before.push_back(actor_of(a));
            else before[0] = actor_of(a);
            before_end = a.end;
          }
        } else if (a.begin >= tm.end && a.begin < clause_end) {
          int pb = a.begin - 1;
          // "by an unknown number of armed men", "by a group of six gunmen".
          while (pb > tm.end - 1 && (In(tok[pb].lower, {"the", "a", "an", "unknown", "number", "of", "group", "groups",
                                                         "several", "some", "dozens", "two", "three", "four", "five",
                                                         "six", "seven", "eight", "nine", "ten"}) ||
                                     tok[pb].kind == text::TokenKind::kNumber)) {
            --pb;
          }
          const std::string& prev = pb >= 0 ? tok[pb].lower : tok[a.begin - 1].lower;
          const bool trigger_ends_in_to = tok[tm.end - 1].lower == "to" && pb == tm.end - 1;
          if (prev == "by" || ((prev == "to" || trigger_ends_in_to) && tm.passive)) after_by.push_back(actor_of(a));
          else after.push_back(actor_of(a));
        }
      }
      if (tm.passive) {
        if (!after_by.empty()) em.agent.push_back(after_by.front());
        if (!before.empty()) em.target.push_back(before.back());
      } else if (nominal) {
        if (!after_by.empty()) em.agent.push_back(after_by.front());
        else if (!before.empty()) {
          // "Russian airstrikes", "HTS's capture", "forces were conducting strikes": an actor close
          // before the noun is its agent; "their seizure of X" points back to the clause subject.
          const bool possessive = tm.begin > 0 && In(tok[tm.begin - 1].lower, {"their", "its", "his", "her"});
          bool broken = false, support = false;
          for (int k = std::max(before_end, 0); k < tm.begin; ++k) {
            if (IsAgentBreak(tok[k])) broken = true;
            if (k >= tm.begin - 4 && IsSupportVerb(tok[k].lower)) support = true;
          }
          // "Nine fighters were killed in U.S. air strikes": the subject of a casualty word is the
          // victim of the noun that follows it, not its agent.
          bool victim = false;
          for (int k = std::max(before_end, 0); k + 1 < tm.begin; ++k) {
            if (IsCasualtyWord(tok[k].lower) && In(tok[k + 1].lower, {"in", "by", "during", "from", "under", "after"})) {
              victim = true;
            }
          }
          if (victim) {
            em.target.push_back(before.back());
          }
          // "Russian forces fired five shots from naval artillery", "the rebels carried out a wave of
          // drone strikes": the subject's own verb, in the same clause, governs the noun however far it lies.
          bool chain = false;
          if (!victim && before_end >= 0 && tm.begin - before_end <= 12) {
            int v = before_end;
            while (v < tm.begin && In(tok[v].lower, {"have", "has", "had", "reportedly", "also", "then", "again",
                                                      "allegedly", "later", "on", "yesterday", "overnight"})) {
              ++v;
            }
            chain = v < tm.begin &&
                    ((IsUseWord(tok[v].lower) && !In(tok[v].lower, {"with", "by", "of", "involving"})) ||
                     IsSupportVerb(tok[v].lower));
            for (int k = before_end; k < tm.begin && chain; ++k) {
              if (IsClauseBreak(tok[k]) || tok[k].lower == "and") chain = false;
            }
          }
          if (!victim && (possessive || (!broken && (tm.begin - before_end <= 4 || support || chain)))) {
            em.agent.push_back(before.back());
          }
        }
        if (!after.empty() && em.target.empty()) em.target.push_back(after.front());
      } else {
        if (!before.empty()) em.agent.push_back(before.back());
        if (!after_by.empty() && em.agent.empty()) em.agent.push_back(after_by.front());
        if (!after.empty()) em.target.push_back(after.front());
      }

      // "Residents negotiated a surrender with opposition forces": civilians who negotiate are no
      // defeated side; the armed group they deal with receives the place.
      if (entry->family == "surrender") {
        if (!em.target.empty() && em.target.front().kind == "civilians") em.target.clear();
        if (em.agent.empty() && !after.empty() &&
            (IsNonState(after.front().kind) || IsStateLike(after.front().kind) || after.front().kind == "external")) {
          em.agent.push_back(after.front());
        }
      }
      // "fighting broke out between the army and rebels", "a clash between supporters of two
      // parties": the first side named is the agent, the second the target.
      if (entry->family == "clash" && em.agent.empty() && after.size() >= 2) {
        em.agent = {after[0]};
        em.target = {after[1]};
      }
      if (em.agent.empty() && !tm.passive && !speaker.empty()) em.agent.push_back(speaker.front());
      if (!em.agent.empty() && !em.target.empty() && em.agent.front().name == em.target.front().name) em.target.clear();
      // Only armed actors advance or withdraw; civilians heading somewhere are not a front line.
      if (In(entry->family, {"advance", "withdrawal"}) && !em.agent.empty() && em.agent.front().kind == "civilians") {
        continue;
      }
      // "Israeli airstrikes", "Russian shelling": a country adjective before a noun trigger names
      // that state's forces.
      if (em.agent.empty() && nominal && tm.begin > 0) {
        const std::string iso = kb_.DemonymCountry(tok[tm.begin - 1].lower);
        if (!iso.empty()) {
          if (const kb::ActorEntry* f = kb_.StateForces(iso, "military"); f != nullptr) {
            em.agent.push_back(Actor{std::string(tok[tm.begin - 1].text), f->name, f->kind, f->country});
          }
        }
      }
      // "U.S. air strikes", "Turkey's offensive": a country named right before a noun trigger is its
      // agent, whatever the place.
      if (em.agent.empty() && nominal) {
        for (const geo::Toponym* t : topos) {
          if (t->location.feature.rfind("PCL", 0) != 0) continue;
          const size_t k = token_at(t->end);
          if (static_cast<int>(k) == tm.begin ||
              (static_cast<int>(k) + 1 == tm.begin && In(tok[k].lower, {"'s", "-led", "-backed"}))) {
            if (const kb::ActorEntry* f = kb_.StateForces(t->location.country, "military"); f != nullptr) {
              em.agent.push_back(Actor{t->location.text, f->name, f->kind, f->country});
            }
          }
        }
      }
      // Civilians do not carry out air raids or shelling: a civilian group before such a noun is its
      // target ("air raids on women and children") or nobody.
      if (nominal && !em.agent.empty() && em.agent.front().kind == "civilians" && IsViolentFamily(entry->family)) {
        if (em.target.empty()) em.target.push_back(em.agent.front());
        em.agent.clear();
      }
      // "shelled the town, killing two civilians", "an air strike killed four civilians": civilians
      // counted as the toll of a strike or shelling are its target.
      if (em.target.empty() && In(entry->family, {"shelling", "airstrike", "explosion"})) {
        for (const kb::ActorMatch& a : si.actors) {
          if (a.actor == nullptr || a.actor->kind != "civilians" || a.begin < tm.end || a.begin > tm.end + 14) continue;
          bool toll = false;
          for (int k = std::max(tm.end, a.begin - 5); k < a.begin; ++k) {
            if (In(tok[k].lower, {"killing", "killed", "kills", "wounding", "wounded", "injuring", "injured", "hurt"})) toll = true;
            if (IsAgentBreak(tok[k])) toll = false;
          }
          if (toll) {
            em.target.push_back(actor_of(a));
            break;
          }
        }
      }
      // Refinements of the trigger's default type from the actors (doc/event-types.md).
      auto armed = [](const Actor& a) { return IsNonState(a.kind) || a.kind == "state" || a.kind == "external"; };
      if (entry->family == "attack" || entry->family == "kill") {
        const bool air = !em.agent.empty() && mode_of_text[em.agent.front().text] == "air";
        // "killed two soldiers with a roadside bomb", "attacked the village with mortars": the
        // weapon the sentence names tells how the violence was done.
        const kb::TriggerEntry* weapon = nullptr;
        for (const kb::TriggerMatch& w : si.triggers) {
          if (w.trigger == nullptr || !In(w.trigger->family, {"explosion", "shelling", "airstrike", "grenade", "suicide"})) {
            continue;
          }
          if (FilterFor(mod, tok[w.begin].begin - base, tok[w.end - 1].end - base, IsNominal(w, tok))) continue;
          if (weapon == nullptr || TypeRank(w.trigger->type) > TypeRank(weapon->type)) weapon = w.trigger;
        }
        // "attacked a convoy with mines", "carried out a mine attack", "ambushed with explosives".
        bool explosive = false;
        bool mortar_mine = false;  // "using 120mm mines": mortar rounds
        for (size_t k = 0; k < tok.size(); ++k) {
          if (!In(tok[k].lower, {"mine", "mines", "landmine", "landmines", "explosive", "explosives", "ied", "ieds"})) continue;
          // "120mm mines", "mortar mines": translated reports call mortar rounds mines; that is shelling.
          if (k > 0 && In(tok[k].lower, {"mine", "mines"}) &&
              (tok[k - 1].lower == "mortar" || tok[k - 1].lower == "mm" ||
               std::any_of(tok[k - 1].lower.begin(), tok[k - 1].lower.end(), [](char c) { return c >= '0' && c <= '9'; }))) {
            mortar_mine = true;
            continue;
          }
          if (k + 1 < tok.size() && In(tok[k + 1].lower, {"attack", "attacks", "blast", "blasts"})) explosive = true;
          for (size_t j = k >= 3 ? k - 3 : 0; j < k; ++j) explosive |= In(tok[j].lower, {"with", "using", "planted", "laid"});
        }
        // Who was hit: the trigger's object, or the subject of a passive trigger.
        Victim victim = Victim::kUnknown;
        bool off_duty = false;  // "an off-duty soldier": a member of the forces hit as a civilian
        if (tm.passive) {
          int from = tm.begin;
          while (from > 0 && tm.begin - from < 10 && !IsClauseBreak(tok[from - 1])) --from;
          victim = VictimOf(tok, from, tm.begin, &off_duty);
        }
        if (victim == Victim::kUnknown) victim = VictimOf(tok, tm.end, std::min<int>(clause_end, tm.end + 12), &off_duty);
        // "raided the village, killing nine villagers": the toll clause after the act names who was hit.
        if (victim == Victim::kUnknown) {
          for (int k = tm.end; k < static_cast<int>(tok.size()) && k < tm.end + 16; ++k) {
            if (IsAgentBreak(tok[k])) break;
            if (In(tok[k].lower, {"killing", "wounding", "injuring"})) {
              victim = VictimOf(tok, k + 1, std::min<int>(static_cast<int>(tok.size()), k + 8), &off_duty);
              break;
            }
          }
        }
        // A clash word elsewhere in the sentence ("clashing with", "exchanged fire", "a shootout").
        bool clash_told = false;
        for (const kb::TriggerMatch& w : si.triggers) {
          if (w.trigger == nullptr || w.trigger->family != "clash") continue;
          if (!FilterFor(mod, tok[w.begin].begin - base, tok[w.end - 1].end - base, IsNominal(w, tok))) clash_told = true;
        }
        if (weapon == nullptr && mortar_mine) weapon = shelling_entry_;
        if (weapon == nullptr && explosive) {
          em.type = "Remote explosive/landmine/IED";
        } else if (weapon != nullptr) {
          em.type = weapon->type;
          em.plover = weapon->plover;
          em.cameo = weapon->cameo;
        } else if (air) {
          em.type = "Air/drone strike";
        } else if (!em.agent.empty() && In(em.agent.front().kind, {"civilians", "protesters", "rioters"})) {
          // "a mob beat a suspected thief", "villagers lynched a man": a crowd's violence is mob violence.
          em.type = "Mob violence";
        } else if (victim == Victim::kCivilian &&
                   (em.target.empty() || em.target.front().kind == "civilians" || off_duty)) {
          // "gunmen shot dead a farmer", "militants killed a driver": violence against civilians.
          em.type = entry->type == "Sexual violence" ? entry->type : "Attack";
        } else if (victim == Victim::kArmed && (em.agent.empty() || armed(em.agent.front()) ||
                                                em.agent.front().kind == "unidentified")) {
          // "attacked an army checkpoint", "ambushed a police patrol": fighting with armed forces.
          em.type = "Armed clash";
        } else if (clash_told) {
          // "conducted an assault, clashing with Ukrainian forces": the sentence tells a fight.
          em.type = "Armed clash";
        } else if (!em.target.empty() &&
                   ((armed(em.target.front()) &&
                     (em.agent.empty() || armed(em.agent.front()) || em.agent.front().kind == "unidentified")) ||
                    (em.target.front().kind == "unidentified" && !em.agent.empty() && armed(em.agent.front())))) {
          // Gunmen who fire on soldiers fight them, and so do troops firing on gunmen: violence
          // against armed forces, by whomever, is a clash ("a soldier was shot dead").

          em.type = "Armed clash";
        } else if (em.target.empty() && !em.agent.empty() && IsNonState(em.agent.front().kind) &&
                   entry->type == "Attack") {
          // A rebel or jihadist group's assault with no civilian target is fighting with the forces
          // holding the place ("the assault on Homs"), not violence against civilians.
          em.type = "Armed clash";
        }
      }
      if (entry->family == "clash" && !em.agent.empty() &&
          In(em.agent.front().kind, {"civilians", "protesters", "rioters"})) {
        // "students fought with police", "rioters clashed with soldiers": a crowd fighting riots.
        em.type = "Mob violence";
      } else if (entry->family == "clash" && IsUnorganisedFight(tok, tm, em, armed)) {
        // "supporters of two parties clashed", "two families fought over land": a fight between
        // unorganised groups, with no armed organisation on either side, is mob violence.
        em.type = "Mob violence";
      } else if (entry->family == "clash" && tok[tm.begin].lower.rfind("ambush", 0) == 0 && !tm.passive &&
                 VictimOf(tok, tm.end, std::min<int>(clause_end, tm.end + 12)) == Victim::kCivilian &&
                 (em.target.empty() || em.target.front().kind == "civilians")) {
        // "gunmen ambushed a tribal elder and killed him": an ambush of civilians is an attack.
        em.type = "Attack";
        em.plover = "ASSAULT";
      }
      if (entry->family == "displacement") {
        // "Troops fled the town": armed forces fleeing withdraw.
        const Actor* who = !em.target.empty() ? &em.target.front() : !em.agent.empty() ? &em.agent.front() : nullptr;
        if (who != nullptr && armed(*who)) {
          Actor a = *who;
          em.type = "Withdrawal";
          em.agent = {a};
          em.target.clear();
        }
      }
      // An explosion or fire with no attacker in a sentence that says it was an accident ("a gas
      // cylinder exploded", "a boiler blast at a factory") is a man-made disaster, not a bombing.
      if (In(entry->family, {"explosion", "attack"}) && em.agent.empty() && HasAccidentCue(tok) &&
          !In(em.type, {"Air/drone strike", "Shelling/artillery/missile attack", "Suicide bomb", "Grenade"})) {
        em.type = "Man-made disaster";
        em.plover.clear();
        em.cameo.clear();
      }
      // Non-state armed groups do not arrest: their detentions are abductions ("the militia detained
      // three men"); state forces arrest.
      if (entry->family == "arrest" && !em.agent.empty() && IsNonState(em.agent.front().kind)) {
        em.type = "Abduction/forced disappearance";
      }
      // "fired artillery and clashed with the army": shelling told within a fight is the fight.
      if (entry->family == "shelling" && !nominal) {
        for (const kb::TriggerMatch& w : si.triggers) {
          if (w.trigger == nullptr || w.trigger->family != "clash" || &w == &tm) continue;
          if (!FilterFor(mod, tok[w.begin].begin - base, tok[w.end - 1].end - base, IsNominal(w, tok))) {
            em.type = "Armed clash";
            em.plover = "FIGHT";
          }
        }
      }
      // Capture family: who took it decides the ACLED type.
      if (entry->family == "capture" || entry->family == "surrender") {
        const std::string agent_kind = em.agent.empty() ? "" : em.agent.front().kind;
        if (entry->family == "surrender" || mod.peaceful_transfer) {
          em.type = "Non-violent transfer of territory";
        } else if (IsStateLike(agent_kind)) {
          em.type = "Government regains territory";
        } else {
          em.type = "Non-state actor overtakes territory";
        }
      }
      kb::IsKnownEventType(em.type, &em.event_type);

      // Numbers.
      const bool violent = !In(entry->family, {"capture", "withdrawal", "advance", "surrender", "agreement",
                                               "displacement", "protest", "arrest", "base", "change"});
      if (violent) {
        em.fatalities = counts.killed;
        em.injured = counts.injured;
      }
      if (entry->family == "displacement") em.displaced = counts.displaced;
      const size_t clause_end_byte = clause_end < static_cast<int>(tok.size()) ? tok[clause_end].begin - base : s.text.size();
      for (const Distance& d : distances) {
        if ((d.begin >= tb_byte && d.begin < clause_end_byte) || entry->family == "advance") {
          em.distance_km = d.km;
          break;
        }
      }

      // Places: the object list after the trigger, else the nearest toponym before it in its clause.
      std::vector<const geo::Toponym*> places;
      const bool skip_destinations = entry->family == "withdrawal" || entry->family == "displacement";
      bool in_destination = false;
      auto filtered_place = [&](const geo::Toponym* t) {
        return FilterFor(mod, t->begin - base, t->end - base, false).has_value();
      };
      for (const geo::Toponym* t : topos) {
        const size_t k = token_at(t->phrase_begin);
        if (static_cast<int>(k) < tm.end || static_cast<int>(k) >= clause_end) continue;
        if (filtered_place(t)) continue;
        if (skip_destinations && k > 0) {
          if (In(tok[k - 1].lower, {"toward", "towards", "to", "into"})) {
            in_destination = true;
            continue;
          }
          if (in_destination && In(tok[k - 1].lower, {"and", "or", ","})) continue;
          in_destination = false;
        }
        // After the object, only places coordinated with it ("Rastan and Talbiseh") are further
        // objects; a place in a modifier ("the bridge over the Orontes River", "a town in Hama
        // province") only describes the first.
        if (!places.empty()) {
          size_t j = token_at(places.back()->end);
          bool coordinated = k >= j && k - j <= 4;
          bool has_coordinator = false;
          for (; coordinated && j < k; ++j) {
            if (In(tok[j].lower, {",", "and", "or"})) has_coordinator = true;
            else if (!In(tok[j].lower, {"the", "city", "town", "village", "of", "as", "well"})) coordinated = false;
          }
          if (!coordinated || !has_coordinator) continue;
        }
        places.push_back(t);
      }
      // A list continues past commas: "Rastan, Talbiseh and Dar al-Kabira".
      if (!places.empty()) {
        for (const geo::Toponym* t : topos) {
          const size_t k = token_at(t->phrase_begin);
          if (static_cast<int>(k) < clause_end || static_cast<int>(k) >= next_trigger) continue;
          if (k > 0 && (tok[k - 1].lower == "," || tok[k - 1].lower == "and")) {
            const size_t prev_end_tok = token_at(places.back()->end);
            if (k - prev_end_tok <= 2) places.push_back(t);
          }
        }
      }
      if (places.empty()) {
        for (auto it = topos.rbegin(); it != topos.rend(); ++it) {
          const size_t k = token_at((*it)->end);
          if (static_cast<int>(k) > tm.begin) continue;
          // A place inside the attribution ("Russia has said ...") is the speaker, not the scene.
          if (mod.source_end > mod.source_begin && (*it)->begin - base >= mod.source_begin &&
              (*it)->begin - base < mod.source_end) {
            continue;
          }
          // "U.S. strikes", "Turkey's offensive": a country right before a noun trigger names who
          // acted, not where.
          const bool country = (*it)->location.feature.rfind("PCL", 0) == 0;
          if (country && nominal &&
              (static_cast<int>(k) == tm.begin ||
               (static_cast<int>(k) + 1 == tm.begin && In(tok[k].lower, {"'s", "-led", "-backed"})))) {
            if (em.agent.empty()) {
              if (const kb::ActorEntry* f = kb_.StateForces((*it)->location.country, "military"); f != nullptr) {
                em.agent.push_back(Actor{(*it)->location.text, f->name, f->kind, f->country});
              }
            }
            continue;
          }
          bool broken = false;
          for (size_t j = k; j < static_cast<size_t>(tm.begin); ++j) {
            if (IsClauseBreak(tok[j]) && !(tm.passive && In(tok[j].lower, {",", "which"}))) broken = true;
          }
          if (!broken && static_cast<int>(token_at((*it)->phrase_begin)) >= prev_trigger) {
            places.push_back(*it);
            break;
          }
        }
      }
      // Prefer towns over the countries they lie in.
      if (std::any_of(places.begin(), places.end(), [](const geo::Toponym* t) { return !IsCountryFeature(t->location.feature); })) {
        places.erase(std::remove_if(places.begin(), places.end(),
                                    [](const geo::Toponym* t) { return IsCountryFeature(t->location.feature); }),
                     places.end());
      }
      // Territory changes only in a place smaller than a country: "launched an offensive", "the
      // conflict entering a new phase", "an offensive in Syria" are no front-line events.
      // A capture, withdrawal or surrender whose object is a place noun ("captured the last village
      // on the outskirts") is kept without a named place.
      bool place_object = false;
      if (In(entry->family, {"capture", "withdrawal", "surrender"})) {
        for (int k = tm.end; k < clause_end && k < tm.end + 6; ++k) {
          if (In(tok[k].lower, {"village", "villages", "town", "towns", "city", "airport", "airbase", "base", "bases",
                                "position", "positions", "hill", "hills", "checkpoint", "checkpoints", "district",
                                "districts", "neighbourhood", "neighborhood", "neighbourhoods", "neighborhoods",
                                "outpost", "outposts", "barracks", "crossing", "bridge", "dam", "port", "airfield"})) {
            place_object = true;
          }
        }
      }
      if (!place_object && In(entry->family, {"capture", "withdrawal", "advance", "surrender"}) &&
          std::all_of(places.begin(), places.end(), [](const geo::Toponym* t) {
            return t->location.feature.rfind("PCL", 0) == 0 || t->location.feature == "ADM0";
          })) {
        continue;
      }
      const bool own_date = !em.date_text.empty() && em.date_text != carry_text;
      // "the army is using heavy weapons and airstrikes to halt the advance": a habitual use with no
      // place or date of its own is no event.
      if (nominal && IsViolentFamily(entry->family) && places.empty() && !own_date && IsHabitualUse(tok, tm.begin)) {
        continue;
      }
      // A headline names its event with a place; a placeless headline trigger is a topic word.
      if (si_index == 0 && !doc.title.empty() && places.empty()) continue;
      // Casualty words that report no event of their own (doc/event-types.md, round 3).
      if (IsCasualtyTrigger(tm, tok) && IsViolentFamily(entry->family)) {
        // Noun or adjective use: "the wounded", "those killed", "number of wounded", "wounded children".
        const int k0 = tm.begin;
        const bool bare = tm.form != kb::TriggerForm::kPassive && !tm.passive;
        if (bare && k0 > 0 && In(tok[k0 - 1].lower, {"the", "those", "of", "among", "many", "other", "their", "his",
                                                      "her", "its", "for"})) {
          continue;
        }
        if (bare && std::any_of(si.actors.begin(), si.actors.end(),
                                [&](const kb::ActorMatch& a) { return a.begin == tm.end; }) &&
            tm.form != kb::TriggerForm::kPast) {
          continue;
        }
        // A cumulative toll: "have been killed since 2011", "the war has killed 300,000", tolls in the
        // thousands.
        bool cumulative = counts.killed.value_or(0) >= 1000;
        for (const Token& t : tok) {
          if (In(t.lower, {"since", "war", "conflict", "war's", "conflict's", "uprising", "revolution"})) cumulative = true;
        }
        if (cumulative) continue;
        // The toll of an event told just before ("Two policemen were killed in the incident."): no
        // new mention; its count completes that event's.
        if (places.empty() && !own_date && (em.agent.empty() || em.agent.front().kind == "civilians")) {
          EventMention* prev = nullptr;
          for (auto it = out.rbegin(); it != out.rend(); ++it) {
            if (it->doc != doc.id || it->sentence < 0) break;
            const size_t ps = static_cast<size_t>(it->sentence);
            if (ps + 2 < si_index || info[ps].paragraph != si.paragraph) break;
            if (it->event_type == "Battles" || it->event_type == "Explosions/Remote violence" ||
                it->event_type == "Violence against civilians") {
              prev = &*it;
              break;
            }
          }
          if (prev != nullptr || si_index > 0) {
            if (prev != nullptr && !prev->fatalities && em.fatalities) prev->fatalities = em.fatalities;
            if (prev != nullptr && !prev->injured && em.injured) prev->injured = em.injured;
            continue;
          }
        }
      }
      // "fighting" is an event where the sentence places or dates it: not "the fighting has
      // displaced", "years of fighting", "forces fighting IS", "to escape fighting".
      if (entry->family == "clash" && (tok[tm.begin].lower == "fighting" || tok[tm.begin].lower == "fight")) {
        const std::string& prev = tm.begin > 0 ? tok[tm.begin - 1].lower : std::string();
        const bool modifier = std::any_of(si.actors.begin(), si.actors.end(),
                                          [&](const kb::ActorMatch& a) { return a.end == tm.begin; }) ||
                              In(prev, {"force", "forces", "groups", "group", "factions", "men", "units", "coalition",
                                        "alliance", "soldiers", "troops", "fighters", "parties", "states", "sides"});
        const bool background = In(prev, {"of", "escape", "escaping", "flee", "fleeing", "fled", "by", "from", "on",
                                          "to", "halt", "end", "stop", "avoid"});
        if (modifier || background || (places.empty() && !own_date)) continue;
      }
      // An agreement noun ("ceasefire", "truce") is an event only where the sentence says it was
      // made or took effect ("announced a three-day truce", "the truce came into effect"), not where
      // an existing one is named ("the collapse of the ceasefire", "despite a truce").
      if (entry->family == "agreement" &&
          (tm.form == kb::TriggerForm::kNoun || tm.form == kb::TriggerForm::kNounPlural)) {
        bool made = false;
        for (int k = std::max(0, tm.begin - 5); k < tm.begin; ++k) {
          const std::string& w = tok[k].lower;
          for (std::string_view v : {"agree", "sign", "reach", "announc", "declar", "broker", "struck", "seal",
                                     "conclud", "negotiat", "mediat", "accept"}) {
            if (w.rfind(v, 0) == 0) made = true;
          }
          if (IsClauseBreak(tok[k])) made = false;
        }
        for (int k = tm.end; k < std::min<int>(tok.size(), tm.end + 4); ++k) {
          const std::string& w = tok[k].lower;
          if (In(w, {"came", "comes", "took", "takes", "went", "entered", "enters"}) ||
              (In(w, {"was", "were", "is", "has", "had", "been"}) && k + 1 < static_cast<int>(tok.size()) &&
               In(tok[k + 1].lower, {"agreed", "signed", "reached", "announced", "declared", "brokered", "been"}))) {
            made = true;
          }
        }
        if (!made) continue;
      }
      // "the attack", "these strikes" with no place or date of their own, right after a mention of
      // the same kind, refer back to it.
      const std::string group = IsViolentFamily(entry->family) ? "violent" : entry->family;
      if (nominal && places.empty() && tm.begin > 0 &&
          In(tok[tm.begin - 1].lower, {"the", "this", "that", "these", "those", "such"}) &&
          (em.date_text.empty() || em.date_text == carry_text)) {
        auto it = last_family_sentence.find(group);
        if (it != last_family_sentence.end()) continue;  // any earlier mention of the kind in the article
      }
      last_family_sentence[group] = si_index;
      // The scene of the sentence: with no place in the trigger's clause, the first town the
      // sentence sets with a locative preposition ("On 5 May, in Kalo (Djugu, Ituri), gunmen ...",
      // "staged a protest, in Mohali town") is where the event happened. Countries are too coarse.
      // Else the first town the sentence names anywhere, else its first province ("in Shutul
      // district, Panjshir" where the district is unknown to the gazetteer).
      if (places.empty() && !(si_index == 0 && !doc.title.empty())) {
        const geo::Toponym* any_town = nullptr;
        const geo::Toponym* province = nullptr;
        for (const geo::Toponym* t : topos) {
          const size_t k = token_at(t->phrase_begin);
          if (filtered_place(t) || t->location.feature.rfind("PCL", 0) == 0 || t->location.feature == "ADM0") continue;
          if (mod.source_end > mod.source_begin && t->begin - base >= mod.source_begin &&
              t->begin - base < mod.source_end) {
            continue;
          }
          if (IsCountryFeature(t->location.feature)) {
            if (province == nullptr) province = t;
            continue;
          }
          if (any_town == nullptr) any_town = t;
          if (k == 0 || !In(tok[k - 1].lower, {"in", "at", "near", "outside", "around", "inside", "of"})) continue;
          // "the village of X", "the town of X": "of" is locative only after a place noun.
          if (tok[k - 1].lower == "of" &&
              (k < 2 || !In(tok[k - 2].lower, {"village", "town", "city", "district", "municipality", "area",
                                               "outskirts", "vicinity", "region", "province", "county"}))) {
            continue;
          }
          places.push_back(t);
          break;
        }
        if (places.empty() && any_town != nullptr) places.push_back(any_town);
        if (places.empty() && province != nullptr) places.push_back(province);
      }
      if (places.empty()) {
        emit(em, std::nullopt);
      } else {
        for (const geo::Toponym* t : places) {
          // A subject place given relative to another ("Homs lies 25 miles south of Hama, which fell
          // ...") is the named place itself: take its unshifted reading from elsewhere in the article.
          const size_t k = token_at(t->phrase_begin);
          if (t->is_relative && static_cast<int>(k) < tm.end) {
            for (const geo::Toponym& o : topo_all) {
              if (!o.is_relative && o.location.geonames_id == t->location.geonames_id) {
                Location loc = o.location;
                loc.text = t->location.text;
                emit(em, loc);
                goto next_place;
              }
            }
          }
          emit(em, RelativeLocation(*t, tok, k, token_at(t->end), tm.end, normalized));
        next_place:;
        }
      }
    }

    // The proximity rule: "<armed actor> are (now) within 5 km of X" / "six miles away from X".
    if (advance_entry_ != nullptr && !distances.empty()) {
      for (const Distance& d : distances) {
        const size_t k = token_at(d.begin + base);
        size_t ke = token_at(d.end + base);
        // "(three miles)": a conversion in brackets is skipped.
        if (ke < tok.size() && tok[ke].lower == "(") {
          while (ke < tok.size() && tok[ke].lower != ")") ++ke;
          if (ke < tok.size()) ++ke;
        }
        // <subject> are|is|were|was [now|just|only|approximately|about|roughly|some|within]* <distance>
        size_t j = k;
        while (j > 0 && In(tok[j - 1].lower, {"now", "just", "only", "approximately", "about", "roughly", "some",
                                              "within", "barely", "less", "than", "around", "nearly"})) {
          --j;
        }
        if (j == 0 || !In(tok[j - 1].lower, {"are", "is", "were", "was", "reached", "came", "got"})) continue;
        const size_t be = j - 1;
        bool toward = false;
        size_t after = ke;
        while (after < tok.size() && after < ke + 3 && In(tok[after].lower, {"away", "from", "of", "outside", "short"})) {
          toward = true;
          ++after;
        }
        if (!toward) continue;
        if (FilterFor(mod, d.begin, d.end, false)) continue;
        const kb::ActorMatch* subject = nullptr;
        for (const kb::ActorMatch& a : si.actors) {
          if (a.actor == nullptr || a.end > static_cast<int>(be)) continue;
          if (preceded_by_preposition(a.begin) || !(IsNonState(a.actor->kind) || a.actor->kind == "state")) continue;
          // The actor is the subject, or "they"/"it" right before the verb points back to it.
          const bool adjacent = a.end == static_cast<int>(be) ||
                                (a.end + 1 == static_cast<int>(be) && tok[a.end].lower == "now");
          const bool pronoun = be > 0 && In(tok[be - 1].lower, {"they", "it"});
          if (adjacent || pronoun) subject = &a;
        }
        if (subject == nullptr) continue;
        EventMention em = base_mention(advance_entry_, static_cast<int>(k), static_cast<int>(std::min(ke, tok.size())), false);
        em.trigger = std::string(normalized.substr(d.begin + base, d.end - d.begin));
        em.type = advance_entry_->type;
        kb::IsKnownEventType(em.type, &em.event_type);
        em.agent.push_back(actor_of(*subject));
        em.distance_km = d.km;
        // The place: a toponym right after "of"/"from", else (for "the city") the latest town named
        // before it in this sentence or the previous one.
        std::optional<Location> loc;
        for (const geo::Toponym* t : topos) {
          const size_t tk = token_at(t->begin);
          if (tk >= after && tk <= after + 1) {
            loc = t->location;
            break;
          }
        }
        if (!loc) {
          for (const geo::Toponym& t : topo_all) {
            if (t.end <= d.begin + base && (si_index == 0 || t.begin >= sentences[si_index - 1].begin) &&
                !IsCountryFeature(t.location.feature)) {
              loc = t.location;
            }
          }
        }
        emit(em, loc);
        break;
      }
    }

    if (!sentence_date.empty()) {
      carry_date = sentence_date;
      carry_text = sentence_date_text;
      carry_precision = sentence_precision;
      carry_paragraph = si.paragraph;
    } else if (carry_paragraph != si.paragraph) {
      carry_paragraph = si.paragraph;
    }
    (void)had_event;
  }

  // Crowd events (doc/event-types.md, "Crowd events"): a demonstration's or a riot's outcome is
  // read from its whole paragraph; its agent is the crowd.
  std::vector<std::vector<CrowdWord>> crowd_words(sentences.size());
  for (size_t i = 0; i < sentences.size(); ++i) {
    const SentenceInfo& si = info[i];
    Doer doer = Doer::kNone;
    int doer_at = -1;
    size_t next_actor = 0;
    for (int k = 0; k < static_cast<int>(si.tokens.size()); ++k) {
      while (next_actor < si.actors.size() && si.actors[next_actor].end <= k) {
        const kb::ActorMatch& a = si.actors[next_actor++];
        if (a.actor == nullptr) continue;
        const std::string& kind = a.actor->kind;
        doer = IsStateLike(kind) ? Doer::kForces
               : In(kind, {"civilians", "protesters", "rioters"}) ? Doer::kCrowd
               : In(kind, {"organisation"}) ? doer
                                            : Doer::kArmed;
        doer_at = a.end - 1;
      }
      crowd_words[i].push_back(CrowdWord{si.tokens[k].lower, doer, doer_at});
    }
  }
  auto paragraph_words = [&](int paragraph) {
    std::vector<std::vector<CrowdWord>> p;
    for (size_t i = 0; i < sentences.size(); ++i) {
      if (info[i].paragraph == paragraph) p.push_back(crowd_words[i]);
    }
    return p;
  };
  auto crowd_rank = [](std::string_view type) {
    return type == "Peaceful protest" ? 1
           : type == "Protest with intervention" ? 2
           : type == "Excessive force against protesters" ? 3
           : (type == "Violent demonstration" || type == "Mob violence") ? 4
                                                                         : 0;
  };
  // The crowd as agent: "Protesters (India)", "Rioters (Uganda)"; the forces they faced, if they
  // were the agent, become the target.
  auto crowd_roles = [&](EventMention* m) {
    const bool riot = m->event_type == "Riots";
    std::string iso = m->location && !m->location->country.empty() ? m->location->country : main_state_country;
    const std::string country = iso.empty() ? std::string() : kb_.CountryName(iso);
    Actor crowd;
    crowd.kind = riot ? "rioters" : "protesters";
    crowd.name = std::string(riot ? "Rioters" : "Protesters") + (country.empty() ? "" : " (" + country + ")");
    crowd.country = iso;
    crowd.text = riot ? "rioters" : "protesters";
    if (!m->agent.empty()) {
      const Actor& a = m->agent.front();
      if (In(a.kind, {"civilians", "protesters", "rioters"})) {
        crowd.text = a.text;
      } else if (!riot || m->type == "Violent demonstration") {
        if (m->target.empty()) m->target.push_back(a);
      } else if (m->type == "Mob violence" && m->target.empty()) {
        m->target.push_back(a);
      }
    }
    m->agent = {crowd};
  };
  for (EventMention& m : out) {
    const int r = crowd_rank(m.type);
    if (r == 0 || m.sentence < 0 || static_cast<size_t>(m.sentence) >= sentences.size()) continue;
    const std::string t = ClassifyCrowd(paragraph_words(info[m.sentence].paragraph));
    if (crowd_rank(t) > r) {
      m.type = t;
      kb::IsKnownEventType(m.type, &m.event_type);
    }
    crowd_roles(&m);
  }
  // Roles that the event type itself implies when the sentence leaves them unsaid. Violence against
  // civilians (an attack, an abduction, sexual violence) and the looting or burning of property hit
  // civilians unless a target is named ("a man was shot dead", "houses were set on fire"); an attack
  // on civilians whose author is not named ("a man was shot dead") is the work
  // of an unidentified armed group. Both take the country below.
  for (EventMention& m : out) {
    if (m.target.empty() && In(m.type, {"Attack", "Abduction/forced disappearance", "Sexual violence",
                                        "Looting/property destruction"})) {
      m.target.push_back(Actor{"", "Civilians", "civilians", ""});
    }
    if (m.agent.empty() && m.type == "Attack") {
      m.agent.push_back(Actor{"", "Unidentified armed group", "unidentified", ""});
    }
  }
  // Unnamed armed men and gangs take the country of the place they acted in: "Unidentified Armed
  // Group (Mexico)", "Unidentified Gang (Brazil)"; so do civilians: "Civilians (Myanmar)".
  for (EventMention& m : out) {
    const std::string iso = m.location && !m.location->country.empty() ? m.location->country : main_state_country;
    const std::string country = iso.empty() ? std::string() : kb_.CountryName(iso);
    if (country.empty()) continue;
    for (std::vector<Actor>* side : {&m.agent, &m.target}) {
      for (Actor& a : *side) {
        if (!In(a.kind, {"unidentified", "militia", "civilians"}) || a.name.find('(') != std::string::npos) continue;
        if (a.name == "Civilians") a.name = "Civilians (" + country + ")";
        else if (a.name == "Unidentified armed group") a.name = "Unidentified Armed Group (" + country + ")";
        else if (a.name == "Unidentified Gang") a.name = "Unidentified Gang (" + country + ")";
        else if (a.name == "Unidentified Tribal Militia") a.name = "Unidentified Tribal Militia (" + country + ")";
        // "Fulani herdsmen", "Nuer youths": an ethnic militia is named for its community and country,
        // "Fulani Communal Militia (Nigeria)".
        else if (a.name.size() > 17 && a.name.compare(a.name.size() - 17, 17, " Communal Militia") == 0) {
          a.name += " (" + country + ")";
        }
        else continue;
        if (a.country.empty()) a.country = iso;
      }
    }
  }
  return out;
}

}  // namespace sitrep::extract
