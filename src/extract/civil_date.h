// Proleptic Gregorian civil-date arithmetic (H. Hinnant's days_from_civil), no locale, no clock.
#ifndef SITREP_EXTRACT_CIVIL_DATE_H_
#define SITREP_EXTRACT_CIVIL_DATE_H_

#include <cstdint>
#include <string>
#include <string_view>

namespace sitrep::extract {

struct CivilDate {
  int year = 0;
  int month = 0;  // 1..12
  int day = 0;    // 1..31
  bool operator==(const CivilDate&) const = default;
};

// Days since 1970-01-01 of a valid civil date.
int64_t DaysFromCivil(const CivilDate& d);
// Inverse of DaysFromCivil.
CivilDate CivilFromDays(int64_t z);
// 0 = Sunday ... 6 = Saturday.
int Weekday(const CivilDate& d);
// Days in `month` of `year`; 0 for a month outside 1..12.
int DaysInMonth(int year, int month);
// True for a real calendar day.
bool IsValidDate(const CivilDate& d);
// Parses "YYYY-MM-DD" (the first 10 bytes; an RFC 3339 tail is ignored). False when not a valid date.
bool ParseIsoDate(std::string_view s, CivilDate* out);
// "YYYY-MM-DD".
std::string FormatIsoDate(const CivilDate& d);
// d plus `days` (may be negative).
CivilDate AddDays(const CivilDate& d, int64_t days);

}  // namespace sitrep::extract

#endif  // SITREP_EXTRACT_CIVIL_DATE_H_
