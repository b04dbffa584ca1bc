// Security episodes between two countries told in background (issue 5,
// branch security25): a national arrested by the other side, a swap of
// people held, a raid, proceedings opened before a court. The real resolver
// dates the sentences, published on Thursday 14 March 2024. Every sentence
// is written for the test.
#include <catch2/catch.hpp>

#include "event_test_util.h"

namespace {

using Fixture = annals::testing::SentenceTestFixture;
constexpr auto CheckAll = annals::testing::CheckHeldOnTestDay;
using Sides = std::set<std::string>;

}  // namespace

TEST_CASE("a national described with a modifier before the nationality is arrested abroad",
          "[security25]") {
  Fixture f;
  auto m = f.Extract(
      "Kofi Mensah, a retired Ghanaian customs inspector serving nine years in a Togolese "
      "prison, asked on Monday to be sent home.\n\nMensah was arrested in Lome on Dec. 5, "
      "2017, after handing a parcel of papers to a Togolese contact.");
  REQUIRE(m.size() == 1);
  CHECK(m[0].type == "detention");
  CHECK(m[0].date == "2017-12-05");
  CHECK(m[0].actors == Sides{"GHA", "TGO"});
  CHECK(m[0].place == "Lome");
  // One's own national arrested at home is no event of the two.
  CHECK(f.Extract("Ama Owusu, a retired Ghanaian border inspector, spoke on Monday.\n\nOwusu "
                  "was arrested in Accra on Dec. 5, 2017.")
            .empty());
}

TEST_CASE("two countries exchanging people held is a release", "[security25]") {
  CheckAll({
      {"Erik Lund is back in Norway after the two countries exchanged him on Saturday for a "
       "former Kenyan policeman convicted of spying.",
       "release",
       "084",
       "2024-03-09",
       {"KEN", "NOR"}},
      {"On Tuesday Peru swapped two Chilean soldiers for a Peruvian pilot.",
       "release",
       "084",
       "2024-03-12",
       {"CHL", "PER"}},
  });
  Fixture f;
  // Words or gifts exchanged free no one, even with people named further on.
  CHECK(f.Extract("Peru and Chile exchanged gifts on Saturday for a former student festival.")
            .empty());
  CHECK(f.Extract("Peru and Chile exchanged views on Saturday on the fate of a Chilean officer.")
            .empty());
}

TEST_CASE("a raid by one side's forces on the other's people is an incident", "[security25]") {
  CheckAll(
      {{"Norwegian commandos raided houses used by Kenyan rebels near Kisumu in January "
        "1981.",
        "incident",
        "190",
        "1981-01",
        {"KEN", "NOR"}}});
  Fixture f;
  // A raid of one's own police on one's own smugglers is domestic.
  CHECK(f.Extract("Peruvian police raided houses used by Peruvian smugglers on Monday.").empty());
  // A search of a company's offices is no act between the two states.
  CHECK(f.Extract("Chilean police raided the offices of a Peruvian airline in Santiago on Monday.")
            .empty());
}

TEST_CASE("proceedings started against the other side are a legal step", "[security25]") {
  CheckAll({{"Ghana started compulsory conciliation proceedings against Togo in April 2016.",
             "accusation",
             "115",
             "2016-04",
             {"GHA", "TGO"}}});
  Fixture f;
  // Proceedings in one's own parliament name no other side.
  CHECK(f.Extract("Peru's Congress started impeachment proceedings against the president in "
                  "April 2016.")
            .empty());
}

TEST_CASE("a clash told with a relative clause of its dead takes the sides named after it",
          "[security25]") {
  CheckAll(
      {{"In 1990 a clash in which several Kenyan soldiers were killed caused a crisis "
        "between Nairobi and Oslo.",
        "incident",
        "190",
        "1990",
        {"KEN", "NOR"}}});
  Fixture f;
  // Police and protesters of one country are no two sides.
  CHECK(f.Extract("In 1990 a clash in which several Kenyan protesters were killed caused a "
                  "crisis in Nairobi.")
            .empty());
}

TEST_CASE("a national taken by the other side's agents", "[security25]") {
  Fixture f;
  auto m = f.Extract(
      "Erik Lund, a Norwegian engineer, vanished in September. Kenyan agents abducted him at "
      "gunpoint near the border on Sept. 5 last year.");
  REQUIRE(m.size() == 1);
  CHECK(m[0].type == "detention");
  CHECK(m[0].date == "2023-09-05");
  CHECK(m[0].actors == Sides{"KEN", "NOR"});
  // The police of his own country hold him: no event of the two.
  CHECK(f.Extract("Erik Lund, a Norwegian engineer, vanished in September. Norwegian police "
                  "detained him near the border on Sept. 5 last year.")
            .empty());
}

TEST_CASE("an old sentence of one's own national told in a swap is no verdict of the two",
          "[security25]") {
  Fixture f;
  auto m = f.Extract(
      "Ghana and Togo swapped prisoners on Saturday. The swap freed Kwame Boateng, a former "
      "Ghanaian policeman who was sentenced in Accra in 2012 for spying for Togo.");
  REQUIRE(m.size() == 1);
  CHECK(m[0].type == "release");
  // Sentenced by the other side's court, it is a verdict of the two.
  CheckAll(
      {{"Kwame Boateng, a former Ghanaian policeman, was sentenced in Lome in 2012 for "
        "spying for Ghana.",
        "verdict",
        "",
        "2012",
        {"GHA", "TGO"}}});
}

TEST_CASE("a leader of one side killed on the other's soil", "[security25]") {
  Fixture f;
  auto m = f.Extract(
      "Norway's Prime Minister Berg was killed when his aircraft crashed into hills at Lodwar, "
      "just inside Kenya, in June 1996.");
  REQUIRE(m.size() == 1);
  CHECK(m[0].type == "incident");
  CHECK(m[0].date == "1996-06");
  CHECK(m[0].actors == Sides{"KEN", "NOR"});
  CHECK(m[0].place == "Lodwar");
  // A private traveller's death, or a leader's at home, is no event of the two.
  CHECK(f.Extract("A Norwegian tourist was killed when his car crashed at Lodwar, just inside "
                  "Kenya, in June 1996.")
            .empty());
  CHECK(f.Extract("Norway's Prime Minister Berg died when his aircraft crashed near Bergen in "
                  "June 1996.")
            .empty());
}

TEST_CASE("a private person's case brought to a court is no step of the two", "[security25]") {
  Fixture f;
  auto m = f.Extract(
      "Ghana and Togo have quarrelled over their sea border for decades.\n\nA Ghanaian farmer "
      "brought his case to the court in March 1994.");
  for (const auto& x : m) CHECK(x.type != "accusation");
}

TEST_CASE("where a swap told before took place", "[security25]") {
  Fixture f;
  auto m = f.Extract(
      "Kenya and Norway swapped prisoners on Saturday. The handover took place in Mombasa.");
  REQUIRE(m.size() == 1);
  CHECK(m[0].type == "release");
  CHECK(m[0].place == "Mombasa");
  // After talks, "the exchange" is of views: the talks keep no such place.
  m = f.Extract("Kenya and Norway held talks on Saturday. The exchange took place in Mombasa.");
  REQUIRE(m.size() == 1);
  CHECK(m[0].type == "talks");
  CHECK(m[0].place.empty());
}

TEST_CASE("an officer seized near the frontier is held by the other side", "[security25]") {
  Fixture f;
  auto m = f.Extract(
      "Ghana and Togo have long quarrelled over the border. A Ghanaian officer was seized near "
      "the frontier in 2014.");
  REQUIRE(m.size() == 1);
  CHECK(m[0].type == "detention");
  CHECK(m[0].date == "2014");
  CHECK(m[0].actors == Sides{"GHA", "TGO"});
  // The side named before a passive is whom it was done to, not the doer.
  CHECK(m[0].doer.empty());
  // Goods seized are no one held.
  CHECK(f.Extract("Ghana and Togo have long quarrelled over the border. A Ghanaian cargo was "
                  "seized near the frontier in 2014.")
            .empty());
}
