// Regression checks over the sample article (skipped without ../shared): the
// events an analyst expects from it, through the whole pipeline.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "readout/pipeline.h"

namespace readout {
namespace {

const Analysis* SampleAnalysis() {
  static std::optional<Analysis> analysis;
  static bool tried = false;
  if (tried) return analysis ? &*analysis : nullptr;
  tried = true;
  std::string path = std::string(READOUT_SHARED_DIR) + "/samples/trump-putin-peace-talks.txt";
  std::ifstream in(path);
  if (!in) return nullptr;
  std::stringstream ss;
  ss << in.rdbuf();
  static auto model = Model::Load(ModelOptions());
  if (!model.ok()) return nullptr;
  Pipeline pipeline(*model.value());
  Document doc;
  doc.text = ss.str();
  doc.date = Date::Parse("2025-02-12");
  auto a = pipeline.Analyze(doc);
  if (a.ok()) analysis = std::move(a).value();
  return analysis ? &*analysis : nullptr;
}

bool Has(const Analysis& a, std::string_view root, std::string_view source_prefix, std::string_view target_prefix) {
  for (const Event& e : a.events) {
    if (!e.code.starts_with(root) || e.negated) continue;
    if (!e.source || !e.source->actor.starts_with(source_prefix)) continue;
    if (!e.target || !e.target->actor.starts_with(target_prefix)) continue;
    return true;
  }
  return false;
}

TEST(SampleEvents, TrumpPutinAndTrumpZelenskyyCalls) {
  const Analysis* a = SampleAnalysis();
  if (!a) GTEST_SKIP() << "no ../shared sample";
  EXPECT_TRUE(Has(*a, "04", "USAGOV", "RUSGOV"));
  EXPECT_TRUE(Has(*a, "04", "USAGOV", "UKRGOV"));
}

TEST(SampleEvents, RussianAttacksOnUkraine) {
  const Analysis* a = SampleAnalysis();
  if (!a) GTEST_SKIP() << "no ../shared sample";
  EXPECT_TRUE(Has(*a, "19", "RUS", "UKR"));
}

TEST(SampleEvents, IntendedMeetingAndPrisonerRelease) {
  const Analysis* a = SampleAnalysis();
  if (!a) GTEST_SKIP() << "no ../shared sample";
  EXPECT_TRUE(Has(*a, "036", "USAGOV", "UKRGOV"));  // Vance is scheduled to meet Zelenskyy
  EXPECT_TRUE(Has(*a, "0841", "RUSGOV", "USA"));    // Putin releasing Marc Fogel
}

TEST(SampleEvents, KelloggTravel) {
  const Analysis* a = SampleAnalysis();
  if (!a) GTEST_SKIP() << "no ../shared sample";
  bool travel = false;
  for (const Event& e : a->events) {
    travel |= (e.code == "042" || e.code == "036") && e.source && a->Text(e.source->span).find("Kellogg") != std::string::npos;
  }
  EXPECT_TRUE(travel);
  // "Kellogg will then travel to Brussels ..., and then on to Ukraine": a
  // trip announced, so an intention to meet (036), not yet a visit.
  EXPECT_TRUE(Has(*a, "036", "USAGOV", "BEL"));
  EXPECT_TRUE(Has(*a, "036", "USAGOV", "UKR"));
}

// "I have asked Secretary of State Marco Rubio, Director of the CIA John
// Ratcliffe, National Security Advisor Michael Waltz, and Ambassador and
// Special Envoy Steve Witkoff to lead the negotiations": four people asked,
// each with his title, and no bare "Ambassador".
TEST(SampleEvents, EveryNegotiatorAskedIsATarget) {
  const Analysis* a = SampleAnalysis();
  if (!a) GTEST_SKIP() << "no ../shared sample";
  std::vector<std::string> asked;
  for (const Event& e : a->events) {
    if (e.code == "020" && e.target && e.source && e.source->actor == "USAGOV") {
      asked.emplace_back(a->Text(e.target->span));
    }
  }
  for (std::string_view name : {"Marco Rubio", "John Ratcliffe", "Michael Waltz", "Steve Witkoff"}) {
    bool found = false;
    for (const std::string& t : asked) found |= t.find(name) != std::string::npos;
    EXPECT_TRUE(found) << name;
  }
  for (const std::string& t : asked) EXPECT_NE(t, "Ambassador");
}

TEST(SampleEvents, EveryEventHasEvidence) {
  const Analysis* a = SampleAnalysis();
  if (!a) GTEST_SKIP() << "no ../shared sample";
  for (const Event& e : a->events) {
    EXPECT_FALSE(e.trigger.empty());
    EXPECT_FALSE(e.code.empty());
    EXPECT_TRUE(e.source || e.target);
    EXPECT_EQ(e.date.size(), 10u);
  }
}

}  // namespace
}  // namespace readout
