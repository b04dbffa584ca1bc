#include "resolve_lexicon.h"

#include <catch2/catch.hpp>
#include <cstdlib>
#include <string>

#include "test_util.h"

namespace {

// Points ANNALS_HOME at `dir` for the lifetime of the object.
class HomeOverride {
 public:
  explicit HomeOverride(const std::string& dir) { setenv("ANNALS_HOME", dir.c_str(), 1); }
  ~HomeOverride() { unsetenv("ANNALS_HOME"); }
};

}  // namespace

TEST_CASE("tokenizer keeps byte offsets, lowercases, reads curly apostrophes", "[resolve]") {
  std::vector<annals::Token> tokens;
  std::string lowered;
  annals::Tokenize("New Year\xE2\x80\x99s Day, 3 p.m.\nDec", &lowered, &tokens);
  // The tokens' words are views into one lower-cased copy of the text.
  CHECK(lowered == "new year\xE2\x80\x99s day, 3 p.m.\ndec");
  REQUIRE(tokens.size() == 12);
  CHECK(tokens[0].lower == "new");
  CHECK(tokens[0].capitalized);
  CHECK(tokens[2].lower == "'");
  CHECK(tokens[2].end - tokens[2].begin == 3);
  CHECK(tokens[3].lower == "s");
  CHECK_FALSE(tokens[3].space_before);
  CHECK(tokens[6].number);
  CHECK(tokens[6].lower == "3");
  CHECK(tokens[11].lower == "dec");
  CHECK(tokens[11].newline_before);
  CHECK(tokens[11].begin == 25);
}

TEST_CASE("the lexicon loads the bundled tables", "[resolve]") {
  annals::Lexicon lexicon;
  annals::Diagnostic error;
  REQUIRE(lexicon.Load(&error));
  CHECK(lexicon.words.at("sept").month == 9);
  CHECK(lexicon.words.at("sunday").weekday == 7);
  CHECK(lexicon.words.at("fortnight").unit->count == 2);
  CHECK(*lexicon.words.at("autumn").season == "FA");
  CHECK(lexicon.lunar_new_year.count(2016) == 1);
}

TEST_CASE("the lexicon's hashed index finds every table word and no other", "[resolve]") {
  annals::Lexicon lexicon;
  annals::Diagnostic error;
  REQUIRE(lexicon.Load(&error));
  // Every word of the tables, found through the index with the hash the
  // tokenizer gives it, is the same entry as in `words`.
  for (const auto& [word, info] : lexicon.words) {
    INFO(word);
    CHECK(lexicon.Find(word, annals::LowerHash(word)) == &info);
  }
  for (const char* other : {"summit", "xi", "septembers", "", "tuesdayz", "zzzz"}) {
    INFO(other);
    CHECK(lexicon.Find(other, annals::LowerHash(other)) == nullptr);
  }
  // The tokenizer's hash is the one the index expects: "Sept" finds September.
  std::vector<annals::Token> tokens;
  std::string lowered;
  annals::Tokenize("Sept. 3 summit", &lowered, &tokens);
  lexicon.Annotate(&tokens);
  REQUIRE(tokens.size() == 4);
  REQUIRE(tokens[0].info != nullptr);
  CHECK(tokens[0].info->month == 9);
  CHECK(tokens[3].info == nullptr);
}

TEST_CASE("tokenizing with the lexicon annotates as Annotate does", "[resolve]") {
  annals::Lexicon lexicon;
  annals::Diagnostic error;
  REQUIRE(lexicon.Load(&error));
  // Words of every kind the index holds (short and longer than eight
  // bytes, marks, the curly apostrophe) and some it does not.
  const std::string text =
      "On Sept. 3, the summit met fortnightly; last Septemberâs talks ran "
      "two-and-a-half weeks (until Thanksgiving), 2015-2016 - a 'fortnight'.";
  std::vector<annals::Token> plain, annotated;
  std::string lowered_plain, lowered_annotated;
  annals::Tokenize(text, &lowered_plain, &plain);
  lexicon.Annotate(&plain);
  annals::TokenizeAnnotated(text, lexicon, &lowered_annotated, &annotated);
  REQUIRE(plain.size() == annotated.size());
  size_t known = 0;
  for (size_t i = 0; i < plain.size(); ++i) {
    INFO(plain[i].lower);
    CHECK(annotated[i].begin == plain[i].begin);
    CHECK(annotated[i].end == plain[i].end);
    CHECK(annotated[i].lower == plain[i].lower);
    CHECK(annotated[i].hash == plain[i].hash);
    CHECK(annotated[i].info == plain[i].info);
    CHECK(annotated[i].whole_word == plain[i].whole_word);
    if (plain[i].info) ++known;
  }
  CHECK(known >= 8);
}

TEST_CASE("a token is a whole word unless the word tokenizer reads on", "[resolve]") {
  std::vector<annals::Token> tokens;
  std::string lowered;
  annals::Tokenize("U.S. talks 2015th ZÃ¼rich x. 80.5 it's", &lowered, &tokens);
  auto whole = [&](std::string_view lower) {
    for (const annals::Token& t : tokens) {
      if (t.lower == lower) return t.whole_word;
    }
    FAIL("no token " << lower);
    return false;
  };
  CHECK_FALSE(whole("u"));     // a letter before a period: maybe "U.S."
  CHECK_FALSE(whole("x"));     // the same, whatever follows
  CHECK(whole("talks"));       // a word before a space
  CHECK_FALSE(whole("2015"));  // digits a letter goes on from: "2015th"
  CHECK_FALSE(whole("z"));     // a non-ASCII letter goes on
  CHECK(whole("80"));          // digits before a period are whole
  CHECK(whole("."));
  CHECK_FALSE(whole("'"));  // an apostrophe may open "'s"
  // The last token ("s" of "it's"), at the very end of the text.
  REQUIRE(tokens.back().lower == "s");
  CHECK(tokens.back().whole_word);
}

TEST_CASE("a malformed data file gives file:line:col", "[resolve]") {
  annals::testing::TempDir home("lexicon");
  home.Write("data/en/months.tsv", "# months\njanuary\t1\nsmarch\t13\n");
  HomeOverride override_home(home.path());
  annals::Lexicon lexicon;
  annals::Diagnostic error;
  CHECK_FALSE(lexicon.Load(&error));
  CHECK(error.ToString().find("months.tsv:3:8") != std::string::npos);
  CHECK(error.ToString().find("from 1 to 12") != std::string::npos);
}

TEST_CASE("a holiday rule the resolver cannot compute is refused", "[resolve]") {
  annals::testing::TempDir home("holidays");
  home.Write("data/en/holidays.tsv", "christmas\t12-25\nfounders day\tsometime\n");
  HomeOverride override_home(home.path());
  annals::Lexicon lexicon;
  annals::Diagnostic error;
  CHECK_FALSE(lexicon.Load(&error));
  CHECK(error.ToString().find("holidays.tsv:2:14") != std::string::npos);
}

TEST_CASE("a word listed twice in a word table is refused where it repeats", "[resolve]") {
  annals::testing::TempDir home("duplicates");
  home.Write("data/en/tense.tsv", "# word\tkind\nwants\tfuture\nwill\tfuture\nwants\tintent\n");
  HomeOverride override_home(home.path());
  annals::Lexicon lexicon;
  annals::Diagnostic error;
  CHECK_FALSE(lexicon.Load(&error));
  CHECK(error.ToString().find("tense.tsv:4:1") != std::string::npos);
  CHECK(error.ToString().find("duplicate word 'wants'") != std::string::npos);
}

TEST_CASE("words of wanting are words of intent", "[resolve]") {
  annals::Lexicon lexicon;
  annals::Diagnostic error;
  REQUIRE(lexicon.Load(&error));
  CHECK(lexicon.words.at("wants").tense == lexicon.words.at("agreed").tense);
  CHECK(lexicon.words.at("seeks").tense == lexicon.words.at("agreed").tense);
}

TEST_CASE("a rate word of an unknown kind is refused with its place", "[resolve]") {
  annals::testing::TempDir home("rate_words");
  home.Write("data/en/rate_words.tsv", "# word\tkind\nwage\tpay\nmiles\tspeed\n");
  HomeOverride override_home(home.path());
  annals::Lexicon lexicon;
  annals::Diagnostic error;
  CHECK_FALSE(lexicon.Load(&error));
  CHECK(error.ToString().find("rate_words.tsv:3:7") != std::string::npos);
  CHECK(error.ToString().find("'pay' or 'measure'") != std::string::npos);
}

TEST_CASE("a month form of an unknown kind or for no month is refused with its place",
          "[resolve]") {
  {
    annals::testing::TempDir home("month_forms_kind");
    home.Write("data/en/month_forms.tsv", "# word\tform\nsept\tabbreviation\nmay\tverb\n");
    HomeOverride override_home(home.path());
    annals::Lexicon lexicon;
    annals::Diagnostic error;
    CHECK_FALSE(lexicon.Load(&error));
    CHECK(error.ToString().find("month_forms.tsv:3:5") != std::string::npos);
  }
  {
    annals::testing::TempDir home("month_forms_word");
    home.Write("data/en/month_forms.tsv", "# word\tform\nseptr\tabbreviation\n");
    HomeOverride override_home(home.path());
    annals::Lexicon lexicon;
    annals::Diagnostic error;
    CHECK_FALSE(lexicon.Load(&error));
    CHECK(error.ToString().find("month_forms.tsv:2:1") != std::string::npos);
    CHECK(error.ToString().find("not in months.tsv") != std::string::npos);
  }
}

TEST_CASE("the month words that are also everyday words come from the data", "[resolve]") {
  annals::Lexicon lexicon;
  annals::Diagnostic error;
  REQUIRE(lexicon.Load(&error));
  CHECK(lexicon.words.at("may").month_common_word);
  CHECK(lexicon.words.at("march").month_common_word);
  CHECK_FALSE(lexicon.words.at("june").month_common_word);
  CHECK(lexicon.words.at("sept").month_abbreviation);
  CHECK_FALSE(lexicon.words.at("july").month_abbreviation);
  CHECK(lexicon.words.at("will").some_day_before);
  CHECK(lexicon.words.at("later").some_day_after);
}

// The tokenizer reads letters eight bytes at a time where it can and byte
// by byte near the end of the text: a word must come out the same either
// way, with the hash the lexicon is indexed by.
TEST_CASE("a token reads the same in the middle of a text and at its end", "[resolve]") {
  const std::string letters = "SePtEmBeRsEpTeMbErSePtEmBeR";
  for (size_t n = 1; n <= 24; ++n) {
    std::string word = letters.substr(0, n);
    std::string lower = word;
    for (char& c : lower) c = static_cast<char>(c | 0x20);
    for (const std::string& after : {std::string(""), std::string("."), std::string("7")}) {
      std::vector<annals::Token> middle, end;
      std::string middle_text, end_text;
      annals::Tokenize("On " + word + after + " the talks were held in the capital city.",
                       &middle_text, &middle);
      annals::Tokenize("On " + word + after, &end_text, &end);
      INFO(word + after);
      REQUIRE(middle.size() >= 2);
      REQUIRE(end.size() >= 2);
      CHECK(middle[1].lower == lower);
      CHECK(end[1].lower == lower);
      CHECK(middle[1].end == 3 + n);
      CHECK(end[1].end == 3 + n);
      CHECK(middle[1].hash == annals::LowerHash(lower));
      CHECK(end[1].hash == annals::LowerHash(lower));
      CHECK(middle[1].capitalized);
    }
  }
}

TEST_CASE("the rules' word classes come from their data files", "[resolve]") {
  annals::Lexicon lexicon;
  annals::Diagnostic error;
  REQUIRE(lexicon.Load(&error));
  CHECK(lexicon.not_verbs.contains("the"));
  CHECK_FALSE(lexicon.not_verbs.contains("meet"));
  CHECK(lexicon.length_verbs.contains("lasted"));
  CHECK(lexicon.schedule_blockers.contains("will"));
  CHECK(lexicon.time_zones.contains("gmt"));
  CHECK_FALSE(lexicon.time_zones.contains("GMT"));  // looked up lower-cased
  CHECK(lexicon.day_of_month_followers.contains("at"));
  CHECK(lexicon.rate_followers.contains("ago"));
  CHECK(lexicon.rate_followers.contains("'"));
  CHECK(lexicon.quantity_words.contains("%"));
  CHECK(lexicon.quantity_words.contains("percent"));
  CHECK(lexicon.span_words.contains("for"));
  CHECK_FALSE(lexicon.span_words.contains("old"));
  CHECK(lexicon.age_nouns.contains("ages"));
  CHECK(lexicon.since_leads.contains("since"));

  // A list edited in ANNALS_HOME replaces the bundled one.
  annals::testing::TempDir home("zones");
  home.Write("data/en/time_zones.tsv", "# word\nwib\n");
  HomeOverride override_home(home.path());
  annals::Lexicon edited;
  REQUIRE(edited.Load(&error));
  CHECK(edited.time_zones.contains("wib"));
  CHECK_FALSE(edited.time_zones.contains("gmt"));
}

TEST_CASE("a word class refuses capitals and repeats where they are", "[resolve]") {
  annals::Diagnostic error;
  {
    annals::testing::TempDir home("classes_upper");
    home.Write("data/en/length_verbs.tsv", "# word\nlasted\nSpent\n");
    HomeOverride override_home(home.path());
    annals::Lexicon lexicon;
    CHECK_FALSE(lexicon.Load(&error));
    CHECK(error.ToString().find("length_verbs.tsv:3:1") != std::string::npos);
    CHECK(error.ToString().find("'Spent' must be written in lower case") != std::string::npos);
  }
  {
    annals::testing::TempDir home("classes_twice");
    home.Write("data/en/rate_followers.tsv", "# word\nago\nlater\nago\n");
    HomeOverride override_home(home.path());
    annals::Lexicon lexicon;
    CHECK_FALSE(lexicon.Load(&error));
    CHECK(error.ToString().find("rate_followers.tsv:4:1") != std::string::npos);
    CHECK(error.ToString().find("duplicate word 'ago'") != std::string::npos);
  }
}

TEST_CASE("a phrase match takes the longest phrase and stops at a word none continues",
          "[resolve]") {
  annals::Lexicon lexicon;
  annals::Diagnostic error;
  REQUIRE(lexicon.Load(&error));
  auto match = [&](const std::string& text) -> std::string {
    std::vector<annals::Token> tokens;
    std::string lowered;
    annals::TokenizeAnnotated(text, lexicon, &lowered, &tokens);
    REQUIRE(!tokens.empty());
    REQUIRE(tokens[0].info != nullptr);
    size_t next = 0;
    int v = annals::MatchPhrase(lexicon.vague, tokens[0].info->vague, tokens, 0, &next);
    if (v < 0) return "none";
    return lexicon.vague[static_cast<size_t>(v)].value + " " + std::to_string(next);
  };
  CHECK(match("the past weeks Peru and Chile talked") == "PXW 3");
  CHECK(match("the past Peru and Chile shared") == "PAST_REF 2");
  CHECK(match("the talks between Norway and Kenya") == "none");
  CHECK(match("now Norway says") == "PRESENT_REF 1");
  CHECK(match("the") == "none");
}
