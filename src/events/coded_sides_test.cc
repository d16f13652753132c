// CodeOptions::require_coded_source: by default an event needs a coded
// doer, and a target it names must be coded too; with the option off (the
// golden parse cases, the span evaluation) those events stay.
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

TEST(CodedSides, EveryEventKeptHasACodedSourceAndNoUncodedTarget) {
  const Analysis a = Analyze(kText);
  EXPECT_EQ(Codes(a), (std::vector<std::string>{"111 EGYGOV ISR"}));
}

TEST(CodedSides, WithTheOptionOffTheParseShowsEverySide) {
  Analysis a = Analyze(kText);
  static auto model = Model::Load(ModelOptions());
  ASSERT_TRUE(model.ok());
  events::CodeOptions options;
  options.require_coded_source = false;
  events::CodeEvents(*model.value(), options, a);
  // No doer for "was arrested", an uncoded appeal maker, an uncoded
  // private person arrested: the parse shows them all.
  EXPECT_EQ(Codes(a), (std::vector<std::string>{"173 - ?", "020  EGYGOV", "173 EGYCOP ?", "111 EGYGOV ISR"}));
}

}  // namespace
}  // namespace readout::events_test
