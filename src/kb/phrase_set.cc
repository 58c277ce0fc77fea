// PhraseSetBuilder: see phrase_set.h.
#include "kb/phrase_set.h"

#include <algorithm>

#include "kb/pattern_keys.h"

namespace sitrep::kb {
namespace {

void Merge(std::vector<std::string>* exact, const std::vector<std::string>& more) {
  for (size_t i = 0; i < exact->size(); ++i) {
    if (i >= more.size() || more[i].empty() || more[i] != (*exact)[i]) (*exact)[i].clear();
  }
}

}  // namespace

bool PhraseSetBuilder::Add(std::string_view pattern, uint32_t value) {
  std::vector<KeyedPattern> variants = PatternVariants(pattern);
  if (variants.empty() || variants[0].keys.empty()) return false;
  for (KeyedPattern& v : variants) {
    auto [it, inserted] = slots_.try_emplace(v.keys);
    Slot& s = it->second;
    if (inserted) {
      s.exact = v.exact;
      order_.push_back(&it->first);
    } else {
      Merge(&s.exact, v.exact);
    }
    if (std::find(s.values.begin(), s.values.end(), value) == s.values.end()) s.values.push_back(value);
  }
  return true;
}

void PhraseSetBuilder::AddKeys(const std::vector<std::string>& keys, uint32_t value) {
  if (keys.empty()) return;
  auto [it, inserted] = slots_.try_emplace(keys);
  Slot& s = it->second;
  if (inserted) {
    s.exact.assign(keys.size(), std::string());
    order_.push_back(&it->first);
  } else {
    Merge(&s.exact, std::vector<std::string>(keys.size()));
  }
  if (std::find(s.values.begin(), s.values.end(), value) == s.values.end()) s.values.push_back(value);
}

void PhraseSetBuilder::Build(TokenTrie* trie, std::vector<std::vector<uint32_t>>* sets) const {
  for (const std::vector<std::string>* keys : order_) {
    const Slot& s = slots_.at(*keys);
    trie->Add(*keys, s.exact, static_cast<uint32_t>(sets->size()));
    sets->push_back(s.values);
  }
}

}  // namespace sitrep::kb
