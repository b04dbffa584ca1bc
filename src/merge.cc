#include "merge.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <iterator>
#include <set>
#include <string_view>
#include <unordered_map>

#include "annals/date_value.h"
#include "headline.h"
#include "mention_store.h"

namespace annals {

namespace {

template <typename M>
long SpanDays(const M& m) {
  return (m.last - m.first).count();
}

template <typename A, typename B>
bool Overlap(const A& a, const B& b) {
  return a.first <= b.last && b.first <= a.last;
}

// What the entry's loop over a cluster's members reads of a stored
// mention, as views into the store's strings: no member is decoded into
// a Mention (strings, a set, a map) to be read once.
struct MemberView {
  std::string_view type, family, principal, place, place_country;
  date::sys_days first, last;
};

// A place is a country name when nothing more precise is known.
bool IsCountryPlace(const Mention& m, const ActorLexicon& actors) {
  return !m.place.empty() && m.place == actors.CountryName(m.place_country);
}

bool PlacesAgree(const Mention& a, const Mention& b, const ActorLexicon& actors) {
  if (a.place.empty() || b.place.empty() || a.place == b.place) return true;
  // A visit goes to a country and may stop in several of its cities.
  if (std::string_view(a.family) == "visit" && std::string_view(b.family) == "visit")
    return a.place_country == b.place_country;
  if (a.place_country.empty() || a.place_country != b.place_country) return false;
  return IsCountryPlace(a, actors) || IsCountryPlace(b, actors);
}

// Two mentions that name people disagree on who took part when one names a
// person of a country the other has people of, but not that person ("Biden
// and Macron met" is not "Macron and Morrison met": Macron alone is no
// proof), or of a country the other does not take part in at all. Both
// must name people; a country is known only for listed office holders.
bool PeopleOfSidesAgree(const Mention& a, const Mention& b) {
  for (const std::string& p : a.people) {
    auto it = a.person_country.find(p);
    if (it == a.person_country.end() || it->second.empty()) continue;
    const std::string& country = it->second;
    if (!b.actors.count(country)) return false;
    bool side_named = false;
    bool same_person = false;
    for (const std::string& q : b.people) {
      auto jt = b.person_country.find(q);
      if (jt == b.person_country.end() || jt->second != country) continue;
      side_named = true;
      if (q == p) same_person = true;
    }
    if (side_named && !same_person) {
      // Another person of the same side: compatible only when this mention
      // also names that person ("Xi and Li" against "Li").
      bool other_here = false;
      for (const std::string& q : b.people) {
        auto jt = b.person_country.find(q);
        if (jt != b.person_country.end() && jt->second == country &&
            std::find(a.people.begin(), a.people.end(), q) != a.people.end())
          other_here = true;
      }
      if (!other_here) return false;
    }
  }
  return true;
}

bool PeopleAgree(const Mention& a, const Mention& b) {
  if (!a.principal.empty() && !b.principal.empty() && a.principal != b.principal) {
    return false;
  }
  if (a.people.empty() || b.people.empty()) return true;
  if (!PeopleOfSidesAgree(a, b) || !PeopleOfSidesAgree(b, a)) return false;
  for (const std::string& p : a.people) {
    if (std::find(b.people.begin(), b.people.end(), p) != b.people.end()) return true;
  }
  return false;
}

// The same event under two dates close together ("Sept 24" and "Sept 25"
// for one meeting in one place by the same people): merged, with a note.
bool ConflictingDates(const Mention& a, const Mention& b) {
  if (!a.doer.empty() && !b.doer.empty() && a.doer != b.doer) return false;
  if (a.type != b.type || SpanDays(a) != 0 || SpanDays(b) != 0) return false;
  if (a.place.empty() || a.place != b.place || a.people.empty()) return false;
  std::set<std::string> pa(a.people.begin(), a.people.end());
  std::set<std::string> pb(b.people.begin(), b.people.end());
  long gap = std::abs((a.first - b.first).count());
  return pa == pb && gap <= 2;
}

// Whether `members` holds a mention of the sentence of mention `index`
// with another type or doer, both measures (family `sanction_family`): two
// steps told in one sentence ("suspended the partnership and expelled a
// diplomat", "expelled two envoys, and Chile answered by expelling two")
// are two entries, though one day and one family.
bool OtherActOfSentence(const MentionStore& store, const std::vector<uint32_t>& members,
                        size_t index, uint32_t sanction_family) {
  const MentionStore::Record& r = store.record(index);
  if (r.family != sanction_family) return false;
  return std::any_of(members.begin(), members.end(), [&](uint32_t i) {
    const MentionStore::Record& o = store.record(i);
    return o.file == r.file && o.quote == r.quote &&
           (o.type != r.type || o.principal != r.principal);
  });
}

}  // namespace

// Days of one visit reported separately ("began his trip on Tuesday in
// Seattle", "the high point of the trip came on September 25"): the same
// visitor to the same country within a week.
// (Templates: the merge also asks them of a stored mention's fields seen
// as string views, without decoding it into a Mention. Families and types
// are compared as views: a std::string compared with a literal measures
// the literal and calls memcmp, for every pair of mentions compared.)
template <typename A, typename B>
bool SameVisit(const A& a, const B& b) {
  if (std::string_view(a.family) != "visit" || std::string_view(b.family) != "visit") return false;
  // "the trip" with no visitor named is the visit of the one that is named.
  if (a.principal.empty() && b.principal.empty()) return false;
  if (!a.principal.empty() && !b.principal.empty() && a.principal != b.principal) return false;
  if (!a.place_country.empty() && !b.place_country.empty() && a.place_country != b.place_country)
    return false;
  return SpanDays(a) <= 7 && SpanDays(b) <= 7 && std::abs((a.first - b.first).count()) <= 7;
}

// A summit over two days reported day by day ("talks broke down on
// Thursday" after "dinner on Wednesday evening"): the same place, one day apart.
template <typename A, typename B>
bool SameSummit(const A& a, const B& b) {
  return std::string_view(a.type) == "summit" && std::string_view(b.type) == "summit" &&
         !a.place.empty() && a.place == b.place && SpanDays(a) == 0 && SpanDays(b) == 0 &&
         std::abs((a.first - b.first).count()) <= 1;
}

// One side's act and the other side's act against it ("Peru expelled ...",
// "Chile answered by expelling ...") are two events, whatever their dates.
bool OppositeDoers(const Mention& a, const Mention& b) {
  return !a.doer.empty() && !b.doer.empty() && a.doer != b.doer;
}

// A plan told after the last day of a held event of the pair, whose
// period reaches back over that day ("will visit Chile this year" in a
// story later than the visit), is another, later event: a plan joins only
// what was held after it was told (plans29). The next days of a visit
// told as plans ("will go on to Valparaiso on Friday") lie after it and
// still join. Publication days are ISO text and compare as such.
bool PlanAfterHeld(const Mention& a, const Mention& b) {
  const Mention& plan = a.status == "planned" ? a : b;
  const Mention& held = a.status == "planned" ? b : a;
  if (plan.status != "planned" || held.status != "held" || plan.source.published.empty() ||
      plan.first > held.last)
    return false;
  return plan.source.published > FormatDay(date::year_month_day(held.last));
}

bool SameEvent(const Mention& a, const Mention& b, const ActorLexicon& actors) {
  if (OppositeDoers(a, b)) return false;
  if (PlanAfterHeld(a, b)) return false;
  if (SameVisit(a, b) || SameSummit(a, b)) return true;
  if (!Overlap(a, b)) return false;
  // A mention dated by the sentence before tells an act of its own: it
  // joins only one of its own type ("It also said it was closing its
  // consulate" is no part of Monday's recall).
  if ((a.carried || b.carried) && a.type != b.type) return false;
  bool families = a.family == b.family;
  if (!families) {
    // "their September summit" is the late-September state visit; a talk
    // dated to the day inside a month-long visit is an event of its own.
    const Mention& visit = std::string_view(a.family) == "visit" ? a : b;
    const Mention& meeting = std::string_view(a.family) == "visit" ? b : a;
    families = std::string_view(visit.family) == "visit" &&
               std::string_view(meeting.family) == "meeting" &&
               SpanDays(meeting) >= SpanDays(visit);
  }
  return families && PeopleAgree(a, b) && PlacesAgree(a, b, actors);
}

std::vector<Entry> MergeMentions(std::vector<Mention> mentions,
                                 const std::array<std::string, 2>& pair,
                                 const ActorLexicon& actors) {
  MentionStore store;
  store.Add(mentions);
  mentions.clear();
  return MergeMentions(store, pair, actors);
}

std::vector<Entry> MergeMentions(const MentionStore& store, const std::array<std::string, 2>& pair,
                                 const ActorLexicon& actors) {
  // A code no mention names (never interned) leaves nothing to merge.
  uint32_t side_a = store.strings().Find(pair[0]);
  uint32_t side_b = store.strings().Find(pair[1]);
  if (side_a == StringPool::kNotFound || side_b == StringPool::kNotFound) return {};
  // Most precise first, so that each cluster starts with its best date.
  // The keys are copied out of the store once: sorting reads them often.
  // (Kept small and sized once: at 10,000 articles this is a large block.)
  struct Key {
    int32_t span;
    uint32_t sequence, index;
  };
  size_t kept = 0;
  for (size_t i = 0; i < store.size(); ++i) kept += store.HasActors(i, side_a, side_b);
  std::vector<Key> order;
  order.reserve(kept);
  for (size_t i = 0; i < store.size(); ++i) {
    if (store.HasActors(i, side_a, side_b)) {
      order.push_back({static_cast<int32_t>(store.SpanDays(i)),
                       static_cast<uint32_t>(store.Sequence(i)), static_cast<uint32_t>(i)});
    }
  }
  std::stable_sort(order.begin(), order.end(), [](const Key& x, const Key& y) {
    if (x.span != y.span) return x.span < y.span;
    return x.sequence < y.sequence;
  });
  // Each cluster's first mention (the one the others are compared with) is
  // kept decoded; the others are only store indices until their entry is
  // built, and each mention is decoded once here, into one reused Mention.
  std::vector<Mention> reps;
  std::vector<std::vector<uint32_t>> clusters;  // store indices
  std::vector<std::vector<std::string>> notes;
  std::vector<std::string> principals;  // per cluster: the first visitor or actor named
  // Clusters by the months their first mention covers, so that a mention
  // is compared only with clusters near its date (builds of thousands of
  // articles stay linear).
  std::unordered_map<int, std::vector<size_t>> by_month;
  auto month_of = [](date::sys_days day) {
    date::year_month_day ymd(day);
    return static_cast<int>(ymd.year()) * 12 + static_cast<int>(static_cast<unsigned>(ymd.month()));
  };
  constexpr int kMaxMonths = 120;
  std::vector<size_t> candidates;
  std::vector<size_t> stamps;  // per cluster: the last round that took it
  const uint32_t sanction_family = store.strings().Find("sanction");
  size_t round = 0;
  Mention scratch;
  for (const Key& key : order) {
    size_t index = key.index;
    Mention& m = scratch;
    store.DecodeForCompare(index, &m);
    candidates.clear();
    int from = month_of(m.first - date::days(8));
    int to = std::min(month_of(m.last + date::days(8)), from + kMaxMonths);
    // A cluster listed under several of those months is taken once: its
    // stamp says it was (sorting every copy cost more than the compares
    // when clusters span a year).
    ++round;
    for (int month = from; month <= to; ++month) {
      auto it = by_month.find(month);
      if (it == by_month.end()) continue;
      for (size_t c : it->second) {
        if (stamps[c] == round) continue;
        stamps[c] = round;
        candidates.push_back(c);
      }
    }
    std::sort(candidates.begin(), candidates.end());
    size_t home = reps.size();
    bool conflict = false;
    for (size_t c : candidates) {
      const Mention& rep = reps[c];
      bool principal_ok =
          principals[c].empty() || m.principal.empty() || principals[c] == m.principal;
      if (principal_ok && SameEvent(rep, m, actors) &&
          !OtherActOfSentence(store, clusters[c], index, sanction_family)) {
        home = c;
        break;
      }
      if (ConflictingDates(rep, m)) {
        home = c;
        conflict = true;
        break;
      }
    }
    if (home == reps.size()) {
      clusters.emplace_back();
      notes.emplace_back();
      principals.push_back(m.principal);
      stamps.push_back(0);
      int first = month_of(m.first);
      int last = std::min(month_of(m.last), first + kMaxMonths);
      for (int month = first; month <= last; ++month) by_month[month].push_back(home);
      // Only compared with (SameEvent, ConflictingDates): what
      // DecodeForCompare gives is all it needs.
      reps.push_back(m);
    }
    if (conflict) {
      const MentionStore::Record& r = store.record(index);
      notes[home].push_back("conflicting date: " + std::string(store.Text(r.file)) + " says " +
                            std::string(store.Text(r.date)) + " (\"" +
                            std::string(store.Text(r.source_phrase)) + "\")");
    }
    if (principals[home].empty()) principals[home] = m.principal;
    clusters[home].push_back(key.index);
  }
  // The entries are built one cluster at a time, decoding one member at a
  // time (a cluster of thousands of mentions decoded at once was the
  // build's peak); the representatives are not needed any more.
  std::vector<Mention>().swap(reps);
  Mention front, merged;
  std::vector<uint32_t> seen_actors, seen_people, seen_person_keys;
  std::vector<uint32_t> published_ids, published_by_text, published_rank;
  std::vector<uint64_t> seen_sources;
  std::vector<Entry> entries;
  entries.reserve(clusters.size());
  for (size_t ci = 0; ci < clusters.size(); ++ci) {
    const std::vector<uint32_t>& members = clusters[ci];
    store.Decode(members.front(), &front);
    // The event's own words come from its most precise visit mention if it
    // was a visit (a summit during a visit is the visit), else from the
    // most precise mention.
    const StringPool& text = store.strings();
    auto family = [&](size_t i) { return text.Get(store.record(i).family); };
    auto type = [&](size_t i) { return text.Get(store.record(i).type); };
    size_t head = members.front();
    for (size_t i : members) {
      if (family(i) == "visit" && family(head) != "visit") head = i;
      // "state visit" says more than "trip".
      if (type(i) == "state-visit" && type(head) != "state-visit") head = i;
    }
    store.Decode(head, &merged);
    merged.date = front.date;
    merged.qualifier = front.qualifier;
    merged.first = front.first;
    merged.last = front.last;
    auto published = [&](size_t i) { return text.Get(store.record(i).published); };
    auto status = [&](size_t i) { return text.Get(store.record(i).status); };
    size_t latest = members.front();
    bool cancelled = false;
    // A visit reported day by day spans its days: "2015-09-22/2015-09-25".
    date::sys_days visit_first = merged.first, visit_last = merged.last;
    // Each list id is interned text: equal ids are equal strings, so a
    // member's actor, person or person's country already taken is passed
    // over without a string compare or a tree insert.
    seen_actors.clear();
    seen_people.clear();
    seen_person_keys.clear();
    auto take = [](std::vector<uint32_t>* seen, uint32_t id) {
      if (std::find(seen->begin(), seen->end(), id) != seen->end()) return false;
      seen->push_back(id);
      return true;
    };
    // IsCountryPlace(merged) depends only on merged's place: asked again
    // only after that changes (-1: not known yet).
    int country_place = -1;
    for (size_t i : members) {
      const MentionStore::Record& r = store.record(i);
      MemberView m{text.Get(r.type),  text.Get(r.family),        text.Get(r.principal),
                   text.Get(r.place), text.Get(r.place_country), store.First(i),
                   store.Last(i)};
      const uint32_t* at = r.lists;
      for (uint32_t k = 0, n = *at++; k < n; ++k, ++at) {
        if (take(&seen_actors, *at)) merged.actors.emplace(text.Get(*at));
      }
      for (uint32_t k = 0, n = *at++; k < n; ++k, ++at) {
        if (!take(&seen_people, *at)) continue;
        std::string_view p = text.Get(*at);
        if (std::find(merged.people.begin(), merged.people.end(), p) == merged.people.end())
          merged.people.emplace_back(p);
      }
      for (uint32_t k = 0, n = *at++; k < n; ++k, at += 2) {
        if (take(&seen_person_keys, at[0]))
          merged.person_country.emplace(text.Get(at[0]), text.Get(at[1]));
      }
      if (merged.principal.empty()) merged.principal = m.principal;
      if (merged.destination.empty()) merged.destination = text.Get(r.destination);
      bool replace = merged.place.empty();
      if (!replace && !m.place.empty() && m.place_country == merged.place_country) {
        if (country_place < 0) country_place = IsCountryPlace(merged, actors) ? 1 : 0;
        replace = country_place == 1;
      }
      if (replace) {
        merged.place = m.place;
        merged.place_country = m.place_country;
        country_place = -1;
      }
      if (merged.phrase.empty()) merged.phrase = text.Get(r.phrase);
      if (merged.topic.empty()) merged.topic = text.Get(r.topic);
      // The latest report knows best whether it happened; "held" outranks
      // "planned" from the same day.
      std::string_view m_status = text.Get(r.status);
      if (published(i) > published(latest) ||
          (published(i) == published(latest) && m_status == "held")) {
        latest = i;
      }
      if (m_status == "cancelled") cancelled = true;
      bool visit_day = m.family == "visit" && SpanDays(m) <= 7 && SameVisit(m, front);
      // A stay of announced length ("a three-day visit") spans its days
      // even where it overlaps the best-dated mention.
      // So does a clash told over days ("three days of fighting that began
      // on Wednesday") where another mention told only its first day.
      bool clash_days = m.family == "incident" && front.family == "incident" && store.Stay(i) &&
                        SpanDays(m) <= 7 && Overlap(m, front);
      if (clash_days || ((!Overlap(m, front) || (store.Stay(i) && visit_day)) &&
                         (visit_day || SameSummit(m, front)))) {
        visit_first = std::min(visit_first, m.first);
        visit_last = std::max(visit_last, m.last);
      }
    }
    merged.status = status(latest);
    if (cancelled && status(latest) != "held") merged.status = "cancelled";
    if (visit_first != merged.first || visit_last != merged.last) {
      merged.first = visit_first;
      merged.last = visit_last;
      merged.date = FormatDay(date::year_month_day(visit_first)) + "/" +
                    FormatDay(date::year_month_day(visit_last));
      merged.qualifier.clear();
    }
    // A less precise date that does not contain the chosen one is kept as a
    // note for a person to judge.
    for (size_t i : members) {
      if (store.First(i) > merged.last || store.Last(i) < merged.first) {
        const MentionStore::Record& r = store.record(i);
        std::string note = "conflicting date: " + std::string(text.Get(r.file)) + " says " +
                           std::string(text.Get(r.date)) + " (\"" +
                           std::string(text.Get(r.source_phrase)) + "\")";
        if (std::find(notes[ci].begin(), notes[ci].end(), note) == notes[ci].end())
          notes[ci].push_back(note);
      }
    }
    // "Otarola arrived on Monday on his first foreign trip, to Santiago":
    // a visit whose visitor the sentence named too far from its word for a
    // principal still has one traveller among its people, of a country
    // other than where it went; without this its title was a bare "First
    // foreign trip".
    if (merged.family == "visit" && merged.type != "hosting" && merged.principal.empty() &&
        merged.people.size() == 1 && !merged.place_country.empty()) {
      auto pc = merged.person_country.find(merged.people.front());
      if (pc != merged.person_country.end() && !pc->second.empty() &&
          pc->second != merged.place_country)
        merged.principal = merged.people.front();
    }
    Entry e;
    e.date = merged.date;
    e.qualifier = merged.qualifier;
    e.status = merged.status;
    e.type = merged.type;
    e.cameo = merged.cameo;
    e.title = Headline(merged, pair, actors);
    e.id = EntryId(merged);
    e.actors.assign(merged.actors.begin(), merged.actors.end());
    e.people = merged.people;
    e.place = merged.place;
    e.notes = notes[ci];
    // In order of publication, then of mention; the keys are copied out of
    // the store once.
    // Publication days are ids of interned text: they are ranked once by
    // their text (few distinct days), so the sort compares integers.
    published_ids.clear();
    for (size_t i : members) published_ids.push_back(store.record(i).published);
    std::sort(published_ids.begin(), published_ids.end());
    published_ids.erase(std::unique(published_ids.begin(), published_ids.end()),
                        published_ids.end());
    published_by_text = published_ids;
    std::sort(published_by_text.begin(), published_by_text.end(),
              [&](uint32_t a, uint32_t b) { return text.Get(a) < text.Get(b); });
    published_rank.resize(published_ids.size());
    for (uint32_t rank = 0; rank < published_by_text.size(); ++rank) {
      auto at =
          std::lower_bound(published_ids.begin(), published_ids.end(), published_by_text[rank]);
      published_rank[static_cast<size_t>(at - published_ids.begin())] = rank;
    }
    struct SourceKey {
      uint32_t published, sequence, index;  // published: the day's rank
    };
    std::vector<SourceKey> source_keys;
    source_keys.reserve(members.size());
    for (size_t i : members) {
      auto at =
          std::lower_bound(published_ids.begin(), published_ids.end(), store.record(i).published);
      source_keys.push_back({published_rank[static_cast<size_t>(at - published_ids.begin())],
                             static_cast<uint32_t>(store.Sequence(i)), static_cast<uint32_t>(i)});
    }
    std::stable_sort(source_keys.begin(), source_keys.end(),
                     [](const SourceKey& a, const SourceKey& b) {
                       if (a.published != b.published) return a.published < b.published;
                       return a.sequence < b.sequence;
                     });
    std::vector<size_t> by_source(source_keys.size());
    for (size_t k = 0; k < source_keys.size(); ++k) by_source[k] = source_keys[k].index;
    // One sentence that names the event twice is one source: the same file
    // and quote, which interned are the same ids. Counted first, so that
    // the sources (the timeline itself) take no more memory than they need.
    // (An open-addressing table of the two ids as one key: a tree node per
    // source cost more than the rest of this loop.)
    size_t slots = 16;
    int shift = 60;  // the top bits of a multiplicative hash: both ids mixed
    while (slots < 2 * by_source.size()) slots *= 2, --shift;
    seen_sources.assign(slots, 0);
    std::erase_if(by_source, [&](size_t i) {
      const MentionStore::Record& r = store.record(i);
      uint64_t key = (uint64_t{r.file} << 32 | r.quote) + 1;  // 0: an empty slot
      size_t at = static_cast<size_t>(key * 0x9E3779B97F4A7C15ull >> shift);
      for (; seen_sources[at] != 0; at = (at + 1) & (slots - 1)) {
        if (seen_sources[at] == key) return true;
      }
      seen_sources[at] = key;
      return false;
    });
    e.sources.resize(by_source.size());
    for (size_t k = 0; k < by_source.size(); ++k) store.DecodeSource(by_source[k], &e.sources[k]);
    entries.push_back(std::move(e));
  }
  std::sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) {
    DateValue va, vb;
    std::string err;
    bool pa = ParseDateValue(a.date, &va, &err), pb = ParseDateValue(b.date, &vb, &err);
    if (pa && pb && (DateValueLess(va, vb) || DateValueLess(vb, va))) return DateValueLess(va, vb);
    return a.id < b.id;
  });
  return entries;
}

}  // namespace annals
