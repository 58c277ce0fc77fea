// The sitrep commands, callable from main() and from tests. Each returns the process exit status:
// 0 success, 1 some input rejected (reported on stderr), 2 bad usage or setup.
#ifndef SITREP_CLI_COMMANDS_H_
#define SITREP_CLI_COMMANDS_H_

#include <cstdio>
#include <string>
#include <vector>

#include "sitrep/store.h"

namespace sitrep::cli {

struct InputOptions {
  std::vector<std::string> inputs;  // files, directories, "-"; empty = stdin
  std::string date;                 // --date
  std::string outlet;               // --outlet
  int threads = 0;                  // 0 = all cores
  std::string kb_dir;               // --kb ("" = default)
  std::string gazetteer;            // --gazetteer ("" = default)
  bool geocode = true;              // --no-geocode turns it off
};

int RunExtract(const InputOptions& in, std::FILE* out);
int RunGeocode(const InputOptions& in, std::FILE* out);
int RunIngest(const InputOptions& in, const std::string& db, std::FILE* out);

struct EventsOptions {
  std::string db;
  std::string format = "jsonl";  // jsonl | csv | geojson
  EventFilter filter;
  std::string kb_dir;
};
int RunEvents(const EventsOptions& opts, std::FILE* out);

}  // namespace sitrep::cli

#endif  // SITREP_CLI_COMMANDS_H_
