// Places of events and third parties kept out (issue 5, branch scope21): a
// protest handed to an envoy is placed where a summons is, a place the
// object of a deal leads to is not where it was signed, a gathering held
// to open a dam is not placed at the dateline, and acts of third parties
// are not the pair's. The real resolver dates the sentences, published on
// Thursday 14 March 2024. Every sentence is written for the test.
#include <algorithm>
#include <array>
#include <set>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "event_test_util.h"
#include "merge.h"

namespace {

using Fixture = annals::testing::SentenceTestFixture;

// The one mention of `sentence`, which must be between Peru and Chile.
annals::Mention OnlyMention(Fixture& f, const std::string& sentence) {
  INFO(sentence);
  auto found = f.Extract(sentence);
  REQUIRE(found.size() == 1);
  CHECK(found[0].actors == std::set<std::string>{"CHL", "PER"});
  return found[0];
}

// The mentions between two or more sides of `body`, filed from `place`.
std::vector<annals::Mention> ExtractFiled(Fixture& f, const std::string& body,
                                          const std::string& place) {
  std::vector<annals::Mention> found =
      f.rules.Extract(annals::testing::MakeArticle("a.txt", f.published, body, place),
                      f.resolver->Resolve(body, f.published), annals::testing::BundledActors());
  std::erase_if(found, [](const annals::Mention& m) { return m.actors.size() < 2; });
  return found;
}

// Whether `found` holds a mention of `type` between Peru and Chile.
bool HasPairEvent(const std::vector<annals::Mention>& found, const std::string& type) {
  return std::any_of(found.begin(), found.end(), [&](const annals::Mention& m) {
    return m.type == type && m.actors.count("PER") && m.actors.count("CHL");
  });
}

}  // namespace

TEST_CASE("a summons or a protest handed to an envoy is at the protester's capital", "[scope21]") {
  Fixture f;
  CHECK(OnlyMention(f, "Chile summoned the Peruvian ambassador on Monday.").place == "Santiago");
  CHECK(OnlyMention(f, "Peru called in the Chilean charge d'affaires on Monday.").place == "Lima");
  auto note =
      OnlyMention(f,
                  "Peru handed a protest note to the Chilean ambassador on Tuesday, officials "
                  "said.");
  CHECK(note.type == "protest");
  CHECK(note.place == "Lima");
  CHECK(note.place_country == "PER");
  CHECK(OnlyMention(f, "Chile lodged a protest with the Peruvian envoy on Monday.").place ==
        "Santiago");
  // The dateline of the other side does not place it there.
  CHECK(OnlyMention(f,
                    "SANTIAGO, March 12 -- Peru handed a protest note to the Chilean "
                    "ambassador on Tuesday.")
            .place == "Lima");
  // A protest to the other government, not to its envoy, names no place.
  CHECK(
      OnlyMention(f, "Peru protested on Monday to Chile over the fishing dispute.").place.empty());
}

TEST_CASE("a place the object of a deal leads to is not where it was signed", "[scope21]") {
  Fixture f;
  CHECK(OnlyMention(f, "Peru and Chile signed a memorandum in March 2022 on a rail link to Tacna.")
            .place.empty());
  CHECK(OnlyMention(f,
                    "Peru and Chile signed an accord on Monday on a road linking Tacna and "
                    "Arica.")
            .place.empty());
  // A place of its own still wins; one before the event word is kept.
  CHECK(OnlyMention(f,
                    "Peru and Chile signed a memorandum on Tuesday in Arica on a road to "
                    "Tacna.")
            .place == "Arica");
  CHECK(OnlyMention(f,
                    "Peruvian President Carlos Soto travelled to Tacna and signed a "
                    "memorandum with Chile on Monday.")
            .place == "Tacna");
}

TEST_CASE("a gathering held to open a dam is not placed at the dateline", "[scope21]") {
  Fixture f;
  auto dam = ExtractFiled(f,
                          "Peruvian President Carlos Soto and Chilean President Pedro Ruiz met "
                          "on Wednesday to open a border dam on the Lauca river.",
                          "LIMA");
  REQUIRE(dam.size() == 1);
  CHECK(dam[0].place.empty());
  // Held to talk about it, the meeting reported from Lima was there.
  auto talk = ExtractFiled(f,
                           "Peruvian President Carlos Soto and Chilean President Pedro Ruiz met "
                           "on Wednesday to discuss a border dam on the Lauca river.",
                           "LIMA");
  REQUIRE(talk.size() == 1);
  CHECK(talk[0].place == "Lima");
  // A known town near it is the place.
  CHECK(OnlyMention(f,
                    "Peruvian President Carlos Soto and Chilean President Pedro Ruiz met on "
                    "Monday to open the Lauca dam near Tacna.")
            .place == "Tacna");
}

TEST_CASE("an act at a consulate is placed in the consulate's town", "[scope21]") {
  Fixture f;
  auto arrest = OnlyMention(f,
                            "Peruvian police on Monday arrested a Peruvian employee of the "
                            "Chilean consulate in Arequipa, the Chilean embassy in Lima said.");
  CHECK(arrest.type == "detention");
  CHECK(arrest.place == "Arequipa");
  // Condemned, the arrest gives its town to no protest.
  auto found = f.Extract(
      "Chile on Tuesday condemned the arrest of a Peruvian employee of its consulate in Arequipa.");
  auto condemned = std::find_if(found.begin(), found.end(),
                                [](const annals::Mention& m) { return m.type == "condemnation"; });
  REQUIRE(condemned != found.end());
  CHECK(condemned->actors == std::set<std::string>{"CHL", "PER"});
  CHECK(condemned->place.empty());
}

TEST_CASE("third parties' acts are not the pair's", "[scope21]") {
  Fixture f;
  const std::string before =
      "Peru and Chile have quarrelled for years over the sea border, and Peru recalled its "
      "ambassador from Chile in 2020. ";
  // An embassy opened in a third country is between its opener and the
  // host; the country that reports it is no side.
  auto ghana = f.Extract(before + "Chile opened an embassy in Ghana on Monday, Peru said.");
  CHECK_FALSE(HasPairEvent(ghana, "embassy-opening"));
  CHECK(std::any_of(ghana.begin(), ghana.end(), [](const annals::Mention& m) {
    return m.type == "embassy-opening" && m.actors == std::set<std::string>{"CHL", "GHA"};
  }));
  CHECK(HasPairEvent(f.Extract("Chile reopened its embassy in Lima on Monday, Peru said."),
                     "embassy-opening"));
  // Blame put on a group at home is no accusation against the other side.
  CHECK_FALSE(HasPairEvent(f.Extract(before + "Lima blamed the Shining Path for the bombing on "
                                              "Monday."),
                           "accusation"));
  CHECK_FALSE(HasPairEvent(f.Extract(before + "Peru blamed the Shining Path on Monday for the "
                                              "bombing of a Chilean bank."),
                           "accusation"));
  CHECK(HasPairEvent(f.Extract(before + "Peru accused Chile on Monday of spying."), "accusation"));
  CHECK(HasPairEvent(f.Extract(before + "Lima blamed the Chilean navy for the collision on "
                                        "Monday."),
                     "accusation"));
  // Other states named as the doers expelled the envoys, not the other side.
  CHECK_FALSE(HasPairEvent(f.Extract(before + "More than 20 countries expelled Chilean diplomats "
                                              "on Monday."),
                           "expulsion"));
  CHECK_FALSE(HasPairEvent(f.Extract(before + "Western nations expelled dozens of Chilean "
                                              "diplomats on Monday."),
                           "expulsion"));
  CHECK(HasPairEvent(f.Extract(before + "Peru expelled two Chilean diplomats on Monday."),
                     "expulsion"));
  // A country whose name holds such a word is one doer.
  const std::string usa =
      "The United States and Cuba have quarrelled for years, and Cuba recalled its envoy from "
      "Washington in 2020. ";
  auto expelled = f.Extract(usa + "The United States expelled two diplomats on Monday.");
  CHECK(std::any_of(expelled.begin(), expelled.end(), [](const annals::Mention& m) {
    return m.type == "expulsion" && m.actors == std::set<std::string>{"CUB", "USA"};
  }));
  // Who freed a person named in an aside takes no part in his meeting.
  CHECK_FALSE(HasPairEvent(f.Extract(before + "Mr Soto, the Peruvian freed by Chile, met "
                                              "President Ruiz in Lima on Tuesday."),
                           "meeting"));
  CHECK(HasPairEvent(f.Extract(before + "Mr Soto, the Peruvian freed by Chile, met Chilean "
                                        "President Pedro Ruiz in Lima on Tuesday."),
                     "meeting"));
  // An official of the side named in the aside meets the other side.
  CHECK(HasPairEvent(f.Extract(before + "Mr Vega, the Peruvian foreign minister, met President "
                                        "Ruiz in Lima on Tuesday."),
                     "meeting"));
}

TEST_CASE("a merged entry keeps the most precise place of its sources", "[scope21]") {
  auto mention = [](const std::string& file, const std::string& place) {
    annals::Mention m;
    m.type = m.noun = "incident";
    m.family = "incident";
    m.date = "2024-03-11";
    m.first = m.last = date::sys_days(date::year(2024) / 3 / 11);
    m.status = "held";
    m.actors = {"CHL", "PER"};
    m.place = place;
    m.place_country = "PER";
    m.source.file = file;
    m.source.published = "2024-03-12";
    m.source.phrase = "Monday";
    m.source.quote = "the attack in " + place;
    return m;
  };
  const std::array<std::string, 2> pair{"PER", "CHL"};
  const auto& actors = annals::testing::BundledActors();
  // The country from one wire, the town from another, in either order.
  auto country_first =
      annals::MergeMentions({mention("a.txt", "Peru"), mention("b.txt", "Cusco")}, pair, actors);
  REQUIRE(country_first.size() == 1);
  CHECK(country_first[0].place == "Cusco");
  CHECK(country_first[0].sources.size() == 2);
  auto town_first =
      annals::MergeMentions({mention("a.txt", "Cusco"), mention("b.txt", "Peru")}, pair, actors);
  REQUIRE(town_first.size() == 1);
  CHECK(town_first[0].place == "Cusco");
}
