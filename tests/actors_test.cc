#include "actors.h"

#include <catch2/catch.hpp>

#include "event_test_util.h"

using namespace date::literals;

namespace {
const annals::ActorLexicon& Lexicon() { return annals::testing::BundledActors(); }
std::vector<annals::ActorMention> Find(const std::string& text, annals::PersonMemory* memory,
                                       date::sys_days day = date::sys_days(2015_y / 12 / 2)) {
  std::vector<annals::Word> words = annals::Tokenize(text);
  return Lexicon().Find(text, words, 0, words.size(), day, memory);
}
const annals::ActorMention* Person(const std::vector<annals::ActorMention>& found,
                                   const std::string& name) {
  for (const auto& a : found)
    if (a.kind == annals::ActorKind::kPerson && a.name == name) return &a;
  return nullptr;
}
}  // namespace

TEST_CASE("countries by name, abbreviation, demonym and capital", "[actors]") {
  annals::PersonMemory memory;
  auto found = Find("China and the U.S. agreed; British officials said Moscow objected.", &memory);
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
  auto found = Find(
      "China's State Councilor and Minister of Public Security Zhao Keming met U.S. Attorney "
      "General Anna Fielding and Secretary of Homeland Security Tom Reyes.",
      &memory);
  const auto* zhao = Person(found, "Zhao Keming");
  REQUIRE(zhao);
  CHECK(zhao->code == "CHN");
  CHECK(zhao->role == "state-councilor");
  const auto* fielding = Person(found, "Anna Fielding");
  REQUIRE(fielding);
  CHECK(fielding->code == "USA");
  CHECK(fielding->role == "attorney-general");
  // Joined by "and" to a U.S. official, the second shares the country.
  const auto* reyes = Person(found, "Tom Reyes");
  REQUIRE(reyes);
  CHECK(reyes->code == "USA");
}

TEST_CASE("a name is remembered for the rest of the article", "[actors]") {
  annals::PersonMemory memory;
  Find("Chinese Vice Premier Zhao Keming arrived.", &memory);
  auto found = Find("Zhao said the talks went well.", &memory);
  const auto* zhao = Person(found, "Zhao Keming");
  REQUIRE(zhao);
  CHECK(zhao->code == "CHN");
}

TEST_CASE("a name with its title after a comma", "[actors]") {
  annals::PersonMemory memory;
  auto found = Find("a visit by Zhao Keming, secretary of the party committee", &memory);
  const auto* zhao = Person(found, "Zhao Keming");
  REQUIRE(zhao);
  CHECK(zhao->role == "secretary");
}

TEST_CASE("office holders by name and by title on the day", "[actors]") {
  annals::PersonMemory memory;
  auto found = Find("Obama met the Chinese president.", &memory);
  const auto* obama = Person(found, "Barack Obama");
  REQUIRE(obama);
  CHECK(obama->code == "USA");
  CHECK(Person(found, "Xi Jinping"));
  // Ten years earlier the Chinese president was someone else.
  annals::PersonMemory other;
  auto earlier = Find("He met the Chinese president.", &other, date::sys_days(2005_y / 6 / 1));
  CHECK_FALSE(Person(earlier, "Xi Jinping"));
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
  auto found = Find("Kishida said Prime Minister Shinzo Abe apologized.", &memory,
                    date::sys_days(2015_y / 12 / 28));
  const auto* abe = Person(found, "Shinzo Abe");
  REQUIRE(abe);
  CHECK(abe->code == "JPN");
  // The surname later in the article keeps the country.
  auto later = Find("Abe spoke by phone.", &memory, date::sys_days(2015_y / 12 / 28));
  REQUIRE(Person(later, "Shinzo Abe"));
  CHECK(Person(later, "Shinzo Abe")->code == "JPN");
}

TEST_CASE("a second titled office holder joined by 'and' keeps his own country", "[actors]") {
  annals::PersonMemory memory;
  auto found = Find("German Chancellor Olaf Scholz and Prime Minister Justin Trudeau spoke.",
                    &memory, date::sys_days(2023_y / 2 / 7));
  const auto* scholz = Person(found, "Olaf Scholz");
  const auto* trudeau = Person(found, "Justin Trudeau");
  REQUIRE(scholz);
  REQUIRE(trudeau);
  CHECK(scholz->code == "DEU");
  CHECK(trudeau->code == "CAN");
}

TEST_CASE("a new name sharing a known person's family name is a compatriot", "[actors]") {
  annals::PersonMemory memory;
  Find("Canadian Prime Minister Justin Trudeau arrived.", &memory, date::sys_days(2023_y / 2 / 7));
  // Given name first, family name last, as in the name already known.
  auto found = Find("Sophie Trudeau visited a school.", &memory, date::sys_days(2023_y / 2 / 7));
  const auto* sophie = Person(found, "Sophie Trudeau");
  REQUIRE(sophie);
  CHECK(sophie->code == "CAN");
  // The family name in the other place of the name says nothing.
  found = Find("Trudeau Hall was full.", &memory, date::sys_days(2023_y / 2 / 7));
  CHECK_FALSE(Person(found, "Trudeau Hall"));
}

TEST_CASE("office holders of Asia and the Middle East by title, name and alias", "[actors]") {
  annals::PersonMemory memory;
  const auto day = date::sys_days(2024_y / 6 / 12);
  auto found =
      Find("Prime Minister Shehbaz Sharif met Prime Minister Pham Minh Chinh.", &memory, day);
  const auto* sharif = Person(found, "Shehbaz Sharif");
  const auto* chinh = Person(found, "Pham Minh Chinh");
  REQUIRE(sharif);
  REQUIRE(chinh);
  CHECK(sharif->code == "PAK");
  CHECK(chinh->code == "VNM");
  // A second-mention alias on its own, with no full name earlier in the article.
  annals::PersonMemory fresh;
  found = Find("Later Sisi spoke by phone with Safadi.", &fresh, day);
  REQUIRE(Person(found, "Abdel Fattah el-Sisi"));
  CHECK(Person(found, "Abdel Fattah el-Sisi")->code == "EGY");
  REQUIRE(Person(found, "Ayman Safadi"));
  CHECK(Person(found, "Ayman Safadi")->code == "JOR");
  // An emir by title and his long name.
  annals::PersonMemory qatar;
  found = Find("Qatari Emir Sheikh Tamim bin Hamad Al Thani arrived.", &qatar, day);
  const auto* tamim = Person(found, "Tamim bin Hamad Al Thani");
  REQUIRE(tamim);
  CHECK(tamim->code == "QAT");
}

TEST_CASE("who holds an office in Asia or the Middle East depends on the day", "[actors]") {
  // Phuc was prime minister 2016-2021 and president 2021-2023.
  annals::PersonMemory memory;
  auto found = Find("Phuc said the talks went well.", &memory, date::sys_days(2019_y / 2 / 27));
  REQUIRE(Person(found, "Nguyen Xuan Phuc"));
  CHECK(Person(found, "Nguyen Xuan Phuc")->code == "VNM");
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
  found = Find("He met the Pakistani prime minister.", &in_office, date::sys_days(2016_y / 3 / 1));
  CHECK(Person(found, "Nawaz Sharif"));
  annals::PersonMemory out_of_office;
  found =
      Find("He met the Pakistani prime minister.", &out_of_office, date::sys_days(2020_y / 3 / 1));
  CHECK_FALSE(Person(found, "Nawaz Sharif"));
  CHECK(Person(found, "Imran Khan"));
}

TEST_CASE("a family name shared by relatives in office is no alias", "[actors]") {
  // Nawaz and Shehbaz Sharif, Mahinda and Gotabaya Rajapaksa: the bare family
  // name would pick one brother at random.
  annals::PersonMemory memory;
  for (const char* text : {"Sharif said the talks went well.", "Rajapaksa said so."}) {
    auto found = Find(text, &memory, date::sys_days(2020_y / 3 / 1));
    for (const auto& a : found) CHECK(a.code.empty());
    memory.clear();
  }
  // "Dar" is Pakistan's foreign minister, "Dar es Salaam" a Tanzanian city.
  auto found = Find("Talks opened in Dar es Salaam.", &memory, date::sys_days(2024_y / 6 / 12));
  for (const auto& a : found) CHECK(a.kind != annals::ActorKind::kPerson);
}

TEST_CASE("office holders of countries beyond the G20, by title and by surname", "[actors]") {
  using date::sys_days;
  annals::PersonMemory memory;
  auto found = Find("Ukrainian President Volodymyr Zelensky met Kuleba in Kyiv.", &memory,
                    sys_days(2022_y / 5 / 10));
  const auto* zelensky = Person(found, "Volodymyr Zelensky");
  REQUIRE(zelensky);
  CHECK(zelensky->code == "UKR");
  // A second-mention surname alone is the foreign minister of the day.
  const auto* kuleba = Person(found, "Dmytro Kuleba");
  REQUIRE(kuleba);
  CHECK(kuleba->code == "UKR");
  // Out of office: in 2016 Ukraine's president was someone else.
  CHECK(Lexicon().HolderOf("UKR", "president", sys_days(2022_y / 5 / 10))->name ==
        "Volodymyr Zelensky");
  CHECK(Lexicon().HolderOf("UKR", "president", sys_days(2016_y / 5 / 10))->name ==
        "Petro Poroshenko");
  // A transliteration variant and an accented form find the same people.
  annals::PersonMemory other;
  found = Find("Zelenskyy spoke with Orbán and Gahr Støre.", &other, sys_days(2023_y / 3 / 1));
  CHECK(Person(found, "Volodymyr Zelensky"));
  REQUIRE(Person(found, "Viktor Orban"));
  CHECK(Person(found, "Viktor Orban")->code == "HUN");
  REQUIRE(Person(found, "Jonas Gahr Store"));
  CHECK(Person(found, "Jonas Gahr Store")->code == "NOR");
}

TEST_CASE("a surname two office holders shared goes with its title", "[actors]") {
  using date::sys_days;
  // The Kaczynski twins governed Poland together in 2007.
  annals::PersonMemory memory;
  auto found = Find("Prime Minister Kaczynski and President Kaczynski spoke.", &memory,
                    sys_days(2007_y / 3 / 1));
  CHECK(Person(found, "Jaroslaw Kaczynski"));
  CHECK(Person(found, "Lech Kaczynski"));
  // Stoltenberg was Norway's prime minister, later NATO's secretary general.
  annals::PersonMemory early, late;
  found = Find("Stoltenberg arrived.", &early, sys_days(2010_y / 6 / 1));
  REQUIRE(Person(found, "Jens Stoltenberg"));
  CHECK(Person(found, "Jens Stoltenberg")->code == "NOR");
  found = Find("Stoltenberg arrived.", &late, sys_days(2019_y / 6 / 1));
  REQUIRE(Person(found, "Jens Stoltenberg"));
  CHECK(Person(found, "Jens Stoltenberg")->code == "NATO");
}
