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
  REQUIRE(annals::ParseHeaderDate("4 Comment(s) Print E-mail Xinhua, March 14, 2019", Lex(), &h));
  CHECK(h.outlet == "Xinhua");
  CHECK(h.date.Day() == 2019_y / 3 / 14);
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

namespace {

std::string Header(std::string_view line) {
  annals::HeaderDate h;
  if (!annals::ParseHeaderDate(line, Lex(), &h)) return "none: " + h.problem;
  auto day = h.date.Day();
  std::string out = day ? date::format("%F", *day) : "bad";
  if (h.updated) out += " updated";
  if (!h.outlet.empty()) out += " outlet=" + h.outlet;
  if (!h.place.empty()) out += " place=" + h.place;
  if (h.begin == 0 && h.end == line.size()) out += " whole";
  return out;
}

}  // namespace

TEST_CASE("labelled header dates with a clock time and a zone", "[ingest][dateline]") {
  CHECK(Header("Published April 7, 2018 at 7:15 PM EDT") == "2018-04-07 whole");
  CHECK(Header("Posted 19 Aug 2021, 16:02 GMT") == "2021-08-19 whole");
  CHECK(Header("Updated: Feb. 11, 2020 9:30 a.m. ET") == "2020-02-11 updated whole");
  CHECK(Header("Last updated on 2 July 2019 - 08:45 BST") == "2019-07-02 updated whole");
  CHECK(Header("Updated 10:43 AM ET, Sat September 3, 2016") == "2016-09-03 updated whole");
  CHECK(Header("First published Wed 4 Nov 2020 18.20pm") == "2020-11-04 whole");
  CHECK(Header("Published: 2017-05-06T09:00:00+02:00") == "2017-05-06 whole");
  // The clock time never becomes the year, and a time alone is no date.
  CHECK(Header("Posted Dec 1 at 10:30 PM") == "none: ");
  CHECK(Header("Updated 10:30 PM EST") == "none: ");
}

TEST_CASE("header lines cut into fields by pipes or bullets", "[ingest][dateline]") {
  CHECK(Header("THE DESERT HERALD | Khartoum | 9 May 2018 |") ==
        "2018-05-09 outlet=THE DESERT HERALD place=Khartoum whole");
  CHECK(Header("Island Times \xC2\xB7 Valletta \xC2\xB7 14 October 2019") ==
        "2019-10-14 outlet=Island Times place=Valletta whole");
  CHECK(Header("World \xE2\x80\xA2 Reuters \xE2\x80\xA2 Nov 2, 2017 10:00 UTC") ==
        "2017-11-02 outlet=Reuters whole");
  CHECK(Header("By Sam Roe | 28/02/2019") == "2019-02-28 whole");
  CHECK(Header("By Sam Roe | 02/28/2019") == "2019-02-28 whole");
  CHECK(Header("By Sam Roe | 07/07/2019") == "2019-07-07 whole");
  // A field this rule does not know stays in the body; the date still counts.
  CHECK(Header("Harbour Post | Sam Roe | 5 April 2016") == "2016-04-05 outlet=Harbour Post");
  // The publication date wins over the update, whichever comes first.
  CHECK(Header("Updated Jan 5, 2021 | Published Jan 3, 2021") == "2021-01-03 whole");
}

TEST_CASE("header dates that are not days or could be read two ways", "[ingest][dateline]") {
  annals::HeaderDate h;
  CHECK_FALSE(annals::ParseHeaderDate("By Sam Roe | 04/06/2018", Lex(), &h));
  CHECK(h.problem == "'04/06/2018' could be read day first or month first; not used as the date");
  CHECK(h.problem_at == 13);
  CHECK_FALSE(annals::ParseHeaderDate("Published February 30, 2021", Lex(), &h));
  CHECK(h.problem == "'February 30, 2021' is not a date");
  CHECK(h.problem_at == 10);
  CHECK_FALSE(annals::ParseHeaderDate("Posted 31 April 2019 at 10:00 GMT", Lex(), &h));
  CHECK(h.problem == "'31 April 2019' is not a date");
}

TEST_CASE("wire datelines with the agency after the date and other separators",
          "[ingest][dateline]") {
  annals::Dateline d;
  REQUIRE(annals::ParseWireDateline("Accra, Aug 3, 2018 (GNA).- Ghana and Togo", Lex(), &d));
  CHECK(d.place == "Accra");
  CHECK(d.outlet == "GNA");
  CHECK(d.date.Day() == 2018_y / 8 / 3);
  REQUIRE(annals::ParseWireDateline("TUNIS, Sept. 9, 2020 (TAP) - Talks", Lex(), &d));
  CHECK(d.place == "Tunis");
  CHECK(d.date.Day() == 2020_y / 9 / 9);
  REQUIRE(annals::ParseWireDateline("Quito, 8 Feb 2023 (Prensa) \xE2\x80\x94 Ecuador", Lex(), &d));
  CHECK(d.place == "Quito");
  CHECK(d.date.Day() == 2023_y / 2 / 8);
  REQUIRE(
      annals::ParseWireDateline("Addis Ababa, Ethiopia, May 2, 2019 \xE2\x88\x92 The", Lex(), &d));
  CHECK(d.place == "Addis Ababa");
  CHECK(d.date.Day() == 2019_y / 5 / 2);
  REQUIRE(annals::ParseWireDateline("BOGOT\xC3\x81, Jan. 4, 2017 (EFE) - x", Lex(), &d));
  CHECK(d.place == "Bogot\xC3\xA1");
  REQUIRE(
      annals::ParseWireDateline("SEOUL \xE2\x80\x94 March 5, 2018 \xE2\x80\x94 Envoys", Lex(), &d));
  CHECK(d.place == "Seoul");
  CHECK(d.date.Day() == 2018_y / 3 / 5);
  // In title case a place needs a date after it: these are sentences.
  CHECK_FALSE(annals::ParseWireDateline("Officials said - on Monday", Lex(), &d));
  CHECK_FALSE(annals::ParseWireDateline("Moscow (Reuters) - x", Lex(), &d));
  CHECK_FALSE(annals::ParseWireDateline("Monday, March 5, 2018 - the talks", Lex(), &d));
  CHECK_FALSE(annals::ParseWireDateline("Updated, March 5, 2018 - x", Lex(), &d));
  CHECK_FALSE(annals::ParseWireDateline("Harbour Gazette - Monday 28 September 2015", Lex(), &d));
}

TEST_CASE("RFC 2822 and RSS dates keep the day written", "[ingest][dateline]") {
  // With and without weekday, seconds and zone; a date near midnight stays
  // on the publisher's day.
  CHECK(*annals::ParseDateValueText("Wed, 18 Mar 2020 23:40:00 +0800", Lex()) == 2020_y / 3 / 18);
  CHECK(*annals::ParseDateValueText("18 Mar 2020 23:40 GMT", Lex()) == 2020_y / 3 / 18);
  CHECK(*annals::ParseDateValueText("Wed, 18 Mar 2020 01:05 -0500", Lex()) == 2020_y / 3 / 18);
  CHECK(*annals::ParseDateValueText("18 Mar 2020", Lex()) == 2020_y / 3 / 18);
  CHECK_FALSE(annals::ParseDateValueText("Wed, 31 Apr 2020 10:00:00 GMT", Lex()));
  CHECK(Header("Published: Wed, 18 Mar 2020 23:40:00 +0800") == "2020-03-18 whole");
}

TEST_CASE("ordinal dates with 'of' and a weekday", "[ingest][dateline]") {
  CHECK(Read("Friday, 9th of July 2021") == "2021-7-9 /24");
  CHECK(Read("22nd of Feb 2019") == "2019-2-22 /16");
  CHECK(Read("9 of July 2021") == "none");
  CHECK(Read("9th often") == "none");
}

TEST_CASE("update and publication labels header lines carry", "[ingest][dateline]") {
  CHECK(Header("Updated 9 July 2021") == "2021-07-09 updated whole");
  CHECK(Header("Last updated: 09/23/2021 14:20") == "2021-09-23 updated whole");
  CHECK(Header("Last updated: 09/07/2021 14:20") ==
        "none: '09/07/2021' could be read day first "
        "or month first; not used as the date");
  CHECK(Header("Updated on July 9, 2021") == "2021-07-09 updated whole");
  CHECK(Header("UPDATED JULY 9, 2021 / 4:05 PM") == "2021-07-09 updated whole");
  CHECK(Header("July 8, 2021 | Updated July 9, 2021") == "2021-07-08 whole");
  CHECK(Header("Published on 8th July 2021") == "2021-07-08 whole");
  CHECK(Header("Posted: Thursday, July 8, 2021") == "2021-07-08 whole");
  CHECK(Header("Thursday 8th July 2021") == "2021-07-08 whole");
  CHECK(Header("Thursday, 8th of July 2021") == "2021-07-08 whole");
  CHECK(Header("UPDATED: JULY 9, 2021 AT 4:05 P.M.") == "2021-07-09 updated whole");
}

TEST_CASE("a line ending in a meridiem", "[ingest][dateline]") {
  CHECK(annals::EndsWithMeridiem("Published October 1, 2019 at 6:40 p.m."));
  CHECK(annals::EndsWithMeridiem("Updated 9 July 2021 4:05P.M."));
  CHECK_FALSE(annals::EndsWithMeridiem("The talks ended at noon."));
  CHECK_FALSE(annals::EndsWithMeridiem("He met the Prime Minister, Sam."));
}

TEST_CASE("one header line with a publication and an update date", "[ingest][dateline]") {
  // The publication date is used, whichever the line names first.
  CHECK(Header("Published 3 June 2021, updated 4 June 2021") == "2021-06-03");
  CHECK(Header("Updated 4 June 2021, published 3 June 2021") == "2021-06-03 whole");
  CHECK(Header("Updated 4 June 2021 at 10:05 GMT, first published 3 June 2021") ==
        "2021-06-03 whole");
  // An update alone on the line still dates the page.
  CHECK(Header("Updated 4 June 2021, 10:05 GMT") == "2021-06-04 updated whole");
  // The unambiguous update shows the line writes the day first, so the
  // publication date 12/03 is 12 March...
  CHECK(Header("Posted: 12/03/2019 | Updated: 13/03/2019") == "2019-03-12 whole");
  // ... and month first when the other date shows that.
  CHECK(Header("Posted: 03/12/2019 | Updated: 03/13/2019") == "2019-03-12 whole");
  // Two dates that cannot be told apart stay unused, and so do dates whose
  // orders disagree.
  CHECK(Header("Posted: 03/04/2019 | Updated: 04/05/2019") ==
        "none: '03/04/2019' could be read day first or month first; not used as the date");
  CHECK(Header("Posted: 03/04/2019 | 13/05/2019 | 05/14/2019").rfind("none", 0) != 0);
}

namespace {

std::string Order(std::vector<std::string_view> parts, std::string locale = "") {
  annals::ArticleDateOrder order(std::move(parts), std::move(locale), Lex());
  switch (order.Get()) {
    case annals::NumericOrder::kDayFirst:
      return "day";
    case annals::NumericOrder::kMonthFirst:
      return "month";
    default:
      return "unknown";
  }
}

}  // namespace

TEST_CASE("the order an article writes numeric dates in, from its clues", "[ingest][dateline]") {
  // Another numeric date that can be read only one way.
  CHECK(Order({"Posted 03/06/2021\n\nThe talks of 15/05/2021 failed."}) == "day");
  CHECK(Order({"Posted 03/06/2021\n\nThe talks of 05/15/2021 failed."}) == "month");
  // Numeric dates that disagree with each other settle nothing.
  CHECK(Order({"On 15/05/2021 and again on 05/16/2021 they met."}) == "unknown");
  // The page's language and region.
  CHECK(Order({"Posted 03/06/2021"}, "en-GB") == "day");
  CHECK(Order({"Posted 03/06/2021"}, "en_US") == "month");
  CHECK(Order({"Posted 03/06/2021"}, "fr-CA") == "day");  // the language alone
  CHECK(Order({"Posted 03/06/2021"}, "en") == "unknown");
  // Dates written out: day first or month first.
  CHECK(Order({"The ministers met on 3 June and again on 10th of June."}) == "day");
  CHECK(Order({"The ministers met on June 3 and again on Dec. 10."}) == "month");
  // A month and a year, a verb and a clock time are no clue.
  CHECK(Order({"In June 2021 they may 3 times have met at 10:30."}) == "unknown");
  // One stray form among many of the other still shows the order...
  CHECK(Order({"On 3 June, 4 June and 5 June they met; July 4 was a holiday."}) == "day");
  // ... but clues that disagree leave it open.
  CHECK(Order({"The ministers met on 3 June."}, "en-US") == "unknown");
  CHECK(Order({"The ministers met on 3 June, after the talks of 05/15/2021."}) == "unknown");
  CHECK(Order({"The ministers met on 3 June."}, "en-GB") == "day");
}

TEST_CASE("a header line's numeric date read in the article's order", "[ingest][dateline]") {
  annals::ArticleDateOrder day_first({"They met on 3 June."}, "", Lex());
  annals::ArticleDateOrder month_first({"They met on June 3."}, "", Lex());
  annals::ArticleDateOrder none({"They met."}, "", Lex());
  annals::HeaderDate h;
  REQUIRE(annals::ParseHeaderDate("Posted: 03/06/2021", Lex(), &h, &day_first));
  CHECK(h.date.month == 6);
  CHECK(h.date.day == 3);
  REQUIRE(annals::ParseHeaderDate("Posted: 03/06/2021", Lex(), &h, &month_first));
  CHECK(h.date.month == 3);
  CHECK(h.date.day == 6);
  CHECK_FALSE(annals::ParseHeaderDate("Posted: 03/06/2021", Lex(), &h, &none));
  CHECK(h.problem == "'03/06/2021' could be read day first or month first; not used as the date");
  // The line's own dates come first: its update can only be day first.
  REQUIRE(
      annals::ParseHeaderDate("Posted: 03/06/2021 | Updated: 13/06/2021", Lex(), &h, &month_first));
  CHECK(h.date.month == 6);
  // A line whose dates disagree is not settled by the article: 03/06 stays
  // unread, and the line's one unambiguous publication date is used.
  REQUIRE(annals::ParseHeaderDate("03/06/2021 | 13/05/2021 | 05/14/2021", Lex(), &h, &day_first));
  CHECK(h.date.month == 5);
  CHECK(h.date.day == 13);
}
