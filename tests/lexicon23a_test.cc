// Hostile acts and measures in the forms the event lists lacked (issue 5,
// branch `lexicon23a`): other inflections of listed verbs, synonyms and
// nouns of the act. The real resolver dates the sentences, published on
// Thursday 14 March 2024. Every sentence is written for the test.
#include <array>
#include <set>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "event_test_util.h"
#include "merge.h"
#include "merge_test_util.h"

namespace {

using Fixture = annals::testing::SentenceTestFixture;

// The types and dates of the entries of `pair` one article of `body` gives.
std::multiset<std::string> Types(annals::testing::ResolvedEventFixture& f, const std::string& body,
                                 const std::array<std::string, 2>& pair) {
  std::multiset<std::string> types;
  for (const annals::Entry& e :
       annals::MergeMentions(f.Extract(body), pair, annals::testing::BundledActors())) {
    types.insert(e.type + " " + e.date);
  }
  return types;
}

using Set = std::multiset<std::string>;
using annals::testing::kGhaTgo;
using annals::testing::kNorKen;

}  // namespace

TEST_CASE("envoys thrown out and nationals deported", "[lexicon23a]") {
  Fixture f;
  CHECK(Types(f, "Norway kicked out two Kenyan diplomats on Monday.", kNorKen) ==
        Set{"expulsion 2024-03-11"});
  CHECK(Types(f, "Ghana threw out the Togolese military attache on Tuesday.", kGhaTgo) ==
        Set{"expulsion 2024-03-12"});
  CHECK(Types(f, "Norway was deporting forty Kenyan nationals on Monday.", kNorKen) ==
        Set{"expulsion 2024-03-11"});
  // The noun names a policy or flights more often than an act: nothing.
  CHECK(Types(f, "Norway said on Monday it would resume deportation flights to Kenya.", kNorKen)
            .empty());
  // A court that throws out a case, a team kicked out of a cup: no envoy.
  CHECK(Types(f, "A court in Accra threw out the Togolese company's case on Monday.", kGhaTgo)
            .empty());
  CHECK(Types(f, "The Norwegian side was kicked out of the cup by Kenya on Monday.", kNorKen)
            .empty());
}

TEST_CASE("envoys summonsed, outrage voiced, compensation demanded", "[lexicon23a]") {
  Fixture f;
  CHECK(Types(f, "Ghana summonsed the Togolese ambassador on Monday.", kGhaTgo) ==
        Set{"summon 2024-03-11"});
  CHECK(Types(f, "Norway expressed outrage at Kenya on Tuesday.", kNorKen) ==
        Set{"protest 2024-03-12"});
  CHECK(Types(f, "Ghana demanded compensation from Togo on Monday.", kGhaTgo) ==
        Set{"demand 2024-03-11"});
  CHECK(Types(f, "Norway issued a statement on Monday condemning Kenya.", kNorKen) ==
        Set{"condemnation 2024-03-11"});
  // A third state condemned: nothing between Norway and Kenya.
  CHECK(Types(f, "Norway issued a statement on Monday condemning Peru.", kNorKen).empty());
}

TEST_CASE("ties cut off and talks broken off in every form", "[lexicon23a]") {
  Fixture f;
  CHECK(Types(f, "Ghana cut off diplomatic ties with Togo on Monday.", kGhaTgo) ==
        Set{"break-relations 2024-03-11"});
  CHECK(Types(f, "Norway has broken off relations with Kenya.", kNorKen) ==
        Set{"break-relations 2024-03-14"});
  CHECK(Types(f, "Ghana broke off the talks with Togo on Tuesday.", kGhaTgo) ==
        Set{"halt-talks 2024-03-12"});
}

TEST_CASE("people held, kept from leaving, land annexed", "[lexicon23a]") {
  Fixture f;
  CHECK(Types(f, "Norwegian police rounded up twelve Kenyan fishermen on Monday.", kNorKen) ==
        Set{"detention 2024-03-11"});
  CHECK(Types(f, "Ghanaian police took six Togolese traders into custody on Tuesday.", kGhaTgo) ==
        Set{"detention 2024-03-12"});
  CHECK(Types(f, "Norway barred a Kenyan diplomat from leaving the country on Monday.", kNorKen) ==
        Set{"sanction 2024-03-11"});
  // An annexation is no attack but an act of its own (measures23).
  CHECK(Types(f, "Ghana annexed a Togolese island on Monday.", kGhaTgo) == Set{"other 2024-03-11"});
  // Its own people rounded up, a coach who takes his players somewhere.
  CHECK(Types(f, "Norwegian police rounded up twelve Norwegian protesters on Monday.", kNorKen)
            .empty());
  CHECK(Types(f, "The Ghanaian coach took his players into the stadium against Togo on Monday.",
              kGhaTgo)
            .empty());
}

TEST_CASE("missions shuttered, supplies cut, positions pounded", "[lexicon23a]") {
  Fixture f;
  CHECK(Types(f, "Norway shuttered its embassy in Nairobi on Monday.", kNorKen) ==
        Set{"reduce-relations 2024-03-11"});
  CHECK(Types(f, "Ghana cut gas supplies to Togo on Tuesday.", kGhaTgo) ==
        Set{"trade-restriction 2024-03-12"});
  CHECK(Types(f, "Ghanaian artillery pounded Togolese border posts on Monday.", kGhaTgo) ==
        Set{"incident 2024-03-11"});
  // Weather that cuts supplies, a fist on a table: no act of a state.
  CHECK(Types(f, "Storms cut power supplies to Accra and Lome on Monday.", kGhaTgo).empty());
  CHECK(
      Types(f, "The Norwegian minister pounded the table in Nairobi on Monday.", kNorKen).empty());
}

TEST_CASE("threats with a measure, reprisals vowed, releases demanded", "[lexicon23a]") {
  Fixture f;
  CHECK(Types(f, "Norway threatened Kenya with retaliation on Monday.", kNorKen) ==
        Set{"warning 2024-03-11"});
  CHECK(Types(f, "Ghana vowed reprisals against Togo on Tuesday.", kGhaTgo) ==
        Set{"warning 2024-03-12"});
  CHECK(Types(f, "Norway demanded the release of two Norwegian sailors from Kenya on Monday.",
              kNorKen) == Set{"demand 2024-03-11"});
  // Its own miners threatened: nothing between the two.
  CHECK(Types(f, "Ghana threatened its striking miners with force on Monday.", kGhaTgo).empty());
}

TEST_CASE("passives of the receiving side, ties cut with all", "[lexicon23a]") {
  Fixture f;
  CHECK(Types(f, "Two Kenyan diplomats were kicked out of Norway on Monday.", kNorKen) ==
        Set{"expulsion 2024-03-11"});
  CHECK(Types(f, "Ten Togolese fishermen were rounded up by Ghanaian police on Tuesday.",
              kGhaTgo) == Set{"detention 2024-03-12"});
  CHECK(Types(f, "A Togolese patrol came under fire from Ghanaian troops on Monday.", kGhaTgo) ==
        Set{"incident 2024-03-11"});
  CHECK(Types(f, "Norway severed all ties with Kenya on Monday.", kNorKen) ==
        Set{"break-relations 2024-03-11"});
  CHECK(Types(f, "Ghana broke off all diplomatic relations with Togo on Tuesday.", kGhaTgo) ==
        Set{"break-relations 2024-03-12"});
  // Fire of words from a party's forces is no shooting.
  CHECK(Types(f,
              "The Norwegian minister came under fire from opposition forces on Monday over "
              "his trip to Kenya.",
              kNorKen)
            .empty());
}

TEST_CASE("rebukes, apologies and quotas told other ways", "[lexicon23a]") {
  Fixture f;
  CHECK(Types(f, "The Norwegian foreign minister took Kenya to task on Monday.", kNorKen) ==
        Set{"condemnation 2024-03-11"});
  CHECK(Types(f, "Ghana demanded Togo apologise on Tuesday.", kGhaTgo) == Set{"demand 2024-03-12"});
  CHECK(Types(f, "Norway imposed quotas on Kenyan steel on Monday.", kNorKen) ==
        Set{"trade-restriction 2024-03-11"});
  // A coach and his players: no act between the two states.
  CHECK(Types(f, "The Ghanaian coach took his players to task after the loss to Togo on Monday.",
              kGhaTgo)
            .empty());
}

TEST_CASE("envoys ejected, relations ended, talks abandoned, positions struck", "[lexicon23a]") {
  Fixture f;
  CHECK(Types(f, "Norway ejected two Kenyan diplomats on Monday.", kNorKen) ==
        Set{"expulsion 2024-03-11"});
  CHECK(Types(f, "Ghana withdrew its charge d'affaires from Togo on Tuesday.", kGhaTgo) ==
        Set{"recall 2024-03-12"});
  CHECK(Types(f, "Norway ended diplomatic relations with Kenya on Monday.", kNorKen) ==
        Set{"break-relations 2024-03-11"});
  CHECK(Types(f, "Ghana abandoned the talks with Togo on Tuesday.", kGhaTgo) ==
        Set{"halt-talks 2024-03-12"});
  CHECK(Types(f, "Norwegian jets struck Kenyan positions on Monday.", kNorKen) ==
        Set{"incident 2024-03-11"});
  CHECK(Types(f, "The Norwegian minister berated Kenya on Monday.", kNorKen) ==
        Set{"condemnation 2024-03-11"});
  // A deal struck is no strike; a third state's talks abandoned nothing of the two.
  CHECK(Types(f, "Norway struck a fishing deal with Iceland on Monday.", kNorKen).empty());
}

TEST_CASE("Latin plurals, visa issuance, fingers pointed", "[lexicon23a]") {
  Fixture f;
  CHECK(Types(f, "Norway declared two Kenyan diplomats personae non gratae on Monday.", kNorKen) ==
        Set{"expulsion 2024-03-11"});
  CHECK(Types(f, "Ghana suspended the issuance of visas to Togolese citizens on Tuesday.",
              kGhaTgo) == Set{"reduce-relations 2024-03-12"});
  CHECK(Types(f, "Ghana pointed the finger at Togo on Tuesday.", kGhaTgo) ==
        Set{"accusation 2024-03-12"});
  // A coach warning his own players: "warned ... not to" alone is no warning.
  CHECK(
      Types(f, "The Norwegian coach warned his players not to underrate Kenya on Monday.", kNorKen)
          .empty());
}
