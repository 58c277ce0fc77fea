#include "text/normalize.h"

#include <utf8proc.h>

#include <cstdlib>

#include "text/utf8.h"

namespace sitrep::text {
namespace {

// Builds the normalised output one character at a time. Spaces and newlines are held back
// until a visible character arrives, which collapses runs of spaces, trims both ends of every
// line, caps blank lines at one (at most two '\n' in a row) and trims the whole text.
class Emitter {
 public:
  explicit Emitter(size_t reserve) { out_.reserve(reserve); }

  void Space() { pending_space_ = true; }
  void Newline() {
    pending_space_ = false;
    ++pending_newlines_;
  }
  // Appends visible bytes (one character, or several that belong together).
  void Visible(const char* p, size_t n) {
    Flush();
    out_.append(p, n);
  }
  void Visible(char c) {
    Flush();
    out_.push_back(c);
  }
  std::string Finish() { return std::move(out_); }

 private:
  void Flush() {
    if (pending_newlines_ > 0) {
      if (!out_.empty()) out_.append(pending_newlines_ >= 2 ? "\n\n" : "\n");
      pending_newlines_ = 0;
      pending_space_ = false;
    }
    if (pending_space_) {
      if (!out_.empty() && out_.back() != '\n') out_.push_back(' ');
      pending_space_ = false;
    }
  }

  std::string out_;
  bool pending_space_ = false;
  int pending_newlines_ = 0;
};

// Handles one ASCII byte ("\r\n" is folded by the callers).
inline void EmitAscii(unsigned char c, Emitter* e) {
  if (c >= 0x21 && c < 0x7F) {
    e->Visible(static_cast<char>(c));
  } else if (c == ' ' || c == '\t' || c == '\v' || c == '\f') {
    e->Space();
  } else if (c == '\n' || c == '\r') {
    e->Newline();
  }
  // Other C0 controls and DEL are dropped.
}

bool IsAscii(std::string_view s) {
  for (char c : s) {
    if (static_cast<unsigned char>(c) >= 0x80) return false;
  }
  return true;
}

inline bool IsVisibleAscii(char c) { return c >= 0x21 && c < 0x7F; }

// Length of the run of visible ASCII bytes that starts at s[i].
inline size_t VisibleRun(std::string_view s, size_t i) {
  size_t j = i;
  while (j < s.size() && IsVisibleAscii(s[j])) ++j;
  return j - i;
}

void NormalizeAscii(std::string_view s, Emitter* e) {
  for (size_t i = 0; i < s.size();) {
    size_t run = VisibleRun(s, i);
    if (run > 0) {  // words are copied whole
      e->Visible(s.data() + i, run);
      i += run;
      continue;
    }
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (!(c == '\r' && i + 1 < s.size() && s[i + 1] == '\n')) EmitAscii(c, e);  // CRLF once
    ++i;
  }
}

// What a non-ASCII code point turns into.
enum class Map { kKeep, kDrop, kSpace, kNewline, kApostrophe, kQuote, kHyphen, kEnDash,
                 kEmDash, kEllipsis };

Map Classify(char32_t cp) {
  switch (cp) {
    case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032: case 0x02BC:
    case 0x2039: case 0x203A: case 0xFF07:
      return Map::kApostrophe;
    case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x2033: case 0x00AB:
    case 0x00BB: case 0x301D: case 0x301E: case 0xFF02:
      return Map::kQuote;
    case 0x2010: case 0x2011: case 0x2012: case 0x2212: case 0xFE63: case 0xFF0D:
      return Map::kHyphen;
    case 0x2013: case 0xFE58:
      return Map::kEnDash;
    case 0x2014: case 0x2015: case 0x2E3A: case 0x2E3B:
      return Map::kEmDash;
    case 0x2026:
      return Map::kEllipsis;
    case 0x00A0: case 0x1680: case 0x202F: case 0x205F: case 0x3000:
      return Map::kSpace;
    case 0x0085: case 0x2028: case 0x2029:
      return Map::kNewline;
    case 0x00AD: case 0x200B: case 0x200C: case 0x200D: case 0x200E: case 0x200F:
    case 0x2060: case 0x2061: case 0x2062: case 0x2063: case 0x2064: case 0xFEFF:
    case 0xFE0E: case 0xFE0F: case 0x180E:
      return Map::kDrop;
    default:
      break;
  }
  if (cp >= 0x2000 && cp <= 0x200A) return Map::kSpace;
  if (cp >= 0x80 && cp <= 0x9F) return Map::kDrop;        // C1 controls
  if (cp >= 0x202A && cp <= 0x202E) return Map::kDrop;    // bidi embeddings
  if (cp >= 0x2066 && cp <= 0x2069) return Map::kDrop;    // bidi isolates
  return Map::kKeep;
}

bool IsSpaceAt(std::string_view s, size_t pos) {
  if (pos >= s.size()) return true;  // text edges count as spacing
  unsigned char c = static_cast<unsigned char>(s[pos]);
  if (c < 0x80) return c == ' ' || c == '\t' || c == '\n' || c == '\r';
  char32_t cp;
  if (DecodeUtf8(s, pos, &cp) == 0) return false;
  Map m = Classify(cp);
  return m == Map::kSpace || m == Map::kNewline;
}

// Start of the code point that ends just before byte `pos`.
size_t PrevCodePoint(std::string_view s, size_t pos) {
  size_t p = pos - 1;
  while (p > 0 && (static_cast<unsigned char>(s[p]) & 0xC0) == 0x80) --p;
  return p;
}

void NormalizeUnicode(std::string_view s, Emitter* e) {
  for (size_t i = 0; i < s.size();) {
    size_t run = VisibleRun(s, i);
    if (run > 0) {
      e->Visible(s.data() + i, run);
      i += run;
      continue;
    }
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      if (!(c == '\r' && i + 1 < s.size() && s[i + 1] == '\n')) EmitAscii(c, e);
      ++i;
      continue;
    }
    char32_t cp;
    int len = DecodeUtf8(s, i, &cp);
    if (len == 0) {  // cannot happen after ReplaceInvalidUtf8; drop defensively
      ++i;
      continue;
    }
    size_t next = i + static_cast<size_t>(len);
    switch (Classify(cp)) {
      case Map::kKeep: e->Visible(s.data() + i, static_cast<size_t>(len)); break;
      case Map::kDrop: break;
      case Map::kSpace: e->Space(); break;
      case Map::kNewline: e->Newline(); break;
      case Map::kApostrophe: e->Visible('\''); break;
      case Map::kQuote: e->Visible('"'); break;
      case Map::kHyphen: e->Visible('-'); break;
      case Map::kEllipsis: e->Visible("...", 3); break;
      case Map::kEnDash: {
        // "Hama–Homs" is a hyphen; "Hama – Homs" separates clauses.
        bool spaced = (i == 0 || IsSpaceAt(s, PrevCodePoint(s, i))) || IsSpaceAt(s, next);
        if (spaced) {
          e->Space();
          e->Visible('-');
          e->Space();
        } else {
          e->Visible('-');
        }
        break;
      }
      case Map::kEmDash:
        // An em dash never joins a word: "cities—Aleppo and Hama—in" separates like " - ".
        e->Space();
        e->Visible('-');
        e->Space();
        break;
    }
    i = next;
  }
}

}  // namespace

bool IsValidUtf8(std::string_view s) { return FirstInvalidUtf8(s) == std::string_view::npos; }

std::string Normalize(std::string_view s) {
  Emitter e(s.size());
  if (IsAscii(s)) {
    NormalizeAscii(s, &e);
    return e.Finish();
  }
  // utf8proc rejects ill-formed input; repair it so the contract holds even for bad callers.
  // NUL bytes are dropped like the other control characters.
  std::string repaired;
  if (!IsValidUtf8(s)) {
    std::string no_nul;
    no_nul.reserve(s.size());
    for (char c : s) {
      if (c != '\0') no_nul.push_back(c);
    }
    repaired = ReplaceInvalidUtf8(no_nul);
    s = repaired;
  }
  // Map and drop characters first, then compose: composing first would let a dropped control
  // character hide a combining mark from NFC ("Z", U+001A, U+0301), and the result would not be
  // stable under a second Normalize.
  NormalizeUnicode(s, &e);
  std::string mapped = e.Finish();
  if (IsAscii(mapped)) return mapped;
  utf8proc_uint8_t* nfc = nullptr;
  utf8proc_ssize_t n = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(mapped.data()),
                                    static_cast<utf8proc_ssize_t>(mapped.size()), &nfc,
                                    static_cast<utf8proc_option_t>(UTF8PROC_STABLE |
                                                                   UTF8PROC_COMPOSE));
  if (n < 0 || nfc == nullptr) {  // only on allocation failure: keep the mapped text
    std::free(nfc);
    return mapped;
  }
  std::string out(reinterpret_cast<const char*>(nfc), static_cast<size_t>(n));
  std::free(nfc);
  return out;
}

}  // namespace sitrep::text
