#include "geo/gazetteer.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <random>

#include "geo/geonames_tsv.h"
#include "geo/index_format.h"
#include "geo/test_index_util.h"
#include "text/fold.h"

namespace sitrep::geo {
namespace {

TEST(GeoNamesTsvTest, ParsesARowAndKeepsLatinAlternates) {
  std::string line =
      "172946\tAr Rastan\tAr Rastan\tAl-Rastan,Rastan,alrstn,\xD8\xA7\xD9\x84\xD8\xB1\xD8\xB3\xD8\xAA\xD9\x86\t34.92667\t36."
      "73241\tP\tPPLA2\tSY\t\t11\t\t\t\t53152\t\t366\tAsia/Damascus\t2012-01-18";
  auto r = ParseGeoNamesLine(line);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(r->geonames_id, 172946);
  EXPECT_NEAR(r->lat, 34.92667, 1e-9);
  EXPECT_EQ(r->feature_code, "PPLA2");
  EXPECT_EQ(r->admin1_code, "11");
  EXPECT_EQ(r->population, 53152);
  // "alrstn" (machine transliteration) and the Arabic-script name are dropped.
  ASSERT_EQ(r->alternate_names.size(), 2u);
  EXPECT_EQ(r->alternate_names[0], "Al-Rastan");
  EXPECT_EQ(r->alternate_names[1], "Rastan");
}

TEST(GeoNamesTsvTest, RejectsMalformedLines) {
  EXPECT_FALSE(ParseGeoNamesLine("").ok());
  EXPECT_FALSE(ParseGeoNamesLine("abc\tX\tX\t\t1\t2\tP\tPPL\tSY\t\t\t\t\t\t0").ok());
  EXPECT_FALSE(ParseGeoNamesLine("1\tX\tX\t\t91\t2\tP\tPPL\tSY\t\t\t\t\t\t0").ok());
  EXPECT_FALSE(ParseGeoNamesLine("1\tX\tX\t\t1").ok());
}

TEST(GeoNamesTsvTest, LatinNameFilter) {
  EXPECT_TRUE(IsLatinName("Ḩamāh"));
  EXPECT_TRUE(IsLatinName("Tell Bîssé"));
  EXPECT_FALSE(IsLatinName("Хама"));
  EXPECT_FALSE(IsLatinName("hmah"));
  EXPECT_FALSE(IsLatinName("HMS"));
  EXPECT_TRUE(IsLatinName("BEIRUT"));
}

TEST(GazetteerIndexTest, LookupByFoldedName) {
  auto idx = testing::MiniIndex();
  ASSERT_NE(idx, nullptr);
  std::vector<Place> hits = idx->Lookup(text::FoldKey("Talbisseh"));
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_EQ(hits[0].geonames_id, 163779);
  EXPECT_EQ(hits[0].country, "SY");
  EXPECT_EQ(hits[0].admin1, "Homs");
  EXPECT_EQ(hits[0].feature, "PPLA3");
  // "Rastan" names the Syrian town and a decoy; the most populous comes first.
  hits = idx->Lookup(text::FoldKey("al-Rastan"));
  ASSERT_EQ(hits.size(), 2u);
  EXPECT_EQ(hits[0].geonames_id, 172946);
  EXPECT_NEAR(hits[0].lat, 34.92667, 1e-4);
  EXPECT_TRUE(idx->Lookup("no such place").empty());
  EXPECT_GE(idx->MaxNameWords(), 3);  // "Syrian Arab Republic"
  EXPECT_EQ(idx->Get(999999).geonames_id, 0);
}

TEST(GazetteerIndexTest, CountriesAndDivisionsRankFirst) {
  auto idx = testing::MiniIndex();
  ASSERT_NE(idx, nullptr);
  std::vector<Place> homs = idx->Lookup("homs");
  ASSERT_EQ(homs.size(), 3u);  // the governorate (ranked as 1M people), the city, the decoy village
  EXPECT_EQ(homs[0].feature, "ADM1");
  EXPECT_EQ(homs[1].geonames_id, 169577);
  EXPECT_EQ(homs[2].geonames_id, 9000001);
  std::vector<Place> syria = idx->Lookup(text::FoldKey("Syrian Arab Republic"));
  ASSERT_EQ(syria.size(), 1u);
  EXPECT_EQ(syria[0].feature, "PCLI");
}

std::string TempPath(const char* name) {
  return std::string(::testing::TempDir()) + "/" + name;
}

void WriteBytes(const std::string& path, const std::string& bytes) {
  FILE* f = std::fopen(path.c_str(), "wb");
  ASSERT_NE(f, nullptr);
  std::fwrite(bytes.data(), 1, bytes.size(), f);
  std::fclose(f);
}

TEST(GazetteerIndexTest, OpenMemoryMapsAWrittenFile) {
  std::string path = TempPath("mini.idx");
  ASSERT_TRUE(testing::MiniBuilder().WriteFile(path).ok());
  auto idx = GazetteerIndex::Open(path);
  ASSERT_TRUE(idx.ok()) << idx.status().ToString();
  EXPECT_EQ((*idx)->Lookup("kiv").size(), 1u);  // Kyiv and Kiev fold to "kiv"
  EXPECT_EQ((*idx)->Lookup("kiv")[0].geonames_id, 703448);
  std::remove(path.c_str());
}

TEST(GazetteerIndexTest, MissingFileIsNotFound) {
  auto idx = GazetteerIndex::Open(TempPath("does-not-exist.idx"));
  ASSERT_FALSE(idx.ok());
  EXPECT_EQ(idx.status().code(), Status::Code::kNotFound);
}

TEST(GazetteerIndexTest, TruncatedAndBadHeadersAreCorruption) {
  std::string bytes = testing::MiniBuilder().Serialize();
  std::string path = TempPath("bad.idx");
  WriteBytes(path, bytes.substr(0, bytes.size() - 10));
  auto r = GazetteerIndex::Open(path);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), Status::Code::kCorruption);

  std::string bad = bytes;
  bad[0] = 'X';
  EXPECT_EQ(GazetteerIndex::FromBytes(bad).status().code(), Status::Code::kCorruption);
  bad = bytes;
  bad[offsetof(format::Header, num_buckets)] = 3;  // not a power of two
  EXPECT_EQ(GazetteerIndex::FromBytes(bad).status().code(), Status::Code::kCorruption);
  bad = bytes;
  bad[offsetof(format::Header, num_places) + 3] = 0x7f;  // places past the end
  EXPECT_EQ(GazetteerIndex::FromBytes(bad).status().code(), Status::Code::kCorruption);
  EXPECT_EQ(GazetteerIndex::FromBytes("short").status().code(), Status::Code::kCorruption);
  std::remove(path.c_str());
}

TEST(GazetteerIndexTest, CommonWordsAreKeysOfTheirOwn) {
  GazetteerBuilder b = testing::MiniBuilder();
  for (const char* w : {"nice", "reading", "man"}) EXPECT_TRUE(b.AddCommonWord(w)) << w;
  EXPECT_FALSE(b.AddCommonWord("Paris"));    // a proper noun is not a common word
  EXPECT_FALSE(b.AddCommonWord("man's"));    // nor a possessive
  EXPECT_FALSE(b.AddCommonWord("two words"));
  EXPECT_FALSE(b.AddCommonWord(""));
  EXPECT_FALSE(b.AddCommonWord(std::string(format::kMaxCommonWord + 1, 'a')));
  EXPECT_EQ(b.common_word_count(), 3u);
  auto idx = GazetteerIndex::FromBytes(b.Serialize());
  ASSERT_TRUE(idx.ok()) << idx.status().ToString();
  EXPECT_TRUE((*idx)->IsCommonWord("nice"));
  EXPECT_TRUE((*idx)->IsCommonWord("reading"));
  EXPECT_TRUE((*idx)->IsCommonWord("man"));
  EXPECT_FALSE((*idx)->IsCommonWord("homs"));
  EXPECT_FALSE((*idx)->IsCommonWord("paris"));
  EXPECT_FALSE((*idx)->IsCommonWord("nic"));
  EXPECT_FALSE((*idx)->IsCommonWord(""));
  EXPECT_FALSE((*idx)->IsCommonWord(std::string(200, 'n')));
  // A word key never shows up as a place: "man" has no postings, "homs" still has its three.
  EXPECT_TRUE((*idx)->Lookup("man").empty());
  EXPECT_TRUE((*idx)->Lookup("~man").empty());
  EXPECT_EQ((*idx)->Lookup("homs").size(), 3u);
  // An index built without a word list knows no common words.
  auto plain = GazetteerIndex::FromBytes(testing::MiniBuilder().Serialize());
  ASSERT_TRUE(plain.ok());
  EXPECT_FALSE((*plain)->IsCommonWord("nice"));
}

TEST(GazetteerIndexTest, DamagedBodyStaysInBounds) {
  std::string good = testing::MiniBuilder().Serialize();
  std::mt19937 rng(42);
  for (int round = 0; round < 300; ++round) {
    std::string bytes = good;
    for (int k = 0; k < 8; ++k) {
      size_t pos = sizeof(format::Header) + rng() % (bytes.size() - sizeof(format::Header));
      bytes[pos] = static_cast<char>(rng());
    }
    auto idx = GazetteerIndex::FromBytes(bytes);
    ASSERT_TRUE(idx.ok());  // the header is intact
    (void)(*idx)->IsCommonWord("homs");
    for (const char* key : {"homs", "hama", "rastan", "talbisa", "kiv", "sirian arab ripublic"}) {
      for (uint32_t i : (*idx)->Postings(key)) {
        Place p = (*idx)->Get(i);
        EXPECT_LE(p.name.size(), 0xFFFFu);
      }
    }
    for (uint32_t i = 0; i < (*idx)->size(); ++i) (void)(*idx)->Get(i);
  }
}

}  // namespace
}  // namespace sitrep::geo
