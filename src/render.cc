#include "annals/render.h"

#include <algorithm>
#include <map>

#include <kainjow/mustache.hpp>

#include "annals/date_value.h"
#include "render_templates.h"
#include "render_util.h"

namespace annals {

namespace {

using kainjow::mustache::data;

const char* const kMonthNames[] = {"January",   "February", "March",    "April",
                                   "May",       "June",     "July",     "August",
                                   "September", "October",  "November", "December"};

// The order statuses are listed in, whatever order they first appear.
const char* const kStatusOrder[] = {"held", "reported", "planned", "cancelled"};

// An entry without a type still needs a filter box to belong to.
std::string TypeOrOther(const std::string& type) { return type.empty() ? "other" : type; }

// Moves `value` into the object `object` (kainjow's set() copies it).
void Put(data* object, const std::string& key, data&& value) { (*object)[key] = std::move(value); }

data List(const std::vector<std::string>& items) {
  data list = data::type::list;
  for (const std::string& item : items) list.push_back(data(item));
  return list;
}

std::string Join(const std::vector<std::string>& items, const std::string& separator) {
  std::string out;
  for (const std::string& item : items) {
    if (!out.empty()) out += separator;
    out += item;
  }
  return out;
}

std::string NameOf(const std::string& code) {
  std::string name = CountryName(code);
  return name.empty() ? code : name;
}

// An HTML id from an entry id: ids must not contain whitespace.
std::string Anchor(const std::string& id) {
  std::string anchor = id.empty() ? "entry" : id;
  for (char& c : anchor) {
    if (static_cast<unsigned char>(c) <= ' ') c = '-';
  }
  return anchor;
}

std::string PublishedDisplay(const std::string& published) {
  return published.empty() ? "" : DisplayDate(published);
}

data SourceData(const Source& s) {
  data source;
  std::string outlet = s.outlet;
  if (outlet.empty() && !s.file.empty()) {
    size_t slash = s.file.find_last_of('/');
    outlet = slash == std::string::npos ? s.file : s.file.substr(slash + 1);
  }
  Put(&source, "outlet", outlet);
  Put(&source, "file", s.file);
  if (!s.published.empty()) {
    Put(&source, "published", s.published);
    Put(&source, "published_display", PublishedDisplay(s.published));
  }
  if (IsWebUrl(s.url)) Put(&source, "url", s.url);
  if (!s.quote.empty()) {
    // The template escapes each piece; the <mark> around the phrase is the
    // template's own markup, so nothing from the article reaches the page raw.
    QuoteParts parts = SplitQuote(s.quote, s.phrase);
    data quote;
    Put(&quote, "before", parts.before);
    if (parts.found) Put(&quote, "phrase", parts.phrase);
    Put(&quote, "after", parts.after);
    source["quote"] = std::move(quote);
  }
  if (!s.phrase.empty()) Put(&source, "date_phrase", s.phrase);
  return source;
}

data EntryData(const Entry& e) {
  data entry;
  Put(&entry, "id", e.id);
  Put(&entry, "anchor", Anchor(e.id));
  Put(&entry, "date", e.date);
  Put(&entry, "datetime", HtmlDatetime(e.date));
  Put(&entry, "display_date", DisplayDate(e.date, e.qualifier));
  if (e.status == "planned" || e.status == "cancelled") Put(&entry, "status_note", e.status);
  Put(&entry, "status", e.status.empty() ? "held" : e.status);
  Put(&entry, "status_" + (e.status.empty() ? std::string("held") : e.status), true);
  std::string type = TypeOrOther(e.type);
  Put(&entry, "type", type);
  Put(&entry, "type_label", TypeLabel(type));
  Put(&entry, "entry_title", e.title.empty() ? TypeLabel(type) : e.title);
  if (!e.qualifier.empty()) Put(&entry, "qualifier", e.qualifier);
  if (!e.cameo.empty()) Put(&entry, "cameo", e.cameo);
  if (!e.people.empty()) {
    Put(&entry, "people", List(e.people));
    Put(&entry, "people_text", Join(e.people, ", "));
  }
  if (!e.actors.empty()) {
    std::vector<std::string> names;
    for (const std::string& code : e.actors) names.push_back(NameOf(code));
    Put(&entry, "actors_text", Join(names, ", "));
  }
  if (!e.place.empty()) Put(&entry, "place", e.place);
  if (!e.sources.empty()) {
    data sources = data::type::list;
    for (const Source& s : e.sources) Append(&sources, SourceData(s));
    entry["sources"] = std::move(sources);
    Put(&entry, "source_count",
        std::to_string(e.sources.size()) + (e.sources.size() == 1 ? " source" : " sources"));
  }
  if (!e.notes.empty()) Put(&entry, "notes", List(e.notes));
  if (e.edited) Put(&entry, "edited", true);
  return entry;
}

std::string Plural(size_t n, const std::string& one, const std::string& many) {
  return std::to_string(n) + " " + (n == 1 ? one : many);
}

}  // namespace

namespace {

// Facts about a timeline shared by its page and the site index.
struct TimelineSummary {
  std::string pair_names;
  std::string span_display;  // "Nov 2014 – Sep 2016"
  std::string span_start;    // <time datetime> values
  std::string span_end;
  std::vector<std::pair<std::string, size_t>> type_counts;    // by count, then name
  std::vector<std::pair<std::string, size_t>> status_counts;  // kStatusOrder first
};

TimelineSummary Summarize(const Timeline& timeline) {
  TimelineSummary summary;
  std::string first = NameOf(timeline.pair[0]), second = NameOf(timeline.pair[1]);
  summary.pair_names = first.empty() && second.empty() ? "" : first + " – " + second;
  std::optional<date::year_month_day> lo, hi;
  std::map<std::string, size_t> types, statuses;
  for (const Entry& e : timeline.events) {
    ++types[TypeOrOther(e.type)];
    ++statuses[e.status.empty() ? "held" : e.status];
    DateValue v;
    std::string err;
    if (!ParseDateValue(e.date, &v, &err)) continue;
    if (!lo || date::sys_days{v.first} < date::sys_days{*lo}) lo = v.first;
    if (!hi || date::sys_days{v.last} > date::sys_days{*hi}) hi = v.last;
  }
  if (lo && hi) {
    auto month_text = [](date::year_month_day d) { return DisplayDate(IsoMonth(d)); };
    summary.span_start = IsoMonth(*lo);
    summary.span_end = IsoMonth(*hi);
    summary.span_display = summary.span_start == summary.span_end
                               ? month_text(*lo)
                               : month_text(*lo) + " – " + month_text(*hi);
  }
  summary.type_counts.assign(types.begin(), types.end());
  std::stable_sort(summary.type_counts.begin(), summary.type_counts.end(),
                   [](const auto& a, const auto& b) { return a.second > b.second; });
  for (const char* status : kStatusOrder) {
    if (auto it = statuses.find(status); it != statuses.end()) {
      summary.status_counts.push_back(*it);
      statuses.erase(it);
    }
  }
  for (const auto& rest : statuses) summary.status_counts.push_back(rest);
  return summary;
}

}  // namespace

data TimelineSummaryData(const Timeline& timeline) {
  TimelineSummary summary = Summarize(timeline);
  data context;
  Put(&context, "timeline_title", timeline.title.empty() ? summary.pair_names : timeline.title);
  Put(&context, "pair_names", summary.pair_names);
  data pair = data::type::list;
  for (const std::string& code : timeline.pair) {
    data side;
    Put(&side, "code", code);
    Put(&side, "name", NameOf(code));
    pair.push_back(side);
  }
  Put(&context, "pair", std::move(pair));
  if (!summary.span_display.empty()) {
    data span;
    Put(&span, "display", summary.span_display);
    Put(&span, "start", summary.span_start);
    Put(&span, "end", summary.span_end);
    Put(&context, "span", std::move(span));
  }
  Put(&context, "entry_count", std::to_string(timeline.events.size()));
  Put(&context, "entry_count_label", Plural(timeline.events.size(), "entry", "entries"));
  data types = data::type::list;
  for (const auto& [type, count] : summary.type_counts) {
    data item;
    Put(&item, "type", type);
    Put(&item, "label", TypeLabel(type));
    Put(&item, "count", std::to_string(count));
    types.push_back(item);
  }
  Put(&context, "type_counts", std::move(types));
  data statuses = data::type::list;
  for (const auto& [status, count] : summary.status_counts) {
    data item;
    Put(&item, "status", status);
    Put(&item, "label", status);
    Put(&item, "count", std::to_string(count));
    statuses.push_back(item);
  }
  Put(&context, "status_counts", std::move(statuses));
  return context;
}

bool RenderTimelinePage(const Timeline& timeline, const RenderOptions& options, std::string* html,
                        std::vector<Diagnostic>* diagnostics) {
  Theme theme;
  if (!theme.Load(options.templates_dir, diagnostics)) return false;
  data context = TimelineSummaryData(timeline);
  Put(&context, "version", ANNALS_VERSION);
  if (!options.index_href.empty()) Put(&context, "index_href", options.index_href);

  // Year and month groups in reading order; undated entries last.
  data years = data::type::list;
  data year_item, months = data::type::list, month_item, entries = data::type::list;
  std::string current_year, current_month;
  size_t year_count = 0;
  auto close_month = [&] {
    if (current_month.empty()) return;
    month_item["entries"] = std::move(entries);
    Append(&months, std::move(month_item));
    entries = data::type::list;
    month_item = data();
    current_month.clear();
  };
  auto close_year = [&] {
    close_month();
    if (current_year.empty()) return;
    year_item["months"] = std::move(months);
    Put(&year_item, "year_count", Plural(year_count, "entry", "entries"));
    Append(&years, std::move(year_item));
    months = data::type::list;
    year_item = data();
    current_year.clear();
    year_count = 0;
  };
  for (const Entry* e : SortedEntries(timeline.events)) {
    DateValue v;
    std::string err, year_key, month_key, year_label, month_label;
    if (ParseDateValue(e->date, &v, &err)) {
      int y = static_cast<int>(v.first.year());
      unsigned m = static_cast<unsigned>(v.first.month());
      year_key = std::to_string(y);
      year_label = year_key;
      // A value coarser than a month (a year, a quarter) is listed under the
      // year itself rather than pretending it happened in its first month.
      bool monthly = v.interval || v.precision == Precision::kMonth ||
                     v.precision == Precision::kWeek || v.precision == Precision::kWeekend ||
                     v.precision == Precision::kDay;
      month_key = monthly ? IsoMonth(v.first) : year_key;
      month_label =
          monthly ? std::string(kMonthNames[m - 1]) + " " + year_key : "During " + year_key;
    } else {
      year_key = "undated";
      year_label = "Undated";
      month_key = "undated";
      month_label = "Date not understood";
    }
    if (year_key != current_year) {
      close_year();
      current_year = year_key;
      Put(&year_item, "year", year_label);
      Put(&year_item, "year_anchor", "y" + year_key);
    }
    if (month_key != current_month) {
      close_month();
      current_month = month_key;
      Put(&month_item, "month_label", month_label);
      Put(&month_item, "month_anchor", "m" + month_key);
    }
    Append(&entries, EntryData(*e));
    ++year_count;
  }
  close_year();
  context["years"] = std::move(years);
  Put(&context, "has_entries", !timeline.events.empty());
  return theme.Render("timeline", std::move(context), html, diagnostics);
}

bool RenderTimeline(const Timeline& timeline, const std::string& out_dir,
                    const RenderOptions& options, std::vector<Diagnostic>* diagnostics) {
  std::string html;
  if (!RenderTimelinePage(timeline, options, &html, diagnostics)) return false;
  std::string path = out_dir + "/index.html";
  std::string err;
  if (!WriteFileAtomically(path, html, &err)) {
    diagnostics->push_back(Diagnostic{"", 0, 0, Severity::kError, err});
    return false;
  }
  return true;
}

}  // namespace annals
