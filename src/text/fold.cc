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

// Appends a separator unless the key is empty or already ends in one.
void AppendSpace(std::string* out) {
  if (!out->empty() && out->back() != ' ') out->push_back(' ');
}

// Folds one code point (already known not to be ASCII) into `out`.
void AppendNonAscii(int32_t c, std::string* out) {
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
        AppendSpace(out);
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
        AppendSpace(out);
    }
  }
}

bool IsWordByte(char c) { return c != ' '; }

}  // namespace

std::string SimpleKey(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  size_t n = s.size();
  size_t i = 0;
  while (i < n) {
    uint8_t b = p[i];
    if (b < 0x80) {
      char ch = static_cast<char>(b);
      if ((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9')) {
        out.push_back(ch);
      } else if (ch >= 'A' && ch <= 'Z') {
        out.push_back(static_cast<char>(ch - 'A' + 'a'));
      } else if (ch != '\'' && ch != '`') {
        AppendSpace(&out);
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
    AppendNonAscii(c, &out);
    i += static_cast<size_t>(len);
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

bool IsFoldArticle(std::string_view w) {
  switch (w.size()) {
    case 2:
      return w == "al" || w == "el" || w == "ar" || w == "er" || w == "as" || w == "es" || w == "at" ||
             w == "et" || w == "ad" || w == "ed" || w == "az" || w == "ez" || w == "an" || w == "en" ||
             w == "ul" || w == "il";
    case 3:
      return w == "ash" || w == "esh" || w == "ath" || w == "adh" || w == "ath" || w == "edh";
    default:
      return false;
  }
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
  char prev = 0;  // last character appended in this word (for doubled-letter folding)
  auto put = [&](char c) {
    if (c == prev && c != 0 && static_cast<unsigned char>(c) < 0x80) return;
    out->push_back(c);
    prev = c;
  };
  size_t n = w.size();
  for (size_t i = 0; i < n; ++i) {
    char c = w[i];
    char next = i + 1 < n ? w[i + 1] : 0;
    if (static_cast<unsigned char>(c) >= 0x80) {
      out->push_back(c);
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
}

namespace {

// SimpleKey(s) with a leading Arabic article dropped from every word but the last, and each kept word
// appended by `emit(word, &out)`, words separated by one space.
template <typename EmitWord>
std::string MapKeyWords(std::string_view s, EmitWord emit) {
  std::string simple = SimpleKey(s);
  std::string out;
  out.reserve(simple.size());
  size_t i = 0, n = simple.size();
  while (i < n) {
    size_t j = i;
    while (j < n && IsWordByte(simple[j])) ++j;
    std::string_view word(simple.data() + i, j - i);
    if (!(IsFoldArticle(word) && j < n)) {
      if (!out.empty()) out.push_back(' ');
      emit(word, &out);
    }
    i = j + 1;
  }
  return out;
}

}  // namespace

std::string FoldKey(std::string_view s) {
  return MapKeyWords(s, [](std::string_view word, std::string* out) { FoldWord(word, out); });
}

std::string ExactKey(std::string_view s) {
  return MapKeyWords(s, [](std::string_view word, std::string* out) { out->append(word); });
}

}  // namespace sitrep::text
