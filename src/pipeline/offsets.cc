#include "pipeline/offsets.h"

#include <algorithm>
#include <cstdint>

namespace sitrep {

namespace {

// Length of the UTF-8 sequence at s[i], 0 when it is not a valid sequence.
size_t SeqLen(std::string_view s, size_t i, uint32_t* cp) {
  unsigned char c = s[i];
  if (c < 0x80) { *cp = c; return 1; }
  size_t n = (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
  if (n == 0 || i + n > s.size()) return 0;
  uint32_t v = c & (0x7F >> n);
  for (size_t k = 1; k < n; ++k) {
    unsigned char d = s[i + k];
    if ((d & 0xC0) != 0x80) return 0;
    v = (v << 6) | (d & 0x3F);
  }
  if ((n == 2 && v < 0x80) || (n == 3 && v < 0x800) || (n == 4 && (v < 0x10000 || v > 0x10FFFF)) ||
      (v >= 0xD800 && v <= 0xDFFF)) {
    return 0;
  }
  *cp = v;
  return n;
}

char AsciiFor(uint32_t cp) {
  switch (cp) {
    case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032: case 0x02BC: return '\'';
    case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x2033: case 0x00AB: case 0x00BB: return '"';
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015: case 0x2212: return '-';
    case 0x00A0: case 0x2007: case 0x202F: case 0x2009: case 0x200A: case 0x3000: return ' ';
    default: return 0;
  }
}

}  // namespace

std::string FoldTypographyKeepLength(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size();) {
    uint32_t cp = 0;
    size_t n = SeqLen(s, i, &cp);
    if (n == 0) {
      out += '?';
      ++i;
      continue;
    }
    char a = n > 1 ? AsciiFor(cp) : 0;
    if (a) out += a; else out.append(s.substr(i, n));
    i += n;
  }
  return out;
}

CodePointIndex::CodePointIndex(std::string_view s) {
  starts_.reserve(s.size());
  for (size_t i = 0; i < s.size();) {
    starts_.push_back(i);
    uint32_t cp;
    size_t n = SeqLen(s, i, &cp);
    i += n ? n : 1;
  }
}

size_t CodePointIndex::ToCodePoint(size_t byte_offset) const {
  return std::lower_bound(starts_.begin(), starts_.end(), byte_offset) - starts_.begin();
}

}  // namespace sitrep
