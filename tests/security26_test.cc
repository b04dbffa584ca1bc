// Security episodes between two countries, what security25 left (issue 5,
// branch security26): places named as a part of a town. The real resolver
// dates the sentences, published on Thursday 14 March 2024. Every sentence
// is written for the test.
#include <catch2/catch.hpp>

#include "event_test_util.h"

namespace {

using Fixture = annals::testing::SentenceTestFixture;
using Sides = std::set<std::string>;

}  // namespace

TEST_CASE("a raid in a part of a town is placed in that part", "[security26]") {
  Fixture f;
  auto m = f.Extract(
      "In January 1981 Ghanaian commandos raided houses used by Togolese rebels in the Lome "
      "suburb of Bekoe.");
  REQUIRE(m.size() == 1);
  CHECK(m[0].type == "incident");
  CHECK(m[0].actors == Sides{"GHA", "TGO"});
  CHECK(m[0].place == "Bekoe");
  // A district the gazetteer does not know, after a town it does.
  m = f.Extract(
      "Peruvian troops clashed with Chilean troops in the Arica district of San Miguel on "
      "Tuesday.");
  REQUIRE(m.size() == 1);
  CHECK(m[0].place == "San Miguel");
  // A town with no part named keeps its own name.
  m = f.Extract(
      "In January 1981 Ghanaian commandos raided houses used by Togolese rebels in the Lome "
      "suburbs.");
  REQUIRE(m.size() == 1);
  CHECK(m[0].place == "Lome");
}

TEST_CASE("a handover told after a release places it at a named crossing", "[security26]") {
  Fixture f;
  auto m = f.Extract(
      "Ghana freed a Togolese officer on Saturday. The handover took place at the Kpoglu "
      "crossing.");
  REQUIRE(m.size() == 1);
  CHECK(m[0].type == "release");
  CHECK(m[0].place == "Kpoglu");
  m = f.Extract(
      "Peru and Chile swapped prisoners on Saturday. The swap took place at the Santa Rosa "
      "border post.");
  REQUIRE(m.size() == 1);
  CHECK(m[0].place == "Santa Rosa");
  // A place with no name of its own adds nothing.
  m = f.Extract(
      "Ghana freed a Togolese officer on Saturday. The handover took place at the "
      "border crossing.");
  REQUIRE(m.size() == 1);
  CHECK(m[0].place.empty());
}

TEST_CASE("a clash on a place told only by its kind takes the name the paragraph gave it",
          "[security26]") {
  Fixture f;
  auto m = f.Extract(
      "The marshy Keta peninsula has long been disputed. In 1981 a clash in which several "
      "Ghanaian soldiers were killed on the peninsula caused a crisis between Accra and Lome.");
  REQUIRE(m.size() == 1);
  CHECK(m[0].type == "incident");
  CHECK(m[0].date == "1981");
  CHECK(m[0].place == "Keta peninsula");
  m = f.Extract(
      "Both claim the Tumbes region. In 1995 Peruvian and Chilean troops clashed in the border "
      "region.");
  REQUIRE(m.size() == 1);
  CHECK(m[0].place == "Tumbes region");
  // Named in another paragraph, or of another kind, it gives no place.
  m = f.Extract(
      "The marshy Keta peninsula has long been disputed.\n\nIn 1981 Ghanaian and Togolese "
      "troops clashed on the peninsula.");
  REQUIRE(m.size() == 1);
  CHECK(m[0].place.empty());
  m = f.Extract(
      "The marshy Keta peninsula has long been disputed. In 1981 Ghanaian and Togolese troops "
      "clashed on the island.");
  REQUIRE(m.size() == 1);
  CHECK(m[0].place.empty());
}

TEST_CASE("proceedings a state started with no one named take the side told before",
          "[security26]") {
  Fixture f;
  auto m = f.Extract(
      "Ghana and Togo have quarrelled over their sea border for decades. Ghana started the "
      "proceedings in April 2016 before a commission of conciliators.");
  REQUIRE(m.size() == 1);
  CHECK(m[0].type == "accusation");
  CHECK(m[0].date == "2016-04");
  CHECK(m[0].actors == Sides{"GHA", "TGO"});
  // A national's own proceedings are no step of the two states.
  CHECK(f.Extract("Ghana and Togo have quarrelled over their sea border for decades. A Ghanaian "
                  "fisherman started the proceedings in April 2016 before a commission of "
                  "conciliators.")
            .empty());
}
