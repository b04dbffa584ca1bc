#include "annals/export.h"

#include <algorithm>
#include <cctype>
#include <iterator>

#include "annals/date_value.h"
#include "render_util.h"

namespace annals {

namespace {

std::string Join(const std::vector<std::string>& items, const std::string& separator) {
  std::string out;
  for (const std::string& item : items) {
    if (!out.empty()) out += separator;
    out += item;
  }
  return out;
}

std::string JsonList(const std::vector<std::string>& items) {
  std::string out = "[";
  for (size_t i = 0; i < items.size(); ++i) out += (i ? "," : "") + JsonString(items[i]);
  return out + "]";
}

// TimelineJS shows headline and text as HTML, so they are HTML-escaped on
// top of the JSON escaping; every other export carries plain text.
std::string HtmlEscape(std::string_view text) {
  std::string out;
  for (char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

bool EntryDate(const Entry& e, DateValue* v, std::string* err) {
  std::string why;
  if (ParseDateValue(e.date, v, &why)) return true;
  *err = "entry " + e.id + ": date \"" + e.date + "\": " + why;
  return false;
}

std::string Compact(date::year_month_day day) {
  std::string text = IsoDay(day);
  std::string out;
  for (char c : text) {
    if (c != '-') out += c;
  }
  return out;
}

// A TimelineJS date object carrying only the precision the value has.
std::string TimelineJsDate(date::year_month_day day, bool with_month, bool with_day) {
  std::string out = "{\"year\":" + JsonString(std::to_string(static_cast<int>(day.year())));
  if (with_month) {
    out += ",\"month\":" + JsonString(std::to_string(static_cast<unsigned>(day.month())));
  }
  if (with_day) out += ",\"day\":" + JsonString(std::to_string(static_cast<unsigned>(day.day())));
  return out + "}";
}

std::string EntryText(const Entry& e) {
  std::vector<std::string> parts;
  if (!e.people.empty()) parts.push_back("Participants: " + Join(e.people, ", "));
  if (!e.place.empty()) parts.push_back("Place: " + e.place);
  if (e.status != "held" && !e.status.empty()) parts.push_back("Status: " + e.status);
  return Join(parts, ". ");
}

bool TimelineJs(const Timeline& timeline, std::string* out, std::string* err) {
  auto name = [](const std::string& code) {
    std::string n = CountryName(code);
    return n.empty() ? code : n;
  };
  std::string pair = name(timeline.pair[0]) + " – " + name(timeline.pair[1]);
  std::string json =
      "{\"title\":{\"text\":{\"headline\":" + JsonString(HtmlEscape(timeline.title)) +
      ",\"text\":" + JsonString(HtmlEscape(pair)) + "}},\"events\":[";
  bool first = true;
  for (const Entry* e : SortedEntries(timeline.events)) {
    DateValue v;
    if (!EntryDate(*e, &v, err)) return false;
    bool day = v.precision == Precision::kDay && !v.interval;
    bool month = v.interval || v.precision >= Precision::kHalf;
    // A single day needs no end; anything longer spans its first to last day
    // at the precision TimelineJS can show.
    bool span_days =
        v.interval || v.precision == Precision::kWeek || v.precision == Precision::kWeekend;
    json += first ? "\n" : ",\n";
    first = false;
    json += "{\"unique_id\":" + JsonString(e->id);
    json += ",\"start_date\":" + TimelineJsDate(v.first, month, day || span_days);
    if (!day) json += ",\"end_date\":" + TimelineJsDate(v.last, month, span_days);
    if (!day || !e->qualifier.empty() || e->status == "planned" || e->status == "cancelled") {
      json += ",\"display_date\":" + JsonString(DisplayDateWithStatus(*e));
    }
    json += ",\"text\":{\"headline\":" + JsonString(HtmlEscape(e->title)) +
            ",\"text\":" + JsonString(HtmlEscape(EntryText(*e))) + "}";
    if (!e->type.empty()) json += ",\"group\":" + JsonString(TypeLabel(e->type));
    json += "}";
  }
  json += "\n]}\n";
  *out = std::move(json);
  return true;
}

bool Csv(const Timeline& timeline, std::string* out, std::string* err) {
  const char* const kColumns[] = {
      "id",    "date",  "qualifier", "display_date", "start", "end",     "status", "type",
      "cameo", "title", "actors",    "people",       "place", "sources", "urls",   "quote"};
  std::string csv;
  for (size_t i = 0; i < std::size(kColumns); ++i) csv += (i ? "," : "") + std::string(kColumns[i]);
  csv += "\r\n";
  for (const Entry* e : SortedEntries(timeline.events)) {
    DateValue v;
    if (!EntryDate(*e, &v, err)) return false;
    std::vector<std::string> files, urls;
    for (const Source& s : e->sources) {
      files.push_back(s.file);
      if (!s.url.empty()) urls.push_back(s.url);
    }
    std::vector<std::string> row = {e->id,
                                    e->date,
                                    e->qualifier,
                                    DisplayDate(e->date, e->qualifier),
                                    IsoDay(v.first),
                                    IsoDay(v.last),
                                    e->status,
                                    e->type,
                                    e->cameo,
                                    e->title,
                                    Join(e->actors, "; "),
                                    Join(e->people, "; "),
                                    e->place,
                                    Join(files, "; "),
                                    Join(urls, "; "),
                                    e->sources.empty() ? "" : e->sources.front().quote};
    for (size_t i = 0; i < row.size(); ++i) csv += (i ? "," : "") + CsvField(row[i]);
    csv += "\r\n";
  }
  *out = std::move(csv);
  return true;
}

std::string Lower(std::string text) {
  for (char& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return text;
}

bool Ics(const Timeline& timeline, std::string* out, std::string* err) {
  std::string ics;
  auto line = [&](const std::string& text) { ics += IcsFold(text); };
  line("BEGIN:VCALENDAR");
  line("VERSION:2.0");
  line("PRODID:-//annals//annals " ANNALS_VERSION "//EN");
  line("CALSCALE:GREGORIAN");
  if (!timeline.title.empty()) line("X-WR-CALNAME:" + IcsText(timeline.title));
  // UIDs must be unique across calendars and stable across exports: the
  // entry id (unique in the file) qualified by the pair.
  std::string domain = Lower(timeline.pair[0] + "-" + timeline.pair[1]) + ".annals.invalid";
  for (const Entry* e : SortedEntries(timeline.events)) {
    DateValue v;
    if (!EntryDate(*e, &v, err)) return false;
    // DTSTAMP is required; a fixed value (the newest source, else the first
    // day) keeps the export identical from run to run.
    std::string stamp;
    for (const Source& s : e->sources) stamp = std::max(stamp, s.published);
    date::year_month_day stamp_day = v.first;
    std::string ignored;
    if (DateValue published; !stamp.empty() && ParseDateValue(stamp, &published, &ignored)) {
      stamp_day = published.first;
    }
    date::year_month_day end{date::sys_days{v.last} + date::days{1}};
    line("BEGIN:VEVENT");
    line("UID:" + e->id + "@" + domain);
    line("DTSTAMP:" + Compact(stamp_day) + "T000000Z");
    line("DTSTART;VALUE=DATE:" + Compact(v.first));
    line("DTEND;VALUE=DATE:" + Compact(end));  // exclusive: the day after the last
    std::string summary = e->title;
    if (e->status == "planned") summary += " (planned)";
    line("SUMMARY:" + IcsText(summary));
    std::vector<std::string> description = {"Date: " + DisplayDateWithStatus(*e)};
    if (!e->people.empty()) description.push_back("Participants: " + Join(e->people, ", "));
    for (const Source& s : e->sources) {
      std::string cite = s.outlet.empty() ? s.file : s.outlet;
      if (!s.published.empty()) cite += ", " + s.published;
      if (!s.url.empty()) cite += ", " + s.url;
      description.push_back("Source: " + cite);
    }
    line("DESCRIPTION:" + IcsText(Join(description, "\n")));
    if (!e->place.empty()) line("LOCATION:" + IcsText(e->place));
    if (!e->type.empty()) line("CATEGORIES:" + IcsText(TypeLabel(e->type)));
    const char* status = e->status == "planned"     ? "TENTATIVE"
                         : e->status == "cancelled" ? "CANCELLED"
                                                    : "CONFIRMED";
    line(std::string("STATUS:") + status);
    line("TRANSP:TRANSPARENT");
    for (const Source& s : e->sources) {
      if (IsWebUrl(s.url)) {
        line("URL:" + s.url);
        break;
      }
    }
    line("END:VEVENT");
  }
  line("END:VCALENDAR");
  *out = std::move(ics);
  return true;
}

bool JsonLines(const Timeline& timeline, std::string* out, std::string* err) {
  std::string text;
  for (const Entry* e : SortedEntries(timeline.events)) {
    DateValue v;
    if (!EntryDate(*e, &v, err)) return false;
    text += "{\"id\":" + JsonString(e->id);
    text += ",\"date\":" + JsonString(e->date);
    text += ",\"qualifier\":" + JsonString(e->qualifier);
    text += ",\"display_date\":" + JsonString(DisplayDate(e->date, e->qualifier));
    text += ",\"start\":" + JsonString(IsoDay(v.first));
    text += ",\"end\":" + JsonString(IsoDay(v.last));
    text += ",\"status\":" + JsonString(e->status);
    text += ",\"type\":" + JsonString(e->type);
    text += ",\"cameo\":" + JsonString(e->cameo);
    text += ",\"title\":" + JsonString(e->title);
    text += ",\"actors\":" + JsonList(e->actors);
    text += ",\"people\":" + JsonList(e->people);
    text += ",\"place\":" + JsonString(e->place);
    text += ",\"sources\":[";
    for (size_t i = 0; i < e->sources.size(); ++i) {
      const Source& s = e->sources[i];
      text += std::string(i ? "," : "") + "{\"file\":" + JsonString(s.file) +
              ",\"published\":" + JsonString(s.published) + ",\"outlet\":" + JsonString(s.outlet) +
              ",\"url\":" + JsonString(s.url) + ",\"phrase\":" + JsonString(s.phrase) +
              ",\"quote\":" + JsonString(s.quote) + "}";
    }
    text += "],\"notes\":" + JsonList(e->notes);
    text += std::string(",\"edited\":") + (e->edited ? "true" : "false") + "}\n";
  }
  *out = std::move(text);
  return true;
}

}  // namespace

bool ParseExportFormat(std::string_view name, ExportFormat* format) {
  if (name == "timelinejs") {
    *format = ExportFormat::kTimelineJs;
  } else if (name == "csv") {
    *format = ExportFormat::kCsv;
  } else if (name == "ics") {
    *format = ExportFormat::kIcs;
  } else if (name == "jsonl") {
    *format = ExportFormat::kJsonLines;
  } else {
    return false;
  }
  return true;
}

bool ExportTimeline(const Timeline& timeline, ExportFormat format, std::string* out,
                    std::string* err) {
  switch (format) {
    case ExportFormat::kTimelineJs:
      return TimelineJs(timeline, out, err);
    case ExportFormat::kCsv:
      return Csv(timeline, out, err);
    case ExportFormat::kIcs:
      return Ics(timeline, out, err);
    case ExportFormat::kJsonLines:
      return JsonLines(timeline, out, err);
  }
  return false;
}

std::string CsvField(std::string_view text) {
  // A spreadsheet runs a cell that starts with one of these as a formula
  // ("=HYPERLINK(...)" in an article title would be live in Excel). As OWASP
  // advises for CSV injection, such a cell gets a leading apostrophe, which
  // spreadsheets take as "text", and is quoted.
  bool formula =
      !text.empty() && std::string_view("=+-@\t\r").find(text[0]) != std::string_view::npos;
  if (!formula && text.find_first_of(",\"\r\n") == std::string_view::npos) {
    return std::string(text);
  }
  std::string out = formula ? "\"'" : "\"";
  for (char c : text) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

std::string IcsText(std::string_view text) {
  std::string out;
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c == '\\' || c == ';' || c == ',') {
      out += '\\';
      out += c;
    } else if (c == '\r') {
      if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
      out += "\\n";
    } else if (c == '\n') {
      out += "\\n";
    } else if (static_cast<unsigned char>(c) < 0x20 && c != '\t') {
      // Other control characters are not allowed in TEXT values.
    } else {
      out += c;
    }
  }
  return out;
}

std::string IcsFold(std::string_view line) {
  // Lines hold at most 75 octets; continuation lines start with a space,
  // which counts toward their 75. A UTF-8 sequence is never split.
  std::string out;
  size_t budget = 75, used = 0;
  for (size_t i = 0; i < line.size();) {
    size_t len = 1;
    unsigned char u = static_cast<unsigned char>(line[i]);
    if (u >= 0xf0) {
      len = 4;
    } else if (u >= 0xe0) {
      len = 3;
    } else if (u >= 0xc0) {
      len = 2;
    }
    len = std::min(len, line.size() - i);
    if (used + len > budget) {
      out += "\r\n ";
      used = 1;
    }
    out.append(line.substr(i, len));
    used += len;
    i += len;
  }
  return out + "\r\n";
}

}  // namespace annals
