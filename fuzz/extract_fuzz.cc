// libFuzzer target: any bytes as an article through normalisation, sentence splitting and the whole
// extractor on the real knowledge base (kb/ in the working directory, or $SITREP_KB). Invalid UTF-8
// is rejected first, as the readers do.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>

#include "extract/extractor.h"
#include "kb/knowledge_base.h"
#include "text/normalize.h"
#include "text/sentences.h"

namespace {

struct Engine {
  std::unique_ptr<sitrep::kb::KnowledgeBase> kb;
  std::unique_ptr<sitrep::extract::Extractor> extractor;
};

const Engine& GetEngine() {
  static const Engine* engine = [] {
    const char* env = std::getenv("SITREP_KB");
    std::string dir = env != nullptr ? env : "kb";
    auto kb = sitrep::kb::KnowledgeBase::Load(dir);
    if (!kb.ok()) {
      std::fprintf(stderr, "extract_fuzz: %s\n", kb.status().ToString().c_str());
      std::abort();
    }
    auto* e = new Engine;
    e->kb = std::move(kb.value());
    auto ex = sitrep::extract::Extractor::Create(*e->kb, dir);
    if (!ex.ok()) {
      std::fprintf(stderr, "extract_fuzz: %s\n", ex.status().ToString().c_str());
      std::abort();
    }
    e->extractor = std::move(ex.value());
    return e;
  }();
  return *engine;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view raw(reinterpret_cast<const char*>(data), size);
  if (!sitrep::text::IsValidUtf8(raw)) return 0;
  const Engine& e = GetEngine();
  sitrep::Document doc;
  doc.id = "fuzz";
  doc.published = size % 2 == 0 ? "2024-12-06" : "";
  doc.text = std::string(raw);
  std::string normalized = sitrep::text::Normalize(raw);
  auto sentences = sitrep::text::SplitSentences(normalized);
  for (const sitrep::EventMention& m : e.extractor->Extract(doc, normalized, sentences, {})) {
    if (m.sentence < 0 || static_cast<size_t>(m.sentence) >= sentences.size()) std::abort();
  }
  return 0;
}
