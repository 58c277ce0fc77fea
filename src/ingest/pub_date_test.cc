#include "ingest/pub_date.h"

#include <gtest/gtest.h>

namespace sitrep::ingest {
namespace {

TEST(FindPublicationDate, DatedLineWithSectionLabelAndWeekday) {
  EXPECT_EQ(FindPublicationDate("Some headline\nWorld | December 6, 2024, Friday // 11:06| viewsBody starts"),
            "2024-12-06");
}

TEST(FindPublicationDate, CommonLayouts) {
  EXPECT_EQ(FindPublicationDate("Headline\nDecember 6, 2024, Friday\nBody."), "2024-12-06");
  EXPECT_EQ(FindPublicationDate("Headline\nPublished: 5 December 2024\nBody."), "2024-12-05");
  EXPECT_EQ(FindPublicationDate("Headline\nDec. 6, 2024\nBody."), "2024-12-06");
  EXPECT_EQ(FindPublicationDate("Headline\n2024-12-06\nBody."), "2024-12-06");
  EXPECT_EQ(FindPublicationDate("Headline\nUpdated Sept. 30, 2023 at 4:15 p.m.\nBody."), "2023-09-30");
  EXPECT_EQ(FindPublicationDate("Headline\nFriday, 1st of March, 2024\nBody."), "2024-03-01");
  EXPECT_EQ(FindPublicationDate("Headline\nBy Jane Roe | Feb 29, 2024\nBody."), "2024-02-29");
  EXPECT_EQ(FindPublicationDate("Headline\nPosted on 2024/01/15 10:00 UTC\nBody."), "2024-01-15");
}

TEST(FindPublicationDate, TweetSignatureIsNotAPublicationDate) {
  EXPECT_EQ(FindPublicationDate("Rebels entered the town.\nA photo of the square. pic.twitter.com/abc\n"
                                "\xE2\x80\x94 Some Watcher (@watcher) December 5, 2024\nMore text."),
            "");
  EXPECT_EQ(FindPublicationDate("Title\n- Someone (@someone) December 5, 2024"), "");
}

TEST(FindPublicationDate, DateInsideSentenceIsNotAPublicationDate) {
  EXPECT_EQ(FindPublicationDate("Title\nOn December 5, 2024, rebels captured the city.\n"), "");
  EXPECT_EQ(FindPublicationDate("Title\nThe offensive that began in late November reached the city by December 5, "
                                "2024, officials said.\n"),
            "");
  EXPECT_EQ(FindPublicationDate("Title\nDecember 5, 2024 was the day the city fell.\n"), "");
  EXPECT_EQ(FindPublicationDate("Title\nBy the evening of December 5, 2024 the city had fallen.\n"), "");
}

TEST(FindPublicationDate, OnlyTheFirstLinesAreSearched) {
  EXPECT_EQ(FindPublicationDate("Title\na\nb\nc\nd\ne\nf\nDecember 6, 2024\n"), "");
  EXPECT_EQ(FindPublicationDate("Title\n\n\na\n\nb\nDecember 6, 2024\n"), "2024-12-06");
}

TEST(FindPublicationDate, InvalidCalendarDatesAreIgnored) {
  EXPECT_EQ(FindPublicationDate("Title\nFebruary 30, 2024\n"), "");
  EXPECT_EQ(FindPublicationDate("Title\nFeb 29, 2023\n"), "");
  EXPECT_EQ(FindPublicationDate("Title\n2024-13-01\n"), "");
  EXPECT_EQ(FindPublicationDate("Title\nMay 2024\n"), "");  // no day: not a full date
}

TEST(FindPublicationDate, UrlsAreNotDatedLines) {
  EXPECT_EQ(FindPublicationDate("Title\nhttps://example.com/2024/12/06/story\n"), "");
}

TEST(NormalizeDateValue, Formats) {
  EXPECT_EQ(NormalizeDateValue("2024-12-06"), "2024-12-06");
  EXPECT_EQ(NormalizeDateValue("2024-12-05T23:15:00-05:00"), "2024-12-05");
  EXPECT_EQ(NormalizeDateValue(" 20241206 "), "2024-12-06");
  EXPECT_EQ(NormalizeDateValue("Friday, December 6, 2024 11:06"), "2024-12-06");
  EXPECT_EQ(NormalizeDateValue("6 Dec 2024"), "2024-12-06");
  EXPECT_EQ(NormalizeDateValue("yesterday"), "");
  EXPECT_EQ(NormalizeDateValue(""), "");
  EXPECT_EQ(NormalizeDateValue("2024-02-30"), "");
}

TEST(IsIsoDate, Strict) {
  EXPECT_TRUE(IsIsoDate("2024-12-06"));
  EXPECT_FALSE(IsIsoDate("2024-12-6"));
  EXPECT_FALSE(IsIsoDate("2024/12/06"));
  EXPECT_FALSE(IsIsoDate("2024-12-06T00:00"));
  EXPECT_FALSE(IsIsoDate("2023-02-29"));
}

}  // namespace
}  // namespace sitrep::ingest
