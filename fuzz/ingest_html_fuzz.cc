// libFuzzer target: HTML page parsing, main-text extraction and metadata.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "ingest/content_check.h"
#include "ingest/html_parser.h"
#include "ingest/pub_date.h"
#include "text/normalize.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  sitrep::Result<sitrep::Document> doc = sitrep::ingest::ParseHtml(input, sitrep::ingest::ReadOptions(), "fuzz");
  if (doc.ok()) {
    if (doc->id.empty() || doc->text.empty()) __builtin_trap();
    if (sitrep::ingest::FindInvalidUtf8(doc->text) != std::string_view::npos) __builtin_trap();
    if (doc->text.find('\0') != std::string::npos || doc->title.find('\0') != std::string::npos) __builtin_trap();
    if (!doc->published.empty() && !sitrep::ingest::IsIsoDate(doc->published)) __builtin_trap();
    (void)sitrep::text::Normalize(doc->text);
  }
  return 0;
}
