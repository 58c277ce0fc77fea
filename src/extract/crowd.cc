#include "extract/crowd.h"

#include <initializer_list>

namespace sitrep::extract {
namespace {

bool In(std::string_view w, std::initializer_list<std::string_view> set) {
  for (std::string_view s : set) {
    if (w == s) return true;
  }
  return false;
}

bool StartsWith(std::string_view w, std::initializer_list<std::string_view> stems) {
  for (std::string_view s : stems) {
    if (w.substr(0, s.size()) == s) return true;
  }
  return false;
}

// Violence done by a crowd: stones, vandalism, arson, looting, lynching, beating, fighting.
bool IsCrowdViolence(std::string_view w) {
  return In(w, {"stones", "stone", "rocks", "pelted", "pelting", "torched", "torching", "ransacked", "ransacking",
                "looted", "looting", "smashed", "smashing", "lynched", "lynching", "lynch", "burned", "burnt",
                "damaged", "damaging", "destroyed", "clashed", "clash", "clashes", "clashing", "attacked",
                "attacking", "assaulted", "assaulting", "beat", "beaten", "beating", "stabbed", "hurled",
                "hurling", "threw", "throwing", "molotov", "stormed", "storming", "rioted", "rioting", "rampage",
                "killed", "injured", "wounded", "hacked", "thrashed", "manhandled", "scuffled", "scuffle",
                "torch", "arson", "ablaze", "tires", "tyres", "barricaded", "brawl", "brawls", "fistfight",
                "kidnapped", "sandbags", "logs", "stumps", "boulders"}) ||
         StartsWith(w, {"vandali", "vandalis", "vandaliz", "set fire", "firebomb", "petrol-bomb"});
}

// What forces do to stop a demonstration short of lethal force.
bool IsIntervention(std::string_view w) {
  return In(w, {"dispersed", "disperse", "dispersing", "arrested", "arrest", "arresting", "arrests", "detained",
                "detaining", "detain", "teargas", "tear-gas", "batons", "baton", "baton-charged", "lathi-charged",
                "lathicharged", "lathi-charge", "lathicharge", "removed", "evicted", "evict", "cleared", "kettled",
                "intervened", "intervene", "prevented", "stopped", "blocked", "beat", "beaten", "injured",
                "wounded", "rounded", "apprehended", "forcibly", "pepper", "water-cannon"});
}

// Lethal force.
bool IsLethal(std::string_view w) { return In(w, {"killed", "dead", "death", "ammunition", "live", "fatally"}); }

// Words that tell a demonstration is going on.
bool IsDemonstrationWord(std::string_view w) {
  return In(w, {"protest", "protests", "protested", "protesting", "protesters", "protestors", "protester",
                "demonstration", "demonstrations", "demonstrators", "demonstrated", "demonstrate", "demonstrating", "rally",
                "rallies", "rallied", "march", "marched", "marchers", "strike", "striking", "strikers", "sit-in",
                "demanding", "demanded", "demand", "blockade", "denouncing", "slogans", "chanting", "chanted"});
}

// Words that open a clause about something else than the crowd event: what it demands or mourns,
// relative clauses, earlier events.
bool IsBackground(std::string_view w) {
  return In(w, {"who", "whom", "whose", "that", "which", "where", "justice", "death", "deaths", "killing",
                "killings", "murder", "murders", "after", "following", "over", "since", "against", "demanding",
                "demand", "demanded", "demands", "denounce", "denouncing", "denounced", "condemn", "condemning",
                "condemned", "commemorate", "commemorating", "honor", "honour", "mourn", "mourning", "solidarity",
                "accused", "accusing", "alleged", "allegedly", "earlier", "previous", "victims", "victim", "memory",
                "anniversary", "coded", "regarding", "stated", "said",
                "claimed", "wherein", "incident", "incidents", "fear", "feared", "suspect", "suspected"});
}

bool IsPassiveAux(std::string_view w) { return In(w, {"was", "were", "been", "being", "got", "be"}); }

// Things burned as a symbol of protest: burning them is speech, not violence.
bool IsSymbolicObject(std::string_view w) {
  return In(w, {"effigy", "effigies", "flag", "flags", "passport", "passports", "copy", "copies", "photo", "photos",
                "picture", "pictures", "portrait", "portraits", "poster", "posters", "shirt", "shirts", "uniform",
                "uniforms", "documents", "card", "cards", "candles", "torches", "letter",
                "letters", "bill", "book", "books", "mask", "masks", "certificate", "certificates", "dummy"});
}

// What a crowd throws as a weapon, not as a symbol (straw, milk, hay).
bool IsProjectile(std::string_view w) {
  return In(w, {"stones", "stone", "rocks", "rock", "bottles", "bottle", "bricks", "brick", "molotov", "petrol",
                "objects", "projectiles", "missiles", "firecrackers", "fireworks", "explosives", "grenades",
                "eggs", "acid", "chairs", "debris", "sticks", "bombs", "flares"});
}

// "no clash took place", "with no violence reported": the cue is denied.
bool IsNegation(std::string_view w) { return In(w, {"no", "not", "without", "never", "nor"}); }

// Words that sit between an auxiliary and its participle ("was physically assaulted").
bool IsAdverb(std::string_view w) {
  return w.size() > 3 && w.substr(w.size() - 2) == "ly";
}

}  // namespace

std::string ClassifyCrowd(const std::vector<std::vector<CrowdWord>>& sentences) {
  bool crowd_violence = false, demonstration = false, lethal = false, intervention = false;
  for (const std::vector<CrowdWord>& s : sentences) {
    bool forces_here = false;
    for (const CrowdWord& w : s) forces_here |= w.doer == Doer::kForces;
    int last_background = -1;
    for (size_t i = 0; i < s.size(); ++i) {
      const std::string_view w = s[i].lower;
      if (IsDemonstrationWord(w)) demonstration = true;
      if (IsBackground(w)) last_background = static_cast<int>(i);
      if (w == "." || w == ";") last_background = -1;
      // A cue after a background word that follows its actor belongs to that other story.
      if (last_background >= 0 && last_background >= s[i].doer_at) continue;
      // "were arrested", "was killed": the subject suffers; the forces named in the sentence act.
      size_t aux = i;
      while (aux > 0 && aux + 2 > i && IsAdverb(s[aux - 1].lower)) --aux;
      const bool two_words = i + 1 < s.size();
      const std::string_view next = two_words ? std::string_view(s[i + 1].lower) : std::string_view();
      // "a boy killed on 10 March", "a resident killed by a mob": a participle with no object is passive.
      const bool reduced = i > 0 && In(w, {"killed", "injured", "wounded", "beaten", "assaulted", "attacked"}) &&
                           (!two_words || In(next, {"by", "in", "on", "at", "during", "while", ",", "."}));
      const bool passive = reduced || (aux > 0 && IsPassiveAux(s[aux - 1].lower));
      // Someone made to suffer inside a grievance ("justice for a man killed by a mob") is not the event.
      if (passive && last_background >= 0) continue;
      // "no clashes or violence reported": a denied cue is not an event.
      bool denied = false;
      for (size_t j = i >= 3 ? i - 3 : 0; j < i; ++j) denied |= IsNegation(s[j].lower);
      if (denied) continue;
      Doer doer = passive ? (forces_here ? Doer::kForces : Doer::kNone) : s[i].doer;
      // "was lynched by a mob": the actor after "by" acts.
      if (passive && next == "by" && i + 3 < s.size()) doer = s[i + 3].doer;
      // A clash takes two sides: crowds fighting the police riot, whoever is named first.
      // Clashes between armed groups are another story.
      bool armed_clash = i > 0 && s[i - 1].lower == "armed";
      for (size_t j = i + 1; j < s.size() && j <= i + 4; ++j) armed_clash |= s[j].doer == Doer::kArmed && s[j].doer_at == static_cast<int>(j);
      if (StartsWith(w, {"clash", "scuffle", "confrontation"}) && !armed_clash) crowd_violence = true;
      if (doer == Doer::kForces) {
        if (IsLethal(w) || (w == "shot" && next == "dead") || (w == "opened" && next == "fire")) lethal = true;
        if (IsIntervention(w) || (w == "tear" && next == "gas") || (w == "rubber" && next == "bullets") ||
            (w == "water" && StartsWith(next, {"cannon"})) || (w == "broke" && next == "up") ||
            (w == "fired" && In(next, {"tear", "rubber", "warning", "shots", "in"})) || (w == "pushed" && next == "back")) {
          intervention = true;
        }
      } else if (doer == Doer::kCrowd || (doer == Doer::kNone && !passive)) {
        // The object of "burned", "threw" or "torch" tells a weapon from a symbol.
        bool symbolic = false, projectile = false;
        for (size_t j = i + 1; j < s.size() && j <= i + 4; ++j) {
          symbolic |= IsSymbolicObject(s[j].lower);
          projectile |= IsProjectile(s[j].lower);
        }
        const bool throws = In(w, {"threw", "throwing", "hurled", "hurling", "throw", "hurl"});
        if (In(w, {"burned", "burnt", "burning", "torched", "torch", "set"}) && symbolic) continue;
        // "burning down a hut", "burning the gates": arson by the crowd.
        if (w == "burning" && In(next, {"down", "the", "a", "cars", "vehicles", "buses", "houses", "shops"})) {
          crowd_violence = true;
        }
        if (w == "torch" && In(next, {"rally", "rallies", "march", "marches", "movement", "procession", "light"})) {
          continue;
        }
        if (throws && !projectile) continue;
        // Roads blocked with burning tyres or barricades: a violent demonstration in ACLED's terms.
        if ((w == "burning" && In(next, {"tires", "tyres", "debris", "barricades", "logs", "wood", "tree", "trees"})) ||
            In(w, {"barricades", "barricade"})) {
          crowd_violence = true;
        }
        if (IsCrowdViolence(w) || (In(w, {"set", "setting", "sets"}) && In(next, {"fire", "ablaze", "alight"})) ||
            (w == "on" && next == "fire")) {
          crowd_violence = true;
        }
      } else if (passive && !reduced && (w == "killed" || (w == "shot" && next == "dead"))) {
        lethal = true;
      }
    }
  }
  if (crowd_violence) return demonstration ? "Violent demonstration" : "Mob violence";
  if (lethal) return "Excessive force against protesters";
  if (intervention) return "Protest with intervention";
  return "Peaceful protest";
}


}  // namespace sitrep::extract
