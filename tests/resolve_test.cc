#include "annals/resolve.h"

#include <catch2/catch.hpp>
#include <cstdlib>

#include "test_util.h"

using namespace date::literals;

namespace {
const annals::Resolver& TheResolver() {
  static std::unique_ptr<annals::Resolver> resolver = [] {
    std::unique_ptr<annals::Resolver> r;
    annals::Diagnostic error;
    REQUIRE(annals::Resolver::Load(&r, &error));
    return r;
  }();
  return *resolver;
}
}  // namespace

TEST_CASE("expressions carry byte spans into the text", "[resolve]") {
  std::string text = "Talks held here Tuesday ended in late September.";
  auto found = TheResolver().Resolve(text, 2015_y / 12 / 2);
  REQUIRE(found.size() == 2);
  CHECK(text.substr(found[0].begin, found[0].end - found[0].begin) == "Tuesday");
  CHECK(found[0].text == "Tuesday");
  CHECK(found[1].text == "late September");
}

TEST_CASE("dates carry their interval and display form", "[resolve]") {
  auto found = TheResolver().Resolve("They met in late September.", 2015_y / 12 / 2);
  REQUIRE(found.size() == 1);
  CHECK(found[0].first_day == 2015_y / 9 / 1);
  CHECK(found[0].last_day == 2015_y / 9 / 30);
  CHECK(found[0].display == "late Sep 2015");
  CHECK_FALSE(found[0].rule.empty());
}

TEST_CASE("without display forms the expressions are otherwise the same", "[resolve]") {
  std::string text =
      "Talks held here Tuesday ended in late September; the next round is set for "
      "Sept. 22-25 next year, two weeks after the 2016 summit.";
  annals::ResolveOptions no_display;
  no_display.display = false;
  auto with = TheResolver().Resolve(text, 2015_y / 12 / 2);
  auto without = TheResolver().Resolve(text, 2015_y / 12 / 2, no_display);
  REQUIRE(with.size() == without.size());
  REQUIRE(with.size() >= 4);
  for (size_t i = 0; i < with.size(); ++i) {
    CHECK(without[i].display.empty());
    CHECK(without[i].begin == with[i].begin);
    CHECK(without[i].end == with[i].end);
    CHECK(without[i].value == with[i].value);
    CHECK(without[i].mod == with[i].mod);
    CHECK(without[i].first_day == with[i].first_day);
    CHECK(without[i].last_day == with[i].last_day);
    CHECK(without[i].direction == with[i].direction);
  }
  CHECK_FALSE(with[0].display.empty());
}

TEST_CASE("text without time expressions yields none", "[resolve]") {
  CHECK(TheResolver().Resolve("", 2015_y / 12 / 2).empty());
  CHECK(TheResolver().Resolve("The ministers spoke warmly.", 2015_y / 12 / 2).empty());
}

TEST_CASE("narrative time follows the last date the text talked about", "[resolve]") {
  auto found = TheResolver().Resolve(
      "The talks opened on March 3, 2014, and ended two days later. Today the envoys met.",
      2015_y / 12 / 2);
  REQUIRE(found.size() == 3);
  CHECK(found[1].text == "two days later");
  CHECK(found[1].value == "2014-03-05");
  CHECK(found[2].value == "2015-12-02");
}

TEST_CASE("the year-earlier period is the story's quarter however far back it was named",
          "[resolve]") {
  // A results story names its quarter once, then runs on for paragraphs
  // about dividends and markets before it compares with a year before.
  std::string text = "Acme Corp. said third-quarter profit rose 12%.";
  for (int i = 0; i < 12; ++i) {
    text += " The company also raised its payout to shareholders, a move analysts had expected.";
  }
  text += " In the year-earlier period, Acme earned $40 million, and sales were flat a year ago.";
  auto found = TheResolver().Resolve(text, 1989_y / 10 / 26);
  REQUIRE(found.size() == 3);
  CHECK(found[0].value == "1989-Q3");
  CHECK(found[1].text == "the year-earlier period");
  CHECK(found[1].value == "1988-Q3");
  // A bare "a year ago" that far from the quarter is the year: the rule
  // reaches only phrases that name the period.
  CHECK(found[2].text == "a year ago");
  CHECK(found[2].value == "1988");
}

TEST_CASE("direction tells held from planned", "[resolve]") {
  auto held = TheResolver().Resolve("The dialogue held here Tuesday ended.", 2015_y / 12 / 2);
  auto planned = TheResolver().Resolve("The ministers will meet on Tuesday.", 2015_y / 12 / 2);
  REQUIRE(held.size() == 1);
  REQUIRE(planned.size() == 1);
  CHECK(held[0].direction == "past");
  CHECK(planned[0].direction == "future");
  CHECK(planned[0].value == "2015-12-08");
}

TEST_CASE("resolve prints jsonl with a file key when given several files", "[resolve][cli]") {
  annals::testing::TempDir dir("resolve-cli");
  std::string a = dir.Write("a.txt", "They met in late September.");
  std::string b = dir.Write("b.txt", "Talks lasted three days.");
  auto one = annals::testing::RunAnnals({"resolve", "--dct", "2015-12-02", "--format", "jsonl", a});
  CHECK(one.exit_code == 0);
  CHECK(one.out ==
        "{\"start\":12,\"end\":26,\"text\":\"late September\",\"type\":\"DATE\",\"value\":"
        "\"2015-09\",\"mod\":\"END\",\"first_day\":\"2015-09-01\",\"last_day\":\"2015-09-30\"}\n");
  auto two = annals::testing::RunAnnals(
      {"resolve", "--dct", "2015-12-02", "--format", "jsonl", "--explain", a, b});
  CHECK(two.exit_code == 0);
  CHECK(two.out.find("{\"file\":\"" + b +
                     "\",\"start\":13,\"end\":23,\"text\":\"three days\","
                     "\"type\":\"DURATION\",\"value\":\"P3D\",\"rule\":\"duration\"}") !=
        std::string::npos);
}

TEST_CASE("resolve --format timeml tags the text inline", "[resolve][cli]") {
  annals::testing::TempDir dir("resolve-timeml");
  std::string a = dir.Write("a.txt", "Held Tuesday, for three days.");
  auto r = annals::testing::RunAnnals({"resolve", "--dct", "2015-12-02", "--format", "timeml", a});
  CHECK(r.exit_code == 0);
  CHECK(r.out ==
        "Held <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2015-12-01\">Tuesday</TIMEX3>, for "
        "<TIMEX3 tid=\"t2\" type=\"DURATION\" value=\"P3D\">three days</TIMEX3>.");
}

TEST_CASE("resolve reports a missing file and still reads the others", "[resolve][cli]") {
  annals::testing::TempDir dir("resolve-missing");
  std::string a = dir.Write("a.txt", "They met in 2013.");
  auto r = annals::testing::RunAnnals(
      {"resolve", "--dct", "2015-12-02", "--format", "jsonl", dir.path() + "/nope.txt", a});
  CHECK(r.exit_code == 1);
  CHECK(r.err.find("nope.txt") != std::string::npos);
  CHECK(r.out.find("\"value\":\"2013\"") != std::string::npos);
}

TEST_CASE("direction follows modality and timetables and moved dates", "[resolve]") {
  struct Case {
    const char* text;
    const char* value;
    const char* direction;
  };
  // Read against Wednesday 2015-12-02; the last expression is checked.
  const Case cases[] = {
      {"Leaders meet Monday to discuss the climate deal", "2015-12-07", "future"},
      {"The leaders did not meet Monday.", "2015-11-30", "past"},
      {"The vote was postponed to Thursday.", "2015-12-03", "future"},
      {"Troops moved to the border on Thursday.", "2015-11-26", "past"},
      {"The talks had been planned for Tuesday but were called off.", "2015-12-01", "past"},
      {"Pyongyang has until Monday to respond.", "2015-12-07", "future"},
      {"The delegation will stay from Monday to Wednesday.", "2015-12-09", "future"},
      {"Drills were held from Sunday to Tuesday.", "2015-12-01", "past"},
      {"Statements were made Friday and Thursday.", "2015-11-26", "past"},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    auto found = TheResolver().Resolve(c.text, 2015_y / 12 / 2);
    REQUIRE_FALSE(found.empty());
    CHECK(found.back().value == c.value);
    CHECK(found.back().direction == c.direction);
  }
}

TEST_CASE("bound words give a mod without joining the expression", "[resolve]") {
  auto found = TheResolver().Resolve(
      "Ties have improved since 2010; sanctions will stay until June, before Sunday's vote.",
      2015_y / 12 / 2);
  REQUIRE(found.size() == 3);
  CHECK(found[0].text == "2010");
  CHECK(found[0].mod == "ON_OR_AFTER");
  CHECK(found[1].text == "June");
  CHECK(found[1].mod == "ON_OR_BEFORE");
  CHECK(found[1].display == "before Jun 2016");
  CHECK(found[2].text == "Sunday");
  CHECK(found[2].mod.empty());
}

TEST_CASE("a bad done-noun table stops loading with file:line:col", "[resolve]") {
  annals::testing::TempDir home("done-nouns");
  home.Write("data/en/done_nouns.tsv", "# nouns\nruling\nBlast\n");
  setenv("ANNALS_HOME", home.path().c_str(), 1);
  std::unique_ptr<annals::Resolver> r;
  annals::Diagnostic error;
  bool loaded = annals::Resolver::Load(&r, &error);
  home.Write("data/en/done_nouns.tsv", "ruling\nverdict\nruling\n");
  annals::Diagnostic twice;
  bool loaded_twice = annals::Resolver::Load(&r, &twice);
  unsetenv("ANNALS_HOME");
  CHECK_FALSE(loaded);
  CHECK(error.ToString().find("done_nouns.tsv:3:1:") != std::string::npos);
  CHECK(error.message.find("lower case") != std::string::npos);
  CHECK_FALSE(loaded_twice);
  CHECK(twice.ToString().find("done_nouns.tsv:3:1:") != std::string::npos);
  CHECK(twice.message.find("listed twice") != std::string::npos);
}
