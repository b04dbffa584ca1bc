#include "yaml_writer.h"

#include <cstdio>
#include <regex>

namespace annals {

namespace {

bool LooksLikeNonString(std::string_view value) {
  std::string lower;
  for (char c : value) lower += (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
  static const char* const kWords[] = {"null", "~",   "true", "false", "yes", "no",
                                       "on",   "off", "y",    "n",     "=",   "<<"};
  for (const char* word : kWords) {
    if (lower == word) return true;
  }
  // Numbers in YAML 1.2 and 1.1 (octal, hex, sexagesimal, underscores, inf, nan).
  static const std::regex kNumber(
      R"([-+]?(\.[0-9]+|[0-9][0-9_]*(\.[0-9_]*)?)([eE][-+]?[0-9]+)?|0x[0-9a-fA-F_]+|0o[0-7]+|0b[01_]+|[-+]?[0-9][0-9_]*(:[0-5]?[0-9])+(\.[0-9_]*)?|[-+]?\.(inf|Inf|INF)|\.(nan|NaN|NAN))");
  // A cheap gate keeps the regex off ordinary words.
  char first = value.empty() ? ' ' : value[0];
  if (!((first >= '0' && first <= '9') || first == '-' || first == '+' || first == '.')) {
    return false;
  }
  // Dates (2015-12-01) are the common case: a sign inside a number only follows an exponent.
  for (size_t i = 1; i < value.size(); ++i) {
    if ((value[i] == '-' || value[i] == '+') && value[i - 1] != 'e' && value[i - 1] != 'E') {
      return false;
    }
  }
  // std::regex matches recursively: a long run of digits would overflow the
  // stack. Quoting a long value that might be a number is always safe.
  if (value.size() > 64) return true;
  return std::regex_match(value.begin(), value.end(), kNumber);
}

bool HasControl(std::string_view value) {
  for (char c : value) {
    unsigned char u = static_cast<unsigned char>(c);
    if (u < 0x20 || u == 0x7f) return true;
  }
  return false;
}

// Folding is exact only for one-line text with single spaces between words:
// each break then reads back as the one space it replaced.
bool Foldable(std::string_view value) {
  if (value.empty() || HasControl(value) || value.front() == ' ' || value.back() == ' ') {
    return false;
  }
  if (value.find("  ") != std::string_view::npos) return false;
  return value.find(' ') != std::string_view::npos;
}

// Display width of UTF-8 text, counting code points (close enough for
// wrapping: the point is lines an editor shows without scrolling).
size_t Width(std::string_view text) {
  size_t n = 0;
  for (char c : text) {
    if ((static_cast<unsigned char>(c) & 0xc0) != 0x80) ++n;
  }
  return n;
}

}  // namespace

bool NeedsQuotes(std::string_view value, bool in_flow) {
  if (value.empty() || value.front() == ' ' || value.back() == ' ') return true;
  if (HasControl(value)) return true;
  static constexpr std::string_view kIndicators = "-?:,[]{}#&*!|>'\"%@`";
  if (kIndicators.find(value.front()) != std::string_view::npos) return true;
  if (value.find(": ") != std::string_view::npos || value.find(" #") != std::string_view::npos ||
      value.back() == ':') {
    return true;
  }
  if (value.substr(0, 3) == "..." || value.substr(0, 3) == "---") return true;
  if (in_flow && value.find_first_of(",[]{}") != std::string_view::npos) return true;
  return LooksLikeNonString(value);
}

std::string DoubleQuoted(std::string_view value) {
  std::string out = "\"";
  for (char c : value) {
    unsigned char u = static_cast<unsigned char>(c);
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\t':
        out += "\\t";
        break;
      case '\r':
        out += "\\r";
        break;
      default:
        if (u < 0x20 || u == 0x7f) {
          char hex[8];
          std::snprintf(hex, sizeof hex, "\\x%02X", u);
          out += hex;
        } else {
          out += c;
        }
    }
  }
  return out + "\"";
}

std::string ScalarText(std::string_view value, bool in_flow) {
  return NeedsQuotes(value, in_flow) ? DoubleQuoted(value) : std::string(value);
}

void WriteKeyValue(std::string* out, int indent, std::string_view key, std::string_view value,
                   int width, bool after_dash) {
  std::string prefix(after_dash ? 0 : static_cast<size_t>(indent), ' ');
  size_t line = static_cast<size_t>(indent) + key.size() + 2;
  if (line + Width(value) > static_cast<size_t>(width) && Foldable(value)) {
    *out += prefix;
    *out += key;
    *out += ": >-\n";
    std::string body(static_cast<size_t>(indent) + 2, ' ');
    size_t room = static_cast<size_t>(width) > body.size() + 20 ? width - body.size() : 20;
    size_t start = 0;
    while (start < value.size()) {
      // Greedy: as many words as fit; a longer word gets a line of its own.
      size_t end = start;
      size_t next = value.find(' ', start);
      if (next == std::string_view::npos) next = value.size();
      end = next;
      while (end < value.size()) {
        size_t after = value.find(' ', end + 1);
        if (after == std::string_view::npos) after = value.size();
        if (Width(value.substr(start, after - start)) > room) break;
        end = after;
      }
      *out += body;
      *out += value.substr(start, end - start);
      *out += '\n';
      start = end + 1;
    }
    return;
  }
  *out += prefix;
  *out += key;
  *out += ": ";
  *out += ScalarText(value, false);
  *out += '\n';
}

void WriteFlowList(std::string* out, int indent, std::string_view key,
                   const std::vector<std::string>& items) {
  *out += std::string(static_cast<size_t>(indent), ' ');
  *out += key;
  *out += ": [";
  for (size_t i = 0; i < items.size(); ++i) {
    if (i > 0) *out += ", ";
    *out += ScalarText(items[i], true);
  }
  *out += "]\n";
}

}  // namespace annals
