// GazetteerBuilder: see gazetteer_builder.h; layout in index_format.h and doc/gazetteer-index.md.
#include "geo/gazetteer_builder.h"

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <map>

#include "geo/index_format.h"
#include "text/fold.h"

namespace sitrep::geo {
namespace {

// String pool with deduplication; offset 0 holds the empty string.
class StringPool {
 public:
  StringPool() { Intern(""); }
  uint32_t Intern(std::string_view s) {
    if (s.size() > 0xFFFF) s = s.substr(0, 0xFFFF);
    auto it = offsets_.find(std::string(s));
    if (it != offsets_.end()) return it->second;
    uint32_t off = static_cast<uint32_t>(bytes_.size());
    uint16_t len = static_cast<uint16_t>(s.size());
    bytes_.push_back(static_cast<char>(len & 0xFF));
    bytes_.push_back(static_cast<char>(len >> 8));
    bytes_.append(s);
    offsets_.emplace(std::string(s), off);
    return off;
  }
  const std::string& bytes() const { return bytes_; }

 private:
  std::string bytes_;
  std::unordered_map<std::string, uint32_t> offsets_;
};

size_t Align8(size_t n) { return (n + 7) & ~size_t{7}; }

int CountWords(std::string_view key) {
  return key.empty() ? 0 : 1 + static_cast<int>(std::count(key.begin(), key.end(), ' '));
}

}  // namespace

double GazetteerBuilder::DefaultRadiusKm(std::string_view feature, int64_t population) {
  if (feature == "PCLI" || feature == "PCLD" || feature == "PCLIX") return 300;
  if (feature == "ADM1") return 100;
  if (feature == "ADM2") return 30;
  if (population > 1000000 || feature == "PPLC") return population > 1000000 ? 10 : 7;
  if (population > 100000) return 5;
  if (population > 10000) return 3;
  return 2;
}

uint32_t GazetteerBuilder::Add(PlaceInput place) {
  uint32_t index = static_cast<uint32_t>(places_.size());
  if (place.geonames_id != 0) by_geonames_id_.emplace(place.geonames_id, index);
  places_.push_back(std::move(place));
  return index;
}

bool GazetteerBuilder::AddName(uint32_t index, std::string_view name) {
  if (index >= places_.size()) return false;
  places_[index].names.emplace_back(name);
  return true;
}

bool GazetteerBuilder::AddCommonWord(std::string_view word) {
  if (word.empty() || word.size() > format::kMaxCommonWord) return false;
  for (char c : word)
    if (c < 'a' || c > 'z') return false;
  common_words_.emplace(word);
  return true;
}

int64_t GazetteerBuilder::FindGeonamesId(int64_t id) const {
  auto it = by_geonames_id_.find(id);
  return it == by_geonames_id_.end() ? -1 : static_cast<int64_t>(it->second);
}

std::string GazetteerBuilder::Serialize() const {
  StringPool pool;
  // Fold key -> place indices. std::map keeps the output deterministic.
  std::map<std::string, std::vector<uint32_t>> keys;
  int max_words = 1;
  for (uint32_t i = 0; i < places_.size(); ++i) {
    const PlaceInput& p = places_[i];
    auto add = [&](std::string_view name) {
      std::string key = text::FoldKey(name);
      if (key.empty() || key.size() > 200) return;
      max_words = std::max(max_words, CountWords(key));
      std::vector<uint32_t>& post = keys[key];
      if (post.empty() || post.back() != i) post.push_back(i);
    };
    add(p.name);
    for (const std::string& n : p.names) add(n);
  }
  // Exact-spelling keys ("=" + ExactKey, doc/gazetteer-index.md): the places with a name spelled so,
  // stored only where they differ from the places under the same string as a fold key.
  {
    std::map<std::string, std::vector<uint32_t>> exact;
    for (uint32_t i = 0; i < places_.size(); ++i) {
      const PlaceInput& p = places_[i];
      auto add = [&](std::string_view name) {
        std::string key = text::ExactKey(name);
        if (key.empty() || key.size() > 200) return;
        std::vector<uint32_t>& post = exact[key];
        if (post.empty() || post.back() != i) post.push_back(i);
      };
      add(p.name);
      for (const std::string& n : p.names) add(n);
    }
    for (auto& [key, post] : exact) {
      auto it = keys.find(text::FoldKey(key));
      if (it == keys.end() || std::includes(post.begin(), post.end(), it->second.begin(), it->second.end()))
        continue;  // every place under the fold key is spelled so: nothing to tell apart
      keys.emplace(std::string(format::kExactKeyPrefix) + key, std::move(post));
    }
  }

  // Common-word keys ("~" + word, no postings).
  for (const std::string& w : common_words_) keys.emplace(std::string(format::kCommonWordPrefix) + w,
                                                          std::vector<uint32_t>());

  std::vector<format::PlaceRecord> records(places_.size());
  for (size_t i = 0; i < places_.size(); ++i) {
    const PlaceInput& p = places_[i];
    format::PlaceRecord& r = records[i];
    std::memset(&r, 0, sizeof r);
    r.geonames_id = p.geonames_id;
    r.lat = static_cast<float>(p.lat);
    r.lon = static_cast<float>(p.lon);
    r.population = static_cast<uint32_t>(std::clamp<int64_t>(p.population, 0, 0xFFFFFFFFll));
    r.radius_km = static_cast<float>(p.radius_km > 0 ? p.radius_km : DefaultRadiusKm(p.feature, p.population));
    r.name_off = pool.Intern(p.name);
    r.country_off = pool.Intern(p.country);
    r.admin1_off = pool.Intern(p.admin1);
    r.feature_off = pool.Intern(p.feature);
  }

  uint32_t num_buckets = 16;
  while (num_buckets < keys.size() * 2) num_buckets *= 2;
  std::vector<format::Bucket> buckets(num_buckets, format::Bucket{0, format::kEmptyBucket, 0, 0});
  std::vector<uint32_t> postings;
  for (auto& [key, post] : keys) {
    // Countries first, then by population with a division counted as one million people: callers
    // that look at the first few candidates of a very common name still see the big ones.
    auto rank = [&](uint32_t i) -> double {
      const std::string& f = places_[i].feature;
      if (f == "PCLI" || f == "PCLD") return 4e9;
      if (f == "ADM1") return std::max<double>(1e6, records[i].population);
      return records[i].population;
    };
    std::vector<uint32_t> sorted = post;
    std::stable_sort(sorted.begin(), sorted.end(), [&](uint32_t a, uint32_t b) { return rank(a) > rank(b); });
    uint32_t h = format::Hash(key);
    uint32_t slot = h & (num_buckets - 1);
    while (buckets[slot].key_off != format::kEmptyBucket) slot = (slot + 1) & (num_buckets - 1);
    buckets[slot] = format::Bucket{h, pool.Intern(key), static_cast<uint32_t>(postings.size()),
                                   static_cast<uint32_t>(sorted.size())};
    postings.insert(postings.end(), sorted.begin(), sorted.end());
  }

  format::Header h;
  std::memset(&h, 0, sizeof h);
  std::memcpy(h.magic, format::kMagic, sizeof h.magic);
  h.version = format::kVersion;
  h.header_size = sizeof(format::Header);
  h.num_places = static_cast<uint32_t>(records.size());
  h.num_buckets = num_buckets;
  h.num_postings = static_cast<uint32_t>(postings.size());
  h.max_name_words = static_cast<uint32_t>(max_words);
  h.places_offset = Align8(sizeof h);
  h.buckets_offset = Align8(h.places_offset + records.size() * sizeof(format::PlaceRecord));
  h.postings_offset = Align8(h.buckets_offset + buckets.size() * sizeof(format::Bucket));
  h.strings_offset = Align8(h.postings_offset + postings.size() * sizeof(uint32_t));
  h.strings_size = pool.bytes().size();
  h.file_size = h.strings_offset + h.strings_size;

  std::string out(h.file_size, '\0');
  std::memcpy(out.data(), &h, sizeof h);
  if (!records.empty())
    std::memcpy(out.data() + h.places_offset, records.data(), records.size() * sizeof(format::PlaceRecord));
  std::memcpy(out.data() + h.buckets_offset, buckets.data(), buckets.size() * sizeof(format::Bucket));
  if (!postings.empty())
    std::memcpy(out.data() + h.postings_offset, postings.data(), postings.size() * sizeof(uint32_t));
  std::memcpy(out.data() + h.strings_offset, pool.bytes().data(), pool.bytes().size());
  return out;
}

Status GazetteerBuilder::WriteFile(const std::string& path) const {
  std::string bytes = Serialize();
  std::string tmp = path + ".part";
  FILE* f = std::fopen(tmp.c_str(), "wb");
  if (f == nullptr) return Status::IoError("cannot create " + tmp);
  size_t n = std::fwrite(bytes.data(), 1, bytes.size(), f);
  bool ok = n == bytes.size() && std::fflush(f) == 0;
  ok = (std::fclose(f) == 0) && ok;
  if (!ok) {
    std::remove(tmp.c_str());
    return Status::IoError("cannot write " + tmp);
  }
  if (std::rename(tmp.c_str(), path.c_str()) != 0) {
    std::remove(tmp.c_str());
    return Status::IoError("cannot rename " + tmp + " to " + path);
  }
  return Status::Ok();
}

}  // namespace sitrep::geo
