// Spans of fighting and summits, dates from the right sentence and places
// the text names (issue 5, branch `dates23`). The real resolver dates the
// sentences, published on Saturday 1 May 2021. Every sentence is written for
// the test.
#include <catch2/catch.hpp>

#include "event_test_util.h"
#include "merge_test_util.h"

using namespace date::literals;

namespace {

struct Fixture : annals::testing::ResolvedEventFixture {
  Fixture() : ResolvedEventFixture(2021_y / 5 / 1) {}
};

// The one mention of `type` in `body`, or fails.
annals::Mention One(Fixture& f, const std::string& body, const std::string& type) {
  INFO(body);
  auto m = f.Extract(body);
  std::erase_if(m, [&](const annals::Mention& x) { return x.type != type; });
  REQUIRE(m.size() == 1);
  return m[0];
}

}  // namespace

TEST_CASE("a meeting of stated length that ended on a day spans the days before it", "[dates23]") {
  Fixture f;
  auto m = One(
      f, "Presidents of Norway and Kenya held a four-day summit in Nairobi that ended on Thursday.",
      "summit");
  CHECK(m.date == "2021-04-26/2021-04-29");
  CHECK(m.place == "Nairobi");
  m = One(f,
          "Ghanaian and Togolese negotiators held talks in Accra that began on Sunday and ended on "
          "Thursday.",
          "talks");
  CHECK(m.date == "2021-04-25/2021-04-29");
  m = One(f, "Norway and Kenya opened a three-day summit in Nairobi on Monday.", "summit");
  CHECK(m.date == "2021-04-26/2021-04-28");
  m = One(f,
          "Ghanaian and Togolese ministers held a two-day meeting in Accra that began on Thursday.",
          "meeting");
  CHECK(m.date == "2021-04-29/2021-04-30");
  // A length with neither start nor end keeps the day told.
  m = One(f, "Norway and Kenya held a three-day summit in Nairobi on Tuesday.", "summit");
  CHECK(m.date == "2021-04-27");
  // An end word with an object ends something else.
  m = One(f, "Ghana and Togo began talks on Monday and ended the border dispute on Friday.",
          "talks");
  CHECK(m.date == "2021-04-26");
  // Two acts on two days stay apart.
  auto all =
      f.Extract("Ghana and Togo held talks in Accra on Monday and signed a deal on Thursday.");
  for (const auto& x : all) CHECK(x.date.find('/') == std::string::npos);
}

TEST_CASE("fighting told from one day into the next spans both", "[dates23]") {
  Fixture f;
  auto m =
      One(f,
          "Clashes broke out between Peruvian and Chilean villagers near Tacna on Wednesday and "
          "turned into fighting between border troops by Thursday morning.",
          "incident");
  CHECK(m.date == "2021-04-28/2021-04-29");
  // A later day with no word of fighting going on is no day of the clash.
  m = One(f,
          "Troops of Peru and Chile clashed near the border on Monday and the border stayed "
          "closed until Friday.",
          "incident");
  CHECK(m.date == "2021-04-26");
  // A later day of saying is no day of the fighting.
  m = One(f,
          "Troops of Peru and Chile clashed near the border on Wednesday and Peru's foreign "
          "ministry said on Thursday that two soldiers died.",
          "incident");
  CHECK(m.date == "2021-04-28");
}

TEST_CASE("attending the other side's independence ceremony in its city is a visit of that day",
          "[dates23]") {
  Fixture f;
  auto m =
      One(f,
          "Norwegian Prime Minister Berg attended Kenya's independence ceremony in Nairobi on "
          "December 12 last year. Relations between Norway and Kenya improved in December last "
          "year.",
          "visit");
  CHECK(m.date == "2020-12-12");
  CHECK(m.place == "Nairobi");
}

TEST_CASE("a ceasefire told from a dateline city is not placed there", "[dates23]") {
  annals::testing::ResolvedEventFixture f(2021_y / 5 / 1);
  std::string body =
      "A ceasefire between Peru and Chile was agreed by the two governments on Friday.";
  auto found =
      f.rules.Extract(annals::testing::MakeArticle("a.txt", f.published, body, "Lima"),
                      f.resolver->Resolve(body, f.published), annals::testing::BundledActors());
  std::erase_if(found, [](const annals::Mention& x) { return x.type != "agreement"; });
  REQUIRE(found.size() == 1);
  CHECK(found[0].date == "2021-04-30");
  CHECK(found[0].place.empty());
  // Talks reported from the dateline on their day are still placed there.
  body = "Peru and Chile held talks on Friday.";
  found = f.rules.Extract(annals::testing::MakeArticle("a.txt", f.published, body, "Lima"),
                          f.resolver->Resolve(body, f.published), annals::testing::BundledActors());
  std::erase_if(found, [](const annals::Mention& x) { return x.type != "talks"; });
  REQUIRE(found.size() == 1);
  CHECK(found[0].place == "Lima");
}

TEST_CASE("a place name written with a hyphen is kept whole", "[dates23]") {
  Fixture f;
  auto m = One(f, "Ghanaian and Togolese troops clashed near Kpa-Tove on Wednesday.", "incident");
  CHECK(m.place == "Kpa-Tove");
  // A dash with spaces around it ends the name.
  m = One(f, "Ghanaian and Togolese troops clashed near Kpalime - a market town - on Wednesday.",
          "incident");
  CHECK(m.place == "Kpalime");
}

TEST_CASE("an invasion that took the capital is placed in the invaded side's capital",
          "[dates23]") {
  Fixture f;
  auto m = One(f, "Ghanaian troops invaded Togo on Tuesday and took the capital.", "incident");
  CHECK(m.place == "Lome");
  // No capital taken: no place is made up.
  m = One(f, "Ghanaian troops invaded Togo on Tuesday and took the airport.", "incident");
  CHECK(m.place != "Lome");
}

TEST_CASE("fighting counted in days from a start spans those days", "[dates23]") {
  Fixture f;
  auto m =
      One(f,
          "Three days of fighting between Norway and Kenya that began on Wednesday left dozens "
          "dead.",
          "incident");
  CHECK(m.date == "2021-04-28/2021-04-30");
  // Without a start the day told is no first day.
  auto all =
      f.Extract("Ghana and Togo counted the dead on Wednesday after three days of fighting.");
  for (const auto& x : all) CHECK(x.date != "2021-04-28/2021-04-30");
}

TEST_CASE("a clash told on its first day and then over its days is one entry of those days",
          "[dates23]") {
  Fixture f;
  auto entries = annals::testing::PairEntries(
      f,
      "Norwegian and Kenyan troops clashed near Lodwar on Wednesday. Three days of fighting "
      "between Norway and Kenya that began on Wednesday left dozens dead.",
      {"NOR", "KEN"});
  CHECK(annals::testing::EntryTypes(entries) ==
        std::multiset<std::string>{"incident 2021-04-28/2021-04-30"});
}
