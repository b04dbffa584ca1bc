// Acts whose doer is no state (issue 5, branch doers23): a measure, a break
// of ties or a condemnation whose subject is a club, a company, a bank, a
// crowd or the opposition gives no entry for the pair; the
// same act by a ministry, the navy, the central bank or the police stays.
// The real resolver dates the sentences, published on Thursday 14 March
// 2024. Every sentence is written for the test.
#include <catch2/catch.hpp>

#include "event_test_util.h"

namespace {

using Fixture = annals::testing::SentenceTestFixture;
constexpr auto Between = annals::testing::AnyBetween;

}  // namespace

TEST_CASE("a measure of a club, a company or a bank is no state's", "[doers23]") {
  Fixture f;
  CHECK_FALSE(Between(f.Extract("A football club in Lima severed all ties with its Chilean "
                                "striker on Monday."),
                      "CHL", "PER"));
  CHECK_FALSE(Between(f.Extract("A Peruvian mining company suspended its contracts with Chilean "
                                "suppliers on Monday."),
                      "CHL", "PER"));
  CHECK_FALSE(Between(f.Extract("Kenya's largest bank froze the accounts of a Norwegian firm on "
                                "Tuesday."),
                      "KEN", "NOR"));
  CHECK_FALSE(Between(f.Extract("The accounts of two Chilean traders were frozen on Monday by "
                                "Peru's largest bank."),
                      "CHL", "PER"));
}

TEST_CASE("a condemnation by a crowd or the opposition is no state's", "[doers23]") {
  Fixture f;
  CHECK_FALSE(Between(f.Extract("Protesters outside the embassy condemned Chile's decision on "
                                "Tuesday."),
                      "CHL", "PER"));
  CHECK_FALSE(Between(f.Extract("Crowds in Nairobi denounced Norway on Tuesday."), "KEN", "NOR"));
  CHECK_FALSE(Between(f.Extract("Peru's opposition leader demanded on Monday that Chile "
                                "apologise."),
                      "CHL", "PER"));
}

TEST_CASE("the same acts by a state body stay", "[doers23]") {
  Fixture f;
  // An infinitive's doer is the one told: the ministry's order stands.
  CHECK(Between(f.Extract("The Peruvian trade ministry told its banks on Monday to cut all "
                          "dealings with Chilean banks."),
                "CHL", "PER"));
  CHECK(Between(f.Extract("Peru's foreign ministry condemned Chile's decision on Tuesday."), "CHL",
                "PER"));
  CHECK(
      Between(f.Extract("The Peruvian navy seized two Chilean trawlers on Monday."), "CHL", "PER"));
  CHECK(Between(f.Extract("Kenya's central bank froze the assets of two Norwegian ministers on "
                          "Tuesday."),
                "KEN", "NOR"));
  CHECK(Between(f.Extract("Peruvian police detained a Chilean diplomat on Monday."), "CHL", "PER"));
  CHECK(Between(f.Extract("Ghana severed all ties with Togo on Monday."), "GHA", "TGO"));
}
