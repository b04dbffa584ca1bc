// Rebuilds keep every human edit: round trips at the library level (Timeline
// values built here, edits made to the file text as a person would) and
// through `annals build` on small articles.
#include <catch2/catch.hpp>

#include <algorithm>
#include <fstream>
#include <sstream>
#include "annals/timeline.h"

#include "test_util.h"

namespace {

annals::Entry Make(const std::string& id, const std::string& date, const std::string& type,
                   const std::string& title, const std::string& article) {
  annals::Entry e;
  e.id = id;
  e.date = date;
  e.status = "held";
  e.type = type;
  e.title = title;
  e.actors = {"CHN", "USA"};
  e.sources.push_back({article, "2015-12-09", "Xinhua", "", "Tuesday", "Officials met here."});
  return e;
}

annals::Timeline Fresh(const std::vector<annals::Entry>& entries) {
  annals::Timeline t;
  t.title = "China–United States";
  t.pair = {"CHN", "USA"};
  t.events = entries;
  return t;
}

annals::Timeline Parse(const std::string& text) {
  annals::Timeline t;
  std::vector<annals::Diagnostic> diagnostics;
  bool ok = annals::ParseTimeline("t.yaml", text, &t, &diagnostics);
  for (const auto& d : diagnostics) INFO(d.ToString());
  REQUIRE(ok);
  return t;
}

const annals::Entry* FindEntry(const annals::Timeline& t, const std::string& id) {
  for (const annals::Entry& e : t.events) {
    if (e.id == id) return &e;
  }
  return nullptr;
}

void Replace(std::string* text, const std::string& from, const std::string& to) {
  size_t at = text->find(from);
  REQUIRE(at != std::string::npos);
  text->replace(at, from.size(), to);
}

// The entry whose id line is `id_line`, up to the blank line after it.
void Delete(std::string* text, const std::string& id_line) {
  size_t begin = text->find(id_line);
  REQUIRE(begin != std::string::npos);
  size_t end = text->find("\n\n", begin);
  REQUIRE(end != std::string::npos);
  text->erase(begin, end + 2 - begin);
}

std::string Write(const annals::Timeline& fresh, const std::string& file, bool into) {
  annals::WriteOptions options{file, into, "~"};
  std::vector<annals::Diagnostic> diagnostics;
  annals::MergeSummary summary;
  size_t written = 0;
  bool ok = annals::WriteBuiltTimeline(fresh, options, &diagnostics, &summary, &written);
  for (const auto& d : diagnostics) INFO(d.ToString());
  REQUIRE(ok);
  std::ifstream in(file, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

}  // namespace

TEST_CASE("every hand edit survives a rebuild with more articles", "[timeline_merge]") {
  annals::testing::TempDir dir("merge");
  std::string file = dir.path() + "/t.yaml";
  annals::Entry dialogue =
      Make("2015-12-01-dialogue", "2015-12-01", "dialogue", "Cyber crime dialogue", "a.txt");
  annals::Entry call = Make("2015-12-07-call", "2015-12-07", "call", "Phone call", "b.txt");
  annals::Entry visit = Make("2015-09-visit", "2015-09", "visit", "Meng's visit", "c.txt");
  annals::Entry summit = Make("2015-11-30-summit", "2015-11-30", "summit", "Paris", "d.txt");
  std::string first = Write(Fresh({dialogue, call, visit, summit}), file, false);

  // A person edits the file: retitles an entry without marking it, moves a
  // place and marks the entry edited, deletes one, adds one with comments.
  std::string text = first;
  Replace(&text, "title: Cyber crime dialogue", "title: First ministerial dialogue on cyber crime");
  Replace(&text, "    title: Phone call\n",
          "    title: Phone call\n    place: Beijing  # checked in the readout\n"
          "    edited: true\n");
  Delete(&text, "  - id: 2015-09-visit\n");
  Replace(&text, "events:\n",
          "events:\n  # added by hand from the embassy's readout\n"
          "  - id: 2015-06-23-strategic-dialogue\n    date: 2015-06-23\n    status: held\n"
          "    type: dialogue\n    title: Strategic and Economic Dialogue\n"
          "    actors: [CHN, USA]\n\n");
  std::ofstream(file, std::ios::binary) << text;

  // More articles: a new event, new sources for every known one, and the
  // deleted one found again.
  annals::Entry dialogue2 = dialogue;
  dialogue2.sources.push_back({"e.txt", "2015-12-03", "", "", "Tuesday", "Again."});
  annals::Entry call2 = call;
  call2.sources.push_back({"e.txt", "2015-12-10", "", "", "Monday", "Again."});
  annals::Entry summit2 = summit;
  summit2.sources.push_back({"f.txt", "2015-12-01", "", "", "Monday", "In Paris."});
  annals::Entry talks = Make("2016-01-05-talks", "2016-01-05", "talks", "Trade talks", "g.txt");
  annals::Timeline more = Fresh({visit, dialogue2, call2, summit2, talks});
  std::string second = Write(more, file, true);
  annals::Timeline t = Parse(second);

  const annals::Entry* retitled = FindEntry(t, "2015-12-01-dialogue");
  REQUIRE(retitled);
  CHECK(retitled->title == "First ministerial dialogue on cyber crime");
  CHECK(retitled->sources.size() == 1);  // hand-changed: not rewritten
  CHECK(annals::IsHandEdited(*retitled));
  const annals::Entry* moved = FindEntry(t, "2015-12-07-call");
  REQUIRE(moved);
  CHECK(moved->place == "Beijing");
  CHECK(moved->edited);
  CHECK(moved->sources.size() == 1);
  CHECK(second.find("    place: Beijing  # checked in the readout\n") != std::string::npos);
  CHECK(FindEntry(t, "2015-09-visit") == nullptr);
  CHECK(t.dismissed == std::vector<std::string>{"2015-09-visit"});
  const annals::Entry* hand = FindEntry(t, "2015-06-23-strategic-dialogue");
  REQUIRE(hand);
  CHECK(hand->generated.empty());
  CHECK(second.find("  # added by hand from the embassy's readout\n"
                    "  - id: 2015-06-23-strategic-dialogue\n") != std::string::npos);
  const annals::Entry* grown = FindEntry(t, "2015-11-30-summit");
  REQUIRE(grown);
  CHECK(grown->sources.size() == 2);  // untouched: gains the new source
  CHECK_FALSE(annals::IsHandEdited(*grown));
  REQUIRE(FindEntry(t, "2016-01-05-talks"));
  CHECK(t.events.front().id == "2015-06-23-strategic-dialogue");  // sorted by date
  CHECK(t.events.back().id == "2016-01-05-talks");

  // Nothing new: not a byte changes, and the file is not even rewritten.
  CHECK(Write(more, file, true) == second);
  CHECK(dir.Read("t.yaml~") == text);
}

TEST_CASE("comments in an entry that gains a source are kept", "[timeline_merge]") {
  annals::testing::TempDir dir("merge-comments");
  std::string file = dir.path() + "/t.yaml";
  annals::Entry summit = Make("2015-11-30-summit", "2015-11-30", "summit", "Paris", "d.txt");
  std::string text = Write(Fresh({summit}), file, false);
  // Comments a person adds without changing what the entry says.
  Replace(&text, "  - id: 2015-11-30-summit\n", "  # seen on TV too\n  - id: 2015-11-30-summit\n");
  Replace(&text, "    title: Paris\n", "    title: Paris  # short on purpose\n");
  Replace(&text, "    sources:\n", "    sources:  # wire copy only\n");
  std::ofstream(file, std::ios::binary) << text;

  annals::Entry summit2 = summit;
  summit2.sources.push_back({"f.txt", "2015-12-01", "", "", "Monday", "In Paris."});
  std::string second = Write(Fresh({summit2}), file, true);
  CHECK(second.find("  # seen on TV too\n  - id: 2015-11-30-summit\n") != std::string::npos);
  CHECK(second.find("    title: Paris  # short on purpose\n") != std::string::npos);
  CHECK(second.find("    sources:  # wire copy only\n") != std::string::npos);
  annals::Timeline t = Parse(second);
  REQUIRE(t.events.size() == 1);
  CHECK(t.events[0].sources.size() == 2);
  CHECK(t.events[0].sources[1].file == "f.txt");
  CHECK_FALSE(annals::IsHandEdited(t.events[0]));  // the digest was brought up to date
  // Written as annals would have written it, apart from the comments.
  std::string plain = second;
  Replace(&plain, "  # seen on TV too\n", "");
  Replace(&plain, "  # short on purpose", "");
  Replace(&plain, "  # wire copy only", "");
  CHECK(plain == annals::FormatTimelineCanonical(t));
}

TEST_CASE("a fresh entry under a new id still matches the same event", "[timeline_merge]") {
  annals::Timeline existing =
      Fresh({Make("2015-12-01-dialogue", "2015-12-01", "dialogue", "Dialogue", "a.txt")});
  annals::PrepareFresh(&existing);
  annals::Timeline fresh = Fresh(
      {Make("2015-12-cyber-dialogue", "2015-12", "dialogue", "Dialogue in December", "b.txt")});
  annals::PrepareFresh(&fresh);
  annals::MergeSummary summary = annals::MergeInto(&existing, fresh);
  CHECK(summary.added == 0);
  CHECK(summary.updated == 1);
  REQUIRE(existing.events.size() == 1);
  CHECK(existing.events[0].sources.size() == 2);
}

TEST_CASE("ids are never reused, not even a dismissed one", "[timeline_merge]") {
  annals::Timeline existing =
      Fresh({Make("2015-12-07-call", "2015-12-07", "call", "Xi and Obama", "a.txt")});
  annals::PrepareFresh(&existing);
  existing.dismissed = {"2015-12-01-dialogue", "2015-12-07-call-2"};
  existing.history = {"2015-12-01-dialogue", "2015-12-07-call", "2015-12-07-call-2"};
  // The same day and type between other sides: another event, another id.
  annals::Entry other = Make("2015-12-07-call", "2015-12-07", "call", "Xi and Putin", "b.txt");
  other.actors = {"CHN", "RUS"};
  annals::Timeline fresh =
      Fresh({Make("2015-12-01-dialogue", "2015-12-01", "dialogue", "Dialogue", "a.txt"), other});
  annals::MergeSummary summary = annals::MergeInto(&existing, fresh);
  CHECK(summary.skipped_dismissed == 1);
  CHECK(summary.added == 1);
  REQUIRE(existing.events.size() == 2);
  CHECK(existing.events[0].title == "Xi and Obama");
  CHECK(existing.events[1].id == "2015-12-07-call-3");
  CHECK(existing.events[1].title == "Xi and Putin");
  // The next rebuild finds it again under its new id.
  summary = annals::MergeInto(&existing, fresh);
  CHECK(summary.added == 0);
  CHECK(existing.events.size() == 2);
}

TEST_CASE("a file that fails check is never overwritten", "[timeline_merge]") {
  annals::testing::TempDir dir("merge");
  std::string broken = "annals: 1\ntitle: x\npair: [CHN, USA]\nevents:\n  - id: a\n    titel: y\n";
  std::string file = dir.Write("t.yaml", broken);
  annals::Timeline fresh =
      Fresh({Make("2015-12-01-dialogue", "2015-12-01", "dialogue", "Dialogue", "a.txt")});
  for (bool into : {false, true}) {
    annals::WriteOptions options{file, into, "~"};
    std::vector<annals::Diagnostic> diagnostics;
    annals::MergeSummary summary;
    size_t written = 0;
    CHECK_FALSE(annals::WriteBuiltTimeline(fresh, options, &diagnostics, &summary, &written));
    std::vector<std::string> messages;
    for (const auto& d : diagnostics) messages.push_back(d.ToString());
    CHECK(std::find(messages.begin(), messages.end(),
                    file + ":6:5: error: unknown key 'titel' in an event; did you mean "
                           "'title'?") != messages.end());
    CHECK(messages.back().rfind(file + ": error: not ", 0) == 0);
    CHECK(dir.Read("t.yaml") == broken);
  }
}

TEST_CASE("option -o over a timeline with edits keeps them somewhere", "[timeline_merge]") {
  annals::testing::TempDir dir("merge");
  std::string file = dir.path() + "/t.yaml";
  annals::Timeline fresh =
      Fresh({Make("2015-12-01-dialogue", "2015-12-01", "dialogue", "Dialogue", "a.txt")});
  std::string text = Write(fresh, file, false);
  Replace(&text, "title: Dialogue", "title: Retitled by hand");
  dir.Write("t.yaml", text);
  std::vector<annals::Diagnostic> diagnostics;
  annals::MergeSummary summary;
  size_t written = 0;
  annals::WriteOptions no_backup{file, false, ""};
  CHECK_FALSE(annals::WriteBuiltTimeline(fresh, no_backup, &diagnostics, &summary, &written));
  REQUIRE(diagnostics.size() == 1);
  CHECK(diagnostics[0].ToString() ==
        file +
            ": error: not overwritten: it holds 1 edited entries and no backup would be "
            "kept; rebuild with --into to keep them");
  CHECK(dir.Read("t.yaml") == text);
  diagnostics.clear();
  annals::WriteOptions with_backup{file, false, ".bak"};
  CHECK(annals::WriteBuiltTimeline(fresh, with_backup, &diagnostics, &summary, &written));
  REQUIRE(diagnostics.size() == 1);
  CHECK(diagnostics[0].severity == annals::Severity::kWarning);
  CHECK(dir.Read("t.yaml.bak") == text);
}

TEST_CASE("annals build keeps edits across a rebuild with more articles", "[timeline_merge]") {
  annals::testing::TempDir dir("merge-cli");
  dir.Write("articles/dialogue.txt",
            "Xinhua, December 2, 2015\n\nChinese and U.S. officials held a dialogue here "
            "Tuesday on fighting cyber crime.\n");
  dir.Write("articles/call.txt",
            "Xinhua, December 9, 2015\n\nChinese President Xi Jinping and U.S. President "
            "Barack Obama held a phone call on Monday.\n");
  dir.Write("articles/meeting.txt",
            "Xinhua, November 20, 2015\n\nChinese and U.S. officials met in Beijing on "
            "Thursday.\n");
  std::string articles = dir.path() + "/articles";
  std::string file = dir.path() + "/china-us.yaml";
  auto built = annals::testing::RunAnnals({"build", articles, "-o", file, "--pair", "CHN,USA"});
  INFO(built.err);
  REQUIRE(built.exit_code == 0);
  annals::Timeline first = Parse(dir.Read("china-us.yaml"));
  REQUIRE(first.events.size() == 3);
  std::string call_id = first.events[2].id;
  std::string dialogue_id = first.events[1].id;
  std::string meeting_id = first.events[0].id;

  std::string text = dir.Read("china-us.yaml");
  size_t call_title = text.find("title:", text.find("id: " + call_id));
  text.insert(text.find('\n', call_title) + 1, "    # retitled by hand\n");
  text.replace(call_title, text.find('\n', call_title) - call_title,
               "title: Xi and Obama by phone");
  Replace(&text, "id: " + dialogue_id + "\n",
          "id: " + dialogue_id + "\n    place: Washington\n    edited: true\n");
  Delete(&text, "  - id: " + meeting_id + "\n");
  text += "\n";  // a person's stray blank line
  Replace(&text, "events:\n",
          "events:\n  - id: 2015-06-23-strategic-dialogue\n    date: 2015-06-23\n"
          "    status: held\n    type: dialogue\n    title: Strategic and Economic Dialogue\n\n");
  dir.Write("china-us.yaml", text);
  REQUIRE(annals::testing::RunAnnals({"check", file}).exit_code == 0);

  dir.Write("articles/talks.txt",
            "Xinhua, January 8, 2016\n\nChinese and U.S. negotiators held talks in Beijing on "
            "Wednesday.\n");
  auto rebuilt = annals::testing::RunAnnals({"build", articles, "--into", file});
  INFO(rebuilt.err);
  REQUIRE(rebuilt.exit_code == 0);
  std::string second = dir.Read("china-us.yaml");
  annals::Timeline t = Parse(second);
  REQUIRE(FindEntry(t, call_id));
  CHECK(FindEntry(t, call_id)->title == "Xi and Obama by phone");
  CHECK(second.find("    # retitled by hand\n") != std::string::npos);
  REQUIRE(FindEntry(t, dialogue_id));
  CHECK(FindEntry(t, dialogue_id)->place == "Washington");
  CHECK(FindEntry(t, meeting_id) == nullptr);
  CHECK(t.dismissed == std::vector<std::string>{meeting_id});
  CHECK(FindEntry(t, "2015-06-23-strategic-dialogue"));
  CHECK(t.events.size() == 4);  // hand-made, dialogue, call, the new talks
  CHECK(dir.Read("china-us.yaml~") == text);

  auto again =
      annals::testing::RunAnnals({"build", articles, "--into", file, "--backup-suffix", ""});
  REQUIRE(again.exit_code == 0);
  CHECK(dir.Read("china-us.yaml") == second);
}
