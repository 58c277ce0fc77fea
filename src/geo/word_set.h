// WordSet: an immutable set of short strings (the words and phrases of the geocoder's lists) built
// once, answering membership with one hash of the word and, mostly, one probe of a small flat table.
// Thread-safe after construction. The strings are not copied: the views given must outlive the set
// (string literals, compiled-in lists).
#ifndef SITREP_GEO_WORD_SET_H_
#define SITREP_GEO_WORD_SET_H_

#include <cstdint>
#include <initializer_list>
#include <string_view>
#include <vector>

namespace sitrep::geo {

class WordSet {
 public:
  WordSet() = default;
  explicit WordSet(std::initializer_list<std::string_view> words);
  explicit WordSet(const std::vector<std::string_view>& words);

  // The set of the non-empty, non-comment ('#') lines of `text`, trimmed of spaces, tabs and CRs.
  static WordSet FromLines(std::string_view text);

  bool Contains(std::string_view w) const {
    if (w.size() >= 64 ? !long_words_ : ((lengths_ >> w.size()) & 1) == 0) return false;
    return Find(w) != kNone;
  }
  // Position of `w` in the order the words were given (first occurrence), or kNone.
  static constexpr uint32_t kNone = UINT32_MAX;
  uint32_t Find(std::string_view w) const;
  size_t size() const { return words_.size(); }

  // The hash the set uses (exposed for tests): a fast hash of short byte strings.
  static uint64_t Hash(std::string_view w);

 private:
  void Build();

  struct Slot {
    uint32_t word = kNone;  // index into words_, kNone when empty
    uint32_t tag = 0;       // low bits of the hash
  };
  std::vector<std::string_view> words_;
  std::vector<Slot> slots_;   // power of two, load <= 1/2
  uint64_t lengths_ = 0;      // bit n set: some word has n bytes (n < 64)
  bool long_words_ = false;   // some word has 64 bytes or more
};

}  // namespace sitrep::geo

#endif  // SITREP_GEO_WORD_SET_H_
