#include "actors.h"

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <cstring>

#include "annals/bundle.h"
#include "annals/date_value.h"
#include "annals/tsv.h"
#include "byte_words.h"

namespace annals {

namespace {

// ASCII only, as std::tolower in the "C" locale the program runs in, but
// without a library call per byte.
// ASCII capitals of `s` in lower case, eight bytes a step (names are
// lowered for a look-up at every capitalized run of every sentence); other
// bytes, UTF-8 ones too, stay as they are.
void LowerAsciiBytes(std::string* s) {
  using namespace byte_words;
  char* p = s->data();
  const size_t n = s->size();
  size_t k = 0;
  for (; k + 8 <= n; k += 8) {
    std::uint64_t v = LowerAscii(Load8(p + k));
    std::memcpy(p + k, &v, 8);
  }
  for (; k < n; ++k) {
    if (p[k] >= 'A' && p[k] <= 'Z') p[k] = static_cast<char>(p[k] | 0x20);
  }
}

std::string Lower(std::string_view s) {
  std::string out(s);
  LowerAsciiBytes(&out);
  return out;
}

// Lower(s) in a buffer the thread reuses: for a look-up that keeps no key
// (most names are looked up in the article's memory and not found).
std::string_view LowerInPlace(std::string_view s) {
  thread_local std::string buffer;
  buffer.assign(s);
  LowerAsciiBytes(&buffer);
  return buffer;
}

// Reads a table; `optional` tables that are not there give no rows and no error.
bool LoadTable(std::string_view path, size_t min_fields, size_t max_fields, bool optional,
               std::vector<TsvRow>* rows, Diagnostic* error) {
  std::string contents, origin, err;
  if (!ReadResource(path, &contents, &origin, &err)) {
    if (optional) return true;
    *error = Diagnostic{std::string(path), 0, 0, Severity::kError, err};
    return false;
  }
  return ParseTsv(origin, contents, min_fields, max_fields, rows, error);
}

// "2013-03-14", "2013-03" (first day) or "2013" (1 January); "-" is no date.
bool ParseOfficeDate(const std::string& text, bool end, std::optional<date::sys_days>* out) {
  if (text == "-" || text.empty()) {
    out->reset();
    return true;
  }
  DateValue value;
  std::string err;
  if (!ParseDateValue(text, &value, &err)) return false;
  if (value.precision != Precision::kYear && value.precision != Precision::kMonth &&
      value.precision != Precision::kDay) {
    return false;
  }
  *out = date::sys_days(end ? value.last : value.first);
  return true;
}

}  // namespace

int ActorLexicon::AddNamed(Named named) {
  named_.push_back(std::move(named));
  return static_cast<int>(named_.size() - 1);
}

bool ActorLexicon::Load(Diagnostic* error) {
  std::vector<TsvRow> rows;
  if (!LoadTable("data/en/countries.tsv", 5, 5, false, &rows, error)) return false;
  // Names and abbreviations first so that a capital shared with a name
  // ("Singapore", "Luxembourg") is read as the country.
  for (const TsvRow& row : rows) {
    const std::string& code = row.fields[0];
    countries_[code] = {code, row.fields[1]};
    int id = AddNamed({ActorKind::kCountry, code, row.fields[1], "", {}});
    proper_.Add(row.fields[1], id, true);
    for (const std::string& alias : SplitList(row.fields[2])) proper_.Add(alias, id, true);
  }
  for (const TsvRow& row : rows) {
    const std::string& code = row.fields[0];
    for (const std::string& demonym : SplitList(row.fields[3])) {
      proper_.Add(demonym, AddNamed({ActorKind::kDemonym, code, row.fields[1], "", {}}), true);
    }
    for (const std::string& capital : SplitList(row.fields[4])) {
      // "Washington, D.C." shows as "Washington".
      std::string city = capital.substr(0, capital.find(','));
      proper_.Add(capital, AddNamed({ActorKind::kCapital, code, city, capital, {}}), true);
      places_.emplace(Lower(capital), std::make_pair(city, code));
    }
  }
  rows.clear();
  // Former states and territories stand for their successor or sovereign
  // state; their own codes name them for --pair (KeepOwnCodes).
  if (!LoadTable("data/en/territories.tsv", 6, 6, false, &rows, error)) return false;
  for (const TsvRow& row : rows) {
    const std::string& own = row.fields[0];
    const std::string& code = row.fields[5];
    if (!countries_.count(code)) {
      *error = Diagnostic{"data/en/territories.tsv", row.line, row.columns[5], Severity::kError,
                          "unknown country code '" + code + "'"};
      return false;
    }
    if (countries_.count(own)) {
      *error = Diagnostic{"data/en/territories.tsv", row.line, row.columns[0], Severity::kError,
                          "code '" + own + "' is already a country's or territory's"};
      return false;
    }
    countries_[own] = {own, row.fields[1]};
    auto add = [&](ActorKind kind, const std::string& phrase, const std::string& role) {
      Named named{kind, code, row.fields[1], role, {}};
      named.own = own;
      if (kind == ActorKind::kPlace) named.name = phrase;
      proper_.Add(phrase, AddNamed(std::move(named)), true);
    };
    add(ActorKind::kCountry, row.fields[1], "");
    for (const std::string& alias : SplitList(row.fields[2])) add(ActorKind::kCountry, alias, "");
    for (const std::string& demonym : SplitList(row.fields[3])) {
      add(ActorKind::kDemonym, demonym, "");
    }
    for (const std::string& place : SplitList(row.fields[4])) {
      // A town shows as itself: "Nuuk", not Copenhagen.
      add(ActorKind::kPlace, place, place);
      places_.emplace(Lower(place), std::make_pair(place, code));
      territory_places_.emplace_back(Lower(place), own);
    }
  }
  rows.clear();
  if (!LoadTable("data/en/former_state_skips.tsv", 1, 1, false, &rows, error)) return false;
  for (const TsvRow& row : rows) former_state_skips_.insert(Lower(row.fields[0]));
  rows.clear();
  if (!LoadTable("data/en/organizations.tsv", 2, 3, true, &rows, error)) return false;
  for (const TsvRow& row : rows) {
    organizations_.insert(row.fields[0]);
    int id = AddNamed({ActorKind::kOrganization, row.fields[0], row.fields[1], "", {}});
    proper_.Add(row.fields[1], id, true);
    if (row.fields.size() > 2) {
      for (const std::string& alias : SplitList(row.fields[2])) proper_.Add(alias, id, true);
    }
  }
  rows.clear();
  if (!LoadTable("data/en/titles.tsv", 2, 2, false, &rows, error)) return false;
  for (const TsvRow& row : rows) {
    titles_.Add(row.fields[0], AddNamed({ActorKind::kTitle, "", row.fields[0], row.fields[1], {}}),
                false);
  }
  rows.clear();
  // Titles of one country's offices ("Taoiseach"): the title gives the country.
  if (!LoadTable("data/en/office_titles.tsv", 3, 3, true, &rows, error)) return false;
  for (const TsvRow& row : rows) {
    if (!countries_.count(row.fields[1])) {
      *error = Diagnostic{"data/en/office_titles.tsv", row.line, row.columns[1], Severity::kError,
                          "unknown country code '" + row.fields[1] + "'"};
      return false;
    }
    titles_.Add(row.fields[0],
                AddNamed({ActorKind::kTitle, row.fields[1], row.fields[0], row.fields[2], {}}),
                false);
  }
  rows.clear();
  if (!LoadTable("data/en/title_times.tsv", 2, 2, false, &rows, error)) return false;
  for (const TsvRow& row : rows) {
    if (row.fields[1] != "before" && row.fields[1] != "after") {
      *error = Diagnostic{"data/en/title_times.tsv", row.line, row.columns[1], Severity::kError,
                          "expected 'before' or 'after', found '" + row.fields[1] + "'"};
      return false;
    }
    (row.fields[1] == "before" ? titles_before_ : titles_after_).insert(Lower(row.fields[0]));
  }
  rows.clear();
  if (!LoadTable("data/en/honorifics.tsv", 1, 1, true, &rows, error)) return false;
  for (const TsvRow& row : rows) {
    honorifics_.push_back(Lower(row.fields[0]));
    const std::string& h = honorifics_.back();
    if (h.empty() || h[0] < 'a' || h[0] > 'z' || h.size() >= 16) {
      honorific_filter_ = false;
    } else {
      honorific_shapes_[h[0] - 'a'] |= static_cast<std::uint16_t>(1u << h.size());
    }
  }
  rows.clear();
  if (!LoadTable("data/en/person_pronouns.tsv", 2, 2, false, &rows, error)) return false;
  for (const TsvRow& row : rows) {
    const std::string& kind = row.fields[1];
    if (kind != "subject" && kind != "object" && kind != "after-object" && kind != "opening-end") {
      *error = Diagnostic{
          "data/en/person_pronouns.tsv", row.line, row.columns[1], Severity::kError,
          "expected 'subject', 'object', 'after-object' or 'opening-end', found '" + kind + "'"};
      return false;
    }
    (kind == "subject"       ? person_pronouns_
     : kind == "object"      ? object_pronouns_
     : kind == "opening-end" ? opening_ends_
                             : after_object_)
        .insert(Lower(row.fields[0]));
  }
  rows.clear();
  if (!LoadTable("data/en/person_nouns.tsv", 2, 2, false, &rows, error)) return false;
  for (const TsvRow& row : rows) {
    const std::string& kind = row.fields[1];
    if (kind != "noun" && kind != "modifier" && kind != "count" && kind != "before-title") {
      *error = Diagnostic{
          "data/en/person_nouns.tsv", row.line, row.columns[1], Severity::kError,
          "expected 'noun', 'modifier', 'count' or 'before-title', found '" + kind + "'"};
      return false;
    }
    (kind == "noun"       ? person_nouns_
     : kind == "modifier" ? person_modifiers_
     : kind == "count"    ? person_counts_
                          : title_modifiers_)
        .insert(Lower(row.fields[0]));
  }
  rows.clear();
  if (!LoadTable("data/en/name_particles.tsv", 1, 1, false, &rows, error)) return false;
  for (const TsvRow& row : rows) name_particles_.insert(row.fields[0]);
  for (const char* table : {"data/en/weekdays.tsv", "data/en/months.tsv"}) {
    rows.clear();
    if (!LoadTable(table, 2, 2, false, &rows, error)) return false;
    for (const TsvRow& row : rows) not_given_names_.insert(row.fields[0]);
  }
  rows.clear();
  if (!LoadTable("data/en/sentences.tsv", 2, 2, false, &rows, error)) return false;
  for (const TsvRow& row : rows) {
    if (row.fields[1] == "opener") not_given_names_.insert(row.fields[0]);
  }
  rows.clear();
  if (!LoadTable("data/en/places.tsv", 3, 3, false, &rows, error)) return false;
  for (const TsvRow& row : rows) {
    proper_.Add(row.fields[0],
                AddNamed({ActorKind::kPlace, row.fields[1], row.fields[2], row.fields[0], {}}),
                true);
    // A seat of government listed with the capitals ("Zhongnanhai") shows
    // as its city here.
    places_.insert_or_assign(Lower(row.fields[0]), std::make_pair(row.fields[2], row.fields[1]));
  }
  // Capitals and places show as their city ("Zhongnanhai" -> Beijing); a
  // name that is the city itself is marked, for "the Paris agreement".
  for (Named& named : named_) {
    if (named.kind != ActorKind::kCapital && named.kind != ActorKind::kPlace) continue;
    auto it = places_.find(Lower(named.role));
    if (it == places_.end()) continue;
    named.city = Lower(it->second.first) == Lower(named.role);
    named.name = it->second.first;
  }
  // Office holders: the G20 and the core list in actors.tsv, more countries
  // in data/en/actors/*.tsv, one file per region so that each stays a size
  // a person can check.
  std::vector<std::string> holder_files = {"data/en/actors.tsv"};
  for (const BundledFile& file : BundledFiles()) {
    std::string_view path = file.path;
    if (path.rfind("data/en/actors/", 0) == 0 && path.size() > 4 &&
        path.substr(path.size() - 4) == ".tsv") {
      holder_files.emplace_back(path);
    }
  }
  for (const std::string& path : holder_files) {
    std::string contents, origin, err;
    if (ReadResource(path, &contents, &origin, &err)) {
      if (!AddOfficeHolders(origin, contents, error)) return false;
    }
  }
  return true;
}

bool ActorLexicon::AddOfficeHolders(std::string_view origin, std::string_view contents,
                                    Diagnostic* error) {
  std::vector<TsvRow> rows;
  if (!ParseTsv(origin, contents, 5, 6, &rows, error)) return false;
  std::string office_key;
  for (const TsvRow& row : rows) {
    OfficeHolder holder;
    holder.name = row.fields[0];
    holder.country = row.fields[1];
    if (!countries_.count(holder.country) && !organizations_.count(holder.country)) {
      *error = Diagnostic{std::string(origin), row.line, row.columns[1], Severity::kError,
                          "unknown country or organisation code '" + holder.country + "'"};
      return false;
    }
    // Office keys as data/en/actors.tsv writes them: "president", "foreign-minister".
    holder.role = Lower(row.fields[2]);
    for (int field : {3, 4}) {
      std::optional<date::sys_days>* target = field == 3 ? &holder.start : &holder.end;
      if (!ParseOfficeDate(row.fields[static_cast<size_t>(field)], field == 4, target)) {
        *error = Diagnostic{std::string(origin), row.line, row.columns[static_cast<size_t>(field)],
                            Severity::kError,
                            "expected a date (YYYY, YYYY-MM or YYYY-MM-DD) or '-', found '" +
                                row.fields[static_cast<size_t>(field)] + "'"};
        return false;
      }
    }
    holders_.push_back(std::move(holder));
    size_t index = holders_.size() - 1;
    // The office's key built in one reused buffer: a new string (and, for
    // most offices, an allocation) only for an office not seen before.
    office_key.assign(holders_[index].country);
    office_key += '\t';
    office_key += holders_[index].role;
    auto office = holders_by_office_.find(office_key);
    if (office == holders_by_office_.end())
      office = holders_by_office_.emplace(office_key, std::vector<size_t>{}).first;
    office->second.push_back(index);
    auto add_name = [&](const std::string& name) {
      // One name may stand for several people over time ("Li"): the group
      // keeps them all and Find picks the one in office on the day.
      auto [it, fresh] = person_groups_.try_emplace(Lower(name), static_cast<int>(named_.size()));
      if (fresh) {
        // Made in its slot: thousands of names are added at every start.
        Named& named = named_.emplace_back();
        named.kind = ActorKind::kPerson;
        named.holders.push_back(index);
        proper_.Add(name, it->second, true);
      } else {
        named_[static_cast<size_t>(it->second)].holders.push_back(index);
      }
    };
    add_name(holders_[index].name);
    if (row.fields.size() > 5) {
      for (const std::string& alias : SplitList(row.fields[5])) add_name(alias);
    }
  }
  return true;
}

bool ActorLexicon::LookupCountry(std::string_view name_or_code, std::string* code) const {
  if (auto it = countries_.find(name_or_code); it != countries_.end()) {
    *code = it->first;
    return true;
  }
  thread_local std::string lowered;  // reused: no allocation per call
  std::vector<Word> words = Tokenize(name_or_code, &lowered);
  PhraseMatcher::Match m;
  if (words.empty()) return false;
  words[0].capitalized = true;  // "china" on a command line is still China
  if (proper_.MatchAt(words, 0, words.size(), &m) && m.end_word == words.size()) {
    const Named& named = named_[static_cast<size_t>(m.value)];
    if (named.kind == ActorKind::kCountry || named.kind == ActorKind::kDemonym) {
      *code = named.own.empty() ? named.code : named.own;
      return true;
    }
  }
  return false;
}

void ActorLexicon::KeepOwnCodes(const std::vector<std::string>& codes) {
  auto kept = [&](const std::string& own) {
    return !own.empty() && std::find(codes.begin(), codes.end(), own) != codes.end();
  };
  for (Named& named : named_) {
    if (kept(named.own)) named.code = named.own;
  }
  for (const auto& [place, own] : territory_places_) {
    if (kept(own)) places_[place].second = own;
  }
}

std::string ActorLexicon::CountryName(const std::string& code) const {
  auto it = countries_.find(code);
  return it == countries_.end() ? code : it->second.name;
}

bool ActorLexicon::LookupPlace(std::string_view name, std::string* city,
                               std::string* country) const {
  auto it = places_.find(Lower(name));
  if (it == places_.end()) return false;
  *city = it->second.first;
  *country = it->second.second;
  return true;
}

const OfficeHolder* ActorLexicon::HolderOf(const std::string& country, const std::string& role,
                                           date::sys_days day) const {
  // Where terms overlap in the data (an open end not yet closed), the
  // latest to take office holds it.
  const OfficeHolder* best = nullptr;
  auto office = holders_by_office_.find(country + '\t' + role);
  if (office == holders_by_office_.end()) return nullptr;
  for (size_t index : office->second) {
    const OfficeHolder& h = holders_[index];
    if ((!h.start || *h.start <= day) && (!h.end || day <= *h.end)) {
      if (!best || (h.start && (!best->start || *best->start < *h.start))) best = &h;
    }
  }
  return best;
}

const OfficeHolder& ActorLexicon::PickHolder(const std::vector<size_t>& candidates,
                                             std::optional<date::sys_days> day) const {
  // In office on the day, else the nearest term: a former leader is still
  // named by his surname.
  const OfficeHolder* best = &holders_[candidates.front()];
  long best_distance = -1;
  for (size_t index : candidates) {
    const OfficeHolder& h = holders_[index];
    long distance = 0;
    if (day) {
      if (h.start && *day < *h.start) distance = (*h.start - *day).count();
      if (h.end && *day > *h.end) distance = (*day - *h.end).count();
    }
    if (best_distance < 0 || distance < best_distance) {
      best = &h;
      best_distance = distance;
    }
  }
  return *best;
}

const OfficeHolder* ActorLexicon::LeaderOf(const std::string& country, date::sys_days day) const {
  // A chancellor leads where there is one (Germany's president is
  // ceremonial), as does a head of government with a title of its own
  // (Togo's since 2025); otherwise a president, then a prime minister.
  for (const char* role : {"chancellor", "head-of-government", "president", "prime-minister"}) {
    if (const OfficeHolder* h = HolderOf(country, role, day)) return h;
  }
  return nullptr;
}

bool ActorLexicon::IsNameWord(const std::vector<Word>& words, size_t i, size_t end) const {
  const Word& w = words[i];
  if (!w.alpha || !w.capitalized || w.abbreviation || w.in_time || w.lower == "'s") return false;
  PhraseMatcher::Match m;
  if (titles_.MatchAt(words, i, end, &m)) return false;
  // A known person's surname may start another person's name ("Zhao").
  return !proper_.MatchAt(words, i, end, &m) ||
         named_[static_cast<size_t>(m.value)].kind == ActorKind::kPerson;
}

namespace {
// The memory key of the dateline's country: starts like an article
// country's, so it counts as one of them too.
const std::string kDatelineKey = std::string(1, kArticleCountryKey) + "dateline";
// The memory key of the one person the sentence before named, for "He
// flew to Chisinau": no word of a name starts with a control character.
const std::string kLastPersonKey = "\x01last";
// The person none of the memory's keys names (ActorLexicon::Find).
const Person kNoOne;
// The two people the sentence before named, when it named two: the first
// for a subject pronoun, the second for an object pronoun ("Boric met
// Abdullah. He met him again").
const std::string kLastSubjectKey = "\x01subject";
const std::string kLastObjectKey = "\x01object";
}  // namespace

void NoteDatelineCountry(const std::string& code, PersonMemory* memory) {
  if (!code.empty()) (*memory)[kDatelineKey] = Person{"", code, ""};
}

bool ActorLexicon::FollowsFormerStateSkip(const std::vector<Word>& words, size_t at,
                                          size_t begin) const {
  // "former Soviet", "post-Soviet", "ex-Yugoslav".
  if (at > begin && words[at - 1].lower == "-" && at - 1 > begin) --at;
  return at > begin && former_state_skips_.count(words[at - 1]) > 0;
}

bool ActorLexicon::IsHonorific(const Word& word) const {
  // Asked of most capitalized words: a dozen short strings compared in
  // place cost less than building and hashing a key.
  if (!word.capitalized || word.lower.size() > 9) return false;
  std::string_view w = word.lower;
  if (!w.empty() && w.back() == '.') w.remove_suffix(1);
  if (honorific_filter_) {
    if (w.empty() || w[0] < 'a' || w[0] > 'z') return false;
    if ((honorific_shapes_[w[0] - 'a'] >> w.size() & 1) == 0) return false;
  }
  return std::find(honorifics_.begin(), honorifics_.end(), w) != honorifics_.end();
}

std::optional<Person> ActorLexicon::HolderFromContext(const std::string& role,
                                                      std::optional<date::sys_days> day,
                                                      const PersonMemory& memory) const {
  // The people of that office the article named: one person, or several
  // of one country ("the Prime Minister" after two Japanese premiers is
  // the one in office on the day).
  const Person* only = nullptr;
  std::set<std::string> countries;
  bool several = false;
  for (const auto& [key, p] : memory) {
    if (p.name.empty() || p.country.empty() || p.role != role) continue;
    countries.insert(p.country);
    if (only && only->name != p.name) several = true;
    only = &p;
  }
  if (countries.size() > 1) return std::nullopt;
  if (only && !several) return *only;
  if (!day) return std::nullopt;
  if (countries.size() == 1) {
    if (const OfficeHolder* h = HolderOf(*countries.begin(), role, *day))
      return Person{h->name, h->country, h->role};
    return std::nullopt;
  }
  // No one of that office yet: the countries named so far, when exactly
  // one of them has such an office ("the Emir" in a story of Qatar and
  // Saudi Arabia).
  const OfficeHolder* found = nullptr;
  bool open = false;
  for (const auto& [key, p] : memory) {
    if (key.empty() || key[0] != kArticleCountryKey) continue;
    if (const OfficeHolder* h = HolderOf(p.country, role, *day)) {
      if (found && found->country != h->country) open = true;
      found = h;
    }
  }
  // Several: the dateline's country, when it is one of them, is the one a
  // story filed from there calls "the Prime Minister".
  if (open) {
    auto dateline = memory.find(kDatelineKey);
    found = dateline == memory.end() ? nullptr : HolderOf(dateline->second.country, role, *day);
  }
  if (!found) return std::nullopt;
  return Person{found->name, found->country, found->role};
}

std::vector<ActorMention> ActorLexicon::Find(std::string_view text, const std::vector<Word>& words,
                                             size_t begin, size_t end,
                                             std::optional<date::sys_days> day,
                                             PersonMemory* memory) const {
  std::vector<ActorMention> out;
  Find(text, words, begin, end, day, memory, &out);
  return out;
}

void ActorLexicon::Find(std::string_view text, const std::vector<Word>& words, size_t begin,
                        size_t end, std::optional<date::sys_days> day, PersonMemory* memory,
                        std::vector<ActorMention>* result) const {
  std::vector<ActorMention>& out = *result;
  out.clear();
  // "He flew to Chisinau on Monday": the one person the sentence before
  // named, taken out now (this sentence sets it anew). Each is taken out
  // with its node, and no one is kNoOne: most sentences find none of the
  // three, and build and destroy no Person for them (perf38).
  PersonMemory::node_type named_node, subject_node, object_node;
  if (memory && !memory->empty()) {
    if (auto it = memory->find(kLastPersonKey); it != memory->end())
      named_node = memory->extract(it);
    // The subject and object keys are only ever set together (below) and
    // taken out together (here): without the one, the other is not there.
    if (auto it = memory->find(kLastSubjectKey); it != memory->end()) {
      subject_node = memory->extract(it);
      if (auto ot = memory->find(kLastObjectKey); ot != memory->end())
        object_node = memory->extract(ot);
    }
  }
  const Person& last_named = named_node ? named_node.mapped() : kNoOne;
  const Person& last_subject = subject_node ? subject_node.mapped() : kNoOne;
  const Person& last_object = object_node ? object_node.mapped() : kNoOne;
  // After two people a subject pronoun alone is either ("Tamm met Rusu. He
  // flew home"); with an object pronoun after it ("He met him again") the
  // two keep their places.
  bool pair_of_pronouns = false;
  if (last_named.name.empty() && !last_subject.name.empty()) {
    for (size_t w = begin; w < end && !pair_of_pronouns; ++w)
      pair_of_pronouns = object_pronouns_.count(words[w]) > 0;
  }
  const Person& subject_referent = !last_named.name.empty() ? last_named
                                   : pair_of_pronouns       ? last_subject
                                                            : last_named;
  bool unnamed_subject = false;  // a pronoun stood for a person named by a title alone
  // An object pronoun stands for the one person the sentence before named
  // or for its object: with neither, the test below finds no one, and most
  // sentences are spared its look-up at every word.
  const bool object_referent_possible = !last_named.name.empty() || !last_object.name.empty();
  auto country_before = [&](size_t first_word) -> std::string {
    // "Chinese President", "U.S. Attorney General", "China's State Councilor".
    if (out.empty()) return "";
    const ActorMention& prev = out.back();
    size_t gap = first_word - prev.end_word;
    bool adjacent = gap == 0 || (gap == 1 && words[prev.end_word].lower == "'s");
    if (adjacent && (prev.kind == ActorKind::kCountry || prev.kind == ActorKind::kDemonym)) {
      return prev.code;
    }
    return "";
  };
  // A run of capitalized words that may be a name ("Guo Shengkun",
  // "Ban Ki-moon"), at most four words.
  auto name_run = [&](size_t i) {
    size_t j = i;
    size_t limit = 4;  // name words, not counting particles
    while (j < end && j - i < limit) {
      // (IsNameWord turns away lower-case words too; most words are,
      // and this test spares them the call.)
      if (words[j].capitalized && IsNameWord(words, j, end)) {
        ++j;
      } else if (j > i && j + 1 < end && words[j].alpha && !words[j].capitalized &&
                 name_particles_.count(words[j]) &&
                 (IsNameWord(words, j + 1, end) ||
                  (j + 2 < end && words[j + 1].lower == "-" && words[j + 1].begin == words[j].end &&
                   IsNameWord(words, j + 2, end)))) {
        // "bin" in "Faisal bin Farhan", "al" in "Adel al-Jubeir"
        ++j;
        ++limit;
      } else if (j > i && j + 1 < end && words[j].lower == "-" &&
                 words[j].begin == words[j - 1].end && words[j + 1].begin == words[j].end &&
                 words[j + 1].alpha) {
        j += 2;
      } else {
        break;
      }
    }
    return j;
  };
  auto name_of = [&](size_t first, size_t last) {
    return std::string(text.substr(words[first].begin, words[last - 1].end - words[first].begin));
  };
  // `lower` is Lower(p.name), made once by the caller.
  auto remember = [&](const Person& p, const std::string& lower) {
    if (!memory || p.name.empty()) return;
    (*memory)[lower] = p;
    // Whole words of the name, split at spaces: "Moon Jae-in" ends with
    // "Jae-in", not with "in" (which would make "In Seoul" a person).
    size_t first_space = lower.find(' '), last_space = lower.rfind(' ');
    if (first_space != std::string::npos) {
      // "Xi" for Xi Jinping, "Obama" for Barack Obama: either end of a name.
      // Each part is looked up before a key is made: most names come back
      // sentence after sentence, and emplace builds a node (a copy of the
      // person) before it finds the key is there.
      std::string_view whole = lower;
      for (std::string_view part : {whole.substr(0, first_space), whole.substr(last_space + 1)}) {
        if (part.empty()) continue;
        auto it = memory->find(part);
        bool fresh = it == memory->end();
        if (fresh) it = memory->emplace(std::string(part), p).first;
        // "Mr Kim" after two Kims of different countries names neither;
        // of one country, the first keeps the word and the country is right.
        if (!fresh && it->second.name != p.name && it->second.country != p.country)
          it->second = Person{};
        // "Carlos Ruiz and Ana Soto, both Peruvians": the country told after
        // the names reaches the family name too.
        if (!fresh && it->second.name == p.name && it->second.country.empty())
          it->second.country = p.country;
      }
    }
  };
  auto add_person = [&](size_t first, size_t last, Person p) {
    std::string lower = Lower(p.name);
    // "Prime Minister Shinzo Abe" gives no country; the office holders do.
    if (p.country.empty()) {
      if (auto it = person_groups_.find(lower); it != person_groups_.end()) {
        const OfficeHolder& h = PickHolder(named_[static_cast<size_t>(it->second)].holders, day);
        p.country = h.country;
        if (p.role.empty()) p.role = h.role;
      }
    }
    if (memory) {
      auto it = memory->find(lower);
      if (it != memory->end()) {
        if (p.country.empty()) p.country = it->second.country;
        if (p.role.empty()) p.role = it->second.role;
        // "Ambassador Rusu" after "Ion Rusu": the person the article named
        // in full, unless the title gives him another country.
        const Person& seen = it->second;
        if (seen.name.size() > p.name.size() && lower.find(' ') == std::string::npos &&
            p.country == seen.country) {
          p.name = seen.name;
          lower = Lower(p.name);
        }
      }
    }
    remember(p, lower);
    out.push_back({ActorKind::kPerson, first, last, p.country, p.name, p.role});
  };

  // "former diplomat", "engineer": where a private person's noun and its
  // modifiers before the name at `first` begin (`first` when there is none).
  auto person_noun_start = [&](size_t first, size_t floor) {
    size_t k = first;
    if (k > floor && person_nouns_.count(words[k - 1])) {
      --k;
      for (int n = 0; n < 2 && k > floor && person_modifiers_.count(words[k - 1]); ++n) --k;
    }
    return k;
  };
  // Private people of a nationality: "Peruvian engineer Carlos Ruiz",
  // "Australians Tom Reid and Sam Kerr", "two Peruvians, Carlos Ruiz and
  // ...". A singular nationality needs the noun ("the Chilean Foreign
  // Ministry" is no one). The country then holds for the names joined on
  // by "and" while they run on (`group_end`).
  std::string group_country;
  size_t group_end = end;
  bool group_plural = false;
  auto nationality_before = [&](size_t first, bool* plural) -> std::string {
    // "..., Carlos Ruiz and trader Ana Soto": on from the group.
    if (!group_country.empty() && group_end < first) {
      size_t k = person_noun_start(first, group_end);
      bool joined = (k == group_end + 1 &&
                     (words[group_end].lower == "and" || words[group_end].lower == ",")) ||
                    (k == group_end + 2 && words[group_end].lower == "," &&
                     words[group_end + 1].lower == "and");
      if (joined && (group_plural || k < first)) {
        *plural = group_plural;
        return group_country;
      }
    }
    if (out.empty() || out.back().kind != ActorKind::kDemonym) return "";
    const ActorMention& d = out.back();
    std::string_view demonym = words[d.end_word - 1].lower;
    size_t k = person_noun_start(first, d.end_word);
    // "Canadians ...", "Indian nationals ...", "Chilean fishermen ...".
    std::string_view noun = k < first ? std::string_view(words[first - 1].lower) : demonym;
    *plural =
        (noun.size() > 1 && noun.back() == 's' && !noun.ends_with("ss")) || noun.ends_with("men");
    if (k == d.end_word && (k < first || *plural)) return d.code;
    // "two Peruvians, Carlos Ruiz"
    if (*plural && k == first && d.end_word + 1 == first && words[d.end_word].lower == "," &&
        d.first_word > begin &&
        (words[d.first_word - 1].number || person_counts_.count(words[d.first_word - 1]))) {
      return d.code;
    }
    return "";
  };
  // The last run of two or more capitalized words read as no one ("Paulo
  // Reis" until ", both Brazilians" after the next name says who he is).
  size_t unnamed_first = end, unnamed_end = end;
  // "Carlos Ruiz and Ana Soto, both Peruvians": the country of a
  // nationality right after the names, or "".
  auto nationality_after = [&](size_t name_end) -> std::string {
    if (name_end + 2 >= end || words[name_end].lower != "," ||
        !person_counts_.count(words[name_end + 1])) {
      return "";
    }
    PhraseMatcher::Match d;
    if (!proper_.MatchAt(words, name_end + 2, end, &d) ||
        named_[static_cast<size_t>(d.value)].kind != ActorKind::kDemonym) {
      return "";
    }
    return named_[static_cast<size_t>(d.value)].code;
  };

  // Set by each lookup before it is read (one for the loop: most words
  // match nothing, and clearing it a word cost more than the test).
  PhraseMatcher::Match m;
  for (size_t i = begin; i < end;) {
    // Every name starts with a capital: lower-case words skip the lookup.
    bool known = words[i].capitalized && proper_.MatchAt(words, i, end, &m);
    if (known && named_[static_cast<size_t>(m.value)].kind == ActorKind::kPerson &&
        name_run(i) > m.end_word) {
      known = false;  // "Zhao Keming" is not Zhao Kezhi
    }
    if (known) {
      const Named& named = named_[static_cast<size_t>(m.value)];
      if (named.kind == ActorKind::kPerson) {
        // Who "Li" is in this article wins over whoever else the data calls Li.
        auto seen = memory ? memory->find(LowerInPlace(text.substr(
                                 words[m.first_word].begin,
                                 words[m.end_word - 1].end - words[m.first_word].begin)))
                           : PersonMemory::iterator();
        if (memory && seen != memory->end() && !seen->second.name.empty()) {
          add_person(m.first_word, m.end_word, seen->second);
        } else {
          const OfficeHolder& h = PickHolder(named.holders, day);
          add_person(m.first_word, m.end_word, {h.name, h.country, h.role});
        }
      } else if (named.kind == ActorKind::kDemonym && !named.own.empty() &&
                 FollowsFormerStateSkip(words, m.first_word, begin)) {
        // "Ukraine, a former Soviet republic": no side of the former state.
      } else {
        bool place = named.kind == ActorKind::kCapital || named.kind == ActorKind::kPlace;
        out.push_back({named.kind, m.first_word, m.end_word, named.code, named.name,
                       place ? "" : named.role, named.city});
      }
      i = m.end_word;
      continue;
    }
    if (titles_.MatchAt(words, i, end, &m)) {
      // A run of titles joined by "and": "State Councilor and Minister of Public Security".
      size_t title_begin = i;
      std::string role = named_[static_cast<size_t>(m.value)].role;
      // "Peruvian then-President Lopez", "the then prime minister": an
      // office held once, not on the article's day; the country before
      // "then" is still the title's.
      size_t lead = title_begin;
      if (lead > begin + 1 && words[lead - 1].lower == "-" &&
          titles_before_.count(words[lead - 2])) {
        lead -= 2;
      } else if (lead > begin && titles_before_.count(words[lead - 1])) {
        lead -= 1;
      }
      bool then = lead < title_begin;
      if (then) title_begin = lead;
      std::string country = country_before(title_begin);
      // "the then Japanese prime minister".
      if (!then && !country.empty() && out.back().first_word > begin &&
          titles_before_.count(words[out.back().first_word - 1])) {
        then = true;
      }
      // "the Taoiseach": a title only one country has names it.
      if (country.empty()) country = named_[static_cast<size_t>(m.value)].code;
      size_t j = m.end_word;
      PhraseMatcher::Match more;
      while (j + 1 < end && words[j].lower == "and" && titles_.MatchAt(words, j + 1, end, &more)) {
        j = more.end_word;
      }
      // "President-elect Lopez", "Prime Minister-designate Rojas": the one
      // the text names, never the holder of the day.
      bool elect = false;
      if (j + 1 < end && words[j].lower == "-" && words[j].begin == words[j - 1].end &&
          titles_after_.count(words[j + 1])) {
        j += 2;
        elect = true;
      } else if (j < end && titles_after_.count(words[j])) {
        j += 1;
        elect = true;
      }
      size_t name_end = name_run(j);
      // "Foreign Minister Prince Faisal bin Farhan": a known office holder
      // named in full, or by one of his aliases, is shown by his own name.
      PhraseMatcher::Match known_name;
      if (name_end > j && proper_.MatchAt(words, j, end, &known_name) &&
          known_name.end_word >= name_end &&
          named_[static_cast<size_t>(known_name.value)].kind == ActorKind::kPerson) {
        const OfficeHolder& h =
            PickHolder(named_[static_cast<size_t>(known_name.value)].holders, day);
        add_person(title_begin, known_name.end_word,
                   {h.name, country.empty() ? h.country : country, role});
        i = known_name.end_word;
        continue;
      }
      if (name_end > j) {
        Person p{name_of(j, name_end), country, role};
        // An office holder's own country wins over the neighbour's: in
        // "Japanese Prime Minister Shinzo Abe and Prime Minister Narendra
        // Modi" each has a title of his own.
        bool holder = person_groups_.count(Lower(p.name)) > 0;
        if (p.country.empty() && !holder && !out.empty() && out.back().kind == ActorKind::kPerson &&
            title_begin >= 1 && words[title_begin - 1].lower == "and") {
          // "U.S. Attorney General Loretta Lynch and Secretary of Homeland
          // Security Jeh Johnson": the second shares the first one's country.
          p.country = out.back().code;
        }
        add_person(title_begin, name_end, std::move(p));
        i = name_end;
        continue;
      }
      // "Iran's foreign minister, Hossein Amir-Abdollahian,": the name in
      // apposition after a comma is the title's holder.
      auto apposed = [&](size_t comma, const std::string& of) {
        if (of.empty() || comma + 2 >= end || words[comma].lower != ",") return false;
        size_t apposed_end = name_run(comma + 1);
        bool closed = apposed_end == end || words[apposed_end].punct;
        if (apposed_end < comma + 3 || !closed) return false;
        add_person(title_begin, apposed_end, {name_of(comma + 1, apposed_end), of, role});
        i = apposed_end;
        return true;
      };
      // "Morocco's ambassador to Spain, Karima Benyaich,": the country,
      // city or body of the post may stand between the title and the comma.
      auto after_post = [&](size_t at) {
        if (at + 1 >= end || (words[at].lower != "to" && words[at].lower != "in")) return at;
        size_t k = at + 1;
        if (words[k].lower == "the" && k + 1 < end) ++k;
        PhraseMatcher::Match post;
        if (!words[k].capitalized || !proper_.MatchAt(words, k, end, &post)) return at;
        ActorKind kind = named_[static_cast<size_t>(post.value)].kind;
        // ("Peru's ambassador to the United Nations, Ana Rios,": a body
        // may be the post too, meetings27.)
        return kind == ActorKind::kCountry || kind == ActorKind::kCapital ||
                       kind == ActorKind::kOrganization
                   ? post.end_word
                   : at;
      };
      if (apposed(j, country) || apposed(after_post(j), country)) continue;
      // "the president-elect", "the then prime minister": someone the
      // office-holder data of the day does not name.
      if (then || elect) {
        out.push_back({ActorKind::kTitle, title_begin, j, country, "", role});
        i = j;
        continue;
      }
      // "the Chinese president" with no name: the office holder of the day.
      if (!country.empty() && day) {
        if (const OfficeHolder* h = HolderOf(country, role, *day)) {
          add_person(title_begin, j, {h->name, h->country, h->role});
          i = j;
          continue;
        }
      }
      // "the Prime Minister of Japan": the country after the office.
      if (country.empty() && j + 1 < end && words[j].lower == "of") {
        size_t k = j + 1;
        if (words[k].lower == "the" && k + 1 < end) ++k;
        PhraseMatcher::Match c;
        if (words[k].capitalized && proper_.MatchAt(words, k, end, &c) &&
            named_[static_cast<size_t>(c.value)].kind == ActorKind::kCountry) {
          country = named_[static_cast<size_t>(c.value)].code;
          if (day) {
            if (const OfficeHolder* h = HolderOf(country, role, *day)) {
              add_person(title_begin, j, {h->name, h->country, h->role});
              i = j;
              continue;
            }
          }
          // "The ambassador of Morocco, Karima Benyaich,".
          if (apposed(c.end_word, country)) continue;
        }
      }
      // "the Prime Minister" with no name and no country: whoever the
      // article makes it, when it makes it one person.
      // ("the visiting prime minister" too.)
      size_t the = title_begin;
      if (the > begin + 1 && title_modifiers_.count(words[the - 1])) --the;
      if (country.empty() && memory && the > begin && words[the - 1].lower == "the") {
        if (std::optional<Person> p = HolderFromContext(role, day, *memory)) {
          add_person(title_begin, j, std::move(*p));
          i = j;
          continue;
        }
      }
      out.push_back({ActorKind::kTitle, title_begin, j, country, "", role});
      i = j;
      continue;
    }
    // "He met Tamm", "On Monday, she flew to Riga": a pronoun as the
    // sentence's subject (its first word, or the first after an opening
    // phrase and its comma, with no one named before it).
    // After two people, the first of them.
    // "The following day he met Ruto", "Two days later she flew to Lima":
    // also after a short opening time phrase with no comma, nothing named
    // in it (probes33).
    // "Norway's crown prince arrived. He met ...": a person the sentence
    // before named by a title and country alone is that country's side.
    const bool unnamed = subject_referent.name.empty() && !subject_referent.country.empty();
    // (Each way in below stands within eight words of the sentence's
    // start: past them the set is not asked.)
    if ((!subject_referent.name.empty() || unnamed) && i - begin <= 8 &&
        person_pronouns_.count(words[i]) &&
        (i == begin ||
         (words[i - 1].lower == "," &&
          std::none_of(out.begin(), out.end(),
                       [](const ActorMention& a) { return a.kind == ActorKind::kPerson; })) ||
         (i - begin <= 6 && opening_ends_.count(words[i - 1]) && out.empty() &&
          std::none_of(words.begin() + static_cast<std::ptrdiff_t>(begin),
                       words.begin() + static_cast<std::ptrdiff_t>(i),
                       [](const Word& w) { return w.punct; })))) {
      if (unnamed) {
        out.push_back({ActorKind::kDemonym, i, i + 1, subject_referent.country,
                       CountryName(subject_referent.country), ""});
        unnamed_subject = true;
      } else {
        out.push_back({ActorKind::kPerson, i, i + 1, subject_referent.country,
                       subject_referent.name, subject_referent.role});
      }
      ++i;
      continue;
    }
    // "He met him again", "Abdullah received her in Amman": an object
    // pronoun after a verb whose subject this sentence has named is the
    // one person of the sentence before it has not named yet. ("Her
    // counterpart" is no object: "her" before a noun is possessive.)
    if (object_referent_possible && i > begin && !out.empty() && !words[i - 1].punct &&
        object_pronouns_.count(words[i]) &&
        (i + 1 == end || words[i + 1].punct || after_object_.count(words[i + 1]))) {
      auto named_here = [&](const Person& p) {
        return std::any_of(out.begin(), out.end(), [&](const ActorMention& a) {
          return a.kind == ActorKind::kPerson && a.name == p.name;
        });
      };
      const Person* referent = nullptr;
      bool subject_here = std::any_of(out.begin(), out.end(), [](const ActorMention& a) {
        return a.kind == ActorKind::kPerson;
      });
      if (subject_here) {
        if (!last_named.name.empty()) {
          if (!named_here(last_named)) referent = &last_named;
        } else if (!last_object.name.empty() && named_here(last_subject) &&
                   !named_here(last_object)) {
          referent = &last_object;
        }
      } else if (!last_named.name.empty()) {
        // "Peruvian agents abducted him": a subject that is no person
        // leaves the pronoun the one person of the sentence before
        // (security25).
        referent = &last_named;
      }
      if (referent) {
        out.push_back(
            {ActorKind::kPerson, i, i + 1, referent->country, referent->name, referent->role});
        ++i;
        continue;
      }
    }
    // "Mr Johnson", "Ms Ardern", "Mr bin Salman": the words after the form
    // of address are the name to look up, or its last word a surname the
    // article has given; a full name after it is the name ("Mr Dale
    // Hughes"). An unknown surname keeps it: "Mr Dale, the Canadian envoy,"
    // is all the name the text gives.
    if (words[i].capitalized && i + 1 < end && IsHonorific(words[i])) {
      size_t after = name_run(i);
      if (after > i + 1) {
        std::string rest = Lower(name_of(i + 1, after));
        if (memory) {
          auto it = memory->find(rest);
          // "bin Salman" ends with the surname; "Dana Hughes" is a name of its own.
          if (it == memory->end() && !words[i + 1].capitalized)
            it = memory->find(rest.substr(rest.rfind(' ') + 1));
          if (it != memory->end() && !it->second.name.empty()) {
            add_person(i, after, it->second);
            i = after;
            continue;
          }
        }
        if ((after >= i + 3 && words[i + 1].capitalized) || person_groups_.count(rest)) {
          ++i;
          continue;
        }
      }
    }
    // A name starts with a capital: most words (lower case) are turned
    // away here without the call.
    size_t name_end = words[i].capitalized ? name_run(i) : i;
    if (name_end > i) {
      std::string_view name_text =
          text.substr(words[i].begin, words[name_end - 1].end - words[i].begin);
      if (memory) {
        if (auto it = memory->find(LowerInPlace(name_text)); it != memory->end()) {
          // A surname two people share names neither.
          if (!it->second.name.empty()) add_person(i, name_end, it->second);
          i = name_end;
          continue;
        }
      }
      std::string name(name_text);
      if (name_end - i >= 2) {
        bool plural = false;
        std::string country = nationality_before(i, &plural);
        if (!country.empty()) {
          group_country = country;
          group_plural = plural;
          group_end = name_end;
          add_person(i, name_end, {name, country, ""});
          i = name_end;
          continue;
        }
        if (std::string after = nationality_after(name_end); !after.empty()) {
          // The one before, joined by "and", is of the same country: a
          // person already found, or a name the text gave no more of.
          if (!out.empty() && out.back().kind == ActorKind::kPerson && out.back().code.empty() &&
              person_noun_start(i, out.back().end_word) == out.back().end_word + 1 &&
              words[out.back().end_word].lower == "and") {
            out.back().code = after;
            remember(Person{out.back().name, after, out.back().role}, Lower(out.back().name));
          } else if (unnamed_end < i && person_noun_start(i, unnamed_end) == unnamed_end + 1 &&
                     words[unnamed_end].lower == "and") {
            add_person(unnamed_first, unnamed_end,
                       {name_of(unnamed_first, unnamed_end), after, ""});
          }
          add_person(i, name_end, {name, after, ""});
          i = name_end;
          continue;
        }
      }
      // "Kim Yong Chol" after Kim Jong Un, "Ivanka Trump" after Donald Trump:
      // a new name with the family name of someone the article named, in
      // the same place in the name, is most likely a compatriot.
      // A word that opens sentences or names a day or month ("On", "When",
      // "Wednesday") is no given name: "On Wednesday Biden" is Biden.
      if (memory && name_end - i >= 2 && name_end - i <= 3 && !not_given_names_.count(words[i])) {
        auto relative = [&](size_t at, bool first) -> const Person* {
          if (!words[at].capitalized) return nullptr;
          auto it = memory->find(words[at].lower);
          if (it == memory->end() || it->second.country.empty()) return nullptr;
          thread_local std::string lowered;  // reused: no allocation per call
          std::vector<Word> parts = Tokenize(it->second.name, &lowered);
          if (parts.size() < 2) return nullptr;
          return (first ? parts.front() : parts.back()).lower == words[at].lower ? &it->second
                                                                                 : nullptr;
        };
        const Person* kin = relative(i, true);
        if (!kin) kin = relative(name_end - 1, false);
        if (kin) {
          add_person(i, name_end, {name, kin->country, ""});
          i = name_end;
          continue;
        }
      }
      // "On Wednesday Biden phoned Putin", "When Xi met Obama": capitalized
      // words before a name seen earlier in the article, or opening the
      // sentence before an office holder, are not part of it ("Joan Brown
      // Campbell" is not Kim Campbell).
      // A name the article has seen ends with a word it has seen: most runs
      // are dismissed by that one lookup.
      bool may_know = i == begin || (memory && memory->count(words[name_end - 1].lower));
      size_t known_from = may_know ? i + 1 : name_end;
      for (; known_from < name_end; ++known_from) {
        std::string rest = Lower(name_of(known_from, name_end));
        if ((memory && memory->count(rest)) || (i == begin && person_groups_.count(rest))) break;
      }
      if (known_from < name_end) {
        i = known_from;
        continue;
      }
      // "Meng Jianzhu, secretary of ...": a name with its title after a
      // comma; "Ruiz, a Peruvian national,", "Carlos Ruiz, a Chilean
      // former diplomat,": a private person with a nationality (a family
      // name alone only so, after "a").
      // "Ana Rojas, then foreign minister,", "Rojas, the then Peruvian
      // foreign minister,", "Rojas, Peru's former president,": a title held
      // at another time is still the named person's (and its country
      // hers); the title itself, read next, names no holder of the day.
      auto past_time_word = [&](size_t at) {
        if (at + 2 < end && words[at + 1].lower == "-" && titles_before_.count(words[at]))
          return at + 2;
        if (at + 1 < end && titles_before_.count(words[at])) return at + 1;
        return at;
      };
      size_t k = name_end;
      if (k + 1 < end && words[k].lower == ",") {
        ++k;
        bool article = false;
        if (k < end &&
            (words[k].lower == "the" || words[k].lower == "a" || words[k].lower == "an")) {
          article = words[k].lower != "the";
          ++k;
        }
        size_t before_time = k;
        k = past_time_word(k);
        bool timed = k > before_time;
        // "Vega, a retired Chilean border inspector,": a person's modifier
        // may stand before the nationality as well as after it.
        if (!timed && k + 1 < end && words[k + 1].capitalized && person_modifiers_.count(words[k]))
          ++k;
        std::string country;
        PhraseMatcher::Match c;
        if (k < end && words[k].capitalized && proper_.MatchAt(words, k, end, &c)) {
          const Named& named = named_[static_cast<size_t>(c.value)];
          if (named.kind == ActorKind::kCountry || named.kind == ActorKind::kDemonym) {
            country = named.code;
            k = c.end_word;
            if (k < end && words[k].lower == "'s") ++k;
            size_t before_title = k;
            k = past_time_word(k);
            timed = timed || k > before_title;
          }
        }
        PhraseMatcher::Match t;
        // ("Lopez, then President Rojas," lists two people: "then" is
        // also a plain adverb.)
        if (name_end - i >= 2 && k < end && titles_.MatchAt(words, k, end, &t) &&
            (!timed || name_run(t.end_word) == t.end_word)) {
          add_person(i, name_end, {name, country, named_[static_cast<size_t>(t.value)].role});
          i = name_end;
          continue;
        }
        size_t noun = k;
        for (int n = 0; n < 2 && noun < end && person_modifiers_.count(words[noun]); ++n) ++noun;
        // A lone word also needs the apposition closed ("Ruiz, a Peruvian
        // national, was"): "Separately, an Australian woman was detained"
        // names no one.
        bool closed =
            noun + 1 < end && (words[noun + 1].lower == "," || words[noun + 1].lower == "who");
        if (!country.empty() && noun < end && person_nouns_.count(words[noun]) &&
            (name_end - i >= 2 || (article && closed && !not_given_names_.count(words[i])))) {
          add_person(i, name_end, {name, country, ""});
          i = name_end;
          continue;
        }
      }
      if (name_end - i >= 2) unnamed_first = i, unnamed_end = name_end;
      i = name_end;
      continue;
    }
    ++i;
  }
  if (memory) {
    // The person of this sentence for a pronoun in the next, only when it
    // names one person (with a country: whose side "he" takes).
    const ActorMention* one = nullptr;
    bool several = false;
    for (const ActorMention& a : out) {
      if (a.kind != ActorKind::kPerson || a.name.empty()) continue;
      if (one && one->name != a.name) several = true;
      one = &a;
    }
    if (one && !several && !one->code.empty())
      (*memory)[kLastPersonKey] = Person{one->name, one->code, one->role};
    // No one named: one title with a country and no name ("Norway's crown
    // prince arrived") is that person, with no name but a side; a pronoun
    // that stood for such a person hands them on (probes33).
    if (!one) {
      const ActorMention* title = nullptr;
      bool titles = false;
      for (const ActorMention& a : out) {
        if (a.kind != ActorKind::kTitle || a.code.empty()) continue;
        if (title && (title->code != a.code || title->role != a.role)) titles = true;
        title = &a;
      }
      if (title && !titles && !unnamed_subject) {
        (*memory)[kLastPersonKey] = Person{"", title->code, title->role};
      } else if (!title && unnamed_subject) {
        // (A pronoun stood for last_named: its node is there.)
        memory->insert(std::move(named_node));
      }
    }
    // Two people (each with a country): the first and the second, for a
    // subject and an object pronoun in the next sentence.
    const ActorMention* first = nullptr;
    const ActorMention* second = nullptr;
    bool more = false;
    for (const ActorMention& a : out) {
      if (a.kind != ActorKind::kPerson || a.name.empty()) continue;
      if (!first) {
        first = &a;
      } else if (a.name != first->name && (!second || a.name == second->name)) {
        second = &a;
      } else if (a.name != first->name) {
        more = true;
      }
    }
    if (first && second && !more && !first->code.empty() && !second->code.empty()) {
      (*memory)[kLastSubjectKey] = Person{first->name, first->code, first->role};
      (*memory)[kLastObjectKey] = Person{second->name, second->code, second->role};
    }
    for (const ActorMention& a : out) {
      if (a.kind != ActorKind::kCountry && a.kind != ActorKind::kDemonym) continue;
      // Looked up first: emplace would build a node for every mention.
      std::string key = kArticleCountryKey + a.code;
      if (!memory->count(key)) memory->emplace(std::move(key), Person{"", a.code, ""});
    }
  }
}

}  // namespace annals
