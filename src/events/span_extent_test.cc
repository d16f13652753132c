// What the spans of sources and targets cover when actors are not required
// (the span evaluation's setting, `readout eval spans`): the doer a sentence
// writes, even when it names no actor.
#include <gtest/gtest.h>

#include "events/event_coder.h"
#include "events/tagged_text.h"

namespace readout::events {
namespace {

std::string CodePlain(std::string_view tagged) {
  static auto model = Model::Load(ModelOptions());
  auto a = ParseTaggedText(tagged);
  EXPECT_TRUE(a.ok());
  if (!a.ok()) return "";
  CodeOptions options;
  options.require_actor = false;
  CodeEvents(*model.value(), options, a.value());
  return FormatEvents(a.value());
}

TEST(SpanExtent, AThingInAPlaceIsTheDoerWithoutThePlace) {
  // The place codes no doer: the bomb stays uncoded, and Anorien is no source.
  EXPECT_EQ(CodePlain("A/DT truck/NN bomb/NN in/IN [Anorien/NNP]=GON@LOC killed/VBD/kill three/CD "
                      "[Gondor/NNP soldiers/NNS]=GONMIL ./."),
            "190 ? \"A truck bomb\" -> GONMIL \"three Gondor soldiers\" [killed]\n");
}

TEST(SpanExtent, AParticipleAfterACommaDoesNotTakeTheThing) {
  const std::string out = CodePlain(
      "[Rohan/NNP troops/NNS]=ROHMIL shelled/VBD/shell a/DT depot/NN in/IN [Anorien/NNP]=GON@LOC ,/, "
      "killing/VBG/kill three/CD [Gondor/NNP soldiers/NNS]=GONMIL ./.");
  EXPECT_NE(out.find("ROHMIL \"Rohan troops\" -> GONMIL \"three Gondor soldiers\" [killing]"), std::string::npos) << out;
  EXPECT_EQ(out.find("\"a depot\" -> GONMIL"), std::string::npos) << out;
}

TEST(SpanExtent, AtLeastBeforeANumberKeepsThePeopleAsTheTarget) {
  // "least" chunked with the number: the people are still the object, not
  // the place after them.
  const std::string out = CodePlain(
      "[Rohan/NNP troops/NNS]=ROHMIL killed/VBD/kill at/IN least/JJS 81/CD people/NNS in/IN "
      "[Anorien/NNP]=GON@LOC ./.");
  EXPECT_NE(out.find("-> GONCVL \"at least 81 people in Anorien\" [killed]"), std::string::npos) << out;
}

TEST(SpanExtent, APrepositionBeforeATimeOpensNoSlot) {
  // "SANCTIONS ON +" does not read "on Friday": the target is after "against".
  static auto model = Model::Load(ModelOptions());
  auto a = ParseTaggedText(
      "[Rohan/NNP]=ROH lifted/VBD/lift sanctions/NNS/sanction against/IN [Gondor/NNP]=GON on/IN Friday/NNP ,/, "
      "citing/VBG/cite progress/NN ./.");
  ASSERT_TRUE(a.ok());
  const size_t at = a.value().text.find("Friday");
  a.value().times.push_back({{static_cast<uint32_t>(at), static_cast<uint32_t>(at + 6)}, "", 0});
  CodeOptions options;
  options.require_actor = false;
  CodeEvents(*model.value(), options, a.value());
  EXPECT_EQ(FormatEvents(a.value()), "085 ROH \"Rohan\" -> GON \"Gondor\" [lifted]\n");
}

TEST(SpanExtent, APlaceShowsThePartOfItThatIsTheTarget) {
  // "northern parts of Ithilien": the target codes Ithilien and shows the
  // parts; the span of a place a phrase is made "of" only.
  EXPECT_EQ(CodePlain("[Gondor/NNP]=GON bombed/VBD/bomb northern/JJ parts/NNS/part of/IN "
                      "[Ithilien/NNP]=ITH@LOC ./."),
            "195 GON \"Gondor\" -> ITH \"northern parts of Ithilien\" [bombed]\n");
}

}  // namespace
}  // namespace readout::events
