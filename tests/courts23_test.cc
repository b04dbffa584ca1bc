// Older episodes told in the passive or by nouns, courts and their
// aftermath (issue 5, branch courts23): a ship sunk whose doer a later
// paragraph names, a court's sentence as a verdict, a mediator's ruling.
// The real resolver dates the sentences, published on Thursday 14 March
// 2024. Every sentence is written for the test.
#include <catch2/catch.hpp>

#include "event_test_util.h"

namespace {

using Fixture = annals::testing::SentenceTestFixture;
constexpr auto CheckAll = annals::testing::CheckHeldOnTestDay;
using Sides = std::set<std::string>;

}  // namespace

TEST_CASE("a ship sunk takes the doer a later paragraph names", "[courts23]") {
  Fixture f;
  auto m = f.Extract(
      "The Peruvian survey ship Alba was sunk by two mines in the port of Callao on 3 May "
      "1990.\n\nDivers searched the harbour for a week.\n\nAn inquiry later found that agents "
      "of Chile's navy had sunk the ship.");
  REQUIRE(m.size() == 1);
  CHECK(m[0].type == "incident");
  CHECK(m[0].date == "1990-05-03");
  CHECK(m[0].actors == Sides{"CHL", "PER"});
  // Told by its doer in one sentence, the sinking is an incident as well.
  CheckAll({{"A Kenyan submarine torpedoed a Norwegian trawler on Monday.",
             "incident",
             "190",
             "2024-03-11",
             {"KEN", "NOR"}}});
}

TEST_CASE("a ship that sank by itself, or an older incident, takes no doer", "[courts23]") {
  Fixture f;
  // No vessel as the object: no doer, no event.
  CHECK(f.Extract("A Peruvian ferry sank in a storm off Callao on Monday. Chile sent two "
                  "rescue boats.")
            .empty());
  // The later act names its own object: the earlier incident keeps its side.
  auto m = f.Extract(
      "A Ghanaian fishing boat was sunk by a mine on 3 May 1990.\n\nYears later Togo's navy "
      "had sunk a Ghanaian ferry as well.");
  CHECK_FALSE(annals::testing::AnyBetween(m, "GHA", "TGO"));
}

TEST_CASE("a court's sentence is a verdict, not a detention", "[courts23]") {
  CheckAll({
      {"A court in Oslo sentenced two Kenyan officers on Friday to ten years in prison.",
       "verdict",
       "",
       "2024-03-08",
       {"KEN", "NOR"}},
      {"Two Chilean officers were jailed for ten years by a court in Lima on Friday.",
       "verdict",
       "",
       "2024-03-08",
       {"CHL", "PER"}},
      {"A Peruvian court convicted two Chileans of spying on Tuesday.",
       "verdict",
       "",
       "2024-03-12",
       {"CHL", "PER"}},
      // Jailed with no term told is still held, a detention.
      {"On Tuesday Chile jailed two Peruvian fishermen.",
       "detention",
       "173",
       "2024-03-12",
       {"CHL", "PER"}},
  });
  Fixture f;
  // One's own citizen sentenced at home is no event of the two.
  CHECK(f.Extract("Peru and Chile have quarrelled for months. A court in Lima sentenced a "
                  "Peruvian smuggler on Friday to ten years in prison.")
            .empty());
}

TEST_CASE("a mediator's ruling is a ruling between the two", "[courts23]") {
  Fixture f;
  auto m = f.Extract(
      "Togolese agents sank a Ghanaian ship in 1985.\n\nIn July 1986 the U.N. "
      "Secretary-General ruled that Togo should apologise and pay compensation.");
  REQUIRE(m.size() == 2);
  CHECK(m[1].type == "ruling");
  CHECK(m[1].date == "1986-07");
  CHECK(m[1].actors.count("GHA"));
  CHECK(m[1].actors.count("TGO"));
  CheckAll(
      {{"The Vatican mediator ruled on Friday that the islands belong to Chile and not to "
        "Peru.",
        "ruling",
        "",
        "2024-03-08",
        {"CHL", "PER", "VAT"}}});
}

TEST_CASE("a statement broadcast is made in the speaker's capital, about the other", "[courts23]") {
  Fixture f;
  auto m = f.Extract(
      "Kenya has asked for answers since the spring.\n\nNorway's prime minister admitted in a "
      "televised statement on Sunday evening that the agents had acted on orders.");
  REQUIRE(m.size() == 1);
  CHECK(m[0].type == "statement");
  CHECK(m[0].date == "2024-03-10");
  CHECK(m[0].place == "Oslo");
  CHECK(m[0].actors == Sides{"KEN", "NOR"});
  // A place the sentence tells wins.
  m = f.Extract(
      "Norway's prime minister said in a televised address in Mombasa on Sunday that "
      "Kenya had been right.");
  REQUIRE(m.size() == 1);
  CHECK(m[0].place == "Mombasa");
}

TEST_CASE("a court's rejection is its ruling, and a side's reaction a statement", "[courts23]") {
  Fixture f;
  auto m = f.Extract(
      "The International Court of Justice rejected Ghana's request against Togo on Friday by "
      "twelve votes to three. Togo's president hailed the ruling.");
  REQUIRE(m.size() == 2);
  CHECK(m[0].type == "ruling");
  CHECK(m[0].date == "2024-03-08");
  // The reaction takes the ruling's day and is no second ruling.
  CHECK(m[1].type == "statement");
  CHECK(m[1].date == "2024-03-08");
  CHECK(m[1].actors == Sides{"GHA", "TGO"});
  // A state's rejection of a request is a rejection (probes34), no ruling;
  // a third state's court gives
  // nothing between the two.
  CheckAll({{"Chile rejected Peru's request on Friday.",
             "rejection",
             "120",
             "2024-03-08",
             {"CHL", "PER"}}});
  CHECK_FALSE(annals::testing::AnyBetween(
      f.Extract("A Spanish court rejected Peru's request on Friday."), "CHL", "PER"));
}

TEST_CASE("ties restored at a meeting, and states recognised", "[courts23]") {
  Fixture f;
  auto m = f.Extract("Peru and Chile restored relations in 1975 at a meeting in Tacna.");
  REQUIRE(m.size() == 1);
  CHECK(m[0].type == "restoration");
  CHECK(m[0].place == "Tacna");
  CheckAll(
      {{"Chile became the first government to recognise the new Peruvian state on 8 July "
        "2011.",
        "establishment",
        "054",
        "2011-07-08",
        {"CHL", "PER"}}});
  // A parliament acts in its capital.
  m = f.Extract("Ghana's parliament recognised Togo's borders on Thursday.");
  REQUIRE(m.size() == 1);
  CHECK(m[0].place == "Accra");
}

TEST_CASE("a side's words after a ruling in its paragraph are its reaction", "[courts23]") {
  Fixture f;
  auto m = f.Extract(
      "The International Court of Justice rejected Ghana's request against Togo on Friday. "
      "Togo's foreign minister, speaking in The Hague, said Ghana had lost fairly.");
  REQUIRE(m.size() == 2);
  CHECK(m[1].type == "statement");
  CHECK(m[1].date == "2024-03-08");
  CHECK(m[1].place == "The Hague");
  CHECK(m[1].actors == Sides{"GHA", "TGO"});
  // The court's own words are the ruling; words in the next paragraph are
  // no reaction told with it.
  CHECK(f.Extract("The International Court of Justice rejected Ghana's request against Togo on "
                  "Friday. The court said Togo must pay costs.")
            .size() == 1);
  CHECK(f.Extract("The International Court of Justice rejected Ghana's request against Togo on "
                  "Friday.\n\nTogo's foreign minister said Ghana had lost fairly.")
            .size() == 1);
}
