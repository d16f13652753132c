// The event coder codes an article phase by phase (event_coder.cc); coding
// it a sentence at a time must give the same events. Guards the rule the
// phases rely on: predicates and participants read nothing that the events
// of earlier sentences set (a rule that did would make these differ).
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "events/event_coder.h"
#include "events/pipeline_test_util.h"
#include "events/sentence_coder.h"

namespace readout::events {
namespace {

std::string Describe(const Analysis& a, const std::optional<EventArgument>& x) {
  if (!x) return "-";
  return x->actor + "/" + std::to_string(x->entity) + "/" + std::string(a.Text(x->span));
}

std::vector<std::string> Lines(const Analysis& a) {
  std::vector<std::string> out;
  for (const Event& e : a.events) {
    out.push_back(std::to_string(e.sentence) + " " + e.code + " " + std::string(a.Text(e.trigger)) + " " +
                  Describe(a, e.source) + " " + Describe(a, e.target) + " " + e.date + (e.negated ? " not" : "") +
                  (e.place ? " @" + e.place->name + "/" + e.place->country : ""));
  }
  return out;
}

// Codes the analysed article both ways (on copies: the coder retags tokens).
void ExpectSameBothWays(const Analysis& analysed, const std::string& name) {
  static auto model = Model::Load(ModelOptions());
  ASSERT_TRUE(model.ok());
  Analysis phased = analysed;
  CodeEvents(*model.value(), phased);
  Analysis by_sentence = analysed;
  by_sentence.events.clear();
  CodeOptions options;
  SentenceCoder coder(*model.value(), options, by_sentence);
  coder.CodeBySentence({});
  EXPECT_EQ(Lines(phased), Lines(by_sentence)) << name;
}

std::string ReadFile(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

TEST(PhasedCoding, SameEventsAsSentenceBySentence) {
  const std::string text =
      "President Trump said he spoke with Vladimir Putin on Wednesday. He said they agreed to start talks. "
      "Ukraine's president criticized the call. He warned that Russia would attack again. "
      "The minister met his Polish counterpart in Warsaw, and she urged Moscow to withdraw.";
  const Analysis a = events_test::Analyze(text);
  ASSERT_FALSE(a.events.empty());
  ExpectSameBothWays(a, "inline text");
}

TEST(PhasedCoding, SameEventsOnSampleAndTrainArticles) {
  const std::filesystem::path shared = READOUT_SHARED_DIR;
  const std::filesystem::path sample = shared / "samples" / "trump-putin-peace-talks.txt";
  const std::filesystem::path train = shared / "data" / "polnear" / "train" / "text";
  if (!std::filesystem::exists(sample) || !std::filesystem::is_directory(train)) {
    GTEST_SKIP() << "no shared data under " << shared;
  }
  ExpectSameBothWays(events_test::Analyze(ReadFile(sample)), sample.string());
  std::vector<std::filesystem::path> files;
  for (const auto& f : std::filesystem::directory_iterator(train)) files.push_back(f.path());
  std::sort(files.begin(), files.end());
  // Every tenth article: a spread of sources and lengths in a few seconds.
  for (size_t i = 0; i < files.size(); i += 10) {
    ExpectSameBothWays(events_test::Analyze(ReadFile(files[i]), "2016-01-15"), files[i].string());
  }
}

}  // namespace
}  // namespace readout::events
