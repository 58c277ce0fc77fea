#include "text/tokens.h"

#include <utf8proc.h>

#include <array>

#include "text/utf8.h"

namespace sitrep::text {
namespace {

using std::string_view;

enum ByteClass : uint8_t { kOther, kSpace, kDigit, kUpper, kLower, kUnder, kApos, kHyphen, kHigh };

constexpr std::array<ByteClass, 256> MakeClasses() {
  std::array<ByteClass, 256> t{};
  for (int c = 0; c < 256; ++c) {
    ByteClass k = kOther;
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f') k = kSpace;
    else if (c < 0x20 || c == 0x7F) k = kSpace;  // control characters separate like spaces
    else if (c >= '0' && c <= '9') k = kDigit;
    else if (c >= 'A' && c <= 'Z') k = kUpper;
    else if (c >= 'a' && c <= 'z') k = kLower;
    else if (c == '_') k = kUnder;
    else if (c == '\'') k = kApos;
    else if (c == '-') k = kHyphen;
    else if (c >= 0x80) k = kHigh;
    t[c] = k;
  }
  return t;
}

constexpr std::array<ByteClass, 256> kClass = MakeClasses();

inline ByteClass ClassAt(string_view s, size_t i) {
  return kClass[static_cast<unsigned char>(s[i])];
}

bool IsWordCategory(utf8proc_category_t cat) {
  switch (cat) {
    case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LL: case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM: case UTF8PROC_CATEGORY_LO: case UTF8PROC_CATEGORY_MN:
    case UTF8PROC_CATEGORY_MC: case UTF8PROC_CATEGORY_ME: case UTF8PROC_CATEGORY_ND:
      return true;
    default:
      return false;
  }
}

bool IsSkippedCategory(utf8proc_category_t cat) {
  return cat == UTF8PROC_CATEGORY_ZS || cat == UTF8PROC_CATEGORY_ZL ||
         cat == UTF8PROC_CATEGORY_ZP || cat == UTF8PROC_CATEGORY_CC ||
         cat == UTF8PROC_CATEGORY_CF;
}

// Length of a word character (letter, digit, mark, '_') at s[i], 0 when s[i] starts none.
size_t WordCharAt(string_view s, size_t i) {
  ByteClass k = ClassAt(s, i);
  if (k == kDigit || k == kUpper || k == kLower || k == kUnder) return 1;
  if (k != kHigh) return 0;
  char32_t cp;
  int n = DecodeUtf8(s, i, &cp);
  if (n == 0) return 0;
  return IsWordCategory(utf8proc_category(static_cast<utf8proc_int32_t>(cp)))
             ? static_cast<size_t>(n)
             : 0;
}

// Length of an apostrophe at s[i]: ASCII ', right single quote U+2019, modifier letter U+02BC.
size_t ApostropheAt(string_view s, size_t i) {
  if (s[i] == '\'') return 1;
  if (s.substr(i, 3) == "\xE2\x80\x99") return 3;
  if (s.substr(i, 2) == "\xCA\xBC") return 2;
  return 0;
}

// True when s[i..] is a possessive "'s" that is not followed by more word characters.
bool PossessiveAt(string_view s, size_t i, size_t* len) {
  size_t a = ApostropheAt(s, i);
  if (a == 0 || i + a >= s.size()) return false;
  char c = s[i + a];
  if (c != 's' && c != 'S') return false;
  size_t end = i + a + 1;
  if (end < s.size() && WordCharAt(s, end) > 0) return false;
  *len = end - i;
  return true;
}

// End of the word that starts at `i` (a word character). Apostrophes and hyphens stay inside
// when a word character follows ("Hay'at", "al-Sham", "F-16"); a possessive "'s" ends it.
size_t ScanWord(string_view s, size_t i, bool* ascii) {
  size_t n = s.size();
  while (i < n) {
    ByteClass k = ClassAt(s, i);
    if (k == kDigit || k == kUpper || k == kLower || k == kUnder) {
      ++i;
      continue;
    }
    if (k == kHigh) {
      size_t w = WordCharAt(s, i);
      if (w > 0) {
        *ascii = false;
        i += w;
        continue;
      }
    }
    size_t joiner = (k == kHyphen) ? 1 : ApostropheAt(s, i);
    if (joiner == 0 || i + joiner >= n) break;
    size_t poss;
    if (k != kHyphen && PossessiveAt(s, i, &poss)) break;
    if (WordCharAt(s, i + joiner) == 0) break;
    if (joiner > 1) *ascii = false;
    i += joiner;
  }
  return i;
}

// End of the number that starts at digit `i`: digits with inner ',' or '.' ("1,400", "7.62").
size_t ScanNumber(string_view s, size_t i) {
  size_t n = s.size();
  while (i < n) {
    ByteClass k = ClassAt(s, i);
    if (k == kDigit) {
      ++i;
    } else if ((s[i] == ',' || s[i] == '.') && i + 1 < n && ClassAt(s, i + 1) == kDigit) {
      ++i;
    } else {
      break;
    }
  }
  return i;
}

void LowerInto(string_view w, bool ascii, std::string* out) {
  out->resize(0);
  if (ascii) {
    out->resize(w.size());
    for (size_t i = 0; i < w.size(); ++i) {
      char c = w[i];
      (*out)[i] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
    }
    return;
  }
  out->reserve(w.size());
  for (size_t i = 0; i < w.size();) {
    char32_t cp;
    int n = DecodeUtf8(w, i, &cp);
    if (n == 0) {  // keep an ill-formed byte as it is
      out->push_back(w[i]);
      ++i;
      continue;
    }
    if (cp < 0x80) {
      out->push_back((cp >= 'A' && cp <= 'Z') ? static_cast<char>(cp + 32) : static_cast<char>(cp));
    } else {
      AppendUtf8(static_cast<char32_t>(utf8proc_tolower(static_cast<utf8proc_int32_t>(cp))), out);
    }
    i += static_cast<size_t>(n);
  }
}

bool StartsUpper(string_view w) {
  ByteClass k = ClassAt(w, 0);
  if (k == kUpper) return true;
  if (k != kHigh) return false;
  char32_t cp;
  if (DecodeUtf8(w, 0, &cp) == 0) return false;
  auto c = static_cast<utf8proc_int32_t>(cp);
  return utf8proc_isupper(c) || utf8proc_category(c) == UTF8PROC_CATEGORY_LT;
}

}  // namespace

std::vector<Token> Tokenize(string_view s, uint32_t base) {
  std::vector<Token> out;
  out.reserve(s.size() / 5 + 1);
  auto push = [&](size_t b, size_t e, TokenKind kind, bool ascii) {
    Token& t = out.emplace_back();
    t.begin = base + static_cast<uint32_t>(b);
    t.end = base + static_cast<uint32_t>(e);
    t.text = s.substr(b, e - b);
    t.kind = kind;
    LowerInto(t.text, ascii, &t.lower);
    t.capitalized = kind == TokenKind::kWord && StartsUpper(t.text);
  };
  size_t n = s.size();
  size_t i = 0;
  while (i < n) {
    ByteClass k = ClassAt(s, i);
    switch (k) {
      case kSpace:
        ++i;
        break;
      case kDigit: {
        size_t e = ScanNumber(s, i);
        push(i, e, TokenKind::kNumber, true);
        i = e;
        break;
      }
      case kUpper: case kLower: case kUnder: {
        bool ascii = true;
        size_t e = ScanWord(s, i, &ascii);
        push(i, e, TokenKind::kWord, ascii);
        i = e;
        break;
      }
      case kHigh: {
        char32_t cp;
        int len = DecodeUtf8(s, i, &cp);
        if (len == 0) {  // ill-formed byte: one punctuation token, never a crash
          push(i, i + 1, TokenKind::kPunct, true);
          ++i;
          break;
        }
        auto cat = utf8proc_category(static_cast<utf8proc_int32_t>(cp));
        if (IsSkippedCategory(cat)) {
          i += static_cast<size_t>(len);
        } else if (IsWordCategory(cat)) {
          bool ascii = false;
          size_t e = ScanWord(s, i, &ascii);
          push(i, e, TokenKind::kWord, false);
          i = e;
        } else {
          size_t poss;
          if (!out.empty() && out.back().end == base + i && out.back().kind != TokenKind::kPunct &&
              PossessiveAt(s, i, &poss)) {
            push(i, i + poss, TokenKind::kWord, false);
            i += poss;
          } else {
            push(i, i + static_cast<size_t>(len), TokenKind::kPunct, false);
            i += static_cast<size_t>(len);
          }
        }
        break;
      }
      default: {
        size_t poss;
        if (k == kApos && !out.empty() && out.back().end == base + i &&
            out.back().kind != TokenKind::kPunct && PossessiveAt(s, i, &poss)) {
          push(i, i + poss, TokenKind::kWord, true);  // "Assad's" -> "Assad" "'s"
          i += poss;
        } else {
          push(i, i + 1, TokenKind::kPunct, true);
          ++i;
        }
        break;
      }
    }
  }
  return out;
}

}  // namespace sitrep::text
