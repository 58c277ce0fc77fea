// HTML articles: main-text extraction (boilerplate removed) and page metadata.
#ifndef SITREP_INGEST_HTML_PARSER_H_
#define SITREP_INGEST_HTML_PARSER_H_

#include <string>
#include <string_view>

#include "ingest/reader.h"
#include "sitrep/document.h"
#include "sitrep/status.h"

namespace sitrep::ingest {

// Parses one HTML page with gumbo and extracts its article.
//  - Text: boilerplate is dropped (script, style, nav, header, footer, aside, form, iframe, svg, ...,
//    hidden elements, and elements whose class or id says nav, menu, footer, header, sidebar, share, social,
//    comment, related, advert, cookie, subscribe or promo). The main container is the <article> with the
//    most paragraph text unless some other element holds more <p> text directly; its paragraphs, headings,
//    list items and quotes are joined with "\n".
//  - Title: og:title, else <title>, else the first <h1>. Date: article:published_time, og:pubdate,
//    date, pubdate, parsely-pub-date, dc.date, itemprop=datePublished, JSON-LD datePublished,
//    <time datetime>. Outlet: og:site_name (else the JSON-LD publisher). URL: og:url, else canonical link.
// A page declaring a single-byte charset (windows-1252, iso-8859-1) is transcoded to UTF-8; any other
// invalid UTF-8 is rejected. Rejects (InvalidArgument) empty, binary and text-less pages and pages whose
// text exceeds opts.max_article_bytes. Pure; thread-safe; never throws.
Result<Document> ParseHtml(std::string_view html, const ReadOptions& opts, std::string source);

}  // namespace sitrep::ingest

#endif  // SITREP_INGEST_HTML_PARSER_H_
