// A day named right after a noun phrase ("Bashar Assad Tuesday") is a time,
// not part of the actor's span, and is passed over when a gerund looks back
// for the object it follows.
#include <gtest/gtest.h>

#include "events/pipeline_test_util.h"

namespace readout::events_test {
namespace {

TEST(TimePhrasesTest, ADayAfterANameIsNoPartOfIt) {
  const Analysis a = Analyze("Iraq's national security adviser met with Syrian President Bashar Assad Tuesday.");
  const Event* e = Find(a, "040");
  ASSERT_NE(e, nullptr);
  ASSERT_TRUE(e->target.has_value());
  EXPECT_EQ(a.Text(e->target->span), "Syrian President Bashar Assad");
  const Analysis b = Analyze("Ukrainian lawmakers Tuesday endorsed the agreement with the European Union.");
  const Event* f = Find(b, "051");
  ASSERT_NE(f, nullptr);
  ASSERT_TRUE(f->source.has_value());
  EXPECT_EQ(b.Text(f->source->span), "Ukrainian lawmakers");
}

TEST(TimePhrasesTest, AGerundAfterObjectAndDayIsDoneByTheSubject) {
  const Analysis a = Analyze(
      "The Norwegian foreign minister issued a statement Monday calling on the Italian government to let the "
      "ship dock.");
  const Event* e = Find(a, "020");
  ASSERT_NE(e, nullptr);
  ASSERT_TRUE(e->source.has_value());
  EXPECT_EQ(a.Text(e->source->span), "The Norwegian foreign minister");
  EXPECT_EQ(e->source->actor, "NORGOV");
}

}  // namespace
}  // namespace readout::events_test
