// Runs the steps of EventRules::Extract on a one-sentence article, so that
// a test can look at what one step hands on to the next.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "article_reading.h"
#include "event_rules.h"
#include "event_test_util.h"

namespace annals::testing {

// The bundled event rules, loaded once for the step tests.
inline const EventRules& BundledRules() {
  static const EventRules* rules = [] {
    auto* r = new EventRules;
    Diagnostic error;
    bool ok = r->Load(&error);
    INFO(error.ToString());
    REQUIRE(ok);
    return r;
  }();
  return *rules;
}

// One sentence read up to its event words (EventRules::ReadTriggers).
struct OneSentence {
  const EventRules& rules = BundledRules();
  const ActorLexicon& actors = BundledActors();
  Article article;
  std::vector<TimeExpression> times;
  std::unique_ptr<ArticleReading> reading;
  std::unique_ptr<SentenceReading> sentence;

  OneSentence(date::year_month_day published, const std::string& body,
              const std::vector<Timex>& list, const std::string& place = "")
      : article(MakeArticle("a.txt", published, body, place)), times(Times(body, list)) {
    reading = std::make_unique<ArticleReading>(article, times, rules.sentence_rules(),
                                               rules.narrative_words(), actors);
    REQUIRE(reading->sentences.size() == 1);
    sentence = std::make_unique<SentenceReading>(reading->sentences[0]);
    rules.ReadTriggers(actors, reading.get(), sentence.get());
  }

  // The text of each event word ("paid a visit" gives "visit").
  std::vector<std::string> TriggerTexts() const {
    std::vector<std::string> out;
    for (const PhraseMatcher::Match& t : sentence->triggers) {
      const Word& first = reading->words[t.first_word];
      const Word& last = reading->words[t.end_word - 1];
      out.push_back(article.body.substr(first.begin, last.end - first.begin));
    }
    return out;
  }

  // The sentence-level steps after ReadTriggers: times and sides.
  void DateTriggers() {
    rules.GoverningTimes(*reading, sentence.get());
    rules.DateMeetingSettings(*reading, sentence.get());
    rules.ShareTimeAcrossAnd(*reading, sentence.get());
    rules.SentenceSides(sentence.get());
  }

  // Event word `k` with its scope found and its mention started.
  std::unique_ptr<EventReading> Event(size_t k) const {
    const PhraseMatcher::Match& tm = sentence->triggers.at(k);
    auto event = std::make_unique<EventReading>(k, tm, rules.trigger(tm.value));
    rules.FindScope(*reading, *sentence, event.get());
    rules.StartMention(*sentence, event.get());
    return event;
  }
};

}  // namespace annals::testing
