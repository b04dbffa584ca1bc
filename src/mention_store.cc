#include "mention_store.h"

#include <algorithm>
#include <cstring>
#include <map>
#include <set>
#include <string>

#include "byte_words.h"

namespace annals {

namespace {

// Bytes per block of the pool; a longer string gets a block of its own.
constexpr size_t kBlockBytes = 64 * 1024;
// Ids per block of the mentions' lists.
constexpr size_t kListBlock = 16 * 1024;

enum Flag : uint8_t {
  kBothSides = 1,
  kHeadsOfState = 2,
  kVisitorUnplaced = 4,
  kPresent = 8,
  kStay = 16,
  kUndirectedVisit = 32,
  kCarried = 64,
};

date::sys_days Day(int32_t days) { return date::sys_days(date::days(days)); }

void Assign(const StringPool& strings, uint32_t id, std::string* out) {
  std::string_view text = strings.Get(id);
  // Decoding mention after mention into one Mention, a field often holds
  // the same text already (the type, the file, the status): a compare
  // costs less than a replace.
  if (std::string_view(*out) == text) return;
  out->assign(text.data(), text.size());
}

// True when `set` holds exactly the `n` strings of `ids`, in order.
bool SameStrings(const StringPool& strings, const uint32_t* ids, uint32_t n,
                 const std::set<std::string>& set) {
  if (set.size() != n) return false;
  for (const std::string& s : set) {
    if (strings.Get(*ids++) != s) return false;
  }
  return true;
}

// The same for a map and `n` pairs of ids (key, value).
bool SamePairs(const StringPool& strings, const uint32_t* ids, uint32_t n,
               const std::map<std::string, std::string>& map) {
  if (map.size() != n) return false;
  for (const auto& [key, value] : map) {
    if (strings.Get(ids[0]) != key || strings.Get(ids[1]) != value) return false;
    ids += 2;
  }
  return true;
}

}  // namespace

size_t StringPool::Slot(std::string_view text) const {
  size_t mask = slots_.size() - 1;
  // The tokenizers' hash, inlined: std::hash is a library call per string,
  // and a mention interns about twenty. Only slots depend on it, not ids.
  size_t at = byte_words::HashBytes(text.data(), text.size()) & mask;
  while (slots_[at] != 0 && views_[slots_[at] - 1] != text) at = (at + 1) & mask;
  return at;
}

void StringPool::Grow() {
  std::vector<uint32_t> old(slots_.empty() ? 64 : slots_.size() * 2, 0);
  old.swap(slots_);
  for (uint32_t id = 0; id < views_.size(); ++id) slots_[Slot(views_[id])] = id + 1;
}

uint32_t StringPool::Intern(std::string_view text) {
  // At most half full, so that a probe ends soon.
  if ((views_.size() + 1) * 2 > slots_.size()) Grow();
  size_t at = Slot(text);
  if (slots_[at] != 0) return slots_[at] - 1;
  char* copy = nullptr;
  if (!text.empty()) {
    if (text.size() > block_left_) {
      size_t bytes = std::max(kBlockBytes, text.size());
      blocks_.push_back(std::make_unique<char[]>(bytes));
      block_next_ = blocks_.back().get();
      block_left_ = bytes;
    }
    copy = block_next_;
    std::memcpy(copy, text.data(), text.size());
    block_next_ += text.size();
    block_left_ -= text.size();
  }
  views_.emplace_back(copy, text.size());
  slots_[at] = static_cast<uint32_t>(views_.size());
  return static_cast<uint32_t>(views_.size() - 1);
}

uint32_t StringPool::Find(std::string_view text) const {
  if (slots_.empty()) return kNotFound;
  size_t at = Slot(text);
  return slots_[at] == 0 ? kNotFound : slots_[at] - 1;
}

void MentionStore::Add(const std::vector<Mention>& mentions) {
  for (const Mention& m : mentions) Add(m);
}

void MentionStore::Add(const Mention& m) { Add(m, {}, true); }

void MentionStore::Add(const Mention& m, const ArticleSource& article) { Add(m, article, false); }

void MentionStore::Add(const Mention& m, const ArticleSource& article, bool own_source) {
  // Mentions come an article at a time, sentence by sentence: a field is
  // often the previous mention's (the file, the publication day, the
  // outlet, the quote of two events in one sentence, the type). Its id is
  // taken from there after a compare, without hashing and probing the pool.
  const Record* previous = records_.size() > 0 ? &records_[records_.size() - 1] : nullptr;
  auto intern = [&](std::string_view text, uint32_t Record::*field) {
    if (previous) {
      uint32_t id = previous->*field;
      if (strings_.Get(id) == text) return id;
    }
    return strings_.Intern(text);
  };
  Record r;
  r.type = intern(m.type, &Record::type);
  r.family = intern(m.family, &Record::family);
  r.noun = intern(m.noun, &Record::noun);
  r.cameo = intern(m.cameo, &Record::cameo);
  r.date = intern(m.date, &Record::date);
  r.qualifier = intern(m.qualifier, &Record::qualifier);
  r.status = intern(m.status, &Record::status);
  r.principal = intern(m.principal, &Record::principal);
  r.doer = intern(m.doer, &Record::doer);
  r.place = intern(m.place, &Record::place);
  r.place_country = intern(m.place_country, &Record::place_country);
  r.destination = intern(m.destination, &Record::destination);
  r.phrase = intern(m.phrase, &Record::phrase);
  r.topic = intern(m.topic, &Record::topic);
  r.file = intern(own_source ? m.source.file : article.file, &Record::file);
  r.published = intern(own_source ? m.source.published : article.published, &Record::published);
  r.outlet = intern(own_source ? m.source.outlet : article.outlet, &Record::outlet);
  r.url = intern(own_source ? m.source.url : article.url, &Record::url);
  r.source_phrase = intern(m.source.phrase, &Record::source_phrase);
  r.quote = intern(m.source.quote, &Record::quote);
  r.first = static_cast<int32_t>(m.first.time_since_epoch().count());
  r.last = static_cast<int32_t>(m.last.time_since_epoch().count());
  r.flags = static_cast<uint8_t>(
      (m.both_sides ? kBothSides : 0) | (m.heads_of_state ? kHeadsOfState : 0) |
      (m.visitor_unplaced ? kVisitorUnplaced : 0) | (m.present ? kPresent : 0) |
      (m.stay ? kStay : 0) | (m.undirected_visit ? kUndirectedVisit : 0) |
      (m.carried ? kCarried : 0));
  r.sequence = static_cast<uint32_t>(m.sequence);
  size_t need =
      4 + m.actors.size() + m.people.size() + 2 * m.person_country.size() + m.antecedent.size();
  if (need > list_left_) {
    size_t items = std::max(kListBlock, need);
    list_blocks_.push_back(std::make_unique<uint32_t[]>(items));
    list_next_ = list_blocks_.back().get();
    list_left_ = items;
  }
  uint32_t* out = list_next_;
  r.lists = out;
  list_next_ += need;
  list_left_ -= need;
  *out++ = static_cast<uint32_t>(m.actors.size());
  for (const std::string& a : m.actors) *out++ = strings_.Intern(a);
  *out++ = static_cast<uint32_t>(m.people.size());
  for (const std::string& p : m.people) *out++ = strings_.Intern(p);
  *out++ = static_cast<uint32_t>(m.person_country.size());
  for (const auto& [person, country] : m.person_country) {
    *out++ = strings_.Intern(person);
    *out++ = strings_.Intern(country);
  }
  *out++ = static_cast<uint32_t>(m.antecedent.size());
  for (const std::string& a : m.antecedent) *out++ = strings_.Intern(a);
  records_.push_back(r);
}

void MentionStore::clear() {
  // Swapped with empty ones: clear() alone would keep the memory.
  strings_ = StringPool();
  records_.clear();
  std::vector<std::unique_ptr<uint32_t[]>>().swap(list_blocks_);
  list_next_ = nullptr;
  list_left_ = 0;
}

void MentionStore::Decode(size_t i, Mention* out) const {
  DecodeForMerge(i, out);
  const Record& r = records_[i];
  Assign(strings_, r.noun, &out->noun);
  Assign(strings_, r.cameo, &out->cameo);
  Assign(strings_, r.qualifier, &out->qualifier);
  DecodeSource(i, &out->source);
  out->antecedent.clear();
  const uint32_t* at = r.lists;
  at += 1 + at[0];      // actors
  at += 1 + at[0];      // people
  at += 1 + 2 * at[0];  // person_country
  uint32_t n = *at++;
  // Stored in the set's order: each goes in at the end.
  for (uint32_t k = 0; k < n; ++k)
    out->antecedent.emplace_hint(out->antecedent.end(), strings_.Get(*at++));
}

void MentionStore::DecodeForMerge(size_t i, Mention* out) const {
  DecodeForCompare(i, out);
  const Record& r = records_[i];
  Assign(strings_, r.date, &out->date);
  Assign(strings_, r.destination, &out->destination);
  Assign(strings_, r.phrase, &out->phrase);
  Assign(strings_, r.topic, &out->topic);
  Assign(strings_, r.file, &out->source.file);
  Assign(strings_, r.source_phrase, &out->source.phrase);
}

void MentionStore::DecodeForCompare(size_t i, Mention* out) const {
  const Record& r = records_[i];
  Assign(strings_, r.type, &out->type);
  Assign(strings_, r.family, &out->family);
  out->noun.clear();
  out->cameo.clear();
  out->date.clear();
  out->qualifier.clear();
  // (Status and publication day: a plan told after the day of a held
  // event is not that event, see SameEvent.)
  Assign(strings_, r.status, &out->status);
  Assign(strings_, r.principal, &out->principal);
  Assign(strings_, r.doer, &out->doer);
  Assign(strings_, r.place, &out->place);
  Assign(strings_, r.place_country, &out->place_country);
  out->destination.clear();
  out->phrase.clear();
  out->topic.clear();
  out->source.file.clear();
  Assign(strings_, r.published, &out->source.published);
  out->source.outlet.clear();
  out->source.url.clear();
  out->source.phrase.clear();
  out->source.quote.clear();
  out->first = Day(r.first);
  out->last = Day(r.last);
  out->both_sides = r.flags & kBothSides;
  out->heads_of_state = r.flags & kHeadsOfState;
  out->visitor_unplaced = r.flags & kVisitorUnplaced;
  out->present = r.flags & kPresent;
  out->stay = r.flags & kStay;
  out->undirected_visit = r.flags & kUndirectedVisit;
  out->carried = r.flags & kCarried;
  out->sequence = r.sequence;
  const uint32_t* at = r.lists;
  uint32_t n = *at++;
  // A loop decoding mention after mention into one Mention mostly finds
  // the pair's two codes there already: the set is rebuilt (a node
  // allocated per code) only when they differ.
  if (!SameStrings(strings_, at, n, out->actors)) {
    out->actors.clear();
    // Stored in the set's order: each goes in at the end.
    for (uint32_t k = 0; k < n; ++k)
      out->actors.emplace_hint(out->actors.end(), strings_.Get(at[k]));
  }
  at += n;
  uint32_t people = *at++;
  out->people.resize(people);
  for (uint32_t k = 0; k < people; ++k) Assign(strings_, *at++, &out->people[k]);
  uint32_t pairs = *at++;
  if (!SamePairs(strings_, at, pairs, out->person_country)) {
    out->person_country.clear();
    for (uint32_t k = 0; k < pairs; ++k) {
      out->person_country.emplace_hint(out->person_country.end(), strings_.Get(at[2 * k]),
                                       strings_.Get(at[2 * k + 1]));
    }
  }
  out->antecedent.clear();
}

bool MentionStore::Stay(size_t i) const { return (records_[i].flags & kStay) != 0; }

date::sys_days MentionStore::First(size_t i) const { return Day(records_[i].first); }
date::sys_days MentionStore::Last(size_t i) const { return Day(records_[i].last); }

void MentionStore::DecodeSource(size_t i, Source* out) const {
  const Record& r = records_[i];
  Assign(strings_, r.file, &out->file);
  Assign(strings_, r.published, &out->published);
  Assign(strings_, r.outlet, &out->outlet);
  Assign(strings_, r.url, &out->url);
  Assign(strings_, r.source_phrase, &out->phrase);
  Assign(strings_, r.quote, &out->quote);
}

void MentionStore::SortByFileThenSequence() {
  // Files are ids of interned text: each id is ranked once by its text
  // (a few thousand files against a compare of two paths per step of the
  // sort), and the sort compares integers. The index as the last key
  // keeps the order a stable sort gives.
  std::vector<uint32_t> rank(strings_.size(), 0);
  std::vector<uint32_t> files;
  for (size_t i = 0; i < records_.size(); ++i) {
    uint32_t file = records_[i].file;
    if (rank[file] == 0) {
      rank[file] = 1;
      files.push_back(file);
    }
  }
  std::sort(files.begin(), files.end(),
            [&](uint32_t a, uint32_t b) { return strings_.Get(a) < strings_.Get(b); });
  for (uint32_t k = 0; k < files.size(); ++k) rank[files[k]] = k;
  struct Key {
    uint32_t file, sequence;
    size_t index;
  };
  std::vector<Key> keys(records_.size());
  for (size_t i = 0; i < keys.size(); ++i)
    keys[i] = {rank[records_[i].file], records_[i].sequence, i};
  std::vector<uint32_t>().swap(rank);
  std::sort(keys.begin(), keys.end(), [](const Key& x, const Key& y) {
    if (x.file != y.file) return x.file < y.file;
    if (x.sequence != y.sequence) return x.sequence < y.sequence;
    return x.index < y.index;
  });
  std::vector<size_t> order(keys.size());
  for (size_t i = 0; i < keys.size(); ++i) order[i] = keys[i].index;
  std::vector<Key>().swap(keys);
  // Put in place by following the permutation's cycles: no second vector
  // of records at the build's peak.
  std::vector<bool> placed(records_.size());
  for (size_t i = 0; i < records_.size(); ++i) {
    if (placed[i] || order[i] == i) continue;
    Record held = records_[i];
    size_t j = i;
    for (;;) {
      placed[j] = true;
      size_t from = order[j];
      if (from == i) {
        records_[j] = held;
        break;
      }
      records_[j] = records_[from];
      j = from;
    }
  }
  for (size_t i = 0; i < records_.size(); ++i) records_[i].sequence = static_cast<uint32_t>(i);
}

bool MentionStore::HasActors(size_t i, uint32_t a, uint32_t b) const {
  const uint32_t* at = records_[i].lists;
  uint32_t n = *at++;
  bool has_a = false, has_b = false;
  for (uint32_t k = 0; k < n; ++k) {
    has_a |= at[k] == a;
    has_b |= at[k] == b;
  }
  return has_a && has_b;
}

void MentionStore::Actors(size_t i, std::vector<std::string_view>* out) const {
  out->clear();
  const uint32_t* at = records_[i].lists;
  uint32_t n = *at++;
  for (uint32_t k = 0; k < n; ++k) out->push_back(strings_.Get(at[k]));
}

}  // namespace annals
