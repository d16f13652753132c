// The whole pipeline over real and awkward text: no crash, and every span it
// writes lies inside the article on UTF-8 boundaries. Regression for a crash
// in event argument finding (a probe of the word before a sentence's first
// chunk read outside the sentence) that PolNeAR's train texts exposed.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "readout/json.h"
#include "readout/pipeline.h"

namespace readout {
namespace {

const Model& SharedModel() {
  static auto model = Model::Load(ModelOptions());
  EXPECT_TRUE(model.ok()) << model.status().message();
  return *model.value();
}

bool OnBoundary(const std::string& text, uint32_t off) {
  return off == text.size() || (off < text.size() && (static_cast<unsigned char>(text[off]) & 0xC0) != 0x80);
}

void ExpectSpansValid(const Analysis& a) {
  auto check = [&](Span s, const char* what) {
    ASSERT_LE(s.start, s.end) << what << " in " << a.id;
    ASSERT_LE(s.end, a.text.size()) << what << " in " << a.id;
    EXPECT_TRUE(OnBoundary(a.text, s.start) && OnBoundary(a.text, s.end)) << what << " in " << a.id;
  };
  for (const auto& s : a.sentences) check(s.span(), "sentence");
  for (const auto& e : a.entities) {
    for (const auto& m : e.mentions) check(m.span(), "mention");
  }
  for (const auto& q : a.quotes) {
    check(q.content, "quote");
    if (q.speaker) check(*q.speaker, "speaker");
    if (q.cue) check(*q.cue, "cue");
    if (q.speaker_entity >= 0) {
      EXPECT_LT(static_cast<size_t>(q.speaker_entity), a.entities.size());
    }
  }
  for (const auto& ev : a.events) {
    check(ev.trigger, "trigger");
    EXPECT_FALSE(ev.trigger.empty()) << "event without evidence in " << a.id;
    EXPECT_LT(ev.sentence, a.sentences.size());
    if (ev.source) check(ev.source->span, "source");
    if (ev.target) check(ev.target->span, "target");
  }
  for (const auto& t : a.times) check(t.span, "time");
}

TEST(PipelineRobustness, AppositionAfterASentenceOpeningSubject) {
  Pipeline p(SharedModel());
  for (const char* text : {"Russian forces, the aggressor, attacked Ukraine.",
                           "Hungarian and Romanian officials, the envoys, met in Vienna.",
                           "And, or, nor.", ", , , attacked ,", "Putin, , , said"}) {
    Document d{"t", text, Date{2025, 2, 12}, "", "", ""};
    auto r = p.Analyze(d);
    ASSERT_TRUE(r.ok());
    ExpectSpansValid(r.value());
    EXPECT_FALSE(ToJsonLine(r.value()).empty());
  }
}

TEST(PipelineRobustness, AwkwardInputs) {
  Pipeline p(SharedModel());
  std::string many_quotes(2000, '"');
  std::string long_word(100000, 'a');
  std::string mixed = "“Unclosed quote, she said. «Guillemets» ‘single’ — dash… 'and' \"straight\n\n\n”";
  std::string caps;
  for (int i = 0; i < 500; ++i) caps += "PRESIDENT ";
  for (const std::string& text : {many_quotes, long_word, mixed, caps, std::string("\n\n\n"), std::string(" ")}) {
    Document d{"t", text, std::nullopt, "", "", ""};
    auto r = p.Analyze(d);
    ASSERT_TRUE(r.ok());
    ExpectSpansValid(r.value());
  }
}

TEST(PipelineRobustness, EveryPolNeArTextAnalysesWithValidSpans) {
  namespace fs = std::filesystem;
  fs::path root = fs::path(READOUT_SHARED_DIR) / "data" / "polnear";
  if (!fs::exists(root)) GTEST_SKIP() << "../shared is absent";
  Pipeline p(SharedModel());
  size_t n = 0;
  for (const char* split : {"train", "dev"}) {
    for (const auto& f : fs::directory_iterator(root / split / "text")) {
      std::ifstream in(f.path(), std::ios::binary);
      std::stringstream ss;
      ss << in.rdbuf();
      Document d{f.path().stem().string(), ss.str(), Date{2016, 10, 1}, "", "", ""};
      auto r = p.Analyze(d);
      ASSERT_TRUE(r.ok()) << d.id;
      ExpectSpansValid(r.value());
      ++n;
    }
  }
  EXPECT_GT(n, 900u);
}

}  // namespace
}  // namespace readout
