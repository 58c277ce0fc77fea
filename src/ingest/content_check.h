// Byte-level checks applied to every input before it is parsed: binary sniffing and UTF-8 validation.
#ifndef SITREP_INGEST_CONTENT_CHECK_H_
#define SITREP_INGEST_CONTENT_CHECK_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace sitrep::ingest {

// How many leading bytes LooksBinary() inspects.
inline constexpr size_t kSniffBytes = 8192;

// True when the first kSniffBytes of `data` hold a NUL byte, or when more than 30% of them are C0 control
// characters other than tab, newline, carriage return, form feed and vertical tab (or DEL). Pure; thread-safe.
bool LooksBinary(std::string_view data);

// Returns the offset of the first byte that is not part of well-formed UTF-8 (overlong forms, surrogates,
// code points above U+10FFFF and truncated sequences are ill-formed), or std::string_view::npos when all of
// `data` is well-formed. NUL bytes are well-formed here; callers that care check for them separately.
size_t FindInvalidUtf8(std::string_view data);

// True when `data` is empty or holds only ASCII whitespace (and, optionally, a leading UTF-8 BOM).
bool IsBlank(std::string_view data);

// Removes a leading UTF-8 byte-order mark, if any.
std::string_view StripBom(std::string_view data);

}  // namespace sitrep::ingest

#endif  // SITREP_INGEST_CONTENT_CHECK_H_
