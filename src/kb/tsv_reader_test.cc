// Tests of the shared kb TSV line format.
#include "kb/tsv_reader.h"

#include <gtest/gtest.h>

namespace sitrep::kb {
namespace {

TEST(ParseTsv, CommentsBlankLinesAndOptionalColumns) {
  auto r = ParseTsv("f.tsv", "# c\n\na\tb\tc\n  # indented comment\nx\ty\n1\t2\t3\r\n", {"a", "b", "c"}, 2);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  ASSERT_EQ(r.value().size(), 2u);
  EXPECT_EQ(r.value()[0].line, 5);
  EXPECT_EQ(r.value()[0].at(1), "y");
  EXPECT_EQ(r.value()[0].at(2), "");
  EXPECT_EQ(r.value()[1].at(2), "3");
}

TEST(ParseTsv, Errors) {
  EXPECT_EQ(ParseTsv("f.tsv", "a\tb\nonly\n", {"a", "b"}, 2).status().message(),
            "f.tsv:2: 1 fields, at least 2 expected");
  EXPECT_EQ(ParseTsv("f.tsv", "a\tb\n\tx\n", {"a", "b"}, 1).status().message(), "f.tsv:2: column 'a' is empty");
  EXPECT_EQ(ParseTsv("f.tsv", "a\tc\n", {"a", "b"}, 1).status().message(), "f.tsv:1: header must be 'a\\tb'");
  EXPECT_EQ(ParseTsv("f.tsv", std::string("a\tb\nx\0y\tz\n", 11), {"a", "b"}, 1).status().message(),
            "f.tsv:2: NUL byte");
}

TEST(SplitList, TrimsAndDropsEmpty) {
  auto v = SplitList(" a | b||c ");
  ASSERT_EQ(v.size(), 3u);
  EXPECT_EQ(v[0], "a");
  EXPECT_EQ(v[2], "c");
}

}  // namespace
}  // namespace sitrep::kb
