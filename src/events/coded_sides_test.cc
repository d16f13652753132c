// The pipeline reports only events with a coded doer, no uncoded target and
// no negation (events/reportable.h); CodeEvents alone, which the span and
// PETRARCH evaluations call, still proposes them all.
#include <gtest/gtest.h>

#include "events/event_coder.h"
#include "events/pipeline_test_util.h"

namespace readout::events_test {
namespace {

constexpr const char* kText =
    "Mohammed Farouk was arrested in Cairo on Monday.\n\n"
    "Hassan Kareem called on the Egyptian government to free him.\n\n"
    "Egyptian police arrested Ahmed Salem in Giza.\n\n"
    "The Egyptian foreign minister criticized Israel.\n";

std::vector<std::string> Codes(const Analysis& a) {
  std::vector<std::string> out;
  for (const Event& e : a.events) {
    out.push_back(e.code + " " + (e.source ? e.source->actor : "-") + " " +
                  (e.target ? (e.target->actor.empty() ? "?" : e.target->actor) : "-"));
  }
  return out;
}

TEST(CodedSides, ThePipelineReportsOnlyEventsWithCodedSides) {
  const Analysis a = Analyze(kText);
  EXPECT_EQ(Codes(a), (std::vector<std::string>{"111 EGYGOV ISR"}));
}

TEST(CodedSides, CodeEventsAloneProposesEverySide) {
  Analysis a = Analyze(kText);
  static auto model = Model::Load(ModelOptions());
  ASSERT_TRUE(model.ok());
  events::CodeEvents(*model.value(), a);
  // No doer for "was arrested", an uncoded appeal maker, an uncoded
  // private person arrested.
  EXPECT_EQ(Codes(a), (std::vector<std::string>{"173 - ?", "020  EGYGOV", "173 EGYCOP ?", "111 EGYGOV ISR"}));
}

TEST(CodedSides, ANegatedActIsNotReported) {
  const Analysis a = Analyze("The Egyptian foreign minister did not criticize Israel.\n");
  EXPECT_TRUE(a.events.empty());
}

}  // namespace
}  // namespace readout::events_test
