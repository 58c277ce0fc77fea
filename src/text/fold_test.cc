#include "text/fold.h"

#include <gtest/gtest.h>

namespace sitrep::text {
namespace {

TEST(SimpleKeyTest, LowercasesStripsMarksAndApostrophes) {
  EXPECT_EQ(SimpleKey("Hay'at Tahrir al-Sham"), "hayat tahrir al sham");
  EXPECT_EQ(SimpleKey("Ḩimş"), "hims");
  EXPECT_EQ(SimpleKey("  Dayr az-Zawr,  Syria "), "dayr az zawr syria");
  EXPECT_EQ(SimpleKey("Ma‘arrat al-Nu‘man"), "maarrat al numan");
  EXPECT_EQ(SimpleKey("Sant Julià de Lòria"), "sant julia de loria");
  EXPECT_EQ(SimpleKey("Łódź"), "lodz");
  EXPECT_EQ(SimpleKey("İzmir"), "izmir");
  EXPECT_EQ(SimpleKey("Diyarbakır"), "diyarbakir");
  EXPECT_EQ(SimpleKey(""), "");
  EXPECT_EQ(SimpleKey("---"), "");
}

TEST(SimpleKeyTest, KeepsNonLatinLettersAndDropsInvalidBytes) {
  EXPECT_EQ(SimpleKey("Київ"), "киів");  // the diaeresis of ї is a mark and goes
  EXPECT_EQ(SimpleKey(std::string("Ho\xffms")), "homs");
  EXPECT_EQ(SimpleKey(std::string("a\xc3")), "a");
}

TEST(FoldKeyTest, TalbisehVariantsFoldTogether) {
  const std::string k = FoldKey("Talbiseh");
  EXPECT_EQ(FoldKey("Talbisseh"), k);
  EXPECT_EQ(FoldKey("Tallbisah"), k);
  EXPECT_EQ(FoldKey("Talbisah"), k);
  EXPECT_EQ(FoldKey("TALBISEH"), k);
}

TEST(FoldKeyTest, ArabicArticleIsDropped) {
  const std::string k = FoldKey("Rastan");
  EXPECT_EQ(FoldKey("Ar-Rastan"), k);
  EXPECT_EQ(FoldKey("Al Rastan"), k);
  EXPECT_EQ(FoldKey("ar Rastan"), k);
  EXPECT_EQ(FoldKey("al-Rastan"), k);
  EXPECT_EQ(FoldKey("Deir ez-Zor"), FoldKey("Deir Zor"));
  // A lone article is a word of its own and stays.
  EXPECT_EQ(FoldKey("Al"), "al");
  EXPECT_EQ(FoldKey("As"), "as");
}

TEST(FoldKeyTest, ApostropheVariants) {
  EXPECT_EQ(FoldKey("Hay'at"), FoldKey("Hayat"));
  EXPECT_EQ(FoldKey("Dar'a"), FoldKey("Dara"));
}

TEST(FoldKeyTest, CommonTransliterationPairs) {
  EXPECT_EQ(FoldKey("Idleb"), FoldKey("Idlib"));
  EXPECT_EQ(FoldKey("Raqqah"), FoldKey("Raqqa"));
  EXPECT_EQ(FoldKey("Salamiyeh"), FoldKey("Salamiyah"));
  EXPECT_EQ(FoldKey("Ghouta"), FoldKey("Ghuta"));
  EXPECT_EQ(FoldKey("Kyiv"), FoldKey("Kiev"));
  EXPECT_EQ(FoldKey("Khan Younis"), FoldKey("Khan Yunis"));
  EXPECT_EQ(FoldKey("Qamishli"), FoldKey("Kamishli"));
  EXPECT_EQ(FoldKey("Zawiyah"), FoldKey("Zawiya"));
  EXPECT_EQ(FoldKey("Djibouti"), FoldKey("Jibuti"));
}

TEST(FoldKeyTest, KfarIsKafr) {
  EXPECT_EQ(FoldKey("Kfar Batna"), FoldKey("Kafr Batna"));
  EXPECT_EQ(FoldKey("Kefar Batna"), FoldKey("Kafr Batna"));
  EXPECT_EQ(FoldKey("Kufr Nabl"), FoldKey("Kafr Nabl"));
  EXPECT_EQ(FoldKey("Kfar Kila"), FoldKey("Kafr Kila"));
  EXPECT_NE(FoldKey("Kfar"), FoldKey("Far"));
  // Only the whole word: a name that merely starts so keeps its letters.
  EXPECT_EQ(FoldKey("Kfarsghab"), "kfarsgab");
}

TEST(FoldKeyTest, DistinctTownsStayDistinct) {
  EXPECT_NE(FoldKey("Kharkiv"), FoldKey("Kyiv"));
  EXPECT_NE(FoldKey("Homs"), FoldKey("Hama"));
  EXPECT_NE(FoldKey("Hama"), FoldKey("Hamah Dam"));
  EXPECT_NE(FoldKey("Gaza"), FoldKey("Giza"));
  EXPECT_NE(FoldKey("Mosul"), FoldKey("Masyaf"));
  EXPECT_NE(FoldKey("Ar Rastan"), FoldKey("Ar Raqqah"));
  EXPECT_NE(FoldKey("Aden"), FoldKey("Adana"));
  EXPECT_NE(FoldKey("Sumy"), FoldKey("Sana"));
}

TEST(FoldKeyTest, ShortNamesDoNotCollapse) {
  // Two- and three-letter names keep their letters; none becomes empty.
  EXPECT_EQ(FoldKey("Ur"), "ur");
  EXPECT_EQ(FoldKey("Ye"), "yi");
  EXPECT_EQ(FoldKey("Yemen"), "yimin");  // y is kept word-initially
  EXPECT_FALSE(FoldKey("Ash").empty());
  EXPECT_NE(FoldKey("Bar"), FoldKey("Ba"));
  EXPECT_EQ(FoldKey("Aah"), "ah");  // doubled letters fold; the -ah rule needs a longer word
}

TEST(FoldKeyTest, FoldWordComposes) {
  std::string out;
  FoldWord("talbiseh", &out);
  EXPECT_EQ(out, FoldKey("Talbiseh"));
  EXPECT_TRUE(IsFoldArticle("ash"));
  EXPECT_FALSE(IsFoldArticle("homs"));
}

TEST(ExactKeyTest, KeepsTheSpellingButDropsArticles) {
  EXPECT_EQ(ExactKey("Ar-Raqqah"), "raqqah");
  EXPECT_EQ(ExactKey("Samarra'"), "samarra");
  EXPECT_NE(ExactKey("Samarra"), ExactKey("Samara"));  // FoldKey merges them, ExactKey does not
  EXPECT_EQ(FoldKey("Samarra"), FoldKey("Samara"));
  EXPECT_EQ(ExactKey("Al"), "al");  // an article alone stays
}

TEST(AppendKeyTest, AppendsWithoutTouchingWhatIsThere) {
  std::string out = "x ";
  AppendSimpleKey("  Dayr az-Zawr, ", &out);
  EXPECT_EQ(out, "x dayr az zawr");
  out = "-";
  AppendSimpleKey("---", &out);  // nothing but separators: nothing appended, the dash before stays
  EXPECT_EQ(out, "-");
  out = "k ";
  AppendFoldKeyOfSimple("ar rastan", &out);
  EXPECT_EQ(out, "k rastan");
  out.clear();
  AppendFoldKeyOfSimple(SimpleKey("Jisr ash-Shughour"), &out);
  EXPECT_EQ(out, FoldKey("Jisr ash-Shughour"));
}

TEST(IsFoldArticleTest, ArticlesAndNot) {
  for (const char* a : {"al", "el", "ar", "er", "as", "es", "at", "et", "ad", "ed", "az", "ez", "an", "en", "ul", "il",
                        "ash", "esh", "ath", "adh", "edh"})
    EXPECT_TRUE(IsFoldArticle(a)) << a;
  for (const char* w : {"", "a", "ab", "ol", "is", "eth", "ush", "alh", "al ", "alla", "Al"})
    EXPECT_FALSE(IsFoldArticle(w)) << w;
}

}  // namespace
}  // namespace sitrep::text
