#include "fuse/match.h"

#include <gtest/gtest.h>

#include "fuse/fuse_test_util.h"

namespace sitrep::fuse {
namespace {

using namespace ::sitrep::fuse::testing;

TEST(ComparePlaces, TheCountrysideOfATownIsNotTheTown) {
  Location town = Hama();
  Location countryside = Hama();
  countryside.text = "Hama's countryside";
  countryside.precision_km = 25;  // what the extractor gives "X's countryside"
  EXPECT_EQ(ComparePlaces(town, town), PlaceMatch::kSame);
  EXPECT_EQ(ComparePlaces(town, countryside), PlaceMatch::kContains);
  EXPECT_EQ(ComparePlaces(countryside, countryside), PlaceMatch::kSame);
}

TEST(ComparePlaces, TwoTownsApartAreIncompatible) {
  EXPECT_EQ(ComparePlaces(Hama(), Homs()), PlaceMatch::kIncompatible);
  EXPECT_EQ(ComparePlaces(Hama(), std::nullopt), PlaceMatch::kMissing);
  EXPECT_EQ(ComparePlaces(IdlibProvince(), Ariha()), PlaceMatch::kContains);
}

TEST(CompareActors, UnidentifiedFightersAreCompatibleWithANamedRebelGroup) {
  Actor gunmen{"fighters", "Unidentified armed group", "unidentified", ""};
  Actor hts{"HTS", "Hayat Tahrir al-Sham", "rebel", "SY"};
  Actor army{"the army", "Military Forces of Syria", "state", "SY"};
  EXPECT_EQ(CompareActors({gunmen}, {hts}), ActorMatch::kCompatible);
  EXPECT_EQ(CompareActors({hts}, {army}), ActorMatch::kConflict);
}

TEST(IsVaguerDate, ThePublicationWeekIsVaguerThanAStatedOverlappingDate) {
  EventMention stated, by_default;
  stated.date = "2024-11-30";
  stated.date_text = "By November 30";
  stated.date_precision = DatePrecision::kWeek;
  by_default.date = "2024-12-06";  // publication date, week precision, nothing said in the text
  by_default.date_precision = DatePrecision::kWeek;
  EXPECT_TRUE(IsVaguerDate(by_default, stated));
  EXPECT_FALSE(IsVaguerDate(stated, by_default));
  stated.date = "2024-11-10";  // no overlap: a real disagreement
  stated.date_text = "on November 10";
  stated.date_precision = DatePrecision::kDay;
  EXPECT_FALSE(IsVaguerDate(by_default, stated));
}

}  // namespace
}  // namespace sitrep::fuse
