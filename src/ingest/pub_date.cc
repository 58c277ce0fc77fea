#include "ingest/pub_date.h"

#include <fmt/core.h>

#include <array>
#include <cstddef>
#include <vector>

namespace sitrep::ingest {
namespace {

// Only this many bytes of a line are searched: a publication date sits at the start of its line.
constexpr size_t kLineWindow = 200;
// Lines (non-empty, the title line included) searched for a dated line.
constexpr int kMaxLines = 6;
// Longest label that may stand before a publication date on its line.
constexpr size_t kMaxPrefixBytes = 48;

struct DateMatch {
  size_t begin = 0;
  size_t end = 0;
  int year = 0;
  int month = 0;
  int day = 0;
};

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsAsciiAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool IsAsciiAlnum(char c) { return IsDigit(c) || IsAsciiAlpha(c); }
char Lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

std::string LowerAscii(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = Lower(c);
  return out;
}

bool IsLeap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

bool ValidDate(int y, int m, int d) {
  static constexpr std::array<int, 12> kDays = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1) return false;
  const int max_day = kDays[m - 1] + (m == 2 && IsLeap(y) ? 1 : 0);
  return d <= max_day;
}

std::string FormatDate(int y, int m, int d) { return fmt::format("{:04d}-{:02d}-{:02d}", y, m, d); }

// Spaces, tabs and the UTF-8 no-break space.
size_t SkipSpaces(std::string_view s, size_t i) {
  while (i < s.size()) {
    if (s[i] == ' ' || s[i] == '\t') {
      ++i;
    } else if (s.substr(i, 2) == "\xC2\xA0") {
      i += 2;
    } else {
      break;
    }
  }
  return i;
}

// Reads 1..max_digits digits at `i` that are not followed by another digit.
bool ParseNumber(std::string_view s, size_t i, size_t min_digits, size_t max_digits, int* value, size_t* end) {
  size_t j = i;
  int v = 0;
  while (j < s.size() && IsDigit(s[j]) && j - i < max_digits) v = v * 10 + (s[j++] - '0');
  const size_t n = j - i;
  if (n < min_digits || (j < s.size() && IsDigit(s[j]))) return false;
  *value = v;
  *end = j;
  return true;
}

// A month name or abbreviation ("December", "Dec", "Dec.", "Sept.") at `i`; returns 1..12 or 0.
int ParseMonth(std::string_view s, size_t i, size_t* end) {
  static constexpr std::array<const char*, 12> kMonths = {"january", "february", "march",     "april",
                                                          "may",     "june",     "july",      "august",
                                                          "september", "october", "november", "december"};
  size_t j = i;
  while (j < s.size() && IsAsciiAlpha(s[j])) ++j;
  if (j == i || j - i > 9) return 0;
  const std::string w = LowerAscii(s.substr(i, j - i));
  int month = 0;
  for (int m = 0; m < 12; ++m) {
    const std::string_view full = kMonths[m];
    if (w == full || (w.size() == 3 && full.substr(0, 3) == w)) month = m + 1;
  }
  if (w == "sept") month = 9;
  if (month == 0) return 0;
  if (j < s.size() && s[j] == '.') ++j;
  *end = j;
  return month;
}

size_t SkipOrdinal(std::string_view s, size_t i) {
  if (i + 2 <= s.size()) {
    const std::string two = LowerAscii(s.substr(i, 2));
    if ((two == "st" || two == "nd" || two == "rd" || two == "th") &&
        (i + 2 == s.size() || !IsAsciiAlpha(s[i + 2]))) {
      return i + 2;
    }
  }
  return i;
}

// 2024-12-06, 2024/12/06 or 2024.12.06 (one separator throughout).
bool MatchIso(std::string_view s, size_t i, DateMatch* m) {
  int y, mo, d;
  size_t j;
  if (!ParseNumber(s, i, 4, 4, &y, &j)) return false;
  if (j >= s.size() || (s[j] != '-' && s[j] != '/' && s[j] != '.')) return false;
  const char sep = s[j];
  if (!ParseNumber(s, j + 1, 1, 2, &mo, &j)) return false;
  if (j >= s.size() || s[j] != sep) return false;
  if (!ParseNumber(s, j + 1, 1, 2, &d, &j)) return false;
  if (!ValidDate(y, mo, d)) return false;
  *m = {i, j, y, mo, d};
  return true;
}

// December 6, 2024 / Dec. 6 2024 / December 6th, 2024.
bool MatchMonthFirst(std::string_view s, size_t i, DateMatch* m) {
  size_t j;
  const int mo = ParseMonth(s, i, &j);
  if (mo == 0) return false;
  const size_t k = SkipSpaces(s, j);
  if (k == j) return false;
  int d, y;
  if (!ParseNumber(s, k, 1, 2, &d, &j)) return false;
  j = SkipOrdinal(s, j);
  if (j < s.size() && s[j] == ',') ++j;
  const size_t l = SkipSpaces(s, j);
  if (l == j && s[j - 1] != ',') return false;
  if (!ParseNumber(s, l, 4, 4, &y, &j)) return false;
  if (!ValidDate(y, mo, d)) return false;
  *m = {i, j, y, mo, d};
  return true;
}

// 6 December 2024 / 6th of December, 2024 / 6 Dec. 2024.
bool MatchDayFirst(std::string_view s, size_t i, DateMatch* m) {
  int d, y;
  size_t j;
  if (!ParseNumber(s, i, 1, 2, &d, &j)) return false;
  j = SkipOrdinal(s, j);
  size_t k = SkipSpaces(s, j);
  if (k == j) return false;
  if (LowerAscii(s.substr(k, 3)) == "of ") k = SkipSpaces(s, k + 2);
  const int mo = ParseMonth(s, k, &j);
  if (mo == 0) return false;
  if (j < s.size() && s[j] == ',') ++j;
  const size_t l = SkipSpaces(s, j);
  if (l == j && s[j - 1] != ',') return false;
  if (!ParseNumber(s, l, 4, 4, &y, &j)) return false;
  if (!ValidDate(y, mo, d)) return false;
  *m = {i, j, y, mo, d};
  return true;
}

// All full dates in `s`, left to right, non-overlapping.
std::vector<DateMatch> FindDates(std::string_view s) {
  std::vector<DateMatch> out;
  size_t i = 0;
  while (i < s.size()) {
    const bool word_start = i == 0 || (!IsAsciiAlnum(s[i - 1]) && s[i - 1] != '/' && s[i - 1] != '-' &&
                                       s[i - 1] != '.' && s[i - 1] != '_');
    DateMatch m;
    if (word_start && (MatchIso(s, i, &m) || MatchMonthFirst(s, i, &m) || MatchDayFirst(s, i, &m))) {
      out.push_back(m);
      i = m.end;
    } else {
      ++i;
    }
  }
  return out;
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  if (s.size() >= 2 && s.substr(s.size() - 2) == "\xC2\xA0") return Trim(s.substr(0, s.size() - 2));
  return s;
}

// Words: runs of letters (any non-ASCII byte counts as a letter) and digits.
std::vector<std::string_view> Words(std::string_view s) {
  std::vector<std::string_view> out;
  size_t i = 0;
  while (i < s.size()) {
    auto in_word = [&](size_t k) { return IsAsciiAlnum(s[k]) || static_cast<unsigned char>(s[k]) >= 0x80; };
    if (!in_word(i)) {
      ++i;
      continue;
    }
    size_t j = i;
    while (j < s.size() && in_word(j)) ++j;
    out.push_back(s.substr(i, j - i));
    i = j;
  }
  return out;
}

bool IsWeekday(const std::string& w) {
  static constexpr std::array<const char*, 14> kDays = {"monday", "tuesday", "wednesday", "thursday", "friday",
                                                        "saturday", "sunday", "mon", "tue", "wed",
                                                        "thu", "fri", "sat", "sun"};
  for (const char* d : kDays) {
    if (w == d) return true;
  }
  return false;
}

// Words that may label a publication date ("Published on", "Last updated", "Friday").
bool IsDateLabel(const std::string& w) {
  static constexpr std::array<const char*, 14> kLabels = {
      "published", "updated", "posted", "last", "first", "date", "dated", "on", "at", "modified",
      "created", "released", "issued", "publication"};
  for (const char* l : kLabels) {
    if (w == l) return true;
  }
  return IsWeekday(w);
}

bool StartsWithDash(std::string_view s) {
  return !s.empty() && (s[0] == '-' || s.substr(0, 3) == "\xE2\x80\x94" || s.substr(0, 3) == "\xE2\x80\x93" ||
                        s.substr(0, 3) == "\xE2\x80\x95" || s.substr(0, 3) == "\xE2\x80\x92");
}

bool EndsWithSeparator(std::string_view s) {
  if (s.empty()) return false;
  const char c = s.back();
  if (c == '|' || c == ':' || c == '/' || c == '-' || c == '>') return true;
  for (std::string_view sep : {"\xE2\x80\x94", "\xE2\x80\x93", "\xE2\x80\xA2", "\xC2\xB7", "\xC2\xBB"}) {
    if (s.size() >= sep.size() && s.substr(s.size() - sep.size()) == sep) return true;
  }
  return false;
}

// What may stand before a publication date on its line.
bool PrefixAllowsDate(std::string_view prefix) {
  prefix = Trim(prefix);
  if (prefix.empty()) return true;
  if (prefix.size() > kMaxPrefixBytes) return false;
  if (prefix.find('@') != std::string_view::npos || prefix.find("://") != std::string_view::npos ||
      prefix.find("www.") != std::string_view::npos) {
    return false;  // tweet signatures and URLs
  }
  if (StartsWithDash(prefix)) return false;  // "— Name (@handle) December 5, 2024"
  const std::vector<std::string_view> words = Words(prefix);
  if (words.empty()) return true;  // punctuation only, e.g. "|" or "•"
  bool all_labels = LowerAscii(words[0]) != "on";
  for (std::string_view w : words) all_labels = all_labels && IsDateLabel(LowerAscii(w));
  if (all_labels) return true;
  if (words.size() <= 4 && EndsWithSeparator(prefix)) return true;  // "World |", "Politics:"
  if (words.size() >= 2 && words.size() <= 6 && LowerAscii(words[0]) == "by") {  // "By Jane Doe,"
    bool names = true;
    for (size_t k = 1; k < words.size(); ++k) {
      const char c = words[k][0];
      if (IsAsciiAlpha(c) && !(c >= 'A' && c <= 'Z')) names = false;  // "By the time of ..." is no byline
    }
    return names;
  }
  return false;
}

// What may follow a publication date on its line: nothing, punctuation, a weekday, a time or zone.
bool SuffixAllowsDate(std::string_view s) {
  size_t i = SkipSpaces(s, 0);
  if (i < s.size() && s[i] == ',') i = SkipSpaces(s, i + 1);
  if (i >= s.size() || !IsAsciiAlpha(s[i])) return true;
  size_t j = i;
  while (j < s.size() && IsAsciiAlpha(s[j])) ++j;
  const std::string w = LowerAscii(s.substr(i, j - i));
  static constexpr std::array<const char*, 16> kAllowed = {"at",  "updated", "utc", "gmt", "est", "edt",
                                                           "cet", "cest",    "pst", "pdt", "bst", "am",
                                                           "pm",  "local",   "eet", "msk"};
  for (const char* a : kAllowed) {
    if (w == a) return true;
  }
  return IsWeekday(w);
}

}  // namespace

bool IsIsoDate(std::string_view date) {
  if (date.size() != 10) return false;
  DateMatch m;
  return date[4] == '-' && MatchIso(date, 0, &m) && m.end == 10 && date[7] == '-';
}

std::string FindPublicationDate(std::string_view text) {
  int lines_seen = 0;
  size_t pos = 0;
  while (pos < text.size() && lines_seen < kMaxLines) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    std::string_view line = Trim(text.substr(pos, nl - pos));
    pos = nl + 1;
    if (line.empty()) continue;
    ++lines_seen;
    line = line.substr(0, kLineWindow);
    for (const DateMatch& m : FindDates(line)) {
      if (m.begin > kMaxPrefixBytes + 8) break;
      if (PrefixAllowsDate(line.substr(0, m.begin)) && SuffixAllowsDate(line.substr(m.end))) {
        return FormatDate(m.year, m.month, m.day);
      }
    }
  }
  return "";
}

std::string NormalizeDateValue(std::string_view value) {
  value = Trim(value);
  DateMatch m;
  if (MatchIso(value, 0, &m)) return FormatDate(m.year, m.month, m.day);
  if (value.size() == 8) {
    int v;
    size_t end;
    if (ParseNumber(value, 0, 8, 8, &v, &end) && ValidDate(v / 10000, v / 100 % 100, v % 100)) {
      return FormatDate(v / 10000, v / 100 % 100, v % 100);
    }
  }
  const std::vector<DateMatch> dates = FindDates(value.substr(0, 256));
  if (!dates.empty()) return FormatDate(dates[0].year, dates[0].month, dates[0].day);
  return "";
}

}  // namespace sitrep::ingest
