// Conflict and relations language, plural participants and the types of
// measures (issue 5, second pass). Every sentence is written for the test.
#include <algorithm>
#include <fstream>
#include <set>

#include <catch2/catch.hpp>

#include "annals/timeline.h"
#include "event_rules.h"
#include "event_test_util.h"
#include "test_util.h"

using namespace date::literals;
using annals::testing::MakeArticle;
using annals::testing::Times;

namespace {
// Published on Wednesday 10 March 2021.
struct Fixture : annals::testing::EventFixture {
  Fixture() : EventFixture(2021_y / 3 / 10) {}
};

using Codes = std::set<std::string>;

struct Case {
  std::string sentence;
  std::string phrase, value;  // the sentence's one time expression
  std::string type, cameo;
  Codes sides;
};
}  // namespace

TEST_CASE("relations, trade measures, demands, clashes and envoys are events", "[conflict]") {
  const Case cases[] = {
      {"Morocco severed diplomatic relations with Algeria on Tuesday.",
       "Tuesday",
       "2021-03-09",
       "break-relations",
       "161",
       {"DZA", "MAR"}},
      {"Algeria cut diplomatic ties with Morocco on Tuesday.",
       "Tuesday",
       "2021-03-09",
       "break-relations",
       "161",
       {"DZA", "MAR"}},
      {"Egypt reopened its embassy in Doha on Sunday.",
       "Sunday",
       "2021-03-07",
       "embassy-opening",
       "054",
       {"EGY", "QAT"}},
      {"Canberra and Beijing normalised ties in December 1972.",
       "December 1972",
       "1972-12",
       "restoration",
       "054",
       {"AUS", "CHN"}},
      {"China imposed anti-dumping duties on Australian wine on Friday.",
       "Friday",
       "2021-03-05",
       "trade-restriction",
       "163",
       {"AUS", "CHN"}},
      {"Russia suspended imports of Turkish tomatoes on Monday.",
       "Monday",
       "2021-03-08",
       "trade-restriction",
       "163",
       {"RUS", "TUR"}},
      {"Turkey demanded an apology from Russia on Tuesday.",
       "Tuesday",
       "2021-03-09",
       "demand",
       "100",
       {"RUS", "TUR"}},
      {"Indian and Chinese troops clashed on the border on Monday.",
       "Monday",
       "2021-03-08",
       "incident",
       "190",
       {"CHN", "IND"}},
      {"Poland on Monday declared a Russian diplomat persona non grata.",
       "Monday",
       "2021-03-08",
       "expulsion",
       "166",
       {"POL", "RUS"}},
      {"Cuba on Tuesday ordered a U.S. diplomat to leave.",
       "Tuesday",
       "2021-03-09",
       "expulsion",
       "166",
       {"CUB", "USA"}},
      {"Protesters stormed the Saudi embassy in Tehran on Sunday.",
       "Sunday",
       "2021-03-07",
       "incident",
       "180",
       {"IRN", "SAU"}},
      {"Ankara accused the Israeli prime minister of lying on Tuesday.",
       "Tuesday",
       "2021-03-09",
       "accusation",
       "112",
       {"ISR", "TUR"}},
      {"France ordered its ambassador back to his post in Washington on Friday.",
       "Friday",
       "2021-03-05",
       "envoy-return",
       "054",
       {"FRA", "USA"}},
      {"India suspended visa services for Canadians on Thursday.",
       "Thursday",
       "2021-03-04",
       "reduce-relations",
       "160",
       {"CAN", "IND"}},
  };
  Fixture f;
  for (const Case& c : cases) {
    INFO(c.sentence);
    auto m = f.Extract(c.sentence, {{c.phrase, c.value}});
    REQUIRE(m.size() == 1);
    CHECK(m[0].type == c.type);
    CHECK(m[0].cameo == c.cameo);
    CHECK(m[0].date == c.value);
    CHECK(m[0].actors == c.sides);
  }
}

TEST_CASE("the day of a decision dates the step decided", "[conflict]") {
  Fixture f;
  auto m = f.Extract("Riyadh and Tehran agreed on Friday to restore diplomatic ties.",
                     {{"Friday", "2021-03-05"}});
  REQUIRE(m.size() == 1);
  CHECK(m[0].type == "restoration");
  CHECK(m[0].date == "2021-03-05");
  // Another time of the clause dates the step itself.
  m = f.Extract("Riyadh and Tehran agreed on Friday to restore diplomatic ties in May.",
                {{"Friday", "2021-03-05"}, {"May", "2021-05"}});
  REQUIRE(m.size() == 1);
  CHECK(m[0].date == "2021-05");
  CHECK(m[0].status == "planned");
}

TEST_CASE("a measure that takes effect later is planned", "[conflict]") {
  Fixture f;
  auto m = f.Extract("Washington said its tariffs on Chinese steel would take effect on Monday.",
                     {{"Monday", "2021-03-15", "", "future"}});
  REQUIRE(m.size() == 1);
  CHECK(m[0].type == "trade-restriction");
  CHECK(m[0].status == "planned");
  CHECK(m[0].actors == Codes{"CHN", "USA"});
}

TEST_CASE("a measure reported in the present tense is dated by publication", "[conflict]") {
  Fixture f;
  auto m = f.Extract("Russia expels two U.S. diplomats.", {});
  REQUIRE(m.size() == 1);
  CHECK(m[0].type == "expulsion");
  CHECK(m[0].date == "2021-03-10");
  CHECK(m[0].actors == Codes{"RUS", "USA"});
  // Not when it speaks of an intent.
  m = f.Extract("Russia wants to expel two U.S. diplomats.", {});
  CHECK(m.empty());
}

TEST_CASE("an ambassador recalled for consultations is one recall", "[conflict]") {
  Fixture f;
  auto m = f.Extract("Moscow recalled its ambassador in Washington for consultations on Wednesday.",
                     {{"Wednesday", "2021-03-10"}});
  REQUIRE(m.size() == 1);
  CHECK(m[0].type == "recall");
  CHECK(m[0].actors == Codes{"RUS", "USA"});
}

TEST_CASE("talks paused on an agreement are no agreement", "[conflict]") {
  Fixture f;
  auto m = f.Extract("Britain paused negotiations on a trade agreement with India on Monday.",
                     {{"Monday", "2021-03-08"}});
  REQUIRE(m.size() == 1);
  CHECK(m[0].type == "halt-talks");
  CHECK(m[0].cameo == "164");
  CHECK(m[0].actors == Codes{"GBR", "IND"});
  // Signing one is still an agreement.
  m = f.Extract("Britain and India signed a trade agreement on Monday.",
                {{"Monday", "2021-03-08"}});
  REQUIRE(m.size() == 1);
  CHECK(m[0].type == "agreement");
}

TEST_CASE("a bare title before a known name keeps its holder's country", "[conflict]") {
  Fixture f;
  std::string body =
      "President Joe Biden and President Vladimir Putin met on Tuesday in Geneva. "
      "On Wednesday Biden phoned Putin again.";
  auto m = f.Extract(body, {{"Tuesday", "2021-03-09"}, {"Wednesday", "2021-03-10"}});
  REQUIRE(m.size() == 2);
  CHECK(m[0].actors == Codes{"RUS", "USA"});
  CHECK(m[0].person_country.at("Vladimir Putin") == "RUS");
  CHECK(m[0].person_country.at("Joe Biden") == "USA");
  CHECK(m[1].type == "call");
  CHECK(m[1].actors == Codes{"RUS", "USA"});
}

TEST_CASE("a name in apposition or with particles is the title's holder", "[conflict]") {
  Fixture f;
  auto m = f.Extract(
      "Saudi Foreign Minister Prince Faisal bin Farhan met Iran's foreign minister, Reza "
      "Karimi-Nejad, in Beijing on Thursday.",
      {{"Thursday", "2021-03-04"}});
  REQUIRE(m.size() == 1);
  CHECK(m[0].actors == Codes{"IRN", "SAU"});
  REQUIRE(m[0].people.size() == 2);
  CHECK(m[0].people[0] == "Faisal bin Farhan");
  CHECK(m[0].people[1] == "Reza Karimi-Nejad");
  CHECK(m[0].person_country.at("Reza Karimi-Nejad") == "IRN");
}

TEST_CASE("words before a known name are not part of it", "[conflict]") {
  Fixture f;
  // Opening the sentence, before an office holder.
  auto m = f.Extract("When Putin met Erdogan on Monday, they spoke of the war.",
                     {{"Monday", "2021-03-08"}});
  REQUIRE(m.size() == 1);
  CHECK(m[0].actors == Codes{"RUS", "TUR"});
  // Inside a sentence a surname an office holder shares does not make a
  // stranger that office holder.
  m = f.Extract("Putin met the Turkish envoy and Joan Brown Campbell in Moscow on Monday.",
                {{"Monday", "2021-03-08"}});
  REQUIRE(m.size() == 1);
  CHECK(m[0].actors.count("CAN") == 0);
  CHECK(m[0].actors.count("GBR") == 0);
}

TEST_CASE("a name with lower-case particles is one name", "[conflict]") {
  Fixture f;
  auto m = f.Extract(
      "Qatari Foreign Minister Omar bin Khalid al-Thani held talks with Egyptian Foreign "
      "Minister Samir de Souza in Cairo on Monday.",
      {{"Monday", "2021-03-08"}});
  REQUIRE(m.size() == 1);
  REQUIRE(m[0].people.size() == 2);
  CHECK(m[0].people[0] == "Omar bin Khalid al-Thani");
  CHECK(m[0].people[1] == "Samir de Souza");
  CHECK(m[0].actors == Codes{"EGY", "QAT"});
}

TEST_CASE("the pair named as a plural takes part", "[conflict]") {
  Fixture f;
  SECTION("they, after a sentence naming two countries") {
    auto m = f.Extract(
        "Chinese Foreign Minister Wang Yi spoke with his Indian counterpart about the border. "
        "They held their first meeting in Moscow on Friday.",
        {{"Friday", "2021-03-05"}});
    REQUIRE(m.size() == 1);
    CHECK(m[0].actors == Codes{"CHN", "IND"});
  }
  SECTION("they, after a sentence naming three, is nobody known") {
    auto m = f.Extract("China, India and Russia discussed the border. They met on Friday.",
                       {{"Friday", "2021-03-05"}});
    REQUIRE(m.size() == 1);
    CHECK(m[0].actors.empty());
  }
  SECTION("their foreign ministers, the two armies") {
    auto m = f.Extract(
        "China and India have disputed the border for decades. Their foreign ministers met in "
        "Beijing on Friday. Generals of the two armies met on Saturday.",
        {{"Friday", "2021-03-05"}, {"Saturday", "2021-03-06"}});
    REQUIRE(m.size() == 2);
    CHECK(m[0].actors == Codes{"CHN", "IND"});
    CHECK(m[1].actors == Codes{"CHN", "IND"});
  }
}

TEST_CASE("conflict words about third countries name no pair", "[conflict]") {
  Fixture f;
  SECTION("one country") {
    auto m = f.Extract("Troops clashed in Sudan on Monday.", {{"Monday", "2021-03-08"}});
    REQUIRE(m.size() == 1);
    CHECK(m[0].actors == Codes{"SDN"});
  }
  SECTION("another clause's countries") {
    auto m = f.Extract("Israel imposed tariffs on steel on Monday, and Washington praised China.",
                       {{"Monday", "2021-03-08"}});
    REQUIRE(m.size() == 1);
    CHECK(m[0].actors == Codes{"ISR"});
  }
  SECTION("who reports it") {
    auto m = f.Extract("Russia shelled Ukraine on Monday, China said.", {{"Monday", "2021-03-08"}});
    for (const auto& x : m) CHECK(x.actors.count("CHN") == 0);
  }
}

TEST_CASE("build writes conflict events with their types and codes", "[conflict][e2e]") {
  annals::testing::TempDir dir("e2e-conflict");
  dir.Write("articles/a.txt",
            "Envoys recalled\n\nHarbour Times, March 10, 2021\n\n"
            "Moscow recalled its ambassador in Washington for consultations on Tuesday. "
            "On Monday the United States imposed sanctions on seven Russian officials.\n\n"
            "Brazil and Argentina signed a trade agreement on Monday.\n");
  std::string yaml = dir.path() + "/t.yaml";
  REQUIRE(std::system((std::string(ANNALS_BINARY) + " build " + dir.path() + "/articles -o " +
                       yaml + " --pair RUS,USA 2>/dev/null >/dev/null")
                          .c_str()) == 0);
  annals::Timeline t;
  std::vector<annals::Diagnostic> diagnostics;
  REQUIRE(annals::LoadTimeline(yaml, &t, &diagnostics));
  std::set<std::string> types;
  for (const annals::Entry& e : t.events) types.insert(e.type + " " + e.cameo);
  CHECK(types == std::set<std::string>{"recall 161", "sanction 163"});
}
