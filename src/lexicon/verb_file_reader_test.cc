#include "lexicon/verb_file_reader.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <set>

#include <fmt/format.h>

#include "lexicon/verb_dictionary.h"

namespace readout::lexicon {
namespace {

VerbFileContents Read(std::string_view text, std::vector<std::string>* warnings) {
  VerbFileContents out;
  ReadVerbFile(text, "test.verbs.txt", false, &out, warnings);
  return out;
}

TEST(VerbFileReader, ReadsBlocksFormsAndPatterns) {
  std::vector<std::string> w;
  auto c = Read(
      "&WEAPON\n+ROCKET\n+HEAVY_GUN\n\n"
      "--- ATTACK [190] ---\nATTACK\nSHOOT {SHOOTS SHOT SHOOTING} [193]\n"
      "- * &WEAPON_AT + [195]  # comment\n- SUGGESTED_$ * ON_+ [191]\n",
      &w);
  EXPECT_TRUE(w.empty()) << w.front();
  ASSERT_EQ(c.blocks.size(), 1u);
  EXPECT_EQ(c.blocks[0].code, "190");
  ASSERT_EQ(c.blocks[0].patterns.size(), 2u);
  const VerbPattern& p = c.blocks[0].patterns[0];
  EXPECT_EQ(p.code, "195");
  ASSERT_EQ(p.after.size(), 3u);
  EXPECT_EQ(p.after[0].phrases.size(), 4u);  // rocket, rockets, heavy gun, heavy guns
  EXPECT_TRUE(p.after[1].adjacent);          // _AT
  EXPECT_EQ(p.after[2].kind, PatternElement::Kind::kTarget);
  const VerbPattern& q = c.blocks[0].patterns[1];
  ASSERT_EQ(q.before.size(), 2u);
  EXPECT_EQ(q.before[1].kind, PatternElement::Kind::kSource);
  EXPECT_TRUE(q.before[0].adjacent);
  int shot = 0, attacked = 0;
  for (const auto& [word, form] : c.forms) {
    if (word == "shot") {
      ++shot;
      EXPECT_EQ(form.code, "193");
    }
    if (word == "attacked") {
      ++attacked;
      EXPECT_EQ(form.code, "190");
    }
  }
  EXPECT_EQ(shot, 1);
  EXPECT_EQ(attacked, 1);
}

TEST(VerbFileReader, CompoundMarkerSetsCompound) {
  std::vector<std::string> w;
  auto c = Read("--- AGREE [030] ---\nAGREE\n- % * [030:030]\n- * WITH + [031]\n", &w);
  EXPECT_TRUE(w.empty()) << w.front();
  ASSERT_EQ(c.blocks.size(), 1u);
  ASSERT_EQ(c.blocks[0].patterns.size(), 2u);
  EXPECT_TRUE(c.blocks[0].patterns[0].compound);
  EXPECT_TRUE(c.blocks[0].patterns[0].before.empty());
  EXPECT_FALSE(c.blocks[0].patterns[1].compound);
}

// '^' skips a noun phrase: an element of its own, with no words.
TEST(VerbFileReader, SkipMarkerIsAnElement) {
  std::vector<std::string> w;
  auto c = Read("--- CELEBRATE [181] ---\nCELEBRATE\n- * IFTAR IN ^ + [045]\n- $ ^ FOR * [164]\n", &w);
  EXPECT_TRUE(w.empty()) << w.front();
  ASSERT_EQ(c.blocks[0].patterns.size(), 2u);
  const VerbPattern& p = c.blocks[0].patterns[0];
  ASSERT_EQ(p.after.size(), 4u);
  EXPECT_EQ(p.after[2].kind, PatternElement::Kind::kSkip);
  EXPECT_EQ(p.after[3].kind, PatternElement::Kind::kTarget);
  EXPECT_EQ(p.weight, 2);
  const VerbPattern& q = c.blocks[0].patterns[1];
  ASSERT_EQ(q.before.size(), 3u);
  EXPECT_EQ(q.before[1].kind, PatternElement::Kind::kSkip);
}

TEST(VerbFileReader, MultiWordVerbs) {
  std::vector<std::string> w;
  auto c = Read("--- CORDON [1721] ---\n+CORDON_OFF\nWIRE_+TAP {WIRE_+TAPPED} [1711]\n", &w);
  EXPECT_TRUE(w.empty());
  bool cordoned = false, tapped = false;
  for (const auto& [word, form] : c.forms) {
    if (word == "cordoned") cordoned = form.after_words == std::vector<std::string>{"off"};
    if (word == "tapped") tapped = form.before_words == std::vector<std::string>{"wire"} && form.code == "1711";
  }
  EXPECT_TRUE(cordoned);
  EXPECT_TRUE(tapped);
}

TEST(VerbFileReader, MalformedLinesAreWarningsWithFileAndLine) {
  std::vector<std::string> w;
  auto c = Read(
      "ORPHAN\n"                        // 1: verb outside a block
      "--- GOOD [040] ---\n"            // 2
      "- * WITH + [04x!]\n"             // 3: bad code
      "- WITH + [040]\n"                // 4: no '*'
      "- * &NOSUCH [040]\n"             // 5: undefined synset
      "FOO_BAR\n"                       // 6: multi-word without '+'
      "MEET {MET\n"                     // 7: unclosed brace
      "- * * [040]\n"                   // 8: two stars
      "--- BAD [12 ---\n"               // 9: malformed block code
      "- * WITH + [040]\n"              // 10: pattern outside a block
      "TALK\x01\n",                     // 11: control byte
      &w);
  ASSERT_EQ(w.size(), 10u);
  EXPECT_EQ(w[0].rfind("test.verbs.txt:1:", 0), 0u) << w[0];
  EXPECT_EQ(w[1].rfind("test.verbs.txt:3:", 0), 0u) << w[1];
  EXPECT_EQ(w[9].rfind("test.verbs.txt:11:", 0), 0u) << w[9];
  EXPECT_EQ(c.blocks.size(), 1u);
}

TEST(VerbFileReader, XmlCommentsAndTransformationsAreSkipped) {
  std::vector<std::string> w;
  auto c = Read("<!-- a\nmulti-line comment -->\n<!-- one line -->\n--- SAY [010] ---\nSAY\n~ a (a b Q) SAY = a b 138\n",
                &w);
  EXPECT_TRUE(w.empty());
  EXPECT_EQ(c.blocks.size(), 1u);
}

TEST(VerbFileReader, RegularForms) {
  EXPECT_EQ(RegularVerbForms("try"), (std::vector<std::string>{"tries", "tried", "trying"}));
  EXPECT_EQ(RegularVerbForms("meet"), (std::vector<std::string>{"meets", "meeted", "meeting"}));
  EXPECT_EQ(RegularVerbForms("accuse"), (std::vector<std::string>{"accuses", "accused", "accusing"}));
  EXPECT_EQ(RegularPlural("policy"), "policies");
  EXPECT_EQ(RegularPlural("talk"), "talks");
}

TEST(VerbDictionary, BuiltInLoadsWithoutWarnings) {
  std::vector<std::string> w;
  auto d = VerbDictionary::Load(ModelOptions(), &w);
  ASSERT_TRUE(d.ok());
  for (const auto& x : w) ADD_FAILURE() << x;
  EXPECT_FALSE(d.value()->Find("attacked").empty());
  EXPECT_FALSE(d.value()->Find("talks").empty());
  EXPECT_TRUE(d.value()->Find("zzzz").empty());
}

TEST(VerbDictionary, RootsOneToTwentyAllHaveBuiltInCodes) {
  std::vector<std::string> w;
  auto d = VerbDictionary::Load(ModelOptions(), &w);
  ASSERT_TRUE(d.ok());
  std::set<std::string> roots;
  for (size_t b = 0; b < d.value()->block_count(); ++b) {
    const auto& block = d.value()->block(b);
    if (block.code != "---") roots.insert(block.code.substr(0, 2));
    for (const auto& p : block.patterns) roots.insert(p.code.substr(0, 2));
  }
  for (int r = 1; r <= 20; ++r) EXPECT_TRUE(roots.count(fmt::format("{:02d}", r))) << r;
}

TEST(VerbDictionary, LoadsPetrarchFileFromDictsOnlyFolder) {
  namespace fs = std::filesystem;
  fs::path dir = fs::temp_directory_path() / "readout_verbs_test";
  fs::create_directories(dir);
  std::ofstream(dir / "mine.verbs.txt") << "--- PING [041] ---\nPING\nBAD LINE HERE\n";
  std::ofstream(dir / "actors.txt") << "not a verb file\n";
  ModelOptions o;
  o.dict_dirs = {dir.string()};
  o.dicts_only = true;
  std::vector<std::string> w;
  auto d = VerbDictionary::Load(o, &w);
  ASSERT_TRUE(d.ok());
  EXPECT_FALSE(d.value()->Find("pinged").empty());
  EXPECT_TRUE(d.value()->Find("attacked").empty());
  ASSERT_EQ(w.size(), 1u);
  EXPECT_NE(w[0].find("mine.verbs.txt:3:"), std::string::npos) << w[0];
  fs::remove_all(dir);
}

TEST(VerbDictionary, ReadsPetrarchCameoFileWithoutCrashing) {
  std::string path = std::string(READOUT_SHARED_DIR) + "/data/petrarch2/CAMEO.2.0.txt";
  if (!std::filesystem::exists(path)) GTEST_SKIP() << "no ../shared";
  ModelOptions o;
  o.dict_dirs = {path};
  o.dicts_only = true;
  std::vector<std::string> w;
  auto d = VerbDictionary::Load(o, &w);
  ASSERT_TRUE(d.ok());
  EXPECT_GT(d.value()->block_count(), 200u);
  EXPECT_FALSE(d.value()->Find("attacked").empty());
  EXPECT_LT(w.size(), 100u);
}

}  // namespace
}  // namespace readout::lexicon
