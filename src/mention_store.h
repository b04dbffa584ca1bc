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
//
// A field added to Mention (mention.h) must be added here too (Record,
// Add, Decode, and DecodeForMerge if the merge reads it), and to the
// round-trip test in tests/mention_store_test.cc: a field left out comes
// back empty.
#pragma once

#include <cstddef>
#include <cstdint>
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

// A vector that grows by fixed blocks of 2^kShift items: an item never
// moves once added, and growing never holds an old and a new copy at once
// (a growing vector's peak, at 10,000 articles the build's) or leaves up to
// half of it unused.
template <typename T, unsigned kShift = 12>
class BlockVector {
 public:
  void push_back(const T& item) {
    if ((size_ >> kShift) == blocks_.size())
      blocks_.push_back(std::make_unique<T[]>(size_t{1} << kShift));
    (*this)[size_++] = item;
  }
  T& operator[](size_t i) { return blocks_[i >> kShift][i & kMask]; }
  const T& operator[](size_t i) const { return blocks_[i >> kShift][i & kMask]; }
  size_t size() const { return size_; }
  void clear() {
    std::vector<std::unique_ptr<T[]>>().swap(blocks_);
    size_ = 0;
  }

 private:
  static constexpr size_t kMask = (size_t{1} << kShift) - 1;
  std::vector<std::unique_ptr<T[]>> blocks_;
  size_t size_ = 0;
};

// Mentions as records of string ids, in the order they were added.
class MentionStore {
 public:
  // A mention as string ids: what the merge reads without decoding.
  struct Record {
    // Ids in strings_.
    uint32_t type, family, noun, cameo, date, qualifier, status, principal, doer, place,
        place_country, destination, phrase, topic;
    uint32_t file, published, outlet, url, source_phrase, quote;
    int32_t first, last;  // days since 1970-01-01
    uint8_t flags;
    // At `lists`: the actors' count and ids, the people's,
    // person_country's (pairs of ids) and the antecedent's.
    uint32_t sequence;
    const uint32_t* lists;  // in list_blocks_
  };

  // Appends copies of `mentions` (not safe to call from several threads
  // at once: the assembler adds under its lock).
  void Add(const std::vector<Mention>& mentions);
  // The same for one mention: a caller that keeps some of a vector's
  // mentions adds those, instead of erasing the others (which moves the
  // rest of a vector of large Mentions down, one by one).
  void Add(const Mention& mention);
  // The same for a mention of `article`, whose file, publication day, outlet
  // and url stand for the mention's own source fields (which the caller may
  // leave empty): EventRules::Extract then need not copy four strings into
  // every mention of the article only for them to be interned here.
  struct ArticleSource {
    std::string_view file, published, outlet, url;
  };
  void Add(const Mention& mention, const ArticleSource& article);
  size_t size() const { return records_.size(); }
  bool empty() const { return records_.size() == 0; }
  void clear();

  // Mention `i` as it was added. Reuses `out`'s strings and vectors, so a
  // loop decoding into one Mention allocates little.
  void Decode(size_t i, Mention* out) const;
  // The same without what the merge never reads of a mention that is not
  // its cluster's first (left empty): noun, cameo, qualifier, antecedent,
  // and the source's outlet, url and quote. Cheaper: the merge
  // decodes every mention this way once to cluster it and once to build its
  // entry.
  void DecodeForMerge(size_t i, Mention* out) const;
  // Less again: only what SameEvent and the clustering compare (type,
  // family, principal, doer, place, place_country, the days, the flags, actors,
  // people, person_country, and status and the source's published day for
  // a plan told after a held event, plans29); every other string is left
  // empty. The merge
  // clusters every mention decoded this way.
  void DecodeForCompare(size_t i, Mention* out) const;

  // Puts the mentions in order by source file, then by their sequence (a
  // stable sort), and numbers them 0, 1, ... in that order.
  void SortByFileThenSequence();

  // What the merge and the pair choice read without decoding.
  size_t Sequence(size_t i) const { return records_[i].sequence; }
  long SpanDays(size_t i) const { return records_[i].last - records_[i].first; }
  // Mention `i`'s `stay` (a visit dated by its start and announced length).
  bool Stay(size_t i) const;
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
  void Add(const Mention& m, const ArticleSource& article, bool own_source);

  StringPool strings_;
  BlockVector<Record> records_;
  // Each mention's lists, contiguous, in blocks that never move.
  std::vector<std::unique_ptr<uint32_t[]>> list_blocks_;
  uint32_t* list_next_ = nullptr;
  size_t list_left_ = 0;
};

}  // namespace annals
