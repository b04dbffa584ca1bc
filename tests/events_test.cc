#include "annals/events.h"

#include <catch2/catch.hpp>

#include <thread>

#include "test_util.h"

using namespace date::literals;

namespace {
std::unique_ptr<annals::Assembler> MakeAssembler(annals::AssembleOptions options = {}) {
  std::unique_ptr<annals::Assembler> assembler;
  annals::Diagnostic error;
  bool loaded = annals::Assembler::Load(options, &assembler, &error);
  INFO(error.ToString());
  REQUIRE(loaded);
  return assembler;
}
std::unique_ptr<annals::Resolver> MakeResolver() {
  std::unique_ptr<annals::Resolver> resolver;
  annals::Diagnostic error;
  REQUIRE(annals::Resolver::Load(&resolver, &error));
  return resolver;
}
}  // namespace

TEST_CASE("countries are found by name and code", "[events]") {
  auto assembler = MakeAssembler();
  std::string code;
  CHECK(assembler->LookupCountry("CHN", &code));
  CHECK(code == "CHN");
  CHECK(assembler->LookupCountry("United States", &code));
  CHECK(code == "USA");
  CHECK_FALSE(assembler->LookupCountry("Atlantis", &code));
}

TEST_CASE("a sentence with an event word and a date becomes an entry", "[events]") {
  auto assembler = MakeAssembler();
  auto resolver = MakeResolver();
  annals::Article article;
  article.file = "a.txt";
  article.published = 2015_y / 12 / 2;
  article.body =
      "Chinese and U.S. officials held a dialogue here Tuesday.\n\nThe weather was mild.\n";
  assembler->Add(article, resolver->Resolve(article.body, *article.published));
  annals::AssembleResult result = assembler->Finish();
  REQUIRE(result.entries.size() == 1);
  CHECK(result.entries[0].date == "2015-12-01");
  CHECK(result.entries[0].type == "dialogue");
  CHECK(result.entries[0].sources[0].phrase == "Tuesday");
  CHECK(result.pair == std::array<std::string, 2>{"CHN", "USA"});
}

#include "event_test_util.h"

using annals::testing::MakeArticle;
using annals::testing::Times;

namespace {
void AddArticle(annals::Assembler& assembler, const std::string& file,
                date::year_month_day published, const std::string& body,
                const std::vector<annals::testing::Timex>& times) {
  assembler.Add(MakeArticle(file, published, body), Times(body, times));
}
}  // namespace

TEST_CASE("the same visit reported by two articles is one entry", "[events]") {
  auto assembler = MakeAssembler();
  AddArticle(*assembler, "a.txt", 2015_y / 9 / 28,
             "Chinese President Xi Jinping ended his state visit to Washington last week.",
             {{"last week", "2015-W39"}});
  AddArticle(*assembler, "b.txt", 2016_y / 2 / 5,
             "Xi paid a state visit to the United States in September last year.",
             {{"September last year", "2015-09"}});
  annals::AssembleResult result = assembler->Finish();
  REQUIRE(result.entries.size() == 1);
  const annals::Entry& e = result.entries[0];
  CHECK(e.date == "2015-W39");
  CHECK(e.type == "state-visit");
  CHECK(e.people == std::vector<std::string>{"Xi Jinping"});
  REQUIRE(e.sources.size() == 2);
  CHECK(e.sources[0].file == "a.txt");
  CHECK(e.sources[1].phrase == "September last year");
}

TEST_CASE("option --pair keeps only the events of both sides", "[events]") {
  annals::AssembleOptions options;
  options.pair = std::array<std::string, 2>{"China", "JPN"};
  auto assembler = MakeAssembler(options);
  AddArticle(*assembler, "a.txt", 2015_y / 12 / 2,
             "Chinese and U.S. officials held talks on Monday. Chinese and Japanese officials "
             "held a dialogue on Tuesday.",
             {{"Monday", "2015-11-30"}, {"Tuesday", "2015-12-01"}});
  annals::AssembleResult result = assembler->Finish();
  CHECK(result.pair == std::array<std::string, 2>{"CHN", "JPN"});
  CHECK_FALSE(result.pair_guessed);
  REQUIRE(result.entries.size() == 1);
  CHECK(result.entries[0].type == "dialogue");
}

TEST_CASE("without --pair the most discussed pair is chosen", "[events]") {
  auto assembler = MakeAssembler();
  AddArticle(*assembler, "a.txt", 2015_y / 12 / 2,
             "Chinese and U.S. officials held talks on Monday. Chinese and U.S. officials "
             "held a dialogue on Tuesday. Chinese and Japanese officials met on Wednesday.",
             {{"Monday", "2015-11-30"}, {"Tuesday", "2015-12-01"}, {"Wednesday", "2015-12-02"}});
  annals::AssembleResult result = assembler->Finish();
  CHECK(result.pair_guessed);
  CHECK(result.pair == std::array<std::string, 2>{"CHN", "USA"});
  CHECK(result.entries.size() == 2);
}

TEST_CASE("a bad --actors file is reported with its place", "[events]") {
  annals::testing::TempDir dir("actors");
  annals::AssembleOptions options;
  options.actors_file = dir.Write("extra.tsv", "Ann Example\tFRA\tpresident\tlately\t-\n");
  std::unique_ptr<annals::Assembler> assembler;
  annals::Diagnostic error;
  CHECK_FALSE(annals::Assembler::Load(options, &assembler, &error));
  CHECK(error.file == options.actors_file);
  CHECK(error.line == 1);
  CHECK(error.column == 27);
  options.actors_file = dir.path() + "/missing.tsv";
  CHECK_FALSE(annals::Assembler::Load(options, &assembler, &error));
  CHECK(error.message.find("missing.tsv") != std::string::npos);
}

TEST_CASE("an unknown --pair side is an error", "[events]") {
  annals::AssembleOptions options;
  options.pair = std::array<std::string, 2>{"CHN", "Atlantis"};
  std::unique_ptr<annals::Assembler> assembler;
  annals::Diagnostic error;
  CHECK_FALSE(annals::Assembler::Load(options, &assembler, &error));
  CHECK(error.message.find("Atlantis") != std::string::npos);
}

TEST_CASE("articles added from several threads give the same timeline", "[events]") {
  std::vector<annals::Article> articles;
  std::vector<std::vector<annals::TimeExpression>> times;
  for (int i = 0; i < 40; ++i) {
    std::string body =
        "Chinese and U.S. officials held talks on Monday. Xi paid a state visit "
        "to the United States in September last year.";
    articles.push_back(MakeArticle("a" + std::to_string(i) + ".txt", 2016_y / 2 / 5, body));
    times.push_back(Times(body, {{"Monday", "2016-02-01"}, {"September last year", "2015-09"}}));
  }
  auto run = [&](bool threaded) {
    auto assembler = MakeAssembler();
    if (threaded) {
      std::vector<std::thread> threads;
      for (int t = 0; t < 4; ++t) {
        threads.emplace_back([&, t] {
          for (size_t i = static_cast<size_t>(t); i < articles.size(); i += 4)
            assembler->Add(articles[i], times[i]);
        });
      }
      for (std::thread& th : threads) th.join();
    } else {
      for (size_t i = articles.size(); i-- > 0;) assembler->Add(articles[i], times[i]);
    }
    return assembler->Finish().entries;
  };
  std::vector<annals::Entry> a = run(false), b = run(true);
  REQUIRE(a.size() == 2);
  REQUIRE(b.size() == 2);
  for (size_t i = 0; i < 2; ++i) {
    CHECK(a[i].id == b[i].id);
    REQUIRE(a[i].sources.size() == 40);
    for (size_t k = 0; k < a[i].sources.size(); ++k)
      CHECK(a[i].sources[k].file == b[i].sources[k].file);
  }
}

TEST_CASE("a present-tense visit and a datelined same-day meeting give dated, placed entries",
          "[events]") {
  auto assembler = MakeAssembler();
  auto resolver = MakeResolver();
  annals::Article article;
  article.file = "wire.txt";
  article.published = 2015_y / 12 / 2;
  article.place = "Beijing";
  article.body =
      "BEIJING, Dec. 2 (Wire) -- U.S. President Barack Obama is on a state visit to China.\n\n"
      "Chinese President Xi Jinping met U.S. President Barack Obama on Wednesday.\n\n"
      "Chinese President Xi Jinping wants to hold talks with Obama on trade.\n";
  assembler->Add(article, resolver->Resolve(article.body, *article.published));
  annals::AssembleResult result = assembler->Finish();
  REQUIRE(result.entries.size() == 2);
  bool visit = false, meeting = false;
  for (const annals::Entry& e : result.entries) {
    CHECK(e.date == "2015-12-02");
    CHECK(e.status == "held");
    if (e.type == "state-visit") visit = true;
    if (e.type == "meeting") {
      meeting = true;
      CHECK(e.place == "Beijing");
    }
  }
  CHECK(visit);
  CHECK(meeting);
}
