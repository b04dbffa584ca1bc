// Participants named the way news names them after the first mention:
// offices without names, surnames after "Mr", people introduced by a
// country and a role.
#include <catch2/catch.hpp>

#include "actors.h"
#include "event_test_util.h"

using namespace date::literals;

namespace {
using annals::testing::CountryOfPerson;
using annals::testing::FindActors;
using annals::testing::PersonNamed;
size_t People(const std::vector<annals::ActorMention>& found) {
  return static_cast<size_t>(std::count_if(found.begin(), found.end(), [](const auto& a) {
    return a.kind == annals::ActorKind::kPerson;
  }));
}
const auto kDay = date::sys_days(2022_y / 3 / 15);
}  // namespace

TEST_CASE("a title only one country has names that country's holder", "[actors][context]") {
  annals::PersonMemory memory;
  auto found = FindActors("The Taoiseach flew to Ottawa on Monday.", &memory, kDay);
  REQUIRE(People(found) == 1);
  CHECK(found[0].code == "IRL");
  CHECK(found[0].role == "prime-minister");
  CHECK_FALSE(found[0].name.empty());
  // With a name of its own, the name is kept and the country still given.
  memory.clear();
  found = FindActors("Taoiseach Aoife Brennan spoke to reporters.", &memory, kDay);
  const auto* brennan = PersonNamed(found, "Aoife Brennan");
  REQUIRE(brennan);
  CHECK(brennan->code == "IRL");
  memory.clear();
  found = FindActors("The Supreme Leader rejected the offer.", &memory, kDay);
  REQUIRE(People(found) == 1);
  CHECK(found[0].code == "IRN");
}

TEST_CASE("a bare title takes the one person of that office the article named",
          "[actors][context]") {
  annals::PersonMemory memory;
  FindActors("Dutch Foreign Minister Pieter Vos met Chilean officials in Santiago.", &memory, kDay);
  auto found = FindActors("Later the foreign minister toured the port.", &memory, kDay);
  const auto* vos = PersonNamed(found, "Pieter Vos");
  REQUIRE(vos);
  CHECK(vos->code == "NLD");
  // Two foreign ministers of two countries: "the foreign minister" is open.
  FindActors("Chilean Foreign Minister Rosa Ibarra joined him.", &memory, kDay);
  found = FindActors("The foreign minister left early.", &memory, kDay);
  CHECK(People(found) == 0);
}

TEST_CASE("a bare title takes the one country named so far that has the office",
          "[actors][context]") {
  annals::PersonMemory memory;
  FindActors("Qatar and Egypt signed a trade accord.", &memory, kDay);
  auto found = FindActors("The Emir praised the deal.", &memory, kDay);
  REQUIRE(People(found) == 1);
  CHECK(found[0].code == "QAT");
  // Two named countries with an emir each: no one.
  memory.clear();
  FindActors("Qatar and Kuwait signed a trade accord.", &memory, kDay);
  found = FindActors("The Emir praised the deal.", &memory, kDay);
  CHECK(People(found) == 0);
  // "a minister" is no one in particular.
  memory.clear();
  FindActors("Belgian Minister Anna Peeters spoke.", &memory, kDay);
  found = FindActors("A minister said so.", &memory, kDay);
  CHECK(People(found) == 0);
}

TEST_CASE("a surname after a form of address is the person named before", "[actors][context]") {
  annals::PersonMemory memory;
  FindActors("Australian Prime Minister Malcolm Turnbull met Fijian leaders.", &memory,
             date::sys_days(2017_y / 5 / 2));
  for (const char* text :
       {"Mr Turnbull said the talks were useful.", "Mr. Turnbull said the talks were useful.",
        "The visit, Mr Turnbull said, was useful."}) {
    auto found = FindActors(text, &memory, date::sys_days(2017_y / 5 / 2));
    INFO(text);
    REQUIRE(People(found) == 1);
    CHECK(found.back().name == "Malcolm Turnbull");
    CHECK(found.back().code == "AUS");
  }
}

TEST_CASE("a surname two people of different countries share names neither", "[actors][context]") {
  annals::PersonMemory memory;
  FindActors("Kenyan envoy Peter Otieno met Ugandan envoy Grace Otieno.", &memory, kDay);
  auto found = FindActors("Ms Otieno said little.", &memory, kDay);
  CHECK(People(found) == 0);
  // Of one country, the shared name still gives that country.
  memory.clear();
  FindActors("Kenyan envoy Peter Otieno and his deputy Mary Otieno arrived.", &memory, kDay);
  found = FindActors("Otieno said little.", &memory, kDay);
  REQUIRE(People(found) == 1);
  CHECK(found[0].code == "KEN");
}

TEST_CASE("a country and a role introduce a person not in the data", "[actors][context]") {
  annals::PersonMemory memory;
  auto found = FindActors(
      "Peru's top negotiator Lucia Campos and Bolivian presidential aide Jorge Quispe met.",
      &memory, kDay);
  const auto* campos = PersonNamed(found, "Lucia Campos");
  const auto* quispe = PersonNamed(found, "Jorge Quispe");
  REQUIRE(campos);
  REQUIRE(quispe);
  CHECK(campos->code == "PER");
  CHECK(quispe->code == "BOL");
  found = FindActors("Quispe said a second round would follow.", &memory, kDay);
  CHECK(CountryOfPerson(found, "Jorge Quispe") == "BOL");
  // "Deputy" between the country and the office no longer hides the country.
  found = FindActors("Chilean Deputy Foreign Minister Tomas Rojas attended.", &memory, kDay);
  CHECK(CountryOfPerson(found, "Tomas Rojas") == "CHL");
}

TEST_CASE("a form of address before a name no one introduced stays part of it",
          "[actors][context]") {
  annals::PersonMemory memory;
  auto found = FindActors("Mr Hughes, the Canadian envoy, arrived.", &memory, kDay);
  const auto* hughes = PersonNamed(found, "Mr Hughes");
  REQUIRE(hughes);
  CHECK(hughes->code == "CAN");
  // A full name after it is the name.
  found = FindActors("Ms Dana Hughes, the Canadian envoy, arrived.", &memory, kDay);
  CHECK(CountryOfPerson(found, "Dana Hughes") == "CAN");
}

TEST_CASE("a title followed by 'of' and a country is that country's", "[actors][context]") {
  annals::PersonMemory memory;
  FindActors("Dutch Foreign Minister Pieter Vos arrived.", &memory, kDay);
  // Not the one foreign minister named before: the country after says whose.
  // ("He" is Pieter Vos since branch people15: the minister is the second.)
  auto found = FindActors("He met the foreign minister of Qatar in Doha.", &memory, kDay);
  REQUIRE(People(found) == 2);
  CHECK(found[0].name == "Pieter Vos");
  CHECK(found[1].code == "QAT");
  CHECK(found[1].name != "Pieter Vos");
}

TEST_CASE("the end of a hyphened given name is no surname", "[actors][context]") {
  annals::PersonMemory memory;
  const auto day = date::sys_days(2019_y / 6 / 30);
  FindActors("South Korean President Moon Jae-in met U.S. officials.", &memory, day);
  auto found = FindActors("In Seoul, the talks went on.", &memory, day);
  CHECK(People(found) == 0);
  found = FindActors("Moon said the talks went well.", &memory, day);
  REQUIRE(People(found) == 1);
  CHECK(found[0].code == "KOR");
}

TEST_CASE("the Tanaiste is Ireland's deputy head of government", "[actors][context]") {
  annals::PersonMemory memory;
  auto found = FindActors("The Tanaiste met Canadian ministers.", &memory, kDay);
  REQUIRE(People(found) == 1);
  CHECK(found[0].code == "IRL");
  CHECK(found[0].role == "deputy-prime-minister");
}

TEST_CASE("a form of address before the end of a known name is that person", "[actors][context]") {
  annals::PersonMemory memory;
  FindActors("Omani envoy Khalid bin Saeed al-Harthi met Yemeni officials.", &memory, kDay);
  auto found = FindActors("Mr al-Harthi said the talks were useful.", &memory, kDay);
  REQUIRE(People(found) == 1);
  CHECK(found[0].name == "Khalid bin Saeed al-Harthi");
  CHECK(found[0].code == "OMN");
  found = FindActors("Mr bin Saeed al-Harthi left.", &memory, kDay);
  REQUIRE(People(found) == 1);
  CHECK(found[0].name == "Khalid bin Saeed al-Harthi");
}

TEST_CASE("the dateline's country settles a bare title two countries share", "[actors][context]") {
  annals::PersonMemory memory;
  FindActors("Canada and Ireland signed a science accord.", &memory, kDay);
  auto found = FindActors("The Prime Minister praised it.", &memory, kDay);
  CHECK(People(found) == 0);
  annals::NoteDatelineCountry("CAN", &memory);
  found = FindActors("The Prime Minister praised it.", &memory, kDay);
  REQUIRE(People(found) == 1);
  CHECK(found[0].code == "CAN");
}

TEST_CASE("both sides named as one group noun are the article's pair", "[actors][context]") {
  annals::testing::EventFixture f(2018_y / 9 / 20);
  for (const char* group : {"The two Koreas", "Both Koreas"}) {
    std::string body = std::string("Seoul and Pyongyang traded barbs in March. ") + group +
                       " held talks at Panmunjom on April 27.";
    auto m = f.Extract(body, {{"March", "2018-03"}, {"April 27", "2018-04-27"}});
    INFO(group);
    auto talks = std::find_if(m.begin(), m.end(),
                              [](const annals::Mention& x) { return x.date == "2018-04-27"; });
    REQUIRE(talks != m.end());
    CHECK(talks->actors == std::set<std::string>{"KOR", "PRK"});
  }
  auto m = f.Extract(
      "Chile and Peru traded barbs in March. The two neighbours held talks in Lima on April 27.",
      {{"March", "2018-03"}, {"April 27", "2018-04-27"}});
  auto talks = std::find_if(m.begin(), m.end(),
                            [](const annals::Mention& x) { return x.date == "2018-04-27"; });
  REQUIRE(talks != m.end());
  CHECK(talks->actors == std::set<std::string>{"CHL", "PER"});
}
