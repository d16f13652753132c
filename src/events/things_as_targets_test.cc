// CodeOptions::things_as_targets: the thing an act is done to is proposed
// as its target only when asked for (the span evaluation); the pipeline's
// default keeps it out.
#include <gtest/gtest.h>

#include "events/event_coder.h"
#include "events/tagged_text.h"

namespace readout::events {
namespace {

const Model& TestModel() {
  static auto model = Model::Load(ModelOptions());
  return *model.value();
}

std::string Code(std::string_view tagged, bool things) {
  auto a = ParseTaggedText(tagged);
  EXPECT_TRUE(a.ok());
  CodeOptions options;
  options.things_as_targets = things;
  CodeEvents(TestModel(), options, a.value());
  return FormatEvents(a.value());
}

TEST(ThingsAsTargets, OffByDefaultOnWhenAsked) {
  constexpr std::string_view kText =
      "[The/DT Rohirric/JJ council/NN]=ROHLEG rejected/VBD/reject the/DT [Gondorian/JJ]=GON tariffs/NNS/tariff ./.\n";
  EXPECT_EQ(Code(kText, false), "");
  EXPECT_EQ(Code(kText, true), "120 ROHLEG \"The Rohirric council\" -> GON \"the Gondorian tariffs\" [rejected]\n");
}

// A thing located in a place ("the attack in Kandahar") too.
TEST(ThingsAsTargets, ThingsInPlaces) {
  constexpr std::string_view kText =
      "[The/DT Dunlendings/NNPS]=DUNREB claimed/VBD/claim responsibility/NN for/IN the/DT attack/NN in/IN "
      "[Edoras/NNP]=ROH@LOC ./.\n";
  EXPECT_EQ(Code(kText, false), "015 DUNREB \"The Dunlendings\" -> - [claimed]\n");
  EXPECT_EQ(Code(kText, true), "015 DUNREB \"The Dunlendings\" -> ROH \"the attack in Edoras\" [claimed]\n");
}

// A deed its doer carries out is no target, in either reading; whom it is
// aimed at is ("lifted its blockade of Gondor").
TEST(ThingsAsTargets, ADeedIsNoTargetWhomItIsAimedAtIs) {
  constexpr std::string_view kLifted =
      "[Rohan/NNP]=ROH lifted/VBD/lift its/PRP$ blockade/NN of/IN [Gondor/NNP]=GON ./.\n";
  EXPECT_EQ(Code(kLifted, true), "0863 ROH \"Rohan\" -> GON \"Gondor\" [lifted]\n");
  EXPECT_EQ(Code(kLifted, false), "0863 ROH \"Rohan\" -> GON \"Gondor\" [lifted]\n");
  constexpr std::string_view kStrike =
      "[The/DT Rohirric/JJ farmers/NNS]=ROHAGR began/VBD/begin a/DT hunger/NN strike/NN ./.\n";
  EXPECT_EQ(Code(kStrike, true), "142 ROHAGR \"The Rohirric farmers\" -> - [began]\n");
}

// A measure declared, eased or lifted binds whom it names or holds in the
// place after "in"; with neither it stays the thing acted on.
TEST(ThingsAsTargets, AMeasureTargetsWhomItBindsOrWhereItHolds) {
  constexpr std::string_view kInPlace =
      "[Gondor/NNP]=GON declared/VBD/declare a/DT ceasefire/NN in/IN [Ithilien/NNP]=GON@LOC ./.\n";
  EXPECT_EQ(Code(kInPlace, true), "0871 GON \"Gondor\" -> GON \"Ithilien\" [declared]\n");
  constexpr std::string_view kOnPeople =
      "[Rohan/NNP]=ROH eased/VBD/ease key/JJ restrictions/NNS/restriction on/IN millions/NNS/million of/IN "
      "foreign/JJ workers/NNS/worker ./.\n";
  EXPECT_EQ(Code(kOnPeople, true), "085 ROH \"Rohan\" -> ---LAB \"millions of foreign workers\" [eased]\n");
  constexpr std::string_view kOnThing =
      "[Rohan/NNP]=ROH eased/VBD/ease the/DT [Gondorian/JJ]=GON restrictions/NNS/restriction on/IN the/DT "
      "ability/NN of/IN travellers/NNS/traveller ./.\n";
  EXPECT_EQ(Code(kOnThing, true), "085 ROH \"Rohan\" -> GON \"the Gondorian restrictions\" [eased]\n");
}

// A violent deed claimed is the claim's topic; whom it hit is the target.
TEST(ThingsAsTargets, AClaimedDeedIsNoTargetWhomItHitIs) {
  constexpr std::string_view kOn =
      "[The/DT Dunlendings/NNPS]=DUNREB claimed/VBD/claim responsibility/NN for/IN the/DT attack/NN on/IN "
      "[the/DT Rohirric/JJ army/NN]=ROHMIL ./.\n";
  EXPECT_EQ(Code(kOn, true), "015 DUNREB \"The Dunlendings\" -> ROHMIL \"the Rohirric army\" [claimed]\n");
  EXPECT_EQ(Code(kOn, false), "015 DUNREB \"The Dunlendings\" -> ROHMIL \"the Rohirric army\" [claimed]\n");
  constexpr std::string_view kBare =
      "[The/DT Dunlendings/NNPS]=DUNREB claimed/VBD/claim responsibility/NN for/IN the/DT [Rohirric/JJ]=ROH "
      "bombings/NNS/bombing ./.\n";
  EXPECT_EQ(Code(kBare, true), "015 DUNREB \"The Dunlendings\" -> - [claimed]\n");
}

}  // namespace
}  // namespace readout::events
