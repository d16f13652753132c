// Title nouns ("the president") and semicolon lists through the whole
// pipeline: the entity stage gives the roles the event coder resolves by.
#include <gtest/gtest.h>

#include <string>

#include "events/pipeline_test_util.h"

namespace readout {
namespace {

std::string SourceName(const Analysis& a, const Event& e) {
  if (!e.source || e.source->entity < 0) return "";
  return a.entities[e.source->entity].name;
}

using events_test::Analyze;
using events_test::Find;

TEST(NominalEvents, ThePresidentIsThePresidentNamedBefore) {
  Analysis a = Analyze(
      "French President Jean Morel spoke to reporters on Monday.\n\n"
      "The president criticized the parliament on Tuesday.\n");
  const Event* e = Find(a, "111", "The president");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(SourceName(a, *e), "Jean Morel");
  EXPECT_EQ(e->source->actor, "FRAGOV");
}

// No earlier person holds the title: the sector code alone, as before.
TEST(NominalEvents, TitleWithoutAHolderKeepsItsSectorCode) {
  Analysis a = Analyze("The president criticized the French parliament on Tuesday.\n");
  const Event* e = Find(a, "111", "The president");
  ASSERT_NE(e, nullptr);
  EXPECT_LT(e->source->entity, 0);
  EXPECT_EQ(e->source->actor, "---GOV");
}

// A title of several words; "former" asks for a person out of office, and
// without it such a person is never taken.
TEST(NominalEvents, FormerTitleTakesThePersonOutOfOffice) {
  Analysis a = Analyze(
      "Former French Foreign Minister Jean Morel spoke on Monday.\n\n"
      "The former foreign minister criticized the French parliament on Tuesday.\n\n"
      "The foreign minister criticized the French parliament on Wednesday.\n");
  const Event* former = Find(a, "111", "The former foreign minister");
  ASSERT_NE(former, nullptr);
  EXPECT_EQ(SourceName(a, *former), "Jean Morel");
  EXPECT_EQ(former->source->actor, "FRAELI");
  const Event* current = Find(a, "111", "The foreign minister");
  ASSERT_NE(current, nullptr);
  EXPECT_LT(current->source->entity, 0);
}

// A candidate is coded ELI while running (Clinton in 2016); "the
// candidate" is still theirs, though "the president" would not be.
TEST(NominalEvents, TheCandidateIsTheCandidateNamedBefore) {
  Analysis a = Analyze(
      "Democratic presidential candidate Hillary Clinton spoke in Iowa on Monday.\n\n"
      "The candidate criticized Congress on Tuesday.\n",
      "2016-02-12");
  const Event* e = Find(a, "111", "The candidate");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(SourceName(a, *e), "Hillary Clinton");
  EXPECT_EQ(e->source->actor, "USAELI");
}

// Inside a spokeswoman's quote, "the president" is her country's, though
// another president was named nearer.
TEST(NominalEvents, QuotedTitleTakesTheSpeakersCompatriot) {
  Analysis a = Analyze(
      "French President Jean Morel called Brazilian President Paulo Reis on Monday.\n\n"
      "French government spokeswoman Anne Petit said: \u201cThe president criticized the parliament.\u201d\n");
  const Event* e = Find(a, "111", "The president");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(SourceName(a, *e), "Jean Morel");
}

// "he" inside a quote, after "The president said that": the president.
TEST(NominalEvents, HeAfterAQuotedStatementIsItsSubject) {
  Analysis a = Analyze(
      "French President Jean Morel spoke to reporters on Monday.\n\n"
      "Spokeswoman Anne Petit said: \u201cThe president, following the meeting, said that he has asked "
      "Foreign Minister Paul Girard to lead the talks.\u201d\n");
  const Event* e = Find(a, "020", "he");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(SourceName(a, *e), "Jean Morel");
}

// Items holding commas are cut by semicolons; every one is a target.
TEST(NominalEvents, SemicolonListGivesEveryTarget) {
  Analysis a = Analyze(
      "French President Jean Morel asked Foreign Minister Paul Girard; the head of the army, General Luc "
      "Roche; and Interior Minister Marie Blanc to lead the talks.\n");
  std::vector<std::string> targets;
  for (const Event& e : a.events) {
    if (e.code == "020" && e.target && e.target->entity >= 0) targets.push_back(a.entities[e.target->entity].name);
  }
  EXPECT_EQ(targets, (std::vector<std::string>{"Paul Girard", "Luc Roche", "Marie Blanc"}));
}

}  // namespace
}  // namespace readout
