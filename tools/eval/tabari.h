// Parser of TABARI validation records (Validate.text; format in ../shared/bench/tabari_validation/README.md).
#ifndef SITREP_TOOLS_EVAL_TABARI_H_
#define SITREP_TOOLS_EVAL_TABARI_H_

#include <string>
#include <string_view>
#include <vector>

namespace sitrep::eval {

// One record: "YYMMDD  ID" header line, the sentence text until "/*", then a comment until "*/" holding the
// expected events "{ SRC / TGT / CODE }" ("-{ … }" optional), or a no-event marker "{+++}", "{---}", "{ }".
struct TabariRecord {
  std::string date;           // YYMMDD as written
  std::string id;
  std::string text;           // the sentence, lines joined with single spaces
  int expected_events = 0;    // required events
  int optional_events = 0;    // "-{ … }" events
  bool no_event = false;      // a no-event marker was present
  bool control = false;       // an option/command record ("{ OPTION: … }", START-00), not a test
};

// Parses the records of a Validate.text file. Banner lines starting with '#' are skipped. When
// `standard_only`, parsing stops before the record whose id is "FINAL-01" (the end of the standard suite).
std::vector<TabariRecord> ParseTabari(std::string_view content, bool standard_only);

}  // namespace sitrep::eval

#endif  // SITREP_TOOLS_EVAL_TABARI_H_
