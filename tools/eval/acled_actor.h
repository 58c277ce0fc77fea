// How an ACLED actor string is compared with a sitrep actor: by canonical name or by kind.
#ifndef SITREP_TOOLS_EVAL_ACLED_ACTOR_H_
#define SITREP_TOOLS_EVAL_ACLED_ACTOR_H_

#include <string>
#include <string_view>

namespace sitrep::eval {

// Normalises an actor name for comparison: drops ACLED's "(2000-)"-style year ranges and any parenthesised
// country or qualifier, an "ABBR: " prefix ("HTS: Hayat Tahrir al-Sham" → the full name), lower-cases,
// treats '-' and '\'' as spaces and collapses white space, then applies the evaluator's own alias table
// (e.g. "military forces of yemen supreme political council" → "houthis"). The same function is applied to
// both sides, so it is symmetric.
std::string NormaliseActorName(std::string_view name);

// The kind class of an ACLED actor string: "state" (Military/Police Forces of X, Government of X, and other
// state bodies), "rebel", "jihadist", "militia", "protesters", "rioters", "civilians", "unidentified",
// "external" (multinational forces), or "" when no class applies. doc/accuracy.md lists the rules.
std::string AcledActorKind(std::string_view acled_actor);

// The kind class of a sitrep actor kind: "government" is read as "state"; "separatist" as "rebel"; other
// kinds are themselves.
std::string SitrepKindClass(std::string_view sitrep_kind);

// True when the sitrep actor (canonical `name`, `kind`) matches the ACLED actor string by normalised
// name or by kind class.
bool ActorMatches(std::string_view acled_actor, std::string_view name, std::string_view kind);

}  // namespace sitrep::eval

#endif  // SITREP_TOOLS_EVAL_ACLED_ACTOR_H_
