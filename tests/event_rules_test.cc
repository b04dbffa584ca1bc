#include "event_rules.h"

#include <algorithm>

#include <catch2/catch.hpp>

#include "event_test_util.h"

using namespace date::literals;
using annals::testing::MakeArticle;
using annals::testing::Times;

namespace {
// Published on Wednesday 2 December 2015, as the seed article.
struct Fixture : annals::testing::EventFixture {
  Fixture() : EventFixture(2015_y / 12 / 2) {}
};
}  // namespace

TEST_CASE("the time in the event's clause governs it, not the nearest", "[events]") {
  Fixture f;
  std::string body =
      "The talks followed Li's state visit to France in late September and a visit to "
      "Germany by Chinese Foreign Minister Zhao Keming in early October.";
  auto m = f.Extract(body,
                     {{"late September", "2015-09", "END"}, {"early October", "2015-10", "START"}});
  REQUIRE(m.size() == 2);
  CHECK(m[0].type == "state-visit");
  CHECK(m[0].qualifier == "late");
  CHECK(m[0].destination == "France");
  CHECK(m[1].type == "visit");
  CHECK(m[1].date == "2015-10");
  CHECK(m[1].qualifier == "early");
  CHECK(m[1].principal == "Zhao Keming");
  CHECK(m[1].destination == "Germany");
}

TEST_CASE("a time right before the event noun is its date", "[events]") {
  Fixture f;
  std::string body = "They recalled their September summit and a visit in Paris this week.";
  auto m = f.Extract(body, {{"September", "2015-09"}, {"this week", "2015-W49"}});
  REQUIRE(m.size() == 2);
  CHECK(m[0].type == "summit");
  CHECK(m[0].date == "2015-09");
  CHECK(m[1].date == "2015-W49");
  CHECK(m[1].place == "Paris");
}

TEST_CASE("an event with no date of its own is not dated by publication", "[events]") {
  Fixture f;
  auto m = f.Extract("Chinese and U.S. officials praised the dialogue mechanism.", {});
  CHECK(m.empty());
}

TEST_CASE("a time in another clause does not date the event", "[events]") {
  Fixture f;
  std::string body =
      "The summit is likely to be the last between the two men before Obama leaves office in "
      "January.";
  auto m = f.Extract(body, {{"January", "2016-01"}});
  CHECK(m.empty());
}

TEST_CASE("status from tense and modality", "[events]") {
  Fixture f;
  std::string body =
      "Both delegations agreed to hold the following Chinese-American dialogue in Beijing in "
      "June next year. Chinese and U.S. officials held talks here Tuesday. The Chinese-American "
      "summit planned for Friday was called off.";
  auto m = f.Extract(body,
                     {{"June next year", "2016-06"},
                      {"Tuesday", "2015-12-01"},
                      {"Friday", "2015-12-04", "", "future"}},
                     "Washington");
  REQUIRE(m.size() == 3);
  CHECK(m[0].status == "planned");
  CHECK(m[0].place == "Beijing");
  CHECK(m[1].status == "held");
  CHECK(m[1].place == "Washington");  // "here" is the dateline place
  CHECK(m[2].status == "cancelled");
}

TEST_CASE("participants from names, abbreviations, demonyms and people", "[events]") {
  Fixture f;
  std::string body = "U.S. President Barack Obama met Chinese President Xi Jinping on Friday.";
  auto m = f.Extract(body, {{"Friday", "2015-11-27"}});
  REQUIRE(m.size() == 1);
  CHECK(m[0].actors == std::set<std::string>{"CHN", "USA"});
  CHECK(m[0].people == std::vector<std::string>{"Barack Obama", "Xi Jinping"});
}

TEST_CASE("the two sides are the article's two countries", "[events]") {
  Fixture f;
  std::string body =
      "Chinese and U.S. officials spoke. China and the United States disagree.\n\nThe two "
      "sides held a dialogue on Monday.";
  auto m = f.Extract(body, {{"Monday", "2015-11-30"}});
  REQUIRE(m.size() == 1);
  CHECK(m[0].actors == std::set<std::string>{"CHN", "USA"});
}

TEST_CASE("a later mention of the event adds its place and people", "[events]") {
  Fixture f;
  std::string body =
      "The first Chinese-American dialogue on cyber crime was held Tuesday. The dialogue was "
      "co-chaired by U.S. Attorney General Anna Fielding. At the dialogue, held in the U.S. "
      "Justice Department, both delegations found common ground.";
  auto m = f.Extract(body, {{"Tuesday", "2015-12-01"}});
  REQUIRE(m.size() == 1);
  CHECK(m[0].people == std::vector<std::string>{"Anna Fielding"});
  CHECK(m[0].place == "Washington");
  CHECK(m[0].phrase == "first Chinese-American dialogue");
  CHECK(m[0].topic == "on cyber crime");
}

TEST_CASE("a named multilateral gathering is no bilateral event", "[events]") {
  Fixture f;
  std::string body = "Xi and Obama attended the East Asia Summit on Friday.";
  auto m = f.Extract(body, {{"Friday", "2015-11-27"}});
  CHECK(m.empty());
  body =
      "Chinese and U.S. officials held the China-U.S. Strategic and Economic Dialogue on Friday.";
  m = f.Extract(body, {{"Friday", "2015-11-27"}});
  REQUIRE(m.size() == 1);
  CHECK(m[0].type == "dialogue");
}

TEST_CASE("an appositive after the time names the event", "[events]") {
  Fixture f;
  std::string body =
      "U.S. President Barack Obama and Chinese President Xi Jinping shook hands on Tuesday at "
      "a hotel, the first meeting between the two.";
  auto m = f.Extract(body, {{"Tuesday", "2015-12-01"}});
  REQUIRE(m.size() == 1);
  CHECK(m[0].type == "meeting");
  CHECK(m[0].date == "2015-12-01");
}

TEST_CASE("a reporting verb's time dates the decision it reports", "[events]") {
  Fixture f;
  std::string body = "Japan said on Friday it would recall its ambassador to South Korea.";
  auto m = f.Extract(body, {{"Friday", "2017-01-06"}});
  REQUIRE(m.size() == 1);
  CHECK(m[0].type == "recall");
  CHECK(m[0].date == "2017-01-06");
  // Across a comma the time stays with the report.
  body =
      "Japan said on Friday that it had tested a rocket, a step that drew Korean "
      "condemnation.";
  CHECK(f.Extract(body, {{"Friday", "2017-01-06"}}).empty());
}

TEST_CASE("an event word that only gives a reason is no event", "[events]") {
  Fixture f;
  std::string body =
      "Japan recalled its ambassador to South Korea on Friday in protest at a statue placed "
      "last month.";
  auto m = f.Extract(body, {{"Friday", "2017-01-06"}, {"last month", "2016-12"}});
  REQUIRE(m.size() == 1);
  CHECK(m[0].type == "recall");
}

TEST_CASE("an event reported in the present tense is dated by publication", "[events]") {
  Fixture f;
  auto m = f.Extract("Chinese President Xi Jinping is on a state visit to France.", {});
  REQUIRE(m.size() == 1);
  CHECK(m[0].type == "state-visit");
  CHECK(m[0].date == "2015-12-02");
  CHECK(m[0].status == "held");
  CHECK(m[0].source.phrase == "is on");
  CHECK(m[0].destination == "France");

  auto meets = f.Extract(
      "Chinese President Xi Jinping meets French President Francois Hollande "
      "in Paris.",
      {});
  REQUIRE(meets.size() == 1);
  CHECK(meets[0].family == "meeting");
  CHECK(meets[0].date == "2015-12-02");
  CHECK(meets[0].place == "Paris");
}

TEST_CASE("a present tense that speaks of the future or of an intent dates nothing", "[events]") {
  Fixture f;
  CHECK(f.Extract("Chinese President Xi Jinping is expected to hold talks with French President "
                  "Francois Hollande.",
                  {})
            .empty());
  CHECK(f.Extract("Chinese President Xi Jinping wants to hold talks with Hollande.", {}).empty());
}

TEST_CASE("a present-tense headline of an event the article dates adds no entry", "[events]") {
  Fixture f;
  std::string body =
      "Xi phones Obama\n\nChinese President Xi Jinping phoned U.S. President Barack Obama on "
      "Tuesday.";
  auto m = f.Extract(body, {{"Tuesday", "2015-12-01"}});
  REQUIRE(m.size() == 1);
  CHECK(m[0].date == "2015-12-01");
  CHECK_FALSE(m[0].present);
}

TEST_CASE("a verb with an event noun as object is that event", "[events]") {
  Fixture f;
  auto m = f.Extract(
      "Russian President Vladimir Putin received a letter from Turkish President "
      "Recep Tayyip Erdogan on Monday.",
      {{"Monday", "2015-11-30"}});
  REQUIRE(m.size() == 1);
  CHECK(m[0].type == "letter");
  CHECK(m[0].date == "2015-11-30");
}

TEST_CASE("a dateline's date dates no event", "[events]") {
  Fixture f;
  auto m = f.Extract(
      "WASHINGTON, Dec. 2 (AP) -- The summit between China and the United States "
      "drew praise.",
      {{"Dec. 2", "2015-12-02"}});
  CHECK(m.empty());
}

TEST_CASE("the dateline's city is no side of the event", "[events]") {
  Fixture f;
  auto m = f.Extract(
      "MOSCOW, June 29 (AP) -- Chinese President Xi Jinping and U.S. President Barack Obama "
      "held talks in Beijing on Tuesday.",
      {{"June 29", "2016-06-29"}, {"Tuesday", "2016-06-28"}});
  REQUIRE(m.size() == 1);
  CHECK(m[0].actors.count("CHN") == 1);
  CHECK(m[0].actors.count("USA") == 1);
  CHECK(m[0].actors.count("RUS") == 0);
}

TEST_CASE("a time before a participle or a verb dates the event that follows", "[events]") {
  Fixture f;
  auto m = f.Extract(
      "Russian President Vladimir Putin signed a decree on Saturday imposing "
      "sanctions on Turkey.",
      {{"Saturday", "2015-11-28"}});
  REQUIRE(m.size() == 1);
  CHECK(m[0].type == "sanction");
  CHECK(m[0].date == "2015-11-28");
  CHECK(m[0].status == "held");

  auto deal = f.Extract("South Korea and Japan on Monday reached a deal on the dispute.",
                        {{"Monday", "2015-11-30"}});
  REQUIRE(deal.size() == 1);
  CHECK(deal[0].family == "agreement");
  CHECK(deal[0].date == "2015-11-30");
}

TEST_CASE("a place named after its kind or near it is where the event was", "[events]") {
  Fixture f;
  auto m = f.Extract(
      "Russian Foreign Minister Sergey Lavrov held talks with Turkish Foreign "
      "Minister Mevlut Cavusoglu on Monday in the Black Sea resort of Sochi.",
      {{"Monday", "2015-11-30"}});
  REQUIRE(m.size() == 1);
  CHECK(m[0].place == "Sochi");
  auto near = f.Extract(
      "Russian President Vladimir Putin met Turkish President Recep Tayyip "
      "Erdogan on Monday at a palace near Sochi.",
      {{"Monday", "2015-11-30"}});
  REQUIRE(near.size() == 1);
  CHECK(near[0].place == "Sochi");
}

TEST_CASE("a meeting held the day a story is datelined took place at the dateline", "[events]") {
  Fixture f;
  std::string body =
      "Chinese President Xi Jinping met U.S. President Barack Obama on Tuesday. Chinese President "
      "Xi Jinping met U.S. President Barack Obama in September.";
  auto m = f.Extract(body, {{"Tuesday", "2015-12-01"}, {"September", "2015-09"}}, "Paris");
  REQUIRE(m.size() == 2);
  CHECK(m[0].place == "Paris");
  CHECK(m[1].place.empty());
}

TEST_CASE("a time followed by a purpose dates the event named there", "[events]") {
  Fixture f;
  auto m = f.Extract(
      "U.S. Secretary of State John Kerry will lead a delegation to Havana in "
      "January for talks on trade.",
      {{"January", "2016-01"}});
  REQUIRE(m.size() == 1);
  CHECK(m[0].type == "talks");
  CHECK(m[0].date == "2016-01");
  CHECK(m[0].status == "planned");
  CHECK(m[0].place == "Havana");
  // Talks in a capital involve the government seated there.
  CHECK(m[0].actors.count("USA") == 1);
  CHECK(m[0].actors.count("CUB") == 1);
}

TEST_CASE("travel verbs report a visit and where it went", "[events]") {
  Fixture f;
  auto m = f.Extract("U.S. Secretary of State John Kerry travelled to Havana in August.",
                     {{"August", "2015-08"}});
  REQUIRE(m.size() == 1);
  CHECK(m[0].family == "visit");
  CHECK(m[0].destination == "Havana");
  CHECK(m[0].principal == "John Kerry");
}

TEST_CASE("talks in one side's capital by someone of no stated country involve the other side",
          "[events]") {
  Fixture f;
  std::string body =
      "Cuba and the United States agreed to restore relations on Tuesday. Cuba welcomed the "
      "step. The United States said Cuba must free prisoners. Assistant Secretary of State Maria "
      "Vance will lead a delegation to Havana in January for talks.";
  auto m = f.Extract(body, {{"Tuesday", "2015-12-01"}, {"January", "2016-01"}});
  auto talks = std::find_if(m.begin(), m.end(), [](const auto& x) { return x.type == "talks"; });
  REQUIRE(talks != m.end());
  CHECK(talks->date == "2016-01");
  CHECK(talks->actors.count("USA") == 1);
  CHECK(talks->actors.count("CUB") == 1);
}

TEST_CASE("a verb in a relative clause about an event noun is that event", "[events]") {
  Fixture f;
  auto m = f.Extract(
      "The call followed a letter from Turkish President Recep Tayyip Erdogan that "
      "Russian President Vladimir Putin received on Monday.",
      {{"Monday", "2015-11-30"}});
  auto letter = std::find_if(m.begin(), m.end(), [](const auto& x) { return x.type == "letter"; });
  REQUIRE(letter != m.end());
  CHECK(letter->date == "2015-11-30");
  CHECK(std::none_of(m.begin(), m.end(), [](const auto& x) { return x.type == "hosting"; }));
}

TEST_CASE("a verb joined by 'and' right after a time shares it", "[events]") {
  Fixture f;
  auto m = f.Extract(
      "U.S. Secretary of State John Kerry went to China in October and met "
      "Chinese Foreign Minister Wang Yi.",
      {{"October", "2015-10"}});
  auto met = std::find_if(m.begin(), m.end(), [](const auto& x) { return x.family == "meeting"; });
  REQUIRE(met != m.end());
  CHECK(met->date == "2015-10");
}

TEST_CASE("a time of day dates an event to its day", "[events]") {
  Fixture f;
  std::string body =
      "On Tuesday evening, Chinese President Xi Jinping and U.S. President Barack Obama held a "
      "meeting over dinner.";
  std::vector<annals::TimeExpression> times = annals::testing::Times(body, {});
  annals::TimeExpression t;
  t.begin = body.find("Tuesday evening");
  t.end = t.begin + std::string("Tuesday evening").size();
  t.text = "Tuesday evening";
  t.type = annals::TimexType::kTime;
  t.value = "2015-12-01TEV";
  t.first_day = 2015_y / 12 / 1;
  t.last_day = 2015_y / 12 / 1;
  times.push_back(t);
  annals::Article a = MakeArticle("a.txt", 2015_y / 12 / 2, body, "");
  auto m = f.rules.Extract(a, times, f.actors);
  REQUIRE(m.size() == 1);
  CHECK(m[0].date == "2015-12-01");
  CHECK(m[0].source.phrase == "Tuesday evening");
}

TEST_CASE("a visit named after the time as its purpose takes the time", "[events]") {
  Fixture f;
  auto m = f.Extract(
      "Japanese Prime Minister Shinzo Abe landed in New Delhi on Friday for a "
      "three-day visit.",
      {{"Friday", "2015-11-27"}});
  REQUIRE_FALSE(m.empty());
  for (const auto& x : m) {
    CHECK(x.family == "visit");
    // The visit starts on Friday (and lasts the three days it is said to).
    CHECK(x.first == date::sys_days(2015_y / 11 / 27));
  }
}

TEST_CASE("a semicolon keeps a later time from an event word before it", "[events]") {
  Fixture f;
  std::string body =
      "In August, the government cancelled a planned trip to Tokyo by its foreign minister; "
      "the minister finally went in October and met Abe.";
  auto m = f.Extract(body, {{"August", "2015-08"}, {"October", "2015-10"}});
  REQUIRE(m.size() == 2);
  CHECK(m[0].type == "visit");
  CHECK(m[0].date == "2015-08");
  CHECK(m[0].status == "cancelled");
  CHECK(m[1].type == "meeting");
  CHECK(m[1].date == "2015-10");
  CHECK(m[1].status == "held");
}

TEST_CASE("a century or a decade dates no event", "[events]") {
  Fixture f;
  std::string body =
      "Canada and Mexico issued a joint declaration on a partnership for the 21st century.";
  CHECK(f.Extract(body, {{"the 21st century", "20"}}).empty());
  body = "Canada and Mexico signed a treaty in the 1990s.";
  CHECK(f.Extract(body, {{"the 1990s", "199"}}).empty());
}

TEST_CASE("a future word after a past-tense event verb does not make it planned", "[events]") {
  Fixture f;
  std::string body =
      "Canada and Mexico signed an agreement in Ottawa on Wednesday under which Mexico will "
      "buy more Canadian wheat.";
  auto m = f.Extract(body, {{"Wednesday", "2015-12-02"}});
  REQUIRE(m.size() == 1);
  CHECK(m[0].type == "agreement");
  CHECK(m[0].status == "held");
  // A future word before the verb still makes a plan.
  body = "Canada and Mexico will sign an agreement in Ottawa on Wednesday.";
  m = f.Extract(body, {{"Wednesday", "2015-12-02"}});
  REQUIRE(m.size() == 1);
  CHECK(m[0].status == "planned");
}

TEST_CASE("a protest about an event is a protest, not that event", "[events]") {
  Fixture f;
  std::string body = "Iran condemned the agreement on Friday.";
  auto m = f.Extract(body, {{"Friday", "2015-11-27"}});
  REQUIRE(m.size() == 1);
  CHECK(m[0].type == "condemnation");
  CHECK(m[0].date == "2015-11-27");
}

TEST_CASE("touring a sight is no visit, touring a country is", "[events]") {
  Fixture f;
  std::string body = "Trudeau toured a car factory that evening.";
  CHECK(f.Extract(body, {{"that evening", "2015-11-30"}}).empty());
  body = "Trudeau toured Mexico last week.";
  auto m = f.Extract(body, {{"last week", "2015-W48"}});
  REQUIRE(m.size() == 1);
  CHECK(m[0].type == "visit");
  CHECK(m[0].destination == "Mexico");
}

TEST_CASE("a capital naming an event is its place, not a participant", "[events]") {
  Fixture f;
  std::string body = "The Havana talks between Canada and Mexico opened on Monday.";
  auto m = f.Extract(body, {{"Monday", "2015-11-30"}});
  REQUIRE(m.size() == 1);
  CHECK(m[0].actors == std::set<std::string>{"CAN", "MEX"});
}

TEST_CASE("a time before 'to' and an event verb dates that event", "[events]") {
  Fixture f;
  std::string body = "Israel and Bahrain agreed on Friday to establish diplomatic relations.";
  auto m = f.Extract(body, {{"Friday", "2015-11-27"}});
  REQUIRE(m.size() == 1);
  CHECK(m[0].type == "establishment");
  CHECK(m[0].date == "2015-11-27");
  CHECK(m[0].status == "held");
  CHECK(m[0].actors == std::set<std::string>{"BHR", "ISR"});
}

TEST_CASE("a participle right after a time and a comma names the event it dates", "[events]") {
  Fixture f;
  std::string body = "Chile and Peru made peace on Tuesday, signing a treaty in Geneva.";
  auto m = f.Extract(body, {{"Tuesday", "2015-12-01"}});
  REQUIRE(m.size() == 1);
  CHECK(m[0].type == "agreement");
  CHECK(m[0].date == "2015-12-01");
  CHECK(m[0].place == "Geneva");
  // Far from the participle, an event word is only mentioned.
  body =
      "Chile's minister testified on Tuesday, drawing the attention of voters away from the "
      "summit with Peru.";
  CHECK(f.Extract(body, {{"Tuesday", "2015-12-01"}}).empty());
}

TEST_CASE("a time after a reporting verb dates a decision reported at some length", "[events]") {
  Fixture f;
  std::string body =
      "Ottawa said on Monday that the Canadian and Iranian governments would restore diplomatic "
      "relations.";
  auto m = f.Extract(body, {{"Monday", "2015-11-30"}});
  REQUIRE(m.size() == 1);
  CHECK(m[0].type == "restoration");
  CHECK(m[0].date == "2015-11-30");
}

TEST_CASE("'After the ceremony' dates an event by the day the text just gave", "[events]") {
  Fixture f;
  std::string body =
      "Trudeau arrived in Mexico City on Monday. After the welcome ceremony, the two leaders held "
      "talks at the National Palace.";
  auto m = f.Extract(body, {{"Monday", "2015-11-30"}});
  REQUIRE(m.size() == 2);
  CHECK(m[1].type == "talks");
  CHECK(m[1].date == "2015-11-30");
  CHECK(m[1].source.phrase == "After the welcome ceremony");
  // With no day told before, the talks have no date.
  body = "After the welcome ceremony, the two leaders held talks at the National Palace.";
  CHECK(f.Extract(body, {}).empty());
}

TEST_CASE("a plan the text then calls off is cancelled on its planned date", "[events]") {
  Fixture f;
  std::string body =
      "Trudeau had planned to visit Mexico on Thursday, but the trip was called off at the last "
      "minute.";
  auto m = f.Extract(body, {{"Thursday", "2015-11-26"}});
  REQUIRE(m.size() == 1);
  CHECK(m[0].type == "visit");
  CHECK(m[0].date == "2015-11-26");
  CHECK(m[0].status == "cancelled");
}

TEST_CASE("early, mid or late within one day leaves the day alone", "[events]") {
  Fixture f;
  std::string body = "The Canadian and Mexican ministers met late on Monday.";
  auto m = f.Extract(body, {{"late on Monday", "2015-11-30", "END"}});
  REQUIRE(m.size() == 1);
  CHECK(m[0].date == "2015-11-30");
  CHECK(m[0].qualifier.empty());
}

TEST_CASE("a recall takes no place from where its envoy served", "[events]") {
  Fixture f;
  std::string body = "Japan recalled its consul general in Busan on Friday.";
  auto m = f.Extract(body, {{"Friday", "2015-11-27"}});
  REQUIRE(m.size() == 1);
  CHECK(m[0].type == "recall");
  CHECK(m[0].place.empty());
}

TEST_CASE("a place named after a hall of it is where the event was", "[events]") {
  Fixture f;
  std::string body =
      "Germany and France signed the treaty on Tuesday in the great hall of Aachen's town hall.";
  auto m = f.Extract(body, {{"Tuesday", "2015-12-01"}});
  REQUIRE(m.size() == 1);
  CHECK(m[0].place == "Aachen");
}

TEST_CASE("a summit after 'at' is where a meeting verb's meeting takes place", "[events]") {
  Fixture f;
  std::string body =
      "Lula invited Macri to Brasilia, and the two are expected to see each other at the "
      "Group of 20 summit in Osaka next month.";
  auto m = f.Extract(body, {{"next month", "2016-01"}});
  REQUIRE(m.size() == 1);
  CHECK(m[0].type == "meeting");
  CHECK(m[0].status == "planned");
  CHECK(m[0].place == "Osaka");
  CHECK(m[0].both_sides);
}

TEST_CASE("'telephoned' reports a call", "[events]") {
  Fixture f;
  std::string body = "Canada's prime minister telephoned the Mexican president on Monday.";
  auto m = f.Extract(body, {{"Monday", "2015-11-30"}});
  REQUIRE(m.size() == 1);
  CHECK(m[0].type == "call");
  CHECK(m[0].actors == std::set<std::string>{"CAN", "MEX"});
}

TEST_CASE("'After the ceremony' finds the sentence that dated the ceremony", "[events]") {
  Fixture f;
  std::string body =
      "At a ceremony in Ottawa on Monday, the two leaders unveiled a plaque. Trade grew last "
      "year. Tariffs fell. Exports rose in October. After the ceremony, the Canadian and Mexican "
      "leaders held talks.";
  auto m = f.Extract(body, {{"Monday", "2015-11-30"}, {"October", "2015-10"}});
  REQUIRE(m.size() == 1);
  CHECK(m[0].type == "talks");
  CHECK(m[0].date == "2015-11-30");
}

TEST_CASE("an arrival for a visit of some days is dated by those days", "[events]") {
  Fixture f;
  std::string body = "Trudeau arrived in Mexico City on Monday for a three-day visit.";
  auto m = f.Extract(body, {{"Monday", "2015-11-30"}});
  REQUIRE(m.size() == 1);
  CHECK(m[0].date == "2015-11-30/2015-12-02");
  CHECK(m[0].stay);
  // The second day of a visit says nothing of when it began or ends.
  body = "On Monday, the second day of his four-day visit, Trudeau toured Mexico.";
  m = f.Extract(body, {{"Monday", "2015-11-30"}});
  REQUIRE(m.size() == 1);
  CHECK(m[0].date == "2015-11-30");
}

TEST_CASE("a visit something happened during shares its time", "[events]") {
  Fixture f;
  std::string body =
      "Earlier this month, the Mexican foreign minister handed Trudeau a letter during a visit "
      "to Ottawa.";
  auto m = f.Extract(body, {{"Earlier this month", "2015-12", "START"}});
  auto visit = std::find_if(m.begin(), m.end(), [](const auto& x) { return x.type == "visit"; });
  REQUIRE(visit != m.end());
  CHECK(visit->date == "2015-12");
  CHECK(visit->qualifier == "early");
  CHECK(visit->place == "Ottawa");
  CHECK(visit->source.phrase == "Earlier this month");
}

TEST_CASE("a participle after a comma tells more of the event just dated", "[events]") {
  Fixture f;
  std::string body =
      "Chile and Peru restored diplomatic relations on Tuesday, signing an agreement at the White "
      "House.";
  auto m = f.Extract(body, {{"Tuesday", "2015-12-01"}});
  REQUIRE(m.size() == 1);
  CHECK(m[0].type == "restoration");
  CHECK(m[0].place == "Washington");
}

TEST_CASE("someone of no stated country meeting one side is from the other", "[events]") {
  Fixture f;
  std::string body =
      "Canada and Mexico are close partners, and Canadian officials often visit Mexico. "
      "Canada's trade minister will meet Deputy Minister Luisa Ortega on Friday.";
  auto m = f.Extract(body, {{"Friday", "2015-12-04"}});
  REQUIRE(m.size() == 1);
  CHECK(m[0].type == "meeting");
  CHECK(m[0].status == "planned");
  CHECK(m[0].actors == std::set<std::string>{"CAN", "MEX"});
}

TEST_CASE("'the two' before a verb are the two sides of the article", "[events]") {
  Fixture f;
  std::string body =
      "Canada and Mexico signed a trade agreement on Monday. The two had last spoken by phone in "
      "July.";
  auto m = f.Extract(body, {{"Monday", "2015-11-30"}, {"July", "2015-07"}});
  REQUIRE(m.size() == 2);
  CHECK(m[1].type == "call");
  CHECK(m[1].both_sides);
}

TEST_CASE("'would travel to' a country is a planned visit", "[events]") {
  Fixture f;
  std::string body =
      "Officials said the Canadian foreign minister would travel to Mexico in March.";
  auto m = f.Extract(body, {{"March", "2016-03"}});
  REQUIRE(m.size() == 1);
  CHECK(m[0].type == "visit");
  CHECK(m[0].status == "planned");
  CHECK(m[0].destination == "Mexico");
}

TEST_CASE("a participle clause keeps its time from the event word before it", "[events]") {
  Fixture f;
  std::string body =
      "Canada and Mexico issued a joint statement on trade, building on the targets they set in "
      "Ottawa last November.";
  CHECK(f.Extract(body, {{"last November", "2014-11"}}).empty());
}

TEST_CASE("'After the election' is no short occasion and dates nothing", "[events]") {
  Fixture f;
  std::string body =
      "Trudeau won the election on Monday. After the election, the Canadian and Mexican leaders "
      "held talks.";
  auto m = f.Extract(body, {{"Monday", "2015-11-30"}});
  CHECK(m.empty());
}

TEST_CASE("a future word in another clause leaves a reached agreement held", "[events]") {
  Fixture f;
  std::string body =
      "Mexico will buy Canadian wheat, and the two countries reached an agreement on Wednesday.";
  auto m = f.Extract(body, {{"Wednesday", "2015-12-02"}});
  REQUIRE(m.size() == 1);
  CHECK(m[0].status == "held");
  // A past verb that is not the event's own says nothing of its status.
  body = "Officials agreed that Trudeau will visit Mexico on Wednesday.";
  m = f.Extract(body, {{"Wednesday", "2015-12-02"}});
  REQUIRE(m.size() == 1);
  CHECK(m[0].status == "planned");
}

TEST_CASE("each mention quotes its own sentence when a present report before it is dropped",
          "[events]") {
  Fixture f;
  // The talks told in the present are the meeting the next sentence dates:
  // they are dropped, and the meeting and the expulsion after them still
  // quote their own sentences and name the article's file.
  std::string body =
      "The foreign ministers of Peru and Chile hold talks in Lima. The Peruvian foreign "
      "minister met his Chilean counterpart in Lima on Tuesday. Peru expelled two Chilean "
      "diplomats on Nov. 30.";
  auto m = f.Extract(body, {{"Tuesday", "2015-12-01"}, {"Nov. 30", "2015-11-30"}});
  REQUIRE(m.size() == 2);
  CHECK(m[0].type == "meeting");
  CHECK(m[0].source.quote ==
        "The Peruvian foreign minister met his Chilean counterpart in Lima on Tuesday.");
  CHECK(m[0].source.file == "a.txt");
  CHECK(m[0].source.published == "2015-12-02");
  CHECK(m[1].type == "expulsion");
  CHECK(m[1].source.quote == "Peru expelled two Chilean diplomats on Nov. 30.");
}

TEST_CASE("a present-tense title the body leaves out is read as the first report", "[events]") {
  Fixture f;
  std::string body = "MOSCOW, Dec. 2 -- The foreign ministry said the move answered Washington.";
  annals::Article a = MakeArticle("a.txt", 2015_y / 12 / 2, body);
  a.title = "Russia expels two U.S. diplomats";
  auto m = f.rules.Extract(a, Times(body, {{"Dec. 2", "2015-12-02"}}), f.actors);
  REQUIRE(m.size() == 1);
  CHECK(m[0].type == "expulsion");
  CHECK(m[0].date == "2015-12-02");
  CHECK(m[0].actors == std::set<std::string>{"RUS", "USA"});
  CHECK(m[0].source.quote == "Russia expels two U.S. diplomats");

  // The body's own dated report of it is the entry; the title adds nothing,
  // and times in the body still govern their events after the title is read.
  std::string dated = "Russia expelled two U.S. diplomats on Tuesday, the ministry said.";
  annals::Article b = MakeArticle("b.txt", 2015_y / 12 / 2, dated);
  b.title = a.title;
  auto n = f.rules.Extract(b, Times(dated, {{"Tuesday", "2015-12-01"}}), f.actors);
  REQUIRE(n.size() == 1);
  CHECK(n[0].date == "2015-12-01");
  CHECK(n[0].source.phrase == "Tuesday");
}

TEST_CASE("a measure named before takes its sides to the sentence that dates it", "[events]") {
  Fixture f;
  std::string body =
      "The United States announced sanctions against Russia. The sanctions took effect on "
      "March 1.";
  auto m = f.Extract(body, {{"March 1", "2015-03-01"}});
  REQUIRE(m.size() == 1);
  CHECK(m[0].family == "sanction");
  CHECK(m[0].date == "2015-03-01");
  CHECK(m[0].actors == std::set<std::string>{"RUS", "USA"});
  // An accord named before is not what a later step towards it dates: that
  // mention gets no sides, so no pair's timeline shows it.
  std::string accord =
      "Israel and the United Arab Emirates signed an accord. Parliament must approve the accord, "
      "which officials said would happen next month.";
  for (const auto& n : f.Extract(accord, {{"next month", "2016-01"}}))
    if (n.date == "2016-01") CHECK(n.actors.size() < 2);
}

TEST_CASE("a host and a guest of known countries keep another clause's sides out", "[events]") {
  Fixture f;
  std::string body =
      "Xi Jinping hosted Ebrahim Raisi in Beijing on Tuesday, weeks after Saudi Arabia and Iran "
      "held talks in Baghdad.";
  auto m = f.Extract(body, {{"Tuesday", "2015-12-01"}});
  REQUIRE_FALSE(m.empty());
  CHECK(m[0].actors == std::set<std::string>{"CHN", "IRN"});
}

TEST_CASE("a meeting reported in the present tense took place at the dateline", "[events]") {
  Fixture f;
  // No time expression: the mention is dated by the publication day, and a
  // story filed from Paris that day reports a meeting held there.
  auto m =
      f.Extract("Chinese President Xi Jinping meets U.S. President Barack Obama.", {}, "Paris");
  REQUIRE(m.size() == 1);
  CHECK(m[0].present);
  CHECK(m[0].place == "Paris");
}
