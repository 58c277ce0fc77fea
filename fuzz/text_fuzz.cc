// libFuzzer target for the text module: Normalize, SplitSentences, DatelineLength, Tokenize and
// the UTF-8 helpers. Aborts when an output breaks its contract (offsets out of range or not
// monotonic, views that do not match their offsets, ill-formed UTF-8 out of valid input).
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "text/normalize.h"
#include "text/sentences.h"
#include "text/tokens.h"
#include "text/utf8.h"

namespace {

void Check(bool ok) {
  if (!ok) std::abort();
}

void CheckSentencesAndTokens(std::string_view text) {
  size_t prev_end = 0;
  for (const sitrep::text::Sentence& s : sitrep::text::SplitSentences(text)) {
    Check(s.begin < s.end && s.end <= text.size());
    Check(s.begin >= prev_end);
    Check(s.text.data() == text.data() + s.begin && s.text.size() == s.end - s.begin);
    prev_end = s.end;
    Check(sitrep::text::DatelineLength(s.text) <= s.text.size());
    uint32_t prev_tok = static_cast<uint32_t>(s.begin);
    for (const sitrep::text::Token& t : sitrep::text::Tokenize(s.text, static_cast<uint32_t>(s.begin))) {
      Check(t.begin < t.end && t.begin >= prev_tok && t.end <= s.end);
      Check(t.text == text.substr(t.begin, t.end - t.begin));
      prev_tok = t.end;
    }
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view in(reinterpret_cast<const char*>(data), size);
  size_t bad = sitrep::text::FirstInvalidUtf8(in);
  Check(sitrep::text::IsValidUtf8(in) == (bad == std::string_view::npos));
  Check(sitrep::text::ValidUtf8PrefixLength(in) <= size);
  Check(sitrep::text::IsValidUtf8(sitrep::text::ReplaceInvalidUtf8(in)));
  Check(sitrep::text::ByteToCodePoint(in, size) == sitrep::text::CodePointCount(in));

  // The splitter and tokenizer must also survive text that was never normalised.
  CheckSentencesAndTokens(in);
  if (bad != std::string_view::npos) return 0;

  std::string norm = sitrep::text::Normalize(in);
  Check(sitrep::text::IsValidUtf8(norm));
  Check(sitrep::text::Normalize(norm) == norm);  // idempotent
  CheckSentencesAndTokens(norm);
  return 0;
}
