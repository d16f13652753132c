// Title speakers ("the former foreign minister said") resolved through the
// whole pipeline to the person whose role the article gave with that title
// (speaker_resolver.cc). Names and sentences written for this test.
#include <gtest/gtest.h>

#include <string>

#include "readout/model.h"
#include "readout/pipeline.h"

namespace readout {
namespace {

// The name of the speaker of the quote whose content starts with `content`.
std::string SpeakerOf(const std::string& text, const std::string& content) {
  static const Model* model = [] {
    auto m = Model::Load(ModelOptions{});
    return m.ok() ? std::move(m).value().release() : nullptr;
  }();
  Pipeline pipeline(*model);
  Document doc;
  doc.id = "t";
  doc.text = text;
  auto r = pipeline.Analyze(doc);
  if (!r.ok()) return "error";
  const Analysis& a = r.value();
  for (const Quote& q : a.quotes) {
    if (a.Text(q.content).substr(0, content.size()) != content) continue;
    return q.speaker_entity < 0 ? "none" : a.entities[q.speaker_entity].name;
  }
  return "no quote";
}

TEST(NominalSpeaker, FormerTitleIsTheFormerHolder) {
  const std::string text =
      "Former Foreign Minister Anna Varga spoke in Lodz on Monday. Foreign Minister Peter Holm spoke in Graz.\n\n"
      "“The deal is a mistake,” the former foreign minister said.\n\n"
      "“The deal will hold,” the foreign minister said.\n";
  EXPECT_EQ(SpeakerOf(text, "The deal is a mistake"), "Anna Varga");
  EXPECT_EQ(SpeakerOf(text, "The deal will hold"), "Peter Holm");
}

// "A Halvorsen supporter criticized …": a follower of someone does not
// speak for them, so the statement is not Halvorsen's.
TEST(NominalSpeaker, AFollowerIsNotWhomTheyFollow) {
  const std::string text =
      "Senator Ivar Halvorsen spoke in Bergen on Monday.\n\n"
      "A Halvorsen supporter criticized the mayor of Bergen.\n\n"
      "Halvorsen criticized the governor of Oslo.\n";
  EXPECT_EQ(SpeakerOf(text, "the mayor of Bergen"), "none");
  EXPECT_EQ(SpeakerOf(text, "the governor of Oslo"), "Ivar Halvorsen");
}

}  // namespace
}  // namespace readout
