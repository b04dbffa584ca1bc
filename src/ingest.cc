#include "annals/ingest.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <sstream>

#include "annals/bundle.h"

namespace annals {

namespace {

namespace fs = std::filesystem;

const char* const kMonthNames[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                   "jul", "aug", "sep", "oct", "nov", "dec"};

// Reads "Dec. 2, 2015", "December 2, 2015" or "Dec 2" at the start of `s`.
bool ParseMonthDay(std::string_view s, unsigned* month, unsigned* day, int* year) {
  std::string lower;
  for (char c : s.substr(0, 3))
    lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  auto it = std::find(std::begin(kMonthNames), std::end(kMonthNames), lower);
  if (it == std::end(kMonthNames)) return false;
  *month = static_cast<unsigned>(it - std::begin(kMonthNames)) + 1;
  size_t i = 0;
  while (i < s.size() && std::isalpha(static_cast<unsigned char>(s[i]))) ++i;
  if (i < s.size() && s[i] == '.') ++i;
  while (i < s.size() && s[i] == ' ') ++i;
  size_t digits = i;
  while (i < s.size() && std::isdigit(static_cast<unsigned char>(s[i]))) ++i;
  if (i == digits || i - digits > 2) return false;
  *day = static_cast<unsigned>(std::stoi(std::string(s.substr(digits, i - digits))));
  *year = 0;
  if (i < s.size() && s[i] == ',') ++i;
  while (i < s.size() && s[i] == ' ') ++i;
  if (i + 4 <= s.size() && std::all_of(s.begin() + i, s.begin() + i + 4, [](char c) {
        return std::isdigit(static_cast<unsigned char>(c));
      })) {
    *year = std::stoi(std::string(s.substr(i, 4)));
  }
  return true;
}

// Finds a wire dateline: "Xinhua, December 2, 2015" or "BEIJING, Dec. 2 (Xinhua) --".
void FindDateline(const std::string& text, Article* article) {
  for (std::string_view outlet : {"Xinhua", "Reuters", "AP", "AFP"}) {
    size_t pos = 0;
    while ((pos = text.find(outlet, pos)) != std::string::npos) {
      size_t after = pos + outlet.size();
      unsigned month = 0, day = 0;
      int year = 0;
      // "Xinhua, December 2, 2015"
      if (text.compare(after, 2, ", ") == 0 &&
          ParseMonthDay(std::string_view(text).substr(after + 2, 40), &month, &day, &year) &&
          year > 0) {
        date::year_month_day ymd = date::year{year} / date::month{month} / date::day{day};
        if (ymd.ok()) {
          article->published = ymd;
          article->signal = "dateline";
          article->outlet = std::string(outlet);
          return;
        }
      }
      // "BEIJING, Dec. 2 (Xinhua) --": the place and date come before.
      if (pos > 0 && text[pos - 1] == '(') {
        size_t line_start = text.rfind('\n', pos);
        line_start = line_start == std::string::npos ? 0 : line_start + 1;
        std::string head = text.substr(line_start, pos - 1 - line_start);
        size_t comma = head.find(',');
        if (comma != std::string::npos &&
            ParseMonthDay(std::string_view(head).substr(comma + 1 + (head[comma + 1] == ' ')),
                          &month, &day, &year)) {
          article->place = head.substr(0, comma);
          article->outlet = std::string(outlet);
          if (year > 0) {
            date::year_month_day ymd = date::year{year} / date::month{month} / date::day{day};
            if (ymd.ok()) {
              article->published = ymd;
              article->signal = "dateline";
            }
          }
          return;
        }
      }
      pos = after;
    }
  }
}

}  // namespace

Article ParseArticle(const std::string& file, const std::string& contents,
                     const IngestOptions& options) {
  Article article;
  article.file = file;
  std::string text = contents;
  text.erase(std::remove(text.begin(), text.end(), '\r'), text.end());
  size_t first_line = text.find('\n');
  article.title = text.substr(0, first_line);
  article.body = text;
  FindDateline(text, &article);
  if (options.published) {
    article.published = options.published;
    article.signal = "option";
  }
  if (!article.published) article.warnings.push_back("no publication date found");
  return article;
}

bool IngestPaths(const std::vector<std::string>& paths, const IngestOptions& options,
                 const std::function<void(Article&&)>& on_article,
                 const std::function<void(const Skipped&)>& on_skipped, std::string* err) {
  for (const std::string& path : paths) {
    std::vector<std::string> files;
    std::error_code ec;
    if (fs::is_directory(path, ec)) {
      for (auto it = fs::recursive_directory_iterator(path, ec); !ec && it != fs::end(it);
           it.increment(ec)) {
        if (it->is_regular_file(ec)) files.push_back(it->path().string());
      }
      if (ec) {
        *err = path + ": " + ec.message();
        return false;
      }
      std::sort(files.begin(), files.end());
    } else {
      files.push_back(path);
    }
    for (const std::string& file : files) {
      if (fs::path(file).extension() != ".txt") {
        on_skipped({file, "not an article (.txt)"});
        continue;
      }
      std::string contents;
      if (!ReadFile(file, &contents, err)) return false;
      Article article = ParseArticle(file, contents, options);
      if (!article.published) {
        if (options.strict) {
          *err = file + ": no publication date found";
          return false;
        }
        on_skipped({file, "no publication date found; left out"});
        continue;
      }
      on_article(std::move(article));
    }
  }
  return true;
}

}  // namespace annals
