// WordSet: see word_set.h.
#include "geo/word_set.h"

#include <cstring>

namespace sitrep::geo {

WordSet::WordSet(std::initializer_list<std::string_view> words) : words_(words) { Build(); }

WordSet::WordSet(const std::vector<std::string_view>& words) : words_(words) { Build(); }

WordSet WordSet::FromLines(std::string_view text) {
  std::vector<std::string_view> words;
  while (!text.empty()) {
    size_t nl = text.find('\n');
    std::string_view line = text.substr(0, nl);
    while (!line.empty() && (line.back() == ' ' || line.back() == '\r' || line.back() == '\t')) line.remove_suffix(1);
    while (!line.empty() && (line.front() == ' ' || line.front() == '\t')) line.remove_prefix(1);
    if (!line.empty() && line[0] != '#') words.push_back(line);
    if (nl == std::string_view::npos) break;
    text.remove_prefix(nl + 1);
  }
  return WordSet(words);
}

uint64_t WordSet::Hash(std::string_view w) {
  // Eight bytes at a time, multiply-xorshift mixing; the length seeds it.
  constexpr uint64_t kMul = 0x9E3779B97F4A7C15ull;
  uint64_t h = w.size() * kMul;
  const char* p = w.data();
  size_t n = w.size();
  while (n >= 8) {
    uint64_t v;
    std::memcpy(&v, p, 8);
    h = (h ^ v) * kMul;
    h ^= h >> 29;
    p += 8;
    n -= 8;
  }
  if (n > 0) {
    uint64_t v = 0;
    std::memcpy(&v, p, n);
    h = (h ^ v) * kMul;
    h ^= h >> 29;
  }
  h *= kMul;
  return h ^ (h >> 32);
}

void WordSet::Build() {
  size_t cap = 8;
  while (cap < 2 * words_.size()) cap *= 2;
  slots_.assign(cap, Slot{});
  const size_t mask = cap - 1;
  for (uint32_t i = 0; i < words_.size(); ++i) {
    std::string_view w = words_[i];
    if (w.size() < 64) lengths_ |= uint64_t{1} << w.size();
    else long_words_ = true;
    uint64_t h = Hash(w);
    for (size_t s = h & mask;; s = (s + 1) & mask) {
      Slot& slot = slots_[s];
      if (slot.word == kNone) {
        slot.word = i;
        slot.tag = static_cast<uint32_t>(h >> 32);
        break;
      }
      if (words_[slot.word] == w) break;  // a duplicate: the first occurrence stays
    }
  }
}

uint32_t WordSet::Find(std::string_view w) const {
  if (slots_.empty()) return kNone;
  const uint64_t h = Hash(w);
  const auto tag = static_cast<uint32_t>(h >> 32);
  const size_t mask = slots_.size() - 1;
  for (size_t s = h & mask;; s = (s + 1) & mask) {
    const Slot& slot = slots_[s];
    if (slot.word == kNone) return kNone;
    if (slot.tag == tag && words_[slot.word] == w) return slot.word;
  }
}

}  // namespace sitrep::geo
