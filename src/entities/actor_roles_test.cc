// Roles read from more of the text, and records of this session: an office
// a relative clause gives after a supporter appositive, former party posts,
// Puerto Rico as a part of the United States, writers as media, dated
// consultants (entity_coder.cc, actor_coder.cc, data/actors/). Sentences
// written for these tests.
#include <gtest/gtest.h>

#include <string>
#include <string_view>

#include "entities/actor_coder.h"
#include "entities/entities_test_util.h"
#include "readout/pipeline.h"

namespace readout::entities {
namespace {

using testing::SharedModel;
using testing::AnalyzeEntities;

std::string Code(std::string_view phrase, const char* date = "2016-07-11") {
  return CodeText(SharedModel(), phrase, Date::Parse(date));
}

std::string EntityCode(const Analysis& a, std::string_view name) {
  for (const Entity& e : a.entities) {
    if (e.name == name) return e.actor;
  }
  return "(none)";
}

TEST(ActorRoles, OfficeInARelativeClauseOutranksSupport) {
  const Analysis a = AnalyzeEntities(
      "\"We will win,\" said Mary Pollard, a Clinton supporter who is the Democratic chairman in Essex County.\n",
      "2016-04-21");
  // The county's name is where the office is: it gives no country.
  EXPECT_EQ(EntityCode(a, "Mary Pollard"), "---PTY");
  const Analysis b = AnalyzeEntities("\"We will win,\" said Mary Pollard, a Clinton supporter.\n", "2016-04-21");
  EXPECT_EQ(EntityCode(b, "Mary Pollard"), "---CVL");
}

TEST(ActorRoles, FormerPartyPostsStayParty) {
  EXPECT_EQ(Code("a former state party chairman"), "---PTY");
  EXPECT_EQ(Code("the former campaign manager"), "---PTY");
  EXPECT_EQ(Code("a former presidential nominee"), "---ELI");
  EXPECT_EQ(Code("a former senator"), "---ELI");
}

TEST(ActorRoles, PuertoRicoIsPartOfTheUnitedStates) {
  EXPECT_EQ(Code("Puerto Rico"), "USAPRI");
  const Analysis a = AnalyzeEntities("Officials met in San Juan, Puerto Rico, on Monday.\n", "2016-06-29");
  EXPECT_EQ(EntityCode(a, "Puerto Rico"), "USAPRI");
}

TEST(ActorRoles, TheJewishStateIsIsrael) {
  const Analysis a = AnalyzeEntities("He gave money to support the Jewish state.\n", "2016-03-18");
  EXPECT_EQ(EntityCode(a, "Jewish state"), "ISR");
  EXPECT_EQ(EntityCode(a, "Jews"), "(none)");
}

TEST(ActorRoles, WritersAreMedia) {
  EXPECT_EQ(Code("best-selling thriller writer"), "---MED");
  EXPECT_EQ(Code("a Peruvian novelist"), "PERMED");
}

TEST(ActorRoles, DatedConsultantsAndAnalysts) {
  // A lobbyist and consultant before he ran a campaign; the campaign's
  // after.
  EXPECT_EQ(Code("Paul Manafort", "2014-09-01"), "USABUS");
  EXPECT_EQ(Code("Paul Manafort", "2016-06-01"), "USAPTY");
  // A campaign spokesman who became a television analyst.
  EXPECT_EQ(Code("Rick Tyler", "2016-01-10"), "USAPTY");
  EXPECT_EQ(Code("Rick Tyler", "2016-07-25"), "USAMED");
  // A non-profit named after the media it watches is no medium.
  EXPECT_EQ(Code("the Media Research Center"), "USANGO");
}

}  // namespace
}  // namespace readout::entities
