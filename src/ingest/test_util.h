// Helpers shared by the ingest tests (not part of the library).
#ifndef SITREP_INGEST_TEST_UTIL_H_
#define SITREP_INGEST_TEST_UTIL_H_

#include <string>
#include <vector>

#include "ingest/reader.h"

namespace sitrep::ingest::testing {

// Everything one ReadInputs call produced.
struct Collected {
  Status status;
  std::vector<Document> docs;
  std::vector<InputError> errors;
};

inline Collected ReadAll(const std::vector<std::string>& inputs, const ReadOptions& opts = {}) {
  Collected c;
  c.status = ReadInputs(
      inputs, opts, [&](Document&& d) { c.docs.push_back(std::move(d)); },
      [&](const InputError& e) { c.errors.push_back(e); });
  return c;
}

// Path of a file under testdata/ingest (tests run from the repository root).
inline std::string TestFile(const std::string& name) { return "testdata/ingest/" + name; }

}  // namespace sitrep::ingest::testing

#endif  // SITREP_INGEST_TEST_UTIL_H_
