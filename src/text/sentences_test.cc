#include "text/sentences.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "text/normalize.h"

namespace sitrep::text {
namespace {

std::vector<std::string> Texts(std::string_view s) {
  std::vector<std::string> out;
  for (const Sentence& x : SplitSentences(s)) out.emplace_back(x.text);
  return out;
}

using V = std::vector<std::string>;

TEST(SentencesTest, Basics) {
  EXPECT_EQ(Texts(""), V{});
  EXPECT_EQ(Texts("   \n\n  "), V{});
  EXPECT_EQ(Texts("Rebels took the town. Troops fled."), (V{"Rebels took the town.", "Troops fled."}));
  EXPECT_EQ(Texts("No final period"), V{"No final period"});
  EXPECT_EQ(Texts("Did they retreat? Yes! They did."),
            (V{"Did they retreat?", "Yes!", "They did."}));
  EXPECT_EQ(Texts("Really?! Yes."), (V{"Really?!", "Yes."}));
}

TEST(SentencesTest, OffsetsAreBytesIntoInputAndTrimmed) {
  std::string_view s = "  One. \xC3\x89t\xC3\xA9 two.  \n Three ";
  std::vector<Sentence> v = SplitSentences(s);
  ASSERT_EQ(v.size(), 3u);
  EXPECT_EQ(v[0].begin, 2u);
  EXPECT_EQ(v[0].end, 6u);
  EXPECT_EQ(v[1].begin, 7u);   // "Été two." starts after "One. "
  EXPECT_EQ(v[1].end, 17u);    // É and é are two bytes each: 7 + 10
  EXPECT_EQ(v[2].begin, 21u);
  EXPECT_EQ(v[2].end, 26u);
  for (const Sentence& x : v) EXPECT_EQ(x.text, s.substr(x.begin, x.end - x.begin));
}

TEST(SentencesTest, NewlinesAlwaysEndSentences) {
  EXPECT_EQ(Texts("Rebels advance on Homs\nThe offensive began at dawn"),
            (V{"Rebels advance on Homs", "The offensive began at dawn"}));
  EXPECT_EQ(Texts("Gen.\nSmith"), (V{"Gen.", "Smith"}));
  EXPECT_EQ(Texts("a\r\nb"), (V{"a", "b"}));
}

TEST(SentencesTest, TitleAbbreviations) {
  EXPECT_EQ(Texts("Gen. Ali Abbas spoke. Mr. Smith and Dr. Jones listened."),
            (V{"Gen. Ali Abbas spoke.", "Mr. Smith and Dr. Jones listened."}));
  EXPECT_EQ(Texts("Col. Ahmed met Lt. Hassan, Sgt. Omar and Capt. Lee near St. Elias church."),
            V{"Col. Ahmed met Lt. Hassan, Sgt. Omar and Capt. Lee near St. Elias church."});
  EXPECT_EQ(Texts("Brig. Gen. Nasser and Maj. Karim briefed Pres. Aoun, Gov. Hill, Sen. Reed "
                  "and Rep. Smith."),
            V{"Brig. Gen. Nasser and Maj. Karim briefed Pres. Aoun, Gov. Hill, Sen. Reed and "
              "Rep. Smith."});
  EXPECT_EQ(Texts("They met Lt.-Gen. Sami on Monday."), V{"They met Lt.-Gen. Sami on Monday."});
}

TEST(SentencesTest, DatesAndNumbers) {
  EXPECT_EQ(Texts("The raid happened on Dec. 5 near the river."),
            V{"The raid happened on Dec. 5 near the river."});
  EXPECT_EQ(Texts("Fighting resumed in Sept. 2016 and again in Jan. 2017."),
            V{"Fighting resumed in Sept. 2016 and again in Jan. 2017."});
  EXPECT_EQ(Texts("Homs has about 1.4 million people. It is the third city."),
            (V{"Homs has about 1.4 million people.", "It is the third city."}));
  EXPECT_EQ(Texts("They used 7.62x39mm rounds. Nobody was hurt."),
            (V{"They used 7.62x39mm rounds.", "Nobody was hurt."}));
  EXPECT_EQ(Texts("Resolution No. 2254 was cited. The vote was No. It failed."),
            (V{"Resolution No. 2254 was cited.", "The vote was No.", "It failed."}));
  EXPECT_EQ(Texts("The war began in 2011. Many fled."), (V{"The war began in 2011.", "Many fled."}));
}

TEST(SentencesTest, DottedAbbreviations) {
  EXPECT_EQ(Texts("U.S. officials and U.N. envoys met E.U. and U.K. diplomats."),
            V{"U.S. officials and U.N. envoys met E.U. and U.K. diplomats."});
  EXPECT_EQ(Texts("The U.S. President spoke."), V{"The U.S. President spoke."});
  // "U.S." at the end of a sentence followed by a typical opener.
  EXPECT_EQ(Texts("The strike was condemned by the U.S. The Kremlin stayed silent."),
            (V{"The strike was condemned by the U.S.", "The Kremlin stayed silent."}));
  EXPECT_EQ(Texts("Shelling began at 4 a.m. and stopped at 9 p.m. It resumed later."),
            (V{"Shelling began at 4 a.m. and stopped at 9 p.m.", "It resumed later."}));
  EXPECT_EQ(Texts("Weapons, e.g. rifles, i.e. small arms, vs. artillery, approx. 40 units."),
            V{"Weapons, e.g. rifles, i.e. small arms, vs. artillery, approx. 40 units."});
  EXPECT_EQ(Texts("Acme Inc. and Wagner Ltd. and Smith Co. were named."),
            V{"Acme Inc. and Wagner Ltd. and Smith Co. were named."});
  EXPECT_EQ(Texts("John Smith Jr. and Sr. Jones attended."),
            V{"John Smith Jr. and Sr. Jones attended."});
  EXPECT_EQ(Texts("Tanks, trucks, etc. were seen. Then silence."),
            (V{"Tanks, trucks, etc. were seen.", "Then silence."}));
}

TEST(SentencesTest, Initials) {
  EXPECT_EQ(Texts("Abu Mohammed al-J. said the city would fall."),
            V{"Abu Mohammed al-J. said the city would fall."});
  EXPECT_EQ(Texts("George W. Bush visited. J. R. Smith did not."),
            (V{"George W. Bush visited.", "J. R. Smith did not."}));
}

TEST(SentencesTest, QuotesAfterThePeriod) {
  EXPECT_EQ(Texts("He said \"the battle is decisive.\" Troops moved in."),
            (V{"He said \"the battle is decisive.\"", "Troops moved in."}));
  EXPECT_EQ(Texts("\"Where are they?\" he asked. Nobody knew."),
            (V{"\"Where are they?\" he asked.", "Nobody knew."}));
  EXPECT_EQ(Texts("It was 'temporary.' Then came the rout."),
            (V{"It was 'temporary.'", "Then came the rout."}));
  EXPECT_EQ(Texts("(The bridge was hit.) Traffic stopped."),
            (V{"(The bridge was hit.)", "Traffic stopped."}));
  EXPECT_EQ(Texts("They fled. \"We lost everything,\" one said."),
            (V{"They fled.", "\"We lost everything,\" one said."}));
  // Curly quotes in text that was not normalised.
  EXPECT_EQ(Texts("He said \xE2\x80\x9C" "enough.\xE2\x80\x9D Then he left."),
            (V{"He said \xE2\x80\x9C" "enough.\xE2\x80\x9D", "Then he left."}));
}

TEST(SentencesTest, Ellipses) {
  EXPECT_EQ(Texts("They waited... and waited. Nothing came."),
            (V{"They waited... and waited.", "Nothing came."}));
  EXPECT_EQ(Texts("They waited... Then the shelling began."),
            (V{"They waited...", "Then the shelling began."}));
}

TEST(SentencesTest, UrlsAndHandles) {
  EXPECT_EQ(Texts("Rebels toppled a statue. pic.twitter.com/P7abcXYZ"),
            V{"Rebels toppled a statue. pic.twitter.com/P7abcXYZ"});
  EXPECT_EQ(Texts("Fighting continues, per Caliber.Az. More later."),
            (V{"Fighting continues, per Caliber.Az.", "More later."}));
  EXPECT_EQ(Texts("See https://example.org/a.html?x=1&y=2 for details. Done!"),
            (V{"See https://example.org/a.html?x=1&y=2 for details.", "Done!"}));
  EXPECT_EQ(Texts("Posted by @war_noir. Another post followed."),
            (V{"Posted by @war_noir.", "Another post followed."}));
}

TEST(SentencesTest, NumberedLists) {
  EXPECT_EQ(Texts("1. Rebels took Hama.\n2. Troops left Homs."),
            (V{"1. Rebels took Hama.", "2. Troops left Homs."}));
}

TEST(SentencesTest, LowercaseContinuationDoesNotSplit) {
  EXPECT_EQ(Texts("The unit withdrew from Hama. the sources added."),
            V{"The unit withdrew from Hama. the sources added."});
}

TEST(SentencesTest, DatelineStaysInFirstSentence) {
  EXPECT_EQ(Texts("BEIRUT - Rebels advanced. Troops fled."),
            (V{"BEIRUT - Rebels advanced.", "Troops fled."}));
}

TEST(SentencesTest, AbbreviationInsideDatelineDoesNotSplit) {
  EXPECT_EQ(Texts("HUNTINGTON, W.Va. -- Crews cleared the road. Traffic resumed."),
            (V{"HUNTINGTON, W.Va. -- Crews cleared the road.", "Traffic resumed."}));
  EXPECT_EQ(Texts("ALEPPO, Dec. 5 (AP) - Rebels entered. Troops left."),
            (V{"ALEPPO, Dec. 5 (AP) - Rebels entered.", "Troops left."}));
  EXPECT_EQ(Texts("HUNTINGTON, W.Va. (AP) -- Crews worked."),
            V{"HUNTINGTON, W.Va. (AP) -- Crews worked."});
}

TEST(DatelineTest, Recognised) {
  EXPECT_EQ(DatelineLength("BEIRUT - Early Friday, fighters advanced."), 9u);
  EXPECT_EQ(DatelineLength("BEIRUT, Lebanon - Early Friday"), 18u);
  EXPECT_EQ(DatelineLength("DAMASCUS, Syria (AP) - Rebels"), 23u);
  EXPECT_EQ(DatelineLength("KYIV (Reuters) - Russian drones"), 17u);
  EXPECT_EQ(DatelineLength("ALEPPO, Dec 5 (Reuters) - Insurgents"), 26u);
  EXPECT_EQ(DatelineLength("ALEPPO, Dec. 5 (Reuters) - Insurgents"), 27u);
  EXPECT_EQ(DatelineLength("DEIR EZ-ZOR, Syria - Clashes"), 21u);
  EXPECT_EQ(DatelineLength("BEIRUT -- Early Friday"), 10u);
  EXPECT_EQ(DatelineLength("BEIRUT \xE2\x80\x94 Early Friday"), 11u);  // raw em dash
  EXPECT_EQ(DatelineLength("GAZA CITY (AFP) - Strikes"), 18u);
  EXPECT_EQ(DatelineLength("HUNTINGTON, W.Va. (AP) -- Crews"), 26u);
}

TEST(DatelineTest, NotADateline) {
  EXPECT_EQ(DatelineLength(""), 0u);
  EXPECT_EQ(DatelineLength("The Hama-Homs road is under fire."), 0u);
  EXPECT_EQ(DatelineLength("HTS-led forces entered the town - residents said."), 0u);
  EXPECT_EQ(DatelineLength("ISW: Homs in rebel crosshairs"), 0u);
  EXPECT_EQ(DatelineLength("Beirut - Early Friday"), 0u);  // capitals only
  EXPECT_EQ(DatelineLength("US - Russia talks"), 0u);      // too short to be a city
  EXPECT_EQ(DatelineLength("BEIRUT - "), 0u);              // nothing follows
  EXPECT_EQ(DatelineLength("BEIRUT is calm - for now"), 0u);
  EXPECT_EQ(DatelineLength("WATCH"), 0u);
}

// Reads a seed article, normalised; empty when the seeds are not there.
std::string ReadSeed(const std::string& name) {
  std::filesystem::path p = std::filesystem::path("../shared/seeds") / name;
  std::ifstream in(p, std::ios::binary);
  if (!in) return "";
  std::stringstream ss;
  ss << in.rdbuf();
  return Normalize(ss.str());
}

bool HasSentence(const std::vector<Sentence>& v, std::string_view text) {
  for (const Sentence& s : v) {
    if (s.text == text) return true;
  }
  return false;
}

bool HasSentenceStarting(const std::vector<Sentence>& v, std::string_view prefix) {
  for (const Sentence& s : v) {
    if (s.text.substr(0, prefix.size()) == prefix) return true;
  }
  return false;
}

TEST(SentencesSeedTest, Seed000CaliberAz) {
  std::string t = ReadSeed("000_0eefa6123c75dfcc.txt");
  if (t.empty()) GTEST_SKIP() << "../shared/seeds is absent";
  std::vector<Sentence> v = SplitSentences(t);
  // The title line is a sentence of its own, with the apostrophe normalised.
  EXPECT_EQ(v[0].text, "ISW: Homs in rebel crosshairs as Assad's army collapses near Hama");
  // "Caliber.Az." ends a sentence but is not split inside.
  bool found = false;
  for (const Sentence& s : v) {
    if (s.text.find("Caliber") != std::string_view::npos) {
      found = true;
      EXPECT_TRUE(s.text.ends_with("per Caliber.Az.")) << s.text;
      EXPECT_TRUE(s.text.starts_with("According to a report")) << s.text;
    }
  }
  EXPECT_TRUE(found);
  EXPECT_TRUE(HasSentenceStarting(v, "Reports by Syrian oppositionist media"));
  EXPECT_EQ(v.back().text, "By Tamilla Hasanova");
}

TEST(SentencesSeedTest, Seed002TweetsAndCalibres) {
  std::string t = ReadSeed("002_43c2b84f35df33bb.txt");
  if (t.empty()) GTEST_SKIP() << "../shared/seeds is absent";
  std::vector<Sentence> v = SplitSentences(t);
  // Each attribution line of an embedded tweet is its own sentence.
  EXPECT_TRUE(HasSentence(v, "- War Noir (@war_noir) December 5, 2024"));
  EXPECT_TRUE(HasSentence(v, "- OSINTtechnical (@Osinttechnical) December 5, 2024"));
  EXPECT_TRUE(HasSentence(v, "WATCH"));
  // "7.62x39mm" and the pic.twitter.com link stay inside their sentence.
  bool calibre = false;
  for (const Sentence& s : v) {
    if (s.text.find("7.62x39mm") != std::string_view::npos) {
      calibre = true;
      EXPECT_TRUE(s.text.starts_with("Seemingly the attack")) << s.text;
      EXPECT_TRUE(s.text.ends_with("pic.twitter.com/YXrDQ1vUxZ")) << s.text;
    }
  }
  EXPECT_TRUE(calibre);
  EXPECT_TRUE(HasSentence(v, "HTS leader Abu Mohammed al-Jolani has framed the offensive as a "
                             "campaign to rectify historical grievances, particularly referencing "
                             "Hama's legacy as a site of the 1982 massacre carried out by Assad's "
                             "father."));
  // A quotation that ends in a comma does not end the sentence.
  EXPECT_TRUE(HasSentenceStarting(v, "Turkish President Recep Tayyip Erdo"));
}

TEST(SentencesSeedTest, Seed003DecimalAndDashes) {
  std::string t = ReadSeed("003_21bed4f9cade4ac6.txt");
  if (t.empty()) GTEST_SKIP() << "../shared/seeds is absent";
  std::vector<Sentence> v = SplitSentences(t);
  EXPECT_TRUE(HasSentenceStarting(v, "With a population of over 1.4 million, Homs is Syria's"));
  EXPECT_TRUE(HasSentence(v, "The Importance of Homs"));
}

TEST(SentencesSeedTest, Seed004Dateline) {
  std::string t = ReadSeed("004_bd84230b44241b6d.txt");
  if (t.empty()) GTEST_SKIP() << "../shared/seeds is absent";
  std::vector<Sentence> v = SplitSentences(t);
  ASSERT_FALSE(v.empty());
  EXPECT_TRUE(v[0].text.starts_with("BEIRUT - Early Friday"));
  EXPECT_EQ(DatelineLength(v[0].text), 9u);
  // A closing quotation after the period ends the sentence after the quote.
  EXPECT_TRUE(HasSentence(v, "Rami Abdurrahman, the Observatory's head, noted, \"The battle for "
                             "Homs is crucial and will ultimately determine who governs Syria.\""));
  EXPECT_TRUE(HasSentenceStarting(v, "General Ali Mahmoud Abbas emphasized"));
  for (const Sentence& s : v) {
    EXPECT_EQ(s.text, std::string_view(t).substr(s.begin, s.end - s.begin));
  }
}

}  // namespace
}  // namespace sitrep::text
