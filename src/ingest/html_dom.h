// Small read-only helpers over gumbo's parse tree, shared by the HTML metadata and text extractors.
#ifndef SITREP_INGEST_HTML_DOM_H_
#define SITREP_INGEST_HTML_DOM_H_

#include <gumbo.h>

#include <string>
#include <string_view>

namespace sitrep::ingest::html {

// Walks stop below this depth, so hostile nesting cannot exhaust the stack.
inline constexpr int kMaxDepth = 256;

// The children of an element, template or document node; nullptr for other nodes.
const GumboVector* Children(const GumboNode* n);

// True for element and template nodes.
bool IsElement(const GumboNode* n);

// The tag of an element node (GUMBO_TAG_UNKNOWN for other nodes).
GumboTag Tag(const GumboNode* n);

// The value of attribute `name` of an element node, or "" when absent.
std::string_view Attr(const GumboNode* n, const char* name);

// True when attribute `name` is present on an element node (with any value).
bool HasAttr(const GumboNode* n, const char* name);

// ASCII lower case copy.
std::string Lower(std::string_view s);

// All text below `n`, whitespace runs collapsed to one space and trimmed; no filtering.
std::string CollapsedText(const GumboNode* n);

// Appends `text` to *out with every run of ASCII whitespace collapsed to one space; `*pending_space`
// carries a run across calls and is left set when `text` ends in whitespace.
void AppendCollapsed(std::string_view text, std::string* out, bool* pending_space);

}  // namespace sitrep::ingest::html

#endif  // SITREP_INGEST_HTML_DOM_H_
