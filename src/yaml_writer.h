// The small YAML emitter behind timeline files. yaml-cpp's emitter quotes
// and wraps on its own terms; timelines people edit want plain scalars
// wherever YAML allows them, UTF-8 as written and long text folded at word
// boundaries, so the few shapes a timeline needs are written here.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace annals {

// True when `value` must be quoted to read back as the same string: empty,
// outer spaces, indicators, ": " or " #", or a word YAML 1.1 or 1.2 would
// take for null, a boolean or a number ("046", "yes", "1e3", "12:30").
// `in_flow` adds the characters that end an item of [a, b].
bool NeedsQuotes(std::string_view value, bool in_flow);

// True when `value` is a number to YAML 1.2 or 1.1: decimal with an
// optional exponent, 0x/0o/0b, sexagesimal ("12:30"), .inf or .nan.
bool IsYamlNumber(std::string_view value);

// `value` in double quotes with only '"', '\\' and control characters escaped.
std::string DoubleQuoted(std::string_view value);

// "key: value\n" at `indent` spaces, the value plain, quoted, or folded
// ("key: >-" and word-wrapped lines) when the line would pass `width`.
// `after_dash`: the caller already wrote the indentation ("  - ").
void WriteKeyValue(std::string* out, int indent, std::string_view key, std::string_view value,
                   int width = 80, bool after_dash = false);

// "key: [a, b]\n", items quoted as needed.
void WriteFlowList(std::string* out, int indent, std::string_view key,
                   const std::vector<std::string>& items);

// A scalar as a sequence item or flow item: plain or double-quoted.
std::string ScalarText(std::string_view value, bool in_flow);

}  // namespace annals
