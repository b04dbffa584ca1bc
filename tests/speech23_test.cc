// Accusations in speech and spurious entries of third parties, relatives,
// standing accords and courts (issue 5, branch speech23). The real
// resolver dates the sentences, published on Thursday 14 March 2024. Every
// sentence is written for the test.
#include <catch2/catch.hpp>

#include "event_test_util.h"

namespace {

using Fixture = annals::testing::SentenceTestFixture;
constexpr auto Between = annals::testing::AnyBetween;

}  // namespace

TEST_CASE("a time in an opening phrase closed by a comma dates the accusation", "[speech23]") {
  annals::testing::CheckHeldOnTestDay({
      {"In a speech on Monday, Peru's president accused Chile of pumping water beyond its "
       "quota.",
       "accusation",
       "112",
       "2024-03-11",
       {"CHL", "PER"}},
      {"At a rally on Tuesday, Kenya's president accused Norway of meddling in the vote.",
       "accusation",
       "112",
       "2024-03-12",
       {"KEN", "NOR"}},
  });
  // A third country accused alongside the other side leaves the pair's
  // accusation standing.
  Fixture f;
  auto m = f.Extract(
      "In a speech on Monday, Ghana's president accused Togo and Benin of "
      "pumping water beyond their quotas.");
  REQUIRE(Between(m, "GHA", "TGO"));
}

TEST_CASE("an appeal for talks by someone else is no talks", "[speech23]") {
  Fixture f;
  CHECK(f.Extract("The pope urged dialogue between Peru and Chile on Monday.").empty());
  CHECK(f.Extract("The UN chief called for talks between Norway and Kenya on Tuesday.").empty());
  CHECK(f.Extract("Brazil on Monday appealed for negotiations between Ghana and Togo.").empty());
  CHECK(f.Extract("Russia called on both sides on Monday to show restraint after Peru and Chile "
                  "exchanged fire.")
            .empty());
}

TEST_CASE("an international body's threats and rebukes are none of the states'", "[speech23]") {
  Fixture f;
  CHECK_FALSE(Between(f.Extract("The UN Security Council condemned Peru's shelling of Chile on "
                                "Monday."),
                      "CHL", "PER"));
  CHECK_FALSE(Between(f.Extract("NATO warned Norway and Kenya on Tuesday against any escalation."),
                      "KEN", "NOR"));
  // A threat to both, the two named only in its condition.
  CHECK(f.Extract("The Security Council threatened sanctions on Monday if Peru and Chile did not "
                  "stop fighting.")
            .empty());
  CHECK(Between(f.Extract("Peru threatened sanctions on Monday if Chile did not stop the "
                          "pumping."),
                "CHL", "PER"));
  CHECK(f.Extract("The UN Security Council threatened Peru and Chile with sanctions on Monday.")
            .empty());
  // A state's act the body reports stays, and so does one told at the body.
  CHECK(Between(f.Extract("The UN said on Monday that Peru had imposed sanctions on Chile."), "CHL",
                "PER"));
  CHECK(Between(f.Extract("The UN said Kenya imposed sanctions on Norway on Tuesday."), "KEN",
                "NOR"));
  CHECK(Between(f.Extract("At the UN on Monday, Peru demanded sanctions against Chile."), "CHL",
                "PER"));
  // The states' own words stay.
  CHECK(Between(f.Extract("Peru's foreign ministry condemned Chile's shelling of Arica on "
                          "Monday."),
                "CHL", "PER"));
}

TEST_CASE("a court that rejects a request condemns no one", "[speech23]") {
  Fixture f;
  for (const auto* text : {"The court rejected Peru's request on Monday to halt Chile's pumping.",
                           "The International Court of Justice rejected Kenya's request on "
                           "Tuesday for measures against Norway."}) {
    INFO(text);
    for (const auto& m : f.Extract(text)) CHECK(m.type != "condemnation");
  }
}

TEST_CASE("a leader's half-brother travels privately", "[speech23]") {
  Fixture f;
  CHECK_FALSE(Between(f.Extract("The half-brother of Peru's president travelled to Santiago on "
                                "Monday."),
                      "CHL", "PER"));
  CHECK_FALSE(Between(f.Extract("The half-brother of Kenya's leader, who had travelled to Oslo "
                                "on Tuesday, was detained."),
                      "KEN", "NOR"));
  // A minister is no relative: the visit stays.
  CHECK(
      Between(f.Extract("Peru's foreign minister travelled to Santiago on Monday."), "CHL", "PER"));
}

TEST_CASE("a ceasefire that holds is no new agreement", "[speech23]") {
  Fixture f;
  auto m = f.Extract(
      "Ghana and Togo agreed a ceasefire on March 1. The ceasefire was holding "
      "on Monday.");
  REQUIRE(m.size() == 1);
  CHECK(m[0].date == "2024-03-01");
  CHECK(f.Extract("The truce between Peru and Chile has largely held, officials said on "
                  "Monday.")
            .empty());
  // The day of its making, told between noun and verb, stays.
  m = f.Extract("The ceasefire Norway and Kenya agreed on Friday was holding on Monday.");
  REQUIRE(m.size() == 1);
  CHECK(m[0].date == "2024-03-08");
}

TEST_CASE("the other side declared or branded an enemy is condemned", "[speech23]") {
  Fixture f;
  for (const auto* text :
       {"Peru's parliament declared Chile an enemy state on Monday.",
        "Kenya's parliament voted on Tuesday to brand the government in Oslo an enemy."}) {
    INFO(text);
    auto m = f.Extract(text);
    REQUIRE(m.size() == 1);
    CHECK(m[0].type == "condemnation");
    CHECK(m[0].status == "held");
    // "the government in Oslo" is the state branded, not where.
    CHECK(m[0].place.empty());
  }
  // An enemy at home names one side only.
  CHECK(f.Extract("Peru's president declared corruption an enemy of the state on Monday.").empty());
}

TEST_CASE("distrust of the other side's inquiry is an accusation", "[speech23]") {
  annals::testing::CheckHeldOnTestDay({
      {"Peru's ambassador told reporters on Monday that the Chilean police inquiry could not be "
       "trusted.",
       "accusation",
       "112",
       "2024-03-11",
       {"CHL", "PER"}},
      {"Norway's envoy said on Tuesday that Kenya's official figures could not be believed.",
       "accusation",
       "112",
       "2024-03-12",
       {"KEN", "NOR"}},
  });
  // Distrust of someone at home names no other side.
  Fixture f;
  CHECK(f.Extract("Peru's ambassador said on Monday that the local press could not be trusted.")
            .empty());
}

TEST_CASE("an envoy's words at the embassy were spoken in the capital he serves in", "[speech23]") {
  Fixture f;
  auto m = f.Extract(
      "Peru's ambassador Ruiz told a news conference at the embassy on Monday that "
      "the Chilean police inquiry could not be trusted.");
  REQUIRE(m.size() == 1);
  CHECK(m[0].type == "accusation");
  CHECK(m[0].date == "2024-03-11");
  CHECK(m[0].place == "Santiago");
  m = f.Extract(
      "Kenya's ambassador said at the embassy on Tuesday that Norway was behind the "
      "attack.");
  REQUIRE(m.size() == 1);
  CHECK(m[0].type == "accusation");
  CHECK(m[0].place == "Oslo");
  // An embassy in a named town is placed there.
  m = f.Extract(
      "Kenya's ambassador said at the embassy in Paris on Tuesday that Norway was "
      "behind the attack.");
  REQUIRE(m.size() == 1);
  CHECK(m[0].place == "Paris");
}

TEST_CASE("words spoken outside a mortuary are placed at the dateline", "[speech23]") {
  Fixture f;
  const std::string body =
      "LIMA, March 14 (Reuters) - Speaking outside the mortuary on Friday, Chile's ambassador "
      "accused Peru of hiding the facts of the killing.";
  auto m =
      f.rules.Extract(annals::testing::MakeArticle("a.txt", f.published, body, "LIMA"),
                      f.resolver->Resolve(body, f.published), annals::testing::BundledActors());
  std::erase_if(m, [](const auto& x) { return x.actors.size() < 2; });
  REQUIRE(m.size() == 1);
  CHECK(m[0].type == "accusation");
  CHECK(m[0].date == "2024-03-08");
  CHECK(m[0].place == "Lima");
  // With no dateline the site names no town.
  m = f.Extract(
      "Speaking outside the hospital on Tuesday, Kenya's ambassador accused Norway of "
      "hiding the facts.");
  REQUIRE(m.size() == 1);
  CHECK(m[0].place.empty());
}

TEST_CASE("a military act claimed in speech is the claimant's statement", "[speech23]") {
  Fixture f;
  auto m = f.Extract(
      "Peru's defence minister said the army had driven the Chilean forces out of "
      "Tumbes by force on Friday.");
  REQUIRE(m.size() == 1);
  CHECK(m[0].type == "statement");
  CHECK(m[0].cameo == "010");
  CHECK(m[0].date == "2024-03-08");
  CHECK(m[0].place == "Tumbes");
  m = f.Extract(
      "Kenya's army chief said on Tuesday that his troops had repelled the Norwegian "
      "forces.");
  REQUIRE(m.size() == 1);
  CHECK(m[0].type == "statement");
  CHECK(m[0].actors == std::set<std::string>{"KEN", "NOR"});
  // Rebels driven out name one side only.
  CHECK(f.Extract("Peru's defence minister said the army had driven the rebels out of Tumbes on "
                  "Friday.")
            .empty());
}

TEST_CASE("an act called an attack on sovereignty is no second attack", "[speech23]") {
  Fixture f;
  CHECK(f.Extract("Peru's foreign minister said on Monday that Chile's spying was an attack on "
                  "Peru's sovereignty.")
            .empty());
  // Only the act itself, the arrest, is left.
  for (const auto& m : f.Extract("The arrest of the Norwegian activist was an assault on Kenya's "
                                 "sovereignty, the Kenyan minister said on Tuesday.")) {
    CHECK(m.type != "incident");
  }
  // A real attack stays.
  CHECK(
      Between(f.Extract("Chile's navy attacked a Peruvian patrol boat on Monday."), "CHL", "PER"));
}
