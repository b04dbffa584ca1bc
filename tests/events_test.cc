#include "annals/events.h"

#include <catch2/catch.hpp>

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
