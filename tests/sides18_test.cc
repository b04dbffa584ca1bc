// Participants the lexicon cannot place by a name (issue 5, branch
// `sides18`): measures and incidents done to one side with the doer left
// out or named only as "the junta", passives, "it" after a sentence naming
// the two sides, and a heritage before a nationality that names no third
// country. Every sentence and name is made up for the test.
#include <catch2/catch.hpp>

#include "event_test_util.h"
#include "side_words.h"

using namespace date::literals;

namespace {
struct Fixture : annals::testing::ResolvedEventFixture {
  Fixture() : ResolvedEventFixture(2024_y / 4 / 2) {}
};

// The mentions of `body` whose sides are exactly `sides`.
size_t CountWithSides(Fixture& f, const std::string& body, const std::set<std::string>& sides) {
  size_t n = 0;
  for (const annals::Mention& m : f.Extract(body)) n += m.actors == sides ? 1 : 0;
  return n;
}

// Opens each story: the article's two countries, named twice each.
const std::string kIntro =
    "Peru and Chile traded accusations on Tuesday. Lima and Santiago have quarrelled for months. ";
}  // namespace

TEST_CASE("a measure done to one side is the other side's doing", "[events][sides18]") {
  Fixture f;
  // A passive with no doer.
  CHECK(CountWithSides(f, kIntro + "Two former Chilean soldiers were arrested on March 28.",
                       {"CHL", "PER"}) == 1);
  CHECK(CountWithSides(f, kIntro + "Six Chilean executives were briefly detained on Monday.",
                       {"CHL", "PER"}) == 1);
  // A doer the text does not place, and the side after the verb.
  CHECK(CountWithSides(f, kIntro + "The junta expelled the Chilean consul on March 30.",
                       {"CHL", "PER"}) == 1);
  // A noun and "of".
  CHECK(CountWithSides(f, kIntro + "The expulsion of the Chilean consul on March 30 angered many.",
                       {"CHL", "PER"}) == 1);
}

TEST_CASE("a measure a side does itself gets no second side", "[events][sides18]") {
  Fixture f;
  // The side is the doer, before an active verb.
  CHECK(CountWithSides(f, kIntro + "Chilean police detained six protesters on Monday.",
                       {"CHL", "PER"}) == 0);
  // In the side's own country.
  CHECK(CountWithSides(f, kIntro + "Six Chilean executives were detained in Santiago on Monday.",
                       {"CHL", "PER"}) == 0);
  // A third country in the sentence.
  CHECK(CountWithSides(f, kIntro + "Six Chilean executives were detained on Monday, Bolivia said.",
                       {"CHL", "PER"}) == 0);
  // A side named far after the verb is told of in passing.
  CHECK(CountWithSides(f,
                       kIntro + "The junta expelled six journalists on March 30 for their "
                                "reports on a Chilean mine.",
                       {"CHL", "PER"}) == 0);
  // "by" names the side as the doer of a passive.
  CHECK(CountWithSides(f, kIntro + "Six protesters were detained by Chilean police on Monday.",
                       {"CHL", "PER"}) == 0);
}

TEST_CASE("a counterpart is the other side", "[events][sides18]") {
  Fixture f;
  CHECK(CountWithSides(f,
                       kIntro + "Peruvian President Dina Boluarte met her counterpart on Monday.",
                       {"CHL", "PER"}) == 1);
  // Not in a story of three countries named alike.
  CHECK(CountWithSides(f,
                       "Peru, Bolivia and Chile traded accusations. Peruvian President Dina "
                       "Boluarte met her counterpart on Monday.",
                       {"CHL", "PER"}) == 0);
}

TEST_CASE("both capitals are the article's two sides", "[events][sides18]") {
  Fixture f;
  CHECK(CountWithSides(f, kIntro + "Both capitals signed a fisheries accord on Monday.",
                       {"CHL", "PER"}) == 1);
}

TEST_CASE("it after a sentence naming the two sides is one of them", "[events][sides18]") {
  Fixture f;
  CHECK(CountWithSides(f,
                       "Peru summoned the Chilean ambassador on Monday. It gave him 72 hours to "
                       "leave on Tuesday.",
                       {"CHL", "PER"}) == 2);
  // Not when the sentence before named one country only.
  CHECK(CountWithSides(f, "Peru held elections on Sunday. It expelled six journalists on Monday.",
                       {"CHL", "PER"}) == 0);
}

TEST_CASE("a heritage before a nationality names no third side", "[events][sides18]") {
  Fixture f;
  const std::string intro =
      "Venezuela and the United States quarrelled again. Caracas and Washington traded barbs. ";
  CHECK(CountWithSides(f,
                       intro + "A Cuban-American contractor was arrested in Venezuela on Monday.",
                       {"USA", "VEN"}) == 1);
}

namespace {
// The demonyms of `text` left once heritages are dropped, in order.
std::vector<std::string> Demonyms(const std::string& text) {
  static const annals::SideWords* side_words = [] {
    auto* w = new annals::SideWords;
    annals::Diagnostic error;
    REQUIRE(w->Load(&error));
    return w;
  }();
  std::string lowered;
  std::vector<annals::Word> words = annals::Tokenize(text, &lowered);
  annals::PersonMemory memory;
  auto found =
      annals::testing::BundledActors().Find(text, words, 0, words.size(), std::nullopt, &memory);
  annals::DropHeritageDemonyms(*side_words, words, 0, words.size(), &found);
  std::vector<std::string> codes;
  for (const auto& a : found)
    if (a.kind == annals::ActorKind::kDemonym) codes.push_back(a.code);
  return codes;
}
}  // namespace

TEST_CASE("a heritage is dropped only before a person", "[actors][sides18]") {
  using Codes = std::vector<std::string>;
  CHECK(Demonyms("A Cuban-American contractor was held.") == Codes{"USA"});
  CHECK(Demonyms("A Cuban-American arrested in Caracas.") == Codes{"USA"});
  // "dual" keeps both nationalities.
  CHECK(Demonyms("A dual Peruvian-Spanish citizen was held.") == Codes{"PER", "ESP"});
  // Two sides of something that is no person.
  CHECK(Demonyms("Peruvian-Chilean talks resumed.") == Codes{"PER", "CHL"});
}

TEST_CASE("side words are read from data and checked", "[sides18]") {
  annals::SideWords words;
  annals::Diagnostic error;
  REQUIRE(words.LoadFrom("s.tsv", "junta\tgovernment\nwere\tbe\n", "n.tsv", "engineer\tnoun\n",
                         &error));
  CHECK(words.IsPersonNoun(annals::WordText("engineer")));
  CHECK_FALSE(words.IsPersonNoun(annals::WordText("junta")));
  CHECK_FALSE(words.LoadFrom("s.tsv", "junta\tgovernment\nregime\truler\n", "n.tsv", "", &error));
  CHECK(error.ToString().find("s.tsv:2:8") != std::string::npos);
}
