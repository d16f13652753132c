// Pronoun sources through the whole pipeline (the entity and quote stages
// decide the gender and the speaker the event coder relies on).
#include <gtest/gtest.h>

#include "events/pipeline_test_util.h"

namespace readout {
namespace {

using events_test::Analyze;
using events_test::Find;

// "she said" after a quote that names a man: the quote's speaker, not the
// man whose call the quote mentions.
TEST(PronounEvents, SheSaidTakesTheQuoteSpeaker) {
  Analysis a = Analyze(
      "Senator Maria Lopez spoke to reporters on Monday.\n\n"
      "\u201cNothing changed after the Putin\u2013Macron phone call,\u201d she said.\n");
  const Event* said = Find(a, "010", "she");
  ASSERT_NE(said, nullptr);
  ASSERT_GE(said->source->entity, 0);
  EXPECT_EQ(a.entities[said->source->entity].name, "Maria Lopez");
  EXPECT_FALSE(said->source->actor.starts_with("RUS"));
}

// A verbal attack recoded as criticism carries criticism's root, quad class,
// Goldstein value and PLOVER type, not those of military force.
TEST(PronounEvents, VerbalAttackTakesCriticismsAttributes) {
  Analysis a = Analyze("Senator Maria Lopez attacked Senator John Reed over his tax plan on Tuesday.\n");
  const Event* attack = Find(a, "111", "Senator Maria Lopez");
  ASSERT_NE(attack, nullptr);
  EXPECT_EQ(attack->root, "11");
  EXPECT_EQ(attack->quad, 3);
  EXPECT_DOUBLE_EQ(attack->goldstein, -2.0);
  EXPECT_EQ(attack->plover, "ACCUSE");
}

// A source named inside a quotation is not the narrative's last source.
TEST(PronounEvents, QuotedSourcesDoNotFeedLaterPronouns) {
  Analysis a = Analyze(
      "Senator Maria Lopez spoke to reporters on Monday.\n\n"
      "\u201cMaria Zakharova attacked Ukraine again,\u201d Lopez told them.\n\n"
      "She criticized Germany on Tuesday.\n");
  int criticisms = 0;
  for (const Event& e : a.events) {
    if (e.code != "111") continue;
    ++criticisms;
    if (e.source) {
      EXPECT_FALSE(e.source->actor.starts_with("RUS")) << a.Text(e.source->span);
    }
  }
  EXPECT_EQ(criticisms, 1);
}

// A sentence that opens with "He" or "His" goes on with the subject of the
// sentence before, not with the last event's source.
TEST(PronounEvents, OpeningPronounTakesTheSubjectBefore) {
  Analysis a = Analyze(
      "Governor John Reed criticized Senator Maria Lopez on Monday.\n\n"
      "Having lost Iowa, the question is what kind of candidate Tom Baker will become. "
      "He attacked Lopez relentlessly in Ohio.\n\n"
      "In the Democratic race, Bernie Sanders's candidacy took root. "
      "His populist attacks on big banks and Wall Street executives resonated with the party.\n");
  const Event* attacked = Find(a, "111", "He");
  ASSERT_NE(attacked, nullptr);
  ASSERT_GE(attacked->source->entity, 0);
  EXPECT_EQ(a.entities[attacked->source->entity].name, "Tom Baker");
  const Event* attacks = Find(a, "111", "His");
  ASSERT_NE(attacks, nullptr);
  ASSERT_GE(attacks->source->entity, 0);
  EXPECT_EQ(a.entities[attacks->source->entity].name, "Bernie Sanders");
}

// "him" with no person named before it in its sentence goes on with the
// sentence before; after an earlier "he" of its own sentence it does not.
TEST(PronounEvents, ObjectPronounWithNoPersonBeforeTakesTheSubjectBefore) {
  Analysis a = Analyze(
      "Governor John Reed criticized Senator Maria Lopez on Monday.\n\n"
      "Having won Iowa, Bernie Sanders is the candidate to watch. The first member of Congress to endorse him "
      "was Rep. Chris Collins.\n");
  const Event* endorse = Find(a, "051");
  ASSERT_NE(endorse, nullptr);
  ASSERT_TRUE(endorse->target);
  ASSERT_GE(endorse->target->entity, 0);
  EXPECT_EQ(a.entities[endorse->target->entity].name, "Bernie Sanders");
}

}  // namespace
}  // namespace readout
