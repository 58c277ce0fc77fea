// libFuzzer target: one jsonl line, and the same bytes as a whole jsonl stream.
#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>
#include <string_view>

#include "ingest/jsonl_parser.h"
#include "text/normalize.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  sitrep::ingest::ReadOptions opts;
  opts.max_line_bytes = 4096;
  sitrep::Result<sitrep::Document> doc = sitrep::ingest::ParseJsonlLine(input, opts, "fuzz:1");
  if (doc.ok() && (doc->id.empty() || !sitrep::text::IsValidUtf8(doc->title))) __builtin_trap();
  std::istringstream in{std::string(input)};
  sitrep::ingest::ReadJsonlStream(
      in, "fuzz", "", opts, [](sitrep::Document&& d) {
        if (d.id.empty()) __builtin_trap();
      },
      [](const sitrep::ingest::InputError&) {});
  return 0;
}
