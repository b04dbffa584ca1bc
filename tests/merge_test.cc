#include "merge.h"

#include <catch2/catch.hpp>

#include "event_test_util.h"

#include "annals/date_value.h"

using namespace date::literals;

namespace {
const annals::ActorLexicon& Lexicon() { return annals::testing::BundledActors(); }
annals::Mention M(const std::string& type, const std::string& family, const std::string& value,
                  const std::string& file, const std::string& qualifier = "") {
  annals::Mention m;
  m.type = type;
  m.family = family;
  m.noun = type;
  m.date = value;
  m.qualifier = qualifier;
  annals::DateValue v;
  std::string err;
  REQUIRE(annals::ParseDateValue(value, &v, &err));
  m.first = date::sys_days(v.first);
  m.last = date::sys_days(v.last);
  if (qualifier == "late") m.first = m.last - date::days(9);
  if (qualifier == "early") m.last = m.first + date::days(9);
  m.status = "held";
  m.actors = {"CHN", "USA"};
  m.source.file = file;
  m.source.published = "2016-01-01";
  m.source.phrase = value;
  m.source.quote = type + " in " + value;
  return m;
}
const std::array<std::string, 2> kPair{"CHN", "USA"};
}  // namespace

TEST_CASE("the most precise date wins", "[merge]") {
  auto entries = annals::MergeMentions({M("agreement", "agreement", "2010", "a.txt"),
                                        M("agreement", "agreement", "2010-05", "b.txt")},
                                       kPair, Lexicon());
  REQUIRE(entries.size() == 1);
  CHECK(entries[0].date == "2010-05");
  CHECK(entries[0].sources.size() == 2);
  CHECK(entries[0].notes.empty());
}

TEST_CASE("a summit joins the state visit it happened during", "[merge]") {
  auto visit = M("state-visit", "visit", "2015-09", "a.txt", "late");
  visit.principal = "Xi Jinping";
  auto entries =
      annals::MergeMentions({visit, M("summit", "meeting", "2015-09", "a.txt")}, kPair, Lexicon());
  REQUIRE(entries.size() == 1);
  CHECK(entries[0].type == "state-visit");
  CHECK(entries[0].qualifier == "late");
  CHECK(entries[0].sources.size() == 2);
}

TEST_CASE("talks dated to the day stay apart from a month-long visit", "[merge]") {
  auto entries = annals::MergeMentions(
      {M("state-visit", "visit", "2015-09", "a.txt"), M("talks", "meeting", "2015-09-25", "a.txt")},
      kPair, Lexicon());
  CHECK(entries.size() == 2);
}

TEST_CASE("early and late in the month are different events", "[merge]") {
  auto a = M("visit", "visit", "2015-09", "a.txt", "early");
  auto b = M("visit", "visit", "2015-09", "a.txt", "late");
  CHECK(annals::MergeMentions({a, b}, kPair, Lexicon()).size() == 2);
}

TEST_CASE("different visitors are different visits", "[merge]") {
  auto a = M("visit", "visit", "2015-09", "a.txt");
  a.principal = "Ann Example";
  auto b = M("visit", "visit", "2015-09", "b.txt");
  b.principal = "Bo Example";
  CHECK(annals::MergeMentions({a, b}, kPair, Lexicon()).size() == 2);
}

TEST_CASE("one side's domestic news is left out", "[merge]") {
  auto a = M("meeting", "meeting", "2015-09-01", "a.txt");
  a.actors = {"CHN"};
  auto b = M("meeting", "meeting", "2015-09-02", "a.txt");
  b.actors = {"CHN", "JPN"};
  CHECK(annals::MergeMentions({a, b}, kPair, Lexicon()).empty());
}

TEST_CASE("conflicting dates of one meeting are kept as a note", "[merge]") {
  auto a = M("talks", "meeting", "2015-09-24", "a.txt");
  auto b = M("talks", "meeting", "2015-09-25", "b.txt");
  for (auto* m : {&a, &b}) {
    m->place = "Washington";
    m->people = {"Xi Jinping", "Barack Obama"};
  }
  auto entries = annals::MergeMentions({a, b}, kPair, Lexicon());
  REQUIRE(entries.size() == 1);
  REQUIRE(entries[0].notes.size() == 1);
  CHECK(entries[0].notes[0].find("b.txt says 2015-09-25") != std::string::npos);
}

TEST_CASE("days of one visit make an interval", "[merge]") {
  auto a = M("visit", "visit", "2015-09-22", "a.txt");
  a.principal = "Xi Jinping";
  auto b = M("visit", "visit", "2015-09-25", "b.txt");
  auto entries = annals::MergeMentions({a, b}, kPair, Lexicon());
  REQUIRE(entries.size() == 1);
  CHECK(entries[0].date == "2015-09-22/2015-09-25");
  CHECK(entries[0].id.rfind("2015-09-22-", 0) == 0);
}

TEST_CASE("the latest report decides whether it was held", "[merge]") {
  auto planned = M("dialogue", "dialogue", "2016-06", "a.txt");
  planned.status = "planned";
  planned.source.published = "2015-12-02";
  auto held = M("dialogue", "dialogue", "2016-06-14", "b.txt");
  held.source.published = "2016-06-15";
  auto entries = annals::MergeMentions({planned, held}, kPair, Lexicon());
  REQUIRE(entries.size() == 1);
  CHECK(entries[0].status == "held");
  CHECK(entries[0].date == "2016-06-14");
  REQUIRE(entries[0].sources.size() == 2);
  CHECK(entries[0].sources[0].file == "a.txt");  // oldest first
}

TEST_CASE("a summit reported on two following days at one place spans both", "[merge]") {
  auto first = M("summit", "meeting", "2019-02-27", "a.txt");
  first.place = "Hanoi";
  auto second = M("summit", "meeting", "2019-02-28", "a.txt");
  second.place = "Hanoi";
  auto entries = annals::MergeMentions({first, second}, kPair, Lexicon());
  REQUIRE(entries.size() == 1);
  CHECK(entries[0].date == "2019-02-27/2019-02-28");

  auto elsewhere = M("summit", "meeting", "2019-02-28", "a.txt");
  elsewhere.place = "Singapore";
  CHECK(annals::MergeMentions({first, elsewhere}, kPair, Lexicon()).size() == 2);
}

TEST_CASE("a visit of announced length spans its days when merged with one of them", "[merge]") {
  auto stay = M("visit", "visit", "2016-11-10/2016-11-12", "a.txt");
  stay.principal = "Narendra Modi";
  stay.stay = true;
  auto day = M("visit", "visit", "2016-11-11", "b.txt");
  day.principal = "Narendra Modi";
  auto entries = annals::MergeMentions({day, stay}, kPair, Lexicon());
  REQUIRE(entries.size() == 1);
  CHECK(entries[0].date == "2016-11-10/2016-11-12");
  // A week named as such is not a stay: the day stays the date.
  auto week = M("visit", "visit", "2016-W45", "c.txt");
  week.principal = "Narendra Modi";
  entries = annals::MergeMentions({day, week}, kPair, Lexicon());
  REQUIRE(entries.size() == 1);
  CHECK(entries[0].date == "2016-11-11");
}

TEST_CASE("a shared person does not make two meetings with different partners one", "[merge]") {
  const std::array<std::string, 2> pair{"FRA", "AUS"};
  auto a = M("meeting", "meeting", "2021-10-30", "a.txt");
  a.actors = {"FRA", "AUS", "USA"};
  a.people = {"Joe Biden", "Emmanuel Macron"};
  a.person_country = {{"Joe Biden", "USA"}, {"Emmanuel Macron", "FRA"}};
  auto b = M("meeting", "meeting", "2021-10-30", "b.txt");
  b.actors = {"FRA", "AUS"};
  b.people = {"Emmanuel Macron", "Scott Morrison"};
  b.person_country = {{"Emmanuel Macron", "FRA"}, {"Scott Morrison", "AUS"}};
  CHECK(annals::MergeMentions({a, b}, pair, Lexicon()).size() == 2);
}

TEST_CASE("another leader of the same side is another meeting", "[merge]") {
  auto a = M("meeting", "meeting", "2016-09-03", "a.txt");
  a.people = {"Xi Jinping", "Barack Obama"};
  a.person_country = {{"Xi Jinping", "CHN"}, {"Barack Obama", "USA"}};
  auto b = M("meeting", "meeting", "2016-09-03", "b.txt");
  b.people = {"Li Keqiang", "Barack Obama"};
  b.person_country = {{"Li Keqiang", "CHN"}, {"Barack Obama", "USA"}};
  CHECK(annals::MergeMentions({a, b}, kPair, Lexicon()).size() == 2);
  // Naming one more person of a side is the same meeting told more fully.
  auto c = M("meeting", "meeting", "2016-09-03", "c.txt");
  c.people = {"Xi Jinping", "Li Keqiang", "Barack Obama"};
  c.person_country = {{"Xi Jinping", "CHN"}, {"Li Keqiang", "CHN"}, {"Barack Obama", "USA"}};
  CHECK(annals::MergeMentions({a, c}, kPair, Lexicon()).size() == 1);
}

TEST_CASE("a visit's one traveller of the other side names it", "[merge][places16]") {
  auto trip = M("visit", "visit", "2015-09-22", "a.txt");
  trip.phrase = "first foreign trip";
  trip.people = {"Li Keqiang"};
  trip.person_country = {{"Li Keqiang", "CHN"}};
  trip.place = "Seattle";
  trip.place_country = "USA";
  auto entries = annals::MergeMentions({trip}, kPair, Lexicon());
  REQUIRE(entries.size() == 1);
  CHECK(entries[0].title == "Li Keqiang's first foreign trip to Seattle");

  // The one person named is of the country visited: the host, no visitor.
  trip.person_country = {{"Li Keqiang", "USA"}};
  entries = annals::MergeMentions({trip}, kPair, Lexicon());
  REQUIRE(entries.size() == 1);
  CHECK(entries[0].title == "First foreign trip to Seattle");
}

TEST_CASE("a year-only mention joins the event another article dates to the day",
          "[merge][places16]") {
  auto signed_on = M("agreement", "agreement", "2016-09-13", "a.txt");
  signed_on.place = "Lima";
  auto later = M("agreement", "agreement", "2016", "b.txt");
  later.source.published = "2018-03-02";
  auto entries = annals::MergeMentions({later, signed_on}, kPair, Lexicon());
  REQUIRE(entries.size() == 1);
  CHECK(entries[0].date == "2016-09-13");
  CHECK(entries[0].place == "Lima");
  CHECK(entries[0].sources.size() == 2);
}
