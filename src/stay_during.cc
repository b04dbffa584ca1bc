#include "stay_during.h"

namespace annals {

size_t DuringAfter(const std::vector<Word>& words, const SentenceSpan& s, size_t end) {
  size_t during = end;
  while (during < s.last_word && during < end + 8 && words[during].lower != "during" &&
         !words[during].punct) {
    ++during;
  }
  if (during >= s.last_word || words[during].lower != "during") return s.last_word;
  return during;
}

bool PlainUpTo(const std::vector<Word>& words, size_t from, size_t to) {
  for (size_t w = from; w < to; ++w) {
    if (words[w].punct && words[w].lower != "'s" && !words[w].abbreviation) return false;
  }
  return true;
}

}  // namespace annals
