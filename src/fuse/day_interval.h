// DayInterval: the span of days a mention's date may stand for, given its precision.
#ifndef SITREP_FUSE_DAY_INTERVAL_H_
#define SITREP_FUSE_DAY_INTERVAL_H_

#include <optional>
#include <string>
#include <string_view>

#include "sitrep/event.h"

namespace sitrep::fuse {

// Days since 1970-01-01 of a "YYYY-MM-DD" date; nullopt when `date` is not such a date.
std::optional<int> DayNumber(std::string_view date);

// "YYYY-MM-DD" of a day number (inverse of DayNumber).
std::string DayString(int day);

// Inclusive range of day numbers [lo, hi]. Intervals of two mentions must overlap for the mentions
// to be one event.
struct DayInterval {
  int lo = 0, hi = 0;
  bool Overlaps(const DayInterval& o) const { return lo <= o.hi && o.lo <= hi; }
};

// The widest interval any mention can have (a month): hi - lo <= kMaxIntervalDays.
inline constexpr int kMaxIntervalDays = 62;

// True when the mention's date was resolved from a night expression ("overnight", "last night"),
// which may name either of two calendar days.
bool IsOvernight(const EventMention& m);

// Interval of `m`'s date: a day -> [d, d]; overnight -> [d-1, d+1]; a week -> [d-6, d+6];
// a month -> the calendar month of d, widened by one day either side. nullopt when m.date is empty
// or unparsable.
std::optional<DayInterval> MentionInterval(const EventMention& m);

}  // namespace sitrep::fuse

#endif  // SITREP_FUSE_DAY_INTERVAL_H_
