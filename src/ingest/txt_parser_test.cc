#include "ingest/txt_parser.h"

#include <gtest/gtest.h>

#include "ingest/document_id.h"
#include "ingest/test_util.h"

namespace sitrep::ingest {
namespace {

using testing::ReadAll;
using testing::TestFile;

TEST(ParseTxt, TitleBodyAndDatedLine) {
  Result<Document> doc = ParseTxt("\n  \nThe headline\n\nPublished: 5 December 2024\nFirst paragraph.\nSecond.\n\n",
                                  ReadOptions(), "mem.txt");
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  EXPECT_EQ(doc->title, "The headline");
  EXPECT_EQ(doc->text, "Published: 5 December 2024\nFirst paragraph.\nSecond.");
  EXPECT_EQ(doc->published, "2024-12-05");
  EXPECT_EQ(doc->source, "mem.txt");
  EXPECT_EQ(doc->outlet, "");
  EXPECT_EQ(doc->id, ContentId("The headline", "Published: 5 December 2024\nFirst paragraph.\nSecond."));
}

TEST(ParseTxt, OptionsOverrideDateAndOutlet) {
  ReadOptions opts;
  opts.date = "2023-01-02";
  opts.outlet = "Desk";
  Result<Document> doc = ParseTxt("T\nPublished: 5 December 2024\nBody.", opts, "x");
  ASSERT_TRUE(doc.ok());
  EXPECT_EQ(doc->published, "2023-01-02");
  EXPECT_EQ(doc->outlet, "Desk");
}

TEST(ParseTxt, Rejections) {
  EXPECT_EQ(ParseTxt("", ReadOptions(), "x").status().message(), "empty");
  EXPECT_EQ(ParseTxt(" \n\t\n", ReadOptions(), "x").status().message(), "empty");
  EXPECT_EQ(ParseTxt("  \n \x1c\n", ReadOptions(), "x").status().message(), "empty");  // found by ingest_txt_fuzz
  EXPECT_EQ(ParseTxt(std::string("T\nA\0B", 5), ReadOptions(), "x").status().message(), "binary file");
  EXPECT_EQ(ParseTxt("Title\nab\xFFz", ReadOptions(), "x").status().message(), "invalid UTF-8 at byte 8");
  std::string late_nul = "Title\n" + std::string(12000, 'a');
  late_nul[10000] = '\0';
  EXPECT_EQ(ParseTxt(late_nul, ReadOptions(), "x").status().message(), "NUL byte at byte 10000");
  ReadOptions small;
  small.max_article_bytes = 10;
  EXPECT_EQ(ParseTxt("Title\n0123456789", small, "x").status().message(), "article larger than 10 bytes");
}

TEST(ParseTxt, SameArticleSameId) {
  Result<Document> a = ParseTxt("Title\nBody \xE2\x80\x9Cquoted\xE2\x80\x9D.\n", ReadOptions(), "a");
  Result<Document> b = ParseTxt("Title\r\nBody \"quoted\".", ReadOptions(), "b");
  ASSERT_TRUE(a.ok() && b.ok());
  EXPECT_EQ(a->id, b->id);
}

TEST(TxtFiles, DatedFile) {
  auto c = ReadAll({TestFile("dated.txt")});
  ASSERT_TRUE(c.errors.empty());
  ASSERT_EQ(c.docs.size(), 1u);
  EXPECT_EQ(c.docs[0].title, "Shelling reported near river crossing");
  EXPECT_EQ(c.docs[0].published, "2024-12-05");
  EXPECT_EQ(c.docs[0].source, TestFile("dated.txt"));
  EXPECT_EQ(c.docs[0].text.rfind("Published: 5 December 2024\nArtillery fire", 0), 0u);
}

TEST(TxtFiles, DateInsideBodyIsNotPublicationDate) {
  auto c = ReadAll({TestFile("undated.txt")});
  ASSERT_EQ(c.docs.size(), 1u);
  EXPECT_EQ(c.docs[0].published, "");
}

TEST(TxtFiles, HeadlineOnly) {
  auto c = ReadAll({TestFile("headline_only.txt")});
  ASSERT_EQ(c.docs.size(), 1u);
  EXPECT_EQ(c.docs[0].title, "One-line headline only");
  EXPECT_EQ(c.docs[0].text, "One-line headline only");
}

TEST(TxtFiles, CrLf) {
  auto c = ReadAll({TestFile("crlf.txt")});
  ASSERT_EQ(c.docs.size(), 1u);
  EXPECT_EQ(c.docs[0].title, "Title");
  EXPECT_EQ(c.docs[0].text, "First body line\r\nSecond body line");
}

TEST(TxtFiles, RejectedFilesAreNamed) {
  auto c = ReadAll({TestFile("empty.txt"), TestFile("blank.txt"), TestFile("binary.txt"), TestFile("bad_utf8.txt"),
                    TestFile("dated.txt")});
  ASSERT_EQ(c.errors.size(), 4u);
  EXPECT_EQ(c.errors[0].source, TestFile("empty.txt"));
  EXPECT_EQ(c.errors[0].reason, "empty");
  EXPECT_EQ(c.errors[1].reason, "empty");
  EXPECT_EQ(c.errors[2].reason, "binary file");
  EXPECT_EQ(c.errors[3].source, TestFile("bad_utf8.txt"));
  EXPECT_EQ(c.errors[3].reason, "invalid UTF-8 at byte 32");
  EXPECT_EQ(c.docs.size(), 1u);  // the batch goes on
}

}  // namespace
}  // namespace sitrep::ingest
