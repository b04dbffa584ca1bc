// Participants the office-holder data does not know (issue 5, branch
// `nationals16`): private people introduced with a nationality and named
// later by the family name, "the two men" after a sentence naming one
// person of each side, a title with no name filled from the article, and
// subject and object pronouns. Every sentence and name is made up for the
// test.
#include <catch2/catch.hpp>

#include "event_test_util.h"

using namespace date::literals;

namespace {
using annals::testing::CountryOfPerson;
using annals::testing::FindActors;
using annals::testing::PersonNamed;
const auto kDay = date::sys_days(2024_y / 4 / 2);

struct Fixture : annals::testing::ResolvedEventFixture {
  Fixture() : ResolvedEventFixture(2024_y / 4 / 2) {}
};

// The mentions of `body` whose sides are exactly `sides`.
size_t CountWithSides(Fixture& f, const std::string& body, const std::set<std::string>& sides) {
  size_t n = 0;
  for (const annals::Mention& m : f.Extract(body)) n += m.actors == sides ? 1 : 0;
  return n;
}
}  // namespace

TEST_CASE("a nationality and a noun before a name give a private person's country",
          "[actors][nationals]") {
  annals::PersonMemory memory;
  auto found =
      FindActors("Bolivian engineer Marta Quispe and teacher Luis Mamani arrived.", &memory, kDay);
  CHECK(CountryOfPerson(found, "Marta Quispe") == "BOL");
  // The noun before the second name carries the nationality on.
  CHECK(CountryOfPerson(found, "Luis Mamani") == "BOL");
  // The family name keeps it for the rest of the article.
  CHECK(CountryOfPerson(FindActors("Quispe was held for a week.", &memory, kDay), "Marta Quispe") ==
        "BOL");
  CHECK(CountryOfPerson(FindActors("A court later freed Mamani.", &memory, kDay), "Luis Mamani") ==
        "BOL");
  // Up to two modifiers before the noun.
  CHECK(CountryOfPerson(
            FindActors("Ecuadorian human rights activist Rosa Tenorio spoke.", &memory, kDay),
            "Rosa Tenorio") == "ECU");
}

TEST_CASE("a nationality gives no country to what is no private person", "[actors][nationals]") {
  annals::PersonMemory memory;
  // A singular nationality straight before capitals: an institution.
  auto found = FindActors("The Bolivian Interior Ministry confirmed the arrest.", &memory, kDay);
  CHECK(CountryOfPerson(found, "Interior Ministry").empty());
  // A verb between the nationality and the noun: the police are Bolivian,
  // not the engineer.
  found = FindActors("Bolivian police detained engineer Pedro Vaca.", &memory, kDay);
  CHECK(CountryOfPerson(found, "Pedro Vaca").empty());
}

TEST_CASE("plural nationalities and counts give each name its country", "[actors][nationals]") {
  annals::PersonMemory memory;
  auto found = FindActors("Canadians Ella Stone and Mark Bell were released.", &memory, kDay);
  CHECK(CountryOfPerson(found, "Ella Stone") == "CAN");
  CHECK(CountryOfPerson(found, "Mark Bell") == "CAN");
  // A plural noun after a singular nationality.
  found = FindActors("Chilean fishermen Jose Pinto and Raul Vera were released.", &memory, kDay);
  CHECK(CountryOfPerson(found, "Jose Pinto") == "CHL");
  CHECK(CountryOfPerson(found, "Raul Vera") == "CHL");
  found = FindActors("Two Uruguayans, Diego Sosa and Ines Vidal, were charged.", &memory, kDay);
  CHECK(CountryOfPerson(found, "Diego Sosa") == "URY");
  CHECK(CountryOfPerson(found, "Ines Vidal") == "URY");
  found = FindActors("Paulo Reis and Joana Costa, both Brazilians, were expelled.", &memory, kDay);
  CHECK(CountryOfPerson(found, "Paulo Reis") == "BRA");
  CHECK(CountryOfPerson(found, "Joana Costa") == "BRA");
  // ... and the family names after.
  CHECK(CountryOfPerson(FindActors("Reis denied the charges.", &memory, kDay), "Paulo Reis") ==
        "BRA");
}

TEST_CASE("an apposition with a nationality gives the name its country", "[actors][nationals]") {
  annals::PersonMemory memory;
  CHECK(CountryOfPerson(FindActors("Vidal, a Uruguayan national, was arrested.", &memory, kDay),
                        "Vidal") == "URY");
  CHECK(CountryOfPerson(
            FindActors("Diego Sosa, a Uruguayan former diplomat, was arrested.", &memory, kDay),
            "Diego Sosa") == "URY");
  // A lone capitalized word before an unclosed phrase is no name.
  auto found = FindActors("Separately, an Australian woman was detained.", &memory, kDay);
  CHECK_FALSE(PersonNamed(found, "Separately"));
}

TEST_CASE("a private national's case in the other country is between the two",
          "[events][nationals]") {
  Fixture f;
  const std::string intro =
      "Bolivian engineer Marta Quispe and teacher Luis Mamani had lived in Chile for years. ";
  CHECK(CountWithSides(f, intro + "Quispe was arrested in Santiago on March 10.", {"BOL", "CHL"}) ==
        1);
  // Without the introduction the family name has no side.
  CHECK(CountWithSides(f, "Quispe was arrested in Santiago on March 10.", {"BOL", "CHL"}) == 0);
  // With no place, the other of the article's two countries holds her.
  CHECK(CountWithSides(f, intro + "Quispe was jailed on March 19.", {"BOL", "CHL"}) == 1);
  // Not when the sentence names a third country.
  CHECK(CountWithSides(f, intro + "Quispe was jailed on March 19, Argentina said.",
                       {"BOL", "CHL"}) == 0);
  // Nor for someone with an office: a minister's side is his government's.
  CHECK(CountWithSides(f,
                       "Bolivian Foreign Minister Celinda Sosa visited Chile. Sosa was "
                       "criticised on March 19.",
                       {"BOL", "CHL"}) == 0);
}

TEST_CASE("the two men after a sentence naming one person of each side", "[events][nationals]") {
  Fixture f;
  auto found = f.Extract(
      "Bolivian President Luis Arce telephoned Chilean President Gabriel Boric on Monday. The two "
      "men met in La Paz on March 28.");
  const annals::Mention* meeting = nullptr;
  for (const annals::Mention& m : found)
    if (m.date == "2024-03-28") meeting = &m;
  REQUIRE(meeting);
  CHECK(meeting->actors == std::set<std::string>{"BOL", "CHL"});
  CHECK(std::find(meeting->people.begin(), meeting->people.end(), "Luis Arce") !=
        meeting->people.end());
  CHECK(std::find(meeting->people.begin(), meeting->people.end(), "Gabriel Boric") !=
        meeting->people.end());
}

TEST_CASE("subject and object pronouns keep their places", "[actors][nationals]") {
  annals::PersonMemory memory;
  FindActors("Bolivian President Luis Arce met Chilean President Gabriel Boric.", &memory, kDay);
  auto found = FindActors("He met him again on Friday.", &memory, kDay);
  REQUIRE(found.size() == 2);
  CHECK(found[0].name == "Luis Arce");
  CHECK(found[1].name == "Gabriel Boric");
  // One person before: an object pronoun is that person when another
  // is the subject.
  FindActors("Chilean President Gabriel Boric arrived in Lima.", &memory, kDay);
  found = FindActors("Bolivian President Luis Arce received him on Friday.", &memory, kDay);
  CHECK(CountryOfPerson(found, "Gabriel Boric") == "CHL");
  // "her" before a noun is possessive: no one.
  FindActors("Chilean Foreign Minister Alberto van Klaveren arrived.", &memory, kDay);
  found = FindActors("Bolivian President Luis Arce thanked her counterpart.", &memory, kDay);
  CHECK_FALSE(PersonNamed(found, "Alberto van Klaveren"));
  // A subject pronoun alone after two people is still neither.
  FindActors("Bolivian President Luis Arce met Chilean President Gabriel Boric.", &memory, kDay);
  found = FindActors("He flew home on Friday.", &memory, kDay);
  CHECK_FALSE(PersonNamed(found, "Luis Arce"));
  CHECK_FALSE(PersonNamed(found, "Gabriel Boric"));
}

TEST_CASE("a title with a modifier and no name is filled from the article", "[actors][nationals]") {
  annals::PersonMemory memory;
  FindActors("Bolivia and Chile have long quarrelled over the sea.", &memory, kDay);
  FindActors("Chilean President Gabriel Boric spoke on Monday.", &memory, kDay);
  CHECK(CountryOfPerson(FindActors("Crowds greeted the visiting president.", &memory, kDay),
                        "Gabriel Boric") == "CHL");
}
