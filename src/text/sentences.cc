#include "text/sentences.h"

#include <utf8proc.h>

#include <algorithm>
#include <array>
#include <iterator>
#include <string_view>

#include "text/utf8.h"

namespace sitrep::text {
namespace {

using std::string_view;

// How a word that ends in "." behaves in front of the next word.
enum class Abbrev {
  kNone,       // an ordinary word: the period ends the sentence
  kNever,      // "Mr.", "Gen.", "e.g.": the period never ends the sentence
  kBeforeNum,  // "No.", "Art.": an abbreviation when a number follows
  kSoft,       // "U.S.", "Dec.", "Inc.", "J.": ends the sentence only before a typical opener
};

struct AbbrevEntry {
  string_view word;  // without the final period
  Abbrev kind;
};

// Sorted by `word` (byte order) for binary search.
constexpr std::array kAbbrevs = {
    AbbrevEntry{"Adm", Abbrev::kNever},    AbbrevEntry{"Apr", Abbrev::kSoft},
    AbbrevEntry{"Art", Abbrev::kBeforeNum}, AbbrevEntry{"Aug", Abbrev::kSoft},
    AbbrevEntry{"Brig", Abbrev::kNever},   AbbrevEntry{"Bros", Abbrev::kSoft},
    AbbrevEntry{"Capt", Abbrev::kNever},   AbbrevEntry{"Cdr", Abbrev::kNever},
    AbbrevEntry{"Cmdr", Abbrev::kNever},   AbbrevEntry{"Co", Abbrev::kSoft},
    AbbrevEntry{"Col", Abbrev::kNever},    AbbrevEntry{"Corp", Abbrev::kSoft},
    AbbrevEntry{"Cpl", Abbrev::kNever},    AbbrevEntry{"Dec", Abbrev::kSoft},
    AbbrevEntry{"Dept", Abbrev::kSoft},    AbbrevEntry{"Dr", Abbrev::kNever},
    AbbrevEntry{"Feb", Abbrev::kSoft},     AbbrevEntry{"Fig", Abbrev::kBeforeNum},
    AbbrevEntry{"Fr", Abbrev::kNever},     AbbrevEntry{"Ft", Abbrev::kNever},
    AbbrevEntry{"Gen", Abbrev::kNever},    AbbrevEntry{"Gov", Abbrev::kNever},
    AbbrevEntry{"Hon", Abbrev::kNever},    AbbrevEntry{"Inc", Abbrev::kSoft},
    AbbrevEntry{"Jan", Abbrev::kSoft},     AbbrevEntry{"Jr", Abbrev::kSoft},
    AbbrevEntry{"Jul", Abbrev::kSoft},     AbbrevEntry{"Jun", Abbrev::kSoft},
    AbbrevEntry{"Lt", Abbrev::kNever},     AbbrevEntry{"Ltd", Abbrev::kSoft},
    AbbrevEntry{"Maj", Abbrev::kNever},    AbbrevEntry{"Mar", Abbrev::kSoft},
    AbbrevEntry{"Messrs", Abbrev::kNever},
    AbbrevEntry{"Mr", Abbrev::kNever},     AbbrevEntry{"Mrs", Abbrev::kNever},
    AbbrevEntry{"Ms", Abbrev::kNever},     AbbrevEntry{"Mt", Abbrev::kNever},
    AbbrevEntry{"No", Abbrev::kBeforeNum}, AbbrevEntry{"Nos", Abbrev::kBeforeNum},
    AbbrevEntry{"Nov", Abbrev::kSoft},     AbbrevEntry{"Oct", Abbrev::kSoft},
    AbbrevEntry{"Pres", Abbrev::kNever},   AbbrevEntry{"Prof", Abbrev::kNever},
    AbbrevEntry{"Pte", Abbrev::kNever},    AbbrevEntry{"Pvt", Abbrev::kNever},
    AbbrevEntry{"Rep", Abbrev::kNever},    AbbrevEntry{"Reps", Abbrev::kNever},
    AbbrevEntry{"Rev", Abbrev::kNever},    AbbrevEntry{"Sen", Abbrev::kNever},
    AbbrevEntry{"Sens", Abbrev::kNever},   AbbrevEntry{"Sep", Abbrev::kSoft},
    AbbrevEntry{"Sept", Abbrev::kSoft},    AbbrevEntry{"Sgt", Abbrev::kNever},
    AbbrevEntry{"Sr", Abbrev::kSoft},      AbbrevEntry{"St", Abbrev::kNever},
    AbbrevEntry{"Vol", Abbrev::kBeforeNum}, AbbrevEntry{"approx", Abbrev::kNever},
    AbbrevEntry{"ca", Abbrev::kNever},     AbbrevEntry{"cf", Abbrev::kNever},
    AbbrevEntry{"est", Abbrev::kNever},    AbbrevEntry{"etc", Abbrev::kSoft},
    AbbrevEntry{"incl", Abbrev::kNever},   AbbrevEntry{"no", Abbrev::kBeforeNum},
    AbbrevEntry{"nos", Abbrev::kBeforeNum}, AbbrevEntry{"viz", Abbrev::kNever},
    AbbrevEntry{"vs", Abbrev::kNever},
};

static_assert(std::is_sorted(kAbbrevs.begin(), kAbbrevs.end(),
                             [](const AbbrevEntry& a, const AbbrevEntry& b) {
                               return a.word < b.word;
                             }),
              "kAbbrevs must be sorted for binary search");

// Words that commonly open an English sentence. After a "soft" abbreviation ("the U.S.",
// "at 5 p.m.", "Plan B.") a capitalised word from this list means a new sentence starts.
constexpr string_view kOpeners[] = {
    "A",        "According", "After",   "Also",      "Although", "An",      "And",
    "Another",  "As",        "At",      "Before",    "Both",     "But",     "By",
    "Despite",  "During",    "Each",    "Earlier",   "For",      "From",    "He",
    "Her",      "Here",      "His",     "However",   "I",        "If",      "In",
    "It",       "Its",       "Last",    "Later",     "Many",     "Meanwhile", "Most",
    "My",       "No",        "Now",     "On",        "One",      "Or",      "Other",
    "Our",      "Several",   "She",     "Since",     "So",       "Some",    "Still",
    "That",     "The",       "Their",   "There",     "These",    "They",    "This",
    "Those",    "Today",     "We",      "When",      "While",    "Yet",
};

bool IsSpaceByte(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
bool IsAsciiUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool IsAsciiLower(char c) { return c >= 'a' && c <= 'z'; }
bool IsAsciiAlpha(char c) { return IsAsciiUpper(c) || IsAsciiLower(c); }
bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsTerminator(char c) { return c == '.' || c == '?' || c == '!'; }
bool IsOpener(char c) { return c == '"' || c == '\'' || c == '(' || c == '[' || c == '{'; }

// Length of a closing quote or bracket at s[i], 0 when none. Curly quotes count too, so the
// splitter also behaves on text that was not normalised.
size_t ClosingAt(string_view s, size_t i) {
  char c = s[i];
  if (c == '"' || c == '\'' || c == ')' || c == ']' || c == '}') return 1;
  if (s.substr(i, 3) == "\xE2\x80\x99" || s.substr(i, 3) == "\xE2\x80\x9D") return 3;  // ’ ”
  if (s.substr(i, 2) == "\xC2\xBB") return 2;                                          // »
  return 0;
}

// Length of an opening quote or bracket at s[i], 0 when none.
size_t OpeningAt(string_view s, size_t i) {
  if (IsOpener(s[i])) return 1;
  if (s.substr(i, 3) == "\xE2\x80\x98" || s.substr(i, 3) == "\xE2\x80\x9C") return 3;  // ‘ “
  if (s.substr(i, 2) == "\xC2\xAB") return 2;                                          // «
  return 0;
}

Abbrev LookupAbbrev(string_view w) {
  auto it = std::lower_bound(kAbbrevs.begin(), kAbbrevs.end(), w,
                             [](const AbbrevEntry& e, string_view k) { return e.word < k; });
  if (it != kAbbrevs.end() && it->word == w) return it->kind;
  return Abbrev::kNone;
}

// True for dotted letter sequences without the final period: "U.S", "a.m", "e.g", "U.N".
bool IsDottedLetters(string_view w) {
  if (w.size() < 3 || w.size() % 2 == 0) return false;
  for (size_t i = 0; i < w.size(); ++i) {
    if (i % 2 == 0 ? !IsAsciiAlpha(w[i]) : w[i] != '.') return false;
  }
  return true;
}

// Classifies the word in front of a period.
Abbrev ClassifyWord(string_view w) {
  if (w.empty()) return Abbrev::kNone;
  Abbrev a = LookupAbbrev(w);
  if (a != Abbrev::kNone) return a;
  // The last hyphen part decides for "Lt.-Gen." style compounds and "al-J.".
  size_t dash = w.rfind('-');
  string_view last = dash == string_view::npos ? w : w.substr(dash + 1);
  if (last != w) {
    a = LookupAbbrev(last);
    if (a != Abbrev::kNone) return a;
  }
  if (last.size() == 1 && IsAsciiUpper(last[0])) return Abbrev::kSoft;  // an initial
  if (IsDottedLetters(w)) {
    if (w == "e.g" || w == "i.e") return Abbrev::kNever;
    return Abbrev::kSoft;
  }
  return Abbrev::kNone;
}

bool StartsLowercase(string_view s) {
  if (s.empty()) return false;
  if (IsAsciiLower(s[0])) return true;
  if (static_cast<unsigned char>(s[0]) < 0x80) return false;
  char32_t cp;
  if (DecodeUtf8(s, 0, &cp) == 0) return false;
  return utf8proc_islower(static_cast<utf8proc_int32_t>(cp)) != 0;
}

bool IsOpenerWord(string_view next) {
  size_t n = 0;
  while (n < next.size() && IsAsciiAlpha(next[n])) ++n;
  if (n == 0) return false;
  string_view w = next.substr(0, n);
  return std::find(std::begin(kOpeners), std::end(kOpeners), w) != std::end(kOpeners);
}

// Decides whether a lone period ends the sentence. `word` is the text before the period back to
// the previous space (opening quotes and brackets removed); `next` is the rest of the line after
// the period and any closing quotes, spaces and opening quotes (empty at the end of a line);
// `line_initial` tells whether `word` is the first word of its line.
bool PeriodEndsSentence(string_view word, string_view next, bool line_initial) {
  if (next.empty()) return true;
  if (StartsLowercase(next)) return false;  // "the U.S. and", "etc. which"
  if (line_initial && !word.empty() && word.size() <= 3 &&
      std::all_of(word.begin(), word.end(), IsDigit)) {
    return false;  // numbered list item "1. Rebels took ..."
  }
  switch (ClassifyWord(word)) {
    case Abbrev::kNone: return true;
    case Abbrev::kNever: return false;
    case Abbrev::kBeforeNum: return !IsDigit(next[0]);
    case Abbrev::kSoft: return IsOpenerWord(next);
  }
  return true;
}

// True when `after` (the text after a period and its spaces) goes on with the dash of a
// dateline, "CHARLESTON, W.Va. -- Volunteers" or "ALEPPO, Dec. 5 (AP) - Rebels": the period
// belongs to an abbreviation inside the dateline, not to the end of a sentence.
bool ContinuesDateline(string_view after) {
  if (!after.empty() && after[0] == '(') {
    size_t close = after.find(')');
    if (close == string_view::npos || close > 30) return false;
    after.remove_prefix(close + 1);
    while (!after.empty() && after[0] == ' ') after.remove_prefix(1);
  }
  return after.size() >= 2 && after[0] == '-' && (after[1] == ' ' || after[1] == '-');
}

void Emit(string_view text, size_t b, size_t e, std::vector<Sentence>* out) {
  while (b < e && IsSpaceByte(text[b])) ++b;
  while (e > b && IsSpaceByte(text[e - 1])) --e;
  if (b < e) out->push_back(Sentence{b, e, text.substr(b, e - b)});
}

// Splits text[b, e), which holds no '\n', and appends its sentences to *out.
void SplitLine(string_view text, size_t b, size_t e, std::vector<Sentence>* out) {
  size_t line_first = b;
  while (line_first < e && IsSpaceByte(text[line_first])) ++line_first;
  size_t start = b;
  size_t i = b;
  while (i < e) {
    if (!IsTerminator(text[i])) {
      ++i;
      continue;
    }
    size_t run_end = i;
    while (run_end < e && IsTerminator(text[run_end])) ++run_end;
    size_t close = run_end;
    while (close < e) {
      size_t n = ClosingAt(text, close);
      if (n == 0) break;
      close += n;
    }
    if (close < e && !IsSpaceByte(text[close])) {
      i = run_end;  // "Caliber.Az", "7.62", "pic.twitter.com/x", "U.S": no boundary inside
      continue;
    }
    // The next word, past spaces and opening quotes.
    size_t nx = close;
    while (nx < e && IsSpaceByte(text[nx])) ++nx;
    string_view after = text.substr(nx, e - nx);
    while (nx < e) {
      size_t n = OpeningAt(text, nx);
      if (n == 0) break;
      nx += n;
    }
    string_view next = text.substr(nx, e - nx);
    bool ends;
    if (run_end - i == 1 && text[i] == '.') {
      size_t ws = i;
      while (ws > b && !IsSpaceByte(text[ws - 1])) --ws;
      bool line_initial = ws == line_first;
      while (ws < i && OpeningAt(text, ws) > 0) ws += OpeningAt(text, ws);
      ends = !ContinuesDateline(after) &&
             PeriodEndsSentence(text.substr(ws, i - ws), next, line_initial);
    } else {
      // "?", "!", "...", "?!": a new sentence unless the text runs on in lower case
      // ("'Who?' he asked", "and then... nothing").
      ends = next.empty() || !StartsLowercase(next);
    }
    if (ends) {
      Emit(text, start, close, out);
      start = close;
    }
    i = close > run_end ? close : run_end;
  }
  Emit(text, start, e, out);
}

// Length of an all-capitals place name at s[0..]: "BEIRUT", "DEIR EZ-ZOR", "ST. PETERSBURG".
// Requires at least three capital letters and no lower-case letter.
size_t CapitalsRun(string_view s) {
  size_t i = 0, caps = 0, last_good = 0;
  while (i < s.size()) {
    char c = s[i];
    if (IsAsciiUpper(c)) {
      ++caps;
      ++i;
      last_good = i;
    } else if ((c == '-' || c == '\'' || c == '.') && i > 0 && i + 1 < s.size() &&
               (IsAsciiUpper(s[i + 1]) || (c == '.' && s[i + 1] == ' '))) {
      ++i;
      if (c == '.') last_good = i;
    } else if (c == ' ' && i > 0 && i + 1 < s.size() && IsAsciiUpper(s[i + 1])) {
      ++i;
    } else if (static_cast<unsigned char>(c) >= 0x80) {
      char32_t cp;
      int n = DecodeUtf8(s, i, &cp);
      if (n == 0 || !utf8proc_isupper(static_cast<utf8proc_int32_t>(cp))) break;
      ++caps;
      i += static_cast<size_t>(n);
      last_good = i;
    } else {
      break;
    }
  }
  return caps >= 3 ? last_good : 0;
}

// Length of a dash at s[i]: '-', "--", en dash or em dash; 0 when none.
size_t DashAt(string_view s, size_t i) {
  if (i >= s.size()) return 0;
  if (s[i] == '-') return i + 1 < s.size() && s[i + 1] == '-' ? 2 : 1;
  if (s.substr(i, 3) == "\xE2\x80\x94" || s.substr(i, 3) == "\xE2\x80\x93") return 3;
  return 0;
}

}  // namespace

std::vector<Sentence> SplitSentences(string_view text) {
  std::vector<Sentence> out;
  out.reserve(text.size() / 80 + 1);
  size_t b = 0;
  while (b <= text.size()) {
    size_t e = text.find('\n', b);
    if (e == string_view::npos) e = text.size();
    SplitLine(text, b, e, &out);
    b = e + 1;
  }
  return out;
}

size_t DatelineLength(string_view s) {
  constexpr size_t kMaxDateline = 100;
  size_t i = CapitalsRun(s);
  if (i == 0) return 0;
  // Optional ", Syria" or ", Dec 5": a short capitalised tail without brackets or dashes.
  if (i + 2 < s.size() && s[i] == ',' && s[i + 1] == ' ' && IsAsciiUpper(s[i + 2])) {
    size_t j = i + 2;
    while (j < s.size() && j - i < 40 &&
           (IsAsciiAlpha(s[j]) || IsDigit(s[j]) || s[j] == ' ' || s[j] == '.' || s[j] == ',')) {
      ++j;
    }
    while (j > i && s[j - 1] == ' ') --j;
    i = j;
  }
  bool after_bracket = false;
  // Optional " (AP)" / "(Reuters)".
  size_t j = i;
  while (j < s.size() && s[j] == ' ') ++j;
  if (j < s.size() && s[j] == '(') {
    size_t close = s.find(')', j);
    if (close == string_view::npos || close - j > 30) return 0;
    for (size_t k = j + 1; k < close; ++k) {
      if (!(IsAsciiAlpha(s[k]) || s[k] == ' ' || s[k] == '&' || s[k] == '.' || s[k] == '-' ||
            s[k] == '\'')) {
        return 0;
      }
    }
    i = close + 1;
    after_bracket = true;
  }
  bool spaced = i < s.size() && s[i] == ' ';
  while (i < s.size() && s[i] == ' ') ++i;
  size_t dash = DashAt(s, i);
  if (dash == 0) return 0;
  // A bare hyphen glued to the name is a compound ("HTS-led"), not a dateline.
  if (s[i] == '-' && !spaced && !after_bracket) return 0;
  i += dash;
  size_t rest = i;
  while (i < s.size() && s[i] == ' ') ++i;
  if (i == rest && s[rest - 1] == '-') return 0;  // "ABC -x" is not a dateline
  if (i >= s.size() || i > kMaxDateline) return 0;
  return i;
}

}  // namespace sitrep::text
