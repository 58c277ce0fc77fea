// UnitTable: length units and their size in kilometres, loaded from kb/units.tsv
// (format: doc/kb-cues.md).
#ifndef SITREP_EXTRACT_UNITS_H_
#define SITREP_EXTRACT_UNITS_H_

#include <string>
#include <string_view>
#include <vector>

#include "sitrep/status.h"

namespace sitrep::extract {

// Immutable after construction; safe to share between threads.
class UnitTable {
 public:
  struct Unit {
    std::vector<std::string> words;  // lower-cased words of the unit ("nautical", "miles")
    double km = 0;                   // kilometres per unit
  };

  // A table holding the built-in units (km, kilometres, miles, metres ...), for tests and fuzzing.
  static UnitTable Default();
  // Parses units.tsv text; errors name `origin` and the line.
  static Result<UnitTable> Parse(std::string_view tsv, std::string_view origin);
  // Reads and parses a units.tsv file.
  static Result<UnitTable> Load(const std::string& path);

  // Units sorted longest first, so "nautical miles" wins over "miles".
  const std::vector<Unit>& units() const { return units_; }

 private:
  std::vector<Unit> units_;
};

}  // namespace sitrep::extract

#endif  // SITREP_EXTRACT_UNITS_H_
