// Turning the bytes of a saved article into clean UTF-8 text: charset
// detection (BOMs, HTML <meta charset>, a UTF-8 validity check, Windows-1252 and
// Latin-1 as the fallback), binary-file detection and newline clean-up.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace annals {

struct Decoded {
  std::string text;      // UTF-8, "\n" line ends, no BOM, no NUL or control bytes
  std::string encoding;  // "utf-8", "utf-8-bom", "utf-16le", "utf-16be", "windows-1252", "latin-1"
  size_t replaced = 0;   // invalid sequences replaced by U+FFFD
};

// True for files that are not text: NUL bytes or many control bytes near the
// start (UTF-16 with a BOM is text).
bool LooksBinary(std::string_view bytes);

// The charset an HTML page declares in its first 4 KB (<meta charset=...> or
// http-equiv content="...; charset=..."), lower-cased; "" if none.
std::string SniffHtmlCharset(std::string_view bytes);

// Decodes `bytes`. A BOM wins; then `declared` (an HTML charset label) when it
// names UTF-16, Windows-1252 or Latin-1; then valid UTF-8; otherwise
// Windows-1252 (which reads Latin-1 text the same). Invalid bytes become
// U+FFFD; CRLF and lone CR become "\n"; other control bytes are dropped.
Decoded DecodeText(std::string_view bytes, std::string_view declared = {});

}  // namespace annals
