// TokenTrie and TokenKeys: see token_trie.h.
#include "kb/token_trie.h"

#include "kb/pattern_keys.h"

namespace sitrep::kb {

TokenKeys::TokenKeys(const std::vector<text::Token>& tokens) : tokens_(&tokens) {
  keys_.reserve(tokens.size());
  for (const text::Token& t : tokens) {
    const std::string& k = t.lower;
    // Most tokens are plain ASCII: copy them; fold apostrophes only where a multi-byte one may hide.
    bool high = false;
    for (char c : k) high = high || static_cast<unsigned char>(c) >= 0x80;
    keys_.push_back(high ? NormalizeApostrophes(k) : k);
  }
}

TokenTrie::TokenTrie() { nodes_.emplace_back(); }

void TokenTrie::Add(const std::vector<std::string>& keys, const std::vector<std::string>& exact,
                    uint32_t value) {
  if (keys.empty()) return;
  uint32_t n = 0;
  for (const std::string& k : keys) {
    auto it = nodes_[n].next.find(k);
    if (it == nodes_[n].next.end()) {
      uint32_t child = static_cast<uint32_t>(nodes_.size());
      nodes_[n].next.emplace(k, child);
      nodes_.emplace_back();  // may reallocate: index, never hold references across this line
      n = child;
    } else {
      n = it->second;
    }
  }
  std::vector<std::string> ex = exact;
  bool any = false;
  for (const auto& e : ex) any = any || !e.empty();
  if (!any) ex.clear();
  for (const Terminal& t : nodes_[n].terminals) {
    if (t.value == value && t.exact == ex) return;
  }
  nodes_[n].terminals.push_back(Terminal{value, std::move(ex)});
}

int TokenTrie::LongestMatch(const TokenKeys& keys, int start, std::vector<uint32_t>* values) const {
  values->clear();
  int best = start;
  uint32_t n = 0;
  for (int i = start; i < keys.size(); ++i) {
    auto it = nodes_[n].next.find(keys.key(i));
    if (it == nodes_[n].next.end()) break;
    n = it->second;
    const Node& node = nodes_[n];
    if (node.terminals.empty()) continue;
    std::vector<uint32_t> ok;
    for (const Terminal& t : node.terminals) {
      bool pass = true;
      for (size_t j = 0; pass && j < t.exact.size(); ++j) {
        pass = t.exact[j].empty() || keys.surface(start + static_cast<int>(j)) == t.exact[j];
      }
      if (pass) ok.push_back(t.value);
    }
    if (!ok.empty()) {
      best = i + 1;
      *values = std::move(ok);
    }
  }
  return best;
}

}  // namespace sitrep::kb
