#include "fuse/day_interval.h"

#include <cctype>
#include <cstdio>

namespace sitrep::fuse {
namespace {

// Howard Hinnant's days_from_civil.
int DaysFromCivil(int y, unsigned m, unsigned d) {
  y -= m <= 2;
  const int era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<int>(doe) - 719468;
}

bool ContainsWord(std::string_view hay, std::string_view needle) {
  std::string lower(hay);
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return lower.find(needle) != std::string::npos;
}

int DaysInMonth(int y, int m) {
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0)) return 29;
  return kDays[m - 1];
}

}  // namespace

std::optional<int> DayNumber(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (!std::isdigit(static_cast<unsigned char>(s[i]))) return std::nullopt;
  }
  const int y = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + (s[3] - '0');
  const int m = (s[5] - '0') * 10 + (s[6] - '0');
  const int d = (s[8] - '0') * 10 + (s[9] - '0');
  if (m < 1 || m > 12 || d < 1 || d > DaysInMonth(y, m)) return std::nullopt;
  return DaysFromCivil(y, static_cast<unsigned>(m), static_cast<unsigned>(d));
}

std::string DayString(int z) {
  z += 719468;
  const int era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  int y = static_cast<int>(yoe) + era * 400;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  const unsigned d = doy - (153 * mp + 2) / 5 + 1;
  const unsigned m = mp < 10 ? mp + 3 : mp - 9;
  y += m <= 2;
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", y, m, d);
  return buf;
}

bool IsOvernight(const EventMention& m) {
  return ContainsWord(m.date_text, "overnight") || ContainsWord(m.date_text, "night");
}

std::optional<DayInterval> MentionInterval(const EventMention& m) {
  std::optional<int> d = DayNumber(m.date);
  if (!d) return std::nullopt;
  switch (m.date_precision) {
    case DatePrecision::kDay:
      if (IsOvernight(m)) return DayInterval{*d - 1, *d + 1};
      return DayInterval{*d, *d};
    case DatePrecision::kWeek:
      return DayInterval{*d - 6, *d + 6};
    case DatePrecision::kMonth: {
      const int y = std::stoi(m.date.substr(0, 4));
      const int mo = std::stoi(m.date.substr(5, 2));
      const int first = *d - (std::stoi(m.date.substr(8, 2)) - 1);
      return DayInterval{first - 1, first + DaysInMonth(y, mo)};
    }
  }
  return DayInterval{*d, *d};
}

}  // namespace sitrep::fuse
