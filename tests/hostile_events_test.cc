// Hostile acts with a whole country as subject, threats, declarations
// signed, counts of days from an event named by a noun, and proposals that
// are no event held (issue 5, branch `events11`). The real resolver dates
// the sentences, published on Tuesday 19 September 2023. Every sentence is
// written for the test.
#include <memory>
#include <set>

#include <catch2/catch.hpp>

#include "annals/resolve.h"
#include "event_rules.h"
#include "event_test_util.h"

using namespace date::literals;

namespace {
using Codes = std::set<std::string>;

struct Fixture : annals::testing::ResolvedEventFixture {
  Fixture() : ResolvedEventFixture(2023_y / 9 / 19) {}
};

using Case = annals::testing::HeldCase;
using annals::testing::CheckHeldEvent;
}  // namespace

TEST_CASE("a whole country attacking the other is an incident between the two", "[hostile]") {
  const Case cases[] = {
      {"Armenia invaded Azerbaijan on Monday.", "incident", "190", "2023-09-18", {"ARM", "AZE"}},
      {"Azerbaijan fired two ballistic missiles at Armenian border posts on Sunday.",
       "incident",
       "190",
       "2023-09-17",
       {"ARM", "AZE"}},
      {"Azerbaijan launched a military offensive against Armenia on Monday.",
       "incident",
       "190",
       "2023-09-18",
       {"ARM", "AZE"}},
      {"Georgia cut off all communication lines with Russia on Friday.",
       "reduce-relations",
       "160",
       "2023-09-15",
       {"GEO", "RUS"}},
  };
  Fixture f;
  for (const Case& c : cases) CheckHeldEvent(f, c);
}

TEST_CASE("hostile verbs with one country stay out of the timeline", "[hostile]") {
  Fixture f;
  // Domestic news and a country's own tests name no second side.
  CHECK(f.Extract("Venezuela fired missiles during a military parade on Monday.").empty());
  CHECK(f.Extract("The army launched an offensive against rebels in Chad on Monday.").empty());
  // A third country reacting in another clause takes no part.
  for (const annals::Mention& m :
       f.Extract("Iran launched an offensive against Kurdish rebels on Monday, and Turkey "
                 "welcomed the move.")) {
    CHECK(m.actors != Codes{"IRN", "TUR"});
  }
}

TEST_CASE("a threat is an event of its own day, not of what it threatens", "[hostile]") {
  const Case cases[] = {
      {"Greece threatened on Sunday to veto Turkey's customs deal.",
       "warning",
       "130",
       "2023-09-17",
       {"GRC", "TUR"}},
      {"Ankara warned on Monday it would retaliate against Greece.",
       "warning",
       "130",
       "2023-09-18",
       {"GRC", "TUR"}},
      {"Egypt issued an ultimatum to Ethiopia on Friday.",
       "warning",
       "139",
       "2023-09-15",
       {"EGY", "ETH"}},
  };
  Fixture f;
  for (const Case& c : cases) CheckHeldEvent(f, c);
  // A third country's threat against both sides is no event between them.
  for (const annals::Mention& m :
       f.Extract("Bolivia threatened on Sunday to close its border with Peru and Chile.")) {
    CHECK(!(m.actors.count("CHL") && m.actors.count("PER")));
  }
}

TEST_CASE("a declaration signed by both sides is an agreement", "[hostile]") {
  Fixture f;
  CheckHeldEvent(f, {"Chile and Argentina signed the Santiago Declaration on Friday.",
                     "agreement",
                     "057",
                     "2023-09-15",
                     {"ARG", "CHL"}});
  // Named in passing, with no signing verb, a declaration is no event.
  CHECK(f.Extract("Chile and Argentina both cited the Santiago Declaration on Monday.").empty());
}

TEST_CASE("a count of days from an event named by a noun needs that event's day", "[hostile]") {
  Fixture f;
  // The talks were never dated: the expulsion gets no day from the count,
  // and the talks are not made a plan for the day after publication.
  for (const annals::Mention& m :
       f.Extract("A day after talks in Lima, Chile expelled a Peruvian diplomat.")) {
    CHECK(m.date != "2023-09-20");
    CHECK(m.status != "planned");
  }
  // Dated in the sentence before, the talks lend the recall their day plus two.
  auto m = f.Extract(
      "Chile and Peru held talks in Quito on Friday. Two days after the talks, Chile recalled "
      "its ambassador to Peru.");
  bool recall = false;
  for (const annals::Mention& x : m) {
    if (x.type != "recall") continue;
    recall = true;
    CHECK(x.date == "2023-09-17");
    CHECK(x.status == "held");
  }
  CHECK(recall);
}

TEST_CASE("a proposal or an offer is no event held", "[hostile]") {
  Fixture f;
  CHECK(f.Extract("Ethiopia on Monday proposed talks with Eritrea.").empty());
  CHECK(f.Extract("Eritrea offered on Friday to meet Ethiopian officials.").empty());
  // What was held still is.
  CHECK(f.Extract("Eritrea met Ethiopian officials on Friday.").size() == 1);
}
