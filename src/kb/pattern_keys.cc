// PatternSurfaces / PatternVariants: see pattern_keys.h.
#include "kb/pattern_keys.h"

#include "kb/knowledge_base.h"
#include "text/tokens.h"

namespace sitrep::kb {
namespace {


bool IsAcronym(std::string_view t) {
  int letters = 0;
  for (char c : t) {
    if (c >= 'a' && c <= 'z') return false;
    if (c >= 'A' && c <= 'Z') ++letters;
    if (static_cast<unsigned char>(c) >= 0x80) return false;
  }
  return letters >= 2;
}

bool IsSingleLetter(std::string_view t) {
  return t.size() == 1 && ((t[0] >= 'a' && t[0] <= 'z') || (t[0] >= 'A' && t[0] <= 'Z'));
}

// Lower-case key of one surface token, as Token::lower (then apostrophes normalised) would give it.
std::string KeyOf(const std::string& surface) {
  std::vector<text::Token> t = text::Tokenize(surface);
  return t.size() == 1 ? NormalizeApostrophes(t[0].lower) : AsciiLower(surface);
}

KeyedPattern Keyed(const std::vector<std::string>& surfaces) {
  KeyedPattern k;
  for (const std::string& s : surfaces) {
    k.keys.push_back(KeyOf(s));
    k.exact.push_back(IsAcronym(s) ? s : std::string());
  }
  return k;
}

}  // namespace

std::string NormalizeApostrophes(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    if (s.compare(i, 3, "\xE2\x80\x99") == 0 || s.compare(i, 3, "\xE2\x80\x98") == 0) {
      out.push_back('\'');
      i += 2;
    } else if (s.compare(i, 2, "\xCA\xBC") == 0) {
      out.push_back('\'');
      i += 1;
    } else {
      out.push_back(s[i]);
    }
  }
  return out;
}

std::string AsciiLower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

std::vector<std::string> PatternSurfaces(std::string_view pattern) {
  std::vector<std::string> out;
  for (const text::Token& t : text::Tokenize(pattern)) out.push_back(NormalizeApostrophes(t.text));
  return out;
}

std::vector<KeyedPattern> PatternVariants(std::string_view pattern) {
  std::vector<std::string> surf = PatternSurfaces(pattern);
  std::vector<KeyedPattern> out;
  out.push_back(Keyed(surf));
  // Dotted abbreviations: runs "L . L ." of single letters and dots.
  bool has_abbrev = false;
  for (size_t i = 0; i + 3 < surf.size() + 0 && !has_abbrev; ++i) {
    has_abbrev = IsSingleLetter(surf[i]) && surf[i + 1] == "." && IsSingleLetter(surf[i + 2]) &&
                 surf[i + 3] == ".";
  }
  if (!has_abbrev) return out;
  for (int with_final_dot = 1; with_final_dot >= 0; --with_final_dot) {
    std::vector<std::string> joined;
    for (size_t i = 0; i < surf.size();) {
      size_t j = i;
      std::string run;
      while (j + 1 < surf.size() && IsSingleLetter(surf[j]) && surf[j + 1] == ".") {
        run += surf[j] + ".";
        j += 2;
      }
      if (j - i >= 4) {
        if (!with_final_dot) run.pop_back();
        joined.push_back(run);
        if (!with_final_dot) joined.push_back(".");
        i = j;
      } else {
        joined.push_back(surf[i]);
        ++i;
      }
    }
    KeyedPattern k = Keyed(joined);
    for (auto& e : k.exact) e.clear();  // "U.S." forms are never confused with words
    out.push_back(std::move(k));
  }
  return out;
}

std::vector<std::string> PatternKeys(std::string_view pattern) {
  std::vector<std::string> keys;
  for (const text::Token& t : text::Tokenize(pattern)) keys.push_back(NormalizeApostrophes(t.lower));
  return keys;
}

}  // namespace sitrep::kb
