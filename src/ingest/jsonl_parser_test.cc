#include "ingest/jsonl_parser.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "ingest/document_id.h"
#include "ingest/line_reader.h"
#include "ingest/test_util.h"

namespace sitrep::ingest {
namespace {

using testing::ReadAll;
using testing::TestFile;

TEST(ParseJsonlLine, AllFields) {
  Result<Document> d = ParseJsonlLine(
      R"({"id":"x1","title":"T","text":"Body.","published":"2024-12-05T23:00:00Z","outlet":"O","url":"u","k":1})",
      ReadOptions(), "f:1");
  ASSERT_TRUE(d.ok()) << d.status().ToString();
  EXPECT_EQ(d->id, "x1");
  EXPECT_EQ(d->title, "T");
  EXPECT_EQ(d->text, "Body.");
  EXPECT_EQ(d->published, "2024-12-05");
  EXPECT_EQ(d->outlet, "O");
  EXPECT_EQ(d->url, "u");
  EXPECT_EQ(d->source, "f:1");
}

TEST(ParseJsonlLine, DateIsNotThePublicationDate) {
  EXPECT_EQ(ParseJsonlLine(R"({"text": "x", "date": "2017-04-05"})", ReadOptions(), "s")->published, "");
  EXPECT_EQ(ParseJsonlLine(R"({"text": "x", "date": "2017-04-05", "published": "2018-01-01"})", ReadOptions(), "s")
                ->published,
            "2018-01-01");
}

TEST(ParseJsonlLine, NumericIdAndHashedId) {
  EXPECT_EQ(ParseJsonlLine(R"({"id": 1234567890123, "text": "x"})", ReadOptions(), "s")->id, "1234567890123");
  EXPECT_EQ(ParseJsonlLine(R"({"id": -7, "text": "x"})", ReadOptions(), "s")->id, "-7");
  EXPECT_EQ(ParseJsonlLine(R"({"text": "Body", "title": "T"})", ReadOptions(), "s")->id, ContentId("T", "Body"));
  EXPECT_EQ(ParseJsonlLine(R"({"text": "Body", "id": null})", ReadOptions(), "s")->id, ContentId("", "Body"));
}

TEST(ParseJsonlLine, Rejections) {
  auto reason = [](std::string_view line) { return ParseJsonlLine(line, ReadOptions(), "s").status().message(); };
  EXPECT_EQ(reason(R"({"text": "cut off)"), "invalid JSON: truncated (unexpected end of line)");
  EXPECT_EQ(reason(R"({"text": "a",})"), "invalid JSON at byte 13");
  EXPECT_EQ(reason(R"({"title": "t"})"), "missing \"text\"");
  EXPECT_EQ(reason(R"({"text": ["a"]})"), "\"text\" is not a string");
  EXPECT_EQ(reason(R"({"text": "  "})"), "empty \"text\"");
  EXPECT_EQ(reason(R"({"text": "a\u0000b"})"), "\"text\" contains NUL");
  EXPECT_EQ(reason(R"([1, 2])"), "not a JSON object");
  EXPECT_EQ(reason("{\"text\": \"\xC3\x28\"}"), "invalid UTF-8 at byte 10");
  ReadOptions small;
  small.max_article_bytes = 3;
  EXPECT_EQ(ParseJsonlLine(R"({"text": "four"})", small, "s").status().message(), "article larger than 3 bytes");
}

TEST(JsonlFile, GoodAndBadLines) {
  auto c = ReadAll({TestFile("articles.jsonl")});
  const std::string f = TestFile("articles.jsonl");
  ASSERT_EQ(c.docs.size(), 4u);
  EXPECT_EQ(c.docs[0].id, "a1");
  EXPECT_EQ(c.docs[0].source, f + ":1");
  EXPECT_EQ(c.docs[0].outlet, "Example Wire");
  EXPECT_EQ(c.docs[0].url, "https://example.org/a1");
  EXPECT_EQ(c.docs[0].published, "2024-12-06");
  EXPECT_EQ(c.docs[1].id, "42");
  EXPECT_EQ(c.docs[1].published, "2024-12-05");  // the date part as written
  EXPECT_EQ(c.docs[2].title, "");                // a title that is not a string is ignored
  EXPECT_EQ(c.docs[2].source, f + ":3");
  EXPECT_EQ(c.docs[3].source, f + ":9");
  EXPECT_EQ(c.docs[3].published, "2024-12-09");
  EXPECT_EQ(c.docs[3].id.substr(0, 1), "d");     // an empty id is replaced by the content hash
  ASSERT_EQ(c.errors.size(), 5u);
  EXPECT_EQ(c.errors[0].source, f + ":5");
  EXPECT_EQ(c.errors[0].reason, "missing \"text\"");
  EXPECT_EQ(c.errors[1].source, f + ":6");
  EXPECT_EQ(c.errors[2].source, f + ":7");
  EXPECT_EQ(c.errors[2].reason, "invalid JSON: truncated (unexpected end of line)");
  EXPECT_EQ(c.errors[3].source, f + ":8");
  EXPECT_EQ(c.errors[4].source, f + ":10");
  EXPECT_EQ(c.errors[4].reason, "invalid UTF-8 at byte 19");
}

TEST(JsonlFile, EmptyFile) {
  auto c = ReadAll({TestFile("empty.jsonl")});
  ASSERT_EQ(c.errors.size(), 1u);
  EXPECT_EQ(c.errors[0].reason, "empty");
  EXPECT_TRUE(c.docs.empty());
}

TEST(LineReader, SplitsAndBounds) {
  std::istringstream in("one\r\n\ntoo long line\nlast");
  LineReader r(&in, 8, "head-");
  std::string line;
  bool too_long;
  ASSERT_TRUE(r.Next(&line, &too_long));
  EXPECT_EQ(line, "head-one");
  EXPECT_FALSE(too_long);
  ASSERT_TRUE(r.Next(&line, &too_long));
  EXPECT_EQ(line, "");
  ASSERT_TRUE(r.Next(&line, &too_long));
  EXPECT_TRUE(too_long);
  EXPECT_EQ(r.line_number(), 3);
  ASSERT_TRUE(r.Next(&line, &too_long));
  EXPECT_EQ(line, "last");
  EXPECT_FALSE(r.Next(&line, &too_long));
}

TEST(LineReader, LineOfExactlyTheLimit) {
  std::istringstream in("12345678\r\n123456789\n");
  LineReader r(&in, 8);
  std::string line;
  bool too_long;
  ASSERT_TRUE(r.Next(&line, &too_long));
  EXPECT_FALSE(too_long);
  EXPECT_EQ(line, "12345678");
  ASSERT_TRUE(r.Next(&line, &too_long));
  EXPECT_TRUE(too_long);
}

// A 50 MB single-line jsonl is rejected as one bad line and the next line still reads.
TEST(JsonlFile, GiantLineIsRejectedCleanly) {
  const std::filesystem::path dir =
      std::filesystem::temp_directory_path() / ("sitrep_ingest_" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  const std::string path = (dir / "giant.jsonl").string();
  {
    std::ofstream out(path, std::ios::binary);
    out << "{\"text\": \"";
    const std::string chunk(1 << 20, 'a');
    for (int i = 0; i < 50; ++i) out << chunk;
    out << "\"}\n{\"id\": \"after\", \"text\": \"Still read.\"}\n";
  }
  auto c = ReadAll({path});
  std::filesystem::remove_all(dir);
  ASSERT_EQ(c.errors.size(), 1u);
  EXPECT_EQ(c.errors[0].source, path + ":1");
  EXPECT_EQ(c.errors[0].reason, "line longer than 16777216 bytes");
  ASSERT_EQ(c.docs.size(), 1u);
  EXPECT_EQ(c.docs[0].id, "after");
  EXPECT_EQ(c.docs[0].source, path + ":2");
}

}  // namespace
}  // namespace sitrep::ingest
