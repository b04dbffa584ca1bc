#include "annals/ingest.h"

#include <filesystem>
#include <map>

#include <catch2/catch.hpp>

#include "test_util.h"

using namespace date::literals;

namespace {

const std::string kFixtures = std::string(ANNALS_SOURCE_DIR) + "/tests/fixtures/ingest";

struct Ingested {
  std::map<std::string, annals::Article> articles;  // by file name relative to kFixtures
  std::map<std::string, std::string> skipped;       // file -> reason
  std::map<std::string, annals::Article> undated;
  bool ok = false;
  std::string err;
};

std::string Relative(const std::string& file) {
  return file.rfind(kFixtures + "/", 0) == 0 ? file.substr(kFixtures.size() + 1) : file;
}

Ingested Ingest(const std::vector<std::string>& paths, annals::IngestOptions options = {}) {
  Ingested result;
  result.ok = annals::IngestPaths(
      paths, options,
      [&](annals::Article&& a) { result.articles[Relative(a.file)] = std::move(a); },
      [&](const annals::Skipped& s) {
        result.skipped[Relative(s.file)] = s.reason;
        if (!s.article.file.empty()) result.undated[Relative(s.file)] = s.article;
      },
      &result.err);
  return result;
}

annals::Article One(const std::string& relative, annals::IngestOptions options = {}) {
  Ingested in = Ingest({kFixtures + "/" + relative}, options);
  REQUIRE(in.ok);
  auto it = in.articles.find(relative);
  if (it == in.articles.end()) {
    auto undated = in.undated.find(relative);
    REQUIRE(undated != in.undated.end());
    return undated->second;
  }
  return it->second;
}

}  // namespace

TEST_CASE("a Xinhua header line gives the publication date", "[ingest]") {
  annals::Article a = annals::ParseArticle(
      "a.txt", "Headline here\n\nXinhua, December 2, 2015\n\nBody text.\n", {});
  REQUIRE(a.published);
  CHECK(*a.published == 2015_y / 12 / 2);
  CHECK(a.signal == "dateline");
  CHECK(a.outlet == "Xinhua");
  CHECK(a.title == "Headline here");
  CHECK(a.body == "Body text.");
}

TEST_CASE("option --published wins over the dateline", "[ingest]") {
  annals::IngestOptions options;
  options.published = 2016_y / 1 / 5;
  annals::Article a =
      annals::ParseArticle("a.txt", "Title\nXinhua, December 2, 2015\nBody.\n", options);
  CHECK(*a.published == 2016_y / 1 / 5);
  CHECK(a.signal == "option");
  REQUIRE(a.warnings.size() == 1);
  CHECK(a.warnings[0] == "dateline says 2015-12-02, option 2016-01-05 is used");
}

TEST_CASE("an undated article is skipped with its name, not dated by mtime", "[ingest]") {
  annals::testing::TempDir dir("ingest");
  dir.Write("b/undated.txt", "Title\nNo date here.\n");
  dir.Write("a/dated.txt", "Title\nXinhua, March 3, 2016\nText.\n");
  std::vector<std::string> files, skipped;
  std::string err;
  REQUIRE(annals::IngestPaths(
      {dir.path()}, {}, [&](annals::Article&& a) { files.push_back(a.file); },
      [&](const annals::Skipped& s) { skipped.push_back(s.file + ": " + s.reason); }, &err));
  REQUIRE(files.size() == 1);
  CHECK(files[0] == dir.path() + "/a/dated.txt");
  REQUIRE(skipped.size() == 1);
  CHECK(skipped[0] == dir.path() + "/b/undated.txt: no publication date found; left out");
}

TEST_CASE("option --strict turns an undated article into an error naming it", "[ingest]") {
  annals::IngestOptions options;
  options.strict = true;
  Ingested in = Ingest({kFixtures + "/text/undated.txt"}, options);
  CHECK_FALSE(in.ok);
  CHECK(in.err == kFixtures + "/text/undated.txt: no publication date found (--strict)");
}

TEST_CASE("page chrome around a plain-text wire story is dropped", "[ingest]") {
  annals::Article a = One("text/chrome-wire.txt");
  CHECK(a.title == "Ministers agree to reopen consular offices after two-year freeze");
  REQUIRE(a.published);
  CHECK(*a.published == 2018_y / 3 / 9);
  CHECK(a.signal == "dateline");
  CHECK(a.outlet == "Kyodo");
  CHECK(a.body ==
        "The foreign ministers of the two countries agreed here Friday to reopen the consular "
        "offices each side closed two years ago, officials said after a three-hour meeting.\n\n"
        "The ministers also set up a working group on visas that is due to meet for the first "
        "time in May.\n\n"
        "\"We have turned a page,\" one of them told reporters.");
  CHECK(a.warnings.empty());
}

TEST_CASE("a wire dateline gives place and outlet, its missing year comes from the file name",
          "[ingest]") {
  annals::Article a = One("text/2017-03-14-moscow-talks.txt");
  REQUIRE(a.published);
  CHECK(*a.published == 2017_y / 3 / 14);
  CHECK(a.signal == "dateline");
  CHECK(a.place == "Moscow");
  CHECK(a.outlet == "Xinhua");
  CHECK(a.body.rfind("MOSCOW, March 14 (Xinhua) -- Envoys", 0) == 0);
}

TEST_CASE("a year-less dateline takes the nearest year, across New Year", "[ingest]") {
  annals::Article a = One("text/2016-01-01-year-end.txt");
  REQUIRE(a.published);
  CHECK(*a.published == 2015_y / 12 / 31);
  CHECK(a.signal == "dateline");
  CHECK(a.place == "Seoul");
  CHECK(a.outlet == "Yonhap");
}

TEST_CASE("a dateline with a year and a multi-word place", "[ingest]") {
  annals::Article a = One("text/pti-dateline.txt");
  REQUIRE(a.published);
  CHECK(*a.published == 2020_y / 1 / 2);
  CHECK(a.signal == "dateline");
  CHECK(a.place == "New Delhi");
  CHECK(a.outlet == "PTI");
}

TEST_CASE("a Reuters-style article: date line under the headline, dateline without a date",
          "[ingest]") {
  annals::Article a = One("text/reuters-style.txt");
  REQUIRE(a.published);
  CHECK(*a.published == 2018_y / 6 / 3);
  CHECK(a.signal == "header");
  CHECK(a.place == "Tokyo");
  CHECK(a.outlet == "Reuters");
  CHECK(a.title == "Trade negotiators to resume talks next week");
  CHECK(a.body.rfind("TOKYO (Reuters) - Trade negotiators", 0) == 0);
}

TEST_CASE("dates in file names", "[ingest]") {
  annals::Article cnn = One("names/CNN_20151202_314.txt");
  REQUIRE(cnn.published);
  CHECK(*cnn.published == 2015_y / 12 / 2);
  CHECK(cnn.signal == "file-name");
  annals::Article slug = One("names/2015-12-02-slug.txt");
  REQUIRE(slug.published);
  CHECK(*slug.published == 2015_y / 12 / 2);
  CHECK(slug.signal == "file-name");
  CHECK(slug.title == "Talks continue on investment treaty");
}

TEST_CASE("Markdown front matter gives date, title, outlet and url, markup is removed",
          "[ingest]") {
  annals::Article a = One("markdown/briefing.md");
  REQUIRE(a.published);
  CHECK(*a.published == 2019_y / 7 / 8);
  CHECK(a.signal == "front-matter");
  CHECK(a.title == "Foreign ministers to meet in Geneva");
  CHECK(a.outlet == "Example Wire");
  CHECK(a.url == "https://example.org/geneva");
  CHECK(a.body ==
        "The foreign ministers will meet in Geneva on Thursday, their spokesmen said.\n\n"
        "The meeting will be the first since the spring.");
}

TEST_CASE("bad front matter is reported with file:line:col", "[ingest]") {
  Ingested in = Ingest({kFixtures + "/markdown"});
  REQUIRE(in.ok);
  REQUIRE(in.undated.count("markdown/bad-date.md"));
  const auto& bad_date = in.undated["markdown/bad-date.md"].warnings;
  REQUIRE(!bad_date.empty());
  CHECK(bad_date[0] == kFixtures +
                           "/markdown/bad-date.md:3:7: front matter date '2019-13-45' is not a "
                           "date (use YYYY-MM-DD)");
  REQUIRE(in.undated.count("markdown/bad-front-matter.md"));
  const auto& bad_yaml = in.undated["markdown/bad-front-matter.md"].warnings;
  REQUIRE(!bad_yaml.empty());
  CHECK(bad_yaml[0].rfind(kFixtures + "/markdown/bad-front-matter.md:", 0) == 0);
  CHECK(bad_yaml[0].find("front matter is not valid YAML") != std::string::npos);
  // The block is not taken for the body.
  CHECK(in.undated["markdown/bad-front-matter.md"].body ==
        "Text of the note, with enough words to be a paragraph of prose here.");
}

TEST_CASE("a sidecar articles.yaml dates, names and titles articles", "[ingest]") {
  Ingested in = Ingest({kFixtures + "/sidecar-yaml"});
  REQUIRE(in.ok);
  REQUIRE(in.articles.count("sidecar-yaml/call.txt"));
  const annals::Article& call = in.articles["sidecar-yaml/call.txt"];
  CHECK(*call.published == 2016_y / 2 / 5);
  CHECK(call.signal == "sidecar");
  CHECK(call.outlet == "Example Agency");
  CHECK(call.url == "https://example.org/call");
  CHECK(call.title == "Leaders speak by phone");
  // The sidecar outranks the text's own dateline, and the disagreement is noted.
  const annals::Article& visit = in.articles["sidecar-yaml/visit.txt"];
  CHECK(*visit.published == 2016_y / 3 / 1);
  CHECK(visit.signal == "sidecar");
  REQUIRE(visit.warnings.size() == 1);
  CHECK(visit.warnings[0] == "dateline says 2016-02-20, sidecar 2016-03-01 is used");
  // A bad entry is reported where it is and the article is left undated.
  CHECK(in.skipped["sidecar-yaml/articles.yaml:8:9"] ==
        "'not-a-date' is not a date (use YYYY-MM-DD); entry ignored");
  CHECK(in.skipped["sidecar-yaml/bad.txt"] == "no publication date found; left out");
}

TEST_CASE("a sidecar articles.csv with quoted fields and sub-folders", "[ingest]") {
  Ingested in = Ingest({kFixtures + "/sidecar-csv"});
  REQUIRE(in.ok);
  const annals::Article& summit = in.articles["sidecar-csv/summit.txt"];
  CHECK(*summit.published == 2014_y / 11 / 12);
  CHECK(summit.signal == "sidecar");
  CHECK(summit.outlet == "Agency, Ltd.");
  CHECK(summit.title == "Summit ends with \"joint\" statement");
  const annals::Article& talks = in.articles["sidecar-csv/sub/talks.txt"];
  CHECK(*talks.published == 2014_y / 11 / 10);
  CHECK(talks.signal == "sidecar");
  CHECK(talks.title == "Talks");
  // A file named on the command line still finds its folder's sidecar.
  CHECK(One("sidecar-csv/summit.txt").signal == "sidecar");
}

TEST_CASE("encodings are detected and converted to UTF-8", "[ingest]") {
  const std::string expected =
      "Caf\u00e9 talks \u201cwent well\u201d, the minister said on Monday \u2013 a first.";
  for (auto [file, encoding] : std::vector<std::pair<std::string, std::string>>{
           {"encodings/2018-05-07-utf16le.txt", "utf-16le"},
           {"encodings/2018-05-07-utf16be.txt", "utf-16be"},
           {"encodings/2018-05-07-utf8bom.txt", "utf-8-bom"},
           {"encodings/2018-05-07-cp1252.txt", "windows-1252"}}) {
    INFO(file);
    annals::Article a = One(file);
    CHECK(a.encoding == encoding);
    CHECK(a.title == "Minister\u2019s visit");
    CHECK(a.body == expected);
    CHECK(a.warnings.empty());
  }
  annals::Article latin1 = One("encodings/2018-05-07-latin1.txt");
  CHECK(latin1.encoding == "latin-1");
  CHECK(latin1.body == "Caf\u00e9 talks went well, the minister said on Monday.");
  annals::Article damaged = One("encodings/2018-05-07-damaged.txt");
  CHECK(damaged.encoding == "utf-8");
  CHECK(damaged.body == "Caf\u00e9 talks \u201cwent well\u201d \uFFFD on Monday \u2013 a first.");
  REQUIRE(damaged.warnings.size() == 1);
  CHECK(damaged.warnings[0] == "1 invalid utf-8 byte sequence(s) replaced");
  annals::Article old_mac = One("encodings/2018-05-07-cr-only.txt");
  CHECK(old_mac.title == "Old Mac file");
  CHECK(old_mac.body == "The talks were held on Monday.");
  annals::Article html = One("encodings/meta-charset.html");
  CHECK(html.encoding == "windows-1252");
  CHECK(html.title == "Caf\u00e9 diplomacy");
  CHECK(*html.published == 2018_y / 5 / 7);
  CHECK(html.body.find("caf\u00e9 near the river") != std::string::npos);
  CHECK(html.body.find("\u201cfrank and useful\u201d") != std::string::npos);
}

TEST_CASE("binary, oversized and unsupported files are skipped with a message", "[ingest]") {
  Ingested in = Ingest({kFixtures + "/binary", kFixtures + "/oversized", kFixtures + "/other"});
  REQUIRE(in.ok);
  CHECK(in.skipped["binary/2018-05-07-photo.txt"] == "binary file, not text; skipped");
  CHECK(in.skipped["other/2018-05-07-notes.pdf"] ==
        "not an article (.txt, .text, .md, .html or .htm); skipped");
  annals::IngestOptions small;
  small.max_file_bytes = 4096;
  Ingested capped = Ingest({kFixtures + "/oversized"}, small);
  std::uintmax_t size = std::filesystem::file_size(kFixtures + "/oversized/2018-05-07-big.txt");
  CHECK(capped.skipped["oversized/2018-05-07-big.txt"] ==
        std::to_string(size) +
            " bytes, over the 4096-byte cap (change it with --max-bytes); skipped");
  CHECK(capped.articles.empty());
  // Under the default 10 MB cap the same file is read; the others never are.
  CHECK(in.articles.size() == 1);
  CHECK(in.articles.count("oversized/2018-05-07-big.txt") == 1);
}

TEST_CASE("a folder is walked recursively in sorted order, symlink loops do not hang", "[ingest]") {
  annals::testing::TempDir dir("ingest-walk");
  dir.Write("b/2015-01-02-two.txt", "Two\n\nThe second article, with its own words.\n");
  dir.Write("a/2015-01-01-one.txt", "One\n\nThe first article, with different words.\n");
  dir.Write("a/z/2015-01-03-three.txt", "Three\n\nThe third article, still other words.\n");
  dir.Write(".git/2015-01-04-hidden.txt", "Hidden\n\nNot an article.\n");
  std::filesystem::create_directory_symlink(dir.path() + "/a", dir.path() + "/a/z/loop");
  std::filesystem::create_symlink(dir.path() + "/missing.txt", dir.path() + "/b/broken.txt");
  std::vector<std::string> order;
  std::vector<std::string> skipped;
  std::string err;
  REQUIRE(annals::IngestPaths(
      {dir.path()}, {}, [&](annals::Article&& a) { order.push_back(a.title); },
      [&](const annals::Skipped& s) { skipped.push_back(s.file.substr(dir.path().size())); },
      &err));
  CHECK(order == std::vector<std::string>{"One", "Three", "Two"});
  CHECK(skipped == std::vector<std::string>{"/a/z/loop", "/b/broken.txt"});
}

TEST_CASE("a file's kind is told by the extension of its name alone", "[ingest]") {
  annals::testing::TempDir dir("ingest-names");
  dir.Write("peru.d/2016-03-01-lima-talks.TXT", "Lima talks\n\nPeru and Chile met in Lima.\n");
  dir.Write("peru.d/2016-03-02-notes", "Notes\n\nNorway and Kenya spoke by phone.\n");
  dir.Write("peru.d/2016-03-03-minutes.txt.bak", "Minutes\n\nGhana and Togo signed a deal.\n");
  dir.Write("peru.d/Readme.md", "About\n\nThe articles of this folder.\n");
  std::string dotfile = dir.Write("chile/.txt", "Dot\n\nA name that is all extension.\n");
  std::vector<std::string> read;
  std::map<std::string, std::string> skipped;
  std::string err;
  REQUIRE(annals::IngestPaths(
      {dir.path() + "/peru.d", dotfile}, {}, [&](annals::Article&& a) { read.push_back(a.title); },
      [&](const annals::Skipped& s) { skipped[s.file.substr(dir.path().size())] = s.reason; },
      &err));
  CHECK(read == std::vector<std::string>{"Lima talks"});
  const std::string not_article = "not an article (.txt, .text, .md, .html or .htm); skipped";
  CHECK(skipped["/peru.d/2016-03-02-notes"] == not_article);
  CHECK(skipped["/peru.d/2016-03-03-minutes.txt.bak"] == not_article);
  CHECK(skipped["/peru.d/Readme.md"] == "a README, not an article; skipped");
  CHECK(skipped["/chile/.txt"] == not_article);
}

TEST_CASE("identical bodies are read once, near-identical copies are noted", "[ingest]") {
  annals::testing::TempDir dir("ingest-dup");
  std::string story;
  for (int i = 0; i < 12; ++i) {
    story += "Paragraph " + std::to_string(i) +
             " of the story tells how the ministers met and what they agreed to do next.\n\n";
  }
  dir.Write("2015-01-01-a.txt", "Headline A\n\n" + story);
  dir.Write("2015-01-01-b.txt", "Headline B\n\n" + story);
  dir.Write("2015-01-01-c.txt", "Headline C\n\n" + story + "One more sentence at the end.\n");
  std::vector<annals::Article> articles;
  std::vector<std::string> skipped;
  std::string err;
  REQUIRE(annals::IngestPaths(
      {dir.path()}, {}, [&](annals::Article&& a) { articles.push_back(std::move(a)); },
      [&](const annals::Skipped& s) { skipped.push_back(s.reason); }, &err));
  REQUIRE(articles.size() == 2);
  REQUIRE(skipped.size() == 1);
  CHECK(skipped[0] == "same text as " + dir.path() + "/2015-01-01-a.txt; read once");
  CHECK(articles[0].warnings.empty());
  REQUIRE(articles[1].warnings.size() == 1);
  CHECK(articles[1].warnings[0] ==
        "nearly the same text as " + dir.path() + "/2015-01-01-a.txt (a wire copy?)");
}

TEST_CASE("HTML: a div-soup page keeps the story and drops the page around it", "[ingest]") {
  annals::Article a = One("html/div-soup.html");
  CHECK(a.title == "Defence ministers agree on military hotline");
  REQUIRE(a.published);
  CHECK(*a.published == 2017_y / 10 / 24);
  CHECK(a.signal == "json-ld");
  CHECK(a.outlet == "The Daily Example");
  CHECK(a.body ==
        "The two defence ministers met for the first time in three years on Tuesday and agreed "
        "to set up a hotline between their armed forces to avoid accidents at sea and in the "
        "air.\n\n"
        "Officials on both sides said the talks had been frank, and that the ministers had also "
        "discussed the exercises planned for the summer and the search for missing "
        "servicemen.\n\n"
        "The next meeting of the ministers is expected to take place in the autumn, in the other "
        "capital.");
}

TEST_CASE("HTML date signals: meta, itemprop, <time>, and their rank", "[ingest]") {
  annals::Article published_time = One("html/meta-published-time.html");
  // The publisher's own day, not moved to UTC.
  CHECK(*published_time.published == 2017_y / 10 / 24);
  CHECK(published_time.signal == "meta");
  CHECK(published_time.title == "Ministers meet");
  annals::Article itemprop = One("html/meta-itemprop.html");
  CHECK(*itemprop.published == 2017_y / 10 / 23);
  CHECK(itemprop.signal == "meta");
  annals::Article time = One("html/time-element.html");
  CHECK(*time.published == 2017_y / 10 / 22);
  CHECK(time.signal == "time-element");
  annals::Article disagree = One("html/meta-and-filename-disagree-2017-01-01.html");
  CHECK(*disagree.published == 2017_y / 10 / 24);
  CHECK(disagree.signal == "meta");
  CHECK(disagree.warnings ==
        std::vector<std::string>{"file-name says 2017-01-01, meta 2017-10-24 is used"});
  annals::Article old = One("html/br-paragraphs.htm");
  CHECK(*old.published == 2009_y / 4 / 1);
  CHECK(old.body.find("Home") == std::string::npos);
  CHECK(std::count(old.body.begin(), old.body.end(), '\n') == 2);  // <br><br> splits, <br> joins
}

TEST_CASE("the sample articles all ingest with the right dates", "[ingest]") {
  Ingested in = Ingest({std::string(ANNALS_SOURCE_DIR) + "/examples/articles"});
  REQUIRE(in.ok);
  std::map<std::string, std::string> dates;
  for (const auto& [file, a] : in.articles) {
    dates[std::filesystem::path(file).filename().string()] =
        date::format("%F", *a.published) + " " + a.signal;
  }
  CHECK(dates == std::map<std::string, std::string>{
                     {"2014-11-12-xinhua-obama-beijing.txt", "2014-11-12 dateline"},
                     {"2015-09-25-reuters-xi-white-house.txt", "2015-09-25 header"},
                     {"2015-09-28-harbour-gazette-xi-state-visit.txt", "2015-09-28 dateline"},
                     {"2016-02-05-xinhua-xi-obama-phone-call.txt", "2016-02-05 dateline"},
                     {"2016-04-20-meridian-wire-paris-signing-sed.md", "2016-04-20 front-matter"},
                     {"2016-09-03-pacific-ledger-hangzhou-g20.html", "2016-09-03 json-ld"},
                 });
  const annals::Article& page =
      in.articles[std::string(ANNALS_SOURCE_DIR) +
                  "/examples/articles/2016-09-03-pacific-ledger-hangzhou-g20.html"];
  CHECK(page.place == "Hangzhou");
  CHECK(page.body.rfind("HANGZHOU, China \u2014 Chinese President Xi Jinping", 0) == 0);
  for (const char* chrome : {"cookies", "Related stories", "Comments", "Facebook", "Privacy",
                             "Daniel Okafor", "Ledger Pool", "Wake me up"}) {
    INFO(chrome);
    CHECK(page.body.find(chrome) == std::string::npos);
  }
}

TEST_CASE("annals ingest lists articles and skipped files", "[ingest][cli]") {
  auto r = annals::testing::RunAnnals({"ingest", kFixtures + "/text", "--format", "jsonl"});
  CHECK(r.exit_code == 0);
  CHECK(r.out.find("{\"file\":\"" + kFixtures +
                   "/text/pti-dateline.txt\",\"published\":\"2020-01-02\",\"signal\":"
                   "\"dateline\",\"title\":\"Delegation arrives for border talks\",\"outlet\":"
                   "\"PTI\",\"place\":\"New Delhi\",\"url\":\"\",\"encoding\":\"utf-8\","
                   "\"words\":23,\"warnings\":[]}\n") != std::string::npos);
  CHECK(r.out.find("{\"file\":\"" + kFixtures +
                   "/text/undated.txt\",\"published\":null,\"signal\":null,\"title\":\"Notes on "
                   "the summit\"") != std::string::npos);
  CHECK(r.out.find("\"warnings\":[\"no publication date found; left out\"]") != std::string::npos);
  auto table = annals::testing::RunAnnals({"ingest", kFixtures + "/names/2015-12-02-slug.txt"});
  CHECK(table.out ==
        "file\tpublished\tsignal\ttitle\toutlet\tplace\twords\twarnings\n" + kFixtures +
            "/names/2015-12-02-slug.txt\t2015-12-02\tfile-name\tTalks continue on investment "
            "treaty\t-\t-\t14\t-\n");
  auto bad = annals::testing::RunAnnals({"ingest", kFixtures + "/text", "--format", "xml"});
  CHECK(bad.exit_code == 2);
  auto missing = annals::testing::RunAnnals({"ingest", kFixtures + "/nope"});
  CHECK(missing.exit_code == 1);
  CHECK(missing.err == "annals: error: " + kFixtures + "/nope: No such file or directory\n");
  auto strict = annals::testing::RunAnnals({"ingest", "--strict", kFixtures + "/text"});
  CHECK(strict.exit_code == 1);
}

TEST_CASE("a saved page's URL can date it, its _files folder is not read", "[ingest]") {
  annals::testing::TempDir dir("ingest-saved");
  dir.Write("Envoys meet.html",
            "<!-- saved from url=(0049)https://news.example.org/2014/11/10/envoys-meet -->\n"
            "<html><head><title>Envoys meet</title></head><body><p>The envoys met in the capital "
            "on Monday and agreed to keep talking about trade, officials said.</p></body></html>");
  dir.Write("Envoys meet_files/frame.htm", "<html><body><p>An advert frame.</p></body></html>");
  Ingested in = Ingest({dir.path()});
  REQUIRE(in.ok);
  REQUIRE(in.articles.size() == 1);
  const annals::Article& a = in.articles.begin()->second;
  CHECK(*a.published == 2014_y / 11 / 10);
  CHECK(a.signal == "url");
  CHECK(a.url == "https://news.example.org/2014/11/10/envoys-meet");
  CHECK(in.skipped.empty());
}

TEST_CASE("a labelled publication date with a time beats an earlier update line", "[ingest]") {
  annals::Article a = annals::ParseArticle(
      "notes/story.txt",
      "Ministers meet on the river treaty\n\nUpdated: Oct. 2, 2019 4:10 p.m. ET\n"
      "Published October 1, 2019 at 11:30 AM EDT\n\n"
      "The two foreign ministers met on Tuesday and agreed to renew the river treaty for ten "
      "years.\n",
      {});
  REQUIRE(a.published);
  CHECK(*a.published == 2019_y / 10 / 1);
  CHECK(a.signal == "header");
  CHECK(a.title == "Ministers meet on the river treaty");
  CHECK(a.body.rfind("The two foreign ministers", 0) == 0);
  CHECK(a.warnings.empty());
}

TEST_CASE("a separated header line gives date, outlet and place", "[ingest]") {
  annals::Article a = annals::ParseArticle(
      "notes/story.txt",
      "THE DESERT HERALD | Khartoum | 9 May 2018 |\n\nNeighbours sign a border accord\n\n"
      "The two presidents signed an accord on the border on Tuesday after a day of talks.\n",
      {});
  REQUIRE(a.published);
  CHECK(*a.published == 2018_y / 5 / 9);
  CHECK(a.signal == "dateline");
  CHECK(a.outlet == "THE DESERT HERALD");
  CHECK(a.place == "Khartoum");
  CHECK(a.title == "Neighbours sign a border accord");
  CHECK(a.body ==
        "The two presidents signed an accord on the border on Tuesday after a day of talks.");
}

TEST_CASE("a title-case wire dateline with the agency after the date", "[ingest]") {
  annals::Article a = annals::ParseArticle(
      "notes/story.txt",
      "Neighbours reopen the border\n\n"
      "Accra, Aug 3, 2018 (GNA).- Ghana and Togo agreed on Friday to reopen the border "
      "crossing at Aflao to trucks.\n",
      {});
  REQUIRE(a.published);
  CHECK(*a.published == 2018_y / 8 / 3);
  CHECK(a.signal == "dateline");
  CHECK(a.outlet == "GNA");
  CHECK(a.place == "Accra");
  CHECK(a.body.rfind("Accra, Aug 3, 2018 (GNA).- Ghana", 0) == 0);
}

TEST_CASE("a dateline on a line of its own stays the story's first words", "[ingest]") {
  annals::Article a = annals::ParseArticle(
      "notes/story.txt",
      "Talks on the dam\n\nTUNIS, Sept. 9, 2020 (TAP) -\n"
      "The two ministers held talks on Wednesday about the dam and water sharing.\n",
      {});
  REQUIRE(a.published);
  CHECK(*a.published == 2020_y / 9 / 9);
  CHECK(a.signal == "dateline");
  CHECK(a.place == "Tunis");
  CHECK(a.outlet == "TAP");
  CHECK(a.body ==
        "TUNIS, Sept. 9, 2020 (TAP) - The two ministers held talks on Wednesday about the dam "
        "and water sharing.");
}

TEST_CASE("header dates that are not days are reported with file:line:col", "[ingest]") {
  annals::Article a = annals::ParseArticle(
      "notes/story.txt",
      "---\ntitle: Talks\n---\nTalks\n\nPublished February 30, 2021\n\n"
      "The two ministers held talks on Wednesday about the dam and water sharing.\n",
      {});
  CHECK_FALSE(a.published);
  REQUIRE_FALSE(a.warnings.empty());
  CHECK(a.warnings[0] == "notes/story.txt:6:11: 'February 30, 2021' is not a date");
  annals::Article b = annals::ParseArticle(
      "notes/story.txt",
      "Talks\n\nBy Sam Roe | 04/06/2018\n\n"
      "The two ministers held talks on Wednesday about the dam and water sharing.\n",
      {});
  CHECK_FALSE(b.published);
  REQUIRE_FALSE(b.warnings.empty());
  CHECK(b.warnings[0] ==
        "notes/story.txt:3:14: '04/06/2018' could be read day first or month first; not used as "
        "the date");
  annals::Article c = annals::ParseArticle(
      "notes/story.txt",
      "Talks\n\nCAIRO, Feb. 30, 2021 (MENA) - The two ministers held talks on Wednesday.\n", {});
  CHECK_FALSE(c.published);
  REQUIRE_FALSE(c.warnings.empty());
  CHECK(c.warnings[0] ==
        "notes/story.txt:3:1: the dateline's date 2021-2-30 is not a date; ignored");
}

TEST_CASE("a saved page with no date metadata is dated by the line under its headline",
          "[ingest]") {
  const std::string story =
      "<p>The two foreign ministers met in the capital on Friday and agreed to cooperate on "
      "trade, energy and the shared river basin over the next ten years, officials said.</p>";
  annals::Article a = annals::ParseArticle(
      "saved/page.html",
      "<html><head><title>Ministers meet</title></head><body><aside><p>Older story | "
      "January 2, 2011</p></aside><article><h1>Ministers meet</h1>"
      "<p class=\"meta\">Posted 19 Aug 2021, 16:02 GMT</p>" +
          story + "</article></body></html>",
      {});
  REQUIRE(a.published);
  CHECK(*a.published == 2021_y / 8 / 19);
  CHECK(a.signal == "header");
  // Above the headline, a date belongs to something else on the page.
  annals::Article b = annals::ParseArticle(
      "saved/page.html",
      "<html><body><div>Trending | January 2, 2011</div><h1>Ministers meet</h1>" + story +
          "</body></html>",
      {});
  CHECK_FALSE(b.published);
}

TEST_CASE("TOML front matter dates and titles a Hugo page", "[ingest][front-matter]") {
  annals::Article a = annals::ParseArticle(
      "site/content/posts/talks.md",
      "+++\ntitle = \"Border talks resume\"\ndate = 2022-05-10T21:15:00-04:00\n"
      "[params]\noutlet = \"River Post\"\n+++\n\n# Border talks resume\n\n"
      "The two foreign ministers met on Tuesday and agreed to reopen the border crossing.\n",
      {});
  REQUIRE(a.published);
  CHECK(*a.published == 2022_y / 5 / 10);
  CHECK(a.signal == "front-matter");
  CHECK(a.title == "Border talks resume");
  CHECK(a.outlet == "River Post");
  CHECK(a.body ==
        "The two foreign ministers met on Tuesday and agreed to reopen the border "
        "crossing.");
}

TEST_CASE("malformed TOML front matter names the file, line and column", "[ingest]") {
  annals::Article a = annals::ParseArticle(
      "notes/bad.md",
      "+++\ntitle = \"Talks\"\ndate = [2022-05-10\n+++\n\n# Talks\n\n"
      "The two ministers met on Tuesday and agreed to talk again in the spring.\n",
      {});
  REQUIRE(!a.warnings.empty());
  CHECK(a.warnings[0].rfind("notes/bad.md:3:", 0) == 0);
  CHECK(a.warnings[0].find("front matter is not valid TOML") != std::string::npos);
  CHECK(a.title == "Talks");
  CHECK(a.body == "The two ministers met on Tuesday and agreed to talk again in the spring.");
}

TEST_CASE("a front-matter update date ranks below any publication date", "[ingest]") {
  std::string story =
      "The two foreign ministers met on Tuesday and agreed to renew the river treaty.\n";
  annals::Article only = annals::ParseArticle(
      "a.md", "---\ntitle: Treaty renewed\nlastmod: 2019-10-03\n---\n\n" + story, {});
  REQUIRE(only.published);
  CHECK(*only.published == 2019_y / 10 / 3);
  CHECK(only.signal == "front-matter");
  annals::Article both = annals::ParseArticle(
      "a.md",
      "---\ntitle: Treaty renewed\nlastmod: 2019-10-03\n---\n\nPublished October 1, 2019\n\n" +
          story,
      {});
  REQUIRE(both.published);
  CHECK(*both.published == 2019_y / 10 / 1);
  CHECK(both.signal == "header");
}

TEST_CASE("a page's modified time dates it only when nothing gives the publication date",
          "[ingest]") {
  std::string head = "<html><head><meta property=\"og:updated_time\" content=\"2019-10-03\">";
  std::string body =
      "</head><body><article><h1>Treaty renewed</h1><p>The two foreign ministers met on Tuesday "
      "and agreed to renew the river treaty.</p></article></body></html>";
  annals::Article only = annals::ParseArticle("a.html", head + body, {});
  REQUIRE(only.published);
  CHECK(*only.published == 2019_y / 10 / 3);
  CHECK(only.signal == "meta");
  annals::Article both = annals::ParseArticle(
      "a.html", head + "<meta name=\"pubdate\" content=\"2019-10-01\">" + body, {});
  REQUIRE(both.published);
  CHECK(*both.published == 2019_y / 10 / 1);
  // An update still outranks the file name, as front matter's lastmod does.
  annals::Article named = annals::ParseArticle("2019-10-02-treaty.html", head + body, {});
  REQUIRE(named.published);
  CHECK(*named.published == 2019_y / 10 / 3);
}

TEST_CASE("a date line ending in p.m. is not taken for a sentence", "[ingest]") {
  annals::Article a = annals::ParseArticle(
      "notes/story.txt",
      "Ministers meet on the river treaty\nPublished October 1, 2019 at 6:40 p.m.\n\n"
      "The two foreign ministers met on Tuesday and agreed to renew the river treaty.\n",
      {});
  REQUIRE(a.published);
  CHECK(*a.published == 2019_y / 10 / 1);
  CHECK(a.signal == "header");
  CHECK(a.body.rfind("The two foreign ministers", 0) == 0);
}

TEST_CASE("a dateline without a year says where it is and how to date the article", "[ingest]") {
  annals::Article a = annals::ParseArticle(
      "wire/story.txt",
      "Ministers meet\n\nBEIJING, Nov. 12 (Xinhua) -- The two foreign ministers met on "
      "Thursday and agreed to hold talks again next year.\n",
      {});
  CHECK_FALSE(a.published);
  REQUIRE(!a.warnings.empty());
  CHECK(a.warnings[0] ==
        "wire/story.txt:3:1: the dateline's date November 12 has no year and nothing else "
        "gives one; give the date with --published YYYY-MM-DD, an articles.yaml sidecar or a "
        "front-matter date");
}

TEST_CASE("RFC 2822 dates in meta tags and sidecars keep the day written", "[ingest]") {
  annals::testing::TempDir dir("ingest-rfc");
  std::string story =
      "<p>The two foreign ministers met on Tuesday in Lima and agreed to resume the border "
      "talks next month, officials said.</p>";
  dir.Write("page.html",
            "<html><head><meta property=\"article:published_time\" content=\"Wed, 18 Mar 2020 "
            "23:40:00 +0800\"></head><body><article><h1>Talks</h1>" +
                story + "</article></body></html>");
  dir.Write("note.txt", "Talks\n\nThe two foreign ministers met on Tuesday in Lima and agreed.\n");
  dir.Write("articles.csv", "file,date\nnote.txt,\"17 Mar 2020 01:10 -0500\"\n");
  std::map<std::string, annals::Article> got;
  std::string err;
  REQUIRE(annals::IngestPaths(
      {dir.path()}, {}, [&](annals::Article&& a) { got[a.file] = std::move(a); },
      [](const annals::Skipped&) {}, &err));
  const annals::Article& page = got[dir.path() + "/page.html"];
  REQUIRE(page.published);
  CHECK(*page.published == 2020_y / 3 / 18);
  CHECK(page.signal == "meta");
  const annals::Article& note = got[dir.path() + "/note.txt"];
  REQUIRE(note.published);
  CHECK(*note.published == 2020_y / 3 / 17);
  CHECK(note.signal == "sidecar");
}

TEST_CASE("a saved page's date line ending in p.m. dates it", "[ingest]") {
  annals::Article a = annals::ParseArticle(
      "saved/page.html",
      "<html><head><title>Ministers meet</title></head><body><article><h1>Ministers meet</h1>"
      "<p class=\"meta\">Published October 1, 2019 at 6:40 p.m.</p>"
      "<p>The two foreign ministers met in the capital on Friday and agreed to cooperate on "
      "trade, energy and the shared river basin over the next ten years, officials said.</p>"
      "</article></body></html>",
      {});
  REQUIRE(a.published);
  CHECK(*a.published == 2019_y / 10 / 1);
  CHECK(a.signal == "header");
}

namespace {

// The publication lines pages print, each giving 2021-06-03 (or 2021-06-13
// for the numeric update line, whose day shows the order).
const char* const kPublicationLines[] = {
    "Published 3 June 2021",
    "Published: Thursday, 3 June 2021, 10:14 BST",
    "Published on June 3, 2021 at 10:14 a.m. ET",
    "First published on Thu 3 Jun 2021 10.14 BST",
    "Published 10:14, 3 JUN 2021",
    "Posted June 3, 2021 | Updated June 4, 2021",
    "By Ana Rojas | June 3, 2021",
    "June 3, 2021 \xE2\x80\x94 10:14 AM EDT",
    "3 June 2021 \xC2\xB7 4 min read",
    "Updated June 4, 2021 | Posted June 3, 2021",
};

const std::string kStoryParagraphs =
    "The foreign ministers of the two countries met on Tuesday and agreed to reopen the border "
    "crossing for trade.\n\n"
    "They also agreed to meet again before the end of the year, officials said.\n";

}  // namespace

TEST_CASE("a publication line above or below the story dates it, in text and Markdown",
          "[ingest][publication-line]") {
  for (const char* line : kPublicationLines) {
    for (const std::string file : {"notes/story.txt", "notes/story.md"}) {
      std::string heading = file.back() == 'd' ? "# Ministers reopen the border\n\n"
                                               : "Ministers reopen the border\n\n";
      for (bool at_top : {true, false}) {
        std::string text = at_top ? heading + line + "\n\n" + kStoryParagraphs
                                  : heading + kStoryParagraphs + "\n" + line + "\n";
        CAPTURE(line, file, at_top);
        annals::Article a = annals::ParseArticle(file, text, {});
        REQUIRE(a.published);
        CHECK(*a.published == 2021_y / 6 / 3);
        CHECK(a.signal == (at_top ? "header" : "footer"));
        CHECK(a.title == "Ministers reopen the border");
        // The line is page furniture, not story text.
        CHECK(a.body.find("2021") == std::string::npos);
        CHECK(a.warnings.empty());
      }
    }
  }
}

TEST_CASE("an update line below the story dates it only when nothing else does",
          "[ingest][publication-line]") {
  const std::string heading = "Ministers reopen the border\n\n";
  annals::Article a = annals::ParseArticle(
      "notes/story.txt", heading + kStoryParagraphs + "\nLast updated: 13/06/2021\n", {});
  REQUIRE(a.published);
  CHECK(*a.published == 2021_y / 6 / 13);
  CHECK(a.signal == "footer");
  // A publication line anywhere wins over it.
  annals::Article b = annals::ParseArticle(
      "notes/story.txt",
      heading + "Published 3 June 2021\n\n" + kStoryParagraphs + "\nLast updated: 13/06/2021\n",
      {});
  REQUIRE(b.published);
  CHECK(*b.published == 2021_y / 6 / 3);
  CHECK(b.signal == "header");
  annals::Article c = annals::ParseArticle(
      "notes/story.txt",
      heading + "Updated: June 13, 2021\n\n" + kStoryParagraphs + "\nPublished 3 June 2021\n", {});
  REQUIRE(c.published);
  CHECK(*c.published == 2021_y / 6 / 3);
  CHECK(c.signal == "footer");
  // The file name's date is weaker than the line.
  annals::Article d = annals::ParseArticle(
      "notes/2021-07-01-story.txt", heading + kStoryParagraphs + "\nPublished 3 June 2021\n", {});
  REQUIRE(d.published);
  CHECK(*d.published == 2021_y / 6 / 3);
}

TEST_CASE("a date in the story or under related headlines is no publication line",
          "[ingest][publication-line]") {
  const std::string heading = "Ministers reopen the border\n\n";
  // A sentence of the story that says "published".
  annals::Article a = annals::ParseArticle(
      "notes/story.txt",
      heading + kStoryParagraphs +
          "\nThe trade report was published on 3 June 2019 by the ministry of commerce.\n",
      {});
  CHECK_FALSE(a.published);
  // A bare date under a related story's headline is that story's date.
  annals::Article b =
      annals::ParseArticle("notes/story.txt",
                           heading + kStoryParagraphs +
                               "\nRelated stories\n\nFloods close the river port\nMay 2, 2021\n",
                           {});
  CHECK_FALSE(b.published);
  // Nor is a labelled one when several headlines each have their own.
  annals::Article d = annals::ParseArticle(
      "notes/story.txt",
      heading + kStoryParagraphs +
          "\nMore on this\n\nFloods close the river port\nPublished May 2, 2021\n\n"
          "Rains return to the delta\nPublished May 9, 2021\n",
      {});
  CHECK_FALSE(d.published);
  // A line in the story's header region that is prose is not read either.
  annals::Article c = annals::ParseArticle(
      "notes/story.txt",
      heading +
          "The report was published on 3 June 2019 by the ministry, officials said on "
          "Tuesday.\n\nThe ministers met again.\n",
      {});
  CHECK_FALSE(c.published);
}

TEST_CASE("a publication line below the story that is not a day is reported with file:line:col",
          "[ingest][publication-line]") {
  annals::Article a = annals::ParseArticle(
      "notes/story.txt",
      "Ministers reopen the border\n\n" + kStoryParagraphs + "\nLast updated: 03/06/2021\n", {});
  CHECK_FALSE(a.published);
  REQUIRE_FALSE(a.warnings.empty());
  CHECK(a.warnings[0] ==
        "notes/story.txt:7:15: '03/06/2021' could be read day first or month first; not used as "
        "the date");
}

TEST_CASE("a numeric date line is read in the order the rest of the article shows",
          "[ingest][numeric-order]") {
  const std::string heading = "Ministers reopen the border\n\nPosted: 03/06/2021\n\n";
  // The story writes its dates day first: 3 June.
  annals::Article a = annals::ParseArticle(
      "notes/story.txt",
      heading + "The ministers met on 1 June and agreed to meet again on 20 June.\n", {});
  REQUIRE(a.published);
  CHECK(*a.published == 2021_y / 6 / 3);
  CHECK(a.signal == "header");
  // Month first: March 6.
  annals::Article b = annals::ParseArticle(
      "notes/story.txt",
      heading + "The ministers met on March 1 and agreed to meet again on March 20.\n", {});
  REQUIRE(b.published);
  CHECK(*b.published == 2021_y / 3 / 6);
  // Another numeric date that can be read only one way.
  annals::Article c = annals::ParseArticle(
      "notes/story.txt",
      heading + "The ministers met and agreed to meet again.\n\nLast updated: 14/06/2021\n", {});
  REQUIRE(c.published);
  CHECK(*c.published == 2021_y / 6 / 3);
  // Clues that disagree settle nothing, and the warning stays.
  annals::Article d = annals::ParseArticle(
      "notes/story.txt",
      heading + "The ministers met on 1 June, after the talks of 05/15/2021 failed.\n", {});
  CHECK_FALSE(d.published);
  REQUIRE_FALSE(d.warnings.empty());
  CHECK(d.warnings[0] ==
        "notes/story.txt:3:9: '03/06/2021' could be read day first or month first; not used as "
        "the date");
}

TEST_CASE("a saved page's language settles its numeric date line", "[ingest][numeric-order]") {
  const std::string story =
      "<h1>Ministers meet</h1><p class=\"meta\">Posted 03/06/2021</p>"
      "<p>The two foreign ministers met in the capital on Friday and agreed to cooperate on "
      "trade, energy and the shared river basin over the next ten years, officials said.</p>";
  annals::Article a = annals::ParseArticle(
      "saved/page.html",
      "<html lang=\"en-GB\"><body><article>" + story + "</article></body></html>", {});
  REQUIRE(a.published);
  CHECK(*a.published == 2021_y / 6 / 3);
  annals::Article b = annals::ParseArticle(
      "saved/page.html",
      "<html><head><meta property=\"og:locale\" content=\"en_US\"></head><body><article>" + story +
          "</article></body></html>",
      {});
  REQUIRE(b.published);
  CHECK(*b.published == 2021_y / 3 / 6);
  annals::Article c = annals::ParseArticle(
      "saved/page.html", "<html lang=\"en\"><body><article>" + story + "</article></body></html>",
      {});
  CHECK_FALSE(c.published);
}

TEST_CASE("a saved page with no date above the story is dated by a publication line under it",
          "[ingest][publication-line]") {
  const std::string story =
      "<h1>Ministers meet</h1>"
      "<p>The two foreign ministers met in the capital on Friday and agreed to cooperate on "
      "trade, energy and the shared river basin over the next ten years, officials said.</p>"
      "<p>They will meet again before the end of the year to sign the agreement, the "
      "ministry said in a statement on its website.</p>";
  annals::Article a = annals::ParseArticle(
      "saved/page.html",
      "<html><body><article>" + story +
          "<p class=\"byline\">First published on Thu 3 Jun 2021 10.14 BST</p></article>"
          "<footer><p>Privacy policy</p></footer></body></html>",
      {});
  REQUIRE(a.published);
  CHECK(*a.published == 2021_y / 6 / 3);
  CHECK(a.signal == "footer");
  // The page's metadata wins: the line is not read.
  annals::Article b = annals::ParseArticle(
      "saved/page.html",
      "<html><head><meta property=\"article:published_time\" content=\"2021-06-02\"></head>"
      "<body><article>" +
          story + "<p>Published 3 June 2021</p></article></body></html>",
      {});
  REQUIRE(b.published);
  CHECK(*b.published == 2021_y / 6 / 2);
  CHECK(b.signal == "meta");
  // Under a list of related headlines a bare date is one of theirs.
  annals::Article c = annals::ParseArticle(
      "saved/page.html",
      "<html><body><article>" + story +
          "</article><div><p>Floods close the river port</p><p>May 2, 2021</p></div>"
          "</body></html>",
      {});
  CHECK_FALSE(c.published);
  // A numeric line that cannot be read is reported with the file's name.
  annals::Article d = annals::ParseArticle(
      "saved/page.html",
      "<html><body><article>" + story + "<p>Last updated: 03/06/2021</p></article></body></html>",
      {});
  CHECK_FALSE(d.published);
  REQUIRE_FALSE(d.warnings.empty());
  CHECK(d.warnings[0] ==
        "saved/page.html: the line 'Last updated: 03/06/2021' under the story: '03/06/2021' could "
        "be read day first or month first; not used as the date");
}
