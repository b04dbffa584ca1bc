// Agreements, treaties and ratifications unseen news tells in ways the
// rules missed (issue 5, branch `accords25`): an agreement made at a
// gathering dated after its noun, one signed in a clause of "after which"
// that follows dated talks. The real resolver dates the sentences,
// published on Thursday 14 March 2024. Every sentence is written for the
// test.
#include <array>
#include <set>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "event_test_util.h"
#include "merge_test_util.h"

namespace {

using Fixture = annals::testing::SentenceTestFixture;

constexpr auto Entries = annals::testing::PairEntries;
constexpr auto Types = annals::testing::EntryTypes;

using annals::testing::kGhaTgo;
using annals::testing::kNorKen;
using annals::testing::kPerChl;

}  // namespace

TEST_CASE("an agreement made at a gathering dated after its noun", "[accords25]") {
  Fixture f;
  CHECK(Types(Entries(f,
                      "Peru and Chile signed a free trade agreement at a virtual summit in "
                      "February 2022.",
                      kPerChl)) ==
        std::multiset<std::string>{"agreement 2022-02", "summit 2022-02"});
  CHECK(Types(Entries(f,
                      "Norway and Kenya concluded a fisheries accord during the annual "
                      "consultations in May 2021.",
                      kNorKen)) ==
        std::multiset<std::string>{"agreement 2021-05", "consultation 2021-05"});
  // A comma between the gathering and the time leaves the agreement alone.
  CHECK(Types(Entries(f,
                      "Ghana and Togo signed a border agreement at a summit, in the spring "
                      "of 2020 by most accounts.",
                      kGhaTgo))
            .count("agreement 2020") == 0);
}

TEST_CASE("an agreement signed after dated talks in a clause of after which", "[accords25]") {
  Fixture f;
  CHECK(Types(Entries(f,
                      "On Wednesday the presidents of Peru and Chile held talks at the palace, "
                      "after which ministers signed an agreement on a strategic partnership.",
                      kPerChl)) ==
        std::multiset<std::string>{"talks 2024-03-13", "agreement 2024-03-13"});
  CHECK(Types(Entries(f,
                      "The foreign ministers of Norway and Kenya met in Oslo on Monday, at "
                      "which they signed a memorandum on shipping.",
                      kNorKen)) ==
        std::multiset<std::string>{"meeting 2024-03-11", "agreement 2024-03-11"});
  // A word of another kind in the clause is no agreement of that day.
  CHECK(Types(Entries(f,
                      "Ghana and Togo held talks in Accra on Monday, after which Togo "
                      "criticised the old treaty.",
                      kGhaTgo)) == std::multiset<std::string>{"talks 2024-03-11"});
}

TEST_CASE("treaties ratified by both parliaments or brought into force", "[accords25]") {
  Fixture f;
  CHECK(Types(Entries(f,
                      "Peru and Chile signed a fishing treaty in 2022. Both parliaments "
                      "approved the treaty on Monday.",
                      kPerChl)) ==
        std::multiset<std::string>{"agreement 2022", "agreement 2024-03-11"});
  CHECK(Types(Entries(f,
                      "Norway and Kenya exchanged diplomatic notes in Nairobi on Friday that "
                      "brought the shipping treaty into force.",
                      kNorKen)) == std::multiset<std::string>{"agreement 2024-03-08"});
  CHECK(Types(Entries(f,
                      "Ghana was the first member to ratify Togo's accession protocol, with a "
                      "vote in parliament in February.",
                      kGhaTgo)) == std::multiset<std::string>{"agreement 2024-02"});
  // A plan to ratify stays a plan; a treaty said to be in force is none.
  CHECK(Types(Entries(f, "Ghana plans to ratify Togo's accession protocol in June.", kGhaTgo)) ==
        std::multiset<std::string>{"agreement 2024-06"});
  CHECK(Entries(f,
                "Officials of Peru and Chile discussed fishing on Friday; their boundary treaty "
                "has been in force since 2001.",
                kPerChl)
            .empty());
}

TEST_CASE("a signature withdrawn and land handed over", "[accords25]") {
  Fixture f;
  CHECK(Types(Entries(f,
                      "Peru and Chile signed a border treaty in May 2005. Chile withdrew its "
                      "signature in October 2005.",
                      kPerChl)) ==
        std::multiset<std::string>{"agreement 2005-05", "reduce-relations 2005-10"});
  CHECK(Types(Entries(f,
                      "Norway formally handed the remaining part of the peninsula to Kenya on "
                      "Thursday, at a ceremony in Mombasa.",
                      kNorKen)) == std::multiset<std::string>{"other 2024-03-14"});
  CHECK(Types(Entries(f, "Togo ceded the island of Bato to Ghana in 1929.", kGhaTgo)) ==
        std::multiset<std::string>{"other 1929"});
  // Troops "returned to the territory" are no handover.
  CHECK(Entries(f, "Kenyan troops returned to the disputed territory near Norway's camp on Monday.",
                kNorKen)
            .empty());
}

TEST_CASE("agreements made at home are none between the two", "[accords25]") {
  Fixture f;
  CHECK(Entries(f,
                "Peru's two largest parties signed a coalition agreement on Monday, while "
                "Chile's president looked on.",
                kPerChl)
            .empty());
  CHECK(Entries(f, "A Kenyan trader accepted a plea deal in a Norwegian court on Monday.", kNorKen)
            .empty());
  CHECK(Types(Entries(f, "Peru and Chile signed a trade agreement on Monday.", kPerChl)) ==
        std::multiset<std::string>{"agreement 2024-03-11"});
}

TEST_CASE("an arrangement the two sides reached, told before its verb", "[accords25]") {
  Fixture f;
  CHECK(Types(Entries(f,
                      "Peru and Chile published a fishing text on Monday. The text follows an "
                      "arrangement the two sides reached in Lima in July last year.",
                      kPerChl)) == std::multiset<std::string>{"agreement 2023-07"});
  CHECK(Types(Entries(f, "Norway and Kenya struck a new arrangement on shipping in May 2022.",
                      kNorKen)) == std::multiset<std::string>{"agreement 2022-05"});
  // Any other subject, or none of both sides, is no relative clause.
  CHECK(Entries(f,
                "Ghana and Togo discussed the arrangement Ghana reached with its banks in "
                "July last year.",
                kGhaTgo)
            .empty());
  CHECK(
      Entries(f, "Ghana and Togo said the seating arrangement reached nobody's approval.", kGhaTgo)
          .empty());
}
