// Third parties and gatherings of others (issue 5, branch scope22): a visit
// to a third state, a deal of a counted crowd, measures of an international
// body, violence of armed groups and conferences abroad are no events
// between the article's two states. The real resolver dates
// the sentences, published on Thursday 14 March 2024. Every sentence is
// written for the test.
#include <algorithm>
#include <set>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "event_test_util.h"

namespace {

using Fixture = annals::testing::SentenceTestFixture;
constexpr auto CheckAll = annals::testing::CheckHeldOnTestDay;
constexpr auto Between = annals::testing::AnyBetween;

}  // namespace

TEST_CASE("a visit to a third state is no visit of the pair", "[scope22]") {
  Fixture f;
  CHECK_FALSE(Between(f.Extract("Peru's president began a five-day state visit to Brazil on "
                                "Monday, breaking with the habit of making Santiago the first "
                                "port of call."),
                      "CHL", "PER"));
  CHECK_FALSE(Between(f.Extract("President Vega of Norway began a visit to Sweden on Tuesday, "
                                "skipping Nairobi for the first time in ten years."),
                      "KEN", "NOR"));
  // The visitor and the host stay.
  CHECK(Between(f.Extract("Peru's president began a five-day state visit to Brazil on Monday, "
                          "breaking with the habit of making Santiago the first port of call."),
                "BRA", "PER"));
  CheckAll({
      {"Peru's president began a state visit to Chile on Monday, meeting business leaders in "
       "Santiago.",
       "state-visit",
       "042",
       "2024-03-11",
       {"CHL", "PER"}},
  });
}

TEST_CASE("a deal or talks among a counted crowd are not bilateral", "[scope22]") {
  Fixture f;
  CHECK_FALSE(Between(f.Extract("Fishing fleets sailed on Tuesday under the fisheries accord "
                                "reached in Geneva in July between Peru and five Pacific powers, "
                                "Chile among them."),
                      "CHL", "PER"));
  CHECK_FALSE(Between(f.Extract("Ghana and Togo signed on Monday a customs agreement among "
                                "seven West African states."),
                      "GHA", "TGO"));
  CheckAll({
      {"Peru and Chile signed a fisheries agreement in Geneva on Tuesday between the two "
       "neighbours.",
       "agreement",
       "057",
       "2024-03-12",
       {"CHL", "PER"}},
  });
}

TEST_CASE("sanctions an international body imposed are not the backer's", "[scope22]") {
  Fixture f;
  CHECK_FALSE(Between(f.Extract("Chile still backs the sanctions the Security Council imposed "
                                "over Peru's missile programme, the latest of them adopted on "
                                "March 4."),
                      "CHL", "PER"));
  CHECK_FALSE(Between(f.Extract("Kenya on Monday called for an end to the sanctions imposed by "
                                "the United Nations on Norway."),
                      "KEN", "NOR"));
  CheckAll({
      {"Chile imposed sanctions on Peru on Monday.",
       "sanction",
       "163",
       "2024-03-11",
       {"CHL", "PER"}},
  });
}

TEST_CASE("violence of an armed group has no state as its doer", "[scope22]") {
  Fixture f;
  CHECK_FALSE(Between(f.Extract("Chile said on Tuesday that gunmen shot dead 12 people in Lima "
                                "on Monday, the worst attack on Peru since 2013."),
                      "CHL", "PER"));
  CHECK_FALSE(Between(f.Extract("A Norwegian report on Friday named the militants who killed 67 "
                                "people at a Nairobi shopping centre in 2013."),
                      "KEN", "NOR"));
  CheckAll({
      {"Chilean troops shot dead two Peruvian fishermen on Monday.",
       "incident",
       "190",
       "2024-03-11",
       {"CHL", "PER"}},
  });
}

TEST_CASE("a conference in a third country is no gathering of the pair", "[scope22]") {
  Fixture f;
  CHECK_FALSE(Between(f.Extract("Peru protested on Tuesday, after Chile offered the blocks to "
                                "investors at a conference in London on March 4."),
                      "CHL", "PER"));
  CHECK_FALSE(Between(f.Extract("Kenya and Norway attended an energy conference in Berlin on "
                                "Monday."),
                      "KEN", "NOR"));
}

TEST_CASE("a thing welcomed hosts no one: it is praise", "[scope22]") {
  Fixture f;
  // Merged with speech22: the decision welcomed is a statement of the two,
  // never a visit hosted.
  for (const char* text : {"Peru's president welcomed Chile's decision in an address in Lima on "
                           "Tuesday.",
                           "Ghana's president welcomed the Togolese plan on Monday."}) {
    auto m = f.Extract(text);
    CHECK(std::none_of(m.begin(), m.end(), [](const annals::Mention& x) {
      return x.type == "hosting" || x.type == "visit";
    }));
    CHECK(std::any_of(m.begin(), m.end(), [](const annals::Mention& x) {
      return x.type == "statement" && x.actors.size() == 2;
    }));
  }
  CheckAll({
      {"Peru's president welcomed the Chilean foreign minister in Lima on Tuesday.",
       "hosting",
       "043",
       "2024-03-12",
       {"CHL", "PER"}},
  });
}

TEST_CASE("a meeting of a body at home or with private people is no meeting of the pair",
          "[scope22]") {
  Fixture f;
  CHECK_FALSE(Between(f.Extract("Peru's cabinet discussed the Chilean move at a meeting on "
                                "Tuesday."),
                      "CHL", "PER"));
  CHECK_FALSE(Between(f.Extract("Kenya's parliament debated the Norwegian offer at an emergency "
                                "meeting on Monday."),
                      "KEN", "NOR"));
  CHECK_FALSE(Between(f.Extract("Chile's president spoke about Peru at a meeting with business "
                                "leaders in Santiago on Tuesday."),
                      "CHL", "PER"));
  CheckAll({
      {"Peru's foreign minister discussed fishing at a meeting with his Chilean counterpart on "
       "Tuesday.",
       "meeting",
       "043",
       "2024-03-12",
       {"CHL", "PER"}},
  });
}

TEST_CASE("a trip told in the past perfect is a visit held, at its destination", "[scope22]") {
  Fixture f;
  {
    auto found = f.Extract(
        "Chilean Foreign Minister Pablo Soto had flown to Lima on June 5 to "
        "try to settle the quarrel with Peru, without success.");
    REQUIRE(found.size() == 1);
    CHECK(found[0].type == "visit");
    CHECK(found[0].date == "2023-06-05");
    CHECK(found[0].status == "held");
    CHECK(found[0].place == "Lima");
  }
  {
    auto found = f.Extract("Kenya's foreign minister had travelled to Oslo on June 5.");
    REQUIRE(found.size() == 1);
    CHECK(found[0].date == "2023-06-05");
    CHECK(found[0].status == "held");
    CHECK(found[0].place == "Oslo");
  }
  {
    // A plan told ahead stays a plan.
    auto found = f.Extract("Ghana's foreign minister will fly to Lome on June 5.");
    REQUIRE(found.size() == 1);
    CHECK(found[0].date == "2024-06-05");
    CHECK(found[0].status == "planned");
  }
}

TEST_CASE("talks named as the subject are the two the sentence before named, at their place",
          "[scope22]") {
  Fixture f;
  {
    auto found = f.Extract(
        "Chile and Peru agreed on Saturday to reopen the border. The second "
        "round of talks, held in Lima on Friday, agreed to set up a joint "
        "commission.");
    REQUIRE(found.size() == 1);
    CHECK(found[0].type == "talks");
    CHECK(found[0].date == "2024-03-08");
    CHECK(found[0].place == "Lima");
    CHECK(found[0].actors == std::set<std::string>{"CHL", "PER"});
  }
  // Three states before: no pair to take.
  CHECK_FALSE(Between(f.Extract("Chile, Bolivia and Peru agreed on Saturday to reopen the border. "
                                "The talks, held in Lima on Friday, set up a commission."),
                      "CHL", "PER"));
}

TEST_CASE("people shot are an incident at the town named", "[scope22]") {
  Fixture f;
  {
    auto found = f.Extract("Chilean police shot two Peruvian men in Arica on Monday.");
    REQUIRE(found.size() == 1);
    CHECK(found[0].type == "incident");
    CHECK(found[0].date == "2024-03-11");
    CHECK(found[0].place == "Arica");
    CHECK(found[0].actors == std::set<std::string>{"CHL", "PER"});
  }
  // A film shot, a glance: no object of people.
  CHECK_FALSE(Between(f.Extract("A Chilean crew shot a film about Peru in Arica on Monday."), "CHL",
                      "PER"));
}

TEST_CASE("a stay runs to the day after 'until' and is placed in the capital told with it",
          "[scope22]") {
  Fixture f;
  {
    auto found = f.Extract(
        "Chilean President Ana Ruiz arrived in Peru on Sunday for a visit "
        "until Thursday.");
    REQUIRE(found.size() == 1);
    CHECK(found[0].type == "visit");
    CHECK(found[0].date == "2024-03-10/2024-03-14");
    CHECK(found[0].place == "Peru");
  }
  {
    auto found = f.Extract(
        "Kenya's president began a three-day state visit to Norway on "
        "Monday. He laid a wreath in Oslo.");
    REQUIRE(found.size() == 1);
    CHECK(found[0].date == "2024-03-11/2024-03-13");
    CHECK(found[0].place == "Oslo");
  }
  {
    // An older visit told in passing keeps its country when the capital
    // comes up far later.
    auto found = f.Extract(
        "Kenya's president visited Norway in 2019. Trade grew. Prices rose. "
        "Exports fell. Oslo said on Monday it would open a new consulate.");
    REQUIRE_FALSE(found.empty());
    CHECK(found[0].place == "Norway");
  }
  {
    // An old trip told beside the capital of today's news keeps its country.
    auto found = f.Extract(
        "The talks were held in a villa where a Kenyan president stayed "
        "during his trip to Norway in February 1990. Oslo hosted them.");
    REQUIRE_FALSE(found.empty());
    for (const auto& m : found) {
      if (m.family == "visit") CHECK(m.place == "Norway");
    }
  }
}

TEST_CASE("a release after a court hearing in a town is placed there", "[scope22]") {
  Fixture f;
  {
    auto found = f.Extract(
        "Chile freed two Peruvian fishermen on Monday after a court hearing "
        "in Arica.");
    REQUIRE(found.size() == 1);
    CHECK(found[0].type == "release");
    CHECK(found[0].place == "Arica");
  }
  {
    // A hearing named with no town leaves the release unplaced.
    auto found = f.Extract("Chile freed two Peruvian fishermen on Monday after a court hearing.");
    REQUIRE(found.size() == 1);
    CHECK(found[0].place.empty());
  }
}
