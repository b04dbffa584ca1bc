#include "article_reading.h"

#include <catch2/catch.hpp>

#include "event_steps_util.h"

using namespace date::literals;
using annals::testing::BundledActors;
using annals::testing::BundledRules;
using annals::testing::MakeArticle;

namespace {
annals::TimeExpression Time(const std::string& body, const std::string& phrase,
                            const std::string& value, date::year_month_day first,
                            date::year_month_day last) {
  annals::TimeExpression t;
  t.begin = body.find(phrase);
  t.end = t.begin + phrase.size();
  t.text = phrase;
  t.value = value;
  t.first_day = first;
  t.last_day = last;
  return t;
}
}  // namespace

TEST_CASE("an article's calendar times become word ranges", "[article_reading]") {
  std::string body =
      "The two sides met often in the 1990s. They met again on Tuesday. Talks followed recently.";
  std::vector<annals::TimeExpression> times = {
      Time(body, "the 1990s", "199", 1990_y / 1 / 1, 1999_y / 12 / 31),
      Time(body, "Tuesday", "2015-12-01", 2015_y / 12 / 1, 2015_y / 12 / 1),
      Time(body, "recently", "PAST_REF", 2015_y / 12 / 1, 2015_y / 12 / 1),
  };
  times[2].first_day.reset();  // no calendar days
  times[2].last_day.reset();
  auto article = MakeArticle("a.txt", 2015_y / 12 / 2, body);
  const annals::EventRules& rules = BundledRules();
  annals::ArticleReading reading(article, times, rules.sentence_rules(), rules.narrative_words(),
                                 BundledActors());
  CHECK(reading.sentences.size() == 3);
  CHECK(reading.published_text == "2015-12-02");
  // A decade is an era, not the date of an event; PAST_REF covers no days.
  REQUIRE(reading.time_spans.size() == 1);
  const annals::TimeSpan& span = reading.time_spans[0];
  CHECK(span.time->text == "Tuesday");
  CHECK(span.end_word == span.first_word + 1);
  CHECK(reading.words[span.first_word].lower == "tuesday");
  CHECK(reading.mentions.empty());
}

TEST_CASE("the dateline place is looked up, or kept as written", "[article_reading]") {
  std::string body = "The dialogue was held here on Tuesday.";
  std::vector<annals::TimeExpression> none;
  const annals::EventRules& rules = BundledRules();
  auto known = MakeArticle("a.txt", 2015_y / 12 / 2, body, "WASHINGTON");
  annals::ArticleReading reading(known, none, rules.sentence_rules(), rules.narrative_words(),
                                 BundledActors());
  CHECK(reading.dateline_city == "Washington");
  CHECK(reading.dateline_country == "USA");
  auto unknown = MakeArticle("a.txt", 2015_y / 12 / 2, body, "Smallville");
  annals::ArticleReading other(unknown, none, rules.sentence_rules(), rules.narrative_words(),
                               BundledActors());
  CHECK(other.dateline_city == "Smallville");
  CHECK(other.dateline_country.empty());
}
