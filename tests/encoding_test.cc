#include "encoding.h"

#include <catch2/catch.hpp>

using annals::DecodeText;

TEST_CASE("valid UTF-8 passes through, CRLF and lone CR become LF", "[ingest][encoding]") {
  annals::Decoded d = DecodeText("caf\xC3\xA9\r\nline\rend\n");
  CHECK(d.encoding == "utf-8");
  CHECK(d.text == "caf\xC3\xA9\nline\nend\n");
  CHECK(d.replaced == 0);
}

TEST_CASE("a UTF-8 BOM is dropped", "[ingest][encoding]") {
  annals::Decoded d = DecodeText("\xEF\xBB\xBFhello");
  CHECK(d.encoding == "utf-8-bom");
  CHECK(d.text == "hello");
}

TEST_CASE("UTF-16 with a BOM, both byte orders, surrogate pairs", "[ingest][encoding]") {
  // "a\u00e9" then U+1F600 as a surrogate pair.
  annals::Decoded le =
      DecodeText(std::string("\xFF\xFE"
                             "a\0\xE9\0\x3D\xD8\x00\xDE",
                             10));
  CHECK(le.encoding == "utf-16le");
  CHECK(le.text == "a\xC3\xA9\xF0\x9F\x98\x80");
  annals::Decoded be = DecodeText(std::string("\xFE\xFF\0a\0\xE9", 6));
  CHECK(be.encoding == "utf-16be");
  CHECK(be.text == "a\xC3\xA9");
  // A lone surrogate and an odd trailing byte are replaced, not fatal.
  annals::Decoded bad = DecodeText(std::string("\xFF\xFE\x00\xD8x", 5));
  CHECK(bad.replaced == 2);
  CHECK(bad.text == "\xEF\xBF\xBD\xEF\xBF\xBD");
}

TEST_CASE("Windows-1252 and Latin-1 are told from UTF-8 and converted", "[ingest][encoding]") {
  annals::Decoded cp = DecodeText("\x93quoted\x94 \x96 caf\xE9");
  CHECK(cp.encoding == "windows-1252");
  CHECK(cp.text == "\xE2\x80\x9Cquoted\xE2\x80\x9D \xE2\x80\x93 caf\xC3\xA9");
  annals::Decoded latin = DecodeText("caf\xE9 cr\xE8me");
  CHECK(latin.encoding == "latin-1");
  CHECK(latin.text == "caf\xC3\xA9 cr\xC3\xA8me");
}

TEST_CASE("mostly valid UTF-8 with a stray byte keeps UTF-8 and replaces it",
          "[ingest][encoding]") {
  annals::Decoded d = DecodeText("caf\xC3\xA9 \xC3\xA9t\xC3\xA9 \xFF ok");
  CHECK(d.encoding == "utf-8");
  CHECK(d.replaced == 1);
  CHECK(d.text == "caf\xC3\xA9 \xC3\xA9t\xC3\xA9 \xEF\xBF\xBD ok");
}

TEST_CASE("a declared charset is honoured", "[ingest][encoding]") {
  CHECK(annals::SniffHtmlCharset("<html><head><meta charset=\"ISO-8859-1\">") == "iso-8859-1");
  CHECK(annals::SniffHtmlCharset(
            "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\">") ==
        "windows-1252");
  CHECK(annals::SniffHtmlCharset("<p>no charset</p>") == "");
  // Valid UTF-8 bytes read as declared Latin-1 become two characters each.
  CHECK(DecodeText("\xC3\xA9", "iso-8859-1").text == "\xC3\x83\xC2\xA9");
}

TEST_CASE("binary files are recognised", "[ingest][encoding]") {
  CHECK(annals::LooksBinary(std::string("PK\x03\x04\0\0", 6)));
  CHECK_FALSE(annals::LooksBinary("plain text\nwith lines\n"));
  CHECK_FALSE(
      annals::LooksBinary(std::string("\xFF\xFE"
                                      "a\0",
                                      4)));  // UTF-16 text
  CHECK(annals::LooksBinary(std::string(40, '\x01')));
  // Text with a few control bytes (form feeds, an escape, a stray 0x07) is text; a
  // NUL anywhere in the first 8 KB, or more than 5% control bytes, is not.
  std::string text;
  for (int i = 0; i < 50; ++i) text += "Officials met on Tuesday.\r\n\tThey talked.\f\x1B";
  text += "\x07";
  CHECK_FALSE(annals::LooksBinary(text));
  for (size_t at : {size_t{0}, size_t{7}, size_t{8}, text.size() - 1}) {
    std::string with_nul = text;
    with_nul[at] = '\0';
    INFO(at);
    CHECK(annals::LooksBinary(with_nul));
  }
  std::string controls = text;
  for (size_t i = 3; i < controls.size(); i += 17) controls[i] = '\x02';  // about 6%
  CHECK(annals::LooksBinary(controls));
  std::string few = text;
  for (size_t i = 3; i < few.size(); i += 23) few[i] = '\x02';  // about 4%
  CHECK_FALSE(annals::LooksBinary(few));
}

// The count of control bytes is exact wherever they fall (the scan reads
// sixteen or eight bytes a step, then the rest one at a time): in 203 bytes,
// ten are 5% or less and eleven are more, whatever text controls (tabs, line
// breaks, form feeds, escapes) lie around them.
TEST_CASE("control bytes are counted exactly at every position", "[ingest][encoding]") {
  const char text_controls[] = {'\t', '\n', '\v', '\f', '\r', '\x1B'};
  for (size_t shift = 0; shift < 19; ++shift) {
    std::string base(203, 'a');
    for (size_t i = shift; i < base.size(); i += 7) base[i] = text_controls[i % 6];
    std::string controls = base, ten;
    size_t placed = 0;
    for (size_t i = (shift * 5) % 17; placed < 11; i = (i + 19) % base.size()) {
      if (controls[i] == '\x02') continue;
      controls[i] = '\x02';
      if (++placed == 10) ten = controls;
    }
    const std::string& eleven = controls;
    INFO(shift);
    CHECK_FALSE(annals::LooksBinary(base));
    CHECK_FALSE(annals::LooksBinary(ten));
    CHECK(annals::LooksBinary(eleven));
  }
}

TEST_CASE("control bytes are dropped from text", "[ingest][encoding]") {
  CHECK(DecodeText("a\x01"
                   "b\x7F"
                   "c\td")
            .text == "abc\td");
}

TEST_CASE("UTF-16 without a BOM is recognised by its zero bytes", "[ingest][encoding]") {
  std::string le("T\0a\0l\0k\0s\0 \0o\0n\0 \0M\0o\0n\0d\0a\0y\0", 30);
  CHECK_FALSE(annals::LooksBinary(le));
  annals::Decoded d = DecodeText(le);
  CHECK(d.encoding == "utf-16le");
  CHECK(d.text == "Talks on Monday");
  std::string be("\0T\0a\0l\0k\0s", 10);
  CHECK(DecodeText(be).text == "Talks");
}

// The decoder reads plain ASCII sixteen or eight bytes at a time: a byte
// that needs care must be seen at every offset within such blocks, and in
// the bytes after the last whole block.
TEST_CASE("a special byte is handled wherever it falls in the text", "[ingest][encoding]") {
  const std::string letters = "abcdefghijklmnopqrstuvwxyz0123456789 ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  struct Case {
    std::string in, out;
  };
  const Case cases[] = {{"\x01", ""},
                        {"\x7F", ""},
                        {"\r", "\n"},
                        {"\r\n", "\n"},
                        {"\n\n", "\n\n"},
                        {"\t", "\t"},
                        {"\xC3\xA9", "\xC3\xA9"},
                        {"\x1F", ""}};
  for (const Case& c : cases) {
    for (size_t at = 0; at <= letters.size(); ++at) {
      std::string text = letters.substr(0, at) + c.in + letters.substr(at);
      INFO("byte " << static_cast<int>(static_cast<unsigned char>(c.in[0])) << " at " << at);
      annals::Decoded d = DecodeText(text);
      CHECK(d.encoding == "utf-8");
      CHECK(d.text == letters.substr(0, at) + c.out + letters.substr(at));
    }
  }
}
