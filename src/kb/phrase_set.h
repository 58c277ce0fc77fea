// PhraseSetBuilder: collects (pattern -> value) pairs, merges values that share a surface into one
// candidate set, and compiles them into a TokenTrie whose values are set indices.
#ifndef SITREP_KB_PHRASE_SET_H_
#define SITREP_KB_PHRASE_SET_H_

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "kb/token_trie.h"

namespace sitrep::kb {

class PhraseSetBuilder {
 public:
  // Adds every keyed variant of `pattern` (PatternVariants) with `value`. Values sharing one surface keep
  // their insertion order. Returns false when the pattern has no tokens.
  bool Add(std::string_view pattern, uint32_t value);
  // Adds one exact key sequence (already lower-case), with no case constraint.
  void AddKeys(const std::vector<std::string>& keys, uint32_t value);
  // Builds the trie; sets[i] are the values of trie value i.
  void Build(TokenTrie* trie, std::vector<std::vector<uint32_t>>* sets) const;

 private:
  struct Slot {
    std::vector<uint32_t> values;
    std::vector<std::string> exact;  // per key; "" = any case (merged: any non-exact use wins)
  };
  std::map<std::vector<std::string>, Slot> slots_;
  std::vector<const std::vector<std::string>*> order_;
};

}  // namespace sitrep::kb

#endif  // SITREP_KB_PHRASE_SET_H_
