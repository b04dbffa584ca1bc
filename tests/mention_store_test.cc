#include "mention_store.h"

#include <catch2/catch.hpp>

#include <string>
#include <tuple>
#include <type_traits>
#include <utility>
#include <vector>

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
  m.doer = "CHN";
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
  m.carried = true;
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
  CHECK(a.doer == b.doer);
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
  CHECK(a.carried == b.carried);
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

TEST_CASE("a mention added with its article's source decodes with that source", "[mention_store]") {
  annals::MentionStore store;
  annals::Mention bare = Full("a");  // as the assembler's Extract leaves it
  bare.source.file.clear();
  bare.source.published.clear();
  bare.source.outlet.clear();
  bare.source.url.clear();
  annals::MentionStore::ArticleSource article{"articles/peru-chile.txt", "2016-04-05",
                                              "Andes Daily", "http://example.org/peru-chile"};
  store.Add(bare, article);
  store.Add(Full("b"));  // its own source again
  store.Add(bare, article);
  REQUIRE(store.size() == 3);
  annals::Mention want = bare;
  want.source.file = "articles/peru-chile.txt";
  want.source.published = "2016-04-05";
  want.source.outlet = "Andes Daily";
  want.source.url = "http://example.org/peru-chile";
  annals::Mention out;
  store.Decode(0, &out);
  CheckSame(out, want);
  store.Decode(1, &out);
  CheckSame(out, Full("b"));
  store.Decode(2, &out);
  CheckSame(out, want);
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

namespace {

// Every field of a Mention, in declaration order, as a tuple of references.
// The structured binding names exactly as many fields as Mention has, so a
// field added to (or removed from) Mention stops this file compiling until
// it is listed here too; the tests below then demand that the new field is
// set in Distinct() and survives the store.
template <typename M>
auto Fields(M& m) {
  auto& [type, family, noun, cameo, date, qualifier, first, last, status, actors, people,
         person_country, principal, doer, place, place_country, destination, phrase, topic,
         both_sides, heads_of_state, visitor_unplaced, present, stay, undirected_visit, carried,
         antecedent, source, sequence] = m;
  return std::tie(type, family, noun, cameo, date, qualifier, first, last, status, actors, people,
                  person_country, principal, doer, place, place_country, destination, phrase, topic,
                  both_sides, heads_of_state, visitor_unplaced, present, stay, undirected_visit,
                  carried, antecedent, source, sequence);
}

// The same for Source, which a Mention carries.
template <typename S>
auto SourceFields(S& s) {
  auto& [file, published, outlet, url, phrase, quote] = s;
  return std::tie(file, published, outlet, url, phrase, quote);
}

// A mention whose every field is set, each string to a value no other field
// has, and every flag true: a field the store drops comes back empty, and
// two fields it swaps come back as each other's value.
annals::Mention Distinct() {
  annals::Mention m;
  m.type = "type-1";
  m.family = "family-2";
  m.noun = "noun-3";
  m.cameo = "cameo-4";
  m.date = "date-5";
  m.qualifier = "qualifier-6";
  m.first = date::sys_days(2001_y / 2 / 3);
  m.last = date::sys_days(2004_y / 5 / 6);
  m.status = "status-7";
  m.actors = {"actor-8a", "actor-8b"};
  m.people = {"person-9b", "person-9a"};  // not sorted: the order of mention counts
  m.person_country = {{"person-9a", "country-10a"}, {"person-9b", "country-10b"}};
  m.principal = "principal-11";
  m.doer = "doer-11b";
  m.place = "place-12";
  m.place_country = "place-country-13";
  m.destination = "destination-14";
  m.phrase = "phrase-15";
  m.topic = "topic-16";
  m.both_sides = true;
  m.heads_of_state = true;
  m.visitor_unplaced = true;
  m.present = true;
  m.stay = true;
  m.undirected_visit = true;
  m.carried = true;
  m.antecedent = {"antecedent-17a", "antecedent-17b"};
  m.source.file = "file-18";
  m.source.published = "published-19";
  m.source.outlet = "outlet-20";
  m.source.url = "url-21";
  m.source.phrase = "source-phrase-22";
  m.source.quote = "quote-23";
  m.sequence = 24;
  return m;
}

template <typename T>
bool IsDefault(const T& value) {
  return value == T{};
}

// Checks field by field (naming the field's index on failure) that `got`
// equals `want`.
template <typename Tuple, size_t... I>
void CheckEachSame(const Tuple& got, const Tuple& want, std::index_sequence<I...>) {
  auto one = [](size_t index, bool same) {
    INFO("field " << index << " in declaration order");
    CHECK(same);
  };
  (one(I, std::get<I>(got) == std::get<I>(want)), ...);
}

template <typename Tuple, size_t... I>
void CheckNoneDefault(const Tuple& fields, std::index_sequence<I...>) {
  auto one = [](size_t index, bool is_default) {
    INFO("field " << index << " in declaration order is left at its default");
    CHECK_FALSE(is_default);
  };
  (one(I, IsDefault(std::get<I>(fields))), ...);
}

template <typename Tuple>
constexpr auto IndicesOf(const Tuple&) {
  return std::make_index_sequence<std::tuple_size_v<Tuple>>();
}

void CheckAllSame(const annals::Mention& got, const annals::Mention& want) {
  auto g = Fields(got), w = Fields(want);
  CheckEachSame(g, w, IndicesOf(g));
  auto gs = SourceFields(got.source), ws = SourceFields(want.source);
  CheckEachSame(gs, ws, IndicesOf(gs));
}

// Sets the `which`-th bool field of `m` (counting bool fields only) to true.
template <typename Tuple, size_t... I>
void SetBoolField(const Tuple& fields, size_t which, std::index_sequence<I...>) {
  size_t seen = 0;
  auto one = [&](auto& field) {
    if constexpr (std::is_same_v<std::remove_reference_t<decltype(field)>, bool>) {
      if (seen++ == which) field = true;
    }
  };
  (one(std::get<I>(fields)), ...);
}

template <typename Tuple, size_t... I>
size_t CountBools(const Tuple&, std::index_sequence<I...>) {
  return (size_t{0} + ... +
          (std::is_same_v<std::remove_reference_t<std::tuple_element_t<I, Tuple>>, bool> ? 1 : 0));
}

}  // namespace

TEST_CASE("every field of a Mention survives the store", "[mention_store]") {
  const annals::Mention want = Distinct();
  // The fixture itself: no field left at its default, or a field the store
  // forgets would come back "right" by accident.
  auto fields = Fields(want);
  CheckNoneDefault(fields, IndicesOf(fields));
  auto source_fields = SourceFields(want.source);
  CheckNoneDefault(source_fields, IndicesOf(source_fields));

  annals::MentionStore store;
  store.Add({want, annals::Mention()});
  annals::Mention out;
  store.Decode(0, &out);
  CheckAllSame(out, want);
  // Decoding a blank mention over it leaves nothing behind.
  store.Decode(1, &out);
  CheckAllSame(out, annals::Mention());
}

TEST_CASE("each flag of a Mention is stored on its own", "[mention_store]") {
  annals::Mention probe;
  auto probe_fields = Fields(probe);
  size_t bools = CountBools(probe_fields, IndicesOf(probe_fields));
  REQUIRE(bools == 7);  // Mention's flags today; update with Mention
  annals::MentionStore store;
  std::vector<annals::Mention> added;
  for (size_t k = 0; k < bools; ++k) {
    annals::Mention m;
    auto f = Fields(m);
    SetBoolField(f, k, IndicesOf(f));
    added.push_back(m);
  }
  store.Add(added);
  annals::Mention out;
  for (size_t k = 0; k < bools; ++k) {
    INFO("flag " << k);
    store.Decode(k, &out);
    CheckAllSame(out, added[k]);
  }
}

TEST_CASE("the merge's decoding keeps every field the merge reads", "[mention_store]") {
  const annals::Mention want = Distinct();
  annals::MentionStore store;
  store.Add({want});
  annals::Mention out = Distinct();  // holds values that must be cleared
  out.source.quote = "stale";
  store.DecodeForMerge(0, &out);
  // What DecodeForMerge promises to leave empty (mention_store.h).
  annals::Mention expected = want;
  expected.noun.clear();
  expected.cameo.clear();
  expected.qualifier.clear();
  expected.antecedent.clear();
  expected.source.outlet.clear();
  expected.source.url.clear();
  expected.source.quote.clear();
  CheckAllSame(out, expected);
}
