// Event lexicon filled for meetings, ties mended, apologies, invitations,
// captives sent home and visa rules waived (issue 5, branch `lexicon23b`).
// The real resolver dates the sentences, published on Thursday 14 March
// 2024. Every sentence is written for the test.
#include <catch2/catch.hpp>

#include "event_test_util.h"

namespace {

using Fixture = annals::testing::SentenceTestFixture;
constexpr auto CheckAll = annals::testing::CheckHeldOnTestDay;

}  // namespace

TEST_CASE("meetings told with a phrasal verb and ties patched up", "[lexicon23]") {
  CheckAll({
      {"Norwegian Foreign Minister Dahl sat down with his Kenyan counterpart Otieno in Nairobi "
       "on Monday.",
       "meeting",
       "043",
       "2024-03-11",
       {"KEN", "NOR"}},
      {"Peru and Chile patched up ties on Monday after a year of quarrels.",
       "restoration",
       "054",
       "2024-03-11",
       {"CHL", "PER"}},
      {"Ghana and Togo mended relations on Tuesday.",
       "restoration",
       "054",
       "2024-03-12",
       {"GHA", "TGO"}},
  });
  Fixture f;
  // A sit-down with the press at home is no meeting between states.
  CHECK(f.Extract("Peruvian President Soto sat down with reporters in Lima on Monday.").empty());
}

TEST_CASE("apologies and invitations from one side to the other", "[lexicon23]") {
  CheckAll({
      {"Peru apologised to Chile on Monday for the border incident.",
       "statement",
       "055",
       "2024-03-11",
       {"CHL", "PER"}},
      {"Kenya issued an apology to Norway on Tuesday over the remarks of its envoy.",
       "statement",
       "055",
       "2024-03-12",
       {"KEN", "NOR"}},
      {"Togo extended an invitation to Ghanaian President Mensah on Monday.",
       "invitation",
       "036",
       "2024-03-11",
       {"GHA", "TGO"}},
  });
  Fixture f;
  // An apology to the country's own voters is no step between states.
  CHECK(f.Extract("Peruvian President Soto apologized to voters in Lima on Monday.").empty());
}

TEST_CASE("captives sent home and measures relaxed or waived", "[lexicon23]") {
  CheckAll({
      {"Peru repatriated two Chilean fishermen on Monday.",
       "release",
       "084",
       "2024-03-11",
       {"CHL", "PER"}},
      {"Norway relaxed restrictions on Kenyan flower imports on Tuesday.",
       "lifting",
       "085",
       "2024-03-12",
       {"KEN", "NOR"}},
      {"Ghana waived the visa requirement for Togolese citizens on Monday.",
       "lifting",
       "085",
       "2024-03-11",
       {"GHA", "TGO"}},
  });
  Fixture f;
  // Rules relaxed at home, with no other state, are no easing between states.
  CHECK(f.Extract("Peru relaxed restrictions on public gatherings in Lima on Monday.").empty());
}

TEST_CASE("calls by video and messages exchanged", "[lexicon23]") {
  CheckAll({
      {"Norwegian Prime Minister Berg held a videoconference with Kenyan President Mwangi on "
       "Monday.",
       "call",
       "041",
       "2024-03-11",
       {"KEN", "NOR"}},
      {"Ghanaian President Mensah and Togolese President Kodjo exchanged messages on Tuesday.",
       "message",
       "040",
       "2024-03-12",
       {"GHA", "TGO"}},
  });
  Fixture f;
  // A video conference with the country's own governors is no call between states.
  CHECK(f.Extract("Peruvian President Soto held a video conference with governors on Monday.")
            .empty());
}

TEST_CASE("accords prolonged, states sued and measures undone", "[lexicon23]") {
  CheckAll({
      {"Peru and Chile prolonged their fishing agreement on Monday.",
       "agreement",
       "057",
       "2024-03-11",
       {"CHL", "PER"}},
      {"Ghana sued Togo at the International Court of Justice on Tuesday.",
       "accusation",
       "115",
       "2024-03-12",
       {"GHA", "ICJ", "TGO"}},
      {"Norway lifted an import ban on Kenyan flowers on Monday.",
       "lifting",
       "085",
       "2024-03-11",
       {"KEN", "NOR"}},
      {"Peru waived the duties on Chilean wine on Tuesday.",
       "lifting",
       "085",
       "2024-03-12",
       {"CHL", "PER"}},
  });
  Fixture f;
  // A plan scrapped is no measure undone.
  CHECK(f.Extract("Peru scrapped its plan for a new airport on Monday, a week after Chile opened "
                  "one.")
            .empty());
}

TEST_CASE("captives handed over in the passive and sanctions relaxed", "[lexicon23]") {
  CheckAll({
      {"Two Chilean fishermen were handed over to Chile by Peru on Monday.",
       "release",
       "084",
       "2024-03-11",
       {"CHL", "PER"}},
      {"Norway relaxed the sanctions on Kenya on Tuesday.",
       "lifting",
       "085",
       "2024-03-12",
       {"KEN", "NOR"}},
      {"Togolese President Kodjo conferred with Ghanaian President Mensah in Lome on Monday.",
       "meeting",
       "043",
       "2024-03-11",
       {"GHA", "TGO"}},
  });
  Fixture f;
  // Remains sent home are no captives freed; advisers are no counterpart.
  CHECK(f.Extract("The remains of two Chilean climbers were repatriated from Peru on Monday.")
            .empty());
  CHECK(
      f.Extract("Peruvian President Soto conferred with her advisers in Lima on Monday.").empty());
}

TEST_CASE("discussions held and diplomatic missions reopened", "[lexicon23]") {
  CheckAll({
      {"Kenyan Foreign Minister Otieno held discussions with Norwegian Foreign Minister Dahl in "
       "Oslo on Monday.",
       "talks",
       "046",
       "2024-03-11",
       {"KEN", "NOR"}},
      {"Ghana and Togo reopened their diplomatic missions on Tuesday.",
       "embassy-opening",
       "054",
       "2024-03-12",
       {"GHA", "TGO"}},
  });
  Fixture f;
  // Discussions with the country's own unions are no talks between states.
  CHECK(f.Extract("Peruvian President Soto held discussions with union leaders in Lima on Monday.")
            .empty());
}

TEST_CASE("a court of states hands down its judgment", "[lexicon23]") {
  CheckAll({
      {"The International Court of Justice handed down its ruling in the border dispute between "
       "Ghana and Togo on Monday.",
       "ruling",
       "",
       "2024-03-11",
       {"GHA", "ICJ", "TGO"}},
      {"An arbitration tribunal issued its award in the fishing dispute between Peru and Chile "
       "on Tuesday.",
       "ruling",
       "",
       "2024-03-12",
       {"CHL", "PER"}},
  });
  Fixture f;
  // A country's own court judging a foreigner is no ruling between states.
  CHECK(f.Extract("A Lima court handed down its ruling in the case of a Chilean smuggler on "
                  "Monday.")
            .empty());
}

TEST_CASE("present-tense verbs of undoing a measure", "[lexicon23]") {
  CheckAll({
      {"Kenya revokes the duties on Norwegian salmon on Monday.",
       "lifting",
       "085",
       "2024-03-11",
       {"KEN", "NOR"}},
      {"Togo drops its ban on Ghanaian poultry on Tuesday.",
       "lifting",
       "085",
       "2024-03-12",
       {"GHA", "TGO"}},
  });
  Fixture f;
  // A case dropped is no measure lifted.
  CHECK(f.Extract("Peru drops its claim against a Chilean mining firm on Monday.").empty());
}

TEST_CASE("a measure ended is its undoing", "[lexicon23]") {
  CheckAll({
      {"Norway ended its embargo on Kenya on Monday.",
       "lifting",
       "085",
       "2024-03-11",
       {"KEN", "NOR"}},
  });
  Fixture f;
  // Talks ended are talks, not an easing.
  auto m = f.Extract("Peru and Chile ended their talks in Lima on Monday.");
  REQUIRE(m.size() == 1);
  CHECK(m[0].type == "talks");
}
