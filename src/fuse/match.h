// Pairwise comparison of event mentions: is this the same event, and how strongly do they agree?
// The rules are documented in doc/fusion.md; every function here is pure and symmetric.
#ifndef SITREP_FUSE_MATCH_H_
#define SITREP_FUSE_MATCH_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "sitrep/event.h"

namespace sitrep::fuse {

// The family of an event type. Two types are compatible when they share a family, or when they
// share a group and one of them is generic ("Explosions/Remote violence" ~ "Air/drone strike").
struct TypeFamily {
  std::string family;  // capture | withdrawal | clash | airstrike | shelling | ... | the folded type
  std::string group;   // battle | withdrawal | remote | civilians | protest | ... (never compatible across)
  bool generic = false;
};

// Classifies a sub-event type string (ACLED's or a project type) by its words.
TypeFamily ClassifyType(std::string_view type);

// 2 for the same type, 1 for the same family, 0.5 for a generic type of the same group, nullopt when
// incompatible.
std::optional<double> TypeScore(const TypeFamily& a, std::string_view type_a, const TypeFamily& b,
                                std::string_view type_b);

enum class PlaceMatch { kIncompatible, kMissing, kContains, kNear, kSame };

// A location is an area (not a point) when its feature is an administrative division, a country or a
// region, or when its precision is 25 km or more.
bool IsArea(const Location& l);

// Great-circle distance in km.
double DistanceKm(const Location& a, const Location& b);

// kSame: same GeoNames id (or, without ids, the same name in the same country within precision).
// kNear: within either's precision_km (at least 1 km) and not two distinct named points.
// kContains: one is an area holding the other (same admin1 for a first-level division, same country
// for a country, else within the area's precision). Two distinct GeoNames points (a city and its
// airport) are kIncompatible unless less than 1 km apart. kMissing when either is absent.
PlaceMatch ComparePlaces(const std::optional<Location>& a, const std::optional<Location>& b);

enum class DateMatch { kIncompatible, kMissing, kCoarse, kNear, kSame };

// kSame: the same day, both day-precise. kNear: overlapping intervals with a night expression
// (±1 day). kCoarse: overlapping intervals with a week or month precision. kMissing when either has
// no date.
DateMatch CompareDates(const EventMention& a, const EventMention& b);

enum class ActorMatch { kConflict, kUnknown, kCompatible, kSame };

// A generic actor ("rebels", "warplanes", "gunmen", the knowledge base's "Rebels" or "Civilians") has
// an empty or lower-case canonical name, or a name without a country whose last word is a class noun
// (rebels, militants, forces, civilians, government ...). "Syrian Democratic Forces" (country SY) and
// "Military Forces of Syria" are specific.
bool IsGenericActor(const Actor& a);

// kSame: a shared canonical name. kCompatible: a generic actor of a compatible kind and country on
// either side, or state forces or the government of the same country. kUnknown: either list empty. kConflict otherwise
// (two different specific actors).
ActorMatch CompareActors(const std::vector<Actor>& a, const std::vector<Actor>& b);

// "Vaguer" relations: value `v` is a range that holds the more precise value `c` (so a source giving
// `v` does not contradict one giving `c`; it supports it). Used to pick best values and to keep
// ranges out of disagreements. None holds for equal values.
// A place: `v` is an area holding `c` (a province holding its town, a country holding both), or a
// wider area overlapping a smaller one.
bool IsVaguerPlace(const Location& v, const Location& c);
// A date: `v`'s day interval strictly holds `c`'s (a week holding a day, a night holding its day).
bool IsVaguerDate(const EventMention& v, const EventMention& c);
// Actors: every actor of `v` is generic, `c` names a specific one, and they are compatible
// ("rebels" holds Hayat Tahrir al-Sham; "civilians" does not).
bool IsVaguerActors(const std::vector<Actor>& v, const std::vector<Actor>& c);
// Types: `v` is a generic type of `c`'s group ("Explosions/Remote violence" holds "Air/drone strike").
bool IsVaguerType(std::string_view v, std::string_view c);

// Lower-case ASCII key of a name with runs of non-alphanumerics folded to one space.
std::string NameKey(std::string_view s);

// Precomputed per-mention facts used by the fuser.
struct MentionFacts {
  TypeFamily type;
  std::string type_key;       // NameKey(type)
  std::optional<int> lo, hi;  // date interval, absent when undated
  bool anchored = false;      // a specific type, a day-precise date and a point location
  bool point = false;         // a point location (not an area)
};
MentionFacts ComputeFacts(const EventMention& m);

// The evidence that a and b are one event, or nullopt when they must stay apart. Type, place and date
// must be compatible. Without a place on one side: same type + same day + same named agent. Without a
// date on one side: same type + same place. Conflicting specific agents or targets ("Syrian Air
// Force" vs "Russia") do not split a pair whose type matches by family or better and whose place is
// one specific point (two points kSame/kNear, dates merely overlapping), or whose day is the same and
// place compatible (kContains too); they split every weaker pair (a vague or missing place and a
// weak date). Symmetric.
std::optional<double> PairScore(const EventMention& a, const MentionFacts& fa, const EventMention& b,
                                const MentionFacts& fb);

}  // namespace sitrep::fuse

#endif  // SITREP_FUSE_MATCH_H_
