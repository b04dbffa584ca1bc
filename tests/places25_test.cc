// Where events happened: rulings and signings at a body's seat, visits told
// with "to visit", treaties named for a town (issue 5, branch places25).
#include <catch2/catch.hpp>

#include "event_rules.h"
#include "event_test_util.h"

using namespace date::literals;
using annals::testing::OfType;

namespace {
// Published on Friday 12 May 2023.
struct Fixture : annals::testing::EventFixture {
  Fixture() : EventFixture(2023_y / 5 / 12) {}
};
}  // namespace

TEST_CASE("a court that sits in one city rules there", "[events][places25]") {
  Fixture f;
  auto hague = f.Extract(
      "The International Court of Justice ruled on Thursday that the peninsula belongs to "
      "Ghana, ending a long dispute between Ghana and Togo.",
      {{"Thursday", "2023-05-11"}}, "ACCRA");
  const annals::Mention* ruling = OfType(hague, "ruling");
  REQUIRE(ruling != nullptr);
  CHECK(ruling->place == "The Hague");
  CHECK(ruling->place_country == "NLD");

  auto sea = f.Extract(
      "The sea tribunal ITLOS ruled on Thursday that the disputed waters belong to Kenya, "
      "ending a long dispute between Kenya and Norway.",
      {{"Thursday", "2023-05-11"}});
  const annals::Mention* hamburg = OfType(sea, "ruling");
  REQUIRE(hamburg != nullptr);
  CHECK(hamburg->place == "Hamburg");
}

TEST_CASE("a body that is only a venue places no ruling", "[events][places25]") {
  Fixture f;
  // A tribunal the United Nations set up sits where it sits, not in New York.
  auto tribunal = f.Extract(
      "A United Nations tribunal ruled on Thursday that Ghana must pay Togo for the seized "
      "cargo, in a case Togo brought against Ghana.",
      {{"Thursday", "2023-05-11"}});
  for (const annals::Mention& m : tribunal) CHECK(m.place != "New York");
}

TEST_CASE("a signing at a body's seat was held in its city", "[events][places25]") {
  Fixture f;
  auto un = f.Extract(
      "Peru and Chile signed a treaty at the United Nations on Tuesday setting their maritime "
      "boundary in the Pacific.",
      {{"Tuesday", "2023-05-09"}}, "NEW YORK");
  const annals::Mention* treaty = OfType(un, "agreement");
  REQUIRE(treaty != nullptr);
  CHECK(treaty->place == "New York");

  // Filed from elsewhere, the seat still wins over the dateline.
  auto wto = f.Extract(
      "Norway and Kenya signed a fisheries accord at the World Trade Organization on Thursday.",
      {{"Thursday", "2023-05-11"}}, "NAIROBI");
  const annals::Mention* accord = OfType(wto, "agreement");
  REQUIRE(accord != nullptr);
  CHECK(accord->place == "Geneva");
}

TEST_CASE("a visit told with 'to visit' went to the country named after it", "[events][places25]") {
  Fixture f;
  auto first = f.Extract(
      "Ghanaian President Kwame Asante became the first Ghanaian president to visit Togo on "
      "Friday.",
      {{"Friday", "2023-05-12"}}, "LOME");
  const annals::Mention* visit = OfType(first, "visit");
  REQUIRE(visit != nullptr);
  CHECK(visit->destination == "Togo");
  CHECK(visit->place == "Lome");
}

TEST_CASE("a treaty named for a known town was made there", "[events][places25]") {
  Fixture f;
  auto of = f.Extract("Peru and Chile signed the Treaty of Tacna in June 1929.",
                      {{"June 1929", "1929-06"}}, "LIMA");
  const annals::Mention* treaty = OfType(of, "agreement");
  REQUIRE(treaty != nullptr);
  CHECK(treaty->place == "Tacna");

  auto before = f.Extract("Peru and Chile signed the 1929 Tacna peace treaty after long talks.",
                          {{"1929", "1929"}}, "LIMA");
  const annals::Mention* peace = OfType(before, "agreement");
  REQUIRE(peace != nullptr);
  CHECK(peace->place == "Tacna");

  // A town the treaty's subject leads to is no such name.
  auto route = f.Extract("Peru and Chile signed a treaty on Tuesday on a railway to Tacna.",
                         {{"Tuesday", "2023-05-09"}}, "LIMA");
  const annals::Mention* rail = OfType(route, "agreement");
  REQUIRE(rail != nullptr);
  CHECK(rail->place != "Tacna");
}

TEST_CASE("a sentence that retells a signing names where it was", "[events][places25]") {
  Fixture f;
  auto village = f.Extract(
      "Peru and Chile signed an agreement on Sunday to settle the fishing dispute. Foreign "
      "ministers Ana Ruiz and Pablo Vega put their signatures to the text at the lakeside "
      "village of Ancon, with the presidents looking on.",
      {{"Sunday", "2023-05-07"}}, "LIMA");
  const annals::Mention* accord = OfType(village, "agreement");
  REQUIRE(accord != nullptr);
  CHECK(accord->place == "Ancon");

  // A known town after "in" beats the dateline of a signing filed that day.
  auto town = f.Extract(
      "Norway and Kenya signed a shipping accord on Friday. The ministers' signatures were put "
      "to it in Mombasa.",
      {{"Friday", "2023-05-12"}}, "NAIROBI");
  const annals::Mention* shipping = OfType(town, "agreement");
  REQUIRE(shipping != nullptr);
  CHECK(shipping->place == "Mombasa");

  // A place of another event after the signing word is not the signing's.
  auto talks = f.Extract(
      "Peru and Chile signed an agreement on Sunday to settle the fishing dispute. The signing "
      "came two years after talks began in Arequipa.",
      {{"Sunday", "2023-05-07"}}, "LIMA");
  const annals::Mention* later = OfType(talks, "agreement");
  REQUIRE(later != nullptr);
  CHECK(later->place != "Arequipa");

  // A sentence that tells no signing places nothing.
  auto other = f.Extract(
      "Peru and Chile signed an agreement on Sunday to settle the fishing dispute. The ministers "
      "later toured the lakeside village of Ancon.",
      {{"Sunday", "2023-05-07"}}, "LIMA");
  const annals::Mention* plain = OfType(other, "agreement");
  REQUIRE(plain != nullptr);
  CHECK(plain->place.empty());
}

TEST_CASE("a visit's 'the capital' is its host's", "[events][places25]") {
  Fixture f;
  auto talks = f.Extract(
      "Ghanaian President Kwame Asante visited Togo on Tuesday, holding talks with his Togolese "
      "counterpart in the capital.",
      {{"Tuesday", "2023-05-09"}}, "ACCRA");
  const annals::Mention* visit = OfType(talks, "visit");
  REQUIRE(visit != nullptr);
  CHECK(visit->place == "Lome");

  // After a topic, "the capital" is what was talked about.
  auto topic = f.Extract(
      "Ghanaian President Kwame Asante visited Togo on Tuesday, holding talks with his Togolese "
      "counterpart about crime in the capital.",
      {{"Tuesday", "2023-05-09"}}, "ACCRA");
  for (const annals::Mention& m : topic) {
    if (m.family == "meeting") CHECK(m.place.empty());
  }

  // "in Peru on a state visit": the visit went to Peru; its capital is
  // named in the sentence.
  auto stay = f.Extract(
      "The breakthrough was announced in Lima in April, when Chilean President Pablo Vega was in "
      "Peru on a state visit.",
      {{"April", "2023-04"}}, "SANTIAGO");
  const annals::Mention* state = OfType(stay, "state-visit");
  REQUIRE(state != nullptr);
  CHECK(state->destination == "Peru");
  CHECK(state->place == "Lima");
}
