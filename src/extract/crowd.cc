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
                "torch", "arson", "ablaze", "tires", "tyres", "barricaded"}) ||
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
                "demonstration", "demonstrations", "demonstrators", "demonstrated", "demonstrating", "rally",
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
                "claimed"});
}

bool IsPassiveAux(std::string_view w) { return In(w, {"was", "were", "been", "being", "got", "be"}); }

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
      const bool passive = i > 0 && IsPassiveAux(s[i - 1].lower);
      Doer doer = passive ? (forces_here ? Doer::kForces : Doer::kNone) : s[i].doer;
      const bool two_words = i + 1 < s.size();
      const std::string_view next = two_words ? std::string_view(s[i + 1].lower) : std::string_view();
      // "was lynched by a mob": the actor after "by" acts.
      if (passive && next == "by" && i + 3 < s.size()) doer = s[i + 3].doer;
      // A clash takes two sides: crowds fighting the police riot, whoever is named first.
      if (StartsWith(w, {"clash", "scuffle"})) crowd_violence = true;
      if (doer == Doer::kForces) {
        if (IsLethal(w) || (w == "shot" && next == "dead") || (w == "opened" && next == "fire")) lethal = true;
        if (IsIntervention(w) || (w == "tear" && next == "gas") || (w == "rubber" && next == "bullets") ||
            (w == "water" && StartsWith(next, {"cannon"})) || (w == "broke" && next == "up") ||
            (w == "fired" && In(next, {"tear", "rubber", "warning", "shots", "in"})) || (w == "pushed" && next == "back")) {
          intervention = true;
        }
      } else if (doer == Doer::kCrowd || (doer == Doer::kNone && !passive)) {
        if (IsCrowdViolence(w) || (In(w, {"set", "setting", "sets"}) && In(next, {"fire", "ablaze", "alight"})) ||
            (w == "on" && next == "fire")) {
          crowd_violence = true;
        }
      } else if (passive && (w == "killed" || (w == "shot" && next == "dead"))) {
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
