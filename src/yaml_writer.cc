#include "yaml_writer.h"

#include <cstdio>

namespace annals {

namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsDigitOrUnderscore(char c) { return IsDigit(c) || c == '_'; }
bool IsSign(char c) { return c == '-' || c == '+'; }

// The end of the run of `ok` characters from s[i].
template <typename Pred>
size_t Skip(std::string_view s, size_t i, Pred ok) {
  while (i < s.size() && ok(s[i])) ++i;
  return i;
}

// [-+]?(\.[0-9]+|[0-9][0-9_]*(\.[0-9_]*)?)([eE][-+]?[0-9]+)?
bool IsDecimal(std::string_view s) {
  size_t i = s.empty() || !IsSign(s[0]) ? 0 : 1;
  if (i < s.size() && s[i] == '.') {
    size_t j = Skip(s, i + 1, IsDigit);
    if (j == i + 1) return false;
    i = j;
  } else if (i < s.size() && IsDigit(s[i])) {
    i = Skip(s, i + 1, IsDigitOrUnderscore);
    if (i < s.size() && s[i] == '.') i = Skip(s, i + 1, IsDigitOrUnderscore);
  } else {
    return false;
  }
  if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
    size_t j = i + 1;
    if (j < s.size() && IsSign(s[j])) ++j;
    size_t k = Skip(s, j, IsDigit);
    if (k == j) return false;
    i = k;
  }
  return i == s.size();
}

// "0x..", "0o..", "0b..": a prefix and at least one digit of its base.
template <typename Pred>
bool IsPrefixed(std::string_view s, std::string_view prefix, Pred digit) {
  if (s.size() <= prefix.size() || s.substr(0, prefix.size()) != prefix) return false;
  return Skip(s, prefix.size(), digit) == s.size();
}

// Sexagesimal (YAML 1.1): [-+]?[0-9][0-9_]*(:[0-5]?[0-9])+(\.[0-9_]*)?
// Taking two digits after a colon whenever they fit never loses a match:
// a digit left over could be followed by nothing the pattern allows.
bool IsSexagesimal(std::string_view s) {
  size_t i = s.empty() || !IsSign(s[0]) ? 0 : 1;
  if (i >= s.size() || !IsDigit(s[i])) return false;
  i = Skip(s, i + 1, IsDigitOrUnderscore);
  bool group = false;
  while (i < s.size() && s[i] == ':') {
    ++i;
    if (i >= s.size() || !IsDigit(s[i])) return false;
    bool two = s[i] <= '5' && i + 1 < s.size() && IsDigit(s[i + 1]);
    i += two ? 2 : 1;
    group = true;
  }
  if (!group) return false;
  if (i < s.size() && s[i] == '.') i = Skip(s, i + 1, IsDigitOrUnderscore);
  return i == s.size();
}

}  // namespace

bool IsYamlNumber(std::string_view s) {
  auto hex = [](char c) {
    return IsDigitOrUnderscore(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  };
  auto octal = [](char c) { return c >= '0' && c <= '7'; };
  auto binary = [](char c) { return c == '0' || c == '1' || c == '_'; };
  if (IsDecimal(s) || IsPrefixed(s, "0x", hex) || IsPrefixed(s, "0o", octal) ||
      IsPrefixed(s, "0b", binary) || IsSexagesimal(s)) {
    return true;
  }
  std::string_view rest = s.empty() || !IsSign(s[0]) ? s : s.substr(1);
  if (rest == ".inf" || rest == ".Inf" || rest == ".INF") return true;
  return s == ".nan" || s == ".NaN" || s == ".NAN";
}

namespace {

bool LooksLikeNonString(std::string_view value) {
  // The longest word below has five letters: longer text is none of them,
  // and no string is built to find that out.
  if (value.size() <= 5) {
    char lower[5];
    for (size_t i = 0; i < value.size(); ++i) {
      char c = value[i];
      lower[i] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
    }
    std::string_view folded(lower, value.size());
    static constexpr std::string_view kWords[] = {"null", "~",   "true", "false", "yes", "no",
                                                  "on",   "off", "y",    "n",     "=",   "<<"};
    for (std::string_view word : kWords) {
      if (folded == word) return true;
    }
  }
  // A cheap gate keeps the number test off ordinary words.
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
  // Kept from the days of a std::regex here (which matched recursively):
  // quoting a long value that might be a number is always safe.
  if (value.size() > 64) return true;
  return IsYamlNumber(value);
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
// (One pass over the bytes: a find of "  " called memchr at every space.)
bool Foldable(std::string_view value) {
  if (value.empty() || value.front() == ' ' || value.back() == ' ') return false;
  bool any_space = false, after_space = false;
  for (char c : value) {
    unsigned char u = static_cast<unsigned char>(c);
    if (u < 0x20 || u == 0x7f) return false;
    const bool space = c == ' ';
    if (space && after_space) return false;
    any_space |= space;
    after_space = space;
  }
  return any_space;
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

namespace {

// ScalarText appended in place: no string per value.
void AppendScalar(std::string* out, std::string_view value, bool in_flow) {
  if (NeedsQuotes(value, in_flow)) {
    *out += DoubleQuoted(value);
  } else {
    *out += value;
  }
}

}  // namespace

void WriteKeyValue(std::string* out, int indent, std::string_view key, std::string_view value,
                   int width, bool after_dash) {
  size_t prefix = after_dash ? 0 : static_cast<size_t>(indent);
  size_t line = static_cast<size_t>(indent) + key.size() + 2;
  if (line + Width(value) > static_cast<size_t>(width) && Foldable(value)) {
    out->append(prefix, ' ');
    *out += key;
    *out += ": >-\n";
    size_t body = static_cast<size_t>(indent) + 2;
    size_t room = static_cast<size_t>(width) > body + 20 ? width - body : 20;
    size_t start = 0;
    // One byte's share of Width: a byte that starts a code point.
    auto starts_point = [](char c) {
      return static_cast<size_t>((static_cast<unsigned char>(c) & 0xc0) != 0x80);
    };
    const size_t n = value.size();
    while (start < n) {
      // Greedy: as many words as fit; a longer word gets a line of its own.
      // The line's width grows word by word, each byte read once (a word
      // that does not fit is read again as the next line's first).
      size_t end = start;
      size_t used = 0;
      for (; end < n && value[end] != ' '; ++end) used += starts_point(value[end]);
      while (end < n) {  // value[end] is a space, one column
        size_t after = end + 1;
        size_t grown = used + 1;
        for (; after < n && value[after] != ' '; ++after) grown += starts_point(value[after]);
        if (grown > room) break;
        used = grown;
        end = after;
      }
      out->append(body, ' ');
      *out += value.substr(start, end - start);
      *out += '\n';
      start = end + 1;
    }
    return;
  }
  out->append(prefix, ' ');
  *out += key;
  *out += ": ";
  AppendScalar(out, value, false);
  *out += '\n';
}

void WriteFlowList(std::string* out, int indent, std::string_view key,
                   const std::vector<std::string>& items) {
  out->append(static_cast<size_t>(indent), ' ');
  *out += key;
  *out += ": [";
  for (size_t i = 0; i < items.size(); ++i) {
    if (i > 0) *out += ", ";
    AppendScalar(out, items[i], true);
  }
  *out += "]\n";
}

}  // namespace annals
