// Runs the built `sitrep extract` binary as a user would and reads back each document's first mention.
#ifndef SITREP_TOOLS_EVAL_RUNNER_H_
#define SITREP_TOOLS_EVAL_RUNNER_H_

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace sitrep::eval {

// One input document: a JSONL line {"id", "text"} plus "published" when it is non-empty.
struct InputDoc {
  std::string id;
  std::string text;
  std::string published;  // "" = not passed (gold event dates are never passed as publication dates)
};

// The fields of a mention (doc/contract.md) the benchmarks score.
struct PredActor {
  std::string name, kind, country;
};
struct Prediction {
  int sentence = 0;
  std::string type, plover, date;
  std::vector<PredActor> agent, target;
  bool has_location = false;
  double lat = 0, lon = 0;
  std::optional<long> fatalities;
};

// Feeds `docs` to `<sitrep> extract --threads 2 -` on stdin and returns, per document id, its first
// mention (lowest `sentence`; the earliest printed among equals). Documents without a mention are absent.
// Returns false with `*error` set when the program cannot be started or exits with a status other than 0
// or 1 (1 = some input rejected, which the caller sees as misses). The evaluator links nothing of sitrep,
// so it reports errors this way rather than with sitrep's Status.
bool RunSitrep(const std::string& sitrep_path, const std::vector<InputDoc>& docs,
               std::map<std::string, Prediction>* out, std::string* error);

}  // namespace sitrep::eval

#endif  // SITREP_TOOLS_EVAL_RUNNER_H_
