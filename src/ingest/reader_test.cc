#include "ingest/reader.h"

#include <gtest/gtest.h>

#include <sstream>

#include "ingest/test_util.h"

namespace sitrep::ingest {
namespace {

using testing::ReadAll;
using testing::TestFile;

TEST(ReadInputs, DirectoryIsRecursiveSortedAndSkipsHiddenAndOtherFiles) {
  auto c = ReadAll({TestFile("tree")});
  EXPECT_TRUE(c.status.ok());
  EXPECT_TRUE(c.errors.empty());
  ASSERT_EQ(c.docs.size(), 4u);
  EXPECT_EQ(c.docs[0].source, TestFile("tree/b.txt"));
  EXPECT_EQ(c.docs[1].source, TestFile("tree/sub/a.jsonl:1"));
  EXPECT_EQ(c.docs[2].source, TestFile("tree/sub/a.jsonl:2"));
  EXPECT_EQ(c.docs[3].source, TestFile("tree/sub/c.HTM"));
}

TEST(ReadInputs, SameArticleTwiceGetsTheSameId) {
  auto c = ReadAll({TestFile("dated.txt"), TestFile("tree/b.txt")});
  ASSERT_EQ(c.docs.size(), 2u);
  EXPECT_EQ(c.docs[0].id, c.docs[1].id);
  EXPECT_EQ(c.docs[0].id.size(), 17u);
}

TEST(ReadInputs, MissingAndUnsupportedFilesAreRejectedAndTheBatchGoesOn) {
  auto c = ReadAll({TestFile("no_such_file.txt"), TestFile("tree/notes.md"), TestFile("dated.txt")});
  EXPECT_TRUE(c.status.ok());
  ASSERT_EQ(c.errors.size(), 2u);
  EXPECT_EQ(c.errors[0].source, TestFile("no_such_file.txt"));
  EXPECT_EQ(c.errors[0].reason, "file not found");
  EXPECT_EQ(c.errors[1].source, TestFile("tree/notes.md"));
  EXPECT_EQ(c.errors[1].reason, "unsupported input type");
  EXPECT_EQ(c.docs.size(), 1u);
}

TEST(ReadInputs, UsageErrors) {
  ReadOptions bad_date;
  bad_date.date = "06/12/2024";
  EXPECT_FALSE(ReadAll({TestFile("dated.txt")}, bad_date).status.ok());
  EXPECT_FALSE(ReadAll({"-", "-"}).status.ok());
}

TEST(ReadInputs, OptionsApplyToEveryInput) {
  ReadOptions opts;
  opts.date = "2024-01-31";
  opts.outlet = "Wire";
  auto c = ReadAll({TestFile("dated.txt"), TestFile("page.html"), TestFile("tree/sub/a.jsonl")}, opts);
  ASSERT_EQ(c.docs.size(), 4u);
  for (const Document& d : c.docs) {
    EXPECT_EQ(d.published, "2024-01-31");
    EXPECT_EQ(d.outlet, "Wire");
  }
}

TEST(ReadStream, JsonlWhenItStartsWithABrace) {
  std::istringstream in("\n  {\"id\": \"s1\", \"text\": \"From a pipe.\"}\n{\"text\": \n");
  std::vector<Document> docs;
  std::vector<InputError> errors;
  ReadStream(in, "-", ReadOptions(), [&](Document&& d) { docs.push_back(std::move(d)); },
             [&](const InputError& e) { errors.push_back(e); });
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_EQ(docs[0].id, "s1");
  EXPECT_EQ(docs[0].source, "-:2");
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].source, "-:3");
}

TEST(ReadStream, TextOtherwise) {
  std::istringstream in("Piped headline\nPiped body.\n");
  std::vector<Document> docs;
  std::vector<InputError> errors;
  ReadStream(in, "-", ReadOptions(), [&](Document&& d) { docs.push_back(std::move(d)); },
             [&](const InputError& e) { errors.push_back(e); });
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_TRUE(errors.empty());
  EXPECT_EQ(docs[0].title, "Piped headline");
  EXPECT_EQ(docs[0].text, "Piped body.");
  EXPECT_EQ(docs[0].source, "-");
}

TEST(ReadStream, EmptyAndTooLarge) {
  std::vector<InputError> errors;
  auto ignore = [](Document&&) {};
  auto keep = [&](const InputError& e) { errors.push_back(e); };
  std::istringstream empty("");
  ReadStream(empty, "-", ReadOptions(), ignore, keep);
  ReadOptions small;
  small.max_article_bytes = 100;
  std::istringstream big("Title\n" + std::string(20000, 'x'));
  ReadStream(big, "-", small, ignore, keep);
  ASSERT_EQ(errors.size(), 2u);
  EXPECT_EQ(errors[0].reason, "empty");
  EXPECT_EQ(errors[1].reason, "article larger than 100 bytes");
}

}  // namespace
}  // namespace sitrep::ingest
