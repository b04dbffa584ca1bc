// The direction policies' readings of the words around a date, one Parser
// method at a time (the corpus tests them through whole sentences).
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "resolve_parser.h"

namespace {

using annals::resolve_internal::Parser;

const annals::Lexicon& SharedLexicon() {
  static const annals::Lexicon* lexicon = [] {
    auto* lx = new annals::Lexicon;
    annals::Diagnostic error;
    if (!lx->Load(&error)) FAIL(error.ToString());
    return lx;
  }();
  return *lexicon;
}

// The tokens of `text`, annotated, and the index of the first token whose
// lower-case form is `word`.
struct Sentence {
  explicit Sentence(const std::string& text) {
    annals::Tokenize(text, &lowered, &tokens);
    SharedLexicon().Annotate(&tokens);
  }
  size_t At(const std::string& word) const {
    for (size_t i = 0; i < tokens.size(); ++i) {
      if (tokens[i].lower == word) return i;
    }
    FAIL("no token " << word);
    return 0;
  }
  std::string lowered;  // the tokens' words point into it
  std::vector<annals::Token> tokens;
};

}  // namespace

TEST_CASE("the tense of a clause comes from the nearest cue before the date", "[resolve]") {
  Sentence past("The ministers met in Vienna on Sunday.");
  Parser p(SharedLexicon(), past.tokens);
  size_t sunday = past.At("sunday");
  CHECK(p.TenseAround(sunday, sunday + 1) < 0);

  Sentence future("The ministers will meet in Vienna on Sunday.");
  Parser f(SharedLexicon(), future.tokens);
  sunday = future.At("sunday");
  size_t cue = 0;
  CHECK(f.TenseAround(sunday, sunday + 1, &cue) > 0);
  CHECK(future.tokens[cue].lower == "will");
}

TEST_CASE("a plan word in the past perfect or simple past is a past plan", "[resolve]") {
  Sentence s("The talks had been scheduled to open on Sunday.");
  Parser p(SharedLexicon(), s.tokens);
  size_t sunday = s.At("sunday");
  size_t cue = 0;
  CHECK(p.TenseAround(sunday, sunday + 1, &cue) < 0);
  CHECK(p.PastPlan(cue));

  Sentence plain("The talks are scheduled to open on Sunday.");
  Parser q(SharedLexicon(), plain.tokens);
  CHECK_FALSE(q.PastPlan(plain.At("scheduled")));

  Sentence simple("The talks were due to open on Sunday.");
  Parser r(SharedLexicon(), simple.tokens);
  CHECK(r.PastPlan(simple.At("due")));
}

TEST_CASE("'over' after a verb of holding is across, after a verb of length an amount",
          "[resolve]") {
  Sentence held("The summit was held over two days.");
  CHECK(Parser(SharedLexicon(), held.tokens).OverSpan(held.At("over")));
  Sentence spread("Payments were spread over three years.");
  CHECK(Parser(SharedLexicon(), spread.tokens).OverSpan(spread.At("over")));
  Sentence lasted("The strike lasted over a week.");
  CHECK_FALSE(Parser(SharedLexicon(), lasted.tokens).OverSpan(lasted.At("over")));
  Sentence count("He lived there for over two decades.");
  CHECK_FALSE(Parser(SharedLexicon(), count.tokens).OverSpan(count.At("over")));
}

TEST_CASE("a possessive before a noun of something done", "[resolve]") {
  annals::WordMap<bool> done{{"ruling", true}};
  Sentence direct("They will appeal Wednesday's ruling.");
  size_t wednesday = direct.At("wednesday");
  CHECK(Parser(SharedLexicon(), direct.tokens, &done).DoneNounAfter(wednesday + 1));
  Sentence adjective("They will appeal Wednesday's court ruling.");
  wednesday = adjective.At("wednesday");
  CHECK(Parser(SharedLexicon(), adjective.tokens, &done).DoneNounAfter(wednesday + 1));
  Sentence meeting("They will attend Wednesday's meeting.");
  wednesday = meeting.At("wednesday");
  CHECK_FALSE(Parser(SharedLexicon(), meeting.tokens, &done).DoneNounAfter(wednesday + 1));
  // Without the table nothing is known to be done.
  CHECK_FALSE(Parser(SharedLexicon(), direct.tokens).DoneNounAfter(direct.At("wednesday") + 1));
}

TEST_CASE("a past verb dates the month at the end of its object", "[resolve]") {
  Sentence s("The two sides reached a new trade deal in June.");
  Parser p(SharedLexicon(), s.tokens);
  CHECK(p.VerbDatesObject(s.At("reached"), s.At("june")));

  // "of a cutback in September": the month dates the noun, a plan.
  Sentence plan("The ministry told exporters of a cutback in September.");
  Parser q(SharedLexicon(), plan.tokens);
  CHECK_FALSE(q.VerbDatesObject(plan.At("told"), plan.At("september")));

  // "by June" is a deadline, not the verb's time.
  Sentence by("The two sides reached a deal by June.");
  Parser r(SharedLexicon(), by.tokens);
  CHECK_FALSE(r.VerbDatesObject(by.At("reached"), by.At("june")));
}

TEST_CASE("a month opening a sentence told in the past is past", "[resolve]") {
  Sentence s("In June, the two sides reached a deal.");
  Parser p(SharedLexicon(), s.tokens);
  size_t june = s.At("june");
  CHECK(p.OpensPastSentence(june, june + 1, s.At("reached")));

  Sentence ahead("In June, the envoy said, the two sides will meet.");
  Parser f(SharedLexicon(), ahead.tokens);
  june = ahead.At("june");
  CHECK_FALSE(f.OpensPastSentence(june, june + 1, ahead.At("said")));

  // Not at the start of the sentence: another reading decides.
  Sentence inside("Talks in June reached a deal.");
  Parser g(SharedLexicon(), inside.tokens);
  june = inside.At("june");
  CHECK_FALSE(g.OpensPastSentence(june, june + 1, inside.At("reached")));
}

TEST_CASE("a plan reported after a dated saying counts from the saying", "[resolve]") {
  Sentence s("The minister said on Friday that they would meet next week.");
  Parser p(SharedLexicon(), s.tokens);
  size_t friday = s.At("friday");
  CHECK(p.ReportedFrom(friday, friday + 1, s.At("next")));

  // No modal reports a plan: "next week" is the story's own.
  Sentence plain("The minister said on Friday that talks go on next week.");
  Parser q(SharedLexicon(), plain.tokens);
  friday = plain.At("friday");
  CHECK_FALSE(q.ReportedFrom(friday, friday + 1, plain.At("next")));

  // A day that is not the saying's.
  Sentence met("The ministers met on Friday and would meet again next week.");
  Parser r(SharedLexicon(), met.tokens);
  friday = met.At("friday");
  CHECK_FALSE(r.ReportedFrom(friday, friday + 1, met.At("next")));
}
