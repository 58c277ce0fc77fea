// Toponym-spotting tokenizer: see geo_tokens.h.
#include "geo/geo_tokens.h"

#include <utf8proc.h>

#include "text/fold.h"

namespace sitrep::geo {
namespace {

struct Cp {
  int32_t c = -1;
  int len = 1;
};

inline Cp Decode(std::string_view s, size_t i) {
  Cp cp;
  auto b = static_cast<uint8_t>(s[i]);
  if (b < 0x80) {
    cp.c = b;
    return cp;
  }
  utf8proc_int32_t c = -1;
  utf8proc_ssize_t len = utf8proc_iterate(reinterpret_cast<const uint8_t*>(s.data()) + i,
                                          static_cast<utf8proc_ssize_t>(s.size() - i), &c);
  if (len <= 0) return cp;  // invalid byte: c = -1, one byte
  cp.c = c;
  cp.len = static_cast<int>(len);
  return cp;
}

// ASCII byte classes for the word loop's fast path.
enum AsciiClass : uint8_t { kOther = 0, kLowerLetter, kUpperLetter, kDigit };
struct AsciiClasses {
  uint8_t of[128];
  constexpr AsciiClasses() : of() {
    for (int c = 0; c < 128; ++c)
      of[c] = c >= 'a' && c <= 'z' ? kLowerLetter : c >= 'A' && c <= 'Z' ? kUpperLetter : c >= '0' && c <= '9' ? kDigit : kOther;
  }
};
constexpr AsciiClasses kAscii;

bool IsLetter(int32_t c) {
  if (c < 0) return false;
  if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  auto cat = utf8proc_category(c);
  return cat == UTF8PROC_CATEGORY_LU || cat == UTF8PROC_CATEGORY_LL || cat == UTF8PROC_CATEGORY_LT ||
         cat == UTF8PROC_CATEGORY_LM || cat == UTF8PROC_CATEGORY_LO || cat == UTF8PROC_CATEGORY_MN ||
         cat == UTF8PROC_CATEGORY_MC;
}
bool IsDigit(int32_t c) { return c >= '0' && c <= '9'; }
bool IsUpper(int32_t c) {
  if (c < 0x80) return c >= 'A' && c <= 'Z';
  return utf8proc_category(c) == UTF8PROC_CATEGORY_LU || utf8proc_category(c) == UTF8PROC_CATEGORY_LT;
}
bool IsLower(int32_t c) {
  if (c < 0x80) return c >= 'a' && c <= 'z';
  return utf8proc_category(c) == UTF8PROC_CATEGORY_LL;
}
bool IsApostrophe(int32_t c) { return c == '\'' || c == 0x2019 || c == 0x2018 || c == 0x02BC || c == 0x02BF || c == 0x02BE || c == '`'; }
bool IsHyphen(int32_t c) { return c == '-' || c == 0x2010 || c == 0x2011; }
bool IsSpace(int32_t c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0xA0 || c == 0x202F || c == 0x2009; }

// Particles that may precede a capital inside one hyphenated word ("al-Rastan", "ad-Dana").
bool IsLowerArticlePrefix(std::string_view w) {
  return text::IsFoldArticle(w) || w == "de" || w == "d";
}

}  // namespace

void ScanGeoTokens(std::string_view s, std::vector<GeoToken>* tokens, std::string* arena) {
  tokens->clear();
  arena->clear();
  // News text has about one token per five bytes; keys take at most about the text's size.
  tokens->reserve(s.size() / 4 + 8);
  arena->reserve(s.size() + s.size() / 2 + 16);
  std::string simple;  // the current word's SimpleKey, reused (folding reads it while the arena grows)
  size_t i = 0, n = s.size();
  bool space = true, newline = false, next_starts = true;
  while (i < n) {
    if (s[i] == ' ') {  // the common case of the test below
      space = true;
      ++i;
      continue;
    }
    Cp cp = Decode(s, i);
    if (IsSpace(cp.c)) {
      space = true;
      if (cp.c == '\n') {
        newline = true;
        next_starts = true;
      }
      i += cp.len;
      continue;
    }
    GeoToken t;
    t.begin = static_cast<uint32_t>(i);
    t.space_before = space;
    t.newline_before = newline;
    t.sentence_start = next_starts;
    space = newline = next_starts = false;
    if (IsLetter(cp.c) && !(cp.c < 0x80 ? false : utf8proc_category(cp.c) == UTF8PROC_CATEGORY_MN)) {
      t.word = true;
      bool has_upper = false, has_lower = false;
      bool first_upper = IsUpper(cp.c);
      size_t j = i;
      size_t first_hyphen_end = 0;  // byte after the first inner hyphen
      // Initialism: "U.S.", "U.N.": single capitals separated by dots.
      if (IsUpper(cp.c) && i + 3 < n + 1 && i + 1 < n && s[i + 1] == '.' && i + 2 < n &&
          IsUpper(Decode(s, i + 2).c) && (i + 3 >= n || s[i + 3] == '.')) {
        j = i;
        while (j + 1 < n && IsUpper(Decode(s, j).c) && Decode(s, j).len == 1 && s[j + 1] == '.') j += 2;
        t.end = static_cast<uint32_t>(j);
        t.cap = t.allcaps = true;
        i = j;
      } else {
        while (j < n) {
          // ASCII letters and digits: a table lookup (the general path below gives the same answer).
          if (auto b = static_cast<uint8_t>(s[j]); b < 0x80 && kAscii.of[b] != kOther) {
            has_upper |= kAscii.of[b] == kUpperLetter;
            has_lower |= kAscii.of[b] == kLowerLetter;
            ++j;
            continue;
          }
          Cp c = Decode(s, j);
          if (IsLetter(c.c) || IsDigit(c.c)) {
            has_upper |= IsUpper(c.c);
            has_lower |= IsLower(c.c);
            j += c.len;
            continue;
          }
          // "J&K", "A&N": an all-capitals abbreviation joined by an ampersand is one word.
          if (c.c == '&' && first_upper && !has_lower && j + 1 < n && IsUpper(Decode(s, j + 1).c)) {
            j += c.len;
            continue;
          }
          if ((IsHyphen(c.c) || IsApostrophe(c.c)) && j + c.len < n) {
            Cp d = Decode(s, j + c.len);
            if (IsLetter(d.c)) {
              if (IsHyphen(c.c) && first_hyphen_end == 0) first_hyphen_end = j + c.len;
              j += c.len;
              continue;
            }
          }
          break;
        }
        // A possessive 's is not part of the name.
        size_t end = j;
        if (end >= i + 3 && (s[end - 1] == 's' || s[end - 1] == 'S')) {
          size_t k = end - 1;
          // Find the code point before the final 's'.
          size_t q = k;
          do {
            --q;
          } while (q > i && (static_cast<uint8_t>(s[q]) & 0xC0) == 0x80);
          // Not when the apostrophe opens the word ("ʿs"): the token would be empty and the scan stuck.
          if (q > i && IsApostrophe(Decode(s, q).c)) end = q;
        }
        t.end = static_cast<uint32_t>(end);
        t.cap = first_upper;
        if (!first_upper && first_hyphen_end != 0 && first_hyphen_end < end) {
          std::string_view prefix = s.substr(i, first_hyphen_end - 1 - i);
          if (IsLowerArticlePrefix(prefix) && IsUpper(Decode(s, first_hyphen_end).c)) t.cap = true;
        }
        t.allcaps = has_upper && !has_lower;
        i = end;
      }
    } else if (IsDigit(cp.c)) {
      t.number = true;
      size_t j = i;
      while (j < n) {
        char c = s[j];
        if ((c >= '0' && c <= '9') || ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) {
          ++j;
          continue;
        }
        if ((c == ',' || c == '.') && j + 1 < n && s[j + 1] >= '0' && s[j + 1] <= '9') {
          ++j;
          continue;
        }
        break;
      }
      t.end = static_cast<uint32_t>(j);
      i = j;
    } else {
      t.end = static_cast<uint32_t>(i + cp.len);
      if (cp.c >= 0 && cp.c < 0x80) t.punct = static_cast<char>(cp.c);
      if (t.punct == '.' || t.punct == '!' || t.punct == '?') next_starts = true;
      i += cp.len;
    }
    if (t.word) {
      // SimpleKey straight into the arena; FoldKey from the SimpleKey (text::AppendFoldKeyOfSimple),
      // not from the surface again.
      std::string_view surface = s.substr(t.begin, t.end - t.begin);
      size_t off = arena->size();
      text::AppendSimpleKey(surface, arena);
      t.simple_off = static_cast<uint32_t>(off);
      t.simple_len = static_cast<uint32_t>(arena->size() - off);
      if (t.cap || t.simple_len <= 3) {
        simple.assign(*arena, off, t.simple_len);
        size_t fold_off = arena->size();
        text::AppendFoldKeyOfSimple(simple, arena);
        t.fold_off = static_cast<uint32_t>(fold_off);
        t.fold_len = static_cast<uint32_t>(arena->size() - fold_off);
      }
    }
    tokens->push_back(t);
  }
}

}  // namespace sitrep::geo
