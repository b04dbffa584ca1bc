#include "annals/export.h"

#include <catch2/catch.hpp>

#include "test_util.h"

namespace {

annals::Timeline Small() {
  annals::Timeline t;
  t.title = "China–United States";
  t.pair = {"CHN", "USA"};
  annals::Entry week;
  week.id = "paris-meeting";
  week.date = "2015-W49";
  week.status = "held";
  week.type = "meeting";
  week.title = "Xi & Obama meet, in Paris";
  week.people = {"Xi Jinping", "Barack Obama"};
  week.place = "Paris";
  week.sources.push_back({"a.txt", "2015-12-02", "Xinhua", "https://example.com/a?x=1&y=2",
                          "this week", "They met \"this week\" <b>in Paris</b>."});
  t.events.push_back(week);
  annals::Entry month;
  month.id = "next-dialogue";
  month.date = "2016-06";
  month.status = "planned";
  month.type = "dialogue";
  month.title = "Next dialogue";
  month.place = "Beijing";
  t.events.push_back(month);
  annals::Entry day;
  day.id = "first-dialogue";
  day.date = "2015-12-01";
  day.status = "held";
  day.type = "dialogue";
  day.title = "First dialogue";
  t.events.push_back(day);
  return t;
}

std::string Export(const annals::Timeline& t, annals::ExportFormat format) {
  std::string out, err;
  REQUIRE(annals::ExportTimeline(t, format, &out, &err));
  return out;
}

}  // namespace

TEST_CASE("export formats are named on the command line", "[export]") {
  annals::ExportFormat format;
  CHECK(annals::ParseExportFormat("ics", &format));
  CHECK(format == annals::ExportFormat::kIcs);
  CHECK(annals::ParseExportFormat("timelinejs", &format));
  CHECK(format == annals::ExportFormat::kTimelineJs);
  CHECK_FALSE(annals::ParseExportFormat("html", &format));
}

TEST_CASE("CSV has one quoted row per event, CRLF, no HTML escaping", "[export]") {
  CHECK(annals::CsvField("plain") == "plain");
  CHECK(annals::CsvField("a, b") == "\"a, b\"");
  CHECK(annals::CsvField("say \"hi\"") == "\"say \"\"hi\"\"\"");
  CHECK(annals::CsvField("two\nlines") == "\"two\nlines\"");
  CHECK(Export(Small(), annals::ExportFormat::kCsv) ==
        "id,date,qualifier,display_date,start,end,status,type,cameo,title,actors,people,place,"
        "sources,urls,quote\r\n"
        "paris-meeting,2015-W49,,week of 30 Nov 2015,2015-11-30,2015-12-06,held,meeting,,"
        "\"Xi & Obama meet, in Paris\",,Xi Jinping; Barack Obama,Paris,a.txt,"
        "https://example.com/a?x=1&y=2,\"They met \"\"this week\"\" <b>in Paris</b>.\"\r\n"
        "first-dialogue,2015-12-01,,1 Dec 2015,2015-12-01,2015-12-01,held,dialogue,,"
        "First dialogue,,,,,,\r\n"
        "next-dialogue,2016-06,,Jun 2016,2016-06-01,2016-06-30,planned,dialogue,,Next dialogue,,,"
        "Beijing,,,\r\n");
}

TEST_CASE("CSV cells a spreadsheet would run as formulas are defused", "[export]") {
  CHECK(annals::CsvField("=HYPERLINK(\"http://x\",\"y\")") ==
        "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"");
  CHECK(annals::CsvField("+1 call") == "\"'+1 call\"");
  CHECK(annals::CsvField("-2+3") == "\"'-2+3\"");
  CHECK(annals::CsvField("@SUM(A1)") == "\"'@SUM(A1)\"");
  CHECK(annals::CsvField("\tcmd") == "\"'\tcmd\"");
  CHECK(annals::CsvField("\rcmd") == "\"'\rcmd\"");
  // Only the first character matters: a minus inside a cell is plain text.
  CHECK(annals::CsvField("2015-12-01") == "2015-12-01");
  CHECK(annals::CsvField("") == "");
  annals::Timeline timeline = Small();
  timeline.events[0].title = "=cmd|' /C calc'!A0";
  CHECK(Export(timeline, annals::ExportFormat::kCsv).find(",\"'=cmd|' /C calc'!A0\",") !=
        std::string::npos);
}

TEST_CASE("JSON Lines carries every field with JSON escapes", "[export]") {
  CHECK(annals::JsonString("a\"b\\c\n\x01") == "\"a\\\"b\\\\c\\n\\u0001\"");
  std::string out = Export(Small(), annals::ExportFormat::kJsonLines);
  CHECK(out.rfind(
            "{\"id\":\"paris-meeting\",\"date\":\"2015-W49\",\"qualifier\":\"\","
            "\"display_date\":\"week of 30 Nov 2015\",\"start\":\"2015-11-30\",\"end\":"
            "\"2015-12-06\",\"status\":\"held\",\"type\":\"meeting\",\"cameo\":\"\",\"title\":"
            "\"Xi & Obama meet, in Paris\",\"actors\":[],\"people\":[\"Xi Jinping\",\"Barack "
            "Obama\"],\"place\":\"Paris\",\"sources\":[{\"file\":\"a.txt\",\"published\":"
            "\"2015-12-02\",\"outlet\":\"Xinhua\",\"url\":\"https://example.com/a?x=1&y=2\","
            "\"phrase\":\"this week\",\"quote\":\"They met \\\"this week\\\" <b>in Paris</b>.\"}],"
            "\"notes\":[],\"edited\":false}\n",
            0) == 0);
  CHECK(std::count(out.begin(), out.end(), '\n') == 3);
}

TEST_CASE("TimelineJS keeps each date's precision and shows approximate ones", "[export]") {
  std::string out = Export(Small(), annals::ExportFormat::kTimelineJs);
  // The sides by name where data/en/countries.tsv knows them.
  auto name = [](const std::string& code) {
    std::string n = annals::CountryName(code);
    return n.empty() ? code : n;
  };
  CHECK(
      out ==
      "{\"title\":{\"text\":{\"headline\":\"China–United States\",\"text\":\"" + name("CHN") +
          " – " + name("USA") +
          "\"}},"
          "\"events\":[\n"
          "{\"unique_id\":\"paris-meeting\",\"start_date\":{\"year\":\"2015\",\"month\":\"11\","
          "\"day\":\"30\"},\"end_date\":{\"year\":\"2015\",\"month\":\"12\",\"day\":\"6\"},"
          "\"display_date\":\"week of 30 Nov 2015\",\"text\":{\"headline\":\"Xi &amp; Obama meet, "
          "in Paris\",\"text\":\"Participants: Xi Jinping, Barack Obama. Place: Paris\"},"
          "\"group\":\"meeting\"},\n"
          "{\"unique_id\":\"first-dialogue\",\"start_date\":{\"year\":\"2015\",\"month\":\"12\","
          "\"day\":\"1\"},\"text\":{\"headline\":\"First dialogue\",\"text\":\"\"},\"group\":"
          "\"dialogue\"},\n"
          "{\"unique_id\":\"next-dialogue\",\"start_date\":{\"year\":\"2016\",\"month\":\"6\"},"
          "\"end_date\":{\"year\":\"2016\",\"month\":\"6\"},\"display_date\":\"Jun 2016 · "
          "planned\",\"text\":{\"headline\":\"Next dialogue\",\"text\":\"Place: Beijing. Status: "
          "planned\"},\"group\":\"dialogue\"}\n"
          "]}\n");
}

TEST_CASE("iCalendar text is escaped and folded at 75 octets", "[export]") {
  CHECK(annals::IcsText("a,b;c\\d\ne") == "a\\,b\\;c\\\\d\\ne");
  std::string long_line = "SUMMARY:" + std::string(80, 'x');
  CHECK(annals::IcsFold(long_line) ==
        "SUMMARY:" + std::string(67, 'x') + "\r\n " + std::string(13, 'x') + "\r\n");
  // A multi-byte character is never split across lines.
  std::string accented = std::string(74, 'a') + "é";
  CHECK(annals::IcsFold(accented) == std::string(74, 'a') + "\r\n é\r\n");
}

TEST_CASE("iCalendar events are all-day and cover each date's span", "[export]") {
  std::string out = Export(Small(), annals::ExportFormat::kIcs);
  CHECK(out ==
        "BEGIN:VCALENDAR\r\n"
        "VERSION:2.0\r\n"
        "PRODID:-//annals//annals " ANNALS_VERSION
        "//EN\r\n"
        "CALSCALE:GREGORIAN\r\n"
        "X-WR-CALNAME:China–United States\r\n"
        "BEGIN:VEVENT\r\n"
        "UID:paris-meeting@chn-usa.annals.invalid\r\n"
        "DTSTAMP:20151202T000000Z\r\n"
        "DTSTART;VALUE=DATE:20151130\r\n"
        "DTEND;VALUE=DATE:20151207\r\n"
        "SUMMARY:Xi & Obama meet\\, in Paris\r\n"
        "DESCRIPTION:Date: week of 30 Nov 2015\\nParticipants: Xi Jinping\\, Barack Ob\r\n"
        " ama\\nSource: Xinhua\\, 2015-12-02\\, https://example.com/a?x=1&y=2\r\n"
        "LOCATION:Paris\r\n"
        "CATEGORIES:meeting\r\n"
        "STATUS:CONFIRMED\r\n"
        "TRANSP:TRANSPARENT\r\n"
        "URL:https://example.com/a?x=1&y=2\r\n"
        "END:VEVENT\r\n"
        "BEGIN:VEVENT\r\n"
        "UID:first-dialogue@chn-usa.annals.invalid\r\n"
        "DTSTAMP:20151201T000000Z\r\n"
        "DTSTART;VALUE=DATE:20151201\r\n"
        "DTEND;VALUE=DATE:20151202\r\n"
        "SUMMARY:First dialogue\r\n"
        "DESCRIPTION:Date: 1 Dec 2015\r\n"
        "CATEGORIES:dialogue\r\n"
        "STATUS:CONFIRMED\r\n"
        "TRANSP:TRANSPARENT\r\n"
        "END:VEVENT\r\n"
        "BEGIN:VEVENT\r\n"
        "UID:next-dialogue@chn-usa.annals.invalid\r\n"
        "DTSTAMP:20160601T000000Z\r\n"
        "DTSTART;VALUE=DATE:20160601\r\n"
        "DTEND;VALUE=DATE:20160701\r\n"
        "SUMMARY:Next dialogue (planned)\r\n"
        "DESCRIPTION:Date: Jun 2016 · planned\r\n"
        "LOCATION:Beijing\r\n"
        "CATEGORIES:dialogue\r\n"
        "STATUS:TENTATIVE\r\n"
        "TRANSP:TRANSPARENT\r\n"
        "END:VEVENT\r\n"
        "END:VCALENDAR\r\n");
  // Every line, folded or not, fits in 75 octets.
  size_t start = 0;
  for (size_t end = out.find("\r\n"); end != std::string::npos; end = out.find("\r\n", start)) {
    CHECK(end - start <= 75);
    start = end + 2;
  }
}

TEST_CASE("export writes a file or standard output and rejects unknown formats", "[export]") {
  annals::testing::TempDir dir("export");
  std::string yaml = dir.Write("t.yaml",
                               "annals: 1\ntitle: T\npair: [CHN, USA]\nevents:\n"
                               "  - id: a\n    date: 2015-12\n    status: held\n"
                               "    type: dialogue\n    title: A, \"quoted\"\n");
  auto result = annals::testing::RunAnnals({"export", yaml, "--format", "csv"});
  CHECK(result.exit_code == 0);
  CHECK(result.out.find("a,2015-12,,Dec 2015,2015-12-01,2015-12-31,held,dialogue,,"
                        "\"A, \"\"quoted\"\"\"") != std::string::npos);
  result = annals::testing::RunAnnals(
      {"export", yaml, "--format", "ics", "-o", dir.path() + "/out/t.ics"});
  CHECK(result.exit_code == 0);
  CHECK(dir.Read("out/t.ics").rfind("BEGIN:VCALENDAR\r\n", 0) == 0);
  result = annals::testing::RunAnnals({"export", yaml, "--format", "pdf"});
  CHECK(result.exit_code == 2);
  CHECK(result.err.find("unknown export format 'pdf'") != std::string::npos);
  result = annals::testing::RunAnnals({"export", dir.path() + "/missing.yaml", "--format", "csv"});
  CHECK(result.exit_code == 1);
}

TEST_CASE("an entry whose date cannot be read is named, not exported half", "[export]") {
  annals::Timeline t = Small();
  t.events[1].date = "June-ish";
  std::string out, err;
  CHECK_FALSE(annals::ExportTimeline(t, annals::ExportFormat::kIcs, &out, &err));
  CHECK(err.rfind("entry next-dialogue: date \"June-ish\": ", 0) == 0);
  CHECK(out.empty());
}
