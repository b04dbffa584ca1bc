#include "html_extract.h"

#include <catch2/catch.hpp>

namespace {

const annals::IngestLexicon& Lex() {
  std::string err;
  const annals::IngestLexicon* lex = annals::GetIngestLexicon(&err);
  REQUIRE(lex);
  return *lex;
}

const char* const kProse =
    "The delegation arrived in the capital on Monday for three days of talks on trade and on the "
    "security of the border, the first such visit in more than a decade.";

}  // namespace

TEST_CASE("scripts, styles, comments and hidden parts never reach the text", "[ingest][html]") {
  annals::HtmlExtract h;
  annals::ExtractHtml(std::string("<html><head><title>T</title><style>p{}</style></head><body>"
                                  "<script>document.write('<p>x</p>')</script><!-- <p>old</p> -->"
                                  "<div hidden><p>") +
                          kProse + "</p></div><div aria-hidden=\"true\">" + kProse + "</div><p>" +
                          kProse + "</p><svg><text>icon</text></svg></body></html>",
                      Lex(), &h);
  CHECK(h.paragraphs == std::vector<std::string>{kProse});
}

TEST_CASE("a link list is not the story, however long", "[ingest][html]") {
  std::string links;
  for (int i = 0; i < 10; ++i) links += "<a href=\"/x\">A long headline of another story</a> ";
  annals::HtmlExtract h;
  annals::ExtractHtml("<body><div>" + links + "</div><p>" + kProse + "</p></body>", Lex(), &h);
  CHECK(h.paragraphs == std::vector<std::string>{kProse});
}

TEST_CASE("a chrome class is ignored on a wrapper holding most of the page", "[ingest][html]") {
  annals::HtmlExtract h;
  annals::ExtractHtml(std::string("<body><div class=\"layout-with-sidebar\"><p>") + kProse +
                          "</p><p>" + kProse + "</p></div><div class=\"sidebar\"><p>" + kProse +
                          " Sidebar.</p></div></body>",
                      Lex(), &h);
  CHECK(h.paragraphs == std::vector<std::string>{kProse, kProse});
}

TEST_CASE("title from og:title, <h1> or <title> minus the site name", "[ingest][html]") {
  annals::HtmlExtract h;
  annals::ExtractHtml(
      "<head><title>Talks resume | Example News</title><meta property=\"og:site_name\" "
      "content=\"Example News\"></head>",
      Lex(), &h);
  CHECK(h.title == "Talks resume");
  CHECK(h.site_name == "Example News");
  annals::ExtractHtml(
      "<head><title>Example News - Talks resume in the capital</title><meta "
      "property=\"og:site_name\" content=\"Example News\"></head>",
      Lex(), &h);
  CHECK(h.title == "Talks resume in the capital");
  annals::ExtractHtml("<head><title>Site</title></head><body><h1>Envoys meet</h1></body>", Lex(),
                      &h);
  CHECK(h.title == "Envoys meet");
  annals::ExtractHtml("<head><meta property=\"og:title\" content=\"From OG\"><title>X</title>",
                      Lex(), &h);
  CHECK(h.title == "From OG");
}

TEST_CASE("date candidates in their order of strength", "[ingest][html]") {
  annals::HtmlExtract h;
  annals::ExtractHtml(
      "<head><meta name=\"pubdate\" content=\"2015-01-02\"><script "
      "type=\"application/ld+json\">{\"datePublished\": \"2015-01-01\"}</script></head>"
      "<body><time datetime=\"2015-01-03\">x</time></body>",
      Lex(), &h);
  CHECK(h.dates ==
        std::vector<std::pair<std::string, std::string>>{
            {"json-ld", "2015-01-01"}, {"meta", "2015-01-02"}, {"time-element", "2015-01-03"}});
}

TEST_CASE("a page's modified time is kept apart from its publication dates", "[ingest][html]") {
  annals::HtmlExtract h;
  annals::ExtractHtml(
      "<head><meta property=\"article:modified_time\" content=\"2015-01-09\">"
      "<meta property=\"article:published_time\" content=\"2015-01-02\"></head>",
      Lex(), &h);
  CHECK(h.dates == std::vector<std::pair<std::string, std::string>>{{"meta", "2015-01-02"}});
  CHECK(h.updated_date == "2015-01-09");
  annals::ExtractHtml("<head><meta property=\"og:updated_time\" content=\"2015-01-10\"></head>",
                      Lex(), &h);
  CHECK(h.dates.empty());
  CHECK(h.updated_date == "2015-01-10");
}

TEST_CASE("broken HTML does not crash", "[ingest][html]") {
  annals::HtmlExtract h;
  annals::ExtractHtml("<p>unclosed <b><i>tags <script>never closed", Lex(), &h);
  annals::ExtractHtml("", Lex(), &h);
  annals::ExtractHtml("<<<>>><!--", Lex(), &h);
  CHECK(h.paragraphs.empty());
  std::string deep;
  for (int i = 0; i < 1500; ++i) deep += "<div>";
  annals::ExtractHtml(std::string("<p>") + kProse + "</p>" + deep + "x", Lex(), &h);
  CHECK(h.paragraphs == std::vector<std::string>{kProse});
  // Nesting so deep that parsing would take minutes is refused, not attempted.
  for (int i = 0; i < 97000; ++i) deep += "<div>";
  annals::ExtractHtml(deep, Lex(), &h);
  CHECK(h.problem == "the page nests elements thousands deep; its HTML was not read");
  CHECK(h.paragraphs.empty());
}

TEST_CASE("a story in short paragraphs is still found", "[ingest][html]") {
  const std::string a = "The envoys met on Monday and said that the talks had gone well for both.";
  const std::string b = "They will meet again in the spring, an official said after the talks.";
  annals::HtmlExtract h;
  annals::ExtractHtml("<body><ul><li><a href=/>Home</a></li></ul><div><p>" + a + "</p><p>" + b +
                          "</p></div><div class=\"promo\"><p>" + a + "</p></div></body>",
                      Lex(), &h);
  CHECK(h.paragraphs == std::vector<std::string>{a, b});
  annals::ExtractHtml("<body><article><p>" + a + "</p><p>" + b +
                          "</p></article><div><p>A short teaser that is not the story at "
                          "all.</p></div></body>",
                      Lex(), &h);
  CHECK(h.paragraphs == std::vector<std::string>{a, b});
}
