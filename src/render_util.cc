#include "render_util.h"

#include "atomic_file.h"

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>

#include <unistd.h>

namespace annals {

namespace {

std::string Pad(unsigned value, int width) {
  std::string text = std::to_string(value);
  if (static_cast<int>(text.size()) < width) text.insert(0, width - text.size(), '0');
  return text;
}

std::string YearText(date::year year) {
  int y = static_cast<int>(year);
  return y < 0 ? std::to_string(y) : Pad(static_cast<unsigned>(y), 4);
}

bool EqualsIgnoreCase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(a[i])) !=
        std::tolower(static_cast<unsigned char>(b[i]))) {
      return false;
    }
  }
  return true;
}

}  // namespace

std::string IsoDay(date::year_month_day day) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u", static_cast<int>(day.year()),
                static_cast<unsigned>(day.month()), static_cast<unsigned>(day.day()));
  return buffer;
}

std::string IsoMonth(date::year_month_day day) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%04d-%02u", static_cast<int>(day.year()),
                static_cast<unsigned>(day.month()));
  return buffer;
}

std::string HtmlDatetime(std::string_view value) {
  DateValue v;
  std::string err;
  if (!ParseDateValue(value, &v, &err)) return "";
  if (v.interval) return IsoDay(v.first);
  switch (v.precision) {
    case Precision::kDay:
      return IsoDay(v.first);
    case Precision::kWeek:
    case Precision::kWeekend:
      return FormatIsoWeek(v.first);
    case Precision::kMonth:
      return IsoMonth(v.first);
    default:
      return YearText(v.first.year());
  }
}

std::string DisplayDateWithStatus(const Entry& entry) {
  std::string text = DisplayDate(entry.date, entry.qualifier);
  if (entry.status == "planned" || entry.status == "cancelled") text += " · " + entry.status;
  return text;
}

bool IsWebUrl(std::string_view url) {
  auto starts = [&](std::string_view prefix) {
    return url.size() > prefix.size() && EqualsIgnoreCase(url.substr(0, prefix.size()), prefix);
  };
  if (!starts("http://") && !starts("https://")) return false;
  // Whitespace and control characters have no place in a real link.
  return std::none_of(url.begin(), url.end(),
                      [](char c) { return static_cast<unsigned char>(c) <= ' ' || c == 0x7f; });
}

QuoteParts SplitQuote(std::string_view quote, std::string_view phrase) {
  QuoteParts parts;
  size_t at = std::string_view::npos;
  if (!phrase.empty() && phrase.size() <= quote.size()) {
    at = quote.find(phrase);
    for (size_t i = 0; at == std::string_view::npos && i + phrase.size() <= quote.size(); ++i) {
      if (EqualsIgnoreCase(quote.substr(i, phrase.size()), phrase)) at = i;
    }
  }
  if (at == std::string_view::npos) {
    parts.before = std::string(quote);
    return parts;
  }
  parts.found = true;
  parts.before = std::string(quote.substr(0, at));
  parts.phrase = std::string(quote.substr(at, phrase.size()));
  parts.after = std::string(quote.substr(at + phrase.size()));
  return parts;
}

std::vector<const Entry*> SortedEntries(const std::vector<Entry>& entries) {
  struct Keyed {
    const Entry* entry;
    bool ok;
    DateValue value;
  };
  std::vector<Keyed> keyed;
  keyed.reserve(entries.size());
  for (const Entry& e : entries) {
    Keyed k{&e, false, {}};
    std::string err;
    k.ok = ParseDateValue(e.date, &k.value, &err);
    keyed.push_back(k);
  }
  std::stable_sort(keyed.begin(), keyed.end(), [](const Keyed& a, const Keyed& b) {
    if (a.ok != b.ok) return a.ok;
    if (a.ok) {
      if (DateValueLess(a.value, b.value)) return true;
      if (DateValueLess(b.value, a.value)) return false;
    }
    return a.entry->id < b.entry->id;
  });
  std::vector<const Entry*> sorted;
  sorted.reserve(keyed.size());
  for (const Keyed& k : keyed) sorted.push_back(k.entry);
  return sorted;
}

bool WriteFileAtomically(const std::string& path, std::string_view contents, std::string* err) {
  std::filesystem::path target(path);
  std::error_code ec;
  if (target.has_parent_path()) {
    std::filesystem::create_directories(target.parent_path(), ec);
    if (ec) {
      *err = target.parent_path().string() + ": cannot create folder: " + ec.message();
      return false;
    }
  }
  // The timeline's writer: an unpredictable temporary name, fsync before the
  // rename, the old file's mode kept, and a device or FIFO at `path` (say
  // `-o /dev/full`) refused rather than replaced by a regular file.
  return annals::WriteFileAtomically(path, std::string(contents), "", err);
}

std::string TypeLabel(std::string_view type) {
  std::string label(type);
  std::replace(label.begin(), label.end(), '-', ' ');
  return label;
}

}  // namespace annals
