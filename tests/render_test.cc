#include "annals/render.h"

#include <catch2/catch.hpp>

TEST_CASE("the page escapes text from articles", "[render]") {
  annals::Timeline t;
  t.title = "A <b>title</b>";
  t.pair = {"CHN", "USA"};
  annals::Entry e;
  e.id = "2015-12-01-x";
  e.date = "2015-09";
  e.qualifier = "late";
  e.title = "<script>alert(1)</script>";
  e.sources.push_back(
      {"a.txt", "2015-12-02", "", "", "late September", "<img src=x onerror=alert(1)>"});
  t.events.push_back(e);
  std::string html;
  std::vector<annals::Diagnostic> diagnostics;
  REQUIRE(annals::RenderTimelinePage(t, {}, &html, &diagnostics));
  CHECK(html.find("<script>alert") == std::string::npos);
  CHECK(html.find("&lt;script&gt;alert(1)&lt;/script&gt;") != std::string::npos);
  CHECK(html.find("<img src=x") == std::string::npos);
  CHECK(html.find("late Sep 2015") != std::string::npos);
  CHECK(html.find("<time datetime=\"2015-09\">") != std::string::npos);
}
