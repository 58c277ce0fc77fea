// libFuzzer target: any bytes as a sentence, with and without a publication date, through the date
// resolver. It must never crash, and every span it returns must lie inside the input.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "extract/dates.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  for (std::string_view pub : {"2024-12-06", "", "2024-02-29", "0001-01-01"}) {
    for (const sitrep::extract::DateMention& m : sitrep::extract::FindDates(text, pub)) {
      if (m.begin > m.end || m.end > text.size()) std::abort();
    }
  }
  return 0;
}
