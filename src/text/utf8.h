// Small UTF-8 helpers: validation, code-point counting and offset conversion.
#ifndef SITREP_TEXT_UTF8_H_
#define SITREP_TEXT_UTF8_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace sitrep::text {

// Byte offset of the first byte that does not start a well-formed UTF-8 sequence, or
// std::string_view::npos when all of `s` is well-formed. Overlong forms, surrogates
// (U+D800..U+DFFF), code points above U+10FFFF, truncated sequences and NUL bytes are
// rejected. ASCII runs are checked eight bytes at a time.
size_t FirstInvalidUtf8(std::string_view s);

// Length in bytes of the longest well-formed prefix of `s` (equal to s.size() when valid).
inline size_t ValidUtf8PrefixLength(std::string_view s) {
  size_t bad = FirstInvalidUtf8(s);
  return bad == std::string_view::npos ? s.size() : bad;
}

// Decodes one code point starting at s[pos] (pos < s.size()). On success stores it in *cp and
// returns its length in bytes (1..4). Returns 0 when the bytes at `pos` are not a well-formed
// sequence (NUL is accepted here: it is a valid code point; FirstInvalidUtf8 rejects it).
int DecodeUtf8(std::string_view s, size_t pos, char32_t* cp);

// Appends the UTF-8 encoding of `cp` to *out. Values that are not Unicode scalar values
// (surrogates, > U+10FFFF) are written as U+FFFD.
void AppendUtf8(char32_t cp, std::string* out);

// A copy of `s` in which every ill-formed byte sequence and every NUL byte is replaced by
// U+FFFD (one replacement per maximal ill-formed subpart, as Unicode recommends).
std::string ReplaceInvalidUtf8(std::string_view s);

// Number of code points in `s`: the count of bytes that are not UTF-8 continuation bytes.
// Exact for valid UTF-8; never reads past the end for invalid input.
size_t CodePointCount(std::string_view s);

// Code-point offset that corresponds to byte offset `byte_offset` in `s`: the number of
// code points that start before it. Offsets past the end are clamped to s.size().
// The JSON contract reports spans in code points; this converts engine byte offsets.
size_t ByteToCodePoint(std::string_view s, size_t byte_offset);

// Byte offset of code point number `cp_offset` in `s` (s.size() when past the end).
size_t CodePointToByte(std::string_view s, size_t cp_offset);

}  // namespace sitrep::text

#endif  // SITREP_TEXT_UTF8_H_
