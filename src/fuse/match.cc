#include "fuse/match.h"

#include <algorithm>
#include <cctype>
#include <cmath>

#include "fuse/day_interval.h"

namespace sitrep::fuse {
namespace {

bool Has(std::string_view hay, std::string_view needle) { return hay.find(needle) != std::string_view::npos; }

// Ordered: the first rule whose words occur wins ("air strike" before "strike").
struct TypeRule {
  const char* words;
  const char* family;
  const char* group;
  bool generic;
};
constexpr TypeRule kTypeRules[] = {
    {"withdraw", "withdrawal", "withdrawal", false},
    {"retreat", "withdrawal", "withdrawal", false},
    {"pull out", "withdrawal", "withdrawal", false},
    {"overtakes territory", "capture", "battle", false},
    {"regains territory", "capture", "battle", false},
    {"transfer of territory", "capture", "battle", false},
    {"capture", "capture", "battle", false},
    {"seiz", "capture", "battle", false},
    {"takeover", "capture", "battle", false},
    {"take over", "capture", "battle", false},
    {"control", "capture", "battle", false},
    {"advance", "capture", "battle", false},
    {"enter", "capture", "battle", false},
    {"armed clash", "clash", "battle", false},
    {"clash", "clash", "battle", false},
    {"battles", "battle", "battle", true},
    {"fighting", "battle", "battle", true},
    {"air/drone strike", "airstrike", "remote", false},
    {"air strike", "airstrike", "remote", false},
    {"airstrike", "airstrike", "remote", false},
    {"drone", "airstrike", "remote", false},
    {"shelling", "shelling", "remote", false},
    {"artillery", "shelling", "remote", false},
    {"missile", "shelling", "remote", false},
    {"remote explosive", "ied", "remote", false},
    {"landmine", "ied", "remote", false},
    {"suicide", "suicide", "remote", false},
    {"grenade", "grenade", "remote", false},
    {"chemical", "chemical", "remote", false},
    {"remote violence", "remote", "remote", true},
    {"strike", "remote", "remote", true},
    {"bomb", "remote", "remote", true},
    {"explosion", "remote", "remote", true},
    {"sexual violence", "sexual violence", "civilians", false},
    {"abduction", "abduction", "civilians", false},
    {"violence against civilians", "civilians", "civilians", true},
    {"attack", "attack", "civilians", false},
    {"protest", "protest", "protest", false},
    {"excessive force", "protest", "protest", false},
    {"violent demonstration", "riot", "protest", false},
    {"mob violence", "riot", "protest", false},
    {"riots", "riot", "protest", true},
    {"arrest", "arrests", "arrests", false},
    {"displace", "displacement", "displacement", false},
};

constexpr double kEarthRadiusKm = 6371.0;

// Kinds of armed non-state groups are one class for generic matching ("rebels" ~ a jihadist group);
// "unidentified" armed men ("gunmen", "fighters") may be any of them.
std::string_view KindClass(std::string_view kind) {
  if (kind == "rebel" || kind == "jihadist" || kind == "militia" || kind == "insurgent" || kind == "separatist" ||
      kind == "unidentified") {
    return "nonstate";
  }
  return kind;
}

bool KindsCompatible(const Actor& a, const Actor& b) {
  if (a.kind.empty() || b.kind.empty() || a.kind == "unknown" || b.kind == "unknown") return true;
  return KindClass(a.kind) == KindClass(b.kind);
}

// A state's forces and its government act for one side ("Syria's defence minister" and "the Syrian
// army" tell one withdrawal).
bool IsStateSide(const Actor& a) { return a.kind == "state" || a.kind == "government"; }

bool CountriesCompatible(const Actor& a, const Actor& b) {
  return a.country.empty() || b.country.empty() || a.country == b.country;
}

double PlaceValue(PlaceMatch p) {
  switch (p) {
    case PlaceMatch::kSame: return 1.0;
    case PlaceMatch::kNear: return 0.8;
    case PlaceMatch::kContains: return 0.5;
    default: return 0;
  }
}

double DateValue(DateMatch d) {
  switch (d) {
    case DateMatch::kSame: return 1.0;
    case DateMatch::kNear: return 0.7;
    case DateMatch::kCoarse: return 0.4;
    default: return 0;
  }
}

double ActorValue(ActorMatch a) {
  switch (a) {
    case ActorMatch::kSame: return 0.5;
    case ActorMatch::kCompatible: return 0.3;
    case ActorMatch::kUnknown: return 0.15;
    default: return 0;
  }
}

}  // namespace

std::string NameKey(std::string_view s) {
  std::string out;
  bool space = false;
  for (unsigned char c : s) {
    if (std::isalnum(c) || c >= 0x80) {
      if (space && !out.empty()) out += ' ';
      space = false;
      out += static_cast<char>(std::tolower(c));
    } else {
      space = true;
    }
  }
  return out;
}

TypeFamily ClassifyType(std::string_view type) {
  std::string key;
  for (unsigned char c : type) key += static_cast<char>(std::tolower(c));
  for (const TypeRule& r : kTypeRules) {
    if (Has(key, r.words)) return TypeFamily{r.family, r.group, r.generic};
  }
  std::string folded = NameKey(type);
  if (folded.empty() || folded == "other") return TypeFamily{"other", "other", true};
  return TypeFamily{folded, folded, false};
}

std::optional<double> TypeScore(const TypeFamily& a, std::string_view type_a, const TypeFamily& b,
                                std::string_view type_b) {
  if (NameKey(type_a) == NameKey(type_b)) return 2.0;
  if (a.group != b.group) return std::nullopt;
  if (a.family == b.family) return 1.0;
  if (a.generic || b.generic) return 0.5;
  return std::nullopt;
}

bool IsArea(const Location& l) {
  const std::string& f = l.feature;
  if (f.rfind("ADM", 0) == 0 || f.rfind("PCL", 0) == 0 || f == "RGN" || f == "AREA") return true;
  return l.precision_km >= 25;
}

double DistanceKm(const Location& a, const Location& b) {
  const double kRad = M_PI / 180.0;
  const double dlat = (b.lat - a.lat) * kRad, dlon = (b.lon - a.lon) * kRad;
  const double h = std::sin(dlat / 2) * std::sin(dlat / 2) +
                   std::cos(a.lat * kRad) * std::cos(b.lat * kRad) * std::sin(dlon / 2) * std::sin(dlon / 2);
  return 2 * kEarthRadiusKm * std::asin(std::min(1.0, std::sqrt(h)));
}

namespace {

// True when area `a` holds place `p`.
bool Holds(const Location& a, const Location& p) {
  if (!a.country.empty() && !p.country.empty() && a.country != p.country) return false;
  if (a.feature.rfind("PCL", 0) == 0) return !a.country.empty() && a.country == p.country;
  if (a.feature == "ADM1" && !p.admin1.empty()) {
    return NameKey(p.admin1) == NameKey(a.admin1.empty() ? a.name : a.admin1) ||
           NameKey(p.admin1) == NameKey(a.name);
  }
  return DistanceKm(a, p) <= std::max(a.precision_km, 1.0);
}

}  // namespace

PlaceMatch ComparePlaces(const std::optional<Location>& oa, const std::optional<Location>& ob) {
  if (!oa || !ob) return PlaceMatch::kMissing;
  const Location& a = *oa;
  const Location& b = *ob;
  if (a.geonames_id != 0 && a.geonames_id == b.geonames_id) {
    // "Aleppo's countryside" or "north of Homs" keeps the town's id but is not the town itself.
    return IsArea(a) == IsArea(b) ? PlaceMatch::kSame : PlaceMatch::kContains;
  }
  const double dist = DistanceKm(a, b);
  const double reach = std::max({a.precision_km, b.precision_km, 1.0});
  if (a.geonames_id == 0 && b.geonames_id == 0 && NameKey(a.name) == NameKey(b.name) &&
      a.country == b.country && dist <= reach) {
    return PlaceMatch::kSame;
  }
  const bool area_a = IsArea(a), area_b = IsArea(b);
  if (area_a != area_b) {
    return (area_a ? Holds(a, b) : Holds(b, a)) ? PlaceMatch::kContains : PlaceMatch::kIncompatible;
  }
  if (area_a && area_b) return dist <= reach ? PlaceMatch::kContains : PlaceMatch::kIncompatible;
  // Two points.
  if (a.geonames_id != 0 && b.geonames_id != 0) return dist < 1.0 ? PlaceMatch::kNear : PlaceMatch::kIncompatible;
  return dist <= reach ? PlaceMatch::kNear : PlaceMatch::kIncompatible;
}

namespace {

DateMatch CompareIntervals(const EventMention& a, std::optional<int> alo, std::optional<int> ahi,
                           const EventMention& b, std::optional<int> blo, std::optional<int> bhi) {
  if (!alo || !blo) return DateMatch::kMissing;
  if (!(*alo <= *bhi && *blo <= *ahi)) return DateMatch::kIncompatible;
  const bool day_a = a.date_precision == DatePrecision::kDay, day_b = b.date_precision == DatePrecision::kDay;
  if (!day_a || !day_b) return DateMatch::kCoarse;
  // Same calendar day (a night mention dated that day included), else a night's neighbour.
  return a.date == b.date ? DateMatch::kSame : DateMatch::kNear;
}

}  // namespace

DateMatch CompareDates(const EventMention& a, const EventMention& b) {
  std::optional<DayInterval> ia = MentionInterval(a), ib = MentionInterval(b);
  auto lo = [](const std::optional<DayInterval>& i) { return i ? std::optional<int>(i->lo) : std::nullopt; };
  auto hi = [](const std::optional<DayInterval>& i) { return i ? std::optional<int>(i->hi) : std::nullopt; };
  return CompareIntervals(a, lo(ia), hi(ia), b, lo(ib), hi(ib));
}

bool IsGenericActor(const Actor& a) {
  if (a.name.empty() || std::islower(static_cast<unsigned char>(a.name[0]))) return true;
  if (!a.country.empty()) return false;
  // Class nouns that name a kind of actor, not one actor (the knowledge base's generic references).
  static constexpr std::string_view kClassNouns[] = {
      "rebels",    "insurgents", "militants",   "jihadists",   "separatists", "militias",   "militiamen",
      "fighters",  "gunmen",     "attackers",   "assailants",  "forces",      "troops",     "soldiers",
      "police",    "government", "authorities", "warplanes",   "aircraft",    "drones",     "navy",
      "group",     "groups",     "peacekeepers", "civilians",  "children",    "women",      "students",
      "journalists", "workers",  "farmers",     "people",      "worshippers", "prisoners",  "residents",
      "protesters", "demonstrators", "rioters", "settlers",    "unknown"};
  const std::string key = NameKey(a.name);
  const size_t space = key.rfind(' ');
  const std::string_view last = space == std::string::npos ? std::string_view(key) : std::string_view(key).substr(space + 1);
  return std::find(std::begin(kClassNouns), std::end(kClassNouns), last) != std::end(kClassNouns);
}

ActorMatch CompareActors(const std::vector<Actor>& a, const std::vector<Actor>& b) {
  if (a.empty() || b.empty()) return ActorMatch::kUnknown;
  bool compatible = false;
  for (const Actor& x : a) {
    for (const Actor& y : b) {
      if (!x.name.empty() && (x.name == y.name || NameKey(x.name) == NameKey(y.name))) return ActorMatch::kSame;
      if ((IsGenericActor(x) || IsGenericActor(y)) && KindsCompatible(x, y) && CountriesCompatible(x, y)) {
        compatible = true;
      }
      if (IsStateSide(x) && IsStateSide(y) && !x.country.empty() && x.country == y.country) {
        compatible = true;
      }
    }
  }
  return compatible ? ActorMatch::kCompatible : ActorMatch::kConflict;
}

bool IsVaguerPlace(const Location& v, const Location& c) {
  if (ComparePlaces(v, c) != PlaceMatch::kContains) return false;
  const bool area_v = IsArea(v), area_c = IsArea(c);
  if (area_v != area_c) return area_v;
  return v.precision_km > c.precision_km;
}

bool IsVaguerDate(const EventMention& v, const EventMention& c) {
  std::optional<DayInterval> iv = MentionInterval(v), ic = MentionInterval(c);
  if (!iv || !ic) return false;
  if (iv->lo <= ic->lo && ic->hi <= iv->hi && (iv->lo != ic->lo || iv->hi != ic->hi)) return true;
  // A date the text never states (the publication week stands in) is no claim against a stated date
  // it overlaps ("the capture of X" in a later article vs "by November 30").
  const bool v_default = v.date_text.empty() && v.date_precision != DatePrecision::kDay;
  return v_default && !c.date_text.empty() && iv->lo <= ic->hi && ic->lo <= iv->hi;
}

bool IsVaguerActors(const std::vector<Actor>& v, const std::vector<Actor>& c) {
  if (v.empty() || c.empty()) return false;
  for (const Actor& a : v) {
    if (!IsGenericActor(a)) return false;
  }
  bool specific = false;
  for (const Actor& a : c) specific |= !IsGenericActor(a);
  return specific && CompareActors(v, c) == ActorMatch::kCompatible;
}

bool IsVaguerType(std::string_view v, std::string_view c) {
  const TypeFamily fv = ClassifyType(v), fc = ClassifyType(c);
  return fv.generic && !fc.generic && fv.group == fc.group;
}

MentionFacts ComputeFacts(const EventMention& m) {
  MentionFacts f;
  f.type = ClassifyType(m.type);
  f.type_key = NameKey(m.type);
  if (std::optional<DayInterval> iv = MentionInterval(m)) {
    f.lo = iv->lo;
    f.hi = iv->hi;
  }
  f.point = m.location && !IsArea(*m.location);
  f.anchored = f.lo && m.date_precision == DatePrecision::kDay && m.location && !IsArea(*m.location) &&
               !f.type.generic;
  return f;
}

std::optional<double> PairScore(const EventMention& a, const MentionFacts& fa, const EventMention& b,
                                const MentionFacts& fb) {
  std::optional<double> t;
  if (fa.type_key == fb.type_key) {
    t = 2.0;
  } else if (fa.type.group == fb.type.group) {
    if (fa.type.family == fb.type.family) t = 1.0;
    else if (fa.type.generic || fb.type.generic) t = 0.5;
  }
  if (!t) return std::nullopt;
  const DateMatch d = CompareIntervals(a, fa.lo, fa.hi, b, fb.lo, fb.hi);
  if (d == DateMatch::kIncompatible) return std::nullopt;
  const PlaceMatch p = ComparePlaces(a.location, b.location);
  if (p == PlaceMatch::kIncompatible) return std::nullopt;
  const ActorMatch ag = CompareActors(a.agent, b.agent);
  const ActorMatch tg = CompareActors(a.target, b.target);
  const bool conflict = ag == ActorMatch::kConflict || tg == ActorMatch::kConflict;
  const double score = *t + PlaceValue(p) + DateValue(d) + ActorValue(ag) + ActorValue(tg);
  // Conflicting specific actors are a disagreement, not two events, when the place is one specific
  // point (or the day is the same and the places nest) and the type matches by family or better.
  const bool both_points = a.location && b.location && !IsArea(*a.location) && !IsArea(*b.location);
  const bool one_point = both_points && (p == PlaceMatch::kSame || p == PlaceMatch::kNear);
  const bool conflict_ok =
      *t >= 1.0 && (one_point || (d == DateMatch::kSame && p != PlaceMatch::kMissing));

  if (p == PlaceMatch::kMissing && d == DateMatch::kMissing) return std::nullopt;
  if (p == PlaceMatch::kMissing) {
    if (*t < 2.0 || d != DateMatch::kSame || ag != ActorMatch::kSame || tg == ActorMatch::kConflict) {
      return std::nullopt;
    }
    return score;
  }
  if (d == DateMatch::kMissing) {
    if (*t < 2.0 || p != PlaceMatch::kSame || (conflict && !one_point)) return std::nullopt;
    return score;
  }
  if (conflict && !conflict_ok) return std::nullopt;
  return score;
}

}  // namespace sitrep::fuse
