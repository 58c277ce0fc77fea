// On-disk layout of the gazetteer index (doc/gazetteer-index.md). Shared by the builder and reader.
// All integers are little-endian; the reader checks the host is little-endian.
#ifndef SITREP_GEO_INDEX_FORMAT_H_
#define SITREP_GEO_INDEX_FORMAT_H_

#include <cstdint>
#include <string_view>

namespace sitrep::geo::format {

inline constexpr char kMagic[8] = {'S', 'R', 'G', 'A', 'Z', 'I', 'D', 'X'};
inline constexpr uint32_t kVersion = 1;
inline constexpr uint32_t kEmptyBucket = 0xFFFFFFFFu;
// Prefix of exact-spelling keys: "=" + text::ExactKey(name) lists the places with a name spelled so,
// present only where some place under the fold key of that spelling is not among them (a missing
// exact key means "every place under the fold key"). FoldKey never yields '='.
inline constexpr std::string_view kExactKeyPrefix = "=";
// Prefix of common-word keys: "~" + a lower-case English word of the word list the index was built
// with (builder flag --common-words), with no postings. GazetteerIndex::IsCommonWord looks them up.
// FoldKey and ExactKey never yield '~'. Readers that do not know the prefix never ask for such keys,
// so the format version is unchanged; an index built without a word list simply has none.
inline constexpr std::string_view kCommonWordPrefix = "~";
// Longest common word stored (bytes); longer words are not stored.
inline constexpr size_t kMaxCommonWord = 40;

// File header, at offset 0. Every section offset is 8-byte aligned and lies inside the file.
struct Header {
  char magic[8];
  uint32_t version;
  uint32_t header_size;     // sizeof(Header)
  uint32_t num_places;
  uint32_t num_buckets;     // power of two
  uint32_t num_postings;
  uint32_t max_name_words;
  uint64_t places_offset;   // num_places * PlaceRecord
  uint64_t buckets_offset;  // num_buckets * Bucket
  uint64_t postings_offset; // num_postings * uint32_t place index
  uint64_t strings_offset;  // string pool
  uint64_t strings_size;
  uint64_t file_size;
};
static_assert(sizeof(Header) == 80);

// One place. Strings are offsets into the pool: a uint16 length followed by that many bytes.
struct PlaceRecord {
  int64_t geonames_id;
  float lat, lon;
  uint32_t population;
  float radius_km;        // rough extent of the place (city radius, division or country half-size)
  uint32_t name_off;
  uint32_t country_off;
  uint32_t admin1_off;
  uint32_t feature_off;
};
static_assert(sizeof(PlaceRecord) == 40);

// One slot of the open-addressing (linear probing) table of fold keys.
struct Bucket {
  uint32_t hash;           // Hash(key)
  uint32_t key_off;        // pool offset of the key, kEmptyBucket when the slot is free
  uint32_t postings_begin; // index into the postings array
  uint32_t postings_count;
};
static_assert(sizeof(Bucket) == 16);

// FNV-1a, 32 bits. Stable across builds: part of the format.
inline uint32_t Hash(std::string_view s) {
  uint32_t h = 2166136261u;
  for (unsigned char c : s) {
    h ^= c;
    h *= 16777619u;
  }
  return h;
}

}  // namespace sitrep::geo::format

#endif  // SITREP_GEO_INDEX_FORMAT_H_
