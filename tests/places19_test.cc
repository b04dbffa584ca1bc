// Visits told without the word "visit", the places of the gazetteer's
// towns, seats of government that stand for their capital, and names that
// must not become places (issue 5, branch places19). The real resolver
// dates the sentences, published on Thursday 14 March 2024. Every sentence
// is written for the test.
#include <cctype>
#include <set>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "annals/bundle.h"
#include "annals/tsv.h"
#include "event_test_util.h"

namespace {

using Fixture = annals::testing::SentenceTestFixture;
using annals::testing::FindActors;

// The one mention of `sentence`, which must be a held visit or meeting
// between Peru and Chile.
annals::Mention OnlyMention(Fixture& f, const std::string& sentence) {
  INFO(sentence);
  auto found = f.Extract(sentence);
  REQUIRE(found.size() == 1);
  CHECK(found[0].actors == std::set<std::string>{"CHL", "PER"});
  return found[0];
}

std::string Lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

std::vector<annals::TsvRow> BundledTable(const std::string& path, size_t fields) {
  std::string contents, origin, err;
  REQUIRE(annals::ReadResource(path, &contents, &origin, &err));
  std::vector<annals::TsvRow> rows;
  annals::Diagnostic error;
  REQUIRE(annals::ParseTsv(origin, contents, fields, fields, &rows, &error));
  return rows;
}

}  // namespace

TEST_CASE("a meeting in a second city or border town is placed there", "[places19]") {
  Fixture f;
  auto arica = OnlyMention(
      f, "Peruvian President Carlos Soto met Chilean President Ana Ruiz in Arica on Tuesday.");
  CHECK(arica.place == "Arica");
  CHECK(arica.place_country == "CHL");
  CHECK(arica.date == "2024-03-12");
  auto tacna = OnlyMention(
      f,
      "Chilean President Ana Ruiz held talks with Peruvian President Carlos Soto in Tacna on "
      "Monday.");
  CHECK(tacna.place == "Tacna");
  CHECK(tacna.place_country == "PER");
  // A known town after "near" says where a place named by its kind lies
  // (tests/places16_test.cc); with no such place it is the place.
  auto near = OnlyMention(
      f, "Peruvian President Carlos Soto met Chilean President Ana Ruiz near Arica on Tuesday.");
  CHECK(near.place == "Arica");
}

TEST_CASE("a visit to a town of the other side", "[places19]") {
  Fixture f;
  // The town gives the host side: no "visit" word, no country named.
  auto cheered =
      OnlyMention(f, "Peruvian President Carlos Soto was cheered by crowds in Iquique on Tuesday.");
  CHECK(cheered.type == "visit");
  CHECK(cheered.place == "Iquique");
  CHECK(cheered.date == "2024-03-12");
  auto flowers = OnlyMention(
      f, "Peruvian President Carlos Soto laid flowers for the miners in Calama on Monday.");
  CHECK(flowers.type == "visit");
  CHECK(flowers.place == "Calama");
  auto parade = OnlyMention(
      f,
      "Chilean President Ana Ruiz was guest of honour at the military parade in Lima on "
      "Sunday.");
  CHECK(parade.type == "visit");
  CHECK(parade.place == "Lima");
  // A town of the visitor's own country is no visit abroad.
  CHECK(f.Extract("Peruvian President Carlos Soto was cheered by crowds in Arequipa on Tuesday.")
            .empty());
}

TEST_CASE("a seat of government stands for the capital of a visited country", "[places19]") {
  Fixture f;
  auto palace = OnlyMention(
      f,
      "Chilean President Ana Ruiz made her first trip to Peru in June 2023, and Peruvian "
      "President Carlos Soto received her at the government palace.");
  CHECK(palace.type == "visit");
  CHECK(palace.place == "Lima");
  // The visitor's own parliament is not the host's.
  auto own = OnlyMention(
      f,
      "Chilean President Ana Ruiz made her first trip to Peru in June 2023 and spoke about it "
      "in the Chilean parliament.");
  CHECK(own.place == "Peru");
  // A seat named with no visit word is no visit.
  CHECK(f.Extract("The Peruvian parliament debated the fishing law on Tuesday.").empty());
}

TEST_CASE("names that are words, countries or towns of several countries are no places",
          "[places19]") {
  // At the start of a sentence a common word is capitalised: no place.
  for (const char* text : {"Reading the statement, Soto thanked Chile.", "Nice words were said.",
                           "Split decisions are rare.", "Mobile phones were banned.",
                           "Victoria Lopez spoke.", "Cordoba and Valencia are far apart."}) {
    INFO(text);
    for (const auto& a : FindActors(text, nullptr)) CHECK(a.kind != annals::ActorKind::kPlace);
  }
  // "Georgia" and "Jordan" are the countries, never a town of the gazetteer.
  auto georgia = FindActors("Soto flew to Georgia and then to Jordan.", nullptr);
  std::set<std::string> codes;
  for (const auto& a : georgia) {
    CHECK(a.kind != annals::ActorKind::kPlace);
    if (a.kind == annals::ActorKind::kCountry) codes.insert(a.code);
  }
  CHECK(codes == std::set<std::string>{"GEO", "JOR"});
  // A gazetteer town needs a preposition to be where something happened.
  Fixture f;
  auto met = f.Extract(
      "Peruvian President Carlos Soto met Chilean President Ana Ruiz on Tuesday, and Arica "
      "officials welcomed the talks.");
  REQUIRE(met.size() == 1);
  CHECK(met[0].place != "Arica");
}

TEST_CASE("every gazetteer row names a known country and no country's name", "[places19]") {
  // Names of countries ("Georgia", "Jordan"), their aliases and demonyms;
  // a city that is itself a state or territory ("Singapore", "Hong Kong":
  // no capital, or itself) may be listed as a place.
  std::set<std::string> codes, country_names;
  for (const auto& row : BundledTable("data/en/countries.tsv", 5)) {
    codes.insert(row.fields[0]);
    bool city_state = row.fields[4] == "-" || row.fields[4] == row.fields[1];
    for (size_t i = 1; i < 4 && !city_state; ++i)
      for (const std::string& name : annals::SplitList(row.fields[i]))
        country_names.insert(Lower(name));
  }
  std::set<std::string> seen;
  for (const auto& row : BundledTable("data/en/places.tsv", 3)) {
    INFO("data/en/places.tsv:" << row.line << ": " << row.fields[0]);
    CHECK(codes.count(row.fields[1]) == 1);
    CHECK(country_names.count(Lower(row.fields[0])) == 0);
    CHECK(seen.insert(Lower(row.fields[0])).second);
  }
}

TEST_CASE("a speech in person on the other side's soil is a visit", "[places19]") {
  Fixture f;
  auto speech = OnlyMention(
      f, "Peruvian President Carlos Soto addressed Chile's parliament in person in May 2023.");
  CHECK(speech.type == "visit");
  CHECK(speech.place == "Santiago");
  CHECK(speech.date == "2023-05");
  CHECK(f.Extract("Peruvian President Carlos Soto addressed the Chilean Congress by video link "
                  "in May 2023.")
            .empty());
}

TEST_CASE("an envoy expelled from where he served", "[places19]") {
  Fixture f;
  auto there = f.Extract("Peru expelled Jorge Lagos, the Chilean ambassador in Lima, on Tuesday.");
  REQUIRE(there.size() == 1);
  CHECK(there[0].type == "expulsion");
  CHECK(there[0].place == "Lima");
  // No place told: none is made up.
  auto told = f.Extract("Peru expelled the Chilean ambassador on Tuesday.");
  REQUIRE(told.size() == 1);
  CHECK(told[0].place.empty());
  // A recall names where the envoy was, not where it was decided.
  auto recall = f.Extract("Chile recalled its ambassador in Lima on Tuesday.");
  REQUIRE(recall.size() == 1);
  CHECK(recall[0].place.empty());
}

TEST_CASE("a time in an opening participle phrase dates the verb after it", "[places19]") {
  Fixture f;
  for (const char* sentence :
       {"Speaking in Madrid on Tuesday, Peruvian President Carlos Soto condemned Chile's "
        "decision.",
        "Peruvian President Carlos Soto, speaking in Madrid on Tuesday, condemned Chile's "
        "decision."}) {
    INFO(sentence);
    auto found = f.Extract(sentence);
    REQUIRE(found.size() == 1);
    CHECK(found[0].type == "condemnation");
    CHECK(found[0].date == "2024-03-12");
    CHECK(found[0].place == "Madrid");
  }
}

TEST_CASE("a visit with no destination, in the other side's country", "[places19]") {
  Fixture f;
  auto wreath = OnlyMention(f, "Chilean President Ana Ruiz laid a wreath in Peru on Monday.");
  CHECK(wreath.type == "visit");
  CHECK(wreath.place == "Peru");
  CHECK(wreath.place_country == "PER");
  // A country after a comma is no place of the visit.
  auto gesture = OnlyMention(
      f, "Chilean President Ana Ruiz laid a wreath on Monday, a gesture welcomed in Peru.");
  CHECK(gesture.place.empty());
}
