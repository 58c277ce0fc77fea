// Legacy single-byte encodings of HTML pages.
#ifndef SITREP_INGEST_CHARSET_H_
#define SITREP_INGEST_CHARSET_H_

#include <string>
#include <string_view>

namespace sitrep::ingest {

// The charset a page declares in its first 4 KiB (<meta charset=...> or http-equiv content type),
// lower case, or "" when none is declared.
std::string DeclaredCharset(std::string_view html);

// True for charsets that ConvertCp1252ToUtf8 can decode: windows-1252 and its subsets (iso-8859-1,
// latin1, us-ascii), which browsers treat as windows-1252.
bool IsCp1252Family(std::string_view charset);

// Decodes windows-1252 bytes to UTF-8 (bytes undefined in windows-1252 become spaces).
std::string ConvertCp1252ToUtf8(std::string_view bytes);

}  // namespace sitrep::ingest

#endif  // SITREP_INGEST_CHARSET_H_
