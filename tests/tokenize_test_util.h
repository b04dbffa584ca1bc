// Tokenize for tests that only want the words: each call's lower-cased
// buffer is kept until the test program ends, so the words' `lower` views
// stay valid however the test passes them around.
#pragma once

#include <deque>
#include <string>
#include <string_view>
#include <vector>

#include "sentences.h"

namespace annals {

inline std::vector<Word> TokenizeKept(std::string_view text) {
  static std::deque<std::string> buffers;  // a deque never moves what it holds
  return Tokenize(text, &buffers.emplace_back());
}

}  // namespace annals
