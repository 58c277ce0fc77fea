// libFuzzer target: any bytes through the quantity, casualty and distance parsers. They must never
// crash, and spans must lie inside the input.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "extract/numbers.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace sitrep::extract;
  static const UnitTable units = UnitTable::Default();
  std::string_view text(reinterpret_cast<const char*>(data), size);
  for (const Quantity& q : FindQuantities(text)) {
    if (q.begin > q.end || q.end > text.size()) std::abort();
  }
  (void)FindCasualties(text);
  for (const Distance& d : FindDistances(text, units)) {
    if (d.begin > d.end || d.end > text.size()) std::abort();
  }
  return 0;
}
