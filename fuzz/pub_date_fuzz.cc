// libFuzzer target: publication-date recognition and date normalisation.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "ingest/pub_date.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  const std::string a = sitrep::ingest::FindPublicationDate(input);
  if (!a.empty() && !sitrep::ingest::IsIsoDate(a)) __builtin_trap();
  const std::string b = sitrep::ingest::NormalizeDateValue(input);
  if (!b.empty() && !sitrep::ingest::IsIsoDate(b)) __builtin_trap();
  return 0;
}
