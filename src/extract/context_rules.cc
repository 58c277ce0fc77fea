// Word-level context rules (src/extract/context_rules.h).
#include "extract/context_rules.h"

#include <algorithm>
#include <initializer_list>
#include <string>

namespace sitrep::extract {
namespace {

using text::Token;

bool In(std::string_view w, std::initializer_list<std::string_view> set) {
  for (std::string_view s : set) {
    if (w == s) return true;
  }
  return false;
}

bool StartsWith(std::string_view w, std::string_view p) { return w.substr(0, p.size()) == p; }

// Words that end a clause for these rules.
bool IsBreak(const Token& t) { return In(t.lower, {";", ":", ".", "(", ")", "?", "!", "but", "while", "whereas"}); }

}  // namespace

bool IsNonConflictFamily(std::string_view family) {
  return In(family, {"disaster", "accident", "crime", "diplomacy", "claim"});
}

bool HasAccidentCue(const std::vector<Token>& tok) {
  for (size_t k = 0; k < tok.size(); ++k) {
    const std::string& w = tok[k].lower;
    if (In(w, {"accident", "accidental", "accidentally", "boiler", "boilers", "cylinder", "cylinders", "leak",
               "leaking", "leakage", "factory", "refinery", "fireworks", "firecrackers", "furnace", "reactor",
               "malfunction", "faulty", "generator", "transformer", "pipeline"})) {
      return true;
    }
    if (w == "gas" && k + 1 < tok.size() && In(tok[k + 1].lower, {"explosion", "explosions", "blast", "leak", "cylinder",
                                                                  "cylinders", "tank", "tanker", "station", "exploded"})) {
      return true;
    }
    if (w == "short" && k + 1 < tok.size() && tok[k + 1].lower == "circuit") return true;
  }
  return false;
}

SeizedGoods SeizedGoodsOf(const std::vector<Token>& tok, int begin, int end) {
  for (int k = begin; k < end && k < static_cast<int>(tok.size()); ++k) {
    const std::string& w = tok[k].lower;
    if (IsBreak(tok[k])) break;
    if (In(w, {"drugs", "drug", "cocaine", "heroin", "cannabis", "marijuana", "hashish", "narcotics", "methamphetamine",
               "meth", "opium", "tramadol", "captagon", "contraband", "smuggled", "counterfeit", "khat"})) {
      return SeizedGoods::kDrugs;
    }
    if (In(w, {"weapons", "weapon", "arms", "ammunition", "ammo", "munitions", "explosives", "rifles", "guns", "pistols",
               "grenades", "mines", "ieds", "ied", "rockets", "missiles", "cache", "caches", "arsenal", "stockpile",
               "detonators", "bullets", "cartridges", "kalashnikovs"})) {
      return SeizedGoods::kWeapons;
    }
    // The object is a place or a person once a place noun or a determiner-led name appears.
    if (In(w, {"town", "village", "city", "area", "district", "control", "territory", "base", "hill", "airport"})) break;
  }
  return SeizedGoods::kNone;
}

bool InterceptsPeople(const std::vector<Token>& tok, int begin, int end) {
  for (int k = begin; k < end && k < static_cast<int>(tok.size()); ++k) {
    const std::string& w = tok[k].lower;
    if (IsBreak(tok[k])) break;
    if (In(w, {"drone", "drones", "missile", "missiles", "rocket", "rockets", "shell", "shells", "projectile",
               "projectiles", "weapons", "arms", "shipment", "explosives", "ammunition", "uav", "uavs"})) {
      return false;
    }
    if (In(w, {"thief", "thieves", "suspect", "suspects", "man", "men", "woman", "women", "person", "people", "boy",
               "boys", "girl", "youth", "youths", "bus", "car", "vehicle", "motorist", "driver", "traveller",
               "travelers", "travellers", "migrants", "robber", "robbers", "trader", "traders", "herder", "herders",
               "student", "students", "passenger", "passengers", "resident", "residents", "civilians", "villagers",
               "rustlers", "kidnappers", "and"})) {
      // "intercepted and killed": the verb is coordinated with a violent act on a person.
      return true;
    }
  }
  return false;
}

std::optional<std::pair<int, int>> FindImplicitProtest(const std::vector<Token>& tok, int crowd_subject) {
  const int n = static_cast<int>(tok.size());
  int verb_begin = -1, verb_end = -1;
  for (int k = 0; k < n && verb_begin < 0; ++k) {
    const std::string& w = tok[k].lower;
    if (In(w, {"gathered", "assembled", "congregated", "converged", "convened", "rallied", "demonstrated",
               "picketed", "blocked", "occupied", "surrounded", "paraded", "chanted"})) {
      verb_begin = k;
      verb_end = k + 1;
    } else if (In(w, {"walked", "came", "went"}) && k + 1 < n && In(tok[k + 1].lower, {"out", "together"})) {
      verb_begin = k;
      verb_end = k + 2;
    } else if (In(w, {"held", "displayed", "carried", "raised", "waved"}) && k + 3 < n) {
      for (int j = k + 1; j < std::min(n, k + 4); ++j) {
        if (In(tok[j].lower, {"placards", "banners", "banner", "signs", "posters", "flags", "candles", "vigil",
                              "a vigil", "sit-in", "demonstration", "march", "rally", "gathering"})) {
          verb_begin = k;
          verb_end = k + 1;
          break;
        }
      }
    }
  }
  if (verb_begin < 0 && crowd_subject >= 0 && crowd_subject < n) {
    verb_begin = crowd_subject;
    verb_end = crowd_subject + 1;
    // "protesters demanded", "demonstrators called for": the crowd's own speech verb is the trigger.
    if (!(StartsWith(tok[verb_begin].lower, "demand") || StartsWith(tok[verb_begin].lower, "call") ||
          StartsWith(tok[verb_begin].lower, "denounc") || StartsWith(tok[verb_begin].lower, "condemn") ||
          StartsWith(tok[verb_begin].lower, "urg") || StartsWith(tok[verb_begin].lower, "criticiz") ||
          StartsWith(tok[verb_begin].lower, "criticis") || StartsWith(tok[verb_begin].lower, "express"))) {
      return std::nullopt;
    }
    return std::make_pair(verb_begin, verb_end);
  }
  if (verb_begin < 0) return std::nullopt;
  // A grievance after the verb in the sentence: what the crowd wants, opposes, supports or mourns.
  for (int k = verb_end; k < n; ++k) {
    const std::string& w = tok[k].lower;
    const std::string& prev = k > 0 ? tok[k - 1].lower : std::string();
    if (StartsWith(w, "demand") || w == "denouncing" || w == "protesting" || w == "condemning" ||
        w == "calling" || w == "chanting" || w == "opposing" || w == "urging") {
      return std::make_pair(verb_begin, verb_end);
    }
    if (prev == "to" && In(w, {"demand", "denounce", "protest", "oppose", "condemn", "call", "express", "show",
                               "support", "commemorate", "mourn", "urge", "reject", "criticize", "criticise",
                               "honour", "honor", "remember", "press", "ask", "request", "claim", "voice",
                               "decry", "mark", "celebrate", "pay", "denounce", "stand", "highlight", "raise",
                               "defend", "object", "challenge", "contest", "complain", "seek", "draw"})) {
      return std::make_pair(verb_begin, verb_end);
    }
    if ((w == "support" || w == "solidarity" || w == "protest" || w == "memory" || w == "favour" || w == "favor") &&
        In(prev, {"of", "in", "for"})) {
      return std::make_pair(verb_begin, verb_end);
    }
    if (w == "against" && k > verb_end) return std::make_pair(verb_begin, verb_end);
  }
  return std::nullopt;
}

bool IsHabitualUse(const std::vector<Token>& tok, int k) {
  // Walk back over the object list ("heavy weapons, armored vehicles, and airstrikes") to the verb.
  for (int j = k - 1; j >= 0 && k - j <= 10; --j) {
    const std::string& w = tok[j].lower;
    if (IsBreak(tok[j])) return false;
    if (In(w, {"using", "employing", "deploying"})) {
      // "is using", "are using", "have been using", "has been employing": ongoing, not one act.
      return j > 0 && In(tok[j - 1].lower, {"is", "are", "been", "keeps", "keep", "continues", "continue", "still"});
    }
    if (In(w, {"uses", "employs", "relies"})) return true;
  }
  return false;
}

}  // namespace sitrep::extract
