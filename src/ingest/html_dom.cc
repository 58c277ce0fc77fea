#include "ingest/html_dom.h"

namespace sitrep::ingest::html {

const GumboVector* Children(const GumboNode* n) {
  if (n == nullptr) return nullptr;
  switch (n->type) {
    case GUMBO_NODE_DOCUMENT:
      return &n->v.document.children;
    case GUMBO_NODE_ELEMENT:
    case GUMBO_NODE_TEMPLATE:
      return &n->v.element.children;
    default:
      return nullptr;
  }
}

bool IsElement(const GumboNode* n) {
  return n != nullptr && (n->type == GUMBO_NODE_ELEMENT || n->type == GUMBO_NODE_TEMPLATE);
}

GumboTag Tag(const GumboNode* n) { return IsElement(n) ? n->v.element.tag : GUMBO_TAG_UNKNOWN; }

std::string_view Attr(const GumboNode* n, const char* name) {
  if (!IsElement(n)) return {};
  const GumboAttribute* a = gumbo_get_attribute(&n->v.element.attributes, name);
  return (a == nullptr || a->value == nullptr) ? std::string_view() : std::string_view(a->value);
}

bool HasAttr(const GumboNode* n, const char* name) {
  return IsElement(n) && gumbo_get_attribute(&n->v.element.attributes, name) != nullptr;
}

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

void AppendCollapsed(std::string_view text, std::string* out, bool* pending_space) {
  for (char c : text) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
      *pending_space = true;
      continue;
    }
    if (*pending_space && !out->empty() && out->back() != ' ' && out->back() != '\n') out->push_back(' ');
    *pending_space = false;
    out->push_back(c);
  }
}

namespace {

void CollectText(const GumboNode* n, int depth, std::string* out, bool* pending) {
  if (n == nullptr || depth > kMaxDepth) return;
  if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_CDATA || n->type == GUMBO_NODE_WHITESPACE) {
    AppendCollapsed(n->v.text.text, out, pending);
    return;
  }
  const GumboVector* kids = Children(n);
  if (kids == nullptr) return;
  for (unsigned i = 0; i < kids->length; ++i) {
    CollectText(static_cast<const GumboNode*>(kids->data[i]), depth + 1, out, pending);
  }
}

}  // namespace

std::string CollapsedText(const GumboNode* n) {
  std::string out;
  bool pending = false;
  CollectText(n, 0, &out, &pending);
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

}  // namespace sitrep::ingest::html
