// Page metadata of an HTML article: title, publication date, outlet and URL.
#ifndef SITREP_INGEST_HTML_META_H_
#define SITREP_INGEST_HTML_META_H_

#include <gumbo.h>

#include <string>

namespace sitrep::ingest::html {

struct PageMetadata {
  std::string title;      // og:title, <title>, first <h1>, JSON-LD headline; in that order
  std::string published;  // YYYY-MM-DD or ""
  std::string outlet;     // og:site_name, else JSON-LD publisher.name
  std::string url;        // og:url, else <link rel=canonical>
};

// Reads the metadata of the page rooted at `root` (gumbo's document or html node). Dates are normalised
// with NormalizeDateValue; see html_parser.h for the order in which sources are tried. Never throws.
PageMetadata ExtractMetadata(const GumboNode* root);

}  // namespace sitrep::ingest::html

#endif  // SITREP_INGEST_HTML_META_H_
