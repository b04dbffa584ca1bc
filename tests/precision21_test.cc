// False entries of speech, recalls and judgements (issue 5, branch
// `precision21`). The real resolver dates the sentences, published on
// Thursday 14 March 2024. Every sentence is written for the test.
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "event_test_util.h"

namespace {

using Fixture = annals::testing::SentenceTestFixture;
constexpr auto CheckAll = annals::testing::CheckHeldOnTestDay;

constexpr auto Between = annals::testing::AnyBetween;

}  // namespace

TEST_CASE("blame is laid only on a state, its capital, government or people", "[precision21]") {
  CheckAll({
      {"Peru's trade minister said on Tuesday that the Chilean government was behind the "
       "surge in smuggled goods.",
       "accusation",
       "112",
       "2024-03-12",
       {"CHL", "PER"}},
      {"Ghana's president said on Monday that Lome bore responsibility for the fire at the "
       "border market.",
       "accusation",
       "112",
       "2024-03-11",
       {"GHA", "TGO"}},
  });
  Fixture f;
  // Prices, weather or demand blamed: the other side is named only in
  // what they caused.
  CHECK_FALSE(Between(f.Extract("Peru's trade minister said on Tuesday that rising copper prices "
                                "were behind the surge in Chilean imports."),
                      "CHL", "PER"));
  CHECK_FALSE(Between(f.Extract("Norway's finance minister said on Friday that the mild winter "
                                "was responsible for the fall in sales to Kenya."),
                      "KEN", "NOR"));
  CHECK_FALSE(Between(f.Extract("She said on Monday that weak demand bore responsibility for "
                                "the drop in Togolese cocoa sales to Ghana."),
                      "GHA", "TGO"));
}

TEST_CASE("a side named only in an added statement is none of a rejection", "[precision21]") {
  CheckAll({
      {"Chile said on Tuesday that the Peruvian claims were unfounded, adding that talks "
       "would go on.",
       "condemnation",
       "111",
       "2024-03-12",
       {"CHL", "PER"}},
  });
  Fixture f;
  CHECK_FALSE(Between(f.Extract("Chile said on Tuesday the figures were unfounded, adding that "
                                "Peru's growth was slowing."),
                      "CHL", "PER"));
  CHECK_FALSE(Between(f.Extract("Kenya said on Wednesday the report was baseless, noting that "
                                "Norway had raised its tariffs."),
                      "KEN", "NOR"));
}

TEST_CASE("recalled as remembering is no recall of an envoy", "[precision21]") {
  CheckAll({
      {"Peru recalled its ambassador to Chile on Wednesday.",
       "recall",
       "161",
       "2024-03-13",
       {"CHL", "PER"}},
  });
  Fixture f;
  for (const auto* text : {
           "Peruvian officials recalled on Tuesday that Peru and Chile had signed a fishing pact.",
           "Kenya's president recalled how Norway had sent doctors to Nairobi.",
           "Ghana's foreign minister recalled the day Togo opened its border.",
       }) {
    INFO(text);
    for (const auto& m : f.Extract(text)) CHECK(m.type != "recall");
  }
}
