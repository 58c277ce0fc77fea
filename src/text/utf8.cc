#include "text/utf8.h"

#include <cstdint>
#include <cstring>

namespace sitrep::text {
namespace {

constexpr uint64_t kHighBits = 0x8080808080808080ULL;
constexpr uint64_t kLowBits = 0x0101010101010101ULL;

// True when the eight bytes in `v` are all ASCII and none is NUL.
inline bool AsciiNoNul(uint64_t v) {
  if (v & kHighBits) return false;
  return ((v - kLowBits) & ~v & kHighBits) == 0;
}

inline bool IsCont(unsigned char b) { return (b & 0xC0) == 0x80; }

// Validates the multi-byte sequence at s[pos]. Returns its length when well-formed; otherwise
// returns minus the length of the maximal ill-formed subpart (at least 1).
int CheckSequence(std::string_view s, size_t pos) {
  const unsigned char* p = reinterpret_cast<const unsigned char*>(s.data()) + pos;
  size_t avail = s.size() - pos;
  unsigned char b0 = p[0];
  if (b0 < 0x80) return 1;
  int len;
  unsigned char lo = 0x80, hi = 0xBF;  // allowed range of the second byte
  if (b0 >= 0xC2 && b0 <= 0xDF) {
    len = 2;
  } else if (b0 >= 0xE0 && b0 <= 0xEF) {
    len = 3;
    if (b0 == 0xE0) lo = 0xA0;  // overlong
    if (b0 == 0xED) hi = 0x9F;  // surrogates
  } else if (b0 >= 0xF0 && b0 <= 0xF4) {
    len = 4;
    if (b0 == 0xF0) lo = 0x90;  // overlong
    if (b0 == 0xF4) hi = 0x8F;  // > U+10FFFF
  } else {
    return -1;  // continuation byte, C0/C1 or F5..FF
  }
  if (avail < 2 || p[1] < lo || p[1] > hi) return -1;
  for (int i = 2; i < len; ++i) {
    if (static_cast<size_t>(i) >= avail || !IsCont(p[i])) return -i;
  }
  return len;
}

}  // namespace

size_t FirstInvalidUtf8(std::string_view s) {
  const char* data = s.data();
  size_t n = s.size();
  size_t i = 0;
  while (i < n) {
    if (i + 8 <= n) {
      uint64_t v;
      std::memcpy(&v, data + i, 8);
      if (AsciiNoNul(v)) {
        i += 8;
        continue;
      }
    }
    unsigned char b = static_cast<unsigned char>(data[i]);
    if (b < 0x80) {
      if (b == 0) return i;
      ++i;
      continue;
    }
    int len = CheckSequence(s, i);
    if (len < 0) return i;
    i += static_cast<size_t>(len);
  }
  return std::string_view::npos;
}

int DecodeUtf8(std::string_view s, size_t pos, char32_t* cp) {
  const unsigned char* p = reinterpret_cast<const unsigned char*>(s.data()) + pos;
  if (p[0] < 0x80) {
    *cp = p[0];
    return 1;
  }
  int len = CheckSequence(s, pos);
  if (len < 0) return 0;
  char32_t c;
  switch (len) {
    case 2: c = (p[0] & 0x1Fu) << 6 | (p[1] & 0x3Fu); break;
    case 3: c = (p[0] & 0x0Fu) << 12 | (p[1] & 0x3Fu) << 6 | (p[2] & 0x3Fu); break;
    default:
      c = (p[0] & 0x07u) << 18 | (p[1] & 0x3Fu) << 12 | (p[2] & 0x3Fu) << 6 | (p[3] & 0x3Fu);
  }
  *cp = c;
  return len;
}

void AppendUtf8(char32_t cp, std::string* out) {
  if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) cp = 0xFFFD;
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

std::string ReplaceInvalidUtf8(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  size_t i = 0;
  while (i < s.size()) {
    unsigned char b = static_cast<unsigned char>(s[i]);
    if (b != 0 && b < 0x80) {
      out.push_back(static_cast<char>(b));
      ++i;
      continue;
    }
    int len = b == 0 ? -1 : CheckSequence(s, i);
    if (len > 0) {
      out.append(s.data() + i, static_cast<size_t>(len));
      i += static_cast<size_t>(len);
    } else {
      out.append("\xEF\xBF\xBD");
      i += static_cast<size_t>(-len);
    }
  }
  return out;
}

size_t CodePointCount(std::string_view s) {
  size_t count = 0;
  for (char c : s) count += !IsCont(static_cast<unsigned char>(c));
  return count;
}

size_t ByteToCodePoint(std::string_view s, size_t byte_offset) {
  if (byte_offset > s.size()) byte_offset = s.size();
  return CodePointCount(s.substr(0, byte_offset));
}

size_t CodePointToByte(std::string_view s, size_t cp_offset) {
  size_t seen = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    if (IsCont(static_cast<unsigned char>(s[i]))) continue;
    if (seen == cp_offset) return i;
    ++seen;
  }
  return s.size();
}

}  // namespace sitrep::text
