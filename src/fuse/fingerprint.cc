#include "fuse/fingerprint.h"

#include <cctype>
#include <cstdint>
#include <cstdio>
#include <vector>

namespace sitrep::fuse {
namespace {

uint64_t Mix(uint64_t x) {  // splitmix64 finaliser
  x += 0x9e3779b97f4a7c15ULL;
  x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
  x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
  return x ^ (x >> 31);
}

std::vector<uint64_t> WordHashes(std::string_view text) {
  std::vector<uint64_t> out;
  std::string word;
  auto flush = [&] {
    if (!word.empty()) out.push_back(Fnv1a64(word));
    word.clear();
  };
  for (unsigned char c : text) {
    if (std::isalnum(c) || c >= 0x80) {
      word += static_cast<char>(std::tolower(c));
    } else {
      flush();
    }
  }
  flush();
  return out;
}

int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  return -1;
}

}  // namespace

uint64_t Fnv1a64(std::string_view s) {
  uint64_t h = 0xcbf29ce484222325ULL;
  for (unsigned char c : s) {
    h ^= c;
    h *= 0x100000001b3ULL;
  }
  return h;
}

std::string Fingerprint(std::string_view text) {
  std::vector<uint64_t> words = WordHashes(text);
  if (words.empty()) return "";
  constexpr size_t kShingle = 5;
  std::vector<uint64_t> shingles;
  if (words.size() < kShingle) {
    uint64_t h = 0;
    for (uint64_t w : words) h = Mix(h ^ w);
    shingles.push_back(h);
  } else {
    for (size_t i = 0; i + kShingle <= words.size(); ++i) {
      uint64_t h = 0;
      for (size_t k = 0; k < kShingle; ++k) h = Mix(h ^ words[i + k]);
      shingles.push_back(h);
    }
  }
  std::string out;
  out.reserve(kMinHashSize * 16);
  for (int k = 0; k < kMinHashSize; ++k) {
    const uint64_t seed = Mix(0x5171e9ULL + static_cast<uint64_t>(k));
    uint64_t best = UINT64_MAX;
    for (uint64_t s : shingles) best = std::min(best, Mix(s ^ seed));
    char buf[17];
    std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(best));
    out += buf;
  }
  return out;
}

double FingerprintSimilarity(std::string_view a, std::string_view b) {
  constexpr size_t kLen = kMinHashSize * 16;
  if (a.size() != kLen || b.size() != kLen) return 0;
  int equal = 0;
  for (size_t k = 0; k < kLen; k += 16) {
    bool same = true;
    for (size_t i = k; i < k + 16; ++i) {
      if (HexValue(a[i]) < 0 || a[i] != b[i]) {
        same = false;
        if (HexValue(a[i]) < 0 || HexValue(b[i]) < 0) return 0;
      }
    }
    equal += same;
  }
  return static_cast<double>(equal) / kMinHashSize;
}

}  // namespace sitrep::fuse
