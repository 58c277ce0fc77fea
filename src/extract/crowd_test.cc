#include "extract/crowd.h"

#include <gtest/gtest.h>

#include <sstream>

namespace sitrep::extract {
namespace {

// A sentence of words; a word written "police:F" or "crowd:C" is an actor of that kind, whose
// kind the words after it carry (as the extractor assigns it).
std::vector<CrowdWord> Sentence(const std::string& text) {
  std::vector<CrowdWord> out;
  std::istringstream in(text);
  std::string w;
  Doer doer = Doer::kNone;
  int at = -1;
  while (in >> w) {
    const size_t colon = w.find(':');
    if (colon != std::string::npos) {
      const char k = w[colon + 1];
      doer = k == 'F' ? Doer::kForces : k == 'C' ? Doer::kCrowd : Doer::kArmed;
      at = static_cast<int>(out.size());
      w = w.substr(0, colon);
    }
    out.push_back(CrowdWord{w, doer, at});
  }
  return out;
}

TEST(CrowdTest, PeacefulByDefault) {
  EXPECT_EQ(ClassifyCrowd({Sentence("teachers:C marched to the ministry demanding pay")}), "Peaceful protest");
}

TEST(CrowdTest, ForcesActing) {
  EXPECT_EQ(ClassifyCrowd({Sentence("students:C rallied"), Sentence("police:F dispersed them")}),
            "Protest with intervention");
  EXPECT_EQ(ClassifyCrowd({Sentence("students:C rallied"), Sentence("two of them were arrested by police:F")}),
            "Protest with intervention");
  EXPECT_EQ(ClassifyCrowd({Sentence("soldiers:F shot dead two demonstrators")}), "Excessive force against protesters");
}

TEST(CrowdTest, CrowdActing) {
  EXPECT_EQ(ClassifyCrowd({Sentence("protesters:C threw stones at police:F")}), "Violent demonstration");
  EXPECT_EQ(ClassifyCrowd({Sentence("residents:C lynched a suspected thief")}), "Mob violence");
  // A clash with the police is a riot whoever is named first.
  EXPECT_EQ(ClassifyCrowd({Sentence("police:F clashed with protesters:C")}), "Violent demonstration");
}

TEST(CrowdTest, BackgroundClausesDoNotCount) {
  EXPECT_EQ(ClassifyCrowd({Sentence("relatives:C gathered to demand justice for a boy who was killed by police:F")}),
            "Peaceful protest");
}

TEST(CrowdTest, SymbolsAreNotViolence) {
  EXPECT_EQ(ClassifyCrowd({Sentence("activists:C held a rally and burned an effigy of the mayor")}), "Peaceful protest");
  EXPECT_EQ(ClassifyCrowd({Sentence("growers:C protested by throwing potatoes on the square")}), "Peaceful protest");
  EXPECT_EQ(ClassifyCrowd({Sentence("youths:C staged a torch rally through the old town")}), "Peaceful protest");
  EXPECT_EQ(ClassifyCrowd({Sentence("youths:C marched and hurled bottles at the town hall")}), "Violent demonstration");
}

TEST(CrowdTest, BarricadesAndArsonByTheCrowd) {
  EXPECT_EQ(ClassifyCrowd({Sentence("villagers:C blocked the bridge with burning tyres to protest water cuts")}),
            "Violent demonstration");
  EXPECT_EQ(ClassifyCrowd({Sentence("pupils:C marched through the campus burning down a dormitory")}),
            "Violent demonstration");
}

TEST(CrowdTest, GrievanceAndDenialDoNotCount) {
  EXPECT_EQ(ClassifyCrowd({Sentence("neighbours:C protested demanding justice for a trader killed by a mob")}),
            "Peaceful protest");
  EXPECT_EQ(ClassifyCrowd({Sentence("farmers:C protested against clashes between rebels:A and soldiers:F")}),
            "Peaceful protest");
  EXPECT_EQ(ClassifyCrowd({Sentence("nurses:C rallied at the hospital with no clashes reported")}), "Peaceful protest");
  EXPECT_EQ(ClassifyCrowd({Sentence("reporters:C protested after a colleague was brutally beaten by police:F")}),
            "Peaceful protest");
}

}  // namespace
}  // namespace sitrep::extract
