// Main-text extraction from an HTML parse tree: boilerplate removal and choice of the article container.
#ifndef SITREP_INGEST_HTML_TEXT_H_
#define SITREP_INGEST_HTML_TEXT_H_

#include <gumbo.h>

#include <string>

namespace sitrep::ingest::html {

// True when element `n` is boilerplate by its tag (script, nav, footer, ...) or, when `by_class` and `n` is
// not html/body/main/article, by a class or id naming navigation, sharing, comments, adverts and the like;
// hidden elements (hidden, aria-hidden="true", display:none) are boilerplate too.
bool IsBoilerplate(const GumboNode* n, bool by_class);

// The article text of the page rooted at `root`, one paragraph (or heading, list item, quote) per line,
// whitespace collapsed. Loose text outside such blocks is kept only when it has at least eight words.
// When class-based boilerplate removal leaves (almost) nothing, it is retried with tag-based removal only.
// Returns "" when the page has no text. Never throws.
std::string ExtractMainText(const GumboNode* root);

}  // namespace sitrep::ingest::html

#endif  // SITREP_INGEST_HTML_TEXT_H_
