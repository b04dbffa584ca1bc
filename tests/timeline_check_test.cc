// Exact `annals check` messages for each kind of error, and the malformed-YAML
// corpus in tests/fixtures/timeline/.
#include <catch2/catch.hpp>

#include <set>

#include "annals/timeline.h"
#include "test_util.h"
#include "timeline_check.h"

namespace {

const std::set<std::string> kCodes = {"CHN", "USA", "RUS", "GBR"};

const char* kHeader = "annals: 1\ntitle: China–United States\npair: [CHN, USA]\nevents:\n";

// One valid entry, lines 5-10 of the file, for the cases to break.
std::string Entry(const std::string& extra = "", const std::string& id = "2015-12-01-dialogue") {
  return "  - id: " + id +
         "\n"
         "    date: 2015-12-01\n"
         "    status: held\n"
         "    type: dialogue\n"
         "    title: Ministerial dialogue on cyber crime\n"
         "    actors: [CHN, USA]\n" +
         extra;
}

// Every message `check` gives for `text`, one string each.
std::vector<std::string> Check(const std::string& text) {
  annals::Timeline timeline;
  std::vector<annals::Diagnostic> diagnostics;
  annals::CheckOptions options;
  options.country_codes = &kCodes;
  annals::ParseTimeline("t.yaml", text, &timeline, &diagnostics, options);
  std::vector<std::string> out;
  for (const auto& d : diagnostics) out.push_back(d.ToString());
  return out;
}

using Messages = std::vector<std::string>;

}  // namespace

TEST_CASE("a valid timeline checks clean", "[timeline_check]") {
  CHECK(Check(kHeader + Entry()).empty());
}

TEST_CASE("unknown keys are reported at the key with a suggestion", "[timeline_check]") {
  CHECK(Check(kHeader + Entry("    titel: x\n")) ==
        Messages{"t.yaml:11:5: error: unknown key 'titel' in an event; did you mean 'title'?"});
  CHECK(Check(kHeader + Entry("    sources:\n      - file: a.txt\n        qoute: x\n")) ==
        Messages{"t.yaml:13:9: error: unknown key 'qoute' in a source; did you mean 'quote'?"});
  CHECK(Check(std::string(kHeader) + Entry() + "dismised: [a]\n") ==
        Messages{"t.yaml:11:1: error: unknown key 'dismised' at the top level; did you mean "
                 "'dismissed'?"});
  CHECK(Check(kHeader + Entry("    colour: red\n")) ==
        Messages{"t.yaml:11:5: error: unknown key 'colour' in an event (known keys: id, date, "
                 "qualifier, status, type, cameo, title, actors, people, place, sources, notes, "
                 "edited, generated)"});
}

TEST_CASE("impossible dates are reported at the value", "[timeline_check]") {
  std::string text = kHeader + Entry();
  text.replace(text.find("2015-12-01\n"), 10, "2015-02-30");
  CHECK(Check(text) ==
        Messages{"t.yaml:6:11: error: '2015-02-30' is not a valid date: Feb 2015 has no day 30"});
  CHECK(Check(kHeader + Entry("    sources:\n      - published: 2015-12\n")) ==
        Messages{"t.yaml:12:20: error: published must be a day (YYYY-MM-DD), not '2015-12'"});
}

TEST_CASE("bad qualifiers, statuses and types name the choices", "[timeline_check]") {
  CHECK(Check(kHeader + Entry("    qualifier: soonish\n")) ==
        Messages{"t.yaml:11:16: error: unknown qualifier 'soonish'; expected one of early, mid, "
                 "late, about, before, after"});
  CHECK(Check(kHeader + Entry("    qualifier: lately\n")) ==
        Messages{"t.yaml:11:16: error: unknown qualifier 'lately'; did you mean 'late'?"});
  std::string text = kHeader + Entry();
  text.replace(text.find("held"), 4, "planed");
  CHECK(Check(text) ==
        Messages{"t.yaml:7:13: error: unknown status 'planed'; did you mean 'planned'?"});
  text = kHeader + Entry();
  text.replace(text.find("type: dialogue"), 14, "type: dialog");
  CHECK(Check(text) ==
        Messages{"t.yaml:8:11: error: unknown type 'dialog'; did you mean 'dialogue'?"});
}

TEST_CASE("duplicate ids and duplicate keys point back to the first", "[timeline_check]") {
  CHECK(Check(kHeader + Entry() + Entry()) ==
        Messages{"t.yaml:11:9: error: duplicate id '2015-12-01-dialogue' (first at line 5)"});
  CHECK(Check(kHeader + Entry("    title: Again\n")) ==
        Messages{"t.yaml:11:5: error: duplicate key 'title' (first at line 9)"});
}

TEST_CASE("missing required fields are reported at the entry", "[timeline_check]") {
  CHECK(Check(std::string(kHeader) + "  - id: x\n    date: 2015\n    type: call\n") ==
        Messages{"t.yaml:5:5: error: the event is missing required key 'status'",
                 "t.yaml:5:5: error: the event is missing required key 'title'"});
  CHECK(Check("annals: 1\ntitle: x\nevents: []\n") ==
        Messages{"t.yaml:1:1: error: the timeline is missing required key 'pair'"});
}

TEST_CASE("unknown country codes get a suggestion", "[timeline_check]") {
  std::string text = kHeader + Entry();
  text.replace(text.find("actors: [CHN, USA]"), 18, "actors: [CHN, USS]");
  CHECK(Check(text) ==
        Messages{"t.yaml:10:19: error: unknown country code 'USS' in 'actors'; did you mean "
                 "'USA'?"});
  CHECK(Check("annals: 1\ntitle: x\npair: [CHN, XYZW]\nevents: []\n") ==
        Messages{"t.yaml:3:13: error: unknown country code 'XYZW' in 'pair' (ISO 3166-1 "
                 "alpha-3, e.g. CHN, USA)"});
}

TEST_CASE("the bundled country table knows real codes", "[timeline_check]") {
  annals::Timeline timeline;
  std::vector<annals::Diagnostic> diagnostics;
  CHECK(annals::ParseTimeline("t.yaml", kHeader + Entry(), &timeline, &diagnostics));
  CHECK_FALSE(annals::ParseTimeline("t.yaml", "annals: 1\ntitle: x\npair: [CHN, ZZZ]\nevents: []\n",
                                    &timeline, &diagnostics));
}

TEST_CASE("wrong shapes, versions and flags are explained", "[timeline_check]") {
  CHECK(Check("annals: 2\ntitle: x\npair: [CHN, USA]\nevents: []\n") ==
        Messages{"t.yaml:1:9: error: unsupported format version '2': this annals reads format 1"});
  CHECK(Check("annals: 1\ntitle: x\npair: [CHN]\nevents: []\n") ==
        Messages{"t.yaml:3:7: error: 'pair' must list exactly two country codes, e.g. [CHN, USA]"});
  CHECK(Check(kHeader + Entry("    edited: yes\n")) ==
        Messages{"t.yaml:11:13: error: edited must be true or false, not 'yes'"});
  CHECK(Check(kHeader + Entry("    people: Xi Jinping\n")) ==
        Messages{"t.yaml:11:13: error: 'people' must be a list, not text"});
  CHECK(Check(kHeader + Entry("", "Cyber Dialogue")) ==
        Messages{"t.yaml:5:9: error: id 'Cyber Dialogue' is not a slug (lowercase letters, "
                 "digits and '-')"});
  CHECK(Check(kHeader + Entry("    cameo: 040\n")) ==
        Messages{"t.yaml:11:12: warning: write cameo in quotes (\"040\"): other YAML readers "
                 "take 040 for a number"});
}

TEST_CASE("did-you-mean only suggests near misses", "[timeline_check]") {
  std::vector<std::string> words = {"title", "type", "place"};
  CHECK(annals::DidYouMean("titel", words) == "title");
  CHECK(annals::DidYouMean("Place", words) == "place");
  CHECK(annals::DidYouMean("colour", words) == "");
}

TEST_CASE("the malformed-YAML corpus gives clear errors, not crashes", "[timeline_check]") {
  struct Case {
    const char* file;
    const char* message;  // the first diagnostic, after the file name
  };
  const Case cases[] = {
      {"tab_indent.yaml", ":6:1: error: a tab indents this line; YAML indents with spaces only"},
      {"bad_indent.yaml", ":6:10: error: YAML syntax error: illegal map value"},
      {"duplicate_key.yaml", ":10:5: error: duplicate key 'title' (first at line 9)"},
      {"duplicate_top_key.yaml", ":4:1: error: duplicate key 'title' (first at line 2)"},
      {"alias_bomb.yaml",
       ":5:10: error: an alias (*name) is not allowed in a timeline: write the value out in "
       "full (81 aliases in this file)"},
      {"binary.yaml", ":1:1: error: byte 0x7F is a control character: this is not a text timeline"},
      {"latin1.yaml", ":6:16: error: byte 0xED is not UTF-8 text (save the file as UTF-8)"},
      {"empty.yaml",
       ": error: empty file: a timeline is a mapping with annals: 1, title, pair and events"},
      {"only_comments.yaml",
       ": error: empty file: a timeline is a mapping with annals: 1, title, pair and events"},
      {"list_not_mapping.yaml",
       ":1:1: error: a timeline is a mapping (annals: 1, title, pair, events), not a list"},
      {"two_documents.yaml",
       ":10:1: error: a second YAML document starts here; a timeline is one document (remove "
       "the '---' or '...' line)"},
      {"unclosed_flow.yaml", ":7:9: error: YAML syntax error: end of sequence flow not found"},
      {"deep_nesting.yaml", ""},
      {"unclosed_quote.yaml",
       ":6:12: error: this quoted text never ends: the closing \" is missing"},
  };
  for (const Case& c : cases) {
    std::string file = std::string(ANNALS_SOURCE_DIR) + "/tests/fixtures/timeline/" + c.file;
    annals::Timeline timeline;
    std::vector<annals::Diagnostic> diagnostics;
    INFO(c.file);
    CHECK_FALSE(annals::LoadTimeline(file, &timeline, &diagnostics));
    REQUIRE_FALSE(diagnostics.empty());
    CHECK(diagnostics[0].file == file);
    if (*c.message) CHECK(diagnostics[0].ToString() == file + c.message);
  }
}

TEST_CASE("annals check prints compiler-style lines and exits 1 on errors", "[timeline_check]") {
  annals::testing::TempDir dir("check");
  std::string good = dir.Write("good.yaml", kHeader + Entry());
  std::string bad = dir.Write("bad.yaml", kHeader + Entry("    titel: x\n"));
  auto ok = annals::testing::RunAnnals({"check", good});
  CHECK(ok.exit_code == 0);
  CHECK(ok.err.empty());
  auto failed = annals::testing::RunAnnals({"check", good, bad});
  CHECK(failed.exit_code == 1);
  CHECK(failed.err ==
        bad + ":11:5: error: unknown key 'titel' in an event; did you mean 'title'?\n");
  auto schema = annals::testing::RunAnnals({"check", "--print-schema"});
  CHECK(schema.exit_code == 0);
  CHECK(schema.out.find("\"$schema\"") != std::string::npos);
}
