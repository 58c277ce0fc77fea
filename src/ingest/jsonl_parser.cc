#include "ingest/jsonl_parser.h"

#include <fmt/core.h>

#include <exception>
#include <nlohmann/json.hpp>

#include "ingest/content_check.h"
#include "ingest/document_id.h"
#include "ingest/line_reader.h"
#include "ingest/pub_date.h"

namespace sitrep::ingest {
namespace {

using nlohmann::json;

// The string value of `key` in `obj`, or "" when absent or not a string.
std::string StringField(const json& obj, const char* key) {
  auto it = obj.find(key);
  if (it == obj.end() || !it->is_string()) return "";
  return it->get<std::string>();
}

// "id" as a string: strings as they are, integers in decimal, other numbers as JSON writes them.
std::string IdField(const json& obj) {
  auto it = obj.find("id");
  if (it == obj.end()) return "";
  if (it->is_string()) return it->get<std::string>();
  if (it->is_number_unsigned()) return fmt::format("{}", it->get<uint64_t>());
  if (it->is_number_integer()) return fmt::format("{}", it->get<int64_t>());
  if (it->is_number_float()) return it->dump();
  return "";
}

Result<Document> DocumentFromObject(const json& obj, const ReadOptions& opts, std::string source) {
  if (!obj.is_object()) return Status::InvalidArgument("not a JSON object");
  auto text = obj.find("text");
  if (text == obj.end()) return Status::InvalidArgument("missing \"text\"");
  if (!text->is_string()) return Status::InvalidArgument("\"text\" is not a string");
  Document doc;
  doc.text = text->get<std::string>();
  if (IsBlank(doc.text)) return Status::InvalidArgument("empty \"text\"");
  if (doc.text.size() > opts.max_article_bytes) {
    return Status::InvalidArgument(fmt::format("article larger than {} bytes", opts.max_article_bytes));
  }
  if (doc.text.find('\0') != std::string::npos) return Status::InvalidArgument("\"text\" contains NUL");
  doc.id = IdField(obj);
  doc.title = StringField(obj, "title");
  doc.outlet = StringField(obj, "outlet");
  doc.url = StringField(obj, "url");
  doc.published = NormalizeDateValue(StringField(obj, "published"));
  // "date" is deliberately NOT read as the publication date: in event datasets it is the event's own
  // (gold) date, and using it would leak the answer into extraction.
  doc.source = std::move(source);
  FinishDocument(opts, &doc);
  return doc;
}

}  // namespace

Result<Document> ParseJsonlLine(std::string_view line, const ReadOptions& opts, std::string source) {
  const size_t bad = FindInvalidUtf8(line);
  if (bad != std::string_view::npos) return Status::InvalidArgument(fmt::format("invalid UTF-8 at byte {}", bad));
  line = StripBom(line);
  try {
    json obj = json::parse(line.begin(), line.end());
    return DocumentFromObject(obj, opts, std::move(source));
  } catch (const json::parse_error& e) {
    // nlohmann counts bytes from 1; rejections count from 0 like "invalid UTF-8 at byte N".
    const size_t at = e.byte > 0 ? e.byte - 1 : 0;
    if (at >= line.size()) return Status::InvalidArgument("invalid JSON: truncated (unexpected end of line)");
    return Status::InvalidArgument(fmt::format("invalid JSON at byte {}", at));
  } catch (const std::exception& e) {
    return Status::InvalidArgument(fmt::format("invalid JSON: {}", e.what()));
  }
}

void ReadJsonlStream(std::istream& in, std::string_view name, std::string head, const ReadOptions& opts,
                     const DocumentSink& sink, const ErrorSink& on_error) {
  LineReader reader(&in, opts.max_line_bytes, std::move(head));
  std::string line;
  bool too_long = false;
  bool any = false;
  while (reader.Next(&line, &too_long)) {
    std::string source = fmt::format("{}:{}", name, reader.line_number());
    if (too_long) {
      any = true;
      on_error({std::move(source), fmt::format("line longer than {} bytes", opts.max_line_bytes)});
      continue;
    }
    if (IsBlank(line)) continue;
    any = true;
    Result<Document> doc = ParseJsonlLine(line, opts, source);
    if (doc.ok()) {
      sink(std::move(doc).value());
    } else {
      on_error({std::move(source), doc.status().message()});
    }
  }
  if (reader.io_error()) {
    on_error({std::string(name), "read error"});
  } else if (!any) {
    on_error({std::string(name), "empty"});
  }
}

}  // namespace sitrep::ingest
