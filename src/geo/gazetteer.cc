// Memory-mapped GazetteerIndex: see gazetteer.h and doc/gazetteer-index.md.
#include "geo/gazetteer.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <bit>
#include <cerrno>
#include <cstring>
#include <vector>

#include "geo/index_format.h"

namespace sitrep::geo {
namespace {

// Bytes of a validated index, either mapped or owned.
class IndexImpl final : public GazetteerIndex {
 public:
  IndexImpl(const char* data, size_t size, void* map, std::string owned)
      : data_(data), size_(size), map_(map), owned_(std::move(owned)) {
    if (!owned_.empty()) data_ = owned_.data();
  }
  ~IndexImpl() override {
    if (map_ != nullptr) munmap(map_, size_);
  }
  IndexImpl(const IndexImpl&) = delete;
  IndexImpl& operator=(const IndexImpl&) = delete;

  // Checks the header and section bounds; everything else is checked on access.
  Status Init() {
    if (std::endian::native != std::endian::little) return Status::Unsupported("big-endian host");
    if (size_ < sizeof(format::Header)) return Status::Corruption("gazetteer index: file too short");
    std::memcpy(&h_, data_, sizeof h_);
    if (std::memcmp(h_.magic, format::kMagic, sizeof h_.magic) != 0)
      return Status::Corruption("gazetteer index: bad magic");
    if (h_.version != format::kVersion) return Status::Corruption("gazetteer index: unsupported version");
    if (h_.header_size != sizeof(format::Header)) return Status::Corruption("gazetteer index: bad header size");
    if (h_.file_size != size_) return Status::Corruption("gazetteer index: size mismatch (truncated?)");
    if (h_.num_buckets == 0 || (h_.num_buckets & (h_.num_buckets - 1)) != 0)
      return Status::Corruption("gazetteer index: bucket count not a power of two");
    if (!Section(h_.places_offset, h_.num_places, sizeof(format::PlaceRecord)) ||
        !Section(h_.buckets_offset, h_.num_buckets, sizeof(format::Bucket)) ||
        !Section(h_.postings_offset, h_.num_postings, sizeof(uint32_t)) ||
        !Section(h_.strings_offset, h_.strings_size, 1))
      return Status::Corruption("gazetteer index: section out of bounds");
    if (h_.max_name_words == 0 || h_.max_name_words > 64)
      return Status::Corruption("gazetteer index: bad max_name_words");
    places_ = reinterpret_cast<const format::PlaceRecord*>(data_ + h_.places_offset);
    buckets_ = reinterpret_cast<const format::Bucket*>(data_ + h_.buckets_offset);
    postings_ = reinterpret_cast<const uint32_t*>(data_ + h_.postings_offset);
    strings_ = data_ + h_.strings_offset;
    try {
      BuildTags();
    } catch (const std::exception&) {
      return Status::IoError("gazetteer index: out of memory");
    }
    return Status::Ok();
  }

  std::vector<Place> Lookup(std::string_view key) const override {
    std::vector<Place> out;
    for (uint32_t i : Postings(key)) {
      if (i < h_.num_places) out.push_back(Get(i));
    }
    return out;
  }

  std::span<const uint32_t> Postings(std::string_view key) const override {
    const format::Bucket* b = Find(key);
    if (b == nullptr) return {};
    if (b->postings_begin > h_.num_postings || b->postings_count > h_.num_postings - b->postings_begin) return {};
    return {postings_ + b->postings_begin, b->postings_count};
  }

  bool IsCommonWord(std::string_view word) const override {
    // "~" + word in a stack buffer: no allocation on the hot path.
    constexpr size_t kPrefix = format::kCommonWordPrefix.size();
    char buf[kPrefix + format::kMaxCommonWord];
    if (word.empty() || word.size() > format::kMaxCommonWord) return false;
    std::memcpy(buf, format::kCommonWordPrefix.data(), kPrefix);
    std::memcpy(buf + kPrefix, word.data(), word.size());
    return Find(std::string_view(buf, kPrefix + word.size())) != nullptr;
  }

  int MaxNameWords() const override { return static_cast<int>(h_.max_name_words); }
  size_t size() const override { return h_.num_places; }

  Place Get(uint32_t index) const override {
    Place p;
    if (index >= h_.num_places) return p;
    format::PlaceRecord r;
    std::memcpy(&r, places_ + index, sizeof r);
    p.index = index;
    p.geonames_id = r.geonames_id;
    p.name = String(r.name_off);
    p.lat = r.lat;
    p.lon = r.lon;
    p.country = String(r.country_off);
    p.admin1 = String(r.admin1_off);
    p.feature = String(r.feature_off);
    p.population = r.population;
    return p;
  }

  double RadiusKm(uint32_t index) const override {
    if (index >= h_.num_places) return 0;
    float r;
    std::memcpy(&r, reinterpret_cast<const char*>(places_ + index) + offsetof(format::PlaceRecord, radius_km),
                sizeof r);
    return r == r && r >= 0 && r < 20000 ? r : 0;  // NaN or absurd -> 0
  }

 private:
  // One byte per slot, from its stored hash, for probing without touching the bucket table: 0 for
  // an empty slot, else Tag(hash), never 0. A slot whose tag differs from the key's cannot hold it.
  static uint8_t Tag(uint32_t hash) {
    auto t = static_cast<uint8_t>(hash >> 24);  // bits the slot number (hash & mask) rarely uses
    return t == 0 ? 1 : t;
  }

  // Fills tags_ from the bucket table: one sequential pass at open (1 byte per slot, a few ms for a
  // million slots), after which a lookup that misses -- most lookups of the geocoder, which tries every
  // capitalised span -- reads a cache-friendly byte array instead of a 16 MB table.
  void BuildTags() {
    tags_.assign(h_.num_buckets, 0);
    for (uint32_t i = 0; i < h_.num_buckets; ++i) {
      const format::Bucket& b = buckets_[i];
      if (b.key_off != format::kEmptyBucket) tags_[i] = Tag(b.hash);
    }
  }

  // The slot holding `key`, or nullptr. Probing stops at an empty slot or after num_buckets slots.
  // The same slots and checks as probing the bucket table alone: tags only skip slots whose stored
  // hash differs from the key's.
  const format::Bucket* Find(std::string_view key) const {
    uint32_t hash = format::Hash(key);
    uint32_t mask = h_.num_buckets - 1;
    uint32_t slot = hash & mask;
    const uint8_t tag = Tag(hash);
    const uint8_t* tags = tags_.data();
    for (uint32_t probes = 0; probes < h_.num_buckets; ++probes, slot = (slot + 1) & mask) {
      uint8_t t = tags[slot];
      if (t == 0) return nullptr;
      if (t != tag) continue;
      const format::Bucket& b = buckets_[slot];
      if (b.hash == hash && String(b.key_off) == key) return &b;
    }
    return nullptr;
  }

  bool Section(uint64_t off, uint64_t count, uint64_t elem) const {
    if (off % 8 != 0 || off > size_) return false;
    if (count > (size_ - off) / elem) return false;
    return true;
  }

  // Length-prefixed string at pool offset `off`; empty when out of bounds.
  std::string_view String(uint32_t off) const {
    if (uint64_t{off} + 2 > h_.strings_size) return {};
    auto len = static_cast<uint16_t>(static_cast<uint8_t>(strings_[off]) |
                                     (static_cast<uint8_t>(strings_[off + 1]) << 8));
    if (uint64_t{off} + 2 + len > h_.strings_size) return {};
    return {strings_ + off + 2, len};
  }

  const char* data_;
  size_t size_;
  void* map_;
  std::string owned_;
  format::Header h_{};
  const format::PlaceRecord* places_ = nullptr;
  const format::Bucket* buckets_ = nullptr;
  const uint32_t* postings_ = nullptr;
  const char* strings_ = nullptr;
  std::vector<uint8_t> tags_;  // per slot: 0 empty, else Tag(stored hash)
};

}  // namespace

Result<std::unique_ptr<GazetteerIndex>> GazetteerIndex::Open(const std::string& path) {
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    if (errno == ENOENT) return Status::NotFound("gazetteer index not found: " + path);
    return Status::IoError("cannot open " + path + ": " + std::strerror(errno));
  }
  struct stat st;
  if (fstat(fd, &st) != 0) {
    ::close(fd);
    return Status::IoError("cannot stat " + path);
  }
  size_t size = static_cast<size_t>(st.st_size);
  if (size < sizeof(format::Header)) {
    ::close(fd);
    return Status::Corruption("gazetteer index: file too short: " + path);
  }
  void* map = mmap(nullptr, size, PROT_READ, MAP_SHARED, fd, 0);
  ::close(fd);
  if (map == MAP_FAILED) return Status::IoError("cannot mmap " + path);
  auto impl = std::make_unique<IndexImpl>(static_cast<const char*>(map), size, map, std::string());
  Status s = impl->Init();
  if (!s.ok()) return s;
  return std::unique_ptr<GazetteerIndex>(std::move(impl));
}

Result<std::unique_ptr<GazetteerIndex>> GazetteerIndex::FromBytes(std::string bytes) {
  size_t size = bytes.size();
  // An empty string's data() may not be 8-byte aligned; std::string heap buffers are 16-aligned.
  if (size < sizeof(format::Header)) return Status::Corruption("gazetteer index: too short");
  auto impl = std::make_unique<IndexImpl>(nullptr, size, nullptr, std::move(bytes));
  Status s = impl->Init();
  if (!s.ok()) return s;
  return std::unique_ptr<GazetteerIndex>(std::move(impl));
}

}  // namespace sitrep::geo
