// TokenTrie: an immutable-after-build trie over lower-cased token keys, for longest-first matching.
#ifndef SITREP_KB_TOKEN_TRIE_H_
#define SITREP_KB_TOKEN_TRIE_H_

#include <cstdint>
#include <functional>
#include <unordered_map>
#include <string>
#include <string_view>
#include <vector>

#include "text/tokens.h"

namespace sitrep::kb {

// Match keys of a token sequence: Token::lower with curly apostrophes made straight. Built once per
// sentence and shared by every matcher.
class TokenKeys {
 public:
  explicit TokenKeys(const std::vector<text::Token>& tokens);
  int size() const { return static_cast<int>(keys_.size()); }
  std::string_view key(int i) const { return keys_[i]; }
  std::string_view surface(int i) const { return (*tokens_)[i].text; }

 private:
  const std::vector<text::Token>* tokens_;
  std::vector<std::string> keys_;
};

// Maps token-key sequences to uint32 values. Build with Add(), then only call const methods; concurrent
// const use is safe.
class TokenTrie {
 public:
  TokenTrie();
  // Adds `keys` -> `value`. `exact[i]`, when non-empty, is the surface token i must equal exactly (case
  // sensitive acronyms); `exact` may be empty. Adding the same (keys, value) twice is a no-op.
  void Add(const std::vector<std::string>& keys, const std::vector<std::string>& exact, uint32_t value);
  // Longest match starting at token `start`: returns its end (exclusive) and sets *values to its values in
  // insertion order; returns `start` when nothing matches.
  int LongestMatch(const TokenKeys& keys, int start, std::vector<uint32_t>* values) const;
  size_t node_count() const { return nodes_.size(); }

 private:
  struct Terminal {
    uint32_t value;
    std::vector<std::string> exact;
  };
  // Hashes std::string and std::string_view alike, so lookups need no allocation.
  struct KeyHash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  struct Node {
    std::unordered_map<std::string, uint32_t, KeyHash, std::equal_to<>> next;
    std::vector<Terminal> terminals;
  };
  std::vector<Node> nodes_;
};

}  // namespace sitrep::kb

#endif  // SITREP_KB_TOKEN_TRIE_H_
