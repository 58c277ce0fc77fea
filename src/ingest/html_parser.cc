#include "ingest/html_parser.h"

#include <fmt/core.h>
#include <gumbo.h>

#include <algorithm>
#include <cctype>
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

// gumbo's tree construction costs (tags x open-element depth); real pages nest a few dozen levels deep.
constexpr size_t kMaxNesting = 1000;

bool IsTagChar(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-'; }

// Elements that never hold children or close themselves implicitly; they do not deepen the tree.
bool IsFlatTag(std::string_view t) {
  static constexpr std::string_view kFlat[] = {
      "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
      "p", "li", "option", "optgroup", "dt", "dd", "tr", "td", "th", "tbody", "thead", "tfoot", "colgroup", "rb",
      "rt", "rp", "rtc", "keygen", "frame"};
  for (std::string_view f : kFlat) {
    if (t == f) return true;
  }
  return false;
}

// Estimates the deepest element nesting of `html` from its tags (comments and script/style bodies skipped).
size_t EstimateNesting(std::string_view html) {
  size_t depth = 0, max_depth = 0, i = 0;
  std::string name;
  while ((i = html.find('<', i)) != std::string_view::npos) {
    ++i;
    if (html.substr(i, 3) == "!--") {
      const size_t end = html.find("-->", i + 3);
      if (end == std::string_view::npos) break;
      i = end + 3;
      continue;
    }
    const bool closing = i < html.size() && html[i] == '/';
    const size_t start = closing ? i + 1 : i;
    size_t j = start;
    name.clear();
    while (j < html.size() && IsTagChar(html[j])) name.push_back(static_cast<char>(std::tolower(html[j++])));
    if (name.empty() || !std::isalpha(static_cast<unsigned char>(name[0])) || IsFlatTag(name)) continue;
    const size_t gt = html.find('>', j);
    if (gt == std::string_view::npos) break;
    if (closing) {
      if (depth > 0) --depth;
    } else if (html[gt - 1] != '/') {
      max_depth = std::max(max_depth, ++depth);
      if (name == "script" || name == "style" || name == "textarea" || name == "title") {
        const size_t end = html.find("</", gt);  // raw text: tags inside are not tags
        if (end == std::string_view::npos) break;
        i = end;
        continue;
      }
    }
    i = gt + 1;
  }
  return max_depth;
}

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

  if (EstimateNesting(html) > kMaxNesting) {
    return Status::InvalidArgument(fmt::format("HTML nested more than {} levels deep", kMaxNesting));
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
