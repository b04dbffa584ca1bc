#include "actors.h"
#include "tokenize_test_util.h"

#include <catch2/catch.hpp>

#include "event_test_util.h"

using namespace date::literals;

namespace {
using annals::testing::CountryOfPerson;
using annals::testing::FindActors;
using annals::testing::PersonNamed;
const annals::ActorLexicon& Lexicon() { return annals::testing::BundledActors(); }
}  // namespace

TEST_CASE("countries by name, abbreviation, demonym and capital", "[actors]") {
  annals::PersonMemory memory;
  auto found =
      FindActors("China and the U.S. agreed; British officials said Moscow objected.", &memory);
  std::vector<std::string> codes;
  for (const auto& a : found) codes.push_back(a.code);
  CHECK(codes == std::vector<std::string>{"CHN", "USA", "GBR", "RUS"});
  CHECK(found[3].kind == annals::ActorKind::kCapital);
  std::string code;
  CHECK(Lexicon().LookupCountry("PRC", &code));
  CHECK(code == "CHN");
  CHECK(Lexicon().LookupCountry("united states", &code));
  CHECK(code == "USA");
}

TEST_CASE("people with titles take the country before the title", "[actors]") {
  annals::PersonMemory memory;
  auto found = FindActors(
      "China's State Councilor and Minister of Public Security Zhao Keming met U.S. Attorney "
      "General Anna Fielding and Secretary of Homeland Security Tom Reyes.",
      &memory);
  const auto* zhao = PersonNamed(found, "Zhao Keming");
  REQUIRE(zhao);
  CHECK(zhao->code == "CHN");
  CHECK(zhao->role == "state-councilor");
  const auto* fielding = PersonNamed(found, "Anna Fielding");
  REQUIRE(fielding);
  CHECK(fielding->code == "USA");
  CHECK(fielding->role == "attorney-general");
  // Joined by "and" to a U.S. official, the second shares the country.
  const auto* reyes = PersonNamed(found, "Tom Reyes");
  REQUIRE(reyes);
  CHECK(reyes->code == "USA");
}

TEST_CASE("a name is remembered for the rest of the article", "[actors]") {
  annals::PersonMemory memory;
  FindActors("Chinese Vice Premier Zhao Keming arrived.", &memory);
  auto found = FindActors("Zhao said the talks went well.", &memory);
  const auto* zhao = PersonNamed(found, "Zhao Keming");
  REQUIRE(zhao);
  CHECK(zhao->code == "CHN");
}

TEST_CASE("a name with its title after a comma", "[actors]") {
  annals::PersonMemory memory;
  auto found = FindActors("a visit by Zhao Keming, secretary of the party committee", &memory);
  const auto* zhao = PersonNamed(found, "Zhao Keming");
  REQUIRE(zhao);
  CHECK(zhao->role == "secretary");
}

TEST_CASE("office holders by name and by title on the day", "[actors]") {
  annals::PersonMemory memory;
  auto found = FindActors("Obama met the Chinese president.", &memory);
  const auto* obama = PersonNamed(found, "Barack Obama");
  REQUIRE(obama);
  CHECK(obama->code == "USA");
  CHECK(PersonNamed(found, "Xi Jinping"));
  // Ten years earlier the Chinese president was someone else.
  annals::PersonMemory other;
  auto earlier =
      FindActors("He met the Chinese president.", &other, date::sys_days(2005_y / 6 / 1));
  CHECK_FALSE(PersonNamed(earlier, "Xi Jinping"));
}

TEST_CASE("option --actors adds office holders, with file:line:col errors", "[actors]") {
  annals::ActorLexicon lexicon;
  annals::Diagnostic error;
  REQUIRE(lexicon.Load(&error));
  REQUIRE(lexicon.AddOfficeHolders("extra.tsv",
                                   "# name\tcountry\toffice\tstart\tend\taliases\n"
                                   "Ann Example\tFRA\tforeign-minister\t2030-01-01\t-\tExample\n",
                                   &error));
  const annals::OfficeHolder* h =
      lexicon.HolderOf("FRA", "foreign-minister", date::sys_days(2031_y / 1 / 1));
  REQUIRE(h);
  CHECK(h->name == "Ann Example");
  CHECK_FALSE(
      lexicon.AddOfficeHolders("extra.tsv", "Bo Example\tXXX\tpresident\t2030\t-\n", &error));
  CHECK(error.ToString() == "extra.tsv:1:12: error: unknown country or organisation code 'XXX'");
  CHECK_FALSE(
      lexicon.AddOfficeHolders("extra.tsv", "Bo Example\tFRA\tpresident\tsoon\t-\n", &error));
  CHECK(error.line == 1);
  CHECK(error.column == 26);
}

TEST_CASE("places map venues to their city", "[actors]") {
  std::string city, country;
  CHECK(Lexicon().LookupPlace("Justice Department", &city, &country));
  CHECK(city == "Washington");
  CHECK(Lexicon().LookupPlace("BEIJING", &city, &country));
  CHECK(city == "Beijing");
  CHECK(country == "CHN");
}

TEST_CASE("a title without a country still finds the office holder's country", "[actors]") {
  annals::PersonMemory memory;
  auto found = FindActors("Kishida said Prime Minister Shinzo Abe apologized.", &memory,
                          date::sys_days(2015_y / 12 / 28));
  const auto* abe = PersonNamed(found, "Shinzo Abe");
  REQUIRE(abe);
  CHECK(abe->code == "JPN");
  // The surname later in the article keeps the country.
  auto later = FindActors("Abe spoke by phone.", &memory, date::sys_days(2015_y / 12 / 28));
  CHECK(CountryOfPerson(later, "Shinzo Abe") == "JPN");
}

TEST_CASE("a second titled office holder joined by 'and' keeps his own country", "[actors]") {
  annals::PersonMemory memory;
  auto found = FindActors("German Chancellor Olaf Scholz and Prime Minister Justin Trudeau spoke.",
                          &memory, date::sys_days(2023_y / 2 / 7));
  const auto* scholz = PersonNamed(found, "Olaf Scholz");
  const auto* trudeau = PersonNamed(found, "Justin Trudeau");
  REQUIRE(scholz);
  REQUIRE(trudeau);
  CHECK(scholz->code == "DEU");
  CHECK(trudeau->code == "CAN");
}

TEST_CASE("a new name sharing a known person's family name is a compatriot", "[actors]") {
  annals::PersonMemory memory;
  FindActors("Canadian Prime Minister Justin Trudeau arrived.", &memory,
             date::sys_days(2023_y / 2 / 7));
  // Given name first, family name last, as in the name already known.
  auto found =
      FindActors("Sophie Trudeau visited a school.", &memory, date::sys_days(2023_y / 2 / 7));
  const auto* sophie = PersonNamed(found, "Sophie Trudeau");
  REQUIRE(sophie);
  CHECK(sophie->code == "CAN");
  // The family name in the other place of the name says nothing.
  found = FindActors("Trudeau Hall was full.", &memory, date::sys_days(2023_y / 2 / 7));
  CHECK_FALSE(PersonNamed(found, "Trudeau Hall"));
}

TEST_CASE("office holders of Asia and the Middle East by title, name and alias", "[actors]") {
  annals::PersonMemory memory;
  const auto day = date::sys_days(2024_y / 6 / 12);
  auto found =
      FindActors("Prime Minister Shehbaz Sharif met Prime Minister Pham Minh Chinh.", &memory, day);
  const auto* sharif = PersonNamed(found, "Shehbaz Sharif");
  const auto* chinh = PersonNamed(found, "Pham Minh Chinh");
  REQUIRE(sharif);
  REQUIRE(chinh);
  CHECK(sharif->code == "PAK");
  CHECK(chinh->code == "VNM");
  // A second-mention alias on its own, with no full name earlier in the article.
  annals::PersonMemory fresh;
  found = FindActors("Later Sisi spoke by phone with Safadi.", &fresh, day);
  CHECK(CountryOfPerson(found, "Abdel Fattah el-Sisi") == "EGY");
  CHECK(CountryOfPerson(found, "Ayman Safadi") == "JOR");
  // An emir by title and his long name.
  annals::PersonMemory qatar;
  found = FindActors("Qatari Emir Sheikh Tamim bin Hamad Al Thani arrived.", &qatar, day);
  const auto* tamim = PersonNamed(found, "Tamim bin Hamad Al Thani");
  REQUIRE(tamim);
  CHECK(tamim->code == "QAT");
}

TEST_CASE("who holds an office in Asia or the Middle East depends on the day", "[actors]") {
  // Phuc was prime minister 2016-2021 and president 2021-2023.
  annals::PersonMemory memory;
  auto found =
      FindActors("Phuc said the talks went well.", &memory, date::sys_days(2019_y / 2 / 27));
  CHECK(CountryOfPerson(found, "Nguyen Xuan Phuc") == "VNM");
  const auto& lexicon = Lexicon();
  const annals::OfficeHolder* pm =
      lexicon.HolderOf("VNM", "prime-minister", date::sys_days(2019_y / 2 / 27));
  REQUIRE(pm);
  CHECK(pm->name == "Nguyen Xuan Phuc");
  pm = lexicon.HolderOf("VNM", "prime-minister", date::sys_days(2022_y / 2 / 27));
  REQUIRE(pm);
  CHECK(pm->name == "Pham Minh Chinh");
  // "the Pakistani prime minister" with no name: whoever held it that day.
  annals::PersonMemory in_office;
  found = FindActors("He met the Pakistani prime minister.", &in_office,
                     date::sys_days(2016_y / 3 / 1));
  CHECK(PersonNamed(found, "Nawaz Sharif"));
  annals::PersonMemory out_of_office;
  found = FindActors("He met the Pakistani prime minister.", &out_of_office,
                     date::sys_days(2020_y / 3 / 1));
  CHECK_FALSE(PersonNamed(found, "Nawaz Sharif"));
  CHECK(PersonNamed(found, "Imran Khan"));
}

TEST_CASE("a family name shared by relatives in office is no alias", "[actors]") {
  // Nawaz and Shehbaz Sharif, Mahinda and Gotabaya Rajapaksa: the bare family
  // name would pick one brother at random.
  annals::PersonMemory memory;
  for (const char* text : {"Sharif said the talks went well.", "Rajapaksa said so."}) {
    auto found = FindActors(text, &memory, date::sys_days(2020_y / 3 / 1));
    for (const auto& a : found) CHECK(a.code.empty());
    memory.clear();
  }
  // "Dar" is Pakistan's foreign minister, "Dar es Salaam" a Tanzanian city.
  auto found =
      FindActors("Talks opened in Dar es Salaam.", &memory, date::sys_days(2024_y / 6 / 12));
  for (const auto& a : found) CHECK(a.kind != annals::ActorKind::kPerson);
}

TEST_CASE("office holders of countries beyond the G20, by title and by surname", "[actors]") {
  using date::sys_days;
  annals::PersonMemory memory;
  auto found = FindActors("Ukrainian President Volodymyr Zelensky met Kuleba in Kyiv.", &memory,
                          sys_days(2022_y / 5 / 10));
  const auto* zelensky = PersonNamed(found, "Volodymyr Zelensky");
  REQUIRE(zelensky);
  CHECK(zelensky->code == "UKR");
  // A second-mention surname alone is the foreign minister of the day.
  const auto* kuleba = PersonNamed(found, "Dmytro Kuleba");
  REQUIRE(kuleba);
  CHECK(kuleba->code == "UKR");
  // Out of office: in 2016 Ukraine's president was someone else.
  CHECK(Lexicon().HolderOf("UKR", "president", sys_days(2022_y / 5 / 10))->name ==
        "Volodymyr Zelensky");
  CHECK(Lexicon().HolderOf("UKR", "president", sys_days(2016_y / 5 / 10))->name ==
        "Petro Poroshenko");
  // A transliteration variant and an accented form find the same people.
  annals::PersonMemory other;
  found =
      FindActors("Zelenskyy spoke with Orbán and Gahr Støre.", &other, sys_days(2023_y / 3 / 1));
  CHECK(PersonNamed(found, "Volodymyr Zelensky"));
  CHECK(CountryOfPerson(found, "Viktor Orban") == "HUN");
  CHECK(CountryOfPerson(found, "Jonas Gahr Store") == "NOR");
}

TEST_CASE("a surname two office holders shared goes with its title", "[actors]") {
  using date::sys_days;
  // The Kaczynski twins governed Poland together in 2007.
  annals::PersonMemory memory;
  auto found = FindActors("Prime Minister Kaczynski and President Kaczynski spoke.", &memory,
                          sys_days(2007_y / 3 / 1));
  CHECK(PersonNamed(found, "Jaroslaw Kaczynski"));
  CHECK(PersonNamed(found, "Lech Kaczynski"));
  // Stoltenberg was Norway's prime minister, later NATO's secretary general.
  annals::PersonMemory early, late;
  found = FindActors("Stoltenberg arrived.", &early, sys_days(2010_y / 6 / 1));
  CHECK(CountryOfPerson(found, "Jens Stoltenberg") == "NOR");
  found = FindActors("Stoltenberg arrived.", &late, sys_days(2019_y / 6 / 1));
  CHECK(CountryOfPerson(found, "Jens Stoltenberg") == "NATO");
}

TEST_CASE("finding into a reused buffer gives what a fresh one gets", "[actors]") {
  // The assembler keeps one buffer for every sentence of an article.
  const std::string first = "Chinese President Xi Jinping met Japanese officials in Tokyo.";
  const std::string second = "The U.S. envoy flew to Beijing.";
  std::vector<annals::Word> words1 = annals::TokenizeKept(first);
  std::vector<annals::Word> words2 = annals::TokenizeKept(second);
  annals::PersonMemory memory_a, memory_b;
  std::vector<annals::ActorMention> buffer;
  Lexicon().Find(first, words1, 0, words1.size(), date::sys_days{2016_y / 3 / 1}, &memory_a,
                 &buffer);
  CHECK(buffer.size() >= 3);
  Lexicon().Find(second, words2, 0, words2.size(), date::sys_days{2016_y / 3 / 1}, &memory_a,
                 &buffer);
  Lexicon().Find(first, words1, 0, words1.size(), date::sys_days{2016_y / 3 / 1}, &memory_b);
  auto fresh =
      Lexicon().Find(second, words2, 0, words2.size(), date::sys_days{2016_y / 3 / 1}, &memory_b);
  REQUIRE(buffer.size() == fresh.size());
  std::vector<std::string> codes;
  for (size_t k = 0; k < fresh.size(); ++k) {
    CHECK(buffer[k].code == fresh[k].code);
    CHECK(buffer[k].first_word == fresh[k].first_word);
    codes.push_back(fresh[k].code);
  }
  // The U.S. (and its envoy) first, Beijing last.
  REQUIRE(codes.size() >= 2);
  CHECK(codes.front() == "USA");
  CHECK(codes.back() == "CHN");
}
