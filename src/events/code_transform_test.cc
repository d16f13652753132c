#include "events/code_transform.h"

#include <gtest/gtest.h>

namespace readout::events {
namespace {

TEST(CodeTransform, FramesMapCategories) {
  const auto& codes = lexicon::CameoCodes::BuiltIn();
  struct Case {
    const char* code;
    Frame frame;
    const char* want;
  } cases[] = {
      {"040", Frame::kIntent, "036"},  {"046", Frame::kIntent, "036"},  {"072", Frame::kIntent, "0332"},
      {"0841", Frame::kIntent, "0353"}, {"190", Frame::kIntent, "1384"}, {"190", Frame::kThreat, "1384"},
      {"163", Frame::kThreat, "1312"}, {"046", Frame::kAppeal, "026"},  {"040", Frame::kDemand, "106"},
      {"040", Frame::kRefuse, "125"},  {"0841", Frame::kRefuse, "1243"}, {"190", Frame::kRefuse, ""},
      {"190", Frame::kDrop, ""},       {"112", Frame::kNone, "112"},     {"030", Frame::kIntent, "030"},
      // "threatened to sue / to charge" is a threat; "threatened to cut
      // ties" keeps its own threat code.
      {"115", Frame::kThreat, "130"},  {"1313", Frame::kThreat, "1313"},
      // "declined to criticize", "refused to comment": no event.
      {"111", Frame::kRefuse, ""},     {"010", Frame::kRefuse, ""},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(TransformCode(c.code, c.frame, codes), c.want) << c.code << " frame " << static_cast<int>(c.frame);
  }
}

TEST(CodeTransform, GovernorsAndModals) {
  EXPECT_EQ(FrameOfGovernor("plan"), Frame::kIntent);
  EXPECT_EQ(FrameOfGovernor("threaten"), Frame::kThreat);
  EXPECT_EQ(FrameOfGovernor("urge"), Frame::kAppeal);
  EXPECT_EQ(FrameOfGovernor("refuse"), Frame::kRefuse);
  EXPECT_EQ(FrameOfGovernor("continue"), Frame::kNone);
  EXPECT_EQ(FrameOfModal("would"), Frame::kIntent);
  EXPECT_EQ(FrameOfModal("could"), Frame::kDrop);
}

}  // namespace
}  // namespace readout::events
