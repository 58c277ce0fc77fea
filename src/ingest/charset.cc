#include "ingest/charset.h"

#include <array>
#include <cstdint>

namespace sitrep::ingest {

std::string DeclaredCharset(std::string_view html) {
  std::string head(html.substr(0, 4096));
  for (char& c : head) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  const size_t at = head.find("charset=");
  if (at == std::string::npos) return "";
  size_t i = at + 8;
  while (i < head.size() && (head[i] == '"' || head[i] == '\'' || head[i] == ' ')) ++i;
  size_t j = i;
  while (j < head.size() && ((head[j] >= 'a' && head[j] <= 'z') || (head[j] >= '0' && head[j] <= '9') ||
                             head[j] == '-' || head[j] == '_' || head[j] == '.' || head[j] == ':')) {
    ++j;
  }
  return head.substr(i, j - i);
}

bool IsCp1252Family(std::string_view cs) {
  return cs == "windows-1252" || cs == "cp1252" || cs == "iso-8859-1" || cs == "iso8859-1" ||
         cs == "latin1" || cs == "latin-1" || cs == "iso-8859-15" || cs == "us-ascii" || cs == "ascii" ||
         cs == "x-cp1252" || cs == "l1";
}

namespace {

void AppendUtf8(uint32_t cp, std::string* out) {
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

}  // namespace

std::string ConvertCp1252ToUtf8(std::string_view bytes) {
  // Code points of 0x80..0x9F in windows-1252; 0x20 marks the five undefined bytes.
  static constexpr std::array<uint16_t, 32> kHigh = {
      0x20AC, 0x0020, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
      0x2039, 0x0152, 0x0020, 0x017D, 0x0020, 0x0020, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
      0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x0020, 0x017E, 0x0178};
  std::string out;
  out.reserve(bytes.size() + bytes.size() / 8);
  for (unsigned char c : bytes) {
    if (c >= 0x80 && c < 0xA0) {
      AppendUtf8(kHigh[c - 0x80], &out);
    } else {
      AppendUtf8(c, &out);
    }
  }
  return out;
}

}  // namespace sitrep::ingest
