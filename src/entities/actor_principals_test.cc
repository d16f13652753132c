// Who someone speaks or works for, and words that only look like actors:
// the principal rules of the phrase coder (actor_coder.cc) and the entity
// coder (entity_coder.cc). Sentences written for these tests.
#include <gtest/gtest.h>

#include <string>
#include <string_view>

#include "entities/actor_coder.h"
#include "entities/entities_test_util.h"

namespace readout::entities {
namespace {

using testing::AnalyzeEntities;
using testing::SharedModel;

std::string Code(std::string_view phrase) { return CodeText(SharedModel(), phrase, Date::Parse("2016-07-11")); }

// The code of the first entity named `name` in `a`; "?" when none is.
std::string ActorOf(const Analysis& a, std::string_view name) {
  for (const Entity& e : a.entities) {
    if (e.name == name) return e.actor;
  }
  return "?";
}

TEST(Principals, SpokesmanOfACompanyIsTheCompanys) {
  EXPECT_EQ(Code("A spokesman for Exxon Mobil"), "USABUS");
  // An unknown body after "for": no government spokesman.
  EXPECT_EQ(Code("a spokeswoman for Brindle Holdings"), "");
  // A campaign is a body of party politics, named or not.
  EXPECT_EQ(Code("an adviser to the Fenwick campaign"), "---PTY");
  // A portfolio, not a body: the office stays.
  EXPECT_EQ(Code("the deputy adviser for strategic communications"), "---GOV");
  // A known body's sector wins.
  EXPECT_EQ(Code("a spokesman for the company"), "---BUS");
  EXPECT_EQ(Code("a spokesman for the Kremlin"), "RUSGOV");
}

TEST(Principals, SupportersAreNotTheirCandidate) {
  EXPECT_EQ(Code("Hillary Clinton supporters"), "USACVL");
  EXPECT_EQ(Code("Sanders supporters"), "---CVL");
  // "and": the office before the generic head is the person's.
  EXPECT_EQ(Code("a Nevada superdelegate and Hillary Clinton supporter"), "USAPTY");
}

TEST(Principals, RegionAfterForIsTheSubject) {
  EXPECT_EQ(Code("the Foundation for Middle East Peace"), "---NGO");
  EXPECT_EQ(Code("the Washington-based Foundation for Middle East Peace"), "USANGO");
  EXPECT_EQ(Code("Middle East envoys"), "MEAGOV");
}

TEST(Principals, RegionAdjectivesAndEpithets) {
  EXPECT_EQ(Code("Latin American leaders"), "LAMGOV");
  EXPECT_EQ(Code("Asian diplomats"), "ASAGOV");
  EXPECT_EQ(Code("African troops"), "AFRMIL");
  EXPECT_EQ(Code("Asian Americans"), "USA");
  EXPECT_EQ(Code("the Jewish state"), "ISR");
}

TEST(Principals, ShortNameInsideALongerRegionName) {
  EXPECT_EQ(Code("a New Mexico official"), "USAGOV");
  EXPECT_EQ(Code("West Virginia lawmakers"), "USALEG");
  EXPECT_EQ(Code("Mexico"), "MEX");
  EXPECT_EQ(Code("the West"), "WST");
}

TEST(Principals, KnownSurnameIsNoSmallTown) {
  EXPECT_EQ(Code("Bush administration officials"), "---GOV");
  EXPECT_EQ(Code("Jackson State University"), "USAEDU");
}

TEST(Principals, FormerKeepsTheSectorOfPrivateWork) {
  EXPECT_EQ(Code("a former correspondent"), "---MED");
  EXPECT_EQ(Code("a former senator"), "---ELI");
}

TEST(Principals, EntityServingAnotherEntityTakesItsCode) {
  const Analysis a = AnalyzeEntities(
      "Senator Marco Rubio spoke in Miami on Monday. Tom Pellham, a spokesman for Rubio, said the senator "
      "would vote no. Rubio's spokeswoman Dana Kettle said the same.");
  const std::string rubio = ActorOf(a, "Marco Rubio");
  ASSERT_FALSE(rubio.empty());
  EXPECT_EQ(ActorOf(a, "Tom Pellham"), rubio);
  EXPECT_EQ(ActorOf(a, "Dana Kettle"), rubio);
}

TEST(Principals, RoleOfTheOneWhoServesIsNotThePrincipals) {
  // The role parser gives Pinchuk "representative for Mr."; it is his
  // representative's title.
  const Analysis a = AnalyzeEntities(
      "Oleg Varnik, a steel magnate, gave money to the foundation. A representative for Mr. Varnik said the "
      "gift was private.");
  EXPECT_EQ(ActorOf(a, "Oleg Varnik"), "---BUS");
}

TEST(Principals, FormerOfficialOfAnAdministration) {
  const Analysis a = AnalyzeEntities("Ari Fleischer, a former Bush administration official, said Trump was confused.");
  EXPECT_TRUE(ActorOf(a, "Ari Fleischer").ends_with("ELI")) << ActorOf(a, "Ari Fleischer");
}

TEST(Principals, ListOfNamesIsNoAppositive) {
  const Analysis a = AnalyzeEntities(
      "Celebrities Julianne Moore, Amy Schumer, Janelle Monae and Elizabeth Banks went on Twitter to applaud "
      "the speech.");
  EXPECT_EQ(ActorOf(a, "Amy Schumer"), "");
}

TEST(Principals, AcronymIsNoPersonsSurname) {
  // Robert Fico is in the office-holders; the credit-score firm is not him.
  const Analysis a = AnalyzeEntities("FICO said on Monday that average credit scores rose. FICO sells the scores.");
  EXPECT_FALSE(ActorOf(a, "FICO").starts_with("SVK")) << ActorOf(a, "FICO");
}

TEST(Principals, SurnameOfAnotherFullNameInTheArticle) {
  // "Mr. Kuchma" after "Tomas Kuchma": not the Ukrainian president.
  const Analysis a = AnalyzeEntities(
      "Tomas Kuchma III wrote the biography in 1993. When Mr. Kuchma asked the publisher to reprint it, the "
      "publisher declined.");
  for (const Entity& e : a.entities) {
    EXPECT_FALSE(e.actor.starts_with("UKR")) << e.name << " " << e.actor;
  }
}

TEST(Principals, CongressmanWhoSupportsSomeoneKeepsHisOffice) {
  const Analysis a = AnalyzeEntities(
      "Congressman Tom Harwell, a Hillary Clinton supporter, spoke in Buffalo. Harwell said he would vote.");
  EXPECT_EQ(ActorOf(a, "Tom Harwell"), "USALEG");
}

TEST(Principals, PlaceNamedAfterInitialsIsNoPlace) {
  const Analysis a = AnalyzeEntities(
      "Harry Hurt had hoped to republish his biography with his original publisher, W.W. Norton, this year. "
      "Norton, which declined to comment, returned the rights.");
  for (const Entity& e : a.entities) {
    if (e.name.find("Norton") != std::string::npos) {
      EXPECT_EQ(e.actor, "") << e.name;
    }
  }
}

TEST(Principals, NameAfterAnArticleAndAdjectivesIsThePrincipal) {
  Analysis a = AnalyzeEntities(
      "Hillary Clinton spoke in Iowa on Monday.\n\n"
      "Jane Roe, a top Clinton aide, sent the employee an email.\n\n"
      "Ann Poe, a former Clinton adviser, said so.\n\n"
      "Tom Loe, a Clinton supporter who is the Democratic chairman in Nassau County, said so.\n",
      "2016-09-07");
  // The aide keeps her principal's code (Clinton out of office: ELI).
  EXPECT_EQ(ActorOf(a, "Jane Roe"), "USAELI");
  EXPECT_EQ(ActorOf(a, "Ann Poe"), "USAELI");
  // Support is no service: the party office in the relative clause wins.
  EXPECT_EQ(ActorOf(a, "Tom Loe"), "USAPTY");
}

}  // namespace
}  // namespace readout::entities
