// Who speaks or acts in a clause that borrows its subject: a participle
// after a comma is the main clause's subject's (not the object before the
// comma, not a relative clause's subject), and a name coordinated with a
// preposition's object inside a relative clause is no subject.
#include <gtest/gtest.h>

#include "events/pipeline_test_util.h"

namespace readout {
namespace {

using events_test::Analyze;
using events_test::Find;

bool HasSource(const Analysis& a, std::string_view text) {
  for (const Event& e : a.events) {
    if (e.source && a.Text(e.source->span) == text) return true;
  }
  return false;
}

TEST(ClauseSources, ConjunctOfAnObjectInARelativeClauseIsNoSubject) {
  Analysis a = Analyze(
      "Many local leaders who would rather work for Governor Tom Ruiz or Senator Bo Lind or Senator Ann Keller "
      "said they backed the ticket.\n");
  EXPECT_FALSE(HasSource(a, "Senator Bo Lind"));
  EXPECT_FALSE(HasSource(a, "Governor Tom Ruiz"));
  EXPECT_FALSE(HasSource(a, "Senator Ann Keller"));
  // Outside a relative clause the conjunct opens a clause of its own.
  Analysis b = Analyze(
      "Governor Tom Ruiz attacked the state under the old law and Senator Ann Keller criticized Governor Tom "
      "Ruiz.\n");
  EXPECT_NE(Find(b, "111", "Senator Ann Keller"), nullptr);
}

TEST(ClauseSources, ParticipleAfterACommaIsTheMainSubjects) {
  Analysis a = Analyze(
      "Governor Tom Ruiz admitted the error even as he defended Senator Ann Keller and the campaign, saying the "
      "report was wrong.\n");
  EXPECT_FALSE(HasSource(a, "Senator Ann Keller"));
  Analysis b = Analyze(
      "Senator Ann Keller blasted Governor Tom Ruiz for a bill that would have cut taxes, telling reporters that "
      "he had lied.\n");
  EXPECT_NE(Find(b, "010", "Senator Ann Keller"), nullptr);
  EXPECT_FALSE(HasSource(b, "a bill"));
}

TEST(ClauseSources, AClauseJoinedByAndOpeningWithAPhraseKeepsItsOwnSubject) {
  Analysis a = Analyze(
      "Records show Governor Tom Ruiz backed Senator Ann Keller on the Republican side, and on the other side "
      "Pate backed Senator Bo Lind.\n");
  for (const Event& e : a.events) {
    if (e.target && a.Text(e.target->span) == "Senator Bo Lind") {
      EXPECT_NE(a.Text(e.source->span), "Senator Ann Keller");
      EXPECT_NE(a.Text(e.source->span), "Governor Tom Ruiz");
    }
  }
}

TEST(ClauseSources, AnObjectOfOfOrToIsNoDoer) {
  Analysis a = Analyze(
      "Ann Keller, the daughter of Governor Tom Ruiz and Senator Bo Lind, said the plan would fail.\n");
  EXPECT_FALSE(HasSource(a, "Governor Tom Ruiz"));
  Analysis c = Analyze("Bo Lind, an adviser to Governor Tom Ruiz, told reporters the plan would fail.\n");
  EXPECT_FALSE(HasSource(c, "Governor Tom Ruiz"));
  // A possessor does its noun wherever the noun phrase stands.
  Analysis b = Analyze("Senator Ann Keller spoke on Monday. Many of her attacks on Governor Tom Ruiz were echoed online.\n");
  EXPECT_NE(Find(b, "111", "her"), nullptr);
}

// judge_2039 #69, judge_2040 #19: an infinitive after a parenthetical is
// not done by the phrase that closes it.
TEST(ClauseSources, InfinitiveAfterACommaIsNotDoneByThePhraseBeforeIt) {
  Analysis a = events_test::Analyze(
      "\u201cSenator Ann Keller has been the only candidate, whether we\u2019re talking Democratic or Republican, "
      "to reach out and talk with us,\u201d Governor Tom Ruiz said.\n");
  EXPECT_EQ(events_test::Find(a, "040", "Democratic"), nullptr);
  EXPECT_EQ(events_test::Find(a, "040", "Republican"), nullptr);
  EXPECT_NE(events_test::Find(a, "010", "Governor Tom Ruiz"), nullptr);
}

}  // namespace
}  // namespace readout
