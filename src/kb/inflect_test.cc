// Tests of the regular inflection rules and the pattern key splitting.
#include "kb/inflect.h"

#include <gtest/gtest.h>

#include "kb/knowledge_base.h"
#include "kb/pattern_keys.h"

namespace sitrep::kb {
namespace {

TEST(Inflect, RegularVerbs) {
  IrregularVerbs none;
  auto f = Inflect("capture", none);
  EXPECT_EQ(f.third[0], "captures");
  EXPECT_EQ(f.past[0], "captured");
  EXPECT_EQ(f.gerund[0], "capturing");
  EXPECT_EQ(Inflect("stab", none).past[0], "stabbed");
  EXPECT_EQ(Inflect("stab", none).gerund[0], "stabbing");
  EXPECT_EQ(Inflect("occupy", none).past[0], "occupied");
  EXPECT_EQ(Inflect("occupy", none).third[0], "occupies");
  EXPECT_EQ(Inflect("deploy", none).past[0], "deployed");
  EXPECT_EQ(Inflect("clash", none).third[0], "clashes");
  EXPECT_EQ(Inflect("enter", none).past[0], "entered");      // two syllables: no doubling
  EXPECT_EQ(Inflect("target", none).past[0], "targeted");
  EXPECT_EQ(Inflect("shell", none).past[0], "shelled");
  EXPECT_EQ(Inflect("free", none).past[0], "freed");
  EXPECT_EQ(Inflect("free", none).gerund[0], "freeing");
  EXPECT_EQ(Inflect("riot", none).past[0], "rioted");
}

TEST(Inflect, IrregularTableWins) {
  IrregularVerbs table;
  table["flee"] = VerbForms{{"flees"}, {"fled"}, {"fled"}, {"fleeing"}};
  EXPECT_EQ(Inflect("flee", table).past[0], "fled");
  EXPECT_EQ(Inflect("agree", table).past[0], "agreed");
}

TEST(Inflect, NounPlurals) {
  EXPECT_EQ(NounPlural("strike"), "strikes");
  EXPECT_EQ(NounPlural("clash"), "clashes");
  EXPECT_EQ(NounPlural("casualty"), "casualties");
}

TEST(PatternKeys, SplitLikeTheTokenizer) {
  EXPECT_EQ(PatternKeys("Assad's forces"), (std::vector<std::string>{"assad", "'s", "forces"}));
  EXPECT_EQ(PatternKeys("Hay'at Tahrir al-Sham"), (std::vector<std::string>{"hay'at", "tahrir", "al-sham"}));
  EXPECT_EQ(PatternKeys("Assad\xE2\x80\x99s army"), (std::vector<std::string>{"assad", "'s", "army"}));
}

TEST(PatternKeys, AcronymsAreExact) {
  auto v = PatternVariants("IS fighters");
  ASSERT_EQ(v.size(), 1u);
  EXPECT_EQ(v[0].exact, (std::vector<std::string>{"IS", ""}));
}

}  // namespace
}  // namespace sitrep::kb
