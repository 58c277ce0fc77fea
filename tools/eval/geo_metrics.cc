#include "eval/geo_metrics.h"

#include <algorithm>
#include <cmath>
#include <functional>

namespace sitrep::eval {

long SpanOverlap(const Span& a, const Span& b) {
  const long lo = std::max(a.start, b.start), hi = std::min(a.end, b.end);
  return hi > lo ? hi - lo : 0;
}

SpanMatching MatchSpans(const std::vector<Span>& gold, const std::vector<Span>& pred) {
  SpanMatching m;
  m.gold_to_pred.assign(gold.size(), -1);
  m.pred_to_gold.assign(pred.size(), -1);
  // Candidates of each gold, best overlap first. Both lists are small (one article), so the quadratic
  // scan is cheap.
  std::vector<std::vector<int>> cand(gold.size());
  for (size_t g = 0; g < gold.size(); ++g) {
    for (size_t p = 0; p < pred.size(); ++p) {
      if (SpanOverlap(gold[g], pred[p]) > 0) cand[g].push_back(static_cast<int>(p));
    }
    std::stable_sort(cand[g].begin(), cand[g].end(), [&](int a, int b) {
      return SpanOverlap(gold[g], pred[a]) > SpanOverlap(gold[g], pred[b]);
    });
  }
  std::vector<char> seen(pred.size());
  // Kuhn's augmenting path from gold g: true when g (and possibly others, re-assigned) got a prediction.
  std::function<bool(int)> augment = [&](int g) {
    for (int p : cand[g]) {
      if (seen[p]) continue;
      seen[p] = 1;
      if (m.pred_to_gold[p] < 0 || augment(m.pred_to_gold[p])) {
        m.pred_to_gold[p] = g;
        m.gold_to_pred[g] = p;
        return true;
      }
    }
    return false;
  };
  for (size_t g = 0; g < gold.size(); ++g) {
    std::fill(seen.begin(), seen.end(), 0);
    if (augment(static_cast<int>(g))) ++m.pairs;
  }
  return m;
}

PrfScore ScorePrf(long tp, long fp, long fn) {
  PrfScore s;
  s.tp = tp;
  s.fp = fp;
  s.fn = fn;
  s.precision = tp + fp > 0 ? static_cast<double>(tp) / (tp + fp) : 0;
  s.recall = tp + fn > 0 ? static_cast<double>(tp) / (tp + fn) : 0;
  s.f1 = s.precision + s.recall > 0 ? 2 * s.precision * s.recall / (s.precision + s.recall) : 0;
  return s;
}

namespace {

double Median(const std::vector<double>& sorted) {
  const size_t n = sorted.size();
  return n % 2 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
}

}  // namespace

ErrorStats ScoreErrors(std::vector<double> errors_km) {
  ErrorStats s;
  s.n = static_cast<long>(errors_km.size());
  if (errors_km.empty()) return s;
  std::sort(errors_km.begin(), errors_km.end());
  std::vector<double> ln(errors_km.size());
  double sum = 0, sum_ln = 0;
  long close = 0;
  for (size_t i = 0; i < errors_km.size(); ++i) {
    ln[i] = std::log(errors_km[i] + 1);
    sum += errors_km[i];
    sum_ln += ln[i];
    close += errors_km[i] < 161;
  }
  s.a161 = static_cast<double>(close) / s.n;
  s.mean_km = sum / s.n;
  s.mean_ln = sum_ln / s.n;
  s.median_km = Median(errors_km);
  s.median_ln = Median(ln);  // ln is monotone, so `ln` is sorted too
  if (s.n == 1) {
    s.auc = ln[0] / std::log(kMissKm);
  } else {
    double area = 0;
    for (size_t i = 1; i < ln.size(); ++i) area += (ln[i - 1] + ln[i]) / 2;
    s.auc = area / (std::log(kMissKm) * (s.n - 1));
  }
  return s;
}

std::u32string DecodeUtf8(const std::string& s) {
  std::u32string out;
  out.reserve(s.size());
  size_t i = 0;
  while (i < s.size()) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    int len = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
    char32_t cp = len == 1 ? c : len == 2 ? (c & 0x1F) : len == 3 ? (c & 0x0F) : (c & 0x07);
    bool ok = len > 0 && i + len <= s.size();
    for (int k = 1; ok && k < len; ++k) {
      const unsigned char d = static_cast<unsigned char>(s[i + k]);
      if ((d >> 6) != 2) ok = false;
      cp = (cp << 6) | (d & 0x3F);
    }
    if (ok) {
      out.push_back(cp);
      i += len;
    } else {
      out.push_back(U'\uFFFD');
      ++i;
    }
  }
  return out;
}

std::string EncodeUtf8(const std::u32string& cps, long start, long end) {
  std::string out;
  start = std::max(0L, start);
  end = std::min(static_cast<long>(cps.size()), end);
  for (long i = start; i < end; ++i) {
    const char32_t c = cps[i];
    if (c < 0x80) {
      out += static_cast<char>(c);
    } else if (c < 0x800) {
      out += static_cast<char>(0xC0 | (c >> 6));
      out += static_cast<char>(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
      out += static_cast<char>(0xE0 | (c >> 12));
      out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (c & 0x3F));
    } else {
      out += static_cast<char>(0xF0 | (c >> 18));
      out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
      out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (c & 0x3F));
    }
  }
  return out;
}

std::string SentenceAround(const std::u32string& cps, long start, long end, long max_side) {
  auto boundary = [](char32_t c) { return c == U'.' || c == U'!' || c == U'?' || c == U'\n'; };
  const long n = static_cast<long>(cps.size());
  start = std::clamp(start, 0L, n);
  end = std::clamp(end, start, n);
  long b = start;
  while (b > 0 && start - b < max_side && !boundary(cps[b - 1])) --b;
  long e = end;
  while (e < n && e - end < max_side && !boundary(cps[e])) ++e;
  if (e < n && boundary(cps[e]) && cps[e] != U'\n') ++e;  // keep the full stop
  auto space = [](char32_t c) { return c == U' ' || c == U'\t' || c == U'\n' || c == U'\r'; };
  while (b < e && space(cps[b])) ++b;
  while (e > b && space(cps[e - 1])) --e;
  return EncodeUtf8(cps, b, e);
}

}  // namespace sitrep::eval
