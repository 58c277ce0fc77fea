#include "extract/modality.h"

#include <algorithm>

#include <fmt/core.h>

#include "extract/civil_date.h"
#include "extract/cues_default.h"
#include "extract/dates.h"
#include "extract/scan.h"
#include "extract/tsv_file.h"

namespace sitrep::extract {
namespace {

using Words = std::vector<Word>;

constexpr std::string_view kCategories[] = {
    "according", "speech",   "reported", "unconfirmed", "denied",   "party",    "source_noun", "report_noun",
    "intention", "hypothetical", "modal", "negation",  "ignore",   "generic",  "history",     "peaceful",
    "boundary", "civil_source"};

bool KnownCategory(std::string_view c) {
  return std::find(std::begin(kCategories), std::end(kCategories), c) != std::end(kCategories);
}

// A cue found in the sentence: words [begin, end) and every category its phrase has.
struct Hit {
  size_t begin = 0, end = 0;
  std::vector<std::string_view> categories;
  bool Has(std::string_view c) const { return std::find(categories.begin(), categories.end(), c) != categories.end(); }
};

bool IsPunctBoundary(const Words& w, size_t i) {
  const Word& x = w[i];
  if (!x.punct) return false;
  if (x.lower == "-") return !x.glued;  // a spaced dash; "al-Sham" is glued
  return x.lower == "," || x.lower == ";" || x.lower == ":" || x.lower == "(" || x.lower == ")" ||
         x.lower == "\"" || x.lower == "?" || x.lower == "!" || x.lower == "[" || x.lower == "]";
}

bool IsDeterminer(std::string_view s) {
  return s == "the" || s == "a" || s == "an" || s == "its" || s == "their" || s == "his" || s == "her" ||
         s == "this" || s == "these" || s == "those" || s == "some" || s == "local" || s == "unnamed";
}

bool IsAux(std::string_view s) {
  return s == "has" || s == "have" || s == "had" || s == "also" || s == "was" || s == "were" || s == "is" ||
         s == "are" || s == "later" || s == "earlier" || s == "previously" || s == "then" || s == "further";
}

bool IsConnector(std::string_view s) {
  return s == "of" || s == "for" || s == "the" || s == "and" || s == "on" || s == "al" || s == "el" || s == "de" ||
         s == "in" || s == "&";
}

// A capitalised word that can be part of a name: not an adjective compound ("US-based", "State-run").
bool NameWord(const Words& w, size_t i) {
  if (w[i].punct || !w[i].capitalized) return false;
  if (i + 2 < w.size() && w[i + 1].lower == "-" && w[i + 1].glued && w[i + 2].glued && !w[i + 2].capitalized) {
    return false;
  }
  return true;
}

// Capitalised runs in words [b, e): {begin, end} word pairs; connectors join capitalised words.
std::vector<std::pair<size_t, size_t>> NameRuns(const Words& w, size_t b, size_t e) {
  std::vector<std::pair<size_t, size_t>> runs;
  size_t i = b;
  while (i < e) {
    if (!NameWord(w, i)) {
      ++i;
      continue;
    }
    size_t j = i + 1;
    while (j < e) {
      if (NameWord(w, j)) {
        ++j;
      } else if (w[j].lower == "-" && w[j].glued && j + 1 < e && w[j + 1].glued && !w[j + 1].punct) {
        j += 2;  // "Al-Jazeera", "Hay'at"
      } else if (IsConnector(w[j].lower) && !w[j].capitalized && j + 1 < e && NameWord(w, j + 1)) {
        ++j;
      } else {
        break;
      }
    }
    size_t s = i;
    while (s < j && (w[s].lower == "the" || w[s].lower == "a" || w[s].lower == "an")) ++s;
    if (s < j) runs.push_back({s, j});
    i = j;
  }
  return runs;
}

std::string SpanText(std::string_view text, const Words& w, size_t b, size_t e) {
  if (b >= e) return "";
  return std::string(text.substr(w[b].begin, w[e - 1].end - w[b].begin));
}

}  // namespace

std::string_view FilterKindName(FilterKind k) {
  switch (k) {
    case FilterKind::kIntention: return "intention";
    case FilterKind::kHypothetical: return "hypothetical";
    case FilterKind::kNegation: return "negation";
    case FilterKind::kGeneric: return "generic";
    case FilterKind::kHistory: return "history";
  }
  return "";
}

Result<CueLexicon> CueLexicon::Parse(std::string_view tsv, std::string_view origin) {
  CueLexicon lex;
  for (const TsvRow& row : SplitTsv(tsv)) {
    if (row.fields.size() < 2) {
      return Status::Corruption(fmt::format("{}:{}: want 'category<TAB>phrase'", origin, row.line));
    }
    if (!KnownCategory(row.fields[0])) {
      return Status::Corruption(fmt::format("{}:{}: unknown category '{}'", origin, row.line, row.fields[0]));
    }
    Cue c{std::string(row.fields[0]), PhraseWords(row.fields[1])};
    if (c.words.empty()) return Status::Corruption(fmt::format("{}:{}: empty phrase", origin, row.line));
    lex.cues_.push_back(std::move(c));
  }
  std::stable_sort(lex.cues_.begin(), lex.cues_.end(),
                   [](const Cue& a, const Cue& b) { return a.words.size() > b.words.size(); });
  return lex;
}

Result<CueLexicon> CueLexicon::Load(const std::string& path) {
  Result<std::string> text = ReadWholeFile(path);
  if (!text.ok()) return text.status();
  return Parse(text.value(), path);
}

CueLexicon CueLexicon::Default() {
  Result<CueLexicon> lex = Parse(kDefaultCuesTsv, "built-in cues");
  return lex.ok() ? std::move(lex).value() : CueLexicon();
}

SentenceModality CueLexicon::Analyze(std::string_view sentence, std::string_view published) const {
  SentenceModality out;
  const Words w = ScanWords(sentence);
  const size_t n = w.size();
  if (n == 0) return out;

  // 1. Cue hits, longest first at each position; a hit consumes its words.
  std::vector<Hit> hits;
  for (size_t i = 0; i < n;) {
    size_t best = 0;
    Hit hit;
    for (const Cue& c : cues_) {
      if (c.words.size() < best) break;
      if (!MatchesAt(w, i, c.words)) continue;
      // "May" the month is not the modal "may".
      if (c.words.size() == 1 && c.words[0] == "may" && w[i].capitalized) continue;
      best = c.words.size();
      hit.categories.push_back(c.category);
    }
    if (best == 0) {
      ++i;
      continue;
    }
    hit.begin = i;
    hit.end = i + best;
    hits.push_back(hit);
    i += best;
  }

  // 2. Clause boundaries (word indices): punctuation and boundary words.
  std::vector<bool> boundary(n, false);
  for (size_t i = 0; i < n; ++i) boundary[i] = IsPunctBoundary(w, i);
  for (const Hit& h : hits) {
    if (h.Has("boundary")) boundary[h.begin] = true;
  }
  auto next_boundary = [&](size_t from) {
    size_t j = from;
    while (j < n && !boundary[j]) ++j;
    return j;
  };
  auto prev_boundary = [&](size_t before) {  // first word of the clause holding word `before`
    size_t j = before;
    while (j > 0 && !boundary[j - 1]) --j;
    return j;
  };
  auto add_filter = [&](size_t b, size_t e, FilterKind k, bool nominal, const Hit& h) {
    if (b >= e) return;
    out.filters.push_back(FilterSpan{w[b].begin, w[e - 1].end, k, nominal, SpanText(sentence, w, h.begin, h.end)});
  };

  // 3. Filters and flags.
  bool reported = false, unconfirmed = false, denied = false;
  for (const Hit& h : hits) {
    if (h.Has("ignore")) continue;
    if (h.Has("intention")) add_filter(h.end, next_boundary(h.end), FilterKind::kIntention, false, h);
    if (h.Has("hypothetical")) add_filter(h.end, next_boundary(h.end), FilterKind::kHypothetical, false, h);
    if (h.Has("modal")) add_filter(prev_boundary(h.begin), h.begin, FilterKind::kHypothetical, true, h);
    if (h.Has("negation")) add_filter(h.end, next_boundary(h.end), FilterKind::kNegation, false, h);
    if (h.Has("generic")) add_filter(h.end, next_boundary(h.end), FilterKind::kGeneric, false, h);
    if (h.Has("history")) add_filter(prev_boundary(h.begin), next_boundary(h.end), FilterKind::kHistory, false, h);
    if (h.Has("reported")) reported = true;
    if (h.Has("unconfirmed")) unconfirmed = true;
    if (h.Has("denied")) denied = true;
    if (h.Has("peaceful")) out.peaceful_transfer = true;
  }

  // 4. History and future from dates in the sentence.
  CivilDate pub;
  const bool has_pub = ParseIsoDate(published, &pub);
  if (has_pub) {
    for (const DateMention& d : FindDates(sentence, published)) {
      const bool explicit_year = d.year > 0 && d.text.find(std::to_string(d.year)) != std::string::npos;
      const bool past = explicit_year && d.year < pub.year &&
                        (d.role != DateRole::kPoint || d.year < pub.year - 1 || d.role == DateRole::kYear);
      const bool since_old = d.role == DateRole::kSince && explicit_year && d.year < pub.year;
      size_t wb = 0;
      while (wb < n && w[wb].begin < d.begin) ++wb;
      if (wb >= n) continue;
      Hit h{wb, wb + 1, {}};
      if (past || since_old) {
        // A past year dates its whole stretch between punctuation marks, temporal clauses included
        // ("which began in 2011 after the crackdown on protests").
        size_t b = wb, e = wb + 1;
        while (b > 0 && !IsPunctBoundary(w, b - 1)) --b;
        while (e < n && !IsPunctBoundary(w, e)) ++e;
        add_filter(b, e, FilterKind::kHistory, false, h);
      } else if (d.future && d.role == DateRole::kPoint) {
        add_filter(prev_boundary(wb), next_boundary(wb + 1), FilterKind::kIntention, false, h);
      }
    }
  }

  // 5. Attribution: "according to X" first, else the subject of the first attribution verb.
  auto noun_source = [&](size_t b, size_t e, std::string* name) {
    // The last source/party/report noun in [b, e), named by the noun phrase it heads.
    for (const Hit& h : hits) {
      if (h.begin < b || h.end > e) continue;
      if (h.Has("source_noun") || h.Has("civil_source") || h.Has("party") || h.Has("report_noun")) {
        size_t s = h.begin;
        while (s > b && !w[s - 1].punct && !IsDeterminer(w[s - 1].lower) && !boundary[s - 1] &&
               !IsAux(w[s - 1].lower) && h.begin - s < 3) {
          --s;
        }
        *name = h.Has("report_noun") ? "" : SpanText(sentence, w, s, h.end);
        return true;
      }
    }
    return false;
  };
  bool attributed = false;
  size_t src_b = 0, src_e = 0;
  for (const Hit& h : hits) {
    if (!h.Has("according")) continue;
    const size_t e = next_boundary(h.end);
    auto runs = NameRuns(w, h.end, e);
    std::string name;
    if (!runs.empty()) {
      auto best = *std::max_element(runs.begin(), runs.end(), [](const auto& a, const auto& b) {
        return a.second - a.first < b.second - b.first;
      });
      name = SpanText(sentence, w, best.first, best.second);
    } else {
      noun_source(h.end, e, &name);
    }
    attributed = true;
    out.attribution = name;
    src_b = h.end;
    src_e = e;
    break;
  }
  if (!attributed) {
    for (const Hit& h : hits) {
      if (!h.Has("speech")) continue;
      // "The United States has said": a capitalised word inside a sentence is part of a name.
      if (h.begin > 0 && w[h.begin].capitalized) continue;
      // "Recent reports indicate": a report noun followed by a speech verb is that verb's subject,
      // not a speech verb itself.
      if (h.Has("report_noun") &&
          std::any_of(hits.begin(), hits.end(), [&](const Hit& o) { return o.begin == h.end && o.Has("speech"); })) {
        continue;
      }
      // The subject: words before the verb in its clause, auxiliaries skipped.
      size_t v = h.begin;
      while (v > 0 && IsAux(w[v - 1].lower)) --v;
      const size_t cb = prev_boundary(v);
      std::string name;
      bool ok = false;
      // A capitalised report noun ("Reports indicate") is no name.
      bool noun_before = false;
      for (const Hit& s : hits) {
        if (v > 0 && s.end == v &&
            (s.Has("report_noun") || s.Has("source_noun") || s.Has("civil_source") || s.Has("party"))) {
          noun_before = true;
        }
      }
      if (v > cb && NameWord(w, v - 1) && !noun_before) {
        auto runs = NameRuns(w, cb, v);
        if (!runs.empty() && runs.back().second == v) {
          name = SpanText(sentence, w, runs.back().first, runs.back().second);
          ok = true;
        }
      }
      if (!ok && v > cb) {
        // A noun right before the verb: "activists indicated", "the army said".
        size_t last = v - 1;
        for (const Hit& s : hits) {
          if (s.end == last + 1 &&
              (s.Has("source_noun") || s.Has("civil_source") || s.Has("party") || s.Has("report_noun"))) {
            ok = noun_source(s.begin, s.end, &name);
            if (ok) {
              size_t b = s.begin;
              while (b > cb && !IsDeterminer(w[b - 1].lower) && !w[b - 1].punct && s.begin - b < 3) --b;
              if (!s.Has("report_noun")) name = SpanText(sentence, w, b, s.end);
            }
          }
        }
      }
      if (!ok && v > cb && cb > 0 && w[cb - 1].punct && IsDeterminer(w[cb].lower) && v - cb <= 5 &&
          next_boundary(h.end) == n && n - h.end <= 1) {
        // A closing ", a war monitor said." / ", the regional governor said.": the noun phrase is the source.
        name = SpanText(sentence, w, cb + 1, v);
        ok = true;
      }
      if (!ok && v == cb && cb > 0 && w[cb - 1].punct && !w[h.begin].capitalized && h.end < n &&
          next_boundary(h.end) == n && n - h.end <= 8) {
        // Inverted, closing the sentence: ", said the ministry."
        const size_t e = next_boundary(h.end);
        auto runs = NameRuns(w, h.end, e);
        if (!runs.empty()) {
          name = SpanText(sentence, w, runs.front().first, runs.front().second);
          ok = true;
        } else {
          ok = noun_source(h.end, e, &name);
        }
        if (ok) {
          src_b = h.end;
          src_e = e;
        }
      }
      if (!ok) continue;
      attributed = true;
      out.attribution = name;
      if (src_e == 0) {
        src_b = cb;
        src_e = h.end;
      }
      // "SANA cited an unnamed military official": the cited speaker counts for the party test.
      if (h.Has("speech") && (w[h.begin].lower == "cited" || w[h.begin].lower == "cites" ||
                              w[h.begin].lower == "quoted")) {
        src_e = next_boundary(h.end);
      }
      break;
    }
  }
  if (attributed) {
    reported = true;
    if (src_b < n) {
      out.source_begin = w[src_b].begin;
      out.source_end = src_e > src_b ? w[std::min(src_e, n) - 1].end : w[src_b].end;
    } else {  // the cue ends the sentence ("... according to"): no source named
      out.source_begin = out.source_end = sentence.size();
    }
    for (const Hit& h : hits) {
      if (h.begin < src_b || h.end > src_e || !h.Has("civil_source")) continue;
      // "the Hamas-run health ministry": the noun phrase the civil source heads is no party either.
      size_t b = h.begin;
      while (b > src_b && !boundary[b - 1] && !IsDeterminer(w[b - 1].lower) && h.begin - b < 4) --b;
      out.civil_sources.push_back({w[b].begin, w[h.end - 1].end});
    }
    for (const Hit& h : hits) {
      if (h.begin < src_b || h.end > src_e || !h.Has("party")) continue;
      // "pro-government media" is not the government.
      if (h.begin >= 2 && w[h.begin - 1].lower == "-" && (w[h.begin - 2].lower == "pro" || w[h.begin - 2].lower == "anti"))
        continue;
      out.party_source = true;
    }
  }

  // Pronouns and calendar words are no source names ("He said", "last September said").
  static constexpr std::string_view kNotNames[] = {
      "He", "She", "They", "It", "We", "I", "You", "This", "That", "These", "Those", "January", "February",
      "March", "April", "June", "July", "August", "September", "October", "November", "December", "Monday",
      "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Recent", "Earlier", "Later"};
  if (std::find(std::begin(kNotNames), std::end(kNotNames), out.attribution) != std::end(kNotNames)) {
    out.attribution.clear();
  }

  if (denied) out.modality = "denied";
  else if (unconfirmed) out.modality = "unconfirmed";
  else if (attributed && out.party_source) out.modality = "claimed";
  else if (reported) out.modality = "reported";
  return out;
}

std::optional<FilterSpan> FilterFor(const SentenceModality& m, size_t begin, size_t end, bool nominal) {
  for (const FilterSpan& f : m.filters) {
    if (f.nominal_only && !nominal) continue;
    if (begin >= f.begin && begin < f.end) return f;
  }
  return std::nullopt;
}

}  // namespace sitrep::extract
