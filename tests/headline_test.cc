#include "headline.h"

#include <catch2/catch.hpp>

#include "event_test_util.h"

namespace {
const annals::ActorLexicon& Lexicon() { return annals::testing::BundledActors(); }
const std::array<std::string, 2> kPair{"CHN", "USA"};
}  // namespace

TEST_CASE("a visit names the visitor and the destination", "[headline]") {
  annals::Mention m;
  m.family = "visit";
  m.type = "state-visit";
  m.noun = "state visit";
  m.phrase = "first state visit";
  m.principal = "Xi Jinping";
  m.destination = "United States";
  CHECK(annals::Headline(m, kPair, Lexicon()) ==
        "Xi Jinping's first state visit to the United States");
  m.phrase = "U.S. visit";
  m.principal = "Meng Jianzhu";
  CHECK(annals::Headline(m, kPair, Lexicon()) == "Meng Jianzhu's visit to the United States");
}

TEST_CASE("a meeting names the people and the place", "[headline]") {
  annals::Mention m;
  m.family = "meeting";
  m.type = "meeting";
  m.noun = "meeting";
  m.people = {"Xi Jinping", "Barack Obama"};
  m.place = "Paris";
  CHECK(annals::Headline(m, kPair, Lexicon()) == "Xi Jinping and Barack Obama meet in Paris");
  m.people.clear();
  CHECK(annals::Headline(m, kPair, Lexicon()) == "China\u2013United States meeting in Paris");
}

TEST_CASE("a place named by its kind gets its article and preposition", "[headline]") {
  annals::Diagnostic error;
  REQUIRE(annals::CheckHeadlinePlaces(&error));
  annals::Mention m;
  m.family = "meeting";
  m.type = "meeting";
  m.noun = "meeting";
  m.people = {"Xi Jinping", "Barack Obama"};
  m.place = "island of Hainan";
  CHECK(annals::Headline(m, kPair, Lexicon()) ==
        "Xi Jinping and Barack Obama meet on the island of Hainan");
  m.place = "Yunnan region of China";
  CHECK(annals::Headline(m, kPair, Lexicon()) ==
        "Xi Jinping and Barack Obama meet in the Yunnan region of China");
  m.place = "Friendship bridge near Hekou";
  CHECK(annals::Headline(m, kPair, Lexicon()) ==
        "Xi Jinping and Barack Obama meet at the Friendship bridge near Hekou");
  // "Lake" and "Port" with a capital are part of a name, not its kind.
  m.place = "shore of Lake Tahoe";
  CHECK(annals::Headline(m, kPair, Lexicon()) ==
        "Xi Jinping and Barack Obama meet on the shore of Lake Tahoe");
  m.place = "Port Moresby";
  CHECK(annals::Headline(m, kPair, Lexicon()) ==
        "Xi Jinping and Barack Obama meet in Port Moresby");
  m.people.clear();
  m.place = "island of Hainan";
  CHECK(annals::Headline(m, kPair, Lexicon()) ==
        "China\u2013United States meeting on the island of Hainan");
  // A visit with no destination goes to the place as a reader would say it.
  annals::Mention v;
  v.family = "visit";
  v.type = "visit";
  v.noun = "visit";
  v.principal = "Barack Obama";
  v.place = "island of Hainan";
  CHECK(annals::Headline(v, kPair, Lexicon()) == "Barack Obama's visit to the island of Hainan");
}

TEST_CASE("a noun phrase has its countries written out", "[headline]") {
  annals::Mention m;
  m.family = "dialogue";
  m.type = "dialogue";
  m.noun = "dialogue";
  m.phrase = "first China-U.S. ministerial dialogue";
  m.topic = "on fighting cyber crime";
  CHECK(annals::Headline(m, kPair, Lexicon()) ==
        "First China\u2013United States ministerial dialogue on fighting cyber crime");
}

TEST_CASE("ids are slugs of date, type and place", "[headline]") {
  annals::Mention m;
  m.date = "2015-12-01";
  m.type = "dialogue";
  m.place = "Washington";
  CHECK(annals::EntryId(m) == "2015-12-01-dialogue-washington");
  m.date = "2015-09";
  m.qualifier = "late";
  CHECK(annals::EntryId(m) == "2015-09-late-dialogue-washington");
  CHECK(annals::Slug("Xi's  State Visit!") == "xi-s-state-visit");
}

TEST_CASE("a title that names no side gets the sides or the doer", "[headline]") {
  const std::array<std::string, 2> nor_ken{"NOR", "KEN"};
  annals::Mention m;
  // A visit with neither visitor nor destination.
  m.family = "visit";
  m.type = "visit";
  m.noun = "visit";
  m.phrase = "planned visit";
  CHECK(annals::Headline(m, nor_ken, Lexicon()) == "Norway\u2013Kenya planned visit");
  // A protest by one side: its doer, and the word toward the other.
  m = annals::Mention{};
  m.family = "protest";
  m.type = "protest";
  m.noun = "protest";
  m.phrase = "formal protest";
  m.doer = "KEN";
  CHECK(annals::Headline(m, nor_ken, Lexicon()) == "Kenya's formal protest to Norway");
  // With no doer, the two sides.
  m.doer.clear();
  CHECK(annals::Headline(m, nor_ken, Lexicon()) == "Norway\u2013Kenya formal protest");
  // A dialogue as a meeting: "Strategic dialogue in Oslo" named no one.
  m = annals::Mention{};
  m.family = "dialogue";
  m.type = "dialogue";
  m.noun = "dialogue";
  m.phrase = "strategic dialogue";
  m.place = "Oslo";
  CHECK(annals::Headline(m, nor_ken, Lexicon()) == "Norway\u2013Kenya strategic dialogue in Oslo");
  // An act whose topic names a side keeps its phrase.
  m = annals::Mention{};
  m.family = "sanction";
  m.type = "sanction";
  m.noun = "sanctions";
  m.phrase = "new sanctions";
  m.topic = "on Kenya";
  CHECK(annals::Headline(m, nor_ken, Lexicon()) == "New sanctions on Kenya");
}
