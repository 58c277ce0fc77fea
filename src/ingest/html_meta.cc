#include "ingest/html_meta.h"

#include <array>
#include <exception>
#include <map>
#include <nlohmann/json.hpp>
#include <string_view>

#include "ingest/html_dom.h"
#include "ingest/pub_date.h"

namespace sitrep::ingest::html {
namespace {

using nlohmann::json;

// Meta keys (property, name or itemprop, lower case) that carry the publication date, best first.
constexpr std::array<const char*, 20> kDateKeys = {
    "article:published_time", "og:article:published_time", "og:pubdate", "og:published_time",
    "pubdate", "publishdate", "publish-date", "publish_date", "parsely-pub-date", "datepublished",
    "date", "dc.date", "dc.date.issued", "dcterms.date", "dcterms.issued", "dcterms.created",
    "sailthru.date", "article.published", "cxenseparse:recs:publishtime", "dc.date.created"};

struct Collector {
  std::map<std::string, std::string> metas;  // first value seen per key
  std::string title_element;
  std::string first_h1;
  std::string canonical;
  std::string ld_date;
  std::string ld_publisher;
  std::string ld_headline;
  std::string itemprop_date;  // itemprop=datePublished on a non-meta element
  std::string time_pubdate;   // <time pubdate datetime=...>
  std::string time_first;     // first <time datetime=...> outside navigation
};

void ScanJsonLd(const json& j, int depth, Collector* c) {
  if (depth > 32) return;
  if (j.is_array()) {
    for (const json& e : j) ScanJsonLd(e, depth + 1, c);
    return;
  }
  if (!j.is_object()) return;
  auto date = j.find("datePublished");
  if (date != j.end() && date->is_string() && c->ld_date.empty()) {
    c->ld_date = NormalizeDateValue(date->get<std::string>());
  }
  auto headline = j.find("headline");
  if (headline != j.end() && headline->is_string() && c->ld_headline.empty()) {
    c->ld_headline = headline->get<std::string>();
  }
  auto publisher = j.find("publisher");
  if (publisher != j.end() && c->ld_publisher.empty()) {
    if (publisher->is_object()) {
      auto name = publisher->find("name");
      if (name != publisher->end() && name->is_string()) c->ld_publisher = name->get<std::string>();
    } else if (publisher->is_string()) {
      c->ld_publisher = publisher->get<std::string>();
    }
  }
  for (const auto& item : j.items()) {
    if (item.value().is_structured()) ScanJsonLd(item.value(), depth + 1, c);
  }
}

void ParseJsonLd(std::string_view text, Collector* c) {
  try {
    json j = json::parse(text.begin(), text.end(), nullptr, /*allow_exceptions=*/false);
    if (!j.is_discarded()) ScanJsonLd(j, 0, c);
  } catch (const std::exception&) {
    // A broken JSON-LD block is ignored; the page has other metadata.
  }
}

// Navigation-like containers whose <time> elements are not the article's.
bool IsNavigation(const GumboNode* n) {
  const GumboTag t = Tag(n);
  if (t == GUMBO_TAG_NAV || t == GUMBO_TAG_FOOTER || t == GUMBO_TAG_ASIDE) return true;
  const std::string cls = Lower(std::string(Attr(n, "class")) + " " + std::string(Attr(n, "id")));
  for (const char* k : {"related", "comment", "sidebar", "promo", "footer", "nav", "menu"}) {
    if (cls.find(k) != std::string::npos) return true;
  }
  return false;
}

void Walk(const GumboNode* n, int depth, bool in_nav, Collector* c) {
  if (n == nullptr || depth > kMaxDepth) return;
  if (IsElement(n)) {
    const GumboTag t = Tag(n);
    if (t == GUMBO_TAG_META) {
      std::string key(Attr(n, "property"));
      if (key.empty()) key = Attr(n, "name");
      if (key.empty()) key = Attr(n, "itemprop");
      std::string_view content = Attr(n, "content");
      if (content.empty()) content = Attr(n, "datetime");
      key = Lower(key);
      if (!key.empty() && !content.empty() && !c->metas.count(key)) c->metas[key] = std::string(content);
      return;
    }
    if (t == GUMBO_TAG_TITLE && c->title_element.empty()) {
      c->title_element = CollapsedText(n);
      return;
    }
    if (t == GUMBO_TAG_H1 && c->first_h1.empty() && !in_nav) c->first_h1 = CollapsedText(n);
    if (t == GUMBO_TAG_LINK && c->canonical.empty()) {
      const std::string rel = Lower(Attr(n, "rel"));
      if (rel.find("canonical") != std::string::npos) c->canonical = Attr(n, "href");
      return;
    }
    if (t == GUMBO_TAG_SCRIPT) {
      if (Lower(Attr(n, "type")).find("ld+json") != std::string::npos) {
        const GumboVector* kids = Children(n);
        for (unsigned i = 0; kids != nullptr && i < kids->length; ++i) {
          const auto* k = static_cast<const GumboNode*>(kids->data[i]);
          if (k->type == GUMBO_NODE_TEXT || k->type == GUMBO_NODE_CDATA || k->type == GUMBO_NODE_WHITESPACE) {
            ParseJsonLd(k->v.text.text, c);
          }
        }
      }
      return;
    }
    if (Lower(Attr(n, "itemprop")) == "datepublished" && c->itemprop_date.empty()) {
      std::string_view v = Attr(n, "datetime");
      if (v.empty()) v = Attr(n, "content");
      c->itemprop_date = NormalizeDateValue(v.empty() ? std::string_view(CollapsedText(n)) : v);
    }
    in_nav = in_nav || IsNavigation(n);
    if (t == GUMBO_TAG_TIME && !in_nav) {
      const std::string d = NormalizeDateValue(Attr(n, "datetime"));
      if (!d.empty()) {
        if (HasAttr(n, "pubdate") && c->time_pubdate.empty()) c->time_pubdate = d;
        if (c->time_first.empty()) c->time_first = d;
      }
    }
  }
  const GumboVector* kids = Children(n);
  for (unsigned i = 0; kids != nullptr && i < kids->length; ++i) {
    Walk(static_cast<const GumboNode*>(kids->data[i]), depth + 1, in_nav, c);
  }
}

std::string Meta(const Collector& c, const char* key) {
  auto it = c.metas.find(key);
  return it == c.metas.end() ? std::string() : it->second;
}

}  // namespace

PageMetadata ExtractMetadata(const GumboNode* root) {
  Collector c;
  Walk(root, 0, false, &c);
  PageMetadata m;
  for (const std::string& t : {Meta(c, "og:title"), c.title_element, c.first_h1, c.ld_headline}) {
    if (!t.empty()) {
      m.title = t;
      break;
    }
  }
  for (const char* key : kDateKeys) {
    m.published = NormalizeDateValue(Meta(c, key));
    if (!m.published.empty()) break;
  }
  for (const std::string& d : {c.ld_date, c.itemprop_date, c.time_pubdate, c.time_first}) {
    if (!m.published.empty()) break;
    m.published = d;
  }
  m.outlet = Meta(c, "og:site_name");
  if (m.outlet.empty()) m.outlet = c.ld_publisher;
  m.url = Meta(c, "og:url");
  if (m.url.empty()) m.url = c.canonical;
  return m;
}

}  // namespace sitrep::ingest::html
