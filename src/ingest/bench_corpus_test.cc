// Reads the public news corpora in ../shared/bench (skipped when absent): every record must be accepted.
#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>

#include "ingest/test_util.h"

namespace sitrep::ingest {
namespace {

TEST(BenchCorpus, NewsJsonlIsReadWithoutRejections) {
  const std::string bench = "../shared/bench";
  if (!std::filesystem::is_directory(bench)) GTEST_SKIP() << "../shared/bench is absent; corpus test skipped";
  const std::vector<std::string> files = {bench + "/fakes_articles.jsonl", bench + "/geoparsing/lgl.jsonl",
                                          bench + "/geoparsing/gwn.jsonl", bench + "/geoparsing/geovirus.jsonl",
                                          bench + "/geoparsing/trnews.jsonl"};
  for (const std::string& f : files) {
    if (!std::filesystem::exists(f)) GTEST_SKIP() << f << " is absent";
  }
  const auto t0 = std::chrono::steady_clock::now();
  auto c = testing::ReadAll(files);
  const double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  EXPECT_TRUE(c.errors.empty()) << c.errors[0].source << ": " << c.errors[0].reason;
  // Record counts from the pack's throughput/README.md: 804 + 588 + 200 + 229 + 118.
  EXPECT_EQ(c.docs.size(), 1939u);
  size_t bytes = 0, dated = 0;
  for (const Document& d : c.docs) {
    bytes += d.text.size();
    dated += d.published.empty() ? 0 : 1;
  }
  EXPECT_EQ(bytes, 3776482u);  // text bytes, same README
  std::printf("read %zu docs, %zu text bytes, %zu dated, in %.3f s (%.1f MB/s)\n", c.docs.size(), bytes, dated, secs,
              bytes / secs / 1e6);
}

}  // namespace
}  // namespace sitrep::ingest
