#include "extract/modality.h"

#include <gtest/gtest.h>

#include <string>

#include "extract/cues_default.h"
#include "extract/tsv_file.h"

namespace sitrep::extract {
namespace {

constexpr std::string_view kPub = "2024-12-06";

class ModalityTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto lex = CueLexicon::Load(std::string(SITREP_SOURCE_DIR) + "/kb/cues.tsv");
    ASSERT_TRUE(lex.ok()) << lex.status().ToString();
    lex_ = new CueLexicon(std::move(lex).value());
  }
  static void TearDownTestSuite() { delete lex_; }

  // The filter (or "") covering the first occurrence of `word` in `s`.
  static std::string FilterOn(std::string_view s, std::string_view word, bool nominal = false) {
    SentenceModality m = lex_->Analyze(s, kPub);
    size_t at = s.find(word);
    EXPECT_NE(at, std::string_view::npos) << word;
    auto f = FilterFor(m, at, at + word.size(), nominal);
    return f ? std::string(FilterKindName(f->kind)) : "";
  }

  static CueLexicon* lex_;
};
CueLexicon* ModalityTest::lex_ = nullptr;

TEST_F(ModalityTest, BuiltInCopyMatchesKbFile) {
  auto text = ReadWholeFile(std::string(SITREP_SOURCE_DIR) + "/kb/cues.tsv");
  ASSERT_TRUE(text.ok());
  EXPECT_EQ(text.value(), kDefaultCuesTsv) << "run src/extract/gen_cues_default.sh";
}

TEST_F(ModalityTest, ParseErrorsNameTheLine) {
  auto bad = CueLexicon::Parse("reported\treportedly\nrepotred\tallegedly\n", "c.tsv");
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.status().message().find("c.tsv:2"), std::string::npos);
}

// Regression (found by fuzz/extract_fuzz.cc): a sentence ending in an attribution cue read past
// the last word.
TEST_F(ModalityTest, CueAtSentenceEnd) {
  for (const char* s : {"quoting", "Rebels shelled the port, according to", "according to ,"}) {
    auto m = lex_->Analyze(s, kPub);
    EXPECT_LE(m.source_begin, m.source_end) << s;
    EXPECT_LE(m.source_end, std::string_view(s).size()) << s;
  }
}

TEST_F(ModalityTest, AssertedByDefault) {
  auto m = lex_->Analyze("Militants overran an army post near Menaka on Sunday.", kPub);
  EXPECT_EQ(m.modality, "asserted");
  EXPECT_EQ(m.attribution, "");
  EXPECT_TRUE(m.filters.empty());
}

TEST_F(ModalityTest, ReportedWithNamedSource) {
  auto m = lex_->Analyze("Shelling hit Kramatorsk overnight, according to the Donetsk Regional Administration, "
                         "which counted two dead.", kPub);
  EXPECT_EQ(m.modality, "reported");
  EXPECT_EQ(m.attribution, "Donetsk Regional Administration");

  auto a = lex_->Analyze("According to a study by the Geneva-based group Small Arms Survey (SAS), fighters "
                         "moved south.", kPub);
  EXPECT_EQ(a.attribution, "Small Arms Survey");

  auto b = lex_->Analyze("Radio Dabanga reported that militiamen burned the market in Tawila.", kPub);
  EXPECT_EQ(b.modality, "reported");
  EXPECT_EQ(b.attribution, "Radio Dabanga");

  auto c = lex_->Analyze("Houthi fighters reportedly seized a ship off Hodeidah.", kPub);
  EXPECT_EQ(c.modality, "reported");
  EXPECT_EQ(c.attribution, "");

  auto d = lex_->Analyze("Aid workers were evacuated from Rafah, the agency's spokesman said.", kPub);
  EXPECT_EQ(d.modality, "claimed");  // a spokesman speaks for a party; the heuristic cannot tell a UN one
}

TEST_F(ModalityTest, ClaimedWhenTheSourceIsAParty) {
  auto a = lex_->Analyze("The Ukrainian general staff said its forces repelled an assault near Pokrovsk.", kPub);
  EXPECT_EQ(a.modality, "claimed");
  auto b = lex_->Analyze("Official news agency SUNA cited an unnamed army officer saying the RSF was driven "
                         "out of Sinja.", kPub);
  EXPECT_EQ(b.modality, "claimed");
  EXPECT_EQ(b.attribution, "SUNA");
  auto c = lex_->Analyze("According to official statements, jets struck positions west of Mosul.", kPub);
  EXPECT_EQ(c.modality, "claimed");
  // Pro-government media are media, not the government.
  auto d = lex_->Analyze("Pro-government outlet Al Watan reported that the town was retaken.", kPub);
  EXPECT_EQ(d.modality, "reported");
  EXPECT_EQ(d.attribution, "Al Watan");
}

TEST_F(ModalityTest, UnconfirmedAndDenied) {
  EXPECT_EQ(lex_->Analyze("Unconfirmed reports say the bridge at Kherson was hit.", kPub).modality, "unconfirmed");
  EXPECT_EQ(lex_->Analyze("The footage, which could not be independently verified, shows a tank burning.", kPub)
                .modality,
            "unconfirmed");
  EXPECT_EQ(lex_->Analyze("The ministry denied that its troops had shelled the camp.", kPub).modality, "denied");
  // "could not be independently verified" is not a negation of what precedes or follows.
  EXPECT_EQ(FilterOn("Drones struck a depot near Belgorod, which could not be independently verified.", "struck"),
            "");
}

TEST_F(ModalityTest, IntentionsCoverTheirClauseOnly) {
  const std::string s =
      "The militia launched an assault aimed at seizing Kidal, following its capture of Anefis on Monday.";
  EXPECT_EQ(FilterOn(s, "seizing"), "intention");
  EXPECT_EQ(FilterOn(s, "capture"), "");
  EXPECT_EQ(FilterOn(s, "launched"), "");
  EXPECT_EQ(FilterOn("The army announced plans to push north toward Kharkiv after retaking Izium.", "push"),
            "intention");
  EXPECT_EQ(FilterOn("The army announced plans to push north toward Kharkiv after retaking Izium.", "retaking"), "");
  EXPECT_EQ(FilterOn("Commanders vowed to recapture Bakhmut.", "recapture"), "intention");
  EXPECT_EQ(FilterOn("The RSF seeks to encircle El Fasher.", "encircle"), "intention");
  EXPECT_EQ(FilterOn("The minister asserted plans to retake every lost village.", "retake"), "intention");
}

TEST_F(ModalityTest, Hypotheticals) {
  EXPECT_EQ(FilterOn("If Marib falls, the government could lose its last northern stronghold.", "falls"),
            "hypothetical");
  EXPECT_EQ(FilterOn("If Marib falls, the government could lose its last northern stronghold.", "lose"),
            "hypothetical");
  // A noun trigger as the subject of a modal.
  EXPECT_EQ(FilterOn("The capture of Avdiivka would open the road west.", "capture", /*nominal=*/true),
            "hypothetical");
  EXPECT_EQ(FilterOn("The possible capture of Avdiivka worries Kyiv.", "capture", true), "hypothetical");
  // The month May is no modal.
  EXPECT_EQ(FilterOn("The capture of Bakhmut in May ended the battle.", "capture", true), "");
  // "not only" is no negation.
  EXPECT_EQ(FilterOn("The raid not only destroyed the depot but killed guards.", "destroyed"), "");
}

TEST_F(ModalityTest, NegationGenericHistory) {
  EXPECT_EQ(FilterOn("Police did not fire on the crowd in Nairobi.", "fire"), "negation");
  EXPECT_EQ(FilterOn("The army has not confirmed whether it pulled out of Kupiansk.", "pulled"), "negation");
  EXPECT_EQ(FilterOn("Troops failed to hold the line at Sinja.", "hold"), "negation");
  EXPECT_EQ(FilterOn("The town fell without a fight.", "fell"), "");
  EXPECT_TRUE(lex_->Analyze("The town fell without a fight.", kPub).peaceful_transfer);
  EXPECT_EQ(FilterOn("Israel has routinely struck targets in Syria.", "struck"), "generic");
  EXPECT_EQ(FilterOn("The region recalls the 1994 massacre by the militia.", "massacre"), "history");
  EXPECT_EQ(FilterOn("The group, once allied with ISIS, attacked a patrol on Friday.", "allied"), "history");
  EXPECT_EQ(FilterOn("The group, once allied with ISIS, attacked a patrol on Friday.", "attacked"), "");
  EXPECT_EQ(FilterOn("The fighting, which began in 2015, displaced millions.", "began"), "history");
  EXPECT_EQ(FilterOn("Rebels shelled the airport on December 3.", "shelled"), "");
  EXPECT_EQ(FilterOn("Government troops retook Aleppo in December 2016, ending the siege.", "retook"), "history");
  // A date in the future marks a plan.
  EXPECT_EQ(FilterOn("Talks on a truce will open in Jeddah next Monday.", "open"), "intention");
}

}  // namespace
}  // namespace sitrep::extract
