// Runs the built `sitrep geocode` binary as a user would and reads back every article's toponyms.
#ifndef SITREP_TOOLS_EVAL_GEO_RUNNER_H_
#define SITREP_TOOLS_EVAL_GEO_RUNNER_H_

#include <map>
#include <string>
#include <vector>

#include "eval/runner.h"

namespace sitrep::eval {

// One toponym of a `sitrep geocode` line (doc/contract.md). `start`/`end` are code-point offsets into the
// text given. `has_coords` is false when the line carries no numeric lat/lon (the toponym was recognised
// but not resolved).
struct PredToponym {
  long start = 0, end = 0;
  std::string text, name, country, feature, kind;
  bool has_coords = false;
  double lat = 0, lon = 0;
};

// Parses one output line: the article id and its toponyms. False when the line is not a JSON object with a
// string `id`; toponyms without integer `start`/`end` are skipped.
bool ParseGeocodeLine(const std::string& line, std::string* id, std::vector<PredToponym>* toponyms);

// Feeds `docs` to `<sitrep> geocode --threads 2 -` (plus `--gazetteer PATH` when `gazetteer` is not empty)
// on stdin and returns the toponyms per article id. Articles without an output line are absent. Returns
// false with `*error` set when the program cannot be started or exits with a status other than 0 or 1
// (1 = some input rejected, which the caller sees as articles without toponyms).
bool RunGeocode(const std::string& sitrep_path, const std::string& gazetteer, const std::vector<InputDoc>& docs,
                std::map<std::string, std::vector<PredToponym>>* out, std::string* error);

}  // namespace sitrep::eval

#endif  // SITREP_TOOLS_EVAL_GEO_RUNNER_H_
