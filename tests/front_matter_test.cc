#include "front_matter.h"

#include <catch2/catch.hpp>

using namespace date::literals;

namespace {

const annals::IngestLexicon& Lex() {
  std::string err;
  const annals::IngestLexicon* lex = annals::GetIngestLexicon(&err);
  REQUIRE(lex);
  return *lex;
}

}  // namespace

TEST_CASE("front matter fields", "[ingest][front-matter]") {
  annals::FrontMatter fm;
  std::string err;
  std::string text =
      "---\ntitle: T\npublished: 2016-04-20T08:00:00Z\nsource: S\nlink: L\n---\nBody";
  REQUIRE(annals::ReadFrontMatter(text, Lex(), &fm, &err));
  CHECK(fm.present);
  CHECK(text.substr(fm.length) == "Body");
  CHECK(*fm.date == 2016_y / 4 / 20);
  CHECK(fm.title == "T");
  CHECK(fm.outlet == "S");
  CHECK(fm.url == "L");
}

TEST_CASE("no front matter, or a rule line that is not one", "[ingest][front-matter]") {
  annals::FrontMatter fm;
  std::string err;
  REQUIRE(annals::ReadFrontMatter("Title\n---\nText", Lex(), &fm, &err));
  CHECK_FALSE(fm.present);
  REQUIRE(annals::ReadFrontMatter("---\nno closing fence", Lex(), &fm, &err));
  CHECK_FALSE(fm.present);
}

TEST_CASE("a bad front-matter date is reported at its line and column", "[ingest][front-matter]") {
  annals::FrontMatter fm;
  std::string err;
  CHECK_FALSE(annals::ReadFrontMatter("---\ntitle: x\ndate:   tomorrow\n---\n", Lex(), &fm, &err));
  CHECK(err == "3:9: front matter date 'tomorrow' is not a date (use YYYY-MM-DD)");
  CHECK(fm.present);
  CHECK_FALSE(annals::ReadFrontMatter("---\n- a list\n---\n", Lex(), &fm, &err));
  CHECK(err == "2:1: front matter is not a YAML mapping");
}

TEST_CASE("front matter nested too deep is an error in words", "[ingest][front-matter]") {
  annals::FrontMatter fm;
  std::string err;
  CHECK_FALSE(annals::ReadFrontMatter("---\n" + std::string(100000, '[') + "\n---\nBody.\n", Lex(),
                                      &fm, &err));
  CHECK(err.find("front matter is not valid YAML: nested ") != std::string::npos);
  CHECK(err.find("levels deep") != std::string::npos);
}
