// Crowd events: the outcome of a demonstration or a riot told in a paragraph.
//
// English reports of crowd events tell who acted on whom: "police fired tear gas to disperse the
// protesters" (an intervention), "security forces shot dead two demonstrators" (excessive force),
// "protesters threw stones and torched a car" (a violent demonstration), "a mob lynched a suspected
// thief" (mob violence). ClassifyCrowd reads those cues, each tied to the kind of actor that does it,
// and returns ACLED's sub-event type for the crowd event.
#ifndef SITREP_EXTRACT_CROWD_H_
#define SITREP_EXTRACT_CROWD_H_

#include <string>
#include <string_view>
#include <vector>

namespace sitrep::extract {

// Who acts at a word: the kind of the nearest actor before it in its sentence.
enum class Doer { kNone, kForces, kCrowd, kArmed };

struct CrowdWord {
  std::string lower;  // the token, lower case
  Doer doer = Doer::kNone;
  int doer_at = -1;  // token index where that actor ends, -1 when none
};

// The crowd event's sub-event type from the words of its paragraph (one vector per sentence), in
// ACLED's order of precedence: a crowd that turns violent is a riot ("Violent demonstration" when a
// demonstration is told, else "Mob violence"); else forces that kill or shoot protesters with live
// fire ("Excessive force against protesters"); else forces that disperse, arrest, tear-gas or stop
// them ("Protest with intervention"); else "Peaceful protest". Cues in background clauses ("to demand
// justice for a man who was killed by police", "after the killing of") are not the crowd event's.
std::string ClassifyCrowd(const std::vector<std::vector<CrowdWord>>& sentences);


}  // namespace sitrep::extract

#endif  // SITREP_EXTRACT_CROWD_H_
