// Questions through the whole pipeline: the sentence splitter keeps
// '“Why now?” Trump asked.' as one sentence, and the coder must not read
// the asking as an appeal.
#include <gtest/gtest.h>

#include "readout/pipeline.h"

namespace readout {
namespace {

TEST(QuestionEvents, AskingAQuestionIsNoAppeal) {
  static auto model = Model::Load(ModelOptions());
  ASSERT_TRUE(model.ok());
  Pipeline pipeline(*model.value());
  Document doc;
  doc.text = "\u201cWhy are you still backing him?\u201d Barack Obama asked Republican senators.\n\n"
             "Barack Obama asked Republican senators to back the treaty.\n";
  doc.date = Date::Parse("2015-06-01");
  auto a = pipeline.Analyze(doc);
  ASSERT_TRUE(a.ok());
  int appeals = 0;
  for (const Event& e : a.value().events) {
    if (!e.code.starts_with("02")) continue;
    ++appeals;
    EXPECT_EQ(e.sentence, 1u) << e.code;
  }
  EXPECT_EQ(appeals, 1);
}

}  // namespace
}  // namespace readout
