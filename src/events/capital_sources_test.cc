// A capital named as the doer of a political act is its government; as a
// target, or as the doer of force, it stays the country.
#include <gtest/gtest.h>

#include "events/pipeline_test_util.h"

namespace readout::events_test {
namespace {

TEST(CapitalSourcesTest, ACapitalThatActsPoliticallyIsItsGovernment) {
  const Analysis a = Analyze("Washington imposed new sanctions on Iran on Monday.");
  const Event* e = Find(a, "163", "Washington");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->source->actor, "USAGOV");
  EXPECT_EQ(e->target->actor, "IRN");
}

TEST(CapitalSourcesTest, ACapitalAsTargetStaysThePlace) {
  const Analysis a = Analyze("The envoy Keith Kellogg will travel to Brussels.");
  bool found = false;
  for (const Event& e : a.events) {
    if (e.target && a.Text(e.target->span) == "Brussels") {
      found = true;
      EXPECT_EQ(e.target->actor, "BEL");
    }
  }
  EXPECT_TRUE(found);
}

TEST(CapitalSourcesTest, ForceFromACapitalStaysTheCountry) {
  const Analysis a = Analyze("Pyongyang fired two artillery shells at Seoul on Thursday.");
  ASSERT_FALSE(a.events.empty());
  for (const Event& e : a.events) {
    ASSERT_TRUE(e.source.has_value());
    EXPECT_EQ(e.source->actor, "PRK") << e.code;
  }
}

}  // namespace
}  // namespace readout::events_test
