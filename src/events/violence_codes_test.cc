// Killings refined by their sides (violence_codes.cc) and speeches to an
// audience (event_emission.cc): thousands of civilians killed are a mass
// killing (202), protesters killed by a state's forces violent repression
// (175), soldiers killed by soldiers stay 190; a speech to an audience is a
// statement and an intended speech no event; easing bad blood is no easing
// of sanctions, nor releasing copies of speeches a release of persons.
#include <gtest/gtest.h>

#include "events/pipeline_test_util.h"

namespace readout {
namespace {

using events_test::Analyze;
using events_test::Find;

TEST(ViolenceCodes, ThousandsOfCiviliansKilledAreAMassKilling) {
  Analysis a = Analyze("Ottoman Turks killed approximately 1.5 million Armenians and Greeks in 1915.\n");
  EXPECT_NE(Find(a, "202", "Ottoman Turks"), nullptr);
  EXPECT_EQ(Find(a, "190"), nullptr);
  // A small number stays what the verb says.
  Analysis b = Analyze("Russian troops killed 12 Ukrainian soldiers near Bakhmut on Monday.\n");
  EXPECT_EQ(Find(b, "202"), nullptr);
  EXPECT_NE(Find(b, "190"), nullptr);
}

TEST(ViolenceCodes, ProtestersKilledByTheStateAreRepression) {
  Analysis a = Analyze("Ethiopian security forces have killed more than 400 protesters since November.\n");
  EXPECT_NE(Find(a, "175"), nullptr);
  EXPECT_EQ(Find(a, "190"), nullptr);
}

TEST(ViolenceCodes, ASpeechToAnAudienceIsAStatement) {
  Analysis a = Analyze("Secretary Tom Perez spoke to the audience of officials from every state.\n");
  EXPECT_NE(Find(a, "010", "Secretary Tom Perez"), nullptr);
  EXPECT_EQ(Find(a, "040"), nullptr);
  Analysis b = Analyze("As Senator Ann Keller prepared to speak to supporters in Ohio, a man was arrested.\n");
  EXPECT_EQ(Find(b, "036"), nullptr);
  // Speaking with a person stays a consultation.
  Analysis c = Analyze("Senator Ann Keller spoke with Governor Tom Ruiz on Monday.\n");
  EXPECT_NE(Find(c, "040", "Senator Ann Keller"), nullptr);
}

TEST(ViolenceCodes, EasingIsNoEasedSanctionUnlessSanctionsAreNamed) {
  Analysis a = Analyze("Senator Ann Keller looks to ease bad blood with the Republican Party.\n");
  EXPECT_EQ(Find(a, "085"), nullptr);
  Analysis b = Analyze("The European Union eased sanctions on Iran on Monday.\n");
  EXPECT_NE(Find(b, "085"), nullptr);
}

TEST(ViolenceCodes, ReleasingCopiesIsNoReleaseOfPersons) {
  Analysis a = Analyze("The Washington Post asked the campaign to release copies of the speeches.\n");
  EXPECT_EQ(Find(a, "0253"), nullptr);
  EXPECT_NE(Find(a, "020", "The Washington Post"), nullptr);
}

TEST(ViolenceCodes, ADecisionAttackedIsAttackedByWord) {
  // judge_2042 #89: a ruling attacked before its judges is criticism.
  Analysis a = Analyze(
      "The French government attacked the decision with members of the Malian government seated nearby.\n");
  EXPECT_EQ(Find(a, "190"), nullptr);
  EXPECT_NE(Find(a, "111", "The French government"), nullptr);
  Analysis b =
      Analyze("The French government attacked Mali with members of the Malian government seated nearby.\n");
  EXPECT_NE(Find(b, "190", "The French government"), nullptr);
}

}  // namespace
}  // namespace readout
