// Fuzz target: arbitrary bytes as each kb file in turn -> KnowledgeBase::LoadFromStrings must either fail
// with a Status or succeed, and a successful knowledge base must match a fixed sentence without crashing.
#include <cstddef>
#include <cstdint>
#include <string>

#include "kb/knowledge_base.h"
#include "text/tokens.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using sitrep::kb::KnowledgeBase;
  if (size == 0) return 0;
  // The first byte picks the file; the rest is its content.
  const auto& names = KnowledgeBase::FileNames();
  const std::string& file = names[data[0] % names.size()];
  std::string content(reinterpret_cast<const char*>(data + 1), size - 1);
  auto kb = KnowledgeBase::LoadFromStrings({{file, content}});
  if (!kb.ok()) return 0;
  static const std::string kSentence = "Syrian and Russian warplanes struck HTS positions, the Observatory said.";
  auto tokens = sitrep::text::Tokenize(kSentence);
  kb.value()->MatchActors(tokens);
  kb.value()->MatchTriggers(tokens);
  kb.value()->MatchSources(tokens);
  kb.value()->MatchDemonyms(tokens);
  return 0;
}
