// A timeline entry: one dated event between the two sides, with its evidence.
// Built by the assembler, stored by the timeline, shown by the renderer.
#pragma once

#include <string>
#include <vector>

namespace annals {

struct Source {
  std::string file;       // path as given on the command line
  std::string published;  // YYYY-MM-DD
  std::string outlet;
  std::string url;
  std::string phrase;  // the date phrase the entry rests on, as written
  std::string quote;   // the sentence

  bool operator==(const Source&) const = default;
};

struct Entry {
  std::string id;         // stable slug, unique in a timeline
  std::string date;       // TIMEX3 calendar value or START/END interval
  std::string qualifier;  // early | mid | late | about | before | after | ""
  std::string status;     // held | planned | cancelled | reported
  std::string type;       // visit | state-visit | meeting | summit | ...
  std::string cameo;      // CAMEO event code, "" if none
  std::string title;
  std::vector<std::string> actors;  // ISO 3166-1 alpha-3 codes or organisation codes
  std::vector<std::string> people;
  std::string place;
  std::vector<Source> sources;
  std::vector<std::string> notes;  // e.g. conflicting dates kept for a person to judge
  bool edited = false;             // set by a person: never rewritten
  std::string generated;           // digest of the entry as annals last wrote it ("" if
                                   // written by hand): tells hand changes on rebuild

  bool operator==(const Entry&) const = default;
};

}  // namespace annals
