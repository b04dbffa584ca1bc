// Conflict and relations language, plural participants and the types of
// measures (issue 5, second pass): each case a short sentence written for
// the test.
#include <algorithm>

#include <catch2/catch.hpp>

#include "event_rules.h"
#include "event_test_util.h"

using namespace date::literals;
using annals::testing::MakeArticle;
using annals::testing::Times;

namespace {
struct Fixture {
  annals::ActorLexicon actors;
  annals::EventRules rules;
  Fixture() {
    annals::Diagnostic error;
    REQUIRE(actors.Load(&error));
    REQUIRE(rules.Load(&error));
  }
  std::vector<annals::Mention> Extract(const std::string& body,
                                       const std::vector<annals::testing::Timex>& times) {
    annals::Article a = MakeArticle("a.txt", 2021_y / 3 / 10, body);
    return rules.Extract(a, Times(body, times), actors);
  }
};

using Actors = std::set<std::string>;
}  // namespace

TEST_CASE("debug", "[conflict]") {
  Fixture f;
  auto m = f.Extract("The United States criticized Cuba. Cuba on Wednesday ordered a U.S. diplomat to leave.", {{"Wednesday", "2021-03-10"}});
  for (auto& x : m) WARN(x.type << " " << x.date << " " << x.actors.size());
  auto n = f.Extract("Chinese Foreign Minister Wang Yi spoke with Indian External Affairs Minister Subrahmanyam Jaishankar about the border. They held their first meeting in Moscow on Friday.", {{"Friday", "2021-03-05"}});
  for (auto& x : n) { WARN(x.type << " " << x.date << " " << x.actors.size()); for (auto&a: x.actors) WARN(a);}
}
