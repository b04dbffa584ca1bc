#include "place_phrase.h"

#include "annals/bundle.h"
#include "annals/tsv.h"
#include "headline.h"

namespace annals {

namespace {

bool ReadData(const std::string& path, std::string* contents, std::string* origin,
              Diagnostic* error) {
  std::string err;
  if (!ReadResource(path, contents, origin, &err)) {
    *error = Diagnostic{path, 0, 0, Severity::kError, err};
    return false;
  }
  return true;
}

// A word that may be part of a place's name: "Sumbar", "Gulf", "Al-Tanf".
bool NameWord(const Word& w) { return w.capitalized && w.alpha && !w.abbreviation; }

}  // namespace

bool PlaceWords::Load(Diagnostic* error) {
  std::string contents, origin;
  if (!ReadData("data/en/place_words.tsv", &contents, &origin, error)) return false;
  if (!LoadFrom(origin, contents, error)) return false;
  if (!CheckHeadlinePlaces(error)) return false;
  if (!ReadData("data/en/countries.tsv", &contents, &origin, error)) return false;
  if (!LoadCapitals(origin, contents, error)) return false;
  if (!ReadData("data/en/seats.tsv", &contents, &origin, error)) return false;
  return LoadSeats(origin, contents, error);
}

bool PlaceWords::LoadFrom(std::string_view origin, std::string_view contents, Diagnostic* error) {
  std::vector<TsvRow> rows;
  if (!ParseTsv(origin, contents, 2, 2, &rows, error)) return false;
  *this = PlaceWords{};
  int value = 0;
  for (const TsvRow& row : rows) {
    const std::string& phrase = row.fields[0];
    const std::string& kind = row.fields[1];
    if (kind == "preposition") {
      prepositions_.insert(phrase);
    } else if (kind == "passive") {
      passives_.insert(phrase);
    } else if (kind == "speaker") {
      speaker_places_.insert(phrase);
    } else if (kind == "topic") {
      topic_words_.insert(phrase);
      place_or_topic_.insert(phrase);
    } else if (kind == "venue-preposition") {
      venue_prepositions_.insert(phrase);
      place_or_topic_.insert(phrase);
    } else if (kind == "purpose") {
      purposes_.insert(phrase);
    } else if (kind == "preposition-of") {
      of_prepositions_.insert(phrase);
      place_or_topic_.insert(phrase);
    } else if (kind == "feature") {
      features_.Add(phrase, value++, false);
    } else if (kind == "feature-of") {
      features_of_.Add(phrase, value++, false);
    } else if (kind == "remote") {
      remote_.Add(phrase, value++, false);
    } else if (kind == "envoy") {
      envoys_.Add(phrase, value++, false);
    } else if (kind == "seat") {
      seats_.Add(phrase, value++, false);
    } else if (kind == "recipient") {
      recipients_.insert(phrase);
    } else if (kind == "route") {
      routes_.insert(phrase);
    } else if (kind == "site-verb") {
      site_verbs_.insert(phrase);
    } else if (kind == "hearing") {
      hearings_.insert(phrase);
    } else if (kind == "capture") {
      captures_.insert(phrase);
    } else if (kind == "signing") {
      signings_.insert(phrase);
    } else if (kind == "making") {
      makings_.insert(phrase);
    } else if (kind == "treaty-act") {
      treaty_acts_.insert(phrase);
    } else if (kind == "here-noun") {
      here_nouns_.insert(phrase);
    } else if (kind == "part-of") {
      parts_of_.insert(phrase);
    } else if (kind == "there") {
      theres_.insert(phrase);
    } else if (kind == "host-verb") {
      host_verbs_.insert(phrase);
    } else {
      *error = Diagnostic{
          std::string(origin), row.line, row.columns[1], Severity::kError,
          "expected preposition, preposition-of, venue-preposition, feature, feature-of, remote, "
          "envoy, seat, passive, "
          "speaker, topic, purpose, recipient, route, site-verb, hearing, capture, signing, "
          "making, treaty-act, here-noun, part-of, there or host-verb, found '" +
              kind + "'"};
      return false;
    }
  }
  return true;
}

bool PlaceWords::LoadCapitals(std::string_view origin, std::string_view contents,
                              Diagnostic* error) {
  std::vector<TsvRow> rows;
  if (!ParseTsv(origin, contents, 5, 5, &rows, error)) return false;
  for (const TsvRow& row : rows) {
    std::vector<std::string> capitals = SplitList(row.fields[4]);
    if (!capitals.empty()) capitals_[row.fields[0]] = capitals[0];
  }
  return true;
}

bool PlaceWords::FeatureOfAt(const std::vector<Word>& words, size_t i, size_t end,
                             size_t* of_at) const {
  PhraseMatcher::Match match;
  if (!features_of_.MatchAt(words, i, end, &match) || match.end_word >= end ||
      words[match.end_word].lower != "of")
    return false;
  *of_at = match.end_word;
  return true;
}

bool PlaceWords::LoadSeats(std::string_view origin, std::string_view contents, Diagnostic* error) {
  std::vector<TsvRow> rows;
  if (!ParseTsv(origin, contents, 4, 4, &rows, error)) return false;
  body_names_ = PhraseMatcher{};
  body_seats_.clear();
  for (const TsvRow& row : rows) {
    const std::string& kind = row.fields[3];
    if (kind != "court" && kind != "venue") {
      *error = Diagnostic{std::string(origin), row.line, row.columns[3], Severity::kError,
                          "expected court or venue, found '" + kind + "'"};
      return false;
    }
    body_names_.Add(row.fields[0], static_cast<int>(body_seats_.size()), true);
    body_seats_.push_back({row.fields[1], row.fields[2], kind == "court"});
  }
  return true;
}

const PlaceWords::BodySeat* PlaceWords::BodySeatAt(const std::vector<Word>& words, size_t i,
                                                   size_t end, bool court, size_t* seat_end) const {
  PhraseMatcher::Match match;
  if (!body_names_.MatchAt(words, i, end, &match) || match.value < 0) return nullptr;
  const BodySeat& seat = body_seats_[static_cast<size_t>(match.value)];
  if (court && !seat.court) return nullptr;
  *seat_end = match.end_word;
  return &seat;
}

std::string PlaceWords::CapitalOf(const std::string& code) const {
  auto it = capitals_.find(code);
  return it == capitals_.end() ? std::string() : it->second;
}

bool PlaceWords::NamedPlaceAt(std::string_view text, const std::vector<Word>& words, size_t at,
                              size_t last, bool loose, size_t* name_begin, size_t* end,
                              std::string* name) const {
  size_t w = at;
  bool the = w < last && words[w].lower == "the";
  if (the) ++w;
  if (w >= last) return false;
  size_t begin = w;
  PhraseMatcher::Match match;
  // "the coast of Oregon", "the Gulf of Aden", "the Line of Control"; "the
  // headwaters of the Lauca river" (courts27: "the" before the name).
  size_t of_name = 0;
  if (features_of_.MatchAt(words, w, last, &match) && (the || words[w].capitalized) &&
      match.end_word + 1 < last && words[match.end_word].lower == "of") {
    of_name = match.end_word + 1;
    if (words[of_name].lower == "the" && of_name + 1 < last) ++of_name;
    if (!NameWord(words[of_name])) of_name = 0;
  }
  if (of_name) {
    size_t x = of_name;
    while (x < last && x < of_name + 4 && NameWord(words[x])) ++x;
    *name_begin = begin;
    *end = x;
  } else {
    // "the Sumbar valley", "the Hmeimim air base", "the Taiwan Strait",
    // "Idlib province": a name, then its kind.
    size_t x = w;
    size_t feature_end = 0;
    while (x < last && x < w + 5) {
      if (x > w && features_.MatchAt(words, x, last, &match)) {
        feature_end = match.end_word;
        // "the South China Sea coast": the longest run of kinds.
        while (feature_end < last && features_.MatchAt(words, feature_end, last, &match))
          feature_end = match.end_word;
        break;
      }
      if (!NameWord(words[x])) break;
      ++x;
      // "Kok-Bel", "Bir-Hakeim": a name written with a hyphen and no space
      // is one word of the name.
      while (x + 1 < last && words[x].lower == "-" && words[x].begin == words[x - 1].end &&
             words[x + 1].begin == words[x].end && NameWord(words[x + 1]))
        x += 2;
    }
    if (x == w) return false;
    // "the Santiago suburb of Maipu": the part of the town named after
    // "of" is the place, whether the gazetteer knows it or not.
    if (x + 2 < last && parts_of_.count(words[x]) && words[x + 1].lower == "of" &&
        NameWord(words[x + 2])) {
      begin = x + 2;
      x = begin;
      while (x < last && x < begin + 4 && NameWord(words[x])) ++x;
      *name_begin = begin;
      *end = x;
      *name = std::string(
          text.substr(words[*name_begin].begin, words[*end - 1].end - words[*name_begin].begin));
      return true;
    }
    if (feature_end) {
      *end = feature_end;
    } else if (loose) {
      *end = x;
    } else {
      return false;
    }
    *name_begin = begin;
  }
  *name = std::string(
      text.substr(words[*name_begin].begin, words[*end - 1].end - words[*name_begin].begin));
  return true;
}

bool PlaceWords::FeatureAt(const std::vector<Word>& words, size_t i, size_t end) const {
  PhraseMatcher::Match match;
  return i < end && features_.MatchAt(words, i, end, &match);
}

bool PlaceWords::RemoteIn(const std::vector<Word>& words, size_t begin, size_t end) const {
  PhraseMatcher::Match match;
  for (size_t w = begin; w < end; ++w) {
    if (remote_.MatchAt(words, w, end, &match)) return true;
  }
  return false;
}

bool PlaceWords::EnvoyAt(const std::vector<Word>& words, size_t i, size_t end) const {
  PhraseMatcher::Match match;
  return i < end && envoys_.MatchAt(words, i, end, &match);
}

bool PlaceWords::SeatAt(const std::vector<Word>& words, size_t i, size_t end,
                        size_t* seat_end) const {
  PhraseMatcher::Match m;
  if (!seats_.MatchAt(words, i, end, &m)) return false;
  *seat_end = m.end_word;
  return true;
}

}  // namespace annals
