// Wordings the assembler used to miss (issue 5, branch `events14`): envoys
// ordered out, calls told as nouns, agreements counted by short names or
// made during a visit told before, protocols and instruments of
// ratification, legal steps of one side against the other and deaths inside a
// mission. The real resolver dates the sentences, published
// on Thursday 14 March 2024. Every sentence is written for the test.
#include <set>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "event_test_util.h"

namespace {
using Codes = std::set<std::string>;

using Fixture = annals::testing::SentenceTestFixture;
using Case = annals::testing::HeldCase;
constexpr auto CheckAll = annals::testing::CheckHeldOnTestDay;
}  // namespace

TEST_CASE("an envoy ordered out is expelled", "[missed]") {
  CheckAll({
      {"On Monday Ghana ordered the Togolese chargé d'affaires out within 48 hours.",
       "expulsion",
       "166",
       "2024-03-11",
       {"GHA", "TGO"}},
      {"Togo on Tuesday ordered Ghana's ambassador out of the country.",
       "expulsion",
       "166",
       "2024-03-12",
       {"GHA", "TGO"}},
  });
  // Troops ordered out are no envoys.
  Fixture f;
  for (const auto& m : f.Extract("Ghana ordered its troops out of Togo on Monday."))
    CHECK(m.type != "expulsion");
}

TEST_CASE("calls told as nouns", "[missed]") {
  CheckAll({
      {"The Ghanaian president's first call with the Togolese president came on Monday.",
       "call",
       "041",
       "2024-03-11",
       {"GHA", "TGO"}},
      {"The Ghanaian and Togolese foreign ministers held phone talks on Tuesday.",
       "call",
       "041",
       "2024-03-12",
       {"GHA", "TGO"}},
      {"Ghana's president held a video call with his Togolese counterpart on Monday.",
       "call",
       "041",
       "2024-03-11",
       {"GHA", "TGO"}},
      // A call received is no hosting.
      {"Ghana's president received a call from his Togolese counterpart on Monday.",
       "call",
       "041",
       "2024-03-11",
       {"GHA", "TGO"}},
      {"The Ghanaian and Togolese presidents spoke over the phone on Tuesday.",
       "call",
       "041",
       "2024-03-12",
       {"GHA", "TGO"}},
  });
}

TEST_CASE("agreements by their short names and ratification steps", "[missed]") {
  CheckAll({
      {"Ghana and Togo signed six MoUs on Monday.",
       "agreement",
       "057",
       "2024-03-11",
       {"GHA", "TGO"}},
      {"Ghana and Togo exchanged instruments of ratification on Monday.",
       "agreement",
       "057",
       "2024-03-11",
       {"GHA", "TGO"}},
      {"Togo's parliamentary committee approved the protocol with Ghana on Tuesday.",
       "agreement",
       "057",
       "2024-03-12",
       {"GHA", "TGO"}},
  });
  // The etiquette of a visit is no protocol of an agreement.
  Fixture f;
  CHECK(f.Extract("Ghanaian officials said on Monday that Togo had broken protocol.").empty());
}

TEST_CASE("agreements signed during a visit told before", "[missed]") {
  Fixture f;
  for (const std::string second : {"Eleven agreements were signed during the visit.",
                                   "During the visit, eleven agreements were signed."}) {
    std::string body = "Togolese President Faure Gnassingbe visited Ghana on Monday. " + second;
    INFO(body);
    auto m = f.Extract(body);
    REQUIRE(m.size() == 2);
    CHECK(m[0].type == "visit");
    CHECK(m[1].type == "agreement");
    CHECK(m[1].date == "2024-03-11");
    CHECK(m[1].actors == Codes{"GHA", "TGO"});
  }
  // With no visit told before, the agreements have no day.
  CHECK(f.Extract("Eleven agreements were signed during the visit.").empty());
}

TEST_CASE("agreements the two sides signed right after a visit", "[missed]") {
  Fixture f;
  const std::string visit = "Togolese President Faure Gnassingbe arrived in Accra on Monday. ";
  auto m = f.Extract(visit + "The two sides signed six memorandums.");
  REQUIRE(m.size() == 2);
  CHECK(m[1].type == "agreement");
  CHECK(m[1].date == "2024-03-11");
  CHECK(m[1].actors == Codes{"GHA", "TGO"});
  // What the two sides only talked about was not made that day.
  for (const auto& x : f.Extract(visit + "The two sides discussed a new border treaty."))
    CHECK(x.type != "agreement");
}

TEST_CASE("a parliament named by its own name stands for its country", "[missed]") {
  CheckAll({
      {"The Sejm ratified the border treaty with Germany by 302 votes to 41 on Monday.",
       "agreement",
       "057",
       "2024-03-11",
       {"DEU", "POL"}},
  });
}

TEST_CASE("legal steps and rebuttals of one side against the other", "[missed]") {
  CheckAll({
      {"Togo lodged a complaint against Ghana on Monday.",
       "accusation",
       "115",
       "2024-03-11",
       {"GHA", "TGO"}},
      {"Togo initiated proceedings against Ghana in April 2013.",
       "accusation",
       "115",
       "2013-04",
       {"GHA", "TGO"}},
      {"Togo took Ghana to the International Court of Justice in 2013.",
       "accusation",
       "115",
       "2013",
       {"GHA", "ICJ", "TGO"}},
      {"The Togolese foreign ministry rejected the Ghanaian panel's conclusions on Monday.",
       "condemnation",
       "111",
       "2024-03-11",
       {"GHA", "TGO"}},
  });
}

TEST_CASE("a death inside the other side's mission", "[missed]") {
  CheckAll({
      {"A Saudi dissident was murdered inside the Saudi consulate in Istanbul on 2 October 2018.",
       "incident",
       "180",
       "2018-10-02",
       {"SAU", "TUR"}},
  });
  // A place of one's own country adds no side.
  Fixture f;
  CHECK(f.Extract("A Turkish journalist was killed inside the consulate in Istanbul on Monday.")
            .empty());
}

TEST_CASE("an envoy who returns is the one recalled before", "[missed]") {
  Fixture f;
  auto m = f.Extract(
      "Ghana recalled its high commissioner from Togo in January. The high commissioner "
      "returned to her post on Monday.");
  REQUIRE(m.size() == 2);
  CHECK(m[1].type == "envoy-return");
  CHECK(m[1].date == "2024-03-11");
  CHECK(m[1].actors == Codes{"GHA", "TGO"});
  // With no recall told before, one side is all the sentence gives.
  CHECK(f.Extract("The high commissioner returned to her post in Lome on Monday.").empty());
}
