#include "article_reading.h"

#include <cctype>

#include "annals/date_value.h"
#include "event_words.h"

namespace annals {

namespace {

// The words of `body`: made of the resolver's tokens of the article's body
// when they are at hand, else by Tokenize.
std::vector<Word> ReadWords(const Article& article, const std::string& body, size_t shift,
                            const TokenizedText* tokenized, std::string* lowered) {
  if (!tokenized || tokenized->text.data() != article.body.data() ||
      tokenized->text.size() != article.body.size() || shift + article.body.size() != body.size()) {
    return Tokenize(body, lowered);
  }
  return TokenizeWithTokens(body, shift, tokenized->tokens, lowered);
}

}  // namespace

ArticleReading::ArticleReading(const Article& article_in,
                               const std::vector<TimeExpression>& resolved,
                               const SentenceRules& sentence_rules,
                               const NarrativeTimeWords& narrative, const ActorLexicon& lexicon)
    : ArticleReading(article_in, article_in.body, resolved, 0, sentence_rules, narrative, lexicon) {
}

ArticleReading::ArticleReading(const Article& article_in, const std::string& body_in,
                               const std::vector<TimeExpression>& resolved, size_t shift,
                               const SentenceRules& sentence_rules,
                               const NarrativeTimeWords& narrative, const ActorLexicon& lexicon,
                               const TokenizedText* tokenized)
    : article(article_in),
      body(body_in),
      published(*article_in.published),
      published_text(FormatDay(*article_in.published)),
      words(ReadWords(article_in, body_in, shift, tokenized, &lowered)),
      sentences(SplitSentences(body, words, sentence_rules)) {
  // "NAIROBI, March 13 (East Wire) - On Tuesday, Kenya and Norway signed":
  // the dateline is no part of the sentence the rules read, so that what
  // they ask of a sentence's opening ("On Tuesday," before the clause)
  // they ask of the words after the dash. Its place, day and outlet are
  // the article's, read apart.
  for (SentenceSpan& s : sentences) s.first_word = DatelineEnd(words, s.first_word, s.last_word);
  if (!article.place.empty()) {
    if (!lexicon.LookupPlace(article.place, &dateline_city, &dateline_country)) {
      dateline_city = article.place;
    }
    if (!dateline_country.empty()) dateline_country_name = lexicon.CountryName(dateline_country);
    // "the Prime Minister" with no name may be the dateline country's.
    NoteDatelineCountry(dateline_country, &memory);
  }
  {
    std::vector<PlacedTime> times;
    if (!AnchorNarrativeTimes(body, words, resolved, shift, narrative, &anchored, &times)) {
      times.reserve(resolved.size());
      for (const TimeExpression& t : resolved)
        times.push_back({&t, t.begin + shift, t.end + shift});
    }
    size_t w = 0;
    for (const PlacedTime& placed : times) {
      const TimeExpression& t = *placed.time;
      // A time of day ("Tuesday evening", 2014-11-11TEV) dates an event to
      // its day.
      bool day_time = t.type == TimexType::kTime && t.value.size() > 10 && t.value[10] == 'T';
      if (!t.first_day || !t.last_day || (t.type != TimexType::kDate && !day_time)) continue;
      // A decade or a century ("the 21st century", "the 1990s") is an era
      // something is meant for, not the date of an event.
      if (t.value.size() < 4 || !std::isdigit(static_cast<unsigned char>(t.value[3]))) continue;
      while (w < words.size() && words[w].end <= placed.begin) ++w;
      size_t e = w;
      while (e < words.size() && words[e].begin < placed.end) ++e;
      if (e > w) time_spans.push_back({&t, w, e});
      // "met Kenyan President William Ruto Tuesday": a word of a day is no
      // word of a name (ActorLexicon::IsNameWord).
      for (size_t k = w; k < e; ++k) words[k].in_time = true;
    }
  }
  // Each mention is dated by one of these spans, so this is the usual
  // bound: a Mention is large, and moving them as the vector grows cost
  // more than the rest of Extract's bookkeeping.
  mentions.reserve(time_spans.size());
  mention_origin.reserve(time_spans.size());
}

}  // namespace annals
