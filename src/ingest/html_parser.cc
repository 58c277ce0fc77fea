#include "ingest/html_parser.h"

#include <fmt/core.h>
#include <gumbo.h>

#include <memory>

#include "ingest/charset.h"
#include "ingest/content_check.h"
#include "ingest/document_id.h"
#include "ingest/html_meta.h"
#include "ingest/html_text.h"
#include "ingest/txt_parser.h"

namespace sitrep::ingest {
namespace {

// Raw pages may be this many times larger than the article they carry.
constexpr size_t kMarkupFactor = 4;

struct GumboOutputDeleter {
  void operator()(GumboOutput* o) const { gumbo_destroy_output(&kGumboDefaultOptions, o); }
};

}  // namespace

Result<Document> ParseHtml(std::string_view html, const ReadOptions& opts, std::string source) {
  if (html.size() / kMarkupFactor > opts.max_article_bytes) {
    return Status::InvalidArgument(fmt::format("article larger than {} bytes", opts.max_article_bytes));
  }
  std::string problem = ContentProblem(html);
  if (!problem.empty() && problem.rfind("invalid UTF-8", 0) != 0) return Status::InvalidArgument(std::move(problem));
  html = StripBom(html);
  std::string transcoded;
  if (!problem.empty()) {
    if (!IsCp1252Family(DeclaredCharset(html))) return Status::InvalidArgument(std::move(problem));
    transcoded = ConvertCp1252ToUtf8(html);
    html = transcoded;
  }

  std::unique_ptr<GumboOutput, GumboOutputDeleter> out(
      gumbo_parse_with_options(&kGumboDefaultOptions, html.data(), html.size()));
  if (out == nullptr || out->root == nullptr) return Status::InvalidArgument("unparseable HTML");

  const html::PageMetadata meta = html::ExtractMetadata(out->document);
  Document doc;
  doc.text = html::ExtractMainText(out->root);
  doc.title = OneLine(meta.title);
  // The page's own heading often opens the article container; the title already carries it.
  if (!doc.title.empty()) {
    const size_t nl = doc.text.find('\n');
    if (nl != std::string::npos && doc.text.compare(0, nl, doc.title) == 0) doc.text.erase(0, nl + 1);
  }
  if (IsBlank(doc.text)) return Status::InvalidArgument("no article text found");
  if (doc.text.size() > opts.max_article_bytes) {
    return Status::InvalidArgument(fmt::format("article larger than {} bytes", opts.max_article_bytes));
  }
  doc.published = meta.published;
  doc.outlet = meta.outlet;
  doc.url = meta.url;
  doc.source = std::move(source);
  FinishDocument(opts, &doc);
  return doc;
}

}  // namespace sitrep::ingest
