// The event mentions a build keeps until the merge, in a compact form.
//
// A Mention is about two dozen std::strings, sets and a map: about 1.5 KB
// of memory with its heap blocks, and a build keeps every mention of the
// pair until the end, because the merge looks at all of them at once (most
// precisely dated first). Here every string is stored once (interned) and a
// mention is a record of string ids, so the memory kept grows with the
// distinct sentences, names and places the articles bring, not with the
// number of mentions; a mention becomes a Mention again only while the
// merge looks at it (docs/perf.md, "Memory").
#pragma once

#include <cstddef>
#include <cstdint>
#include <deque>
#include <memory>
#include <string_view>
#include <vector>

#include "event_rules.h"

namespace annals {

// Each distinct string once, named by a dense id.
class StringPool {
 public:
  static constexpr uint32_t kNotFound = UINT32_MAX;

  uint32_t Intern(std::string_view text);
  // The id of `text`, or kNotFound when it was never interned.
  uint32_t Find(std::string_view text) const;
  std::string_view Get(uint32_t id) const { return views_[id]; }
  size_t size() const { return views_.size(); }

 private:
  size_t Slot(std::string_view text) const;  // where `text` is, or the empty slot for it
  void Grow();

  // The bytes, in large blocks: a heap block per string would cost more
  // than most strings (names, codes) are long.
  std::vector<std::unique_ptr<char[]>> blocks_;
  size_t block_left_ = 0;
  char* block_next_ = nullptr;
  std::vector<std::string_view> views_;  // by id
  std::vector<uint32_t> slots_;          // open addressing: id + 1, 0 when empty
};

// Mentions as records of string ids, in the order they were added.
class MentionStore {
 public:
  // A mention as string ids: what the merge reads without decoding.
  struct Record {
    // Ids in strings_.
    uint32_t type, family, noun, cameo, date, qualifier, status, principal, place, place_country,
        destination, phrase, topic;
    uint32_t file, published, outlet, url, source_phrase, quote;
    int32_t first, last;  // days since 1970-01-01
    uint8_t flags;
    // In lists_ from `lists_at`: the actors' count and ids, the people's,
    // person_country's (pairs of ids) and the antecedent's.
    uint32_t lists_at;  // see lists_
    uint32_t sequence;
  };

  // Appends copies of `mentions` (not safe to call from several threads
  // at once: the assembler adds under its lock).
  void Add(const std::vector<Mention>& mentions);
  size_t size() const { return records_.size(); }
  bool empty() const { return records_.empty(); }
  void clear();

  // Mention `i` as it was added. Reuses `out`'s strings and vectors, so a
  // loop decoding into one Mention allocates little.
  void Decode(size_t i, Mention* out) const;

  // Puts the mentions in order by source file, then by their sequence (a
  // stable sort), and numbers them 0, 1, ... in that order.
  void SortByFileThenSequence();

  // What the merge and the pair choice read without decoding.
  size_t Sequence(size_t i) const { return records_[i].sequence; }
  long SpanDays(size_t i) const { return records_[i].last - records_[i].first; }
  // True when mention `i`'s actors include both ids (see StringPool::Find).
  bool HasActors(size_t i, uint32_t a, uint32_t b) const;
  std::string_view Family(size_t i) const { return strings_.Get(records_[i].family); }
  // Mention `i`'s actors in their order (a std::set's: sorted).
  void Actors(size_t i, std::vector<std::string_view>* out) const;
  const StringPool& strings() const { return strings_; }
  const Record& record(size_t i) const { return records_[i]; }
  std::string_view Text(uint32_t id) const { return strings_.Get(id); }
  date::sys_days First(size_t i) const;
  date::sys_days Last(size_t i) const;
  // Only mention `i`'s source, as Decode gives it.
  void DecodeSource(size_t i, Source* out) const;

 private:
  StringPool strings_;
  // Deques, not vectors: they grow by blocks, without the moment a growing
  // vector holds its old and its new copy (at 10,000 articles, the build's
  // peak) or its up-to-half unused capacity.
  std::deque<Record> records_;
  std::deque<uint32_t> lists_;
};

}  // namespace annals
