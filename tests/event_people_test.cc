// People and groups the assembler places by what the article said before
// (issue 5, branch `people15`): a family name after a title or demonym
// introduction, a title with no country before a known name, "he" or "she"
// as a sentence's subject, and group nouns for both sides. Every sentence
// and name is made up for the test.
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

std::string CountryOf(const std::vector<annals::ActorMention>& found, const std::string& name) {
  const annals::ActorMention* p = PersonNamed(found, name);
  return p ? p->code : "(nobody)";
}
}  // namespace

TEST_CASE("a family name keeps the country of its introduction", "[actors][people]") {
  annals::PersonMemory memory;
  FindActors("Moldova's prime minister, Ion Rusu, spoke on Monday.", &memory, kDay);
  FindActors("Estonian President Kadri Tamm arrived.", &memory, kDay);
  FindActors("The Georgian envoy Levan Beridze was there too.", &memory, kDay);
  auto found = FindActors("Rusu and Tamm met in Vienna.", &memory, kDay);
  CHECK(CountryOf(found, "Ion Rusu") == "MDA");
  CHECK(CountryOf(found, "Kadri Tamm") == "EST");
  CHECK(CountryOf(FindActors("Mr Beridze declined to comment.", &memory, kDay), "Levan Beridze") ==
        "GEO");
  // A title with no country before a name the article gave keeps its country.
  CHECK(CountryOf(FindActors("Ambassador Beridze left.", &memory, kDay), "Levan Beridze") == "GEO");
  CHECK(CountryOf(FindActors("Prime Minister Rusu left.", &memory, kDay), "Ion Rusu") == "MDA");
}

TEST_CASE("he or she as a subject is the one person the sentence before named",
          "[actors][people]") {
  annals::PersonMemory memory;
  FindActors("Moldovan Foreign Minister Ion Rusu welcomed the deal.", &memory, kDay);
  CHECK(CountryOf(FindActors("He flew to Tallinn on Tuesday.", &memory, kDay), "Ion Rusu") ==
        "MDA");
  // After an opening phrase and its comma, and sentence after sentence.
  CHECK(CountryOf(FindActors("On Tuesday, he flew to Tallinn.", &memory, kDay), "Ion Rusu") ==
        "MDA");
  // Two people before: "he" is neither.
  FindActors("Estonian President Kadri Tamm met Ion Rusu.", &memory, kDay);
  auto found = FindActors("He flew home on Wednesday.", &memory, kDay);
  CHECK_FALSE(PersonNamed(found, "Ion Rusu"));
  CHECK_FALSE(PersonNamed(found, "Kadri Tamm"));
  // A sentence naming no one in between: "he" is no one either.
  FindActors("Ion Rusu spoke.", &memory, kDay);
  FindActors("The talks covered trade.", &memory, kDay);
  CHECK_FALSE(PersonNamed(FindActors("He left.", &memory, kDay), "Ion Rusu"));
  // Not a subject: "he" after someone else named in the sentence.
  FindActors("Ion Rusu spoke.", &memory, kDay);
  found = FindActors("Tamm said he would stay.", &memory, kDay);
  CHECK_FALSE(PersonNamed(found, "Ion Rusu"));
}

TEST_CASE("a pronoun's visit is the person's country's", "[people]") {
  Fixture f;
  auto m = f.Extract(
      "Moldova and Estonia signed a grain deal last year. Moldovan Foreign Minister Ion Rusu "
      "welcomed the deal. He flew to Tallinn on Tuesday for talks.");
  bool visit = false;
  for (const auto& mention : m) {
    if (mention.date != "2023-05-09") continue;
    visit = true;
    CHECK(mention.actors == std::set<std::string>{"EST", "MDA"});
    CHECK(std::find(mention.people.begin(), mention.people.end(), "Ion Rusu") !=
          mention.people.end());
  }
  CHECK(visit);
}

TEST_CASE("group nouns are the article's two sides", "[people]") {
  Fixture f;
  for (const char* group :
       {"The two delegations", "Both ministers", "Their negotiators", "The negotiators"}) {
    std::string body =
        std::string("Moldova and Estonia have argued over transit fees since 2021. ") + group +
        " met on Tuesday.";
    INFO(body);
    auto m = f.Extract(body);
    REQUIRE(m.size() == 1);
    CHECK(m[0].date == "2023-05-09");
    CHECK(m[0].actors == std::set<std::string>{"EST", "MDA"});
  }
  // Without such a noun, no sides are made up.
  auto m = f.Extract(
      "Moldova and Estonia have argued over transit fees since 2021. The engineers met on "
      "Tuesday.");
  CHECK(m.empty());
}

TEST_CASE("a meeting on the sidelines of a gathering is where the gathering is",
          "[people][places]") {
  Fixture f;
  auto m = f.Extract(
      "Estonian Prime Minister Kadri Tamm met Moldovan President Ion Rusu on Tuesday on the "
      "sidelines of the World Economic Forum.");
  REQUIRE(m.size() == 1);
  CHECK(m[0].place == "Davos");
  // A town named after the gathering wins over its usual one.
  m = f.Extract(
      "Estonian Prime Minister Kadri Tamm met Moldovan President Ion Rusu on Tuesday on the "
      "sidelines of the World Economic Forum in Riga.");
  REQUIRE(m.size() == 1);
  CHECK(m[0].place == "Riga");
}
