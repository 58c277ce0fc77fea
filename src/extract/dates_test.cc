#include "extract/dates.h"

#include <gtest/gtest.h>

#include "extract/civil_date.h"

namespace sitrep::extract {
namespace {

// Publication on Friday 2024-12-06 unless a test says otherwise.
constexpr std::string_view kPub = "2024-12-06";

DateMention Only(std::string_view text, std::string_view pub = kPub) {
  auto v = FindDates(text, pub);
  EXPECT_EQ(v.size(), 1u) << text;
  return v.empty() ? DateMention{} : v[0];
}

TEST(CivilDateTest, RoundTripAndWeekday) {
  EXPECT_EQ(DaysFromCivil({1970, 1, 1}), 0);
  EXPECT_EQ(CivilFromDays(DaysFromCivil({2024, 2, 29})), (CivilDate{2024, 2, 29}));
  EXPECT_EQ(Weekday({2024, 12, 6}), 5);  // a Friday
  EXPECT_EQ(Weekday({1970, 1, 1}), 4);   // a Thursday
  EXPECT_EQ(FormatIsoDate(AddDays({2024, 3, 1}, -1)), "2024-02-29");
  CivilDate d;
  EXPECT_FALSE(ParseIsoDate("2023-02-29", &d));
  EXPECT_TRUE(ParseIsoDate("2022-02-24T05:00:00Z", &d));
  EXPECT_EQ(d, (CivilDate{2022, 2, 24}));
}

TEST(DatesTest, MonthDayForms) {
  EXPECT_EQ(Only("Troops crossed the river on December 5.").date, "2024-12-05");
  EXPECT_EQ(Only("on December 5, 2023, the town fell").date, "2023-12-05");
  EXPECT_EQ(Only("The drone hit Odesa on 5 December 2024.").date, "2024-12-05");
  auto m = Only("Shelling resumed Dec. 3 near the port.");
  EXPECT_EQ(m.date, "2024-12-03");
  EXPECT_EQ(m.text, "Dec. 3");
  EXPECT_EQ(Only("It happened on the 2nd of December.").date, "2024-12-02");
  // Later in the calendar than publication: last year.
  EXPECT_EQ(Only("Fighting in El Fasher began on December 20.").date, "2023-12-20");
  EXPECT_EQ(Only("A convoy was hit on 2024-11-28 near Gao.").date, "2024-11-28");
}

TEST(DatesTest, Weekdays) {
  auto m = Only("Rebels entered the town on Thursday.");
  EXPECT_EQ(m.date, "2024-12-05");
  EXPECT_EQ(m.text, "Thursday");
  EXPECT_EQ(Only("Early Friday, fighters moved in.").date, "2024-12-06");
  EXPECT_EQ(Only("Early Friday, fighters moved in.").text, "Early Friday");
  EXPECT_EQ(Only("The strike came Friday morning.").date, "2024-12-06");
  EXPECT_EQ(Only("Last Friday the port was shelled.").date, "2024-11-29");
  EXPECT_EQ(Only("on Wednesday night drones struck Kharkiv").date, "2024-12-04");
  EXPECT_EQ(Only("on Wednesday night drones struck Kharkiv").text, "Wednesday night");
  EXPECT_EQ(Only("Saturday's attack killed four.").date, "2024-11-30");
  auto next = Only("Talks resume next Monday.");
  EXPECT_EQ(next.date, "2024-12-09");
  EXPECT_TRUE(next.future);
  // "Friday, December 6" resolves as the calendar date.
  EXPECT_EQ(Only("Friday, November 29, was quiet.").date, "2024-11-29");
}

TEST(DatesTest, Deictic) {
  EXPECT_EQ(Only("Yesterday, a mortar round landed in Aden.").date, "2024-12-05");
  EXPECT_EQ(Only("Artillery fire overnight hit Kherson.").date, "2024-12-05");
  EXPECT_EQ(Only("Clashes last night in Khartoum.").date, "2024-12-05");
  EXPECT_EQ(Only("A car bomb exploded this morning.").date, "2024-12-06");
  EXPECT_EQ(Only("Police dispersed crowds today.").date, "2024-12-06");
  EXPECT_EQ(Only("In a speech the previous evening, he spoke.").date, "2024-12-05");
  auto w = Only("Salaries were raised earlier this week.");
  EXPECT_EQ(w.date, "2024-12-06");
  EXPECT_EQ(w.precision, DatePrecision::kWeek);
  auto lw = Only("Shelling intensified last week.");
  EXPECT_EQ(lw.date, "2024-11-29");
  EXPECT_EQ(lw.precision, DatePrecision::kWeek);
}

TEST(DatesTest, MonthsAndRoles) {
  auto m = Only("Clashes started in late November in Aleppo.");
  EXPECT_EQ(m.date, "2024-11-25");
  EXPECT_EQ(m.precision, DatePrecision::kMonth);
  EXPECT_EQ(m.text, "late November");
  EXPECT_EQ(Only("Shelling in November displaced families.").date, "2024-11-15");
  auto lm = Only("Raids increased last month.");
  EXPECT_EQ(lm.date, "2024-11-15");
  EXPECT_EQ(lm.precision, DatePrecision::kMonth);
  // The representative day never passes publication.
  EXPECT_EQ(Only("Raids in December", "2024-12-06").date, "2024-12-06");
  auto by = Only("By November 30, the militia held the centre.");
  EXPECT_EQ(by.role, DateRole::kBy);
  EXPECT_EQ(by.date, "2024-11-30");
  EXPECT_EQ(by.text, "By November 30");
  auto since = Only("The war, fought since 2011, goes on.");
  EXPECT_EQ(since.role, DateRole::kSince);
  EXPECT_EQ(since.year, 2011);
  auto year = Only("the 1994 genocide");
  EXPECT_EQ(year.role, DateRole::kYear);
  EXPECT_EQ(year.year, 1994);
  auto rel = Only("They entered Bakhmut a day after seizing Soledar.");
  EXPECT_EQ(rel.role, DateRole::kRelative);
  EXPECT_EQ(rel.offset_days, 1);
  EXPECT_EQ(rel.text, "a day after");
  EXPECT_EQ(Only("two days before the ceasefire").offset_days, -2);
}

TEST(DatesTest, NotDates) {
  EXPECT_TRUE(FindDates("Troops may march on the capital.", kPub).empty());
  EXPECT_TRUE(FindDates("They fired 7.62x39mm rounds and 2,024 shells.", kPub).empty());
  EXPECT_TRUE(FindDates("Salaries rose by 50% along the M5 highway.", kPub).empty());
  EXPECT_TRUE(FindDates("", kPub).empty());
}

TEST(DatesTest, NoPublicationDate) {
  EXPECT_EQ(Only("on Thursday", "").date, "");
  EXPECT_EQ(Only("on 5 December 2024", "").date, "2024-12-05");
  EXPECT_EQ(Only("on December 5", "garbage").date, "");
}

}  // namespace
}  // namespace sitrep::extract

namespace sitrep::extract {
namespace {

TEST(DatesTest, RecentlyIsAWeekBeforePublication) {
  auto m = Only("The militia recently seized two villages.");
  EXPECT_EQ(m.date, "2024-12-06");
  EXPECT_EQ(m.precision, DatePrecision::kWeek);
  EXPECT_EQ(m.text, "recently");
  m = Only("Dozens of strikes hit the port in recent weeks.");
  EXPECT_EQ(m.precision, DatePrecision::kMonth);
}

}  // namespace
}  // namespace sitrep::extract
