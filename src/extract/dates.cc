#include "extract/dates.h"

#include <array>
#include <optional>

#include "extract/civil_date.h"
#include "extract/scan.h"

namespace sitrep::extract {
namespace {

using Words = std::vector<Word>;

// 1..12 for a month name or abbreviation (capitalised in the text), else 0.
int MonthOf(const Word& w) {
  static constexpr std::array<std::string_view, 12> kFull = {
      "january", "february", "march", "april", "may", "june",
      "july", "august", "september", "october", "november", "december"};
  static constexpr std::array<std::string_view, 12> kAbbr = {"jan", "feb", "mar", "apr", "may", "jun",
                                                             "jul", "aug", "sep", "oct", "nov", "dec"};
  if (!w.capitalized) return 0;
  for (int m = 0; m < 12; ++m) {
    if (w.lower == kFull[m] || w.lower == kAbbr[m]) return m + 1;
  }
  if (w.lower == "sept") return 9;
  return 0;
}

// 0 = Sunday ... 6 = Saturday, -1 when not a weekday name.
int WeekdayOf(const Word& w) {
  static constexpr std::array<std::string_view, 7> kDays = {"sunday", "monday", "tuesday", "wednesday",
                                                            "thursday", "friday", "saturday"};
  if (!w.capitalized) return -1;
  for (int d = 0; d < 7; ++d) {
    if (w.lower == kDays[d]) return d;
  }
  return -1;
}

// Value of an all-digit word of at most `max_len` digits, else -1.
int SmallInt(const Word& w, size_t max_len) {
  if (!w.number || w.text.size() > max_len) return -1;
  int v = 0;
  for (char c : w.text) {
    if (c < '0' || c > '9') return -1;
    v = v * 10 + (c - '0');
  }
  return v;
}

bool IsOrdinalSuffix(const Word& w) {
  return w.glued && (w.lower == "st" || w.lower == "nd" || w.lower == "rd" || w.lower == "th");
}

// A plausible year: four digits, 1900..2199, not glued to a unit or percent sign.
int YearAt(const Words& w, size_t i) {
  if (i >= w.size()) return -1;
  int y = SmallInt(w[i], 4);
  if (y < 1900 || y > 2199 || w[i].text.size() != 4) return -1;
  if (i + 1 < w.size() && w[i + 1].glued && !w[i + 1].punct) return -1;            // "2024mm"
  if (i + 1 < w.size() && w[i + 1].glued && w[i + 1].lower == "%") return -1;
  return y;
}

int NumberWord(std::string_view s) {
  static constexpr std::array<std::string_view, 11> kNums = {"zero", "one", "two", "three", "four", "five",
                                                             "six", "seven", "eight", "nine", "ten"};
  if (s == "a" || s == "an") return 1;
  for (int i = 0; i < static_cast<int>(kNums.size()); ++i) {
    if (s == kNums[i]) return i;
  }
  return -1;
}

class Resolver {
 public:
  Resolver(std::string_view text, std::string_view published) : text_(text), words_(ScanWords(text)) {
    CivilDate p;
    if (ParseIsoDate(published, &p)) pub_ = p;
  }

  std::vector<DateMention> Run() {
    std::vector<DateMention> out;
    size_t i = 0;
    while (i < words_.size()) {
      DateMention m;
      size_t end = 0;
      if (MatchAt(i, &m, &end)) {
        m.begin = words_[i].begin;
        m.end = words_[end - 1].end;
        m.text = std::string(text_.substr(m.begin, m.end - m.begin));
        out.push_back(std::move(m));
        i = end;
      } else {
        ++i;
      }
    }
    return out;
  }

 private:
  const Word* At(size_t i) const { return i < words_.size() ? &words_[i] : nullptr; }
  bool Is(size_t i, std::string_view lower) const { return i < words_.size() && words_[i].lower == lower; }

  void SetDate(DateMention* m, const CivilDate& d, DatePrecision p) const {
    m->date = FormatIsoDate(d);
    m->precision = p;
    m->year = d.year;
    if (pub_ && DaysFromCivil(d) > DaysFromCivil(*pub_)) m->future = true;
  }

  // Tries every pattern at word i; on success fills *m and the end word index.
  bool MatchAt(size_t i, DateMention* m, size_t* end) {
    // Role prefixes: "by", "since", "until".
    DateRole role = DateRole::kPoint;
    size_t j = i;
    if (Is(j, "by") || Is(j, "until") || Is(j, "till")) {
      role = DateRole::kBy;
      ++j;
    } else if (Is(j, "since")) {
      role = DateRole::kSince;
      ++j;
    }
    if (MatchCore(j, m, end)) {
      if (role != DateRole::kPoint) {
        if (m->role == DateRole::kYear || m->role == DateRole::kPoint) m->role = role;
      }
      return true;
    }
    return false;
  }

  bool MatchCore(size_t i, DateMention* m, size_t* end) {
    if (i >= words_.size()) return false;
    return MatchRelative(i, m, end) || MatchIso(i, m, end) || MatchMonthFirst(i, m, end) ||
           MatchDayFirst(i, m, end) || MatchWeekday(i, m, end) || MatchDeictic(i, m, end) ||
           MatchYear(i, m, end);
  }

  // "a day after", "two days before", "the day after", "3 days after".
  bool MatchRelative(size_t i, DateMention* m, size_t* end) {
    int n = -1;
    size_t j = i;
    if (Is(j, "the")) {
      n = 1;
      ++j;
      if (!Is(j, "day")) return false;
    } else {
      n = NumberWord(words_[j].lower);
      if (n < 0) n = SmallInt(words_[j], 2);
      if (n <= 0) return false;
      ++j;
      if (!Is(j, "day") && !Is(j, "days") && !Is(j, "week") && !Is(j, "weeks")) return false;
    }
    const bool week = Is(j, "week") || Is(j, "weeks");
    ++j;
    int sign = 0;
    if (Is(j, "after")) sign = 1;
    if (Is(j, "before")) sign = -1;
    if (sign == 0) return false;
    m->role = DateRole::kRelative;
    m->offset_days = sign * n * (week ? 7 : 1);
    m->precision = week ? DatePrecision::kWeek : DatePrecision::kDay;
    *end = j + 1;
    return true;
  }

  // "2024-12-05".
  bool MatchIso(size_t i, DateMention* m, size_t* end) {
    int y = YearAt(words_, i);
    if (y < 0 || i + 4 >= words_.size()) return false;
    if (words_[i + 1].lower != "-" || !words_[i + 1].glued || words_[i + 3].lower != "-") return false;
    int mo = SmallInt(words_[i + 2], 2), d = SmallInt(words_[i + 4], 2);
    CivilDate c{y, mo, d};
    if (!words_[i + 2].glued || !words_[i + 4].glued || !IsValidDate(c)) return false;
    SetDate(m, c, DatePrecision::kDay);
    *end = i + 5;
    return true;
  }

  // Representative day of a month: early 5, mid/plain 15, late 25; never after publication.
  CivilDate MonthDay(int year, int month, std::string_view part) const {
    int d = part == "early" ? 5 : part == "late" ? 25 : 15;
    d = std::min(d, DaysInMonth(year, month));
    CivilDate c{year, month, d};
    if (pub_ && pub_->year == year && pub_->month == month && pub_->day < d) c.day = pub_->day;
    return c;
  }

  // A year for a month/day without one: the publication year, one back when in the future.
  std::optional<int> InferYear(int month, int day) const {
    if (!pub_) return std::nullopt;
    int y = pub_->year;
    if (month > pub_->month || (month == pub_->month && day > pub_->day)) --y;
    return y;
  }

  // "[early|late|mid(-)] December [5[th]][,] [2024]".
  bool MatchMonthFirst(size_t i, DateMention* m, size_t* end) {
    std::string part;
    size_t j = i;
    if (Is(j, "early") || Is(j, "late") || Is(j, "mid")) {
      part = words_[j].lower;
      ++j;
      if (Is(j, "-")) ++j;
    }
    const Word* w = At(j);
    if (w == nullptr) return false;
    int month = MonthOf(*w);
    if (month == 0) return false;
    const bool abbreviated = w->text.size() <= 4 && w->lower != "may" && w->lower != "june" && w->lower != "july";
    ++j;
    if (abbreviated && Is(j, ".")) ++j;
    int day = -1;
    if (const Word* dw = At(j); dw != nullptr && part.empty()) {
      int d = SmallInt(*dw, 2);
      if (d >= 1 && d <= 31) {
        day = d;
        ++j;
        if (j < words_.size() && IsOrdinalSuffix(words_[j])) ++j;
      }
    }
    int year = -1;
    size_t k = j;
    if (day > 0 && Is(k, ",")) ++k;
    if (int y = YearAt(words_, k); y > 0) {
      year = y;
      j = k + 1;
    }
    // A bare month name must look like a date: "in/since/by/of/until/early/late/mid" before it, or
    // a day or year with it. "May" and "March" are too often verbs otherwise.
    if (day < 0 && year < 0 && part.empty()) {
      if (abbreviated) return false;
      if (i == 0) return false;
      const std::string& prev = words_[i - 1].lower;
      if (prev != "in" && prev != "since" && prev != "by" && prev != "of" && prev != "until" &&
          prev != "during" && prev != "from" && prev != "through" && prev != "last" && prev != "this")
        return false;
      if (prev == "last" || prev == "this") return false;  // "last May" is left out; rare in news.
    }
    if (day > 0) {
      std::optional<int> y = year > 0 ? std::optional<int>(year) : InferYear(month, day);
      CivilDate c{y.value_or(2000), month, day};
      if (!IsValidDate(c)) return false;
      if (y) SetDate(m, c, DatePrecision::kDay);
      m->year = y.value_or(0);
    } else {
      std::optional<int> y = year > 0 ? std::optional<int>(year) : InferYear(month, 1);
      if (y) SetDate(m, MonthDay(*y, month, part), DatePrecision::kMonth);
      m->precision = DatePrecision::kMonth;
      m->year = y.value_or(0);
    }
    *end = j;
    return true;
  }

  // "5 December [2024]", "5th of December".
  bool MatchDayFirst(size_t i, DateMention* m, size_t* end) {
    int day = SmallInt(words_[i], 2);
    if (day < 1 || day > 31) return false;
    size_t j = i + 1;
    if (j < words_.size() && IsOrdinalSuffix(words_[j])) ++j;
    if (Is(j, "of")) ++j;
    const Word* w = At(j);
    if (w == nullptr) return false;
    int month = MonthOf(*w);
    if (month == 0) return false;
    ++j;
    if (Is(j, ".") && words_[j - 1].text.size() <= 4) ++j;
    int year = YearAt(words_, j);
    if (year > 0) ++j;
    std::optional<int> y = year > 0 ? std::optional<int>(year) : InferYear(month, day);
    CivilDate c{y.value_or(2000), month, day};
    if (!IsValidDate(c)) return false;
    if (y) SetDate(m, c, DatePrecision::kDay);
    m->year = y.value_or(0);
    *end = j;
    return true;
  }

  bool IsDayPart(size_t i) const {
    return Is(i, "morning") || Is(i, "afternoon") || Is(i, "evening") || Is(i, "night") || Is(i, "overnight");
  }

  // "[last|this|next|early|late] Thursday [morning|night]".
  bool MatchWeekday(size_t i, DateMention* m, size_t* end) {
    size_t j = i;
    std::string mod;
    if (Is(j, "last") || Is(j, "this") || Is(j, "next") || Is(j, "early") || Is(j, "late") || Is(j, "overnight")) {
      mod = words_[j].lower;
      ++j;
    }
    const Word* w = At(j);
    if (w == nullptr) return false;
    int wd = WeekdayOf(*w);
    if (wd < 0) return false;
    ++j;
    // "Friday, December 6" / "Friday December 6": the calendar date wins.
    size_t k = Is(j, ",") ? j + 1 : j;
    if (const Word* nw = At(k); nw != nullptr && MonthOf(*nw) > 0) {
      DateMention md;
      size_t e = 0;
      if (MatchMonthFirst(k, &md, &e) && md.precision == DatePrecision::kDay) {
        *m = md;
        *end = e;
        return true;
      }
    }
    if (IsDayPart(j)) ++j;
    if (!pub_) {
      m->precision = DatePrecision::kDay;
      *end = j;
      return true;
    }
    int back = (Weekday(*pub_) - wd + 7) % 7;
    CivilDate c = AddDays(*pub_, -back);
    if (mod == "last" && back == 0) c = AddDays(*pub_, -7);
    if (mod == "next") c = AddDays(*pub_, back == 0 ? 7 : 7 - back);
    SetDate(m, c, DatePrecision::kDay);
    *end = j;
    return true;
  }

  // yesterday, today, tonight, overnight, last night, this morning, this/last week, this/last month,
  // earlier this week, in recent days/weeks, recently, the previous day/evening/night, tomorrow.
  bool MatchDeictic(size_t i, DateMention* m, size_t* end) {
    int offset = 0;
    DatePrecision p = DatePrecision::kDay;
    size_t j = i;
    bool month = false;
    bool ok = false;
    if (Is(j, "yesterday")) {
      offset = -1;
      ++j;
      ok = true;
      if (IsDayPart(j)) ++j;
    } else if (Is(j, "today") || Is(j, "tonight")) {
      ++j;
      ok = true;
    } else if (Is(j, "tomorrow")) {
      offset = 1;
      ++j;
      ok = true;
    } else if (Is(j, "overnight")) {
      offset = -1;
      ++j;
      ok = true;
    } else if (Is(j, "last") && (Is(j + 1, "night") || Is(j + 1, "evening"))) {
      offset = -1;
      j += 2;
      ok = true;
    } else if (Is(j, "the") && (Is(j + 1, "previous") || Is(j + 1, "preceding")) &&
               (Is(j + 2, "day") || Is(j + 2, "evening") || Is(j + 2, "night"))) {
      offset = -1;
      j += 3;
      ok = true;
    } else if (Is(j, "this") && (Is(j + 1, "morning") || Is(j + 1, "afternoon") || Is(j + 1, "evening"))) {
      j += 2;
      ok = true;
    } else {
      size_t k = j;
      if (Is(k, "earlier") || Is(k, "later") || Is(k, "early") || Is(k, "late")) ++k;
      if ((Is(k, "this") || Is(k, "last") || Is(k, "past")) && (Is(k + 1, "week") || Is(k + 1, "month"))) {
        month = Is(k + 1, "month");
        p = month ? DatePrecision::kMonth : DatePrecision::kWeek;
        if (Is(k, "last") || Is(k, "past")) offset = month ? -30 : -7;
        if (Is(k, "past")) offset = 0;  // "the past week" ends today
        j = k + 2;
        ok = true;
      } else if (Is(j, "recently") || Is(j, "lately")) {
        // "recently captured": some day up to a week or so before publication.
        p = DatePrecision::kWeek;
        j += 1;
        ok = true;
      } else if (Is(j, "in") && Is(j + 1, "recent") && (Is(j + 2, "weeks") || Is(j + 2, "months"))) {
        p = DatePrecision::kMonth;
        j += 3;
        ok = true;
      } else if (Is(j, "in") && Is(j + 1, "recent") && Is(j + 2, "days")) {
        p = DatePrecision::kWeek;
        j += 3;
        ok = true;
      } else if ((Is(j, "over") || Is(j, "at")) && Is(j + 1, "the") && Is(j + 2, "weekend")) {
        p = DatePrecision::kWeek;
        j += 3;
        ok = true;
        if (pub_) offset = -((Weekday(*pub_) + 1) % 7);  // the most recent Saturday
      }
    }
    if (!ok) return false;
    if (pub_) {
      CivilDate c = AddDays(*pub_, offset);
      if (month) c = MonthDay(c.year, c.month, "");
      SetDate(m, c, p);
    }
    m->precision = p;
    *end = j;
    return true;
  }

  // A bare year: "in 2011", "the 1982 massacre", "since 2011".
  bool MatchYear(size_t i, DateMention* m, size_t* end) {
    int y = YearAt(words_, i);
    if (y < 0) return false;
    // Not part of a larger number-like phrase: "2024 people" is a count, but counts that size are
    // written "2,024"; treat 4-digit 19xx/20xx as years unless a noun of measure follows.
    if (i > 0 && (words_[i - 1].lower == "-" || words_[i - 1].lower == "/") && words_[i].glued) return false;
    m->role = DateRole::kYear;
    m->year = y;
    m->date = FormatIsoDate(CivilDate{y, 7, 1});
    m->precision = DatePrecision::kMonth;
    *end = i + 1;
    return true;
  }

  std::string_view text_;
  Words words_;
  std::optional<CivilDate> pub_;
};

}  // namespace

std::vector<DateMention> FindDates(std::string_view text, std::string_view published) {
  return Resolver(text, published).Run();
}

}  // namespace sitrep::extract
