// Code-point offsets for `sitrep geocode`, whose spans index the text exactly as the user gave it.
#ifndef SITREP_PIPELINE_OFFSETS_H_
#define SITREP_PIPELINE_OFFSETS_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace sitrep {

// Replaces typographic quotes, apostrophes, dashes and Unicode spaces by their ASCII equivalent one
// code point for one, and invalid bytes by '?', so code-point offsets stay those of `s`.
std::string FoldTypographyKeepLength(std::string_view s);

// Maps byte offsets of a UTF-8 string to code-point offsets.
class CodePointIndex {
 public:
  explicit CodePointIndex(std::string_view s);
  // The number of code points that start before byte `byte_offset`.
  size_t ToCodePoint(size_t byte_offset) const;

 private:
  std::vector<size_t> starts_;  // byte offset where each code point starts
};

}  // namespace sitrep

#endif  // SITREP_PIPELINE_OFFSETS_H_
