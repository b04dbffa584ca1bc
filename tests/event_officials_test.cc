// Officials and departments the office-holder list does not know (issue 5,
// branch `dates14`): an envoy named in apposition after the post's country
// or "the ambassador of X", later named by surname alone; a department
// several governments name alike ("the Treasury"); a statement made known
// in both capitals. Every sentence is written for the test.
#include <catch2/catch.hpp>

#include "event_test_util.h"

using namespace date::literals;

namespace {
using annals::testing::FindActors;
using annals::testing::PersonNamed;
const auto kDay = date::sys_days(2023_y / 5 / 10);

struct Fixture : annals::testing::ResolvedEventFixture {
  Fixture() : ResolvedEventFixture(2023_y / 5 / 10) {}
};
}  // namespace

TEST_CASE("an envoy in apposition after the post keeps the country by surname",
          "[actors][officials]") {
  annals::PersonMemory memory;
  auto found =
      FindActors("Ghana's ambassador to Togo, Ama Mensah, arrived on Monday.", &memory, kDay);
  const annals::ActorMention* p = PersonNamed(found, "Ama Mensah");
  REQUIRE(p);
  CHECK(p->code == "GHA");
  found = FindActors("Mensah met Togolese officials on Tuesday.", &memory, kDay);
  p = PersonNamed(found, "Ama Mensah");
  REQUIRE(p);
  CHECK(p->code == "GHA");
  memory.clear();
  found = FindActors("The ambassador of Ghana, Ama Mensah, arrived on Monday.", &memory, kDay);
  p = PersonNamed(found, "Ama Mensah");
  REQUIRE(p);
  CHECK(p->code == "GHA");
  // A post given by a word that is no place is no apposition.
  memory.clear();
  found = FindActors("Ghana's ambassador to the talks, Ama Mensah, arrived.", &memory, kDay);
  CHECK_FALSE(PersonNamed(found, "Ama Mensah"));
}

TEST_CASE("a bare 'the Treasury' is the one named country's that has one", "[officials]") {
  Fixture f;
  auto m = f.Extract(
      "The United States and China held trade talks on Monday. The Treasury on Tuesday imposed "
      "sanctions on three Chinese firms.");
  REQUIRE(m.size() == 2);
  CHECK(m[1].type == "sanction");
  CHECK(m[1].actors == std::set<std::string>{"CHN", "USA"});
  // With two countries named that have a Treasury, it is neither.
  m = f.Extract(
      "Britain and the United States held trade talks on Monday. The Treasury on Tuesday imposed "
      "sanctions on three Chinese firms.");
  for (const auto& mention : m) CHECK(mention.type != "sanction");
}

TEST_CASE("a statement made known in both capitals was made in both", "[places][officials]") {
  Fixture f;
  auto m = f.Extract(
      "Ghana and Togo issued a joint statement on Monday in Accra and in Lome on their border.");
  REQUIRE(m.size() == 1);
  CHECK(m[0].place == "Accra and Lome");
  // One capital alone is the place.
  m = f.Extract("Ghana and Togo issued a joint statement on Monday in Accra on their border.");
  REQUIRE(m.size() == 1);
  CHECK(m[0].place == "Accra");
}

TEST_CASE("'the two' and a verb are the two sides told before", "[officials]") {
  Fixture f;
  auto m = f.Extract("Ghana and Togo have been at odds since 2019. On Monday the two held talks.");
  REQUIRE(m.size() == 1);
  CHECK(m[0].type == "talks");
  CHECK(m[0].actors == std::set<std::string>{"GHA", "TGO"});
  // Two named people of two countries are "the two" of their own sentence
  // (which names a third), not the pair the article is about.
  m = f.Extract(
      "Ghana and Togo have been at odds since 2019. Ghanaian officials met Togolese officials on "
      "Monday. Ghanaian President Nana Akufo-Addo met French President Emmanuel Macron in Paris "
      "on Tuesday and the two agreed to coordinate their policies on Mali.");
  size_t tuesday = 0;
  for (const auto& mention : m) {
    if (mention.date != "2023-05-09") continue;
    ++tuesday;
    CHECK(mention.actors.count("FRA"));
    CHECK_FALSE(mention.actors.count("TGO"));
  }
  CHECK(tuesday >= 1);
}
