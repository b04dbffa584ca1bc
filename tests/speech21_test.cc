// Speech that accuses, rejects, condemns or proposes, and acts told without
// a named state doer (issue 5, branch `speech21`). The real resolver dates
// the sentences, published on Thursday 14 March 2024. Every sentence is
// written for the test.
#include <set>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "event_test_util.h"

namespace {

using Fixture = annals::testing::SentenceTestFixture;
constexpr auto CheckAll = annals::testing::CheckHeldOnTestDay;

constexpr auto Between = annals::testing::AnyBetween;

}  // namespace

TEST_CASE("blame laid on the other side in speech is an accusation", "[speech21]") {
  CheckAll({
      {"Norway's foreign minister told reporters on Monday that Kenya was almost certainly "
       "behind the hacking.",
       "accusation",
       "112",
       "2024-03-11",
       {"KEN", "NOR"}},
      // A quotation mark inside the claim does not end it.
      {"Norway's prime minister told parliament on Tuesday that Kenya was 'almost certainly' "
       "behind the cyberattack.",
       "accusation",
       "112",
       "2024-03-12",
       {"KEN", "NOR"}},
      {"Kenyan President Amani Otieno said in a televised address on Friday that Oslo bore "
       "responsibility for the sinking.",
       "accusation",
       "112",
       "2024-03-08",
       {"KEN", "NOR"}},
      {"Kenya's president used his news conference on Monday to suggest that the murder had "
       "swung Norway's election.",
       "accusation",
       "112",
       "2024-03-11",
       {"KEN", "NOR"}},
  });
  Fixture f;
  // Blame laid at home, on a third country, by no state, or never dated.
  CHECK(f.Extract("Norway's prime minister told parliament on Tuesday that the opposition was "
                  "almost certainly behind the unrest.")
            .empty());
  CHECK_FALSE(Between(f.Extract("Norway's prime minister told parliament on Tuesday that "
                                "Sweden was behind the cyberattack."),
                      "NOR", "KEN"));
  CHECK(f.Extract("Analysts said on Tuesday that Kenya was behind the attack on the Norwegian "
                  "embassy.")
            .empty());
  CHECK(
      f.Extract("Norway's prime minister has long said that Kenya was behind the unrest.").empty());
  // Blame laid on a gang names no state, though its nationality is given.
  CHECK_FALSE(Between(f.Extract("Norwegian police said on Tuesday that a Kenyan gang was "
                                "responsible for the robbery in Oslo."),
                      "KEN", "NOR"));
  // Blame laid on a rival at home, though the other side is named.
  CHECK_FALSE(Between(f.Extract("Kenya's president said on Tuesday that his predecessor was to "
                                "blame for the crisis with Norway."),
                      "KEN", "NOR"));
}

TEST_CASE("charges rejected in speech are a rejection", "[speech21]") {
  CheckAll({
      {"Norway's foreign ministry said on Tuesday that the names of the suspects 'meant "
       "nothing' to Nairobi.",
       "condemnation",
       "111",
       "2024-03-12",
       {"KEN", "NOR"}},
      {"Norway said on Wednesday that the Kenyan charges were baseless.",
       "condemnation",
       "111",
       "2024-03-13",
       {"KEN", "NOR"}},
  });
  Fixture f;
  // Charges of the opposition rejected at home.
  CHECK(f.Extract("Norway said on Wednesday that the opposition's charges were baseless.").empty());
}

TEST_CASE("a deed of the other side called terrorism is one condemnation", "[speech21]") {
  CheckAll({
      // The demand told after it, with no day of its own, adds no entry.
      {"Ghana's president on Monday called the shooting at the Ghanaian embassy in Lome an act "
       "of terrorism and demanded that Lome punish those responsible.",
       "condemnation",
       "111",
       "2024-03-11",
       {"GHA", "TGO"}},
      {"Ghana's president on Monday called the shooting at the Ghanaian embassy in Lome an act "
       "of terrorism.",
       "condemnation",
       "111",
       "2024-03-11",
       {"GHA", "TGO"}},
  });
  Fixture f;
  // A shooting at home called terrorism names one side.
  CHECK(f.Extract("Ghana's president on Monday called the shooting in Accra an act of terrorism.")
            .empty());
}

TEST_CASE("a swap proposed in public is a demand", "[speech21]") {
  CheckAll({
      {"Ghanaian President Kofi Mensah suggested on Sunday that Ghana could free the Togolese "
       "pilot in exchange for a Ghanaian held in Lome.",
       "demand",
       "100",
       "2024-03-10",
       {"GHA", "TGO"}},
  });
}

TEST_CASE("a mission broken into is an attack between its state and the host", "[speech21]") {
  CheckAll({
      {"On Friday morning a gunman burst into the Ghanaian embassy in Lome, killing a guard.",
       "incident",
       "180",
       "2024-03-08",
       {"GHA", "TGO"}},
  });
  Fixture f;
  CHECK(
      f.Extract("On Friday morning a gunman burst into a bank in Lome, killing a guard.").empty());
}

TEST_CASE("nationals of the other side charged with a crime of violence", "[speech21]") {
  CheckAll({
      {"Two Togolese men were charged on Friday with the poisoning in Kumasi.",
       "detention",
       "173",
       "2024-03-08",
       {"GHA", "TGO"}},
  });
  Fixture f;
  // Nationals charged at home are domestic news.
  CHECK(f.Extract("Two Ghanaian men were charged on Friday with murder in Kumasi.").empty());
}

TEST_CASE("a time in a phrase opening the sentence dates the subject's act", "[speech21]") {
  CheckAll({
      {"In a statement on Wednesday the Norwegian foreign ministry accused Nairobi of a 'hostile "
       "attitude'.",
       "accusation",
       "112",
       "2024-03-13",
       {"KEN", "NOR"}},
  });
  Fixture f;
  // An act far on, after a comma, is no act of the opening's day.
  CHECK(f.Extract("At a ceremony in Oslo on Saturday afternoon, the two leaders passed a folder "
                  "to the envoy, who is in the city for the Norway-Kenya summit.")
            .empty());
}

TEST_CASE("a rejection answers the charges the sentence before told", "[speech21]") {
  Fixture f;
  auto m = f.Extract(
      "Norway on Monday charged two Kenyan men with the poisoning.\n\n"
      "Kenya's foreign ministry spokeswoman said on Tuesday that the names of the suspects "
      "'meant nothing' to Nairobi.");
  bool answered = false;
  for (const auto& e : m)
    answered = answered || (e.type == "condemnation" && e.date == "2024-03-12" &&
                            e.actors == std::set<std::string>{"KEN", "NOR"});
  CHECK(answered);
  // Regret of the charge, and the charge called groundless.
  m = f.Extract(
      "Kenya accused Norway of spying.\n\n"
      "Oslo said on Friday it regretted the accusation and called it groundless.");
  answered = false;
  for (const auto& e : m)
    answered = answered || (e.type == "condemnation" && e.date == "2024-03-08" &&
                            e.actors == std::set<std::string>{"KEN", "NOR"});
  CHECK(answered);
  // Charges of the opposition after a sentence of background stay home.
  CHECK_FALSE(Between(f.Extract("Norway and Kenya share a long history.\n\n"
                                "Kenya said on Tuesday that the opposition's charges were "
                                "baseless."),
                      "KEN", "NOR"));
}

TEST_CASE("a national seized abroad is a detention between the two", "[speech21]") {
  CheckAll({
      {"Mr Owusu, a Ghanaian businessman, was seized by several men in a park in Lome on the "
       "morning of March 3 and driven away.",
       "detention",
       "173",
       "2024-03-03",
       {"GHA", "TGO"}},
  });
  Fixture f;
  // Seized at home: a crime story, no entry.
  CHECK(f.Extract("Mr Owusu, a Ghanaian businessman, was seized by several men in a park in "
                  "Kumasi on the morning of March 3 and driven away.")
            .empty());
}
