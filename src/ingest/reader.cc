#include "ingest/reader.h"

#include <fmt/core.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <system_error>

#include "ingest/content_check.h"
#include "ingest/html_parser.h"
#include "ingest/jsonl_parser.h"
#include "ingest/pub_date.h"
#include "ingest/txt_parser.h"

namespace sitrep::ingest {
namespace {

namespace fs = std::filesystem;

enum class InputType { kTxt, kJsonl, kHtml, kWarc, kOther };

std::string LowerAscii(std::string s) {
  for (char& c : s) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return s;
}

InputType TypeOf(const fs::path& p) {
  const std::string name = LowerAscii(p.filename().string());
  auto ends = [&](std::string_view suffix) {
    return name.size() > suffix.size() && name.compare(name.size() - suffix.size(), suffix.size(), suffix) == 0;
  };
  if (ends(".txt")) return InputType::kTxt;
  if (ends(".jsonl")) return InputType::kJsonl;
  if (ends(".html") || ends(".htm")) return InputType::kHtml;
  if (ends(".warc") || ends(".warc.gz")) return InputType::kWarc;
  return InputType::kOther;
}

// Reads at most `limit` + 1 bytes of `path` into *out (one more than allowed, so that "too large" shows).
Status ReadBounded(const std::string& path, size_t limit, std::string* out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IoError("cannot open");
  out->clear();
  std::error_code ec;
  const auto size = fs::file_size(path, ec);
  if (!ec) out->reserve(std::min<uintmax_t>(size, limit) + 1);
  char buf[1 << 16];
  while (out->size() <= limit) {
    in.read(buf, sizeof buf);
    const auto got = static_cast<size_t>(in.gcount());
    out->append(buf, std::min(got, limit + 1 - out->size()));
    if (!in) break;
  }
  if (in.bad()) return Status::IoError("read error");
  return Status::Ok();
}

void Deliver(Result<Document> doc, const std::string& source, const DocumentSink& sink, const ErrorSink& on_error) {
  if (doc.ok()) {
    sink(std::move(doc).value());
  } else {
    on_error({source, doc.status().message()});
  }
}

void ReadWholeFile(const std::string& path, InputType type, const ReadOptions& opts, const DocumentSink& sink,
                   const ErrorSink& on_error) {
  // Pages carry markup around the article; ParseHtml applies the exact limit.
  const size_t limit = type == InputType::kHtml ? opts.max_article_bytes * 4 + 3 : opts.max_article_bytes;
  std::error_code ec;
  const auto size = fs::file_size(path, ec);
  if (!ec && size > limit) {
    on_error({path, fmt::format("article larger than {} bytes", opts.max_article_bytes)});
    return;
  }
  std::string content;
  if (Status st = ReadBounded(path, limit, &content); !st.ok()) {
    on_error({path, st.message()});
    return;
  }
  Deliver(type == InputType::kHtml ? ParseHtml(content, opts, path) : ParseTxt(content, opts, path), path, sink,
          on_error);
}

void ReadJsonlFile(const std::string& path, const ReadOptions& opts, const DocumentSink& sink,
                   const ErrorSink& on_error) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    on_error({path, "cannot open"});
    return;
  }
  std::string head(kSniffBytes, '\0');
  in.read(head.data(), static_cast<std::streamsize>(head.size()));
  head.resize(static_cast<size_t>(in.gcount()));
  if (LooksBinary(head)) {
    on_error({path, "binary file"});
    return;
  }
  ReadJsonlStream(in, path, std::move(head), opts, sink, on_error);
}

void ReadFile(const std::string& path, bool named, const ReadOptions& opts, const DocumentSink& sink,
              const ErrorSink& on_error) {
  switch (const InputType type = TypeOf(path)) {
    case InputType::kTxt:
    case InputType::kHtml:
      ReadWholeFile(path, type, opts, sink, on_error);
      return;
    case InputType::kJsonl:
      ReadJsonlFile(path, opts, sink, on_error);
      return;
    case InputType::kWarc:
    case InputType::kOther:
      if (named) on_error({path, "unsupported input type"});
      return;
  }
}

bool IsHidden(const fs::path& p) {
  const std::string name = p.filename().string();
  return !name.empty() && name[0] == '.';
}

void ReadDirectory(const std::string& dir, const ReadOptions& opts, const DocumentSink& sink,
                   const ErrorSink& on_error) {
  std::vector<std::string> files;
  std::error_code ec;
  fs::recursive_directory_iterator it(dir, fs::directory_options::skip_permission_denied, ec);
  if (ec) {
    on_error({dir, fmt::format("cannot read directory: {}", ec.message())});
    return;
  }
  for (; it != fs::recursive_directory_iterator(); it.increment(ec)) {
    if (ec) {
      on_error({dir, fmt::format("cannot read directory: {}", ec.message())});
      break;
    }
    const fs::path& p = it->path();
    if (IsHidden(p)) {
      if (it->is_directory(ec)) it.disable_recursion_pending();
      continue;
    }
    if (!it->is_regular_file(ec)) continue;
    const InputType type = TypeOf(p);
    if (type == InputType::kTxt || type == InputType::kJsonl || type == InputType::kHtml) files.push_back(p.string());
  }
  std::sort(files.begin(), files.end());
  for (const std::string& f : files) ReadFile(f, /*named=*/false, opts, sink, on_error);
}

}  // namespace

void ReadStream(std::istream& in, const std::string& name, const ReadOptions& opts, const DocumentSink& sink,
                const ErrorSink& on_error) {
  // Sniff the first chunk: '{' after optional blanks (and BOM) means jsonl.
  std::string head(kSniffBytes, '\0');
  in.read(head.data(), static_cast<std::streamsize>(head.size()));
  head.resize(static_cast<size_t>(in.gcount()));
  const std::string_view body = StripBom(head);
  const size_t first = body.find_first_not_of(" \t\r\n\f\v");
  if (first != std::string_view::npos && body[first] == '{') {
    ReadJsonlStream(in, name, std::move(head), opts, sink, on_error);
    return;
  }
  // One text article: read the rest, one byte past the limit at most.
  std::string content = std::move(head);
  char buf[1 << 16];
  while (in && content.size() <= opts.max_article_bytes) {
    in.read(buf, sizeof buf);
    content.append(buf, static_cast<size_t>(in.gcount()));
  }
  if (content.size() > opts.max_article_bytes) {
    on_error({name, fmt::format("article larger than {} bytes", opts.max_article_bytes)});
    return;
  }
  Deliver(ParseTxt(content, opts, name), name, sink, on_error);
}

Status ReadInputs(const std::vector<std::string>& inputs, const ReadOptions& opts, const DocumentSink& sink,
                  const ErrorSink& on_error) {
  if (!opts.date.empty() && !IsIsoDate(opts.date)) {
    return Status::InvalidArgument(fmt::format("--date must be YYYY-MM-DD, got \"{}\"", opts.date));
  }
  const std::vector<std::string> stdin_only = {"-"};
  const std::vector<std::string>& names = inputs.empty() ? stdin_only : inputs;
  if (std::count(names.begin(), names.end(), "-") > 1) {
    return Status::InvalidArgument("stdin (\"-\") named more than once");
  }
  for (const std::string& input : names) {
    if (input == "-") {
      ReadStream(std::cin, "-", opts, sink, on_error);
      continue;
    }
    std::error_code ec;
    const fs::file_status st = fs::status(input, ec);
    if (ec || !fs::exists(st)) {
      on_error({input, ec && ec != std::errc::no_such_file_or_directory ? fmt::format("cannot access: {}", ec.message())
                                                                        : "file not found"});
      continue;
    }
    if (fs::is_directory(st)) {
      ReadDirectory(input, opts, sink, on_error);
    } else {
      ReadFile(input, /*named=*/true, opts, sink, on_error);
    }
  }
  return Status::Ok();
}

}  // namespace sitrep::ingest
