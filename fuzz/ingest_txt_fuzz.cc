// libFuzzer target: plain-text articles and the stdin sniffer.
#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>
#include <string_view>

#include "ingest/pub_date.h"
#include "ingest/reader.h"
#include "ingest/txt_parser.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  sitrep::Result<sitrep::Document> doc = sitrep::ingest::ParseTxt(input, sitrep::ingest::ReadOptions(), "fuzz");
  if (doc.ok()) {
    if (doc->id.size() != 17 || doc->text.empty()) __builtin_trap();
    if (!doc->published.empty() && !sitrep::ingest::IsIsoDate(doc->published)) __builtin_trap();
  }
  std::istringstream in{std::string(input)};
  sitrep::ingest::ReadOptions opts;
  opts.max_line_bytes = 1024;
  sitrep::ingest::ReadStream(in, "-", opts, [](sitrep::Document&&) {}, [](const sitrep::ingest::InputError&) {});
  return 0;
}
