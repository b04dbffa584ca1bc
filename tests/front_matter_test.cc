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

TEST_CASE("TOML front matter between +++ fences", "[ingest][front-matter]") {
  annals::FrontMatter fm;
  std::string err;
  std::string text =
      "+++\n"
      "title = \"Ministers meet in \\\"Lima\\\"\"\n"
      "date = 2019-03-04T23:30:00-05:00\n"
      "tags = [\"trade\", \"visit\"]\n"
      "draft = false\n"
      "[params]\n"
      "outlet = 'Andes Wire'\n"
      "place = \"Lima\"\n"
      "+++\n"
      "The ministers met.\n";
  REQUIRE(annals::ReadFrontMatter(text, Lex(), &fm, &err));
  CHECK(fm.present);
  CHECK(text.substr(fm.length) == "The ministers met.\n");
  // The day written, not the UTC day (2019-03-05).
  CHECK(*fm.date == 2019_y / 3 / 4);
  CHECK(fm.title == "Ministers meet in \"Lima\"");
  CHECK(fm.outlet == "Andes Wire");
  CHECK(fm.place == "Lima");
}

TEST_CASE("TOML dates as local dates, strings and Zola's [extra]", "[ingest][front-matter]") {
  annals::FrontMatter fm;
  std::string err;
  REQUIRE(annals::ReadFrontMatter("+++\ndate = 2020-01-31\n[extra]\nsource = \"Desk\"\n+++\n",
                                  Lex(), &fm, &err));
  CHECK(*fm.date == 2020_y / 1 / 31);
  CHECK(fm.outlet == "Desk");
  REQUIRE(annals::ReadFrontMatter("+++\npubDate = \"Tue, 02 Dec 2015 10:04:00 +0800\"\n+++\n",
                                  Lex(), &fm, &err));
  CHECK(*fm.date == 2015_y / 12 / 2);
}

TEST_CASE("malformed TOML front matter is reported where it is", "[ingest][front-matter]") {
  annals::FrontMatter fm;
  std::string err;
  CHECK_FALSE(
      annals::ReadFrontMatter("+++\ntitle = \"x\"\ndate = \n+++\nBody\n", Lex(), &fm, &err));
  CHECK(fm.present);
  CHECK(err.rfind("3:", 0) == 0);
  CHECK(err.find(": front matter is not valid TOML: ") != std::string::npos);
  // The caller still skips the block.
  CHECK(fm.length == 28);
  CHECK_FALSE(annals::ReadFrontMatter("+++\ndate = 10:30:00\n+++\n", Lex(), &fm, &err));
  CHECK(err == "2:8: front matter date '10:30' is not a date (use YYYY-MM-DD)");
  CHECK_FALSE(
      annals::ReadFrontMatter("+++\nx = " + std::string(5000, '[') + "\n+++\n", Lex(), &fm, &err));
  CHECK(err.find("front matter is not valid TOML") != std::string::npos);
}

TEST_CASE("an update date is kept apart from the publication date", "[ingest][front-matter]") {
  annals::FrontMatter fm;
  std::string err;
  REQUIRE(annals::ReadFrontMatter("---\nlastmod: 2021-06-04\ndate: 2021-06-03\n---\n", Lex(), &fm,
                                  &err));
  CHECK(*fm.date == 2021_y / 6 / 3);
  CHECK(*fm.updated == 2021_y / 6 / 4);
  REQUIRE(annals::ReadFrontMatter("---\nupdated: 04 Jun 2021 09:00 GMT\n---\n", Lex(), &fm, &err));
  CHECK_FALSE(fm.date);
  CHECK(*fm.updated == 2021_y / 6 / 4);
}
