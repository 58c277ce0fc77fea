#include "ingest/html_parser.h"

#include <gtest/gtest.h>

#include "ingest/charset.h"
#include "ingest/test_util.h"

namespace sitrep::ingest {
namespace {

using testing::ReadAll;
using testing::TestFile;

TEST(HtmlFile, BoilerplateIsRemovedAndMetadataRead) {
  auto c = ReadAll({TestFile("page.html")});
  ASSERT_TRUE(c.errors.empty()) << c.errors[0].reason;
  ASSERT_EQ(c.docs.size(), 1u);
  const Document& d = c.docs[0];
  EXPECT_EQ(d.title, "Bridge destroyed in overnight raid");
  EXPECT_EQ(d.published, "2024-12-06");
  EXPECT_EQ(d.outlet, "Example Daily");
  EXPECT_EQ(d.url, "https://daily.example.com/world/bridge-raid");
  EXPECT_EQ(d.source, TestFile("page.html"));
  EXPECT_EQ(d.text,
            "Warplanes struck the only road bridge over the river late on Thursday, cutting a supply route used by "
            "government troops, two officials said.\n"
            "Residents described \xE2\x80\x9Cthree loud explosions\xE2\x80\x9D shortly after midnight.\n"
            "Aftermath\n"
            "Engineers were seen inspecting the damage on Friday morning.");
}

TEST(HtmlFile, DensestContainerBeatsTeaserArticleAndJsonLdFallbacks) {
  auto c = ReadAll({TestFile("divs.htm")});
  ASSERT_EQ(c.docs.size(), 1u);
  const Document& d = c.docs[0];
  EXPECT_EQ(d.text,
            "Fighting continued for a third day around the airport, a monitoring group said on Saturday.\n"
            "The group said at least 12 fighters were killed in the clashes near the perimeter fence.\n"
            "Aid agencies warned that roads out of the area were blocked.");
  EXPECT_EQ(d.published, "2024-11-30");  // parsely-pub-date outranks JSON-LD
  EXPECT_EQ(d.title, "Ld headline");
  EXPECT_EQ(d.outlet, "Ld Publisher");
}

TEST(HtmlFile, DeclaredLatin1IsTranscoded) {
  auto c = ReadAll({TestFile("latin1.html")});
  ASSERT_EQ(c.docs.size(), 1u) << (c.errors.empty() ? "" : c.errors[0].reason);
  EXPECT_EQ(c.docs[0].title, "Caf\xC3\xA9 shelled");
  EXPECT_EQ(c.docs[0].text,
            "The caf\xC3\xA9 near the market was hit by a shell \xE2\x80\x93 witnesses said \xE2\x80\x9Cnobody"
            "\xE2\x80\x9D was inside.");
}

TEST(ParseHtml, DateSources) {
  const std::string body = "<body><p>Enough words in this paragraph to be the article text here.</p></body>";
  auto date_of = [&](const std::string& head) {
    Result<Document> d = ParseHtml("<html><head>" + head + "</head>" + body + "</html>", ReadOptions(), "m");
    return d.ok() ? d->published : "ERROR " + d.status().message();
  };
  EXPECT_EQ(date_of(R"(<meta property="og:pubdate" content="2024-03-02">)"), "2024-03-02");
  EXPECT_EQ(date_of(R"(<meta name="DC.date" content="2024-03-03">)"), "2024-03-03");
  EXPECT_EQ(date_of(R"(<meta itemprop="datePublished" content="2024-03-04T01:00:00Z">)"), "2024-03-04");
  EXPECT_EQ(date_of(R"(<meta name="pubdate" content="March 5, 2024">)"), "2024-03-05");
  EXPECT_EQ(date_of(R"(<script type="application/ld+json">[{"@graph":[{"datePublished":"2024-03-06"}]}]</script>)"),
            "2024-03-06");
  EXPECT_EQ(date_of(R"(<script type="application/ld+json">{broken</script>)"), "");
  EXPECT_EQ(date_of(""), "");
  Result<Document> t = ParseHtml(
      "<body><nav><time datetime=\"2020-01-01\">x</time></nav><p>Enough words in this paragraph to count.</p>"
      "<time datetime=\"2024-03-07T10:00\">March 7</time></body>",
      ReadOptions(), "m");
  ASSERT_TRUE(t.ok());
  EXPECT_EQ(t->published, "2024-03-07");
}

TEST(ParseHtml, TitleFallsBackToTitleElementThenH1) {
  Result<Document> a = ParseHtml("<title> Page  title </title><h1>Heading</h1><p>Body paragraph with some words.</p>",
                                 ReadOptions(), "m");
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->title, "Page title");
  Result<Document> b = ParseHtml("<h1>Heading</h1><p>Body paragraph with some words.</p>", ReadOptions(), "m");
  ASSERT_TRUE(b.ok());
  EXPECT_EQ(b->title, "Heading");
  EXPECT_EQ(b->text, "Body paragraph with some words.");  // the heading that repeats the title is dropped
}

TEST(ParseHtml, ClassFilterThatEatsTheArticleIsUndone) {
  // A whole story inside a container whose class happens to mention sharing.
  std::string page = "<body><div class=\"story has-share-bar\">";
  for (int i = 0; i < 5; ++i) page += "<p>Paragraph of the story that carries enough words to matter here.</p>";
  page += "</div></body>";
  Result<Document> d = ParseHtml(page, ReadOptions(), "m");
  ASSERT_TRUE(d.ok()) << d.status().ToString();
  EXPECT_EQ(std::count(d->text.begin(), d->text.end(), '\n'), 4);
}

TEST(ParseHtml, Rejections) {
  EXPECT_EQ(ParseHtml("", ReadOptions(), "m").status().message(), "empty");
  EXPECT_EQ(ParseHtml("<html><body><script>x()</script></body></html>", ReadOptions(), "m").status().message(),
            "no article text found");
  EXPECT_EQ(ParseHtml("<p>caf\xE9 without a declared charset</p>", ReadOptions(), "m").status().message(),
            "invalid UTF-8 at byte 6");
  EXPECT_EQ(ParseHtml(std::string("<p>a\0b</p>", 10), ReadOptions(), "m").status().message(), "binary file");
}

// gumbo needs time quadratic in nesting depth: 200,000 nested divs took minutes before this check.
TEST(ParseHtml, HostileNestingIsRejectedQuickly) {
  std::string deep = "<html><body>";
  for (int i = 0; i < 200000; ++i) deep += "<div>";
  deep += "<p>Deep paragraph with a few words.</p></body></html>";
  EXPECT_EQ(ParseHtml(deep, ReadOptions(), "m").status().message(), "HTML nested more than 1000 levels deep");
  // Many unclosed paragraphs and list items are ordinary, not deep.
  std::string flat = "<html><body><div><ul>";
  for (int i = 0; i < 5000; ++i) flat += "<li>item<p>A paragraph that is never closed with enough words.<br>";
  flat += "</ul></div><!-- <div><div> --><script>if (a<b) { x = '<div>'; }</script></body></html>";
  EXPECT_TRUE(ParseHtml(flat, ReadOptions(), "m").ok());
}

TEST(Charset, DeclaredAndConverted) {
  EXPECT_EQ(DeclaredCharset("<meta charset=\"Windows-1252\">"), "windows-1252");
  EXPECT_EQ(DeclaredCharset("<meta http-equiv=content-type content='text/html; charset=ISO-8859-1'>"), "iso-8859-1");
  EXPECT_EQ(DeclaredCharset("<p>no declaration</p>"), "");
  EXPECT_EQ(ConvertCp1252ToUtf8("\x80 \xE9 \x9F"), "\xE2\x82\xAC \xC3\xA9 \xC5\xB8");
}

}  // namespace
}  // namespace sitrep::ingest
