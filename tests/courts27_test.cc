// Court steps, rulings, incidents on the ground and agreements told in
// passing (issue 5, branch courts27). The real resolver dates the
// sentences, published on Thursday 14 March 2024. Every sentence is written
// for the test.
#include <catch2/catch.hpp>

#include "event_test_util.h"

namespace {

using Fixture = annals::testing::SentenceTestFixture;
using annals::testing::OfType;

// Whether `m` names both `a` and `b`.
bool Between(const annals::Mention& m, const std::string& a, const std::string& b) {
  return m.actors.count(a) && m.actors.count(b);
}

}  // namespace

TEST_CASE("a case filed and later withdrawn gives both steps", "[courts27]") {
  Fixture f;
  auto m = f.Extract(
      "Ghana had withdrawn in June last year the two applications it filed against Togo at the "
      "International Court of Justice in 2019.");
  const annals::Mention* filed = OfType(m, "accusation");
  const annals::Mention* dropped = OfType(m, "lifting");
  REQUIRE(filed);
  REQUIRE(dropped);
  CHECK(filed->date == "2019");
  CHECK(Between(*filed, "GHA", "TGO"));
  CHECK(dropped->date == "2023-06");
  CHECK(dropped->cameo == "080");
  CHECK(Between(*dropped, "GHA", "TGO"));
  m = f.Extract("Togo dropped its case against Ghana in June last year.");
  dropped = OfType(m, "lifting");
  REQUIRE(dropped);
  CHECK(Between(*dropped, "GHA", "TGO"));
  // With the other side named only in the sentence before, both steps are
  // still between the two.
  m = f.Extract(
      "Ghana and Togo have long quarrelled over the lagoon. Togo had withdrawn in June last year "
      "the two applications it filed at the International Court of Justice in 2019.");
  dropped = OfType(m, "lifting");
  filed = OfType(m, "accusation");
  REQUIRE(dropped);
  REQUIRE(filed);
  CHECK(Between(*dropped, "GHA", "TGO"));
  CHECK(Between(*filed, "GHA", "TGO"));
  // Troops withdrawn are no case dropped.
  m = f.Extract("Ghana withdrew its troops from the Togolese border in June last year.");
  CHECK_FALSE(OfType(m, "lifting"));
}

TEST_CASE("a case brought with no 'against' is a legal step of the two", "[courts27]") {
  Fixture f;
  auto m = f.Extract(
      "Norway and Kenya have long quarrelled over the lake. Kenya brought its own case over "
      "Norway's dam on the lake in December 2011.");
  const annals::Mention* filed = OfType(m, "accusation");
  REQUIRE(filed);
  CHECK(filed->date == "2011-12");
  CHECK(Between(*filed, "KEN", "NOR"));
}

TEST_CASE("both sides agreeing to go to court is an agreement", "[courts27]") {
  Fixture f;
  auto m = f.Extract(
      "Ghana and Togo have long quarrelled over the coast. The two governments agreed in 2005 "
      "to submit their dispute to the International Court of Justice.");
  const annals::Mention* accord = OfType(m, "agreement");
  REQUIRE(accord);
  CHECK(accord->date == "2005");
  CHECK(accord->status == "held");
  CHECK(Between(*accord, "GHA", "TGO"));
  // Agreeing to other things is no such agreement.
  m = f.Extract(
      "Ghana and Togo have long quarrelled over the coast. The two governments agreed in 2005 "
      "to disagree.");
  CHECK_FALSE(OfType(m, "agreement"));
}

TEST_CASE("a ruling told in background is a ruling of the two", "[courts27]") {
  Fixture f;
  auto m = f.Extract(
      "Norway and Kenya have long quarrelled over the lake. In May last year the same court "
      "ruled in an earlier Kenyan case that Kenyan boats may fish on the lake, while confirming "
      "Norway's rights over its shore.");
  const annals::Mention* ruling = OfType(m, "ruling");
  REQUIRE(ruling);
  CHECK(ruling->date == "2023-05");
  CHECK(Between(*ruling, "KEN", "NOR"));
  // The court named again in a case between two others is no ruling of the pair.
  m = f.Extract(
      "Norway and Kenya have long quarrelled over the lake. In May last year the same court "
      "ruled in a case between Ghana and Togo.");
  for (const auto& x : m) CHECK_FALSE(Between(x, "KEN", "NOR"));
}

TEST_CASE("a ruling named before the verb of its delivery takes the article's two", "[courts27]") {
  Fixture f;
  auto m = f.Extract(
      "Ghana and Togo signed the border treaty in Accra. The treaty rests on a ruling the three "
      "guarantor countries handed down on Friday.");
  const annals::Mention* ruling = OfType(m, "ruling");
  REQUIRE(ruling);
  CHECK(ruling->date == "2024-03-08");
  CHECK(Between(*ruling, "GHA", "TGO"));
  // A domestic court's ruling names a place of its own and gives nothing.
  m = f.Extract(
      "Ghana and Togo signed the border treaty in Accra. A tax ruling an Accra court handed "
      "down on Friday angered traders.");
  CHECK_FALSE(OfType(m, "ruling"));
}

TEST_CASE("both parliaments voting to accept a decision as binding is an approval of the two",
          "[courts27]") {
  Fixture f;
  auto m = f.Extract(
      "Ghana and Togo have long quarrelled over the coast. Earlier this month the parliaments of "
      "both countries voted to accept the mediators' decision as binding.");
  const annals::Mention* accord = OfType(m, "agreement");
  REQUIRE(accord);
  CHECK(accord->date == "2024-03");
  CHECK(accord->qualifier == "early");
  CHECK(accord->status == "held");
  CHECK(Between(*accord, "GHA", "TGO"));
}

TEST_CASE("troops camped on the other side's land are an incident placed there", "[courts27]") {
  Fixture f;
  auto m = f.Extract("Togo said Ghanaian troops had set up camp on Isla Verde late last month.");
  const annals::Mention* camp = OfType(m, "incident");
  REQUIRE(camp);
  CHECK(camp->cameo == "192");
  CHECK(camp->date == "2024-02");
  CHECK(camp->qualifier == "late");
  CHECK(camp->place == "Isla Verde");
  CHECK(Between(*camp, "GHA", "TGO"));
  // Hikers camping name no side.
  CHECK(f.Extract("Hikers set up camp on Isla Verde late last month.").empty());
}

TEST_CASE("goods seized from the other side's plane are an incident", "[courts27]") {
  Fixture f;
  auto m = f.Extract(
      "Kenyan security forces seized nearly $3 million in cash from a Norwegian plane at "
      "Nairobi airport on Sunday.");
  const annals::Mention* seizure = OfType(m, "incident");
  REQUIRE(seizure);
  CHECK(seizure->date == "2024-03-10");
  CHECK(Between(*seizure, "KEN", "NOR"));
  // A plane of one's own names one side only.
  CHECK(
      f.Extract("Kenyan police seized cocaine from a plane at Nairobi airport on Sunday.").empty());
}

TEST_CASE("a clash told in background takes its place from the clause that tells it",
          "[courts27]") {
  Fixture f;
  auto m = f.Extract(
      "Ghana and Togo have long quarrelled over the border. The neighbours last came to blows "
      "in March 1983, when Ghanaian troops drove Togolese soldiers from two outposts in the "
      "Atakora hills.");
  REQUIRE(m.size() == 1);
  CHECK(m[0].type == "incident");
  CHECK(m[0].date == "1983-03");
  CHECK(m[0].place == "Atakora hills");
  CHECK(Between(m[0], "GHA", "TGO"));
  // "The clashes" of a sentence naming no one are the two the sentence
  // before named, at the river whose headwaters it names.
  m = f.Extract(
      "Norway and Kenya have long quarrelled over the border. The clashes began in late January "
      "around forest outposts near the headwaters of the Tana river.");
  REQUIRE(m.size() == 1);
  CHECK(m[0].date == "2024-01");
  CHECK(m[0].qualifier == "late");
  CHECK(Between(m[0], "KEN", "NOR"));
  CHECK(m[0].place.find("Tana") != std::string::npos);
}

TEST_CASE("a protocol named before the participle of its signing is an agreement", "[courts27]") {
  Fixture f;
  auto m = f.Extract(
      "Ghana and Togo are at odds over the border. They disagree over the protocol, signed in "
      "Lome in June 1956.");
  const annals::Mention* accord = OfType(m, "agreement");
  REQUIRE(accord);
  CHECK(accord->date == "1956-06");
  CHECK(accord->place == "Lome");
  CHECK(Between(*accord, "GHA", "TGO"));
  // The protocol of a visit is no agreement.
  CHECK(f.Extract("Ghana and Togo are neighbours. The protocol of the dinner, planned in June "
                  "1956, was strict.")
            .empty());
}

TEST_CASE("both sides extending a suspension is an agreement dated by the act, not its term",
          "[courts27]") {
  Fixture f;
  auto m = f.Extract(
      "Norway and Kenya are building a pipeline. The two sides extended the moratorium on the "
      "pipeline to the end of 2021 at Kenya's request in April.");
  const annals::Mention* accord = OfType(m, "agreement");
  REQUIRE(accord);
  CHECK(accord->date == "2021-04");
  CHECK(Between(*accord, "KEN", "NOR"));
  // One side extending its own suspension is no agreement.
  m = f.Extract(
      "Norway and Kenya are at odds. Kenya extended the suspension of flights from Norway in "
      "April.");
  CHECK_FALSE(OfType(m, "agreement"));
}

TEST_CASE("a meeting held to witness a signing gives the agreement its day and sides",
          "[courts27]") {
  Fixture f;
  auto m = f.Extract(
      "Ghanaian President Kofi Mensah and Togolese President Ama Lawson met on the border bridge "
      "in July to witness the signing of an agreement that reopened the rail link.");
  const annals::Mention* accord = OfType(m, "agreement");
  REQUIRE(accord);
  CHECK(accord->date == "2023-07");
  CHECK(Between(*accord, "GHA", "TGO"));
  REQUIRE(OfType(m, "meeting"));
  // An anniversary of an old signing is no new agreement.
  m = f.Extract(
      "Ghanaian President Kofi Mensah and Togolese President Ama Lawson met in July to mark the "
      "anniversary of the signing of the treaty.");
  CHECK_FALSE(OfType(m, "agreement"));
}
