// Speech between the two sides that is neither a pact nor a measure:
// welcomes, regrets and sympathy, criticism and demands told by a verb of
// speech, calls told as "told X by telephone", and cases at a world court
// (issue 5, branch `speech22`). The real resolver dates the sentences,
// published on Thursday 14 March 2024. Every sentence is written for the
// test.
#include <algorithm>
#include <set>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "event_test_util.h"

namespace {

using Fixture = annals::testing::SentenceTestFixture;
constexpr auto CheckAll = annals::testing::CheckHeldOnTestDay;

constexpr auto Between = annals::testing::AnyBetween;

// How many mentions of `found` are of `type`.
size_t CountOf(const std::vector<annals::Mention>& found, const std::string& type) {
  return static_cast<size_t>(std::count_if(
      found.begin(), found.end(), [&](const annals::Mention& m) { return m.type == type; }));
}

// The one mention of `found` of `type`, or null.
const annals::Mention* OneOf(const std::vector<annals::Mention>& found, const std::string& type) {
  const annals::Mention* one = nullptr;
  for (const annals::Mention& m : found) {
    if (m.type != type) continue;
    if (one) return nullptr;
    one = &m;
  }
  return one;
}

const std::set<std::string> kNorwayKenya{"KEN", "NOR"};

}  // namespace

TEST_CASE("sympathy and support sent to the other side are statements", "[speech22]") {
  CheckAll({
      {"Norway's prime minister offered his deepest condolences to Kenya on Saturday.",
       "statement",
       "018",
       "2024-03-09",
       {"KEN", "NOR"}},
      {"Kenya's foreign ministry expressed support for Norway's bid for a council seat on "
       "Monday.",
       "statement",
       "051",
       "2024-03-11",
       {"KEN", "NOR"}},
  });
}

TEST_CASE("a welcome or a regret answers the act the sentence before told", "[speech22]") {
  Fixture f;
  auto m = f.Extract(
      "Norway lifted its ban on Kenyan flowers on Monday.\n\n"
      "Kenya's trade minister welcomed the decision on Tuesday evening.");
  const annals::Mention* welcome = OneOf(m, "statement");
  REQUIRE(welcome);
  CHECK(welcome->date == "2024-03-12");
  CHECK(welcome->actors == kNorwayKenya);
  // "welcomed" with a decision after it is no welcome of a visitor.
  CHECK(CountOf(m, "hosting") == 0);

  // The decision named with its maker's nationality: praise, not a host's
  // welcome.
  m = f.Extract(
      "Norway lifted its ban on Kenyan flowers on Monday.\n\n"
      "Kenya's trade minister welcomed the Norwegian decision on Tuesday.");
  CHECK(CountOf(m, "hosting") == 0);
  CHECK(CountOf(m, "statement") == 1);
  // A visitor welcomed on the steps stays a welcome.
  m = f.Extract(
      "Kenya's president welcomed Norway's prime minister on the steps of State House on "
      "Tuesday.");
  CHECK(CountOf(m, "statement") == 0);
  CHECK(CountOf(m, "hosting") == 1);

  // A regret of one's own people's deeds: one statement, and the storming
  // told before is not told again.
  m = f.Extract(
      "Protesters stormed Norway's embassy in Nairobi on Monday.\n\n"
      "Kenya's foreign ministry regretted the protesters' unacceptable behaviour on Wednesday "
      "and promised an inquiry.");
  const annals::Mention* regret = OneOf(m, "statement");
  REQUIRE(regret);
  CHECK(regret->date == "2024-03-13");
  CHECK(regret->actors == kNorwayKenya);
  CHECK(std::count_if(m.begin(), m.end(),
                      [](const annals::Mention& e) { return e.date == "2024-03-11"; }) <= 1);

  // Regret told of the act by its noun: the act is not told again.
  m = f.Extract(
      "Protesters attacked Norway's consulate in Mombasa on Monday.\n\n"
      "Kenya's foreign minister expressed regret over the attack on Tuesday.");
  regret = OneOf(m, "statement");
  REQUIRE(regret);
  CHECK(regret->date == "2024-03-12");
  CHECK(regret->actors == kNorwayKenya);
  CHECK(CountOf(m, "incident") == 1);
  // Praise by another verb of a decision named with its maker.
  m = f.Extract(
      "Norway lifted its ban on Kenyan flowers on Monday.\n\n"
      "Kenya's trade minister hailed the Norwegian decision on Tuesday.");
  CHECK(CountOf(m, "statement") == 1);
  CHECK(f.Extract("Norway lifted its ban on Kenyan flowers on Monday.\n\n"
                  "Kenya's president praised the farmers on Tuesday for their patience.")
            .size() == 1);

  // A welcome after background, by a third state, or at home: nothing
  // between the two.
  CHECK_FALSE(Between(f.Extract("Norway and Kenya share a long history.\n\n"
                                "Kenya's president welcomed the decision on Tuesday."),
                      "KEN", "NOR"));
  m = f.Extract(
      "Norway lifted its ban on Kenyan flowers on Monday.\n\n"
      "Sweden's trade minister welcomed the decision on Tuesday.");
  CHECK(CountOf(m, "statement") == 0);
  CHECK(f.Extract("Kenya's president welcomed the decision of parliament on Tuesday.").empty());
}

TEST_CASE("officials punished for words about the other side", "[speech22]") {
  CheckAll({
      {"The Kenyan government suspended two deputy ministers on Sunday over their remarks "
       "about Norway's king, saying they did not reflect its position.",
       "statement",
       "010",
       "2024-03-10",
       {"KEN", "NOR"}},
  });
  Fixture f;
  // Words about someone at home name one side.
  CHECK(f.Extract("Kenya's president sacked his interior minister on Sunday over his remarks "
                  "about the opposition.")
            .empty());
}

TEST_CASE("criticism told in speech is one condemnation", "[speech22]") {
  CheckAll({
      {"Norway's prime minister told parliament on Tuesday that the insults from Nairobi "
       "must stop.",
       "condemnation",
       "111",
       "2024-03-12",
       {"KEN", "NOR"}},
  });
  Fixture f;
  // A regret, a judgement and a rejection of one decision: one entry.
  auto m = f.Extract(
      "Kenya expelled two Norwegian diplomats on Tuesday.\n\n"
      "Norway's foreign ministry said late on Tuesday that it regretted the decision, which it "
      "called completely unjustified, and rejected what it described as false pretexts.");
  CHECK(CountOf(m, "statement") == 0);
  const annals::Mention* rebuke = OneOf(m, "condemnation");
  REQUIRE(rebuke);
  CHECK(rebuke->date == "2024-03-12");
  CHECK(rebuke->actors == kNorwayKenya);
  // A regret beside a rejection is no statement of its own.
  m = f.Extract(
      "Kenya accused Norway of spying.\n\n"
      "Oslo said on Friday it regretted the accusation and called it groundless.");
  CHECK(CountOf(m, "statement") == 0);
  // A third party's appeal to both is no criticism between them.
  CHECK_FALSE(Between(f.Extract("The UN chief said on Tuesday that the fighting between "
                                "Norway and Kenya must stop."),
                      "KEN", "NOR"));
}

TEST_CASE("a demand told with 'asked' or 'called on ... to respect'", "[speech22]") {
  CheckAll({
      {"On March 1 the Kenyan president called on Norway to respect the law of nations and "
       "release 'our diplomat'.",
       "demand",
       "100",
       "2024-03-01",
       {"KEN", "NOR"}},
      {"Norway's prime minister on Tuesday formally asked Kenya to withdraw the military "
       "advisers who fly its helicopters.",
       "demand",
       "100",
       "2024-03-12",
       {"KEN", "NOR"}},
  });
  Fixture f;
  CHECK_FALSE(Between(f.Extract("Kenya's tourism board on Monday asked Norway's travel agents "
                                "to send more visitors."),
                      "KEN", "NOR"));
  // A third party's appeal to both is no demand between them.
  CHECK_FALSE(Between(f.Extract("The UN secretary-general on Monday called on Norway and Kenya "
                                "to respect the ceasefire."),
                      "KEN", "NOR"));
  CHECK_FALSE(
      Between(f.Extract("Sweden on Monday asked Norway and Kenya to withdraw their troops."), "KEN",
              "NOR"));
  // A welcome and a call in one address: one statement.
  auto m = f.Extract(
      "Norway lifted its ban on Kenyan flowers on Monday.\n\n"
      "In Nairobi, Kenya's president welcomed the decision in an address to the nation on "
      "Tuesday evening and called on Norway to respect its trade rules.");
  CHECK(CountOf(m, "demand") == 0);
  const annals::Mention* welcome = OneOf(m, "statement");
  REQUIRE(welcome);
  CHECK(welcome->date == "2024-03-12");
}

TEST_CASE("a ruling in The Hague and a case brought there", "[speech22]") {
  Fixture f;
  auto m = f.Extract(
      "Judges at the court in The Hague ruled on Tuesday afternoon that there was no agreed "
      "boundary between Ghana and Togo and drew a new line.");
  const annals::Mention* ruling = OneOf(m, "ruling");
  REQUIRE(ruling);
  CHECK(ruling->date == "2024-03-12");
  CHECK(ruling->place == "The Hague");
  CHECK(ruling->actors == std::set<std::string>{"GHA", "TGO"});
  m = f.Extract("Ghana asked the court in The Hague in 2014 to draw the sea border with Togo.");
  const annals::Mention* filed = OneOf(m, "accusation");
  REQUIRE(filed);
  CHECK(filed->date == "2014");
  CHECK(filed->actors == std::set<std::string>{"GHA", "TGO"});
  // A court at home asked to act is no case between the two.
  CHECK_FALSE(Between(f.Extract("Ghana's attorney general asked the court in Accra on Monday to "
                                "free a Togolese trader."),
                      "GHA", "TGO"));
}

TEST_CASE("a call told as words said by telephone", "[speech22]") {
  CheckAll({
      {"Norway's foreign minister told her Kenyan counterpart by telephone on Tuesday that Oslo "
       "was sorry for the deaths.",
       "call",
       "041",
       "2024-03-12",
       {"KEN", "NOR"}},
  });
}

TEST_CASE("a time in a phrase set off by commas dates the verb after it", "[speech22]") {
  CheckAll({
      {"Norway's king, in a speech on March 1, invited Kenya's president to visit Oslo.",
       "invitation",
       "036",
       "2024-03-01",
       {"KEN", "NOR"}},
  });
}
