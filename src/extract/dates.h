// Date expressions in English news text, resolved against the publication date.
//
// Resolution rules (doc/event-types.md repeats them for users):
//  - "December 5", "Dec. 5", "5 December": the publication year, moved one year back when that
//    would fall after the publication date. An explicit year is kept as written.
//  - A weekday ("Thursday", "early Friday", "Friday morning", "on Wednesday night"): the most
//    recent such day on or before publication (the same weekday as publication = that day);
//    "last Thursday" on a Thursday = one week earlier; "next Friday" = the next one, future.
//  - "yesterday", "last night", "overnight", "the previous evening": publication - 1 day. An
//    overnight event is dated by the evening it began, the day before the article.
//  - "today", "tonight", "this morning/afternoon/evening": publication day.
//  - "this week", "earlier this week", "in recent days": publication day, week precision;
//    "last week": publication - 7 days, week precision.
//  - A month alone ("in November", "late November", "this month", "last month"): month precision
//    on a representative day: 5th (early), 15th (plain, mid), 25th (late), never after
//    publication.
//  - "By November 30" has role kBy; "since 2011" / "since November" role kSince; a bare year
//    ("in 2011", "the 1982 massacre") role kYear; "a day after X" / "two days before X" role
//    kRelative with offset_days and no date (the caller resolves X).
// Without a publication date, only expressions carrying their own year resolve.
#ifndef SITREP_EXTRACT_DATES_H_
#define SITREP_EXTRACT_DATES_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "sitrep/event.h"

namespace sitrep::extract {

enum class DateRole {
  kPoint,     // the event's date
  kBy,        // a deadline: the event happened on or before `date`
  kSince,     // the start of a period ("since 2011")
  kYear,      // a bare year; `date` is YYYY-07-01 with month precision
  kRelative,  // "a day after ...": offset_days from another event
};

struct DateMention {
  size_t begin = 0, end = 0;  // byte span of the expression in the parsed text
  std::string text;           // the expression ("early Friday", "December 5, 2024")
  std::string date;           // YYYY-MM-DD; "" when it cannot be resolved
  DatePrecision precision = DatePrecision::kDay;
  DateRole role = DateRole::kPoint;
  int year = 0;               // the year of the resolved or stated date, 0 when none
  int offset_days = 0;        // kRelative only
  bool future = false;        // resolves after the publication date ("next Friday", "tomorrow")
};

// Every date expression of `text` (typically one sentence) in text order, non-overlapping.
// `published` is YYYY-MM-DD or "" (or malformed, treated as ""). Total: never throws, never crashes.
std::vector<DateMention> FindDates(std::string_view text, std::string_view published);

}  // namespace sitrep::extract

#endif  // SITREP_EXTRACT_DATES_H_
