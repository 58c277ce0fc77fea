#include "fuse/fingerprint.h"

#include <gtest/gtest.h>

#include "fuse/day_interval.h"

namespace sitrep::fuse {
namespace {

TEST(Fingerprint, CopiesAreSimilarAndOtherTextsNot) {
  const std::string text =
      "Shelling hit the eastern districts of the town late on Monday, and local medics said the clinic "
      "had run out of supplies as families fled toward the river crossing.";
  const std::string fp = Fingerprint(text);
  EXPECT_EQ(fp.size(), static_cast<size_t>(kMinHashSize * 16));
  EXPECT_EQ(FingerprintSimilarity(fp, Fingerprint(text)), 1.0);
  EXPECT_EQ(Fingerprint(text), Fingerprint("  " + text + "\n"));  // punctuation and spacing do not matter
  EXPECT_GE(FingerprintSimilarity(fp, Fingerprint("UPDATED: " + text)), kNearDuplicateSimilarity);
  EXPECT_LT(FingerprintSimilarity(fp, Fingerprint("The ministry announced new bread prices for the capital on "
                                                  "Monday after a week of queues outside bakeries.")),
            0.2);
  EXPECT_EQ(Fingerprint(""), "");
  EXPECT_EQ(FingerprintSimilarity(fp, ""), 0);
  EXPECT_EQ(FingerprintSimilarity(fp, std::string(fp.size(), 'z')), 0);
}

TEST(Fingerprint, Fnv1aKnownValue) {
  // FNV-1a 64 of "a" is 0xaf63dc4c8601ec8c (published test vector).
  EXPECT_EQ(Fnv1a64("a"), 0xaf63dc4c8601ec8cULL);
}

TEST(DayInterval, DayNumbers) {
  EXPECT_EQ(DayNumber("1970-01-01"), 0);
  EXPECT_EQ(DayNumber("1970-01-02"), 1);
  EXPECT_EQ(DayNumber("2024-03-01").value() - DayNumber("2024-02-28").value(), 2);  // leap year
  EXPECT_FALSE(DayNumber("2023-02-29"));
  EXPECT_FALSE(DayNumber("2024-13-01"));
  EXPECT_FALSE(DayNumber("yesterday"));
  EXPECT_EQ(DayString(*DayNumber("2024-12-05")), "2024-12-05");
  EXPECT_EQ(DayString(-1), "1969-12-31");
}

TEST(DayInterval, PrecisionWidensTheInterval) {
  EventMention m;
  m.date = "2024-12-05";
  const int d = *DayNumber(m.date);
  EXPECT_EQ(MentionInterval(m)->lo, d);
  EXPECT_EQ(MentionInterval(m)->hi, d);
  m.date_text = "overnight";
  EXPECT_EQ(MentionInterval(m)->lo, d - 1);
  EXPECT_EQ(MentionInterval(m)->hi, d + 1);
  m.date_precision = DatePrecision::kMonth;
  EXPECT_EQ(MentionInterval(m)->lo, *DayNumber("2024-11-30"));
  EXPECT_EQ(MentionInterval(m)->hi, *DayNumber("2025-01-01"));
  m.date = "";
  EXPECT_FALSE(MentionInterval(m));
}

}  // namespace
}  // namespace sitrep::fuse
