#include "annals/render.h"

#include <sys/stat.h>

#include <catch2/catch.hpp>

#include "test_util.h"

namespace {

using annals::Diagnostic;
using annals::Entry;
using annals::Source;
using annals::Timeline;

Entry MakeEntry(const std::string& id, const std::string& date, const std::string& title,
                const std::string& status = "held", const std::string& type = "visit") {
  Entry e;
  e.id = id;
  e.date = date;
  e.title = title;
  e.status = status;
  e.type = type;
  return e;
}

Timeline Sample() {
  Timeline t;
  t.title = "China–United States";
  t.pair = {"CHN", "USA"};
  Entry visit =
      MakeEntry("2015-09-state-visit", "2015-09", "Xi's state visit", "held", "state-visit");
  visit.qualifier = "late";
  visit.people = {"Xi Jinping", "Barack Obama"};
  visit.place = "Washington";
  visit.sources.push_back({"a/xinhua.txt", "2015-12-02", "Xinhua", "https://example.com/a",
                           "late September", "Xi paid a state visit in late September."});
  t.events.push_back(visit);
  t.events.push_back(
      MakeEntry("2015-w49-paris", "2015-W49", "Meeting in Paris", "held", "meeting"));
  t.events.push_back(
      MakeEntry("2016-06-dialogue", "2016-06", "Next dialogue", "planned", "dialogue"));
  t.events.push_back(
      MakeEntry("2015-12-01-dialogue", "2015-12-01", "First dialogue", "held", "dialogue"));
  t.events.push_back(MakeEntry("2016-talks", "2016", "Talks called off", "cancelled", "talks"));
  return t;
}

std::string Render(const Timeline& t, const annals::RenderOptions& options = {}) {
  std::string html;
  std::vector<Diagnostic> diagnostics;
  REQUIRE(annals::RenderTimelinePage(t, options, &html, &diagnostics));
  CHECK(diagnostics.empty());
  return html;
}

size_t Count(const std::string& text, const std::string& what) {
  size_t n = 0;
  for (size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

}  // namespace

TEST_CASE("the page escapes text from articles", "[render]") {
  Timeline t;
  t.title = "A <b>title</b>";
  t.pair = {"CHN", "USA"};
  Entry e = MakeEntry("2015-12-01-x", "2015-09", "<script>alert(1)</script>");
  e.qualifier = "late";
  e.place = "\"><img src=x onerror=alert(2)>";
  e.sources.push_back({"a.txt", "2015-12-02", "Out<let>", "javascript:alert(3)", "late September",
                       "<img src=x onerror=alert(1)> in late September & after"});
  t.events.push_back(e);
  std::string html = Render(t);
  CHECK(html.find("<script>alert") == std::string::npos);
  CHECK(html.find("&lt;script&gt;alert(1)&lt;/script&gt;") != std::string::npos);
  CHECK(html.find("<img") == std::string::npos);
  CHECK(
      html.find("&lt;img src=x onerror=alert(1)&gt; in <mark>late September</mark> &amp; after") !=
      std::string::npos);
  CHECK(html.find("<b>title") == std::string::npos);
  CHECK(html.find("<title>A &lt;b&gt;title&lt;/b&gt; · annals</title>") != std::string::npos);
  // A javascript: URL is not a link.
  CHECK(html.find("javascript:") == std::string::npos);
  CHECK(html.find("Out&lt;let&gt;") != std::string::npos);
  CHECK(html.find("late Sep 2015") != std::string::npos);
  CHECK(html.find("<time datetime=\"2015-09\" title=\"2015-09\">late Sep 2015</time>") !=
        std::string::npos);
}

TEST_CASE("entries are grouped by year and month in date order", "[render]") {
  std::string html = Render(Sample());
  size_t y2015 = html.find("<h2 id=\"y2015-h\">2015");
  size_t sep = html.find("<h3 id=\"m2015-09-h\">September 2015</h3>");
  size_t nov = html.find("<h3 id=\"m2015-11-h\">November 2015</h3>");  // week 49 starts 30 Nov
  size_t dec = html.find("<h3 id=\"m2015-12-h\">December 2015</h3>");
  size_t y2016 = html.find("<h2 id=\"y2016-h\">2016");
  size_t during = html.find("<h3 id=\"m2016-h\">During 2016</h3>");
  size_t june = html.find("<h3 id=\"m2016-06-h\">June 2016</h3>");
  REQUIRE(y2015 != std::string::npos);
  REQUIRE(sep != std::string::npos);
  REQUIRE(nov != std::string::npos);
  REQUIRE(dec != std::string::npos);
  REQUIRE(y2016 != std::string::npos);
  REQUIRE(during != std::string::npos);
  REQUIRE(june != std::string::npos);
  CHECK(y2015 < sep);
  CHECK(sep < nov);
  CHECK(nov < dec);
  CHECK(dec < y2016);
  // The whole year starts on 1 January, so it comes before June.
  CHECK(y2016 < during);
  CHECK(during < june);
  CHECK(html.find("id=\"2015-12-01-dialogue\"") > dec);
  CHECK(Count(html, "<li class=\"entry ") == 5);
  // The year jump list links every year.
  CHECK(html.find("<a href=\"#y2015\">2015</a>") != std::string::npos);
  CHECK(html.find("<a href=\"#y2016\">2016</a>") != std::string::npos);
}

TEST_CASE("dates are shown honestly with their status", "[render]") {
  std::string html = Render(Sample());
  CHECK(html.find(">week of 30 Nov 2015</time>") != std::string::npos);
  CHECK(html.find("<time datetime=\"2015-W49\"") != std::string::npos);
  CHECK(html.find("<time datetime=\"2015-12-01\" title=\"2015-12-01\">1 Dec 2015</time>") !=
        std::string::npos);
  CHECK(html.find("Jun 2016</time> <span class=\"status-note\">· planned</span>") !=
        std::string::npos);
  CHECK(html.find("<span class=\"status-note\">· cancelled</span>") != std::string::npos);
  CHECK(html.find("class=\"entry status-planned\" id=\"2016-06-dialogue\"") != std::string::npos);
  CHECK(html.find("class=\"entry status-cancelled\" id=\"2016-talks\"") != std::string::npos);
}

TEST_CASE("the page shows the pair, span, counts, people, place and sources", "[render]") {
  std::string html = Render(Sample());
  CHECK(html.find("<h1>China–United States</h1>") != std::string::npos);
  CHECK(html.find("<time datetime=\"2015-09\">Sep 2015 – Dec 2016</time>") != std::string::npos);
  CHECK(html.find("5 entries") != std::string::npos);
  CHECK(html.find("<span class=\"badge\" data-type=\"dialogue\">dialogue</span> <span "
                  "class=\"n\">2</span>") != std::string::npos);
  CHECK(html.find("<span class=\"badge\" data-type=\"state-visit\">state visit</span>") !=
        std::string::npos);
  CHECK(html.find("<dd>Xi Jinping, Barack Obama</dd>") != std::string::npos);
  CHECK(html.find("<dd>Washington</dd>") != std::string::npos);
  CHECK(html.find("<a href=\"https://example.com/a\" rel=\"noopener noreferrer\">Xinhua</a>") !=
        std::string::npos);
  CHECK(html.find("<time datetime=\"2015-12-02\">2 Dec 2015</time>") != std::string::npos);
  CHECK(html.find("Xi paid a state visit in <mark>late September</mark>.") != std::string::npos);
  CHECK(html.find("<a class=\"permalink\" href=\"#2015-09-state-visit\"") != std::string::npos);
}

TEST_CASE("the page is self-contained and usable without script", "[render]") {
  std::string html = Render(Sample());
  CHECK(html.find("<link") == std::string::npos);
  CHECK(html.find(" src=") == std::string::npos);
  CHECK(html.find("@import") == std::string::npos);
  CHECK(html.find("url(") == std::string::npos);
  CHECK(html.find("Content-Security-Policy\" content=\"default-src 'none'") != std::string::npos);
  // The controls only appear when the script runs; entries need no script.
  CHECK(
      html.find("<form class=\"filters\" role=\"search\" aria-label=\"Filter entries\" hidden>") !=
      std::string::npos);
  CHECK(html.find("<label for=\"annals-search\">Search</label>") != std::string::npos);
  CHECK(html.find("<input type=\"checkbox\" name=\"status\" value=\"planned\" checked>") !=
        std::string::npos);
  CHECK(html.find("<main id=\"timeline\"") != std::string::npos);
  CHECK(html.find("@media print") != std::string::npos);
  CHECK(html.find("prefers-color-scheme: dark") != std::string::npos);
}

TEST_CASE("an empty timeline renders a page that says so", "[render]") {
  Timeline t;
  t.title = "Nothing yet";
  t.pair = {"FRA", "DEU"};
  std::string html = Render(t);
  CHECK(html.find("This timeline has no entries yet.") != std::string::npos);
  CHECK(html.find("0 entries") != std::string::npos);
}

TEST_CASE("a custom theme replaces templates and keeps the rest", "[render]") {
  annals::testing::TempDir dir("theme");
  dir.Write("timeline.mustache",
            "<h1>{{timeline_title}}</h1>{{#years}}{{#months}}{{#entries}}"
            "{{> entry}}{{/entries}}{{/months}}{{/years}}");
  dir.Write("entry.mustache", "[{{display_date}}|{{entry_title}}]");
  annals::RenderOptions options;
  options.templates_dir = dir.path();
  std::string html = Render(Sample(), options);
  CHECK(html.rfind("<h1>China–United States</h1>[late Sep 2015|Xi&apos;s state visit]", 0) == 0);
}

TEST_CASE("delimiters a partial sets stay inside that partial", "[render]") {
  annals::testing::TempDir dir("delimtheme");
  annals::RenderOptions options;
  options.templates_dir = dir.path();
  // The partial switches to <% %>; the page's own tags after it still work.
  dir.Write("timeline.mustache",
            "{{#years}}{{#months}}{{#entries}}{{> entry}};{{/entries}}{{/months}}{{/years}}"
            "<p>{{timeline_title}}</p>");
  dir.Write("entry.mustache", "{{=<% %>=}}<%entry_title%> {{not a tag}}");
  std::string html = Render(Sample(), options);
  CHECK(html.find("Xi&apos;s state visit {{not a tag}};") != std::string::npos);
  CHECK(html.find("<p>China–United States</p>") != std::string::npos);

  // A page that has changed its own delimiters includes with them, and the
  // partial still starts from the standard ones.
  dir.Write("timeline.mustache",
            "{{=[ ]=}}[#years][#months][#entries][> entry]|[/entries][/months][/years]"
            "<p>[timeline_title]</p>");
  dir.Write("entry.mustache", "{{entry_title}}");
  html = Render(Sample(), options);
  CHECK(html.find("Xi&apos;s state visit|") != std::string::npos);
  CHECK(html.find("<p>China–United States</p>") != std::string::npos);
}

TEST_CASE("template errors name the template file, line and column", "[render]") {
  annals::testing::TempDir dir("badtheme");
  std::string path = dir.Write("timeline.mustache", "<html>\n<body>\n  {{#years}}\n</body>\n");
  annals::RenderOptions options;
  options.templates_dir = dir.path();
  std::string html;
  std::vector<Diagnostic> diagnostics;
  CHECK_FALSE(annals::RenderTimelinePage(Sample(), options, &html, &diagnostics));
  REQUIRE(diagnostics.size() == 1);
  CHECK(diagnostics[0].ToString() ==
        path + ":3:3: error: template error: Unclosed section \"years\"");

  dir.Write("timeline.mustache", "ok");
  std::string partial = dir.Write("entry.mustache", "line one\n{{title\n");
  diagnostics.clear();
  CHECK_FALSE(annals::RenderTimelinePage(Sample(), options, &html, &diagnostics));
  REQUIRE(diagnostics.size() == 1);
  CHECK(diagnostics[0].ToString() == partial + ":2:1: error: template error: Unclosed tag");
}

TEST_CASE("a partial that includes itself is an error, not a crash", "[render]") {
  annals::testing::TempDir dir("looptheme");
  dir.Write("timeline.mustache", "{{> entry}}");
  std::string partial = dir.Write("entry.mustache", "x\n {{> entry}}");
  annals::RenderOptions options;
  options.templates_dir = dir.path();
  std::string html;
  std::vector<Diagnostic> diagnostics;
  CHECK_FALSE(annals::RenderTimelinePage(Sample(), options, &html, &diagnostics));
  REQUIRE(diagnostics.size() == 1);
  CHECK(diagnostics[0].ToString() ==
        partial + ":2:2: error: template error: partial \"entry\" includes itself");
}

TEST_CASE("hostile templates are errors, not crashes or blow-ups", "[render]") {
  annals::testing::TempDir dir("hostiletheme");
  annals::RenderOptions options;
  options.templates_dir = dir.path();
  std::string html;
  std::vector<Diagnostic> diagnostics;
  // A partial tag with a 200,000-byte name (a std::regex used to overflow
  // the stack on it): an unknown partial renders as nothing.
  dir.Write("timeline.mustache", "a{{> " + std::string(200000, 'p') + "}}b");
  CHECK(annals::RenderTimelinePage(Sample(), options, &html, &diagnostics));
  CHECK(html == "ab");
  // An error message quoting a long name is still placed at its line.
  std::string path =
      dir.Write("timeline.mustache", "x\n{{#" + std::string(200000, 's') + "}} never closed");
  diagnostics.clear();
  CHECK_FALSE(annals::RenderTimelinePage(Sample(), options, &html, &diagnostics));
  REQUIRE(diagnostics.size() == 1);
  CHECK(diagnostics[0].ToString().rfind(path + ":2:1: error: template error: Unclosed section",
                                        0) == 0);
  // Sections 20,000 deep: kainjow would need gigabytes. The 101st opens at
  // column 601.
  std::string deep;
  for (int i = 0; i < 20000; ++i) deep += "{{#a}}";
  for (int i = 0; i < 20000; ++i) deep += "{{/a}}";
  path = dir.Write("timeline.mustache", deep);
  diagnostics.clear();
  CHECK_FALSE(annals::RenderTimelinePage(Sample(), options, &html, &diagnostics));
  REQUIRE(diagnostics.size() == 1);
  CHECK(diagnostics[0].ToString() ==
        path + ":1:601: error: template error: sections nested more than 100 deep");
  // Partials that each include the next ten times: 10^9 copies.
  dir.Write("timeline.mustache", "{{> p1}}");
  for (int i = 1; i <= 9; ++i) {
    std::string text;
    for (int k = 0; k < 10; ++k) text += "{{> p" + std::to_string(i + 1) + "}}";
    dir.Write("p" + std::to_string(i) + ".mustache", text + "x");
  }
  diagnostics.clear();
  CHECK_FALSE(annals::RenderTimelinePage(Sample(), options, &html, &diagnostics));
  REQUIRE_FALSE(diagnostics.empty());
  CHECK(diagnostics[0].message.find("too large with its partials in place") != std::string::npos);
}

TEST_CASE("a theme file that is a FIFO is an error, not a blocked read", "[render]") {
  annals::testing::TempDir dir("fifotheme");
  std::string fifo = dir.path() + "/entry.mustache";
  REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
  annals::RenderOptions options;
  options.templates_dir = dir.path();
  std::string html;
  std::vector<Diagnostic> diagnostics;
  CHECK_FALSE(annals::RenderTimelinePage(Sample(), options, &html, &diagnostics));
  REQUIRE(diagnostics.size() == 1);
  CHECK(diagnostics[0].ToString() == fifo + ": error: not a regular file");
}

TEST_CASE("a missing templates folder is reported", "[render]") {
  annals::RenderOptions options;
  options.templates_dir = "/nonexistent/theme";
  std::string html;
  std::vector<Diagnostic> diagnostics;
  CHECK_FALSE(annals::RenderTimelinePage(Sample(), options, &html, &diagnostics));
  REQUIRE(diagnostics.size() == 1);
  CHECK(diagnostics[0].ToString() == "/nonexistent/theme: error: templates folder not found");
}

TEST_CASE("render writes index.html and the CLI reports bad input", "[render]") {
  annals::testing::TempDir dir("rendercli");
  std::string yaml = dir.Write("t.yaml",
                               "annals: 1\ntitle: T\npair: [CHN, USA]\nevents:\n"
                               "  - id: a\n    date: 2015-12-01\n    status: held\n"
                               "    type: dialogue\n    title: A <dialogue>\n");
  auto result = annals::testing::RunAnnals({"render", yaml, "-o", dir.path() + "/site"});
  CHECK(result.exit_code == 0);
  CHECK(dir.Read("site/index.html").find("A &lt;dialogue&gt;") != std::string::npos);

  dir.Write("bad/timeline.mustache", "{{#x}}");
  result = annals::testing::RunAnnals(
      {"render", yaml, "-o", dir.path() + "/site2", "--templates", dir.path() + "/bad"});
  CHECK(result.exit_code == 1);
  CHECK(result.err.find("/bad/timeline.mustache:1:1: error: template error:") != std::string::npos);
  CHECK_FALSE(std::filesystem::exists(dir.path() + "/site2/index.html"));
}

TEST_CASE("an entry without a type is filed under other", "[render]") {
  Timeline t;
  t.title = "T";
  t.pair = {"CHN", "USA"};
  t.events.push_back(MakeEntry("x", "2015-12-01", "Something", "held", ""));
  std::string html = Render(t);
  CHECK(html.find("<input type=\"checkbox\" name=\"type\" value=\"other\" checked>") !=
        std::string::npos);
  CHECK(html.find("data-type=\"other\" data-status=\"held\"") != std::string::npos);
}

TEST_CASE("render and publish refuse an empty output folder", "[render]") {
  CHECK(annals::testing::RunAnnals({"render", "t.yaml", "-o", ""}).exit_code == 2);
  CHECK(annals::testing::RunAnnals({"publish", "timelines", "-o", ""}).exit_code == 2);
}
