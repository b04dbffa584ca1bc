#include "dateline.h"

#include <catch2/catch.hpp>

using namespace date::literals;

namespace {

const annals::IngestLexicon& Lex() {
  std::string err;
  const annals::IngestLexicon* lex = annals::GetIngestLexicon(&err);
  REQUIRE(lex);
  return *lex;
}

std::string Read(std::string_view s) {
  annals::PartialDate d;
  size_t n = annals::ReadDate(s, Lex(), &d);
  if (n == 0) return "none";
  return std::to_string(d.year) + "-" + std::to_string(d.month) + "-" + std::to_string(d.day) +
         " /" + std::to_string(n);
}

}  // namespace

TEST_CASE("dates as headers and datelines write them", "[ingest][dateline]") {
  CHECK(Read("Dec. 2 (Xinhua)") == "0-12-2 /6");
  CHECK(Read("December 2, 2015 more") == "2015-12-2 /16");
  CHECK(Read("2 December 2015") == "2015-12-2 /15");
  CHECK(Read("Monday 28 September 2015") == "2015-9-28 /24");
  CHECK(Read("Tuesday, Dec. 1, 2015") == "2015-12-1 /21");
  CHECK(Read("Sept 3rd, 2016") == "2016-9-3 /14");
  CHECK(Read("2015-12-02T10:00:00Z") == "2015-12-2 /10");
  CHECK(Read("2015/12/02") == "2015-12-2 /10");
  CHECK(Read("May 5, 10:30") == "0-5-5 /5");  // a time is not a year
  CHECK(Read("Monday") == "none");
  CHECK(Read("Comment 3") == "none");
  CHECK(Read("12 monkeys") == "none");
}

TEST_CASE("publication dates from meta values keep the publisher's day", "[ingest][dateline]") {
  CHECK(*annals::ParseDateValueText("2016-09-03T23:20:00-08:00", Lex()) == 2016_y / 9 / 3);
  CHECK(*annals::ParseDateValueText("20151202T120000Z", Lex()) == 2015_y / 12 / 2);
  CHECK(*annals::ParseDateValueText("Sat, 3 Sep 2016 10:00:00 GMT", Lex()) == 2016_y / 9 / 3);
  CHECK_FALSE(annals::ParseDateValueText("2015-02-30", Lex()));
  CHECK_FALSE(annals::ParseDateValueText("yesterday", Lex()));
}

TEST_CASE("file-name date forms", "[ingest][dateline]") {
  CHECK(*annals::FileNameDate("a/2015-12-02-slug.txt") == 2015_y / 12 / 2);
  CHECK(*annals::FileNameDate("CNN_20151202_314.txt") == 2015_y / 12 / 2);
  CHECK(*annals::FileNameDate("story_2015_12_02.html") == 2015_y / 12 / 2);
  CHECK(*annals::FileNameDate("x.2016.01.31.md") == 2016_y / 1 / 31);
  CHECK_FALSE(annals::FileNameDate("2015-12-02/story.txt"));  // only the file's own name
  CHECK_FALSE(annals::FileNameDate("id_120151202.txt"));      // part of a longer number
  CHECK_FALSE(annals::FileNameDate("2015-13-02.txt"));
  CHECK_FALSE(annals::FileNameDate("notes.txt"));
}

TEST_CASE("wire datelines give place, outlet and date", "[ingest][dateline]") {
  annals::Dateline d;
  REQUIRE(annals::ParseWireDateline("BEIJING, Dec. 2 (Xinhua) -- The talks", Lex(), &d));
  CHECK(d.place == "Beijing");
  CHECK(d.outlet == "Xinhua");
  CHECK(d.date.month == 12);
  CHECK(d.date.day == 2);
  CHECK(d.date.year == 0);
  REQUIRE(annals::ParseWireDateline("WASHINGTON (Reuters) - U.S. President", Lex(), &d));
  CHECK(d.place == "Washington");
  CHECK(d.outlet == "Reuters");
  CHECK(d.date.month == 0);
  REQUIRE(annals::ParseWireDateline("UNITED NATIONS, Sept. 30, 2016 (AP) \xE2\x80\x94 A vote",
                                    Lex(), &d));
  CHECK(d.place == "United Nations");
  CHECK(d.outlet == "AP");
  CHECK(d.date.year == 2016);
  REQUIRE(annals::ParseWireDateline("WINSTON-SALEM, N.C. - The", Lex(), &d));
  CHECK(d.place == "Winston-Salem");
  REQUIRE(annals::ParseWireDateline("HANGZHOU, China \xE2\x80\x94 Chinese", Lex(), &d));
  CHECK(d.place == "Hangzhou");
  CHECK(d.outlet.empty());
  REQUIRE(annals::ParseWireDateline("SEOUL (Some Local Paper) -- x", Lex(), &d));
  CHECK(d.outlet == "Some Local Paper");
  CHECK_FALSE(annals::ParseWireDateline("U.S. President Barack Obama - said", Lex(), &d));
  CHECK_FALSE(annals::ParseWireDateline("A spokesman said - no", Lex(), &d));
  CHECK_FALSE(annals::ParseWireDateline("NATO ALLIES MEET", Lex(), &d));
  CHECK_FALSE(annals::ParseWireDateline("THE LONG AND WINDING ROAD HOME - x", Lex(), &d));
}

TEST_CASE("header date lines name their outlet when they can", "[ingest][dateline]") {
  annals::HeaderDate h;
  REQUIRE(annals::ParseHeaderDate("0 Comment(s) Print E-mail Xinhua, December 2, 2015", Lex(), &h));
  CHECK(h.outlet == "Xinhua");
  CHECK(h.date.Day() == 2015_y / 12 / 2);
  REQUIRE(annals::ParseHeaderDate("Harbour Gazette - Monday 28 September 2015", Lex(), &h));
  CHECK(h.outlet == "Harbour Gazette");
  CHECK(h.begin == 0);
  REQUIRE(annals::ParseHeaderDate("September 25, 2015", Lex(), &h));
  CHECK(h.outlet.empty());
  REQUIRE(annals::ParseHeaderDate("By Jane Roe | Sept 3, 2016", Lex(), &h));
  CHECK(h.outlet.empty());
  CHECK_FALSE(annals::ParseHeaderDate("Updated Dec. 2", Lex(), &h));  // no year
}

TEST_CASE("a year-less date takes the year nearest the reference", "[ingest][dateline]") {
  CHECK(*annals::NearestYear(12, 31, 2016_y / 1 / 2) == 2015_y / 12 / 31);
  CHECK(*annals::NearestYear(1, 2, 2015_y / 12 / 30) == 2016_y / 1 / 2);
  CHECK(*annals::NearestYear(11, 12, 2014_y / 11 / 12) == 2014_y / 11 / 12);
  CHECK(*annals::NearestYear(2, 29, 2016_y / 3 / 1) == 2016_y / 2 / 29);
  CHECK(*annals::NearestYear(2, 29, 2015_y / 3 / 1) == 2016_y / 2 / 29);
}

TEST_CASE("datelines with a lower-case outlet or a dash without spaces", "[ingest][dateline]") {
  annals::Dateline d;
  REQUIRE(annals::ParseWireDateline("BERLIN (dpa) - Talks", Lex(), &d));
  CHECK(d.outlet == "dpa");
  CHECK(d.place == "Berlin");
  REQUIRE(
      annals::ParseWireDateline("BEIJING\xE2\x80\x94"
                                "China's leaders",
                                Lex(), &d));
  CHECK(d.place == "Beijing");
  CHECK_FALSE(annals::ParseWireDateline("BERLIN (lower case) - Talks", Lex(), &d));
  REQUIRE(annals::ParseWireDateline("DAR ES SALAAM, Tanzania (AP) _ U.S. envoy", Lex(), &d));
  CHECK(d.place == "Dar Es Salaam");
  CHECK(d.outlet == "AP");
}

TEST_CASE("dates in URL paths", "[ingest][dateline]") {
  CHECK(*annals::UrlDate("https://example.org/world/2016/09/03/xi-obama") == 2016_y / 9 / 3);
  CHECK(*annals::UrlDate("https://example.org/news/2016-09-03-xi-obama.html") == 2016_y / 9 / 3);
  CHECK(*annals::UrlDate("http://example.org/a/20160903/story.html") == 2016_y / 9 / 3);
  CHECK_FALSE(annals::UrlDate("https://example.org/story/2016/obama"));
  CHECK_FALSE(annals::UrlDate("https://example.org/item/201609031234"));
  CHECK_FALSE(annals::UrlDate("https://example.org/?date=2016-09-03"));
  CHECK_FALSE(annals::UrlDate("https://2016.example.org/"));
  CHECK_FALSE(annals::UrlDate(""));
}
