// Office holders of the smaller European, African, American and Pacific
// states in data/en/actors/{europe,africa,americas_pacific}_more.tsv.
#include <catch2/catch.hpp>

#include "actors.h"
#include "event_test_util.h"

using namespace date::literals;

namespace {
using annals::testing::CountryOfPerson;
using annals::testing::FindActors;
using annals::testing::PersonNamed;
const annals::ActorLexicon& Lexicon() { return annals::testing::BundledActors(); }
}  // namespace

TEST_CASE("Balkan leaders by full name, then by family name alone", "[actors]") {
  using date::sys_days;
  annals::PersonMemory memory;
  auto found = FindActors("Kosovo's prime minister Albin Kurti met Andrej Plenkovic in Zagreb.",
                          &memory, sys_days(2023_y / 9 / 20));
  CHECK(CountryOfPerson(found, "Albin Kurti") == "XKX");
  CHECK(CountryOfPerson(found, "Andrej Plenkovic") == "HRV");
  // The next sentence names them by family name only, one with its accent.
  found =
      FindActors("Kurti thanked Plenković for the invitation.", &memory, sys_days(2023_y / 9 / 20));
  CHECK(CountryOfPerson(found, "Albin Kurti") == "XKX");
  CHECK(CountryOfPerson(found, "Andrej Plenkovic") == "HRV");
}

TEST_CASE("a surname two office holders shared in the Balkans needs its title", "[actors]") {
  using date::sys_days;
  // Vjosa Osmani (Kosovo) and Bujar Osmani (North Macedonia) held office together.
  annals::PersonMemory memory;
  auto found = FindActors("President Osmani received Foreign Minister Osmani in Pristina.", &memory,
                          sys_days(2022_y / 3 / 1));
  CHECK(CountryOfPerson(found, "Vjosa Osmani") == "XKX");
  CHECK(CountryOfPerson(found, "Bujar Osmani") == "MKD");
  // Oman's capital is not Malta's former prime minister Joseph Muscat.
  annals::PersonMemory other;
  found = FindActors("The talks were held in Muscat.", &other, sys_days(2015_y / 6 / 1));
  CHECK_FALSE(PersonNamed(found, "Joseph Muscat"));
}

TEST_CASE("African leaders resolve to their country on the day", "[actors]") {
  using date::sys_days;
  annals::PersonMemory memory;
  auto found = FindActors("Dbeibah and Burhan spoke by phone, and Saied joined them.", &memory,
                          sys_days(2023_y / 2 / 14));
  CHECK(CountryOfPerson(found, "Abdul Hamid Dbeibah") == "LBY");
  CHECK(CountryOfPerson(found, "Abdel Fattah al-Burhan") == "SDN");
  CHECK(CountryOfPerson(found, "Kais Saied") == "TUN");
  // Father and son: "Kabila" is whichever was in office nearest the day.
  annals::PersonMemory early, late;
  found = FindActors("Kabila arrived.", &early, sys_days(1999_y / 6 / 1));
  CHECK(PersonNamed(found, "Laurent-Desire Kabila"));
  found = FindActors("Kabila arrived.", &late, sys_days(2010_y / 6 / 1));
  CHECK(PersonNamed(found, "Joseph Kabila"));
  CHECK(Lexicon().HolderOf("SDN", "president", sys_days(2015_y / 1 / 1))->name == "Omar al-Bashir");
  CHECK(Lexicon().HolderOf("TUN", "president", sys_days(2016_y / 1 / 1))->name ==
        "Beji Caid Essebsi");
}

TEST_CASE("African foreign ministers resolve to their country in their term", "[actors]") {
  using date::sys_days;
  annals::PersonMemory memory;
  auto found = FindActors("Mankeur Ndiaye met Bernard Membe and Lejeune Mbella Mbella in Dakar.",
                          &memory, sys_days(2014_y / 5 / 6));
  CHECK(CountryOfPerson(found, "Mankeur Ndiaye") == "SEN");
  CHECK(CountryOfPerson(found, "Bernard Membe") == "TZA");
  CHECK(CountryOfPerson(found, "Lejeune Mbella Mbella") == "CMR");
  // The office passes to the successor on the day.
  CHECK(Lexicon().HolderOf("TZA", "foreign-minister", sys_days(2014_y / 5 / 6))->name ==
        "Bernard Membe");
  CHECK(Lexicon().HolderOf("TZA", "foreign-minister", sys_days(2017_y / 5 / 6))->name ==
        "Augustine Mahiga");
  CHECK(Lexicon().HolderOf("SEN", "foreign-minister", sys_days(2018_y / 1 / 10))->name ==
        "Sidiki Kaba");
  // Namibia's president was her country's foreign minister before.
  CHECK(Lexicon().HolderOf("NAM", "foreign-minister", sys_days(2016_y / 1 / 1))->name ==
        "Netumbo Nandi-Ndaitwah");
  CHECK_FALSE(Lexicon().HolderOf("NAM", "foreign-minister", sys_days(2024_y / 6 / 1)));
  // Rwanda's prime minister changed in July 2025.
  CHECK(Lexicon().HolderOf("RWA", "prime-minister", sys_days(2025_y / 1 / 10))->name ==
        "Edouard Ngirente");
  CHECK(Lexicon().HolderOf("RWA", "prime-minister", sys_days(2025_y / 9 / 10))->name ==
        "Justin Nsengiyumva");
}

TEST_CASE("Latin American foreign ministers, and one who went on to the OAS", "[actors]") {
  using date::sys_days;
  annals::PersonMemory memory;
  auto found = FindActors("Ricardo Patino spoke with Jose Antonio Garcia Belaunde on Monday.",
                          &memory, sys_days(2010_y / 6 / 1));
  CHECK(CountryOfPerson(found, "Ricardo Patino") == "ECU");
  CHECK(CountryOfPerson(found, "Jose Antonio Garcia Belaunde") == "PER");
  // Almagro was Uruguay's foreign minister, then the OAS secretary general.
  annals::PersonMemory in_office, at_oas;
  found = FindActors("Almagro arrived in Brasilia.", &in_office, sys_days(2012_y / 3 / 1));
  CHECK(CountryOfPerson(found, "Luis Almagro") == "URY");
  found = FindActors("Almagro arrived in Caracas.", &at_oas, sys_days(2019_y / 3 / 1));
  CHECK(CountryOfPerson(found, "Luis Almagro") == "OAS");
  CHECK(Lexicon().HolderOf("URY", "foreign-minister", sys_days(2021_y / 3 / 1))->name ==
        "Francisco Bustillo");
  // A family name that is a word is read only with the title.
  annals::PersonMemory moon;
  found = FindActors("The Luna program ended.", &moon, sys_days(2017_y / 3 / 1));
  CHECK_FALSE(PersonNamed(found, "Ricardo Luna"));
}

TEST_CASE("Central Asian foreign ministers under either spelling", "[actors]") {
  using date::sys_days;
  annals::PersonMemory memory;
  auto found =
      FindActors("Meredov and Muhriddin met in Ashgabat.", &memory, sys_days(2021_y / 10 / 5));
  CHECK(CountryOfPerson(found, "Rashid Meredov") == "TKM");
  CHECK(CountryOfPerson(found, "Sirojiddin Aslov") == "TJK");
  CHECK(Lexicon().HolderOf("KGZ", "foreign-minister", sys_days(2019_y / 1 / 1))->name ==
        "Chingiz Aidarbekov");
}

TEST_CASE("G20 defence ministers resolve to their country in their term", "[actors]") {
  using date::sys_days;
  annals::PersonMemory memory;
  auto found = FindActors("Shoigu met Hulusi Akar and Rajnath Singh in Moscow.", &memory,
                          sys_days(2020_y / 6 / 24));
  CHECK(CountryOfPerson(found, "Sergei Shoigu") == "RUS");
  CHECK(CountryOfPerson(found, "Hulusi Akar") == "TUR");
  CHECK(CountryOfPerson(found, "Rajnath Singh") == "IND");
  CHECK(Lexicon().HolderOf("DEU", "defense-minister", sys_days(2016_y / 1 / 1))->name ==
        "Ursula von der Leyen");
  CHECK(Lexicon().HolderOf("JPN", "defense-minister", sys_days(2024_y / 12 / 1))->name ==
        "Gen Nakatani");
  CHECK(Lexicon().HolderOf("GBR", "defense-minister", sys_days(2022_y / 2 / 1))->name ==
        "Ben Wallace");
  CHECK(Lexicon().HolderOf("KOR", "defense-minister", sys_days(2019_y / 1 / 1))->name ==
        "Jeong Kyeong-doo");
  // The office passes on the day: Belousov after Shoigu.
  CHECK(Lexicon().HolderOf("RUS", "defense-minister", sys_days(2024_y / 6 / 1))->name ==
        "Andrei Belousov");
  // The same person in another office at another time keeps both lines.
  CHECK(Lexicon().HolderOf("EU", "commission-president", sys_days(2020_y / 1 / 1))->name ==
        "Ursula von der Leyen");
  // A family name that is a word is read only with its title.
  annals::PersonMemory fox;
  found = FindActors("A fox crossed the road.", &fox, sys_days(2011_y / 1 / 1));
  CHECK_FALSE(PersonNamed(found, "Liam Fox"));
}

TEST_CASE("foreign ministers of North Korea, Uzbekistan, Angola and Timor-Leste", "[actors]") {
  using date::sys_days;
  annals::PersonMemory memory;
  auto found = FindActors("Ri Yong Ho and Abdulaziz Kamilov met in Pyongyang.", &memory,
                          sys_days(2018_y / 5 / 2));
  CHECK(CountryOfPerson(found, "Ri Yong Ho") == "PRK");
  CHECK(CountryOfPerson(found, "Abdulaziz Komilov") == "UZB");
  CHECK(Lexicon().HolderOf("PRK", "foreign-minister", sys_days(2023_y / 1 / 1))->name ==
        "Choe Son Hui");
  CHECK(Lexicon().HolderOf("UZB", "foreign-minister", sys_days(2022_y / 7 / 1))->name ==
        "Vladimir Norov");
  CHECK(Lexicon().HolderOf("AGO", "foreign-minister", sys_days(2020_y / 5 / 1))->name ==
        "Tete Antonio");
  CHECK(Lexicon().HolderOf("AGO", "foreign-minister", sys_days(2020_y / 3 / 1))->name ==
        "Manuel Augusto");
  // Timor-Leste's Guterres is named in full: the bare name is the UN chief.
  annals::PersonMemory un;
  found = FindActors("Guterres arrived in Dili.", &un, sys_days(2023_y / 3 / 1));
  CHECK(CountryOfPerson(found, "António Guterres") == "UN");
  CHECK(Lexicon().HolderOf("TLS", "foreign-minister", sys_days(2013_y / 3 / 1))->name ==
        "Jose Luis Guterres");
}

TEST_CASE("Bulgarian and Moldovan leaders after the 2025-26 changes", "[actors]") {
  using date::sys_days;
  CHECK(Lexicon().HolderOf("BGR", "president", sys_days(2025_y / 6 / 1))->name == "Rumen Radev");
  CHECK(Lexicon().HolderOf("BGR", "president", sys_days(2026_y / 3 / 1))->name == "Iliana Iotova");
  CHECK(Lexicon().HolderOf("BGR", "prime-minister", sys_days(2026_y / 3 / 1))->name ==
        "Andrey Gyurov");
  CHECK(Lexicon().HolderOf("BGR", "prime-minister", sys_days(2026_y / 6 / 1))->name ==
        "Rumen Radev");
  CHECK(Lexicon().HolderOf("MDA", "prime-minister", sys_days(2025_y / 10 / 1))->name ==
        "Dorin Recean");
  CHECK(Lexicon().HolderOf("MDA", "prime-minister", sys_days(2025_y / 12 / 1))->name ==
        "Alexandru Munteanu");
  // Radev in 2026 news is Bulgarian whichever office he holds.
  annals::PersonMemory memory;
  auto found = FindActors("Radev met Munteanu in Sofia.", &memory, sys_days(2026_y / 6 / 1));
  CHECK(CountryOfPerson(found, "Rumen Radev") == "BGR");
}

TEST_CASE("West and Central African leaders by family name alone", "[actors]") {
  using date::sys_days;
  // Invented story: Togo's and Burkina Faso's leaders meet, named by family name only.
  annals::PersonMemory memory;
  auto found = FindActors("Gnassingbe met Traore in Lome to discuss border security.", &memory,
                          sys_days(2023_y / 5 / 10));
  CHECK(CountryOfPerson(found, "Faure Gnassingbe") == "TGO");
  CHECK(CountryOfPerson(found, "Ibrahim Traore") == "BFA");
  annals::PersonMemory chad;
  found = FindActors("Doumbouya received Deby and Chakwera in Conakry.", &chad,
                     sys_days(2024_y / 2 / 1));
  CHECK(CountryOfPerson(found, "Mamady Doumbouya") == "GIN");
  CHECK(CountryOfPerson(found, "Mahamat Idriss Deby") == "TCD");
  CHECK(CountryOfPerson(found, "Lazarus Chakwera") == "MWI");
  // Father and son: "Deby" is the one in office on the day.
  annals::PersonMemory early;
  found = FindActors("Deby arrived.", &early, sys_days(2015_y / 6 / 1));
  CHECK(PersonNamed(found, "Idriss Deby"));
  CHECK_FALSE(PersonNamed(found, "Mahamat Idriss Deby"));
}

TEST_CASE("the holder of an office in Togo, Burkina Faso and Chad changes on the day", "[actors]") {
  using date::sys_days;
  // Burkina Faso's two coups of 2022.
  CHECK(Lexicon().HolderOf("BFA", "president", sys_days(2021_y / 6 / 1))->name ==
        "Roch Marc Christian Kabore");
  CHECK(Lexicon().HolderOf("BFA", "president", sys_days(2022_y / 5 / 1))->name ==
        "Paul-Henri Sandaogo Damiba");
  CHECK(Lexicon().HolderOf("BFA", "president", sys_days(2023_y / 5 / 1))->name == "Ibrahim Traore");
  // Togo's president becomes a ceremonial office in May 2025; Gnassingbe heads the government.
  CHECK(Lexicon().HolderOf("TGO", "president", sys_days(2015_y / 1 / 1))->name ==
        "Faure Gnassingbe");
  CHECK(Lexicon().HolderOf("TGO", "president", sys_days(2025_y / 8 / 1))->name ==
        "Jean-Lucien Savi de Tove");
  CHECK(Lexicon().HolderOf("TGO", "head-of-government", sys_days(2025_y / 8 / 1))->name ==
        "Faure Gnassingbe");
  CHECK(Lexicon().HolderOf("TGO", "head-of-government", sys_days(2024_y / 8 / 1)) == nullptr);
  // Togo's leader is Gnassingbe before and after the change, not the ceremonial president.
  CHECK(Lexicon().LeaderOf("TGO", sys_days(2024_y / 8 / 1))->name == "Faure Gnassingbe");
  CHECK(Lexicon().LeaderOf("TGO", sys_days(2025_y / 8 / 1))->name == "Faure Gnassingbe");
  // Chad's prime ministers of 2024.
  CHECK(Lexicon().HolderOf("TCD", "prime-minister", sys_days(2024_y / 3 / 1))->name ==
        "Succes Masra");
  CHECK(Lexicon().HolderOf("TCD", "prime-minister", sys_days(2024_y / 7 / 1))->name ==
        "Allamaye Halina");
  // A title-only alias: "Barrow" alone is a word, "President Barrow" is the Gambian.
  annals::PersonMemory memory;
  auto found = FindActors("President Barrow thanked the farmers with a barrow of seed.", &memory,
                          sys_days(2019_y / 3 / 1));
  CHECK(CountryOfPerson(found, "Adama Barrow") == "GMB");
}

TEST_CASE("popes and the Vatican's secretary of state stand for the Holy See", "[actors]") {
  using date::sys_days;
  annals::PersonMemory memory;
  auto found = FindActors("Pope Francis received Cardinal Parolin before the audience.", &memory,
                          sys_days(2019_y / 5 / 1));
  CHECK(CountryOfPerson(found, "Pope Francis") == "VAT");
  CHECK(CountryOfPerson(found, "Pietro Parolin") == "VAT");
  // The bare given name is an ordinary first name, not the pope.
  annals::PersonMemory other;
  found = FindActors("Francis Ruiz, a Peruvian engineer, arrived in Lima.", &other,
                     sys_days(2019_y / 5 / 1));
  CHECK_FALSE(PersonNamed(found, "Pope Francis"));
  // "The pontiff" with no name is the pope of the day.
  annals::PersonMemory titled;
  found = FindActors("The pontiff received Peru's president on Monday.", &titled,
                     sys_days(2026_y / 2 / 9));
  CHECK(CountryOfPerson(found, "Pope Leo XIV") == "VAT");
  CHECK(Lexicon().HolderOf("VAT", "pope", sys_days(2010_y / 1 / 1))->name == "Pope Benedict XVI");
  CHECK(Lexicon().HolderOf("VAT", "pope", sys_days(2020_y / 1 / 1))->name == "Pope Francis");
  CHECK(Lexicon().HolderOf("VAT", "pope", sys_days(2025_y / 6 / 1))->name == "Pope Leo XIV");
  CHECK(Lexicon().HolderOf("VAT", "pope", sys_days(2025_y / 5 / 1)) == nullptr);
  // The key is shared with the US office; the country keeps them apart.
  CHECK(Lexicon().HolderOf("VAT", "secretary-of-state", sys_days(2020_y / 1 / 1))->name ==
        "Pietro Parolin");
  CHECK(Lexicon().HolderOf("USA", "secretary-of-state", sys_days(2020_y / 1 / 1))->name ==
        "Mike Pompeo");
}

TEST_CASE("Caribbean and Pacific heads of government by family name", "[actors]") {
  using date::sys_days;
  annals::PersonMemory memory;
  auto found = FindActors("Mottley met Prime Minister Rowley in Port of Spain.", &memory,
                          sys_days(2019_y / 6 / 4));
  CHECK(CountryOfPerson(found, "Mia Mottley") == "BRB");
  CHECK(CountryOfPerson(found, "Keith Rowley") == "TTO");
  annals::PersonMemory pacific;
  found = FindActors("Manele flew to Port Vila for talks with Salwai.", &pacific,
                     sys_days(2024_y / 6 / 4));
  CHECK(CountryOfPerson(found, "Jeremiah Manele") == "SLB");
  CHECK(CountryOfPerson(found, "Charlot Salwai") == "VUT");
  // Vanuatu's prime minister changed twice in the autumn of 2023.
  CHECK(Lexicon().HolderOf("VUT", "prime-minister", sys_days(2023_y / 9 / 20))->name ==
        "Sato Kilman");
  CHECK(Lexicon().HolderOf("VUT", "prime-minister", sys_days(2023_y / 11 / 1))->name ==
        "Charlot Salwai");
  // Another person named Rowley is not Trinidad's prime minister.
  annals::PersonMemory police;
  found =
      FindActors("Commissioner Mark Rowley spoke in London.", &police, sys_days(2023_y / 1 / 5));
  CHECK_FALSE(PersonNamed(found, "Keith Rowley"));
}
