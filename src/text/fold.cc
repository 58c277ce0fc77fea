// SimpleKey / FoldKey: see fold.h.
#include "text/fold.h"

#include <utf8proc.h>

#include <cstdint>

namespace sitrep::text {
namespace {

// Code points that are apostrophes or Arabic ayn/hamza transliterations; they vanish from keys.
bool IsApostrophe(int32_t c) {
  switch (c) {
    case 0x27: case 0x60: case 0xB4: case 0x2018: case 0x2019: case 0x201B: case 0x2032:
    case 0x02B9: case 0x02BB: case 0x02BC: case 0x02BD: case 0x02BE: case 0x02BF: case 0x02C8:
      return true;
    default:
      return false;
  }
}

// Letters that Unicode does not decompose into a base letter plus a mark.
const char* SpecialLatin(int32_t c) {
  switch (c) {
    case 0x131: return "i";   // dotless i
    case 0xF8: case 0xD8: return "o";
    case 0x142: case 0x141: return "l";
    case 0x111: case 0x110: case 0xF0: case 0xD0: return "d";
    case 0xE6: case 0xC6: return "ae";
    case 0x153: case 0x152: return "oe";
    case 0xFE: case 0xDE: return "th";
    case 0x127: case 0x126: return "h";
    case 0x167: case 0x166: return "t";
    case 0xDF: return "ss";
    default: return nullptr;
  }
}

void AppendUtf8(int32_t c, std::string* out) {
  uint8_t buf[4];
  utf8proc_ssize_t n = utf8proc_encode_char(c, buf);
  out->append(reinterpret_cast<const char*>(buf), static_cast<size_t>(n));
}

// Appends a separator unless the key (which starts at out[base]) is empty or already ends in one.
void AppendSpace(std::string* out, size_t base) {
  if (out->size() > base && out->back() != ' ') out->push_back(' ');
}

// Folds one code point (already known not to be ASCII) into `out`, whose key starts at out[base].
void AppendNonAscii(int32_t c, std::string* out, size_t base) {
  if (IsApostrophe(c)) return;
  if (const char* s = SpecialLatin(c)) {
    out->append(s);
    return;
  }
  utf8proc_int32_t buf[8];
  int last_boundclass = 0;
  utf8proc_ssize_t n = utf8proc_decompose_char(
      c, buf, 8,
      static_cast<utf8proc_option_t>(UTF8PROC_DECOMPOSE | UTF8PROC_STRIPMARK | UTF8PROC_CASEFOLD |
                                     UTF8PROC_COMPAT),
      &last_boundclass);
  if (n < 0 || n > 8) return;
  for (utf8proc_ssize_t i = 0; i < n; ++i) {
    int32_t d = buf[i];
    if (d < 0x80) {
      char ch = static_cast<char>(d);
      if ((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9')) {
        out->push_back(ch);
      } else if (ch >= 'A' && ch <= 'Z') {
        out->push_back(static_cast<char>(ch - 'A' + 'a'));
      } else if (!IsApostrophe(d)) {
        AppendSpace(out, base);
      }
      continue;
    }
    if (IsApostrophe(d)) continue;
    if (const char* s = SpecialLatin(d)) {
      out->append(s);
      continue;
    }
    utf8proc_category_t cat = utf8proc_category(d);
    switch (cat) {
      case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LL: case UTF8PROC_CATEGORY_LT:
      case UTF8PROC_CATEGORY_LM: case UTF8PROC_CATEGORY_LO: case UTF8PROC_CATEGORY_ND:
      case UTF8PROC_CATEGORY_NL: case UTF8PROC_CATEGORY_NO:
        AppendUtf8(d, out);
        break;
      case UTF8PROC_CATEGORY_MN: case UTF8PROC_CATEGORY_MC: case UTF8PROC_CATEGORY_ME:
      case UTF8PROC_CATEGORY_CF:
        break;  // marks and format characters (ZWJ, ZWNJ) vanish
      default:
        AppendSpace(out, base);
    }
  }
}

bool IsWordByte(char c) { return c != ' '; }

// What SimpleKey makes of each ASCII byte: the lower-case letter or digit it keeps, kSeparator for
// bytes that separate words, kDropped for apostrophes and backticks, which vanish.
constexpr char kSeparator = ' ';
constexpr char kDropped = 0;
struct AsciiKeyTable {
  char to[128];
  constexpr AsciiKeyTable() : to() {
    for (int c = 0; c < 128; ++c) {
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) to[c] = static_cast<char>(c);
      else if (c >= 'A' && c <= 'Z') to[c] = static_cast<char>(c - 'A' + 'a');
      else if (c == '\'' || c == '`') to[c] = kDropped;
      else to[c] = kSeparator;
    }
  }
};
constexpr AsciiKeyTable kAsciiKey;

}  // namespace

void AppendSimpleKey(std::string_view s, std::string* out) {
  const size_t base = out->size();
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  const size_t n = s.size();
  // ASCII bytes are written through a pointer into room made up front (an ASCII byte never yields
  // more than one byte); a non-ASCII code point shrinks the string to what is written and appends.
  size_t w = base;
  out->resize(base + n);
  char* d = out->data();
  size_t i = 0;
  while (i < n) {
    uint8_t b = p[i];
    if (b < 0x80) {
      char v = kAsciiKey.to[b];
      if (v == kSeparator) {
        if (w > base && d[w - 1] != ' ') d[w++] = ' ';
      } else if (v != kDropped) {
        d[w++] = v;
      }
      ++i;
      continue;
    }
    utf8proc_int32_t c = -1;
    utf8proc_ssize_t len = utf8proc_iterate(p + i, static_cast<utf8proc_ssize_t>(n - i), &c);
    if (len <= 0 || c < 0) {  // invalid byte: drop it
      ++i;
      continue;
    }
    out->resize(w);
    AppendNonAscii(c, out, base);
    i += static_cast<size_t>(len);
    w = out->size();
    out->resize(w + (n - i));
    d = out->data();
  }
  while (w > base && d[w - 1] == ' ') --w;
  out->resize(w);
}

std::string SimpleKey(std::string_view s) {
  std::string out;
  AppendSimpleKey(s, &out);
  return out;
}

bool IsFoldArticle(std::string_view w) {
  // al el ar er as es at et ad ed az ez an en ul il; ash esh ath adh edh. Byte tests, no string compares:
  // this runs for every word of every key.
  if (w.size() == 2) {
    char a = w[0], b = w[1];
    if (a == 'a' || a == 'e') return b == 'l' || b == 'r' || b == 's' || b == 't' || b == 'd' || b == 'z' || b == 'n';
    return (a == 'u' || a == 'i') && b == 'l';
  }
  if (w.size() == 3) {
    char a = w[0], b = w[1], c = w[2];
    if (c != 'h') return false;
    if (a == 'a') return b == 's' || b == 't' || b == 'd';
    if (a == 'e') return b == 's' || b == 'd';
    return false;
  }
  return false;
}

namespace {

// Whole words spelled several ways in the news that fold to one form before the letter rules: the
// Levantine and Hebrew "Kfar", "Kefar" and the "Kufr", "Kfr" of other spellings are the Syrian "Kafr"
// (village).
std::string_view WordVariant(std::string_view w) {
  if (w == "kfar" || w == "kefar" || w == "kfr" || w == "kufr") return "kafr";
  return w;
}

}  // namespace

void FoldWord(std::string_view w, std::string* out) {
  w = WordVariant(w);
  // Final -ah / -eh -> -a (Talbiseh, Raqqah); only on words long enough to be names.
  bool eh_final = false;
  if (w.size() > 3 && w.back() == 'h' && (w[w.size() - 2] == 'a' || w[w.size() - 2] == 'e')) {
    eh_final = w[w.size() - 2] == 'e';
    w.remove_suffix(1);
  }
  // Every rule writes at most one byte per byte read, so the fold fits in w.size() bytes.
  const size_t start = out->size();
  out->resize(start + w.size());
  char* d = out->data() + start;
  size_t o = 0;
  char prev = 0;  // last character written in this word (for doubled-letter folding)
  auto put = [&](char c) {
    if (c == prev && c != 0 && static_cast<unsigned char>(c) < 0x80) return;
    d[o++] = c;
    prev = c;
  };
  size_t n = w.size();
  for (size_t i = 0; i < n; ++i) {
    char c = w[i];
    char next = i + 1 < n ? w[i + 1] : 0;
    if (static_cast<unsigned char>(c) >= 0x80) {
      d[o++] = c;
      prev = 0;
      continue;
    }
    switch (c) {
      case 'k':
        if (next == 'h') { put('h'); ++i; continue; }
        put('k');
        break;
      case 'g':
        if (next == 'h') { put('g'); ++i; continue; }
        put('g');
        break;
      case 'd':
        if (next == 'j') { put('j'); ++i; continue; }
        put('d');
        break;
      case 'o':
        if (next == 'u') { put('u'); ++i; continue; }
        put('o');
        break;
      case 'q': put('k'); break;
      case 'w': put('v'); break;
      case 'e':
        put(eh_final && i + 1 == n ? 'a' : 'i');  // the -e of a final "-eh" reads as -a
        break;
      case 'y': put(i == 0 ? 'y' : 'i'); break;
      default: put(c);
    }
  }
  out->resize(start + o);
}

namespace {

// Appends the words of `simple` (a SimpleKey) with a leading Arabic article dropped from every word
// but the last, each kept word appended by `emit(word, out)`, words separated by one space.
template <typename EmitWord>
void AppendKeyWords(std::string_view simple, std::string* out, EmitWord emit) {
  const size_t base = out->size();
  size_t i = 0, n = simple.size();
  while (i < n) {
    size_t j = i;
    while (j < n && IsWordByte(simple[j])) ++j;
    std::string_view word(simple.data() + i, j - i);
    if (!(IsFoldArticle(word) && j < n)) {
      if (out->size() > base) out->push_back(' ');
      emit(word, out);
    }
    i = j + 1;
  }
}

void EmitFold(std::string_view word, std::string* out) { FoldWord(word, out); }
void EmitExact(std::string_view word, std::string* out) { out->append(word); }

}  // namespace

void AppendFoldKeyOfSimple(std::string_view simple_key, std::string* out) {
  AppendKeyWords(simple_key, out, EmitFold);
}

std::string FoldKey(std::string_view s) {
  std::string simple = SimpleKey(s);
  std::string out;
  out.reserve(simple.size());
  AppendKeyWords(simple, &out, EmitFold);
  return out;
}

std::string ExactKey(std::string_view s) {
  std::string simple = SimpleKey(s);
  std::string out;
  out.reserve(simple.size());
  AppendKeyWords(simple, &out, EmitExact);
  return out;
}

}  // namespace sitrep::text
