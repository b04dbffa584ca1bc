#include <catch2/catch.hpp>
#include <string>

#include "annals/timeline.h"

namespace {
// A timeline of `entries` entries, entry i holding `sources(i)` sources and,
// every third one, a note: enough parts for the writer to use its helper.
template <typename Sources>
annals::Timeline Many(size_t entries, Sources sources) {
  annals::Timeline t;
  t.title = "China–United States";
  t.pair = {"CHN", "USA"};
  for (size_t i = 0; i < entries; ++i) {
    annals::Entry e;
    e.id = "2015-12-" + std::to_string(10 + i % 20) + "-talks-" + std::to_string(i);
    e.date = "2015-12-" + std::to_string(10 + i % 20);
    e.status = "held";
    e.type = "talks";
    e.title = "Talks number " + std::to_string(i);
    e.actors = {"CHN", "USA"};
    e.place = "Beijing";
    const size_t count = static_cast<size_t>(sources(i));
    for (size_t k = 0; k < count; ++k) {
      annals::Source s;
      s.file = "articles/a" + std::to_string(i) + "-" + std::to_string(k) + ".txt";
      s.published = "2015-12-02";
      s.phrase = "Tuesday";
      s.quote = "Talks were held here Tuesday, the " + std::to_string(k) + "th time: \"quoted\".";
      e.sources.push_back(s);
    }
    if (i % 3 == 0) e.notes.push_back("dates differ: 2015-12 and 2015-11");
    e.generated = "abc" + std::to_string(i);
    t.events.push_back(e);
  }
  return t;
}
}  // namespace

TEST_CASE("a long timeline written on two threads is the same text", "[timeline]") {
  // Many small entries; a few entries with thousands of sources (the cut
  // falls inside one entry's list); one entry only; too few to split.
  const annals::Timeline cases[] = {
      Many(700, [](size_t i) { return i % 4; }),
      Many(3, [](size_t i) { return 400 + 300 * i; }),
      Many(2, [](size_t i) { return i == 0 ? 1000 : 1; }),
      Many(1, [](size_t) { return 1500; }),
      Many(5, [](size_t) { return 2; }),
  };
  for (const annals::Timeline& t : cases) {
    std::string one = annals::FormatTimeline(t);
    CHECK(annals::FormatTimeline(t, 2) == one);
    CHECK(annals::FormatTimeline(t, 8) == one);
  }
}
