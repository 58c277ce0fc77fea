// The benchmarks of sitrep_eval. Each reads its files under the bench directory, runs the sitrep
// binary once (runner.h) and returns markdown tables.
#ifndef SITREP_TOOLS_EVAL_BENCHMARKS_H_
#define SITREP_TOOLS_EVAL_BENCHMARKS_H_

#include <string>
#include <vector>

namespace sitrep::eval {

struct EvalOptions {
  std::string sitrep;        // path of the sitrep binary
  std::string bench;         // the bench directory (../shared/bench)
  std::string countries;     // kb/countries.tsv (ISO2 → ISO3 for PLOVER)
  int sample = 0;            // 0 = every record; else a deterministic sample of this many
  unsigned long seed = 1;    // sample seed
  std::string acled_set = "test";  // "test" (2020 notes) or "tune" (2022 notes)
  std::string errors;        // "" or the JSONL file for errors: ACLED tuning items, or geo dev-half toponyms
  std::string gazetteer;     // "" = sitrep's default; else passed to `sitrep geocode --gazetteer`
  std::string command;       // the command line, printed above each table
  std::string when;          // the date and time, printed above each table
};

// Each returns false with `*error` set when the data or the binary is unusable; else appends markdown.
bool EvalAcled(const EvalOptions& o, std::string* markdown, std::string* error);
bool EvalCase(const EvalOptions& o, std::string* markdown, std::string* error);
bool EvalPlover(const EvalOptions& o, std::string* markdown, std::string* error);
bool EvalTabari(const EvalOptions& o, std::string* markdown, std::string* error);
// Geoparsing (LGL, GeoWebNews, TR-News, GeoVirus) through `sitrep geocode`; --errors writes only the
// development half (even line index) of each corpus.
bool EvalGeo(const EvalOptions& o, std::string* markdown, std::string* error);

// The indices 0..n-1 when sample is 0 or >= n; else `sample` of them chosen by a generator seeded with
// `seed`, in increasing order. The same arguments always give the same indices.
std::vector<size_t> SampleIndices(size_t n, int sample, unsigned long seed);

}  // namespace sitrep::eval

#endif  // SITREP_TOOLS_EVAL_BENCHMARKS_H_
