// IsKnownEventType: ACLED's 25 sub-event types with their event types, plus the project's own types
// (doc/kb-format.md, doc/event-types.md).
#include <string>
#include <string_view>

#include "kb/knowledge_base.h"

namespace sitrep::kb {
namespace {

struct TypeRow {
  std::string_view sub_event_type, event_type;
};

constexpr TypeRow kTypes[] = {
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
    // Project types (no ACLED event type).
    {"Withdrawal", ""},
    {"Advance", ""},
    {"Displacement", ""},
    // Project types for what is not a conflict event (doc/event-types.md).
    {"Natural disaster", ""},
    {"Man-made disaster", ""},
    {"Organized crime", ""},
    {"Diplomatic event", ""},
    {"Attribution/claim", ""},
};

}  // namespace

bool IsKnownEventType(std::string_view type, std::string* event_type) {
  for (const TypeRow& r : kTypes) {
    if (r.sub_event_type == type) {
      if (event_type != nullptr) *event_type = std::string(r.event_type);
      return true;
    }
  }
  return false;
}

}  // namespace sitrep::kb
