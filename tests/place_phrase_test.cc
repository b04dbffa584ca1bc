// place_phrase.cc: places named by their kind, remote events, envoys.
#include "place_phrase.h"
#include "tokenize_test_util.h"

#include <catch2/catch.hpp>

namespace {

// The place NamedPlaceAt finds right after the first "at"-like word of
// `text` (its second word on), or "".
std::string PlaceAfter(const annals::PlaceWords& places, const std::string& text, bool loose) {
  std::vector<annals::Word> words = annals::TokenizeKept(text);
  size_t begin = 0, end = 0;
  std::string name;
  if (!places.NamedPlaceAt(text, words, 1, words.size(), loose, &begin, &end, &name)) return "";
  return name;
}

const annals::PlaceWords& Bundled() {
  static const annals::PlaceWords* places = [] {
    auto* p = new annals::PlaceWords;
    annals::Diagnostic error;
    bool ok = p->Load(&error);
    INFO(error.ToString());
    REQUIRE(ok);
    return p;
  }();
  return *places;
}

}  // namespace

TEST_CASE("a place is named by its kind", "[place_phrase]") {
  const annals::PlaceWords& p = Bundled();
  CHECK(PlaceAfter(p, "in the Sumbar valley on Monday", false) == "Sumbar valley");
  CHECK(PlaceAfter(p, "at the Hmeimim air base in Syria", false) == "Hmeimim air base");
  CHECK(PlaceAfter(p, "over the Gulf of Aden late on Friday", false) == "Gulf of Aden");
  CHECK(PlaceAfter(p, "off the coast of Oregon", false) == "coast of Oregon");
  CHECK(PlaceAfter(p, "near the Line of Control", false) == "Line of Control");
  CHECK(PlaceAfter(p, "in Idlib province", false) == "Idlib province");
  CHECK(PlaceAfter(p, "in the Taiwan Strait", false) == "Taiwan Strait");
}

TEST_CASE("a name alone is a place only when loose", "[place_phrase]") {
  const annals::PlaceWords& p = Bundled();
  CHECK(PlaceAfter(p, "in the West Bank", false).empty());
  CHECK(PlaceAfter(p, "in the West Bank", true) == "West Bank");
  CHECK(PlaceAfter(p, "in Kherson on Monday", true) == "Kherson");
  // No name: a kind on its own says nowhere in particular.
  CHECK(PlaceAfter(p, "near the border", true).empty());
  CHECK(PlaceAfter(p, "in the coast of", true).empty());
  CHECK(PlaceAfter(p, "in response", true).empty());
}

TEST_CASE("remote words, envoys and capitals", "[place_phrase]") {
  const annals::PlaceWords& p = Bundled();
  std::vector<annals::Word> words = annals::TokenizeKept("the two held talks by video link");
  CHECK(p.RemoteIn(words, 0, words.size()));
  CHECK_FALSE(p.RemoteIn(words, 0, 4));
  words = annals::TokenizeKept("summoned the Japanese charge d'affaires");
  CHECK(p.EnvoyAt(words, 3, words.size()));
  CHECK_FALSE(p.EnvoyAt(words, 2, words.size()));
  CHECK(p.CapitalOf("CHN") == "Beijing");
  CHECK(p.CapitalOf("USA") == "Washington");
  CHECK(p.CapitalOf("XXX").empty());
}

TEST_CASE("a bad place word kind names its line and column", "[place_phrase]") {
  annals::PlaceWords p;
  annals::Diagnostic error;
  CHECK_FALSE(p.LoadFrom("w.tsv", "valley\tfeature\nhill\tmound\n", &error));
  CHECK(error.ToString().find("w.tsv:2:6") != std::string::npos);
}
