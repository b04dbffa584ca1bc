// The two sides told by reference (issue 5, branch `probes33`): "the two
// countries" for the pair the article last named together, or the pair the
// build asked for; "he" after an opening time phrase and the place of a
// trip just told; "they" after a sentence naming one person of each side.
// The real resolver dates the sentences, published on Wednesday 13 March
// 2024. Every sentence is written for the test.
#include <array>
#include <set>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "event_test_util.h"
#include "merge_test_util.h"
#include "told_test_util.h"

namespace {

using annals::testing::kGhaTgo;
using annals::testing::kNorKen;
using annals::testing::kPerChl;

// The entries of `pair` one article of `body` gives, filed from `town` on
// Wednesday 2024-03-13, each as "type date status @place"; with
// `asked`, the build is told the pair (--pair).
std::multiset<std::string> Told(const std::string& body, const std::array<std::string, 2>& pair,
                                const std::string& town, bool asked = true) {
  return annals::testing::ToldEntries(body, pair, town, {.with_place = true, .pair_asked = asked});
}

}  // namespace

TEST_CASE("\"the two countries\" are the pair the article last named together", "[probes33]") {
  // A sentence naming one side between them: still the two named together.
  CHECK(Told("Ghana and Togo signed a power deal on Monday. Ghana's president called it a "
             "milestone. The two countries also agreed to hold talks in Lome in June.",
             kGhaTgo, "Accra") ==
        std::multiset<std::string>{"agreement 2024-03-11 held @", "talks 2024-06 planned @Lome"});
  // In the next paragraph too.
  CHECK(Told("Peru and Chile signed a fisheries accord on Monday.\n\nPeru's minister called it "
             "fair.\n\nThe two countries will hold border talks in April.",
             kPerChl, "Lima") ==
        std::multiset<std::string>{"agreement 2024-03-11 held @", "talks 2024-04 planned @"});
  // Another pair named last, though the article speaks more of this one:
  // "the two" are the other pair.
  const std::string others =
      "Peru and Chile held talks in Lima on Monday. Peru's president said Chile was a partner. "
      "\n\nBolivia and Ecuador signed a separate deal on Tuesday.";
  CHECK(Told(others + "\n\nThe two countries will hold border talks in April.", kPerChl, "Lima") ==
        std::multiset<std::string>{"talks 2024-03-11 held @Lima"});
  // Two paragraphs on, that pair is too far back: the article's own two.
  CHECK(Told(others + "\n\nAnalysts expect more deals.\n\nThe two countries will hold border "
                      "talks in April.",
             kPerChl, "Lima") ==
        std::multiset<std::string>{"talks 2024-03-11 held @Lima", "talks 2024-04 planned @"});
}

TEST_CASE("\"the two countries\" of an article that names no other side are the pair asked for",
          "[probes33]") {
  CHECK(Told("The two countries last held talks in 2019.", kNorKen, "Nairobi") ==
        std::multiset<std::string>{"talks 2019 held @"});
  CHECK(Told("Kenya's president spoke on Tuesday. The two leaders are set to meet in Bergen next "
             "month.",
             kNorKen, "Nairobi") == std::multiset<std::string>{"meeting 2024-04 planned @Bergen"});
  // Without --pair the article does not say which two.
  CHECK(Told("The two countries last held talks in 2019.", kNorKen, "Nairobi", false).empty());
  // An article that names a third side may speak of that one.
  CHECK(Told("Somalia's president spoke on Tuesday. The two countries last held talks in 2019.",
             kNorKen, "Nairobi")
            .empty());
  CHECK(Told("Kenya and Somalia signed a deal on Tuesday. The two countries also agreed to hold "
             "talks in June.",
             kNorKen, "Nairobi")
            .empty());
}

TEST_CASE("\"he\" after an opening time phrase is the person the sentence before named",
          "[probes33]") {
  // A person named by a title and country alone, then "he" with no comma.
  CHECK(Told("Norway's crown prince arrived in Nairobi on Monday. The following day he met "
             "President Ruto.",
             kNorKen, "Nairobi") == std::multiset<std::string>{"visit 2024-03-11 held @Nairobi",
                                                               "meeting 2024-03-12 held @Nairobi"});
  CHECK(Told("Ghana's foreign minister landed in Lome on Sunday. A day later she met Togo's "
             "president.",
             kGhaTgo, "Accra") ==
        std::multiset<std::string>{"visit 2024-03-10 held @Lome", "meeting 2024-03-11 held @Lome"});
  // The person before is a third country's: "he" is no side of the pair.
  CHECK(Told("Somalia's president arrived in Nairobi on Monday. The following day he met "
             "President Ruto.",
             kNorKen, "Nairobi")
            .empty());
  // A pronoun after someone named in the opening words is not the subject.
  CHECK(Told("Norway's crown prince arrived in Nairobi on Monday. Officials said Ruto later "
             "met him.",
             kNorKen, "Nairobi") == std::multiset<std::string>{"visit 2024-03-11 held @Nairobi"});
}

TEST_CASE("a meeting with no place of its own is held where the sentence before took its person",
          "[probes33]") {
  CHECK(Told("Kenya's president left for Oslo on Tuesday. He will hold talks with Norway's prime "
             "minister on Wednesday.",
             kNorKen, "Nairobi") == std::multiset<std::string>{"visit 2024-03-12 held @Oslo",
                                                               "talks 2024-03-13 planned @Oslo"});
  CHECK(Told("Chile's president flew to Lima on Tuesday. She held talks with Peru's president on "
             "Wednesday.",
             kPerChl, "Santiago") ==
        std::multiset<std::string>{"visit 2024-03-12 held @Lima", "talks 2024-03-13 held @Lima"});
  // A place of its own stays.
  CHECK(Told("Kenya's president left for Oslo on Tuesday. He will hold talks with Norway's prime "
             "minister in Bergen on Wednesday.",
             kNorKen, "Nairobi") == std::multiset<std::string>{"visit 2024-03-12 held @Oslo",
                                                               "talks 2024-03-13 planned @Bergen"});
  // Not the meeting of another person than the one who went.
  CHECK(Told("Kenya's president left for Oslo on Tuesday. Norway's prime minister met Kenya's "
             "foreign minister on Wednesday.",
             kNorKen, "Nairobi") == std::multiset<std::string>{"visit 2024-03-12 held @Oslo",
                                                               "meeting 2024-03-13 held @Nairobi"});
}

TEST_CASE("\"they\" after a meeting are its two sides", "[probes33]") {
  CHECK(Told("Ruto met Store in Oslo on Monday. They agreed to set up a joint commission.", kNorKen,
             "Nairobi") == std::multiset<std::string>{"meeting 2024-03-11 held @Oslo",
                                                      "agreement 2024-03-11 held @Oslo"});
  CHECK(Told("Ruto met Store in Oslo on Monday. They signed a trade deal on Tuesday.", kNorKen,
             "Nairobi") == std::multiset<std::string>{"meeting 2024-03-11 held @Oslo",
                                                      "agreement 2024-03-12 held @Nairobi"});
  // A meeting with a third country's president: "they" are those two.
  CHECK(Told("Ruto met Somalia's president in Mogadishu on Monday. They agreed to set up a "
             "joint commission.",
             kNorKen, "Nairobi")
            .empty());
  // Told as older, the accord keeps its own time.
  CHECK(Told("Ruto met Store in Oslo on Monday. They had signed a trade deal in 2019.", kNorKen,
             "Nairobi") ==
        std::multiset<std::string>{"meeting 2024-03-11 held @Oslo", "agreement 2019 held @"});
}
