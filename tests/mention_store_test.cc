#include "mention_store.h"

#include <catch2/catch.hpp>

#include <string>

using namespace date::literals;

namespace {

// A mention with every field set to something of its own, so that a field
// the store forgets or mixes up with another shows.
annals::Mention Full(const std::string& tag) {
  annals::Mention m;
  m.type = "state-visit";
  m.family = "visit";
  m.noun = "state visit";
  m.cameo = "042";
  m.date = "2015-09";
  m.qualifier = "late";
  m.first = date::sys_days(2015_y / 9 / 21);
  m.last = date::sys_days(2015_y / 9 / 30);
  m.status = "held";
  m.actors = {"USA", "CHN", "UN"};
  m.people = {"Xi Jinping", "Barack Obama"};
  m.person_country = {{"Xi Jinping", "CHN"}, {"Barack Obama", "USA"}};
  m.principal = "Xi Jinping";
  m.place = "Seattle " + tag;
  m.place_country = "USA";
  m.destination = "the United States";
  m.phrase = "first state visit";
  m.topic = "on climate change";
  m.both_sides = true;
  m.heads_of_state = false;
  m.visitor_unplaced = true;
  m.present = false;
  m.stay = true;
  m.undirected_visit = false;
  m.antecedent = {"CHN", "USA"};
  m.source.file = "articles/" + tag + ".txt";
  m.source.published = "2015-12-02";
  m.source.outlet = "Xinhua";
  m.source.url = "http://example.org/" + tag;
  m.source.phrase = "late September";
  m.source.quote = "Xi paid his first state visit to the United States in late September.";
  m.sequence = 7;
  return m;
}

void CheckSame(const annals::Mention& a, const annals::Mention& b) {
  CHECK(a.type == b.type);
  CHECK(a.family == b.family);
  CHECK(a.noun == b.noun);
  CHECK(a.cameo == b.cameo);
  CHECK(a.date == b.date);
  CHECK(a.qualifier == b.qualifier);
  CHECK(a.first == b.first);
  CHECK(a.last == b.last);
  CHECK(a.status == b.status);
  CHECK(a.actors == b.actors);
  CHECK(a.people == b.people);
  CHECK(a.person_country == b.person_country);
  CHECK(a.principal == b.principal);
  CHECK(a.place == b.place);
  CHECK(a.place_country == b.place_country);
  CHECK(a.destination == b.destination);
  CHECK(a.phrase == b.phrase);
  CHECK(a.topic == b.topic);
  CHECK(a.both_sides == b.both_sides);
  CHECK(a.heads_of_state == b.heads_of_state);
  CHECK(a.visitor_unplaced == b.visitor_unplaced);
  CHECK(a.present == b.present);
  CHECK(a.stay == b.stay);
  CHECK(a.undirected_visit == b.undirected_visit);
  CHECK(a.antecedent == b.antecedent);
  CHECK(a.source == b.source);
  CHECK(a.sequence == b.sequence);
}

}  // namespace

TEST_CASE("a stored mention decodes to the mention that was added", "[mention_store]") {
  annals::MentionStore store;
  annals::Mention plain;  // every field empty or false
  plain.sequence = 3;
  store.Add({Full("a"), plain, Full("b")});
  REQUIRE(store.size() == 3);
  annals::Mention out;
  store.Decode(0, &out);
  CheckSame(out, Full("a"));
  // Decoding into a Mention that held another leaves nothing of it behind.
  store.Decode(1, &out);
  CheckSame(out, plain);
  store.Decode(2, &out);
  CheckSame(out, Full("b"));
  CHECK(store.Family(0) == "visit");
  CHECK(store.SpanDays(0) == 9);
  std::vector<std::string_view> actors;
  store.Actors(0, &actors);
  CHECK(actors == std::vector<std::string_view>{"CHN", "UN", "USA"});
  uint32_t chn = store.strings().Find("CHN"), usa = store.strings().Find("USA");
  CHECK(store.HasActors(0, chn, usa));
  CHECK_FALSE(store.HasActors(1, chn, usa));
  CHECK(store.strings().Find("RUS") == annals::StringPool::kNotFound);
}

TEST_CASE("a repeated string is stored once", "[mention_store]") {
  annals::StringPool pool;
  uint32_t a = pool.Intern("Beijing");
  uint32_t b = pool.Intern("Washington");
  CHECK(a != b);
  CHECK(pool.Intern(std::string("Beij") + "ing") == a);
  CHECK(pool.Get(b) == "Washington");
  // Enough strings to grow the table and fill more than one block.
  std::string long_text(100 * 1024, 'x');
  uint32_t big = pool.Intern(long_text);
  for (int i = 0; i < 5000; ++i) pool.Intern("name " + std::to_string(i));
  CHECK(pool.size() == 5003);
  CHECK(pool.Get(a) == "Beijing");
  CHECK(pool.Get(big) == long_text);
  uint32_t last = pool.Intern("name 4999");
  CHECK(pool.Find("name 4999") == last);
  CHECK(pool.size() == 5003);
  CHECK(pool.Get(pool.Find("name 17")) == "name 17");
  uint32_t empty = pool.Intern("");
  CHECK(pool.Find("") == empty);
  CHECK(pool.Get(empty).empty());
}

TEST_CASE("mentions are put in file order, then in their order in the file", "[mention_store]") {
  annals::MentionStore store;
  annals::Mention m;
  auto add = [&](const std::string& file, size_t sequence) {
    m.source.file = file;
    m.sequence = sequence;
    store.Add({m});
  };
  // As threads might add them: articles in any order.
  add("b.txt", 0);
  add("a.txt", 1);
  add("b.txt", 1);
  add("a.txt", 0);
  store.SortByFileThenSequence();
  std::vector<std::string> files;
  for (size_t i = 0; i < store.size(); ++i) {
    store.Decode(i, &m);
    files.push_back(m.source.file);
    CHECK(store.Sequence(i) == i);
  }
  CHECK(files == std::vector<std::string>{"a.txt", "a.txt", "b.txt", "b.txt"});
  store.Decode(0, &m);
  CHECK(m.sequence == 0);
  store.clear();
  CHECK(store.empty());
}
