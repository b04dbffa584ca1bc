#include "text_extract.h"

#include <algorithm>
#include <catch2/catch.hpp>

namespace {

const annals::IngestLexicon& Lex() {
  std::string err;
  const annals::IngestLexicon* lex = annals::GetIngestLexicon(&err);
  REQUIRE(lex);
  return *lex;
}

}  // namespace

TEST_CASE("runs of spaces, tabs, newlines and non-breaking spaces become one space",
          "[ingest][text]") {
  CHECK(annals::CollapseSpaces("") == "");
  CHECK(annals::CollapseSpaces(" \t\n ") == "");
  CHECK(annals::CollapseSpaces("  Talks \t in\n\nBeijing  ") == "Talks in Beijing");
  CHECK(annals::CollapseSpaces("Xi\xC2\xA0Jinping\xC2\xA0") == "Xi Jinping");
  // A 0xC2 that does not start a non-breaking space is kept: "\xC2\xA9" is the copyright sign.
  CHECK(annals::CollapseSpaces("\xC2\xA9 2015 Xinhua\xC2") == "\xC2\xA9 2015 Xinhua\xC2");
  CHECK(annals::CollapseSpaces("a\rb") == "a\rb");  // a carriage return is not a space here
}

// Lines with nothing to collapse are copied whole, tested eight bytes at a
// time: what needs collapsing must be found at every offset.
TEST_CASE("spaces to collapse are found wherever they fall in a line", "[ingest][text]") {
  const std::string words = "one two three four five six";
  for (size_t at = 0; at <= words.size(); ++at) {
    INFO("at " << at);
    std::string head = words.substr(0, at), tail = words.substr(at);
    // Words split here by a tab, a newline, a non-breaking space or a second space.
    for (const char* gap : {"\t", "\n", "\xC2\xA0", " "}) {
      std::string line = head + gap + tail;
      // The gap reads as one space, merged with a space beside it and
      // dropped at either end.
      std::string expected = head + " " + tail;
      for (size_t twice; (twice = expected.find("  ")) != std::string::npos;)
        expected.erase(twice, 1);
      if (expected.front() == ' ') expected.erase(0, 1);
      if (expected.back() == ' ') expected.pop_back();
      CHECK(annals::CollapseSpaces(line) == expected);
    }
  }
  CHECK(annals::CollapseSpaces(words) == words);
  CHECK(annals::CollapseSpaces(words + " ") == words);
  CHECK(annals::CollapseSpaces(" " + words) == words);
}

TEST_CASE("a line with single spaces between words is already collapsed", "[ingest][text]") {
  CHECK(annals::IsCollapsed(""));
  CHECK(annals::IsCollapsed("Chinese and American ministers met here on Tuesday."));
  CHECK(annals::IsCollapsed("caf\xC3\xA9 \xE2\x80\x94 Beijing"));
  for (const char* line :
       {" leading space in a line", "a line with a trailing space ", "two  spaces in a long line",
        "a tab\tin a long line", "a carriage\rreturn in a line", "a no-break\xC2\xA0space here",
        "a line long enough to be read eight bytes at a time, then a\nnewline"}) {
    INFO(line);
    CHECK_FALSE(annals::IsCollapsed(line));
  }
}

// IsCollapsed reads sixteen or eight bytes a step where it can and one at a
// time at the end: every kind of byte that makes a line uncollapsed must be
// seen at every position of lines of every length, as a plain loop sees it.
TEST_CASE("IsCollapsed finds a stray byte at any position", "[ingest][text]") {
  auto plain = [](const std::string& line) {
    if (line.empty()) return true;
    if (line.front() == ' ' || line.back() == ' ') return false;
    for (size_t i = 0; i < line.size(); ++i) {
      unsigned char c = static_cast<unsigned char>(line[i]);
      if (c < 0x20 || c == 0xC2 || (c == ' ' && i > 0 && line[i - 1] == ' ')) return false;
    }
    return true;
  };
  for (size_t n = 1; n <= 40; ++n) {
    std::string base;
    for (size_t i = 0; i < n; ++i) base += static_cast<char>('a' + i % 26);
    CHECK(annals::IsCollapsed(base));
    for (size_t at = 0; at < n; ++at) {
      for (std::string bad : {std::string(" "), std::string("  "), std::string("\t"),
                              std::string("\n"), std::string("\x01"), std::string("\xC2"),
                              std::string("\xC3"), std::string("\x7F"), std::string("\xFF")}) {
        std::string line = base;
        line.replace(at, std::min(bad.size(), n - at), bad.substr(0, n - at));
        INFO(n << " " << at << " " << static_cast<int>(static_cast<unsigned char>(bad[0])));
        CHECK(annals::IsCollapsed(line) == plain(line));
      }
    }
  }
}

TEST_CASE("short lines of UI vocabulary are chrome, prose is not", "[ingest][text]") {
  for (const char* chrome :
       {"0 Comment(s)Print E-mail", "Adjust font size:", "Print E-mail Bookmark and Share",
        "Follow us on Facebook and Twitter for more of the conversation.", "Add your comments...",
        "Comments are moderated and abusive posts may be removed.", "Send your storiesGet more",
        ">>", "Share this story: Facebook | Twitter | Email", "Log in to reply"}) {
    INFO(chrome);
    CHECK(annals::IsChromeLine(chrome, Lex()));
  }
  for (const char* prose :
       {"The minister said he would follow the talks closely.", "Share prices fell on Tuesday.",
        "Xi and Obama met in Paris.",
        "He posted on Twitter that the visit had been postponed until next month.",
        "Print media were barred from the meeting, officials said."}) {
    INFO(prose);
    CHECK_FALSE(annals::IsChromeLine(prose, Lex()));
  }
}

TEST_CASE("a rights notice stops being chrome at its fortieth space", "[ingest][text]") {
  // Counted however the spaces fall against the eight-byte steps of the count.
  for (std::string word : {" x", " abcde", "  ab"}) {
    std::string line = "Copyright";
    size_t spaces = 0;
    while (spaces + std::count(word.begin(), word.end(), ' ') <= 39) {
      line += word;
      spaces += static_cast<size_t>(std::count(word.begin(), word.end(), ' '));
    }
    INFO(line);
    REQUIRE(spaces == 39 - (word == "  ab" ? 1 : 0));
    CHECK(annals::IsChromeLine(line, Lex()));
    line += std::string(40 - spaces, ' ') + "end";
    CHECK_FALSE(annals::IsChromeLine(line, Lex()));
  }
}

TEST_CASE("glued words are split at a case change", "[ingest][text]") {
  CHECK(annals::LineWords("Send your storiesGet more") ==
        std::vector<std::string>{"send", "your", "stories", "get", "more"});
  CHECK(annals::LineWords("U.S. talks") == std::vector<std::string>{"u", "s", "talks"});
}

TEST_CASE("title, header lines, chrome and end marker of a plain-text article", "[ingest][text]") {
  annals::TextExtract t;
  annals::ExtractText(
      "Envoys meet on border\n\nBy Jane Roe, Staff Writer\nPrint this page | Share\n"
      "Example Wire, March 3, 2016\n\nKABUL, March 3 (Example Wire) -- Envoys met here on "
      "Thursday and agreed\nto meet again within a month.\n\nA second sentence follows. END\n\n"
      "Related: other stories\n",
      false, "", Lex(), &t);
  CHECK(t.title == "Envoys meet on border");
  REQUIRE(t.header_date);
  CHECK(t.header_date->outlet == "Example Wire");
  REQUIRE(t.dateline);
  CHECK(t.dateline->place == "Kabul");
  CHECK(t.ended);
  CHECK(t.body ==
        "KABUL, March 3 (Example Wire) -- Envoys met here on Thursday and agreed to meet again "
        "within a month.\n\nA second sentence follows.");
}

TEST_CASE("a dateline below a masthead line and a headline is the article's dateline",
          "[ingest][text]") {
  annals::TextExtract t;
  annals::ExtractText(
      "Andes Ledger\n\nPeru and Chile agree to reopen the border post\n\nLIMA, 5 January (Andes "
      "Ledger) - Peru and Chile agreed on Thursday to reopen the post.\n\nMore follows.\n",
      false, "", Lex(), &t);
  REQUIRE(t.dateline);
  CHECK(t.dateline->place == "Lima");
  CHECK(t.title == "Peru and Chile agree to reopen the border post");
  CHECK(t.body.rfind("LIMA, 5 January", 0) == 0);
}

TEST_CASE("a second paragraph's dateline is not taken after a paragraph of text",
          "[ingest][text]") {
  annals::TextExtract t;
  annals::ExtractText(
      "Headline\n\nThe ministers met on Monday and agreed to meet again.\n\nLIMA, 5 January "
      "(Andes Ledger) - More talks followed.\n",
      false, "", Lex(), &t);
  CHECK_FALSE(t.dateline);
}

TEST_CASE("hard-wrapped lines are joined", "[ingest][text]") {
  annals::TextExtract t;
  annals::ExtractText(
      "Headline\n\nThe envoys met on Monday in the capital and\nagreed to meet again. They "
      "said the talks\nwere useful.\n",
      false, "", Lex(), &t);
  CHECK(t.body ==
        "The envoys met on Monday in the capital and agreed to meet again. They said the talks "
        "were useful.");
}

TEST_CASE("one paragraph a line, no blank lines between", "[ingest][text]") {
  annals::TextExtract t;
  annals::ExtractText(
      "Headline\nThe first paragraph is long enough to be running text and it ends here with a "
      "full stop.\nThe second paragraph is also long enough to be running text, ending the same "
      "way.\n",
      false, "", Lex(), &t);
  CHECK(t.body ==
        "The first paragraph is long enough to be running text and it ends here with a full "
        "stop.\n\nThe second paragraph is also long enough to be running text, ending the same "
        "way.");
}

TEST_CASE("'end' inside a sentence is not an end marker", "[ingest][text]") {
  annals::TextExtract t;
  annals::ExtractText("Title\n\nThe talks came to an end\n\nand then more text followed.\n", false,
                      "", Lex(), &t);
  CHECK_FALSE(t.ended);
  CHECK(t.body == "The talks came to an end\n\nand then more text followed.");
}

TEST_CASE("an article without a headline keeps its first paragraph", "[ingest][text]") {
  annals::TextExtract t;
  annals::ExtractText("The ministers met on Monday and agreed to meet again.\n", false, "", Lex(),
                      &t);
  CHECK(t.title.empty());
  CHECK(t.body == "The ministers met on Monday and agreed to meet again.");
}

TEST_CASE("rights notices and 'Published:' lines are chrome", "[ingest][text]") {
  CHECK(annals::IsChromeLine(
      "Copyright 2016 Example Media Group. All rights reserved. This material may not be "
      "published, broadcast, rewritten or redistributed.",
      Lex()));
  CHECK(annals::IsChromeLine("\u00a9 Example Ledger 2016", Lex()));
  CHECK(annals::IsChromeLine("3 Min Read", Lex()));
  annals::TextExtract t;
  annals::ExtractText(
      "Envoys meet\nPublished: 02 Dec 2015 10:03 GMT | Updated: 03 Dec 2015\n\nThe envoys met on "
      "Tuesday in the capital for talks on trade and security.\n",
      false, "", Lex(), &t);
  REQUIRE(t.header_date);
  CHECK(t.header_date->outlet.empty());
  CHECK(t.header_date->date.Day() == date::year{2015} / 12 / 2);
  CHECK(t.body == "The envoys met on Tuesday in the capital for talks on trade and security.");
}

TEST_CASE("header lines with times, zones and photo credits", "[ingest][text]") {
  annals::TextExtract t;
  annals::ExtractText(
      "Leaders meet in Hangzhou\nBy Jane Roe, CNN\nUpdated 10:43 AM ET, Sat September 3, 2016\n"
      "Photo: Reuters\n\nHANGZHOU, China (CNN) - The two leaders met on Saturday for talks on "
      "climate and trade.\n",
      false, "", Lex(), &t);
  REQUIRE(t.header_date);
  CHECK(t.header_date->date.Day() == date::year{2016} / 9 / 3);
  CHECK(t.body ==
        "HANGZHOU, China (CNN) - The two leaders met on Saturday for talks on climate and trade.");
  REQUIRE(t.dateline);
  CHECK(t.dateline->outlet == "CNN");
}
