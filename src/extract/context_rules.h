// Word-level rules that decide what kind of happening a sentence tells when the trigger alone cannot:
// disasters and crime that are no conflict events, protests told without a protest verb, weapons
// seized rather than places, and habitual use of weapons (doc/event-types.md, round 6).
#ifndef SITREP_EXTRACT_CONTEXT_RULES_H_
#define SITREP_EXTRACT_CONTEXT_RULES_H_

#include <optional>
#include <string_view>
#include <utility>
#include <vector>

#include "text/tokens.h"

namespace sitrep::extract {

// Families of triggers that tell no conflict event: natural and man-made disasters, organised
// crime, diplomacy, and claims of responsibility.
bool IsNonConflictFamily(std::string_view family);

// Whether the tokens say an explosion or fire was an accident: a gas cylinder, a boiler, a leak, a
// short circuit, a factory or fuel depot with no attacker ("a gas cylinder exploded in a restaurant").
bool HasAccidentCue(const std::vector<text::Token>& tok);

// What the object of a seize/capture verb in tokens [begin, end) is: drugs or contraband (organised
// crime), weapons, ammunition or explosives (disrupted weapons use), or neither (territory).
enum class SeizedGoods { kNone, kDrugs, kWeapons };
SeizedGoods SeizedGoodsOf(const std::vector<text::Token>& tok, int begin, int end);

// Whether the object of "intercepted" in tokens [begin, end) is a person or a vehicle of people
// ("intercepted a suspected thief", "intercepted a bus"), not a weapon: no disrupted weapons use.
bool InterceptsPeople(const std::vector<text::Token>& tok, int begin, int end);

// A protest told without a protest verb: a crowd that gathers, assembles, blocks or pickets, or
// protesters as subject, with a grievance after it in the sentence ("gathered in X to demand",
// "blocked a road to denounce", "protesters demanded"). Returns the token span of the crowd verb
// (the mention's trigger), or nothing. `crowd_subject` is the token end of a protesters actor, or -1.
std::optional<std::pair<int, int>> FindImplicitProtest(const std::vector<text::Token>& tok, int crowd_subject);

// A noun trigger at token `k` that is the object of an ongoing or habitual use ("the army is using
// heavy weapons and airstrikes to ...", "they have been using drones"): generic, not one event.
bool IsHabitualUse(const std::vector<text::Token>& tok, int k);

}  // namespace sitrep::extract

#endif  // SITREP_EXTRACT_CONTEXT_RULES_H_
