#include "extract/scan.h"

namespace sitrep::extract {
namespace {

bool IsDigit(unsigned char c) { return c >= '0' && c <= '9'; }
bool IsAlpha(unsigned char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80; }
bool IsSpace(unsigned char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

}  // namespace

std::string AsciiLower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

std::vector<Word> ScanWords(std::string_view s) {
  std::vector<Word> out;
  size_t i = 0;
  const size_t n = s.size();
  bool space_before = true;
  while (i < n) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (IsSpace(c)) {
      space_before = true;
      ++i;
      continue;
    }
    Word w;
    w.begin = static_cast<uint32_t>(i);
    w.glued = !space_before && !out.empty();
    if (IsDigit(c)) {
      w.number = true;
      size_t j = i + 1;
      while (j < n) {
        unsigned char d = static_cast<unsigned char>(s[j]);
        if (IsDigit(d)) {
          ++j;
        } else if ((d == ',' || d == '.') && j + 1 < n && IsDigit(static_cast<unsigned char>(s[j + 1]))) {
          j += 2;
        } else {
          break;
        }
      }
      // Ordinal and unit suffixes stay glued as their own word ("5th" -> "5" + "th").
      i = j;
    } else if (IsAlpha(c)) {
      w.capitalized = c >= 'A' && c <= 'Z';
      size_t j = i + 1;
      while (j < n) {
        unsigned char d = static_cast<unsigned char>(s[j]);
        if (IsAlpha(d) || IsDigit(d)) {
          ++j;
        } else {
          break;
        }
      }
      i = j;
    } else {
      w.punct = true;
      ++i;
    }
    w.end = static_cast<uint32_t>(i);
    w.text = s.substr(w.begin, w.end - w.begin);
    w.lower = AsciiLower(w.text);
    out.push_back(std::move(w));
    space_before = false;
  }
  return out;
}

std::vector<std::string> PhraseWords(std::string_view phrase) {
  std::vector<std::string> out;
  for (const Word& w : ScanWords(phrase)) out.push_back(w.lower);
  return out;
}

bool MatchesAt(const std::vector<Word>& words, size_t i, const std::vector<std::string>& phrase) {
  if (phrase.empty() || i + phrase.size() > words.size()) return false;
  for (size_t k = 0; k < phrase.size(); ++k) {
    if (words[i + k].lower != phrase[k]) return false;
  }
  return true;
}

}  // namespace sitrep::extract
