// `sitrep gazetteer import`: see gazetteer_cmd.h.
#include "cli/gazetteer_cmd.h"

#include <fmt/core.h>

namespace sitrep::cli {

int RunGazetteerImport(const gazimport::CompileOptions& options, std::FILE* out, std::FILE* err) {
  auto st = gazimport::CompileGazetteer(options, err);
  if (!st.ok()) {
    fmt::print(err, "sitrep gazetteer import: {}\n", st.status().ToString());
    return 2;
  }
  fmt::print(out,
             "{}: {} places ({} GeoNames rows, {} alternate names, {} countries, {} divisions, {} US counties, {} "
             "user rows), {} names, {} common words, {:.1f} MB, {:.1f} s\n",
             options.out, st->places, st->geonames_rows, st->alternate_names, st->countries, st->divisions,
             st->counties, st->extra_rows, st->names, st->common_words, st->index_bytes / 1e6, st->seconds);
  if (st->skipped_rows > 0) {
    fmt::print(err, "sitrep gazetteer import: {} malformed rows skipped\n", st->skipped_rows);
    return 1;
  }
  return 0;
}

}  // namespace sitrep::cli
