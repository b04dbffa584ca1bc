// MergeInto: a rebuild folds freshly built entries into the timeline a person
// has been editing (docs/timeline-format.md, "Rebuilding").
#include <algorithm>
#include <map>
#include <set>

#include "annals/date_value.h"
#include "annals/timeline.h"

namespace annals {

namespace {

// Entries of the same type between the same sides, for the "same event" match.
std::string EventKey(const Entry& e) {
  std::vector<std::string> actors = e.actors;
  std::sort(actors.begin(), actors.end());
  std::string key = e.type;
  for (const std::string& a : actors) key += "\x1f" + a;
  return key;
}

bool SameEvent(const Entry& a, const Entry& b) {
  if (EventKey(a) != EventKey(b)) return false;
  DateValue da, db;
  std::string err;
  return ParseDateValue(a.date, &da, &err) && ParseDateValue(b.date, &db, &err) && Overlaps(da, db);
}

bool SameSource(const Source& a, const Source& b) {
  return a.file == b.file && a.phrase == b.phrase && a.quote == b.quote;
}

}  // namespace

MergeSummary MergeInto(Timeline* existing, const Timeline& fresh) {
  MergeSummary summary;
  std::set<std::string> live, history(existing->history.begin(), existing->history.end()),
      dismissed(existing->dismissed.begin(), existing->dismissed.end());
  std::map<std::string, size_t> by_id;
  std::map<std::string, std::vector<size_t>> by_event;
  for (size_t i = 0; i < existing->events.size(); ++i) {
    const Entry& e = existing->events[i];
    live.insert(e.id);
    by_id.emplace(e.id, i);
    by_event[EventKey(e)].push_back(i);
  }
  // An id annals generated that is no longer in the file was deleted by a
  // person: it goes on the dismissed list so that it does not come back.
  for (const std::string& id : history) {
    if (!live.count(id) && dismissed.insert(id).second) ++summary.dismissed;
  }
  std::set<std::string> used = live;
  used.insert(history.begin(), history.end());
  used.insert(dismissed.begin(), dismissed.end());

  std::vector<Entry> added;
  std::set<size_t> updated;
  for (const Entry& f : fresh.events) {
    size_t match = existing->events.size();
    // The same id is the same entry when a person owns it (they may have
    // changed anything) or it still describes the same event; an untouched
    // entry under the id of a different event (same day and type, other
    // sides) is not it.
    auto by = by_id.find(f.id);
    if (by != by_id.end() && (IsHandEdited(existing->events[by->second]) ||
                              SameEvent(existing->events[by->second], f))) {
      match = by->second;
    } else if (auto candidates = by_event.find(EventKey(f)); candidates != by_event.end()) {
      for (size_t i : candidates->second) {
        if (SameEvent(existing->events[i], f)) {
          match = i;
          break;
        }
      }
    }
    if (match < existing->events.size()) {
      Entry& known = existing->events[match];
      if (IsHandEdited(known)) {
        ++summary.kept_edited;
        continue;
      }
      bool grew = false;
      for (const Source& s : f.sources) {
        bool have = std::any_of(known.sources.begin(), known.sources.end(),
                                [&](const Source& k) { return SameSource(k, s); });
        if (!have) {
          known.sources.push_back(s);
          grew = true;
        }
      }
      if (grew) {
        known.generated = EntryDigest(known);
        updated.insert(match);
      }
      continue;
    }
    if (dismissed.count(f.id)) {
      ++summary.skipped_dismissed;
      continue;
    }
    // Ids are never reused: not a live one, not a dismissed one, not one
    // annals handed out before.
    Entry entry = f;
    std::string id = entry.id.empty() ? "entry" : entry.id;
    for (int n = 2; used.count(id); ++n) id = entry.id + "-" + std::to_string(n);
    entry.id = id;
    entry.edited = false;
    entry.generated = EntryDigest(entry);
    used.insert(id);
    history.insert(id);
    added.push_back(std::move(entry));
  }
  summary.added = added.size();
  summary.updated = updated.size();
  for (Entry& e : added) existing->events.push_back(std::move(e));
  existing->dismissed.assign(dismissed.begin(), dismissed.end());
  existing->history.assign(history.begin(), history.end());
  Normalize(existing);
  return summary;
}

}  // namespace annals
