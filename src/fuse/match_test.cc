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

}  // namespace
}  // namespace sitrep::fuse
