// How long an event lasted, and which clause a day dates (issue 5, branch
// `dates14`): days written as one span ("14-16 May", "from Monday to
// Wednesday"), visits of a stated length whose start is told after the
// visit ("a three-day visit that began on Monday") or whose end is told
// later ("He left on Wednesday"), agreements placed at the visit they were
// made during, and a day after ", and" that opens a clause of its own. The
// real resolver dates the sentences, published on Saturday 20 May 2023.
// Every sentence is written for the test.
#include <catch2/catch.hpp>

#include "event_test_util.h"

using namespace date::literals;

namespace {

struct Fixture : annals::testing::ResolvedEventFixture {
  Fixture() : ResolvedEventFixture(2023_y / 5 / 20) {}
};

using Case = annals::testing::HeldCase;

void CheckAll(const std::vector<Case>& cases) {
  annals::testing::CheckHeldEvents(2023_y / 5 / 20, cases);
}

}  // namespace

TEST_CASE("days written as one span date the event by all of them", "[stays]") {
  CheckAll({
      {"The Ghanaian president's visit to Togo of 8-10 May was the first in years.",
       "visit",
       "042",
       "2023-05-08/2023-05-10",
       {"GHA", "TGO"}},
      {"Ghana's president visited Togo from 8 to 10 May.",
       "visit",
       "042",
       "2023-05-08/2023-05-10",
       {"GHA", "TGO"}},
      {"Ghana's president visited Togo on May 8-10.",
       "visit",
       "042",
       "2023-05-08/2023-05-10",
       {"GHA", "TGO"}},
      {"Ghana's president toured Togo from 29 April to 2 May.",
       "visit",
       "042",
       "2023-04-29/2023-05-02",
       {"GHA", "TGO"}},
      {"Ghanaian and Togolese officials held talks from Monday to Wednesday.",
       "talks",
       "046",
       "2023-05-15/2023-05-17",
       {"GHA", "TGO"}},
  });
}

TEST_CASE("two days joined by a word without 'from' stay apart", "[stays]") {
  Fixture f;
  // "to" with no "from" before the first day joins nothing: the talks keep
  // the day after them.
  auto m = f.Extract("Ghana and Togo held talks on 8 May, 12 to 16 hours a day.");
  REQUIRE(m.size() == 1);
  CHECK(m[0].date == "2023-05-08");
  m = f.Extract("Ghanaian and Togolese officials met on Monday and on Friday.");
  for (const auto& mention : m) CHECK(mention.date.find('/') == std::string::npos);
}

TEST_CASE("a visit of stated length begun on a day told after it spans its days", "[stays]") {
  CheckAll({
      {"The Ghanaian president is on a six-day state visit to Togo that began on Monday.",
       "state-visit",
       "042",
       "2023-05-15/2023-05-20",
       {"GHA", "TGO"}},
      {"The two-day visit to Togo by Ghana's president started on 4 May.",
       "visit",
       "042",
       "2023-05-04/2023-05-05",
       {"GHA", "TGO"}},
  });
  Fixture f;
  // A time with no start verb between is a day of the visit, not its start.
  auto m = f.Extract("Ghana's president met Togolese officials during a four-day visit on Monday.");
  for (const auto& mention : m) CHECK(mention.date.find('/') == std::string::npos);
}

TEST_CASE("leaving on a later day closes the visit told before", "[stays]") {
  Fixture f;
  auto m = f.Extract(
      "Ghanaian President Nana Akufo-Addo arrived in Lome on Monday. He left on Wednesday, "
      "officials said.");
  REQUIRE(m.size() == 1);
  CHECK(m[0].type == "visit");
  CHECK(m[0].date == "2023-05-15/2023-05-17");
  // Someone else leaving says nothing of the visit's end.
  m = f.Extract(
      "Ghanaian President Nana Akufo-Addo arrived in Lome on Monday. The envoy left on "
      "Wednesday, officials said.");
  REQUIRE(m.size() == 1);
  CHECK(m[0].date == "2023-05-15");
  // Nor does leaving more than two weeks on.
  m = f.Extract(
      "Ghanaian President Nana Akufo-Addo arrived in Lome on 1 April. He left on 18 May, "
      "officials said.");
  REQUIRE(m.size() == 1);
  CHECK(m[0].date == "2023-04-01");
}

TEST_CASE("an agreement made during a visit takes the visit's place", "[stays]") {
  Fixture f;
  auto m = f.Extract(
      "Ghanaian President Nana Akufo-Addo arrived in Lome on Monday for a three-day visit. "
      "On Tuesday Ghana and Togo signed an agreement on border trade.");
  REQUIRE(m.size() == 2);
  CHECK(m[1].family == "agreement");
  CHECK(m[1].date == "2023-05-16");
  CHECK(m[1].place == "Lome");
  // The same when its sides are only "the two presidents".
  m = f.Extract(
      "Ghanaian President Nana Akufo-Addo arrived in Lome on Monday for a three-day visit. "
      "On Tuesday the two presidents signed an agreement on border trade.");
  REQUIRE(m.size() == 2);
  CHECK(m[1].place == "Lome");
  // Dated outside the visit, it was made somewhere the text does not say.
  m = f.Extract(
      "Ghanaian President Nana Akufo-Addo arrived in Lome on Monday for a three-day visit. "
      "On Friday Ghana and Togo signed an agreement on border trade.");
  REQUIRE(m.size() == 2);
  CHECK(m[1].place.empty());
}

TEST_CASE("a day after ', and' does not date the background of a 'since' clause", "[stays]") {
  Fixture f;
  auto m = f.Extract(
      "Relations have been tense since the border clash between Ghana and Togo, and on Monday "
      "the two sides held talks.");
  REQUIRE(m.size() == 1);
  CHECK(m[0].type == "talks");
  CHECK(m[0].date == "2023-05-15");
  // Without "since", the clause before the comma may still be the one the
  // day dates.
  m = f.Extract("Ghana and Togo signed a border treaty, and on Monday it came into force.");
  REQUIRE(m.size() == 1);
  CHECK(m[0].date == "2023-05-15");
}
