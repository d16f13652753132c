#include "text/lemmatizer.h"

#include <gtest/gtest.h>

#include <filesystem>

namespace readout::text {
namespace {

const Lemmatizer* Shared() {
  static const std::unique_ptr<Lemmatizer> lem = [] {
    std::unique_ptr<Lemmatizer> out;
    ModelOptions o;
    if (!std::filesystem::exists(o.wordnet_dir + "/index.noun")) return out;
    std::vector<std::string> w;
    auto r = Lemmatizer::Load(o, &w);
    if (r.ok()) out = std::move(r).value();
    return out;
  }();
  return lem.get();
}

#define REQUIRE_WORDNET()                                                \
  const Lemmatizer* lem = Shared();                                      \
  if (lem == nullptr) GTEST_SKIP() << "wordnet-base is not installed"

struct Case {
  const char* word;
  Pos pos;
  const char* lemma;
};

TEST(LemmatizerTest, InflectedFormsGiveWordNetBaseForms) {
  REQUIRE_WORDNET();
  const Case cases[] = {
      {"said", Pos::kVBD, "say"},        {"says", Pos::kVBZ, "say"},        {"talks", Pos::kNNS, "talk"},
      {"better", Pos::kJJR, "good"},     {"best", Pos::kJJS, "good"},       {"was", Pos::kVBD, "be"},
      {"were", Pos::kVBD, "be"},         {"is", Pos::kVBZ, "be"},           {"are", Pos::kVBP, "be"},
      {"been", Pos::kVBN, "be"},         {"being", Pos::kVBG, "be"},        {"has", Pos::kVBZ, "have"},
      {"allies", Pos::kNNS, "ally"},     {"men", Pos::kNNS, "man"},         {"children", Pos::kNNS, "child"},
      {"buses", Pos::kNNS, "bus"},       {"churches", Pos::kNNS, "church"}, {"glasses", Pos::kNNS, "glass"},
      {"countries", Pos::kNNS, "country"}, {"goes", Pos::kVBZ, "go"},     {"hoped", Pos::kVBD, "hope"},
      {"hoping", Pos::kVBG, "hope"},     {"singing", Pos::kVBG, "sing"},    {"making", Pos::kVBG, "make"},
      {"meeting", Pos::kVBG, "meet"},    {"wanted", Pos::kVBD, "want"},     {"agreed", Pos::kVBD, "agree"},
      {"planned", Pos::kVBD, "plan"},    {"running", Pos::kVBG, "run"},     {"went", Pos::kVBD, "go"},
      {"larger", Pos::kJJR, "large"},    {"bigger", Pos::kJJR, "big"},      {"faster", Pos::kRBR, "fast"},
      {"Talks", Pos::kNNS, "talk"},      {"SAID", Pos::kVBD, "say"},        {"negotiations", Pos::kNNS, "negotiation"},
  };
  for (const Case& c : cases) EXPECT_EQ(lem->Lemma(c.word, c.pos), c.lemma) << c.word << "/" << PosName(c.pos);
}

TEST(LemmatizerTest, CliticsAndClosedClassWords) {
  REQUIRE_WORDNET();
  const Case cases[] = {
      {"n't", Pos::kRB, "not"},        {"n\xE2\x80\x99t", Pos::kRB, "not"}, {"'s", Pos::kPOS, "'s"},
      {"\xE2\x80\x99s", Pos::kPOS, "'s"}, {"'s", Pos::kVBZ, "be"},          {"'re", Pos::kVBP, "be"},
      {"ca", Pos::kMD, "can"},         {"wo", Pos::kMD, "will"},            {"The", Pos::kDT, "the"},
      {"He", Pos::kPRP, "he"},         {"would", Pos::kMD, "would"},        {",", Pos::kPunct, ","},
  };
  for (const Case& c : cases) EXPECT_EQ(lem->Lemma(c.word, c.pos), c.lemma) << c.word << "/" << PosName(c.pos);
}

TEST(LemmatizerTest, ProperNounsAndBaseFormsAreOnlyLowerCased) {
  REQUIRE_WORDNET();
  const Case cases[] = {
      {"Putin", Pos::kNNP, "putin"},   {"Americans", Pos::kNNPS, "americans"}, {"Ukraine", Pos::kNNP, "ukraine"},
      {"news", Pos::kNN, "news"},      {"talk", Pos::kVB, "talk"},             {"saw", Pos::kNN, "saw"},
      {"United", Pos::kNNP, "united"}, {"politics", Pos::kNN, "politics"},
  };
  for (const Case& c : cases) EXPECT_EQ(lem->Lemma(c.word, c.pos), c.lemma) << c.word << "/" << PosName(c.pos);
}

TEST(LemmatizerTest, WordsWordNetLacksGetRegularGuesses) {
  REQUIRE_WORDNET();
  EXPECT_EQ(lem->Lemma("drones", Pos::kNNS), "drone");
  EXPECT_EQ(lem->Lemma("blorfs", Pos::kNNS), "blorf");
  EXPECT_EQ(lem->Lemma("zorblies", Pos::kNNS), "zorbly");
  EXPECT_EQ(lem->Lemma("blorfed", Pos::kVBD), "blorfed");
}

TEST(LemmatizerTest, MorphyReturnsEmptyForNonWords) {
  REQUIRE_WORDNET();
  EXPECT_EQ(lem->Morphy("qqqzzz", Lemmatizer::WordClass::kNoun), "");
  EXPECT_TRUE(lem->IsLemma("dog", Lemmatizer::WordClass::kNoun));
  EXPECT_FALSE(lem->IsLemma("dog_days", Lemmatizer::WordClass::kNoun));
}

TEST(LemmatizerTest, MissingWordNetNamesTheDebianPackage) {
  ModelOptions o;
  o.wordnet_dir = "/nonexistent/wordnet";
  std::vector<std::string> w;
  auto r = Lemmatizer::Load(o, &w);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), Status::Code::kNotFound);
  EXPECT_NE(r.status().message().find("/nonexistent/wordnet/index.noun"), std::string::npos);
  EXPECT_NE(r.status().message().find("wordnet-base"), std::string::npos);
}

TEST(LemmatizerTest, MalformedExceptionLineGivesFileAndLine) {
  namespace fs = std::filesystem;
  ModelOptions defaults;
  if (!fs::exists(defaults.wordnet_dir + "/index.noun")) GTEST_SKIP() << "wordnet-base is not installed";
  fs::path dir = fs::temp_directory_path() / "readout_lemmatizer_test";
  fs::create_directories(dir);
  for (const char* f : {"index.noun", "index.verb", "index.adj", "index.adv", "verb.exc", "adj.exc", "adv.exc"}) {
    fs::copy_file(fs::path(defaults.wordnet_dir) / f, dir / f, fs::copy_options::overwrite_existing);
  }
  {
    FILE* f = std::fopen((dir / "noun.exc").c_str(), "w");
    ASSERT_NE(f, nullptr);
    std::fputs("geese goose\nlonelyword\n", f);
    std::fclose(f);
  }
  ModelOptions o;
  o.wordnet_dir = dir.string();
  std::vector<std::string> w;
  auto r = Lemmatizer::Load(o, &w);
  fs::remove_all(dir);
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("noun.exc:2:"), std::string::npos) << r.status().message();
}

}  // namespace
}  // namespace readout::text
