#include "headline.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <string_view>

#include "annals/bundle.h"
#include "annals/tsv.h"

namespace annals {

namespace {

// data/en/headline_places.tsv, read once on first use (thread-safe: the
// build runs headlines on several threads).
struct PlaceKinds {
  std::map<std::string, std::string, std::less<>> preposition;  // "island" -> "on"
  bool ok = true;
  Diagnostic error;
};

const PlaceKinds& Kinds() {
  static const PlaceKinds kinds = [] {
    PlaceKinds k;
    std::string contents, origin, err;
    std::vector<TsvRow> rows;
    if (!ReadResource("data/en/headline_places.tsv", &contents, &origin, &err)) {
      k.ok = false;
      k.error = Diagnostic{"data/en/headline_places.tsv", 0, 0, Severity::kError, err};
    } else if (!ParseTsv(origin, contents, 2, 2, &rows, &k.error)) {
      k.ok = false;
    }
    for (const TsvRow& row : rows) k.preposition[row.fields[0]] = row.fields[1];
    return k;
  }();
  return kinds;
}

// data/en/title_sides.tsv: the word between a one-sided act's noun and
// the side it was aimed at ("protest" -> "to"), read once on first use.
struct SideWords {
  std::map<std::string, std::string, std::less<>> preposition;
  bool ok = true;
  Diagnostic error;
};

const SideWords& ActSides() {
  static const SideWords sides = [] {
    SideWords k;
    std::string contents, origin, err;
    std::vector<TsvRow> rows;
    if (!ReadResource("data/en/title_sides.tsv", &contents, &origin, &err)) {
      k.ok = false;
      k.error = Diagnostic{"data/en/title_sides.tsv", 0, 0, Severity::kError, err};
    } else if (!ParseTsv(origin, contents, 2, 2, &rows, &k.error)) {
      k.ok = false;
    }
    for (const TsvRow& row : rows) k.preposition[row.fields[0]] = row.fields[1];
    return k;
  }();
  return sides;
}

// "on" for "island of Chiloe", "in" for "Tumbes region of Peru", "at"
// for "Santa Rosa bridge near Tacna", "" for "Paris": a place named by its
// kind is kept without its "the", which the headline gives back with the
// preposition its kind takes. Only a kind written in lower case counts
// ("Lake Titicaca" and "Port Moresby" are names).
std::string KindPreposition(const std::string& place) {
  const auto& table = Kinds().preposition;
  for (size_t at = 0; at < place.size();) {
    size_t end = std::min(place.find(' ', at), place.size());
    auto it = table.find(std::string_view(place).substr(at, end - at));
    if (it != table.end()) return it->second;
    at = end + 1;
  }
  return "";
}

// " in Paris", " on the island of Chiloe".
std::string InPlace(const std::string& place) {
  if (place.empty()) return "";
  std::string preposition = KindPreposition(place);
  return preposition.empty() ? " in " + place : " " + preposition + " the " + place;
}

// The end of a trip: "the island of Chiloe", "Paris".
std::string ToPlace(const std::string& place) {
  return KindPreposition(place).empty() ? place : "the " + place;
}

// "the United States", "the Philippines", but "China".
std::string WithArticle(const std::string& country_name) {
  bool plural = country_name.rfind("United ", 0) == 0 ||
                (country_name.size() > 1 && country_name.back() == 's' &&
                 country_name.find(' ') == std::string::npos &&
                 (country_name.ends_with("lands") || country_name.ends_with("ines"))) ||
                country_name.ends_with("Republic") || country_name.ends_with("Islands");
  return plural ? "the " + country_name : country_name;
}

std::string Capitalize(std::string s) {
  if (!s.empty()) s[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(s[0])));
  return s;
}

// The noun phrase with country words written as names joined by an en
// dash: "first China-U.S. ministerial dialogue" -> "first China–United
// States ministerial dialogue". Countries are dropped with `drop_countries`
// ("U.S. visit" -> "visit" when the destination is said separately).
std::string RewriteCountries(const std::string& phrase, const ActorLexicon& actors,
                             bool drop_countries) {
  thread_local std::string lowered;  // reused: no allocation per call
  std::vector<Word> words = Tokenize(phrase, &lowered);
  std::vector<std::string> pieces;  // "-" pieces join their neighbours without spaces
  for (size_t i = 0; i < words.size();) {
    std::string code;
    size_t best = 0;  // the longest run of words (up to 4) that names a country
    for (size_t n = std::min<size_t>(4, words.size() - i); n >= 1 && words[i].capitalized; --n) {
      std::string candidate(phrase.substr(words[i].begin, words[i + n - 1].end - words[i].begin));
      if (actors.LookupCountry(candidate, &code)) {
        best = n;
        break;
      }
    }
    if (best > 0) {
      if (drop_countries) {
        // "China-U.S. dialogue" -> "dialogue": the dash goes with the names.
        if (!pieces.empty() && pieces.back() == "-") pieces.pop_back();
        if (i + best < words.size() &&
            (words[i + best].lower == "-" || words[i + best].lower == "\u2013")) {
          ++i;
        }
      } else {
        pieces.push_back(actors.CountryName(code));
      }
      i += best;
      continue;
    }
    std::string w(phrase.substr(words[i].begin, words[i].end - words[i].begin));
    // "60.2 percent": the mark and digits of a decimal join the number
    // before them, as written.
    auto is_mark = [&](size_t k) {
      std::string_view t =
          std::string_view(phrase).substr(words[k].begin, words[k].end - words[k].begin);
      return t == "." || t == ",";
    };
    auto glued = [&](size_t k) { return k > 0 && words[k].begin == words[k - 1].end; };
    bool decimal =
        !pieces.empty() && ((is_mark(i) && glued(i) && words[i - 1].number &&
                             i + 1 < words.size() && glued(i + 1) && words[i + 1].number) ||
                            (words[i].number && glued(i) && i > 1 && is_mark(i - 1) &&
                             glued(i - 1) && words[i - 2].number));
    if (decimal) {
      pieces.back() += w;
    } else if (w == "-" || w == "\u2013") {
      pieces.push_back("-");
    } else {
      pieces.push_back(w);
    }
    ++i;
  }
  std::string out, code_;
  for (size_t i = 0; i < pieces.size(); ++i) {
    if (pieces[i] == "-") {
      // Between two names an en dash ("China–United States"); inside a word
      // the hyphen as written ("ground-breaking").
      bool names = i > 0 && i + 1 < pieces.size() && actors.LookupCountry(pieces[i - 1], &code_) &&
                   actors.LookupCountry(pieces[i + 1], &code_);
      out += names ? "\u2013" : "-";
    } else {
      if (!out.empty() && pieces[i - 1] != "-") out += ' ';
      out += pieces[i];
    }
  }
  return out;
}

std::string PairNames(const std::array<std::string, 2>& pair, const ActorLexicon& actors) {
  return actors.CountryName(pair[0]) + "\u2013" + actors.CountryName(pair[1]);
}

std::string JoinPeople(const std::vector<std::string>& people) {
  if (people.size() == 2) return people[0] + " and " + people[1];
  std::string out;
  for (size_t i = 0; i < people.size(); ++i) {
    if (i > 0) out += i + 1 == people.size() ? " and " : ", ";
    out += people[i];
  }
  return out;
}

}  // namespace

bool CheckHeadlinePlaces(Diagnostic* error) {
  if (!Kinds().ok) *error = Kinds().error;
  if (Kinds().ok && !ActSides().ok) *error = ActSides().error;
  return Kinds().ok && ActSides().ok;
}

std::string Slug(std::string_view text) {
  std::string slug;
  for (char c : text) {
    if (std::isalnum(static_cast<unsigned char>(c))) {
      slug += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    } else if (!slug.empty() && slug.back() != '-') {
      slug += '-';
    }
  }
  while (!slug.empty() && slug.back() == '-') slug.pop_back();
  return slug;
}

std::string Headline(const Mention& mention, const std::array<std::string, 2>& pair,
                     const ActorLexicon& actors) {
  // The first side's person first: "Xi Jinping and Barack Obama" in a
  // China–United States timeline.
  Mention event = mention;
  std::stable_sort(event.people.begin(), event.people.end(),
                   [&](const std::string& a, const std::string& b) {
                     auto side = [&](const std::string& name) {
                       auto it = event.person_country.find(name);
                       if (it == event.person_country.end()) return 2;
                       return it->second == pair[0] ? 0 : it->second == pair[1] ? 1 : 2;
                     };
                     return side(a) < side(b);
                   });
  std::string in_place = InPlace(event.place);
  if (event.family == "visit") {
    std::string noun =
        event.phrase.empty() ? event.noun : RewriteCountries(event.phrase, actors, true);
    if (noun.empty()) noun = event.noun;
    std::string where;
    if (!event.destination.empty()) {
      std::string code;
      where = actors.LookupCountry(event.destination, &code) ? WithArticle(event.destination)
                                                             : event.destination;
    } else if (!event.place.empty()) {
      where = ToPlace(event.place);
    }
    std::string to = where.empty() ? "" : " to " + where;
    if (!event.principal.empty()) return event.principal + "'s " + noun + to;
    // Neither the visitor nor where the visit went: the two sides'
    // names, as a meeting has them ("Kenya–Norway planned visit").
    if (where.empty()) return PairNames(pair, actors) + " " + noun;
    return Capitalize(noun + to);
  }
  if (event.family == "meeting" && event.people.size() >= 2) {
    std::string verb = event.type == "talks" ? " hold talks" : " meet";
    if (event.type == "summit")
      return event.people[0] + "\u2013" + event.people[1] + " summit" + in_place;
    return JoinPeople({event.people[0], event.people[1]}) + verb + in_place;
  }
  if (event.family == "call" && event.people.size() >= 2) {
    if (event.type == "call")
      return JoinPeople({event.people[0], event.people[1]}) + " speak by phone";
    return Capitalize(event.noun) + " between " + JoinPeople({event.people[0], event.people[1]});
  }
  std::string phrase;
  if (!event.phrase.empty()) phrase = RewriteCountries(event.phrase, actors, false);
  // A phrase that names no side gets the pair in front: "China–United
  // States meeting in Paris".
  bool names_side = phrase.find(actors.CountryName(pair[0])) != std::string::npos ||
                    phrase.find(actors.CountryName(pair[1])) != std::string::npos;
  // ("Economic sanctions on Turkey": a topic that names a side will do
  // for an act; a meeting's or agreement's phrase still takes the pair.)
  bool topic_names_side = event.topic.find(actors.CountryName(pair[0])) != std::string::npos ||
                          event.topic.find(actors.CountryName(pair[1])) != std::string::npos;
  bool two_sided = event.family == "meeting" || event.family == "call" ||
                   event.family == "agreement" || event.family == "statement" || phrase.empty();
  std::string head = phrase.empty() ? event.noun : phrase;
  if (!names_side && (two_sided || !topic_names_side)) {
    // A head that names no side gets them in front: "China–United States
    // meeting in Paris", "Kenya–Norway strategic dialogue in Oslo". A
    // one-sided act whose last noun takes a word toward its target
    // (data/en/title_sides.tsv) is its doer's: "Norway's protest to
    // Kenya".
    std::string_view last = head;
    if (size_t space = last.rfind(' '); space != std::string_view::npos)
      last.remove_prefix(space + 1);
    const auto& sides = ActSides().preposition;
    auto toward = sides.find(last);
    int doer = event.doer == pair[0] ? 0 : event.doer == pair[1] ? 1 : -1;
    if (toward != sides.end() && doer >= 0) {
      head = actors.CountryName(pair[static_cast<size_t>(doer)]) + "'s " + head + " " +
             toward->second + " " +
             WithArticle(actors.CountryName(pair[static_cast<size_t>(1 - doer)]));
    } else {
      head = PairNames(pair, actors) + " " + head;
    }
  }
  std::string title = Capitalize(head);
  if (!event.topic.empty()) title += " " + event.topic;
  bool place_in_phrase = !event.place.empty() && title.find(event.place) != std::string::npos;
  if (!place_in_phrase) title += in_place;
  return title;
}

std::string EntryId(const Mention& event) {
  // An interval is named by its first day: ids stay short and stable.
  // The qualifier follows the date, so that "early" sorts before "late" in
  // a timeline ordered by date, then id.
  // (Appended piece by piece: GCC 12 warns falsely on `"-" + string`.)
  std::string id = event.date.substr(0, event.date.find('/'));
  id += '-';
  if (!event.qualifier.empty()) {
    id += event.qualifier;
    id += '-';
  }
  id += Slug(event.type);
  if (!event.place.empty()) {
    id += '-';
    id += Slug(event.place);
  }
  return id;
}

}  // namespace annals
