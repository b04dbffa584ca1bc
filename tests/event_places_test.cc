// Where an event took place when the sentence names several places.
#include <catch2/catch.hpp>

#include "event_rules.h"
#include "event_test_util.h"

using namespace date::literals;
using annals::testing::MakeArticle;
using annals::testing::Times;

namespace {
// Published on Friday 3 March 2023.
struct Fixture : annals::testing::EventFixture {
  Fixture() : EventFixture(2023_y / 3 / 3) {}
};
}  // namespace

TEST_CASE("a clock named after a city is no place", "[events][places]") {
  Fixture f;
  std::string body =
      "U.S. President Joe Biden spoke by phone with Chinese President Xi Jinping on Thursday "
      "evening in Paris time.";
  auto m = f.Extract(body, {{"Thursday evening", "2023-03-02TEV"}});
  REQUIRE(m.size() == 1);
  CHECK(m[0].type == "call");
  CHECK(m[0].place.empty());
  CHECK(m[0].actors.count("FRA") == 0);
}

TEST_CASE("a meeting on the sidelines of a gathering is where the gathering was",
          "[events][places]") {
  Fixture f;
  std::string body =
      "Chinese Premier Li Qiang met U.S. Treasury Secretary Janet Yellen on Tuesday on the "
      "sidelines of the G20 meeting of finance ministers in Hamburg.";
  auto m = f.Extract(body, {{"Tuesday", "2023-02-28"}});
  REQUIRE_FALSE(m.empty());
  CHECK(m[0].place == "Hamburg");

  std::string other =
      "Chinese Premier Li Qiang met U.S. Treasury Secretary Janet Yellen on Tuesday, and the "
      "two leaders will meet on the sidelines of the G20 summit in Hamburg.";
  auto n = f.Extract(other, {{"Tuesday", "2023-02-28"}});
  REQUIRE_FALSE(n.empty());
  CHECK(n[0].place != "Hamburg");
}

TEST_CASE("a place in another clause is not the event's", "[events][places]") {
  Fixture f;
  std::string body =
      "U.S. Secretary of State Antony Blinken met Chinese Foreign Minister Wang Yi in Munich in "
      "February, and U.S. President Joe Biden hosted Chinese President Xi Jinping on Nov. 15.";
  auto m = f.Extract(body, {{"February", "2023-02"}, {"Nov. 15", "2023-11-15"}});
  REQUIRE(m.size() == 2);
  CHECK(m[0].place == "Munich");
  CHECK(m[1].date == "2023-11-15");
  CHECK(m[1].place != "Munich");
}

TEST_CASE("a call or talks by video link took place nowhere", "[events][places]") {
  Fixture f;
  std::string body =
      "Chinese President Xi Jinping spoke by phone here with U.S. President Joe Biden on "
      "Thursday.";
  auto m = f.Extract(body, {{"Thursday", "2023-03-02"}}, "BEIJING");
  REQUIRE(m.size() == 1);
  CHECK(m[0].type == "call");
  CHECK(m[0].place.empty());

  std::string video =
      "Chinese President Xi Jinping held talks with U.S. President Joe Biden by video link on "
      "Thursday.";
  auto v = f.Extract(video, {{"Thursday", "2023-03-02"}}, "BEIJING");
  REQUIRE(v.size() == 1);
  CHECK(v[0].place.empty());
  // Face to face, the same story filed the next day gives the dateline.
  std::string met =
      "Chinese President Xi Jinping held talks with U.S. President Joe Biden on Thursday.";
  auto t = f.Extract(met, {{"Thursday", "2023-03-02"}}, "BEIJING");
  REQUIRE(t.size() == 1);
  CHECK(t[0].place == "Beijing");
}

TEST_CASE("a summons took place in the summoning capital", "[events][places]") {
  Fixture f;
  std::string body = "China summoned the Japanese ambassador on Thursday over the visit.";
  auto m = f.Extract(body, {{"Thursday", "2023-03-02"}}, "TOKYO");
  REQUIRE_FALSE(m.empty());
  CHECK(m[0].type == "summon");
  CHECK(m[0].place == "Beijing");

  std::string passive = "The Japanese ambassador was summoned by China on Thursday.";
  auto p = f.Extract(passive, {{"Thursday", "2023-03-02"}});
  REQUIRE_FALSE(p.empty());
  CHECK(p[0].place == "Beijing");

  // A place the sentence names wins.
  std::string named = "China summoned the Japanese ambassador to its embassy in Tokyo on Thursday.";
  auto n = f.Extract(named, {{"Thursday", "2023-03-02"}});
  REQUIRE_FALSE(n.empty());
  CHECK(n[0].place == "Tokyo");
}

TEST_CASE("a visit took place where it went, not where the visitor came home", "[events][places]") {
  Fixture f;
  std::string body =
      "Chinese President Xi Jinping, speaking in Beijing on Thursday, said his state visit to "
      "Peru on Monday was a success.";
  auto m = f.Extract(body, {{"Thursday", "2023-03-02"}, {"Monday", "2023-02-27"}}, "BEIJING");
  REQUIRE_FALSE(m.empty());
  CHECK(m[0].family == "visit");
  CHECK(m[0].place == "Peru");

  // Told from home with no destination: not where the visitor came back to.
  std::string home = "Chinese President Xi Jinping returned here on Thursday after a state visit.";
  auto h = f.Extract(home, {{"Thursday", "2023-03-02"}}, "BEIJING");
  for (const auto& mention : h) CHECK(mention.place != "Beijing");
}

TEST_CASE("an incident's place may be no city", "[events][places]") {
  Fixture f;
  std::string body = "Indian and Chinese troops clashed in the Galwan valley on Thursday.";
  auto m = f.Extract(body, {{"Thursday", "2023-03-02"}}, "NEW DELHI");
  REQUIRE(m.size() == 1);
  CHECK(m[0].place == "Galwan valley");

  std::string shot =
      "The United States shot down a Chinese balloon off the coast of South Carolina on "
      "Thursday.";
  auto s = f.Extract(shot, {{"Thursday", "2023-03-02"}});
  REQUIRE_FALSE(s.empty());
  CHECK(s[0].place == "coast of South Carolina");
  // A country is a side, not the place.
  std::string country = "Indian and Chinese troops clashed in China on Thursday.";
  auto c = f.Extract(country, {{"Thursday", "2023-03-02"}});
  REQUIRE_FALSE(c.empty());
  CHECK(c[0].place.empty());
}

TEST_CASE("talks a third country hosted were held there", "[events][places]") {
  Fixture f;
  std::string body =
      "U.S. and Iranian negotiators held talks hosted by Oman on Thursday, officials said.";
  auto m = f.Extract(body, {{"Thursday", "2023-03-02"}});
  REQUIRE_FALSE(m.empty());
  CHECK(m[0].place == "Oman");
}

TEST_CASE("an incident does not take the place of a later summit", "[events][places]") {
  Fixture f;
  std::string body =
      "The border standoff between India and China ended on Thursday, days before the summit "
      "in Xiamen.";
  auto m = f.Extract(body, {{"Thursday", "2023-03-02"}});
  REQUIRE_FALSE(m.empty());
  CHECK(m[0].type == "incident");
  CHECK(m[0].place != "Xiamen");
}

TEST_CASE("a meeting in a third country was held in that country", "[events][places]") {
  Fixture f;
  std::string body =
      "U.S. President Barack Obama and Cuban President Raul Castro met at a regional summit in "
      "Panama on Thursday.";
  auto m = f.Extract(body, {{"Thursday", "2023-03-02"}});
  REQUIRE_FALSE(m.empty());
  CHECK(m[0].place == "Panama");
  // A country one of them comes from is as likely what they spoke about.
  std::string topic =
      "U.S. President Barack Obama and Cuban President Raul Castro held talks on investment in "
      "Cuba on Thursday.";
  auto t = f.Extract(topic, {{"Thursday", "2023-03-02"}});
  REQUIRE_FALSE(t.empty());
  CHECK(t[0].place != "Cuba");
}

TEST_CASE("a visit to several cities was not held in the first alone", "[events][places]") {
  Fixture f;
  std::string body =
      "Brazilian President Luiz Inacio Lula da Silva made a state visit to China on Thursday, "
      "stopping in Shanghai and Beijing.";
  auto m = f.Extract(body, {{"Thursday", "2023-03-02"}});
  REQUIRE_FALSE(m.empty());
  CHECK(m[0].family == "visit");
  CHECK(m[0].place == "Beijing");
  std::string one =
      "Brazilian President Luiz Inacio Lula da Silva made a state visit to China on Thursday, "
      "stopping in Shanghai.";
  auto o = f.Extract(one, {{"Thursday", "2023-03-02"}});
  REQUIRE_FALSE(o.empty());
  CHECK(o[0].place == "Shanghai");
}

TEST_CASE("talks at a town the gazetteer does not know were held there", "[events][places]") {
  Fixture f;
  std::string body =
      "Indian and Chinese army commanders held talks on Thursday at Moldo, on the Chinese side of "
      "the frontier.";
  auto m = f.Extract(body, {{"Thursday", "2023-03-02"}}, "NEW DELHI");
  REQUIRE_FALSE(m.empty());
  CHECK(m[0].place == "Moldo");
  // A person's house or a country is no town.
  std::string house =
      "Indian and Chinese army commanders held talks on Thursday at Modi's residence.";
  auto h = f.Extract(house, {{"Thursday", "2023-03-02"}}, "NEW DELHI");
  REQUIRE_FALSE(h.empty());
  CHECK(h[0].place == "New Delhi");
}
