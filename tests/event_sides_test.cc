// Which country a name stands for (issue 5, branch `sides17`): former
// states for their successor, territories and their towns for the
// sovereign state (unless --pair asks for the territory itself), titles
// held "then" or only "-elect", and judgements told as speech. Every
// sentence and name is made up for the test.
#include <algorithm>

#include <catch2/catch.hpp>

#include "event_test_util.h"

using namespace date::literals;

namespace {
using annals::ActorKind;
using annals::ActorMention;
using annals::testing::FindActors;
using annals::testing::PersonNamed;
const auto kDay = date::sys_days(2016_y / 12 / 5);

// The countries `found` names (countries, demonyms, places), in order.
std::vector<std::string> Codes(const std::vector<ActorMention>& found) {
  std::vector<std::string> out;
  for (const ActorMention& a : found) {
    if (a.kind == ActorKind::kCountry || a.kind == ActorKind::kDemonym ||
        a.kind == ActorKind::kPlace || a.kind == ActorKind::kCapital) {
      out.push_back(a.code);
    }
  }
  return out;
}

using Strings = std::vector<std::string>;

struct Fixture : annals::testing::ResolvedEventFixture {
  Fixture() : ResolvedEventFixture(2016_y / 12 / 5) {}
};
}  // namespace

TEST_CASE("former states stand for their successor", "[sides]") {
  annals::PersonMemory memory;
  CHECK(Codes(FindActors("Japan and the Soviet Union signed a declaration.", &memory, kDay)) ==
        Strings{"JPN", "RUS"});
  CHECK(Codes(FindActors("The USSR protested.", &memory, kDay)) == Strings{"RUS"});
  CHECK(Codes(FindActors("A Soviet delegation and a Yugoslav one met.", &memory, kDay)) ==
        Strings{"RUS", "SRB"});
  CHECK(Codes(FindActors("Czechoslovakia and West Germany agreed.", &memory, kDay)) ==
        Strings{"CZE", "DEU"});
  // A demonym that only says where a country of today comes from.
  CHECK(Codes(FindActors("Ukraine, a former Soviet republic, and post-Soviet Georgia.", &memory,
                         kDay)) == Strings{"UKR", "GEO"});
  // Asked for by name or code, the former state is itself.
  std::string code;
  CHECK(annals::testing::BundledActors().LookupCountry("Soviet Union", &code));
  CHECK(code == "SUN");
  CHECK(annals::testing::BundledActors().CountryName("YUG") == "Yugoslavia");
}

TEST_CASE("territories and their towns are the sovereign state's", "[sides]") {
  annals::PersonMemory memory;
  auto found = FindActors("The U.S. envoy flew to Nuuk, the capital of Greenland.", &memory, kDay);
  CHECK(Codes(found) == Strings{"USA", "DNK", "DNK"});
  // The town shows as itself.
  auto nuuk = std::find_if(found.begin(), found.end(),
                           [](const ActorMention& a) { return a.kind == ActorKind::kPlace; });
  REQUIRE(nuuk != found.end());
  CHECK(nuuk->name == "Nuuk");
  CHECK(nuuk->city);
  CHECK(Codes(FindActors("Guam, Puerto Rico, New Caledonia and Gibraltar.", &memory, kDay)) ==
        Strings{"USA", "USA", "FRA", "GBR"});
  // Hong Kong and Macao keep codes of their own, as before.
  CHECK(Codes(FindActors("Hong Kong and Macau.", &memory, kDay)) == Strings{"HKG", "MAC"});
  std::string city, country;
  CHECK(annals::testing::BundledActors().LookupPlace("NUUK", &city, &country));
  CHECK(country == "DNK");
}

TEST_CASE("a pair that names a territory keeps its own code", "[sides]") {
  annals::ActorLexicon lexicon;
  annals::Diagnostic error;
  REQUIRE(lexicon.Load(&error));
  std::string code;
  REQUIRE(lexicon.LookupCountry("Greenland", &code));
  CHECK(code == "GRL");
  lexicon.KeepOwnCodes({"GRL", "USA"});
  std::string text = "The U.S. envoy flew to Nuuk in Greenland, not to Denmark.";
  std::string lowered;
  auto words = annals::Tokenize(text, &lowered);
  auto found = lexicon.Find(text, words, 0, words.size(), kDay, nullptr);
  CHECK(Codes(found) == Strings{"USA", "GRL", "GRL", "DNK"});
  std::string city, country;
  CHECK(lexicon.LookupPlace("Nuuk", &city, &country));
  CHECK(country == "GRL");
}

TEST_CASE("a title held then or only elect names no holder of the day", "[sides][actors]") {
  annals::PersonMemory memory;
  // The sitting president of the day is not the one the text names.
  auto found = FindActors("U.S. President-elect Lopez spoke to Taiwan's leader.", &memory, kDay);
  const ActorMention* lopez = PersonNamed(found, "Lopez");
  REQUIRE(lopez);
  CHECK(lopez->code == "USA");
  CHECK_FALSE(PersonNamed(found, "Barack Obama"));
  memory.clear();
  found = FindActors("The U.S. president-elect spoke to Taiwan's leader.", &memory, kDay);
  CHECK_FALSE(PersonNamed(found, "Barack Obama"));
  // "then": the title's country still places the person.
  memory.clear();
  found = FindActors("Peruvian then-President Ana Rojas visited Santiago.", &memory, kDay);
  REQUIRE(PersonNamed(found, "Ana Rojas"));
  CHECK(PersonNamed(found, "Ana Rojas")->code == "PER");
  memory.clear();
  found = FindActors("The then Japanese prime minister visited Lima.", &memory, kDay);
  for (const ActorMention& a : found) CHECK(a.kind != ActorKind::kPerson);
  memory.clear();
  found = FindActors("The former Chinese president visited Lima.", &memory, kDay);
  CHECK_FALSE(PersonNamed(found, "Xi Jinping"));
  memory.clear();
  found = FindActors("Chile's former president, Ana Rojas, visited Lima.", &memory, kDay);
  REQUIRE(PersonNamed(found, "Ana Rojas"));
  CHECK(PersonNamed(found, "Ana Rojas")->code == "CHL");
  // Without "then" the holder of the day is still found.
  memory.clear();
  found = FindActors("The U.S. president spoke.", &memory, kDay);
  CHECK(PersonNamed(found, "Barack Obama"));
}

TEST_CASE("a name with a title held then keeps the title's country", "[sides][actors]") {
  annals::PersonMemory memory;
  // Neither the sitting foreign minister nor president of the day is the
  // one named: the apposition's title is the named person's own.
  auto found = FindActors("Ana Rojas, then Peru's foreign minister, met Kerry.", &memory, kDay);
  REQUIRE(PersonNamed(found, "Ana Rojas"));
  CHECK(PersonNamed(found, "Ana Rojas")->code == "PER");
  memory.clear();
  found = FindActors("Ana Rojas, the then Peruvian president, met Obama.", &memory, kDay);
  REQUIRE(PersonNamed(found, "Ana Rojas"));
  CHECK(PersonNamed(found, "Ana Rojas")->code == "PER");
  CHECK_FALSE(PersonNamed(found, "Pedro Pablo Kuczynski"));
  memory.clear();
  found = FindActors("Ana Rojas, former Chinese foreign minister, visited Lima.", &memory, kDay);
  REQUIRE(PersonNamed(found, "Ana Rojas"));
  CHECK(PersonNamed(found, "Ana Rojas")->code == "CHN");
  CHECK_FALSE(PersonNamed(found, "Wang Yi"));
  // The country is remembered for the surname alone later on.
  found = FindActors("Rojas said the talks went well.", &memory, kDay);
  REQUIRE(PersonNamed(found, "Ana Rojas"));
  CHECK(PersonNamed(found, "Ana Rojas")->code == "CHN");
  // "then" as a plain adverb before a title and another name: two people.
  memory.clear();
  found = FindActors("Ana Rojas, then President Xi Jinping, spoke.", &memory, kDay);
  REQUIRE(PersonNamed(found, "Xi Jinping"));
  CHECK(PersonNamed(found, "Xi Jinping")->code == "CHN");
  if (const ActorMention* rojas = PersonNamed(found, "Ana Rojas")) CHECK(rojas->code.empty());
}

TEST_CASE("judgements, denials and threats told as speech", "[sides]") {
  annals::testing::CheckHeldEvents(2016_y / 12 / 5,
                                   {
                                       {"On Monday, Peru said Chile's decision was unacceptable.",
                                        "condemnation",
                                        "111",
                                        "2016-12-05",
                                        {"CHL", "PER"}},
                                       {"Lima on Friday called the Chilean move a provocation.",
                                        "condemnation",
                                        "111",
                                        "2016-12-02",
                                        {"CHL", "PER"}},
                                       {"Chile on Thursday denied Peru's claims about the border.",
                                        "condemnation",
                                        "111",
                                        "2016-12-01",
                                        {"CHL", "PER"}},
                                       {"Peru said on Sunday it would retaliate against Chile.",
                                        "warning",
                                        "130",
                                        "2016-12-04",
                                        {"CHL", "PER"}},
                                   });
}

TEST_CASE("a plain saying is no event", "[sides]") {
  Fixture f;
  CHECK(f.Extract("On Monday, Peru said Chile's decision was expected.").empty());
  // Denying entry is a measure (an entry ban), never a denial of a claim.
  for (const auto& m : f.Extract("Chile on Thursday denied entry to a Peruvian ship.")) {
    CHECK(m.type != "condemnation");
    CHECK(m.type != "accusation");
  }
}

TEST_CASE("an old name passes the pair filter of its successor", "[sides]") {
  Fixture f;
  auto m = f.Extract("Japan and the Soviet Union signed a joint declaration on October 19, 1956.");
  REQUIRE(m.size() == 1);
  CHECK(m[0].actors == std::set<std::string>{"JPN", "RUS"});
  CHECK(m[0].date == "1956-10-19");
}
