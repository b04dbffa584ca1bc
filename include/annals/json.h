// JSON text for the machine-readable outputs (resolve/ingest --format jsonl,
// export --format timelinejs|jsonl).
#pragma once

#include <string>
#include <string_view>

namespace annals {

// `text` as a JSON string literal, quotes included: '"', '\\' and control
// characters escaped; UTF-8 passes through unchanged.
std::string JsonString(std::string_view text);

}  // namespace annals
