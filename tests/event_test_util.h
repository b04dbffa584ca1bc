// Builds articles and their time expressions directly, so that assembler
// tests do not depend on the resolver.
#pragma once

#include <memory>
#include <set>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "actors.h"
#include "annals/date_value.h"
#include "annals/ingest.h"
#include "annals/resolve.h"
#include "event_rules.h"

namespace annals::testing {

// The bundled actor data, loaded once for all the tests that only read it
// (loading it per test would dominate their run time).
inline const ActorLexicon& BundledActors() {
  static const ActorLexicon* lexicon = [] {
    auto* l = new ActorLexicon;
    Diagnostic error;
    bool ok = l->Load(&error);
    INFO(error.ToString());
    REQUIRE(ok);
    return l;
  }();
  return *lexicon;
}

// The actors the bundled data finds in `text` read as one sentence, on `day`.
inline std::vector<ActorMention> FindActors(const std::string& text, PersonMemory* memory,
                                            date::sys_days day = date::sys_days(date::year(2015) /
                                                                                12 / 2)) {
  std::string lowered;
  std::vector<Word> words = Tokenize(text, &lowered);
  return BundledActors().Find(text, words, 0, words.size(), day, memory);
}

// The person called `name` among `found`, or null.
inline const ActorMention* PersonNamed(const std::vector<ActorMention>& found,
                                       const std::string& name) {
  for (const auto& a : found)
    if (a.kind == ActorKind::kPerson && a.name == name) return &a;
  return nullptr;
}

// The country of the person `name` among `found`; empty when no one of that
// name was found, so one CHECK states both.
inline std::string CountryOfPerson(const std::vector<ActorMention>& found,
                                   const std::string& name) {
  const ActorMention* person = PersonNamed(found, name);
  return person ? person->code : std::string();
}

struct Timex {
  std::string phrase;  // first occurrence in the body
  std::string value;
  std::string mod = "";
  std::string direction = "";
};

// The first mention of `type` among `found`, or null.
inline const Mention* OfType(const std::vector<Mention>& found, const std::string& type) {
  for (const Mention& m : found)
    if (m.type == type) return &m;
  return nullptr;
}

// Whether any mention of `found` names both `a` and `b` among its actors.
inline bool AnyBetween(const std::vector<Mention>& found, const std::string& a,
                       const std::string& b) {
  for (const Mention& m : found)
    if (m.actors.count(a) && m.actors.count(b)) return true;
  return false;
}

inline std::vector<TimeExpression> Times(const std::string& body, const std::vector<Timex>& list) {
  std::vector<TimeExpression> out;
  for (const Timex& t : list) {
    size_t at = body.find(t.phrase);
    REQUIRE(at != std::string::npos);
    TimeExpression e;
    e.begin = at;
    e.end = at + t.phrase.size();
    e.text = t.phrase;
    e.value = t.value;
    e.mod = t.mod;
    e.direction = t.direction;
    DateValue v;
    std::string err;
    REQUIRE(ParseDateValue(t.value, &v, &err));
    e.first_day = v.first;
    e.last_day = v.last;
    out.push_back(e);
  }
  std::sort(out.begin(), out.end(),
            [](const TimeExpression& a, const TimeExpression& b) { return a.begin < b.begin; });
  return out;
}

inline Article MakeArticle(const std::string& file, date::year_month_day published,
                           const std::string& body, const std::string& place = "") {
  Article a;
  a.file = file;
  a.published = published;
  a.body = body;
  a.place = place;
  return a;
}

// The bundled actor and event data, and an Extract that dates the body's
// phrases by hand for an article published on `published`.
struct EventFixture {
  ActorLexicon actors;
  EventRules rules;
  date::year_month_day published;
  explicit EventFixture(date::year_month_day day) : published(day) {
    Diagnostic error;
    REQUIRE(actors.Load(&error));
    REQUIRE(rules.Load(&error));
  }
  std::vector<Mention> Extract(const std::string& body, const std::vector<Timex>& times,
                               const std::string& place = "") {
    return rules.Extract(MakeArticle("a.txt", published, body, place), Times(body, times), actors);
  }
};

// The bundled event data read with the real resolver, for tests that state
// whole sentences of an article published on `published`.
struct ResolvedEventFixture {
  EventRules rules;
  std::unique_ptr<Resolver> resolver;
  date::year_month_day published;
  explicit ResolvedEventFixture(date::year_month_day day) : published(day) {
    Diagnostic error;
    REQUIRE(rules.Load(&error));
    REQUIRE(Resolver::Load(&resolver, &error));
  }
  // The mentions between two or more sides: the only ones a timeline keeps.
  std::vector<Mention> Extract(const std::string& body) {
    std::vector<Mention> found = rules.Extract(MakeArticle("a.txt", published, body, ""),
                                               resolver->Resolve(body, published), BundledActors());
    std::erase_if(found, [](const Mention& m) { return m.actors.size() < 2; });
    return found;
  }
};

// A sentence that tells exactly one held event between `sides`.
struct HeldCase {
  std::string sentence;
  std::string type, cameo, date;
  std::set<std::string> sides;
};

inline void CheckHeldEvent(ResolvedEventFixture& fixture, const HeldCase& c) {
  INFO(c.sentence);
  auto m = fixture.Extract(c.sentence);
  REQUIRE(m.size() == 1);
  CHECK(m[0].type == c.type);
  CHECK(m[0].cameo == c.cameo);
  CHECK(m[0].date == c.date);
  CHECK(m[0].status == "held");
  CHECK(m[0].actors == c.sides);
}

// Each case alone as an article published on `published`, with one fixture
// (loading the rules and the resolver once) for the whole list.
inline void CheckHeldEvents(date::year_month_day published, const std::vector<HeldCase>& cases) {
  ResolvedEventFixture fixture(published);
  for (const HeldCase& c : cases) CheckHeldEvent(fixture, c);
}

// Thursday 14 March 2024: the publication day the sentence-list event tests
// share, so "on Monday" is 11 March and "next week" lies ahead.
inline constexpr date::year_month_day kSentenceTestDay{date::year{2024}, date::month{3},
                                                       date::day{14}};

struct SentenceTestFixture : ResolvedEventFixture {
  SentenceTestFixture() : ResolvedEventFixture(kSentenceTestDay) {}
};

inline void CheckHeldOnTestDay(const std::vector<HeldCase>& cases) {
  CheckHeldEvents(kSentenceTestDay, cases);
}

}  // namespace annals::testing
