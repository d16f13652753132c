// An event side that names a person the actor coder does not know is not
// coded from the words of the person's own name (make_argument.cc).
// Sentences written for this test.
#include <gtest/gtest.h>

#include "events/pipeline_test_util.h"

namespace readout::events {
namespace {

using events_test::Analyze;

TEST(PersonNameActor, SurnameThatIsACapitalIsNoGovernment) {
  const Analysis a = Analyze(
      "Actress Kerry Washington praised the senator on Tuesday. Washington, star of the show, praised him "
      "again.",
      "2016-01-05");
  for (const Event& e : a.events) {
    for (const std::optional<EventArgument>* side : {&e.source, &e.target}) {
      if (!side->has_value() || (*side)->entity < 0) continue;
      if (a.entities[(*side)->entity].name != "Kerry Washington") continue;
      EXPECT_FALSE((*side)->actor.starts_with("USA")) << a.Text((*side)->span) << " " << (*side)->actor;
    }
  }
}

}  // namespace
}  // namespace readout::events
