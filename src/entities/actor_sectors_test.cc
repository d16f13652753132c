// Sectors the words around a person or body give: kin, bodies that are
// "former", past posts, unions and advocacy groups, and the gender the
// article's pronouns give (actor_coder.cc, entity_coder.cc,
// pronoun_gender.cc). Sentences written for these tests.
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

const Entity* Named(const Analysis& a, std::string_view name) {
  for (const Entity& e : a.entities) {
    if (e.name == name) return &e;
  }
  return nullptr;
}

TEST(ActorSectors, KinAreNotTheirRelativesSector) {
  EXPECT_EQ(Code("the father of a slain American soldier"), "USACVL");
  EXPECT_EQ(Code("the widow of a police officer"), "---CVL");
  // Without "of" the agent after the kin word is the person's own.
  EXPECT_EQ(Code("American soldiers"), "USAMIL");
}

TEST(ActorSectors, FormerBodyIsNoFormerOfficeHolder) {
  EXPECT_EQ(Code("Mr. Yanukovych's former party"), "UKRPTY");
  EXPECT_EQ(Code("the former government"), "---GOV");
  // A person's former office still makes the elite.
  EXPECT_EQ(Code("a former senator"), "---ELI");
  EXPECT_EQ(Code("Mr. Yanukovych's former adviser"), "UKRELI");
}

TEST(ActorSectors, UnionsAndAdvocacyGroups) {
  EXPECT_EQ(Code("National Nurses United"), "USALAB");
  EXPECT_EQ(Code("the AFL-CIO"), "USALAB");
  EXPECT_EQ(Code("the Anti-Defamation League"), "USANGO");
  EXPECT_EQ(Code("a civil rights organization"), "---NGO");
  EXPECT_EQ(Code("law enforcement officials"), "---COP");
  EXPECT_EQ(Code("the Free Syrian Army"), "SYRREB");
}

TEST(ActorSectors, StaffCustomersAndWorkersOfACompany) {
  // The staff of a named body the dictionaries do not know: a business's.
  EXPECT_EQ(Code("the Harrow Creek employee"), "---BUS");
  // A body's own sector word wins.
  EXPECT_EQ(Code("Harrow Foundation employees"), "---NGO");
  // A known company's workers are labour, its customers private people.
  EXPECT_EQ(Code("Verizon workers"), "USALAB");
  EXPECT_EQ(Code("a Verizon customer"), "USACVL");
  EXPECT_EQ(Code("Verizon"), "USABUS");
  // Workers of nobody named stay labour.
  EXPECT_EQ(Code("striking workers"), "---LAB");
}

TEST(ActorSectors, OnePersonDescribedTwiceIsTheFirstDescription) {
  EXPECT_EQ(Code("the legendary environmental activist and lawyer"), "---OPP");
  EXPECT_EQ(Code("the Florida senator and Republican presidential candidate"), "USALEG");
  // A leader title joined to another office, and plural groups, keep the last head.
  EXPECT_EQ(Code("the president and chief executive"), "---BUS");
  EXPECT_EQ(Code("senators and governors"), "---GOV");
}

TEST(ActorSectors, GovernmentNamedByItsRulingFamily) {
  EXPECT_EQ(Code("the Castro regime"), "CUBGOV");
  EXPECT_EQ(Code("the Kim regime"), "PRKGOV");
  // The surname alone still names the American.
  EXPECT_EQ(Code("Julian Castro"), "USAGOV");
}

TEST(ActorSectors, ContractorsAreBusinessesUnlessArmed) {
  EXPECT_EQ(Code("an American contractor accused of spying"), "USABUS");
  EXPECT_EQ(Code("a major military contractor"), "---BUS");
  // An armed guard for hire stays an unidentified force.
  EXPECT_EQ(Code("the American security contractors"), "USAUAF");
}

TEST(ActorSectors, ConventionDelegatesAreTheParty) {
  EXPECT_EQ(Code("a Washington state delegate"), "USAPTY");
  EXPECT_EQ(Code("convention delegates"), "---PTY");
  // A state's delegation abroad stays the government's.
  EXPECT_EQ(Code("the Russian delegation"), "RUSGOV");
}

TEST(ActorSectors, CoalitionLedByAStateIsMilitary) {
  EXPECT_EQ(Code("The U.S.-led coalition"), "USAMIL");
  EXPECT_EQ(Code("a Saudi-led coalition"), "SAUMIL");
  EXPECT_EQ(Code("a coalition of advocacy groups"), "---NGO");
}

TEST(ActorSectors, DatedOfficesOfNewRecords) {
  EXPECT_EQ(Code("Jim Yong Kim"), "IGOUNODEVWBK");
  EXPECT_EQ(Code("Jim Yong Kim", "2010-05-01"), "USAEDU");
  EXPECT_EQ(Code("Berhanu Nega"), "ETHREB");
  EXPECT_EQ(Code("Berhanu Nega", "2022-01-10"), "ETHGOV");
  EXPECT_EQ(Code("Hailemariam Desalegn"), "ETHGOV");
}

// A former post at a college says no office of state (no ELI), and a
// present role is read before a past one.
TEST(ActorSectors, PresentRoleBeforeFormerPost) {
  Analysis a = AnalyzeEntities(
      "Tomas Ekwueme, a former president of Harwick College, joined the board.\n\n"
      "Ekwueme spoke on Monday.\n",
      "2016-07-11");
  const Entity* e = Named(a, "Tomas Ekwueme");
  ASSERT_NE(e, nullptr);
  EXPECT_FALSE(e->actor.ends_with("ELI")) << e->actor;
}

TEST(ActorSectors, GenderFromPronounsAndHonorifics) {
  Analysis a = AnalyzeEntities(
      "Tesfaye Alemu arrived in the capital on Monday, and he met the rebels.\n\n"
      "Alemu said he would stay.\n\n"
      "Ms. Okonkwo-Reyes spoke later.\n\n"
      "Okonkwo-Reyes left early. Ms. Okonkwo-Reyes did not comment.\n",
      "2016-07-11");
  const Entity* alemu = Named(a, "Tesfaye Alemu");
  ASSERT_NE(alemu, nullptr);
  EXPECT_EQ(alemu->gender, Gender::kMale);
  int named = 0;
  for (const Entity& e : a.entities) {
    if (e.name.find("Okonkwo-Reyes") == std::string::npos) continue;
    ++named;
    EXPECT_EQ(e.gender, Gender::kFemale) << e.name;
  }
  EXPECT_GE(named, 1);
}

TEST(ActorSectors, StateOfARegionIsItsGovernment) {
  EXPECT_EQ(Code("the state of Arizona"), "USAGOV");
  EXPECT_EQ(Code("the state of Israel"), "ISR");
}

TEST(ActorSectors, CauseInABodysNameIsNoSector) {
  // "Justice" is what the coalition is for, not a court.
  EXPECT_EQ(Code("an organizer with the Harbor Coalition for Real Justice"), "---NGO");
  EXPECT_EQ(Code("the Department of Justice"), "USAJUD");
}

TEST(ActorSectors, OnlyAPoliticalCampaignIsAParty) {
  EXPECT_EQ(Code("the Obama campaign"), "USAPTY");
  EXPECT_EQ(Code("his campaign"), "---PTY");
  EXPECT_EQ(Code("a $1 million ad campaign"), "");
  EXPECT_EQ(Code("an ineffective campaign"), "");
  EXPECT_NE(Code("the Campaign Legal Center"), "---PTY");
}

TEST(ActorSectors, LowerCaseAbbreviationIsNoAcronym) {
  EXPECT_EQ(Code("Pa."), "");
  EXPECT_EQ(Code("the PA"), "PSEGOV");
}

// An article about the United States: "Georgia" before a person is the
// state; a title before a name of the article is whom one serves; an
// office outranks party membership.
TEST(ActorSectors, ArticleContextOfAUsPolitician) {
  Analysis a = AnalyzeEntities(
      "Senator Maria Lopez of Ohio spoke in Washington on Monday. The United States Senate will vote.\n\n"
      "Lopez spokesman Dan Whitcomb said the vote would pass. American voters agree, Lopez said.\n\n"
      "Georgia businessman Bruce Tallent backed the bill, and House Speaker Tim Hollis, a Republican, "
      "praised it. Americans in Ohio and Texas watched. Lopez thanked the United States Senate.\n",
      "2016-07-11");
  const Entity* whitcomb = Named(a, "Dan Whitcomb");
  ASSERT_NE(whitcomb, nullptr);
  EXPECT_EQ(whitcomb->actor.substr(3), "LEG") << whitcomb->actor;
  const Entity* tallent = Named(a, "Bruce Tallent");
  ASSERT_NE(tallent, nullptr);
  EXPECT_EQ(tallent->actor, "USABUS");
  const Entity* hollis = Named(a, "Tim Hollis");
  ASSERT_NE(hollis, nullptr);
  EXPECT_EQ(hollis->actor, "USALEG");
}

// US federal agencies are the executive (law enforcement as COP).
TEST(ActorSectors, FederalAgencies) {
  EXPECT_EQ(Code("the IRS"), "USAGOV");
  EXPECT_EQ(Code("the Federal Emergency Management Agency"), "USAGOV");
  EXPECT_EQ(Code("Immigration and Customs Enforcement"), "USACOP");
  EXPECT_EQ(Code("the Department of Homeland Security"), "USAGOV");
}

// An adjective that governs a phrase after a body's comma says what the
// body does, not what it is: the nouns inside belong to someone else.
TEST(ActorSectors, AdjectivePhraseAfterCommaGivesNoSector) {
  Analysis a = AnalyzeEntities("The Norland Trust, complicit in targeting labor unions, is one of them.", "2016-07-11");
  const Entity* trust = Named(a, "Norland Trust");
  ASSERT_NE(trust, nullptr);
  EXPECT_EQ(trust->actor, "");
  // A noun phrase there still does: "X, a labor union,".
  Analysis b = AnalyzeEntities("The Norland Guild, a labor union, is one of them.", "2016-07-11");
  const Entity* guild = Named(b, "Norland Guild");
  ASSERT_NE(guild, nullptr);
  EXPECT_EQ(guild->actor, "---LAB");
}

TEST(ActorSectors, ConsultantsEstablishmentAndNonGovernmentOfficials) {
  // A paid consultant works for clients: BUS, not the news media.
  EXPECT_EQ(Code("a Texas media consultant"), "USABUS");
  EXPECT_EQ(Code("a political consultant"), "---BUS");
  EXPECT_EQ(Code("the Texas media"), "USAMED");
  // A capital's political elite is no bare country.
  EXPECT_EQ(Code("the Washington establishment"), "USAELI");
  // Officials who are not the government's are private people.
  EXPECT_EQ(Code("non-government officials"), "---CVL");
  EXPECT_EQ(Code("government officials"), "---GOV");
}

TEST(ActorSectors, FormerPostAtAnUnknownBodyKeepsTheTitlesSector) {
  // "Former Breitbart reporter": the body is unknown, the title says what
  // the post was; a former office of state is still the elite.
  Analysis a = AnalyzeEntities(
      "Former Breitbart reporter Michelle Fields accused the campaign manager of grabbing her.\n"
      "Former Acme Corp director Jane Roe criticized the plan.\n",
      "2016-03-15");
  const Entity* fields = Named(a, "Michelle Fields");
  ASSERT_NE(fields, nullptr);
  EXPECT_TRUE(fields->actor.ends_with("MED")) << fields->actor;
  const Entity* roe = Named(a, "Jane Roe");
  ASSERT_NE(roe, nullptr);
  EXPECT_FALSE(roe->actor.ends_with("MED")) << roe->actor;
}

TEST(ActorSectors, UniversitiesOfTheStateOfGeorgia) {
  EXPECT_EQ(Code("the Georgia Institute of Technology"), "USAEDU");
  EXPECT_EQ(Code("Georgia State University"), "USAEDU");
  EXPECT_EQ(Code("the Georgian government"), "GEOGOV");
}

}  // namespace
}  // namespace readout::entities
