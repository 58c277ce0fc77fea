// Near-duplicate detection of article texts (syndicated wire copy): MinHash over word 5-gram shingles.
#ifndef SITREP_FUSE_FINGERPRINT_H_
#define SITREP_FUSE_FINGERPRINT_H_

#include <cstdint>
#include <string>
#include <string_view>

namespace sitrep::fuse {

// Number of MinHash values in a fingerprint.
inline constexpr int kMinHashSize = 64;

// The fingerprint of `text`: kMinHashSize MinHash values (one per seeded 64-bit hash) over the set of
// word 5-gram shingles of the text, with words lower-cased and punctuation dropped (texts of fewer
// than five words give one shingle). Encoded as 16 lower-case hex digits per value. Deterministic
// across platforms. The empty text gives "".
std::string Fingerprint(std::string_view text);

// Estimated Jaccard similarity (0..1) of the shingle sets behind two fingerprints: the fraction of
// equal MinHash values. 0 when either is empty or malformed.
double FingerprintSimilarity(std::string_view a, std::string_view b);

// Texts whose similarity reaches this are copies of one another (documented in doc/fusion.md).
inline constexpr double kNearDuplicateSimilarity = 0.7;

// 64-bit FNV-1a hash; stable across platforms (used for event ids too).
uint64_t Fnv1a64(std::string_view s);

}  // namespace sitrep::fuse

#endif  // SITREP_FUSE_FINGERPRINT_H_
