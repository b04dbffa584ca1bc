#include "annals/events.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>

#include "annals/bundle.h"
#include "annals/date_value.h"
#include "annals/tsv.h"

namespace annals {

namespace {

struct EventWord {
  std::string words;  // lower case
  std::string type;
  std::string cameo;
};

struct Mention {
  std::string date;
  std::string qualifier;
  std::string status;
  EventWord event;
  std::vector<std::string> actors;
  Source source;
};

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

bool IsWordBoundary(std::string_view text, size_t pos) {
  return pos >= text.size() || !std::isalnum(static_cast<unsigned char>(text[pos]));
}

bool ContainsWord(std::string_view haystack, std::string_view needle) {
  size_t pos = 0;
  while ((pos = haystack.find(needle, pos)) != std::string_view::npos) {
    if ((pos == 0 || IsWordBoundary(haystack, pos - 1)) &&
        IsWordBoundary(haystack, pos + needle.size())) {
      return true;
    }
    ++pos;
  }
  return false;
}

std::string Slug(std::string_view text) {
  std::string slug;
  for (char c : text) {
    if (std::isalnum(static_cast<unsigned char>(c))) {
      slug += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    } else if (!slug.empty() && slug.back() != '-') {
      slug += '-';
    }
  }
  while (!slug.empty() && slug.back() == '-') slug.pop_back();
  return slug;
}

bool LoadTable(std::string_view path, size_t fields, std::vector<TsvRow>* rows, std::string* origin,
               Diagnostic* error) {
  std::string contents, err;
  if (!ReadResource(path, &contents, origin, &err)) {
    *error = Diagnostic{std::string(path), 0, 0, Severity::kError, err};
    return false;
  }
  return ParseTsv(*origin, contents, fields, fields, rows, error);
}

}  // namespace

struct Assembler::Impl {
  AssembleOptions options;
  std::vector<EventWord> event_words;
  // Lower-cased name, alias, demonym or capital -> alpha-3 code.
  std::vector<std::pair<std::string, std::string>> country_names;
  std::map<std::string, std::string> country_codes;  // code -> name
  std::vector<Mention> mentions;

  std::vector<std::string> CountriesIn(std::string_view sentence) const {
    std::set<std::string> codes;
    for (const auto& [name, code] : country_names) {
      if (ContainsWord(sentence, name)) codes.insert(code);
    }
    return {codes.begin(), codes.end()};
  }
};

Assembler::Assembler(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Assembler::~Assembler() = default;

bool Assembler::Load(const AssembleOptions& options, std::unique_ptr<Assembler>* out,
                     Diagnostic* error) {
  auto impl = std::make_unique<Impl>();
  impl->options = options;
  std::vector<TsvRow> rows;
  std::string origin;
  if (!LoadTable("data/en/events.tsv", 3, &rows, &origin, error)) return false;
  for (const TsvRow& row : rows)
    impl->event_words.push_back({row.fields[0], row.fields[1], row.fields[2]});
  // Longer phrases first, so "state visit" wins over "visit".
  std::stable_sort(
      impl->event_words.begin(), impl->event_words.end(),
      [](const EventWord& a, const EventWord& b) { return a.words.size() > b.words.size(); });
  rows.clear();
  if (!LoadTable("data/en/countries.tsv", 5, &rows, &origin, error)) return false;
  for (const TsvRow& row : rows) {
    const std::string& code = row.fields[0];
    impl->country_codes[code] = row.fields[1];
    impl->country_names.emplace_back(row.fields[1], code);
    for (size_t field = 2; field < 5; ++field) {
      for (const std::string& name : SplitList(row.fields[field])) {
        impl->country_names.emplace_back(name, code);
      }
    }
  }
  out->reset(new Assembler(std::move(impl)));
  if (options.pair) {
    for (const std::string& side : *options.pair) {
      std::string code;
      if (!(*out)->LookupCountry(side, &code)) {
        *error = Diagnostic{"", 0, 0, Severity::kError, "--pair: unknown country '" + side + "'"};
        return false;
      }
    }
  }
  return true;
}

bool Assembler::LookupCountry(const std::string& name_or_code, std::string* code) const {
  if (impl_->country_codes.count(name_or_code)) {
    *code = name_or_code;
    return true;
  }
  std::string lower = Lower(name_or_code);
  for (const auto& [name, c] : impl_->country_names) {
    if (Lower(name) == lower) {
      *code = c;
      return true;
    }
  }
  return false;
}

void Assembler::Add(const Article& article, const std::vector<TimeExpression>& times) {
  const std::string& body = article.body;
  size_t start = 0;
  while (start < body.size()) {
    size_t end = body.find_first_of(".\n", start);
    // A period inside an abbreviation ("U.S.") does not end the sentence.
    while (end != std::string::npos && body[end] == '.' && end + 1 < body.size() &&
           body[end + 1] != ' ' && body[end + 1] != '\n') {
      end = body.find_first_of(".\n", end + 1);
    }
    if (end == std::string::npos) end = body.size();
    std::string_view sentence(body.data() + start, end - start);
    std::string lower = Lower(sentence);
    const EventWord* event = nullptr;
    for (const EventWord& word : impl_->event_words) {
      if (ContainsWord(lower, word.words)) {
        event = &word;
        break;
      }
    }
    const TimeExpression* time = nullptr;
    for (const TimeExpression& t : times) {
      if (t.begin >= start && t.end <= end && t.first_day) {
        time = &t;
        break;
      }
    }
    if (event && time) {
      Mention m;
      m.date = time->value;
      m.qualifier = time->mod == "START" ? "early"
                    : time->mod == "MID" ? "mid"
                    : time->mod == "END" ? "late"
                                         : "";
      m.status = time->direction == "future" ? "planned" : "held";
      m.event = *event;
      m.actors = impl_->CountriesIn(sentence);
      m.source = Source{article.file,   article.published ? FormatDay(*article.published) : "",
                        article.outlet, article.url,
                        time->text,     std::string(sentence)};
      while (!m.source.quote.empty() &&
             std::isspace(static_cast<unsigned char>(m.source.quote[0]))) {
        m.source.quote.erase(0, 1);
      }
      impl_->mentions.push_back(std::move(m));
    }
    start = end + 1;
  }
}

AssembleResult Assembler::Finish() {
  AssembleResult result;
  if (impl_->options.pair) {
    for (size_t i = 0; i < 2; ++i) LookupCountry((*impl_->options.pair)[i], &result.pair[i]);
  } else {
    std::map<std::string, int> counts;
    for (const Mention& m : impl_->mentions) {
      for (const std::string& code : m.actors) ++counts[code];
    }
    std::vector<std::pair<int, std::string>> ranked;
    for (const auto& [code, count] : counts) ranked.emplace_back(-count, code);
    std::sort(ranked.begin(), ranked.end());
    for (size_t i = 0; i < 2 && i < ranked.size(); ++i) result.pair[i] = ranked[i].second;
    std::sort(result.pair.begin(), result.pair.end());
    result.pair_guessed = true;
  }
  for (const Mention& m : impl_->mentions) {
    Entry entry;
    entry.date = m.date;
    entry.qualifier = m.qualifier;
    entry.status = m.status;
    entry.type = m.event.type;
    entry.cameo = m.event.cameo;
    entry.actors = m.actors;
    std::string names;
    for (const std::string& code : result.pair) {
      if (!names.empty()) names += "–";
      names += impl_->country_codes.count(code) ? impl_->country_codes[code] : code;
    }
    entry.title = m.event.words + " (" + names + ")";
    entry.title[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(entry.title[0])));
    entry.id = m.date + "-" + Slug(m.event.type);
    entry.sources.push_back(m.source);
    result.entries.push_back(std::move(entry));
  }
  return result;
}

}  // namespace annals
