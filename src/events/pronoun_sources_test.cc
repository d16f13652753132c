// "he"/"she" as event sources when neither their sentence nor an earlier
// event names anyone: the person of their gender named shortly before
// (through the whole pipeline, which decides the gender).
#include <gtest/gtest.h>

#include "events/pipeline_test_util.h"

namespace readout {
namespace {

using events_test::Analyze;
using events_test::Find;

// No event before names a source: "He" is the man the paragraph is about.
TEST(PronounSources, HeTakesThePersonNamedBefore) {
  Analysis a = Analyze(
      "Senator John Reed is the senior member of the committee.\n\n"
      "He visited Prime Minister Keir Starmer in London on Tuesday.\n");
  const Event* visit = Find(a, "042");
  ASSERT_NE(visit, nullptr);
  ASSERT_TRUE(visit->source.has_value());
  ASSERT_GE(visit->source->entity, 0);
  EXPECT_EQ(a.entities[visit->source->entity].name, "John Reed");
}

// A woman named before is not taken for "he".
TEST(PronounSources, OnlyAPersonOfTheSameGender) {
  Analysis a = Analyze(
      "Senator Maria Lopez is the senior member of the committee.\n\n"
      "He visited Prime Minister Keir Starmer in London on Tuesday.\n");
  const Event* visit = Find(a, "042");
  if (visit && visit->source && visit->source->entity >= 0) {
    EXPECT_NE(a.entities[visit->source->entity].name, "Maria Lopez");
  }
}

// Too far back (four sentences and more) is no antecedent.
TEST(PronounSources, NotFromFarBack) {
  Analysis a = Analyze(
      "Senator John Reed is the senior member of the committee.\n\n"
      "The committee meets on Mondays.\n\nThe hearing was long.\n\nThe room was full.\n\nIt rained.\n\n"
      "He visited Prime Minister Keir Starmer in London on Tuesday.\n");
  const Event* visit = Find(a, "042");
  if (visit && visit->source && visit->source->entity >= 0) {
    EXPECT_NE(a.entities[visit->source->entity].name, "John Reed");
  }
}

}  // namespace
}  // namespace readout
