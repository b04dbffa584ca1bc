// A visit named in the headline and dated in the lead (issue 5). Every
// sentence is written for the test.
#include <algorithm>
#include <set>

#include <catch2/catch.hpp>

#include "event_rules.h"
#include "event_test_util.h"

using namespace date::literals;

namespace {

using Codes = std::set<std::string>;

// Published on Monday 11 September 2023; the headline kept apart from the
// body, as ingest does.
std::vector<annals::Mention> Visits(const std::string& headline, const std::string& body,
                                    const std::vector<annals::testing::Timex>& times) {
  annals::testing::EventFixture f(2023_y / 9 / 11);
  annals::Article article = annals::testing::MakeArticle("a.txt", f.published, body);
  article.title = headline;
  std::vector<annals::Mention> found =
      f.rules.Extract(article, annals::testing::Times(body, times), f.actors);
  std::erase_if(found, [](const annals::Mention& m) { return m.family != "visit"; });
  return found;
}

}  // namespace

TEST_CASE("a lead opening with an abbreviation keeps its dated visit", "[headline_visit]") {
  // "U.S." opens the lead like a dateline in capitals, and the hyphen of
  // "two-day" is no dateline dash: the visit before it stays in the text.
  auto m = Visits("Fenwick lands in Ghana",
                  "U.S. Secretary of State Alan Fenwick arrived in Ghana on Sunday for a two-day "
                  "visit.",
                  {{"Sunday", "2023-09-10"}});
  REQUIRE_FALSE(m.empty());
  bool dated = std::any_of(m.begin(), m.end(), [](const annals::Mention& v) {
    return v.first == date::sys_days(2023_y / 9 / 10) && v.actors == Codes{"GHA", "USA"};
  });
  CHECK(dated);

  // A real dateline still ends at its dash.
  m = Visits("Fenwick lands in Ghana",
             "ACCRA - U.S. Secretary of State Alan Fenwick arrived in Ghana on Sunday for a "
             "two-day visit.",
             {{"Sunday", "2023-09-10"}});
  dated = std::any_of(m.begin(), m.end(), [](const annals::Mention& v) {
    return v.first == date::sys_days(2023_y / 9 / 10) && v.actors == Codes{"GHA", "USA"};
  });
  CHECK(dated);
}
