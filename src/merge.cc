#include "merge.h"

#include <algorithm>
#include <cstddef>
#include <iterator>
#include <set>
#include <unordered_map>

#include "annals/date_value.h"
#include "headline.h"
#include "mention_store.h"

namespace annals {

namespace {

long SpanDays(const Mention& m) { return (m.last - m.first).count(); }

bool Overlap(const Mention& a, const Mention& b) { return a.first <= b.last && b.first <= a.last; }

// A place is a country name when nothing more precise is known.
bool IsCountryPlace(const Mention& m, const ActorLexicon& actors) {
  return !m.place.empty() && m.place == actors.CountryName(m.place_country);
}

bool PlacesAgree(const Mention& a, const Mention& b, const ActorLexicon& actors) {
  if (a.place.empty() || b.place.empty() || a.place == b.place) return true;
  // A visit goes to a country and may stop in several of its cities.
  if (a.family == "visit" && b.family == "visit") return a.place_country == b.place_country;
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
  if (a.type != b.type || SpanDays(a) != 0 || SpanDays(b) != 0) return false;
  if (a.place.empty() || a.place != b.place || a.people.empty()) return false;
  std::set<std::string> pa(a.people.begin(), a.people.end());
  std::set<std::string> pb(b.people.begin(), b.people.end());
  long gap = std::abs((a.first - b.first).count());
  return pa == pb && gap <= 2;
}

}  // namespace

// Days of one visit reported separately ("began his trip on Tuesday in
// Seattle", "the high point of the trip came on September 25"): the same
// visitor to the same country within a week.
bool SameVisit(const Mention& a, const Mention& b) {
  if (a.family != "visit" || b.family != "visit") return false;
  // "the trip" with no visitor named is the visit of the one that is named.
  if (a.principal.empty() && b.principal.empty()) return false;
  if (!a.principal.empty() && !b.principal.empty() && a.principal != b.principal) return false;
  if (!a.place_country.empty() && !b.place_country.empty() && a.place_country != b.place_country)
    return false;
  return SpanDays(a) <= 7 && SpanDays(b) <= 7 && std::abs((a.first - b.first).count()) <= 7;
}

// A summit over two days reported day by day ("talks broke down on
// Thursday" after "dinner on Wednesday evening"): the same place, one day apart.
bool SameSummit(const Mention& a, const Mention& b) {
  return a.type == "summit" && b.type == "summit" && !a.place.empty() && a.place == b.place &&
         SpanDays(a) == 0 && SpanDays(b) == 0 && std::abs((a.first - b.first).count()) <= 1;
}

bool SameEvent(const Mention& a, const Mention& b, const ActorLexicon& actors) {
  if (SameVisit(a, b) || SameSummit(a, b)) return true;
  if (!Overlap(a, b)) return false;
  bool families = a.family == b.family;
  if (!families) {
    // "their September summit" is the late-September state visit; a talk
    // dated to the day inside a month-long visit is an event of its own.
    const Mention& visit = a.family == "visit" ? a : b;
    const Mention& meeting = a.family == "visit" ? b : a;
    families = visit.family == "visit" && meeting.family == "meeting" &&
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
  Mention scratch;
  for (const Key& key : order) {
    size_t index = key.index;
    Mention& m = scratch;
    store.DecodeForMerge(index, &m);
    candidates.clear();
    int from = month_of(m.first - date::days(8));
    int to = std::min(month_of(m.last + date::days(8)), from + kMaxMonths);
    for (int month = from; month <= to; ++month) {
      auto it = by_month.find(month);
      if (it != by_month.end())
        candidates.insert(candidates.end(), it->second.begin(), it->second.end());
    }
    std::sort(candidates.begin(), candidates.end());
    candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
    size_t home = reps.size();
    bool conflict = false;
    for (size_t c : candidates) {
      const Mention& rep = reps[c];
      bool principal_ok =
          principals[c].empty() || m.principal.empty() || principals[c] == m.principal;
      if (principal_ok && SameEvent(rep, m, actors)) {
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
      int first = month_of(m.first);
      int last = std::min(month_of(m.last), first + kMaxMonths);
      for (int month = first; month <= last; ++month) by_month[month].push_back(home);
      // Only compared with (SameEvent, ConflictingDates): what
      // DecodeForMerge gives is all it needs.
      reps.push_back(m);
    }
    if (conflict) {
      notes[home].push_back("conflicting date: " + m.source.file + " says " + m.date + " (\"" +
                            m.source.phrase + "\")");
    }
    if (principals[home].empty()) principals[home] = m.principal;
    clusters[home].push_back(key.index);
  }
  // The entries are built one cluster at a time, decoding one member at a
  // time (a cluster of thousands of mentions decoded at once was the
  // build's peak); the representatives are not needed any more.
  std::vector<Mention>().swap(reps);
  Mention front, merged;
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
    for (size_t i : members) {
      Mention& m = scratch;
      store.DecodeForMerge(i, &m);
      merged.actors.insert(m.actors.begin(), m.actors.end());
      for (const std::string& p : m.people) {
        if (std::find(merged.people.begin(), merged.people.end(), p) == merged.people.end())
          merged.people.push_back(p);
      }
      merged.person_country.insert(m.person_country.begin(), m.person_country.end());
      if (merged.principal.empty()) merged.principal = m.principal;
      if (merged.destination.empty()) merged.destination = m.destination;
      if (merged.place.empty() || (IsCountryPlace(merged, actors) && !m.place.empty() &&
                                   m.place_country == merged.place_country)) {
        merged.place = m.place;
        merged.place_country = m.place_country;
      }
      if (merged.phrase.empty()) merged.phrase = m.phrase;
      if (merged.topic.empty()) merged.topic = m.topic;
      // The latest report knows best whether it happened; "held" outranks
      // "planned" from the same day.
      if (published(i) > published(latest) ||
          (published(i) == published(latest) && m.status == "held")) {
        latest = i;
      }
      if (m.status == "cancelled") cancelled = true;
      bool visit_day = m.family == "visit" && SpanDays(m) <= 7 && SameVisit(m, front);
      // A stay of announced length ("a three-day visit") spans its days
      // even where it overlaps the best-dated mention.
      if ((!Overlap(m, front) || (m.stay && visit_day)) && (visit_day || SameSummit(m, front))) {
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
    struct SourceKey {
      uint32_t published, sequence, index;
    };
    std::vector<SourceKey> source_keys;
    source_keys.reserve(members.size());
    for (size_t i : members) {
      source_keys.push_back({store.record(i).published, static_cast<uint32_t>(store.Sequence(i)),
                             static_cast<uint32_t>(i)});
    }
    std::stable_sort(source_keys.begin(), source_keys.end(),
                     [&](const SourceKey& a, const SourceKey& b) {
                       if (a.published != b.published)
                         return text.Get(a.published) < text.Get(b.published);
                       return a.sequence < b.sequence;
                     });
    std::vector<size_t> by_source(source_keys.size());
    for (size_t k = 0; k < source_keys.size(); ++k) by_source[k] = source_keys[k].index;
    // One sentence that names the event twice is one source: the same file
    // and quote, which interned are the same ids. Counted first, so that
    // the sources (the timeline itself) take no more memory than they need.
    std::set<std::pair<uint32_t, uint32_t>> seen;
    std::erase_if(by_source, [&](size_t i) {
      return !seen.emplace(store.record(i).file, store.record(i).quote).second;
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
