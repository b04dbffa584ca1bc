// Measures and their undoing told the ways newsrooms tell them (issue 5,
// branch `measures22`). The real resolver dates the sentences, published on
// Thursday 14 March 2024. Every sentence is written for the test.
#include <array>
#include <set>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "event_test_util.h"
#include "merge_test_util.h"

namespace {

using Fixture = annals::testing::SentenceTestFixture;

constexpr auto Entries = annals::testing::PairEntries;
constexpr auto Types = annals::testing::EntryTypes;

using annals::testing::kNorKen;

}  // namespace

TEST_CASE("dealings frozen, routes closed, permits and advice", "[measures22]") {
  Fixture f;
  CHECK(Types(Entries(f,
                      "Oslo was freezing all official dealings with Nairobi, the foreign "
                      "minister said on Tuesday.",
                      kNorKen)) == std::multiset<std::string>{"reduce-relations 2024-03-12"});
  CHECK(Types(Entries(f,
                      "Norway closed the supply routes of the Kenyan contingent in Somalia on "
                      "Monday.",
                      kNorKen)) == std::multiset<std::string>{"reduce-relations 2024-03-11"});
  CHECK(Types(Entries(f,
                      "The Norwegian parliament approved reopening the supply routes of the "
                      "Kenyan troops on Wednesday.",
                      kNorKen)) == std::multiset<std::string>{"restoration 2024-03-13"});
  CHECK(Types(Entries(f,
                      "The Norwegian finance ministry told its banks on Monday to cut all "
                      "dealings with Kenyan banks.",
                      kNorKen)) == std::multiset<std::string>{"sanction 2024-03-11"});
  CHECK(Types(Entries(f,
                      "A city council in Oslo withdrew permission on Tuesday for a rally of "
                      "Kenya's opposition leader.",
                      kNorKen)) == std::multiset<std::string>{"reduce-relations 2024-03-12"});
  CHECK(Types(Entries(f, "Norway tightened its travel advice for Kenya on Monday.", kNorKen)) ==
        std::multiset<std::string>{"reduce-relations 2024-03-11"});
}

TEST_CASE("embassies reopened and relations restored, told by their subject", "[measures22]") {
  Fixture f;
  std::vector<annals::Entry> both = Entries(f,
                                            "Norway reopened Kenya's embassy in Oslo on Monday; "
                                            "the Norwegian embassy in Nairobi reopened at the "
                                            "same hour.",
                                            kNorKen);
  REQUIRE(both.size() == 2);
  std::set<std::string> places;
  for (const annals::Entry& e : both) {
    CHECK(e.type == "embassy-opening");
    CHECK(e.date == "2024-03-11");
    places.insert(e.place);
  }
  CHECK(places == std::set<std::string>{"Nairobi", "Oslo"});
  CHECK(Types(Entries(f, "Relations between Ghana and Togo were restored in 1991.",
                      {"GHA", "TGO"})) == std::multiset<std::string>{"restoration 1991"});
  CHECK(Types(Entries(f, "The Kenyan military personnel left Norway in May.", kNorKen)) ==
        std::multiset<std::string>{"reduce-relations 2023-05"});
}

TEST_CASE("the same words with no second state give nothing", "[measures22]") {
  Fixture f;
  CHECK(f.Extract("A city council in Oslo withdrew permission on Tuesday for a concert by a "
                  "local choir.")
            .empty());
  CHECK(f.Extract("Norway froze its business in Kenya on Monday.").empty());
  // A threat stays a threat.
  auto threat =
      f.Extract("Norway threatened on Tuesday to freeze all official dealings with Kenya.");
  REQUIRE(threat.size() == 1);
  CHECK(threat[0].type == "warning");
}

TEST_CASE("a closure told as a state takes the year it began", "[measures22]") {
  Fixture f;
  // The year after "since", never the story's day, and no "after" on it.
  std::vector<annals::Entry> border = Entries(
      f, "The land border between Ghana and Togo has been closed since 1994.", {"GHA", "TGO"});
  REQUIRE(border.size() == 1);
  CHECK(border[0].date == "1994");
  CHECK(border[0].qualifier.empty());
  // "the first ... since" still dates the act by its own day.
  CHECK(Types(Entries(f,
                      "Norway expelled two Kenyan diplomats on Monday, the first expulsion "
                      "since 2010.",
                      kNorKen)) == std::multiset<std::string>{"expulsion 2024-03-11"});
  // Told in the present perfect with no time: the story's news.
  CHECK(Types(Entries(f, "Kenya has closed its airspace to all Norwegian aircraft.", kNorKen)) ==
        std::multiset<std::string>{"reduce-relations 2024-03-14"});
  // Closed by the weather: no step of either state.
  CHECK(f.Extract("The border between Ghana and Togo was closed by snow on Tuesday.").empty());
  // A closure that could come stays unsaid.
  CHECK(f.Extract("Kenya could close its airspace to Norwegian aircraft, the minister said on "
                  "Tuesday.")
            .empty());
}

TEST_CASE("a decision told done, and contracts left to lapse", "[measures22]") {
  Fixture f;
  CHECK(Types(Entries(f,
                      "The Kenyan parliament voted on Sunday to downgrade relations with Norway "
                      "and to send the Norwegian ambassador home.",
                      kNorKen)) == std::multiset<std::string>{"reduce-relations 2024-03-10"});
  CHECK(Types(Entries(f, "Togo decided on Monday to close the land border with Ghana.",
                      {"GHA", "TGO"})) ==
        std::multiset<std::string>{"reduce-relations 2024-03-11"});
  // Plans, threats and wishes keep their status.
  auto threat = f.Extract("Kenya threatened on Sunday to downgrade relations with Norway.");
  REQUIRE(threat.size() == 1);
  CHECK(threat[0].type == "warning");
  CHECK(f.Extract("Kenya could downgrade relations with Norway, the minister said on Sunday.")
            .empty());
  CHECK(f.Extract("Togo decided on Monday not to close the land border with Ghana.").empty());
  // A contract with the other side left to lapse.
  annals::testing::ResolvedEventFixture autumn(date::year{2024} / 10 / 31);
  CHECK(Types(Entries(autumn,
                      "Kenya's president ordered the state oil firm on Thursday not to renew the "
                      "contract for the pipeline that runs through Norway, which expires at the "
                      "end of October.",
                      kNorKen)) == std::multiset<std::string>{"trade-restriction 2024-10-31"});
  CHECK(autumn
            .Extract("Kenya is weighing whether to renew the gas contract with Norway, the "
                     "minister said on Tuesday.")
            .empty());
}

TEST_CASE("the other side's mission shut and its staff told to go is one expulsion",
          "[measures22]") {
  Fixture f;
  CHECK(Types(Entries(f,
                      "Kenya closed Norway's embassy in Nairobi on Wednesday and gave its "
                      "diplomats 48 hours to leave.",
                      kNorKen)) == std::multiset<std::string>{"expulsion 2024-03-13"});
  // One's own mission shut is a step of its own.
  CHECK(Types(Entries(f,
                      "Kenya closed its embassy in Oslo on Wednesday and ordered the Norwegian "
                      "ambassador to leave.",
                      kNorKen)) ==
        std::multiset<std::string>{"expulsion 2024-03-13", "reduce-relations 2024-03-13"});
  // A step that shuts no mission is not folded either.
  CHECK(Types(Entries(f,
                      "Kenya suspended visa services for Norwegians on Monday and ordered the "
                      "Norwegian consul to leave.",
                      kNorKen)) ==
        std::multiset<std::string>{"expulsion 2024-03-11", "reduce-relations 2024-03-11"});
}
