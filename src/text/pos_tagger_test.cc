#include "text/pos_tagger.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <thread>

namespace readout::text {
namespace {

const PosTagger* Shared() {
  static const std::unique_ptr<PosTagger> tagger = [] {
    std::unique_ptr<PosTagger> out;
    ModelOptions o;
    if (!std::filesystem::exists(o.poslex_path) || !std::filesystem::exists(o.ngram_path)) return out;
    std::vector<std::string> w;
    auto r = PosTagger::Load(o, &w);
    if (r.ok()) out = std::move(r).value();
    return out;
  }();
  return tagger.get();
}

#define REQUIRE_TAGGER()                      \
  const PosTagger* tagger = Shared();         \
  if (tagger == nullptr) GTEST_SKIP() << "festlex-poslex is not installed"

// Space-separated tokens with the kinds the tokenizer gives them.
struct Tokenized {
  std::string text;
  std::vector<Token> tokens;
};
Tokenized Tokens(std::string_view sentence) {
  Tokenized t;
  t.text = sentence;
  size_t i = 0;
  while (i < sentence.size()) {
    while (i < sentence.size() && sentence[i] == ' ') ++i;
    size_t start = i;
    while (i < sentence.size() && sentence[i] != ' ') ++i;
    if (i == start) break;
    std::string_view w = sentence.substr(start, i - start);
    Token tok;
    tok.start = static_cast<uint32_t>(start);
    tok.end = static_cast<uint32_t>(i);
    unsigned char c = static_cast<unsigned char>(w.front());
    if (w == "``" || w == "\xE2\x80\x9C") tok.kind = TokenKind::kOpenQuote;
    else if (w == "''" || w == "\xE2\x80\x9D") tok.kind = TokenKind::kCloseQuote;
    else if (w == "." || w == "?" || w == "!") tok.kind = TokenKind::kSentenceEnd;
    else if (w == "'s" || w == "\xE2\x80\x99s") tok.kind = TokenKind::kPossessive;
    else if (w == "$" || w == "%") tok.kind = TokenKind::kSymbol;
    else if (w == "\xE2\x80\x94") tok.kind = TokenKind::kDash;
    else if (std::isdigit(c)) tok.kind = TokenKind::kNumber;
    else if (std::ispunct(c) && w.size() == 1) tok.kind = TokenKind::kPunct;
    t.tokens.push_back(tok);
  }
  return t;
}

std::string TagString(const PosTagger& tagger, std::string_view sentence) {
  Tokenized t = Tokens(sentence);
  tagger.Tag(t.text, t.tokens);
  std::string out;
  for (const Token& tok : t.tokens) {
    if (!out.empty()) out += ' ';
    out += PosName(tok.pos);
  }
  return out;
}

TEST(PosTaggerTest, TagsNewsSentences) {
  REQUIRE_TAGGER();
  struct Case {
    const char* sentence;
    const char* tags;
  };
  const Case cases[] = {
      {"The talks in Riyadh were productive , officials said .",
       "DT NNS IN NNP VBD JJ PUNCT NNS VBD PUNCT"},
      {"He does n't expect a deal this week .", "PRP VBZ RB VB DT NN DT NN PUNCT"},
      {"The minister 's visit was postponed .", "DT NN POS NN VBD VBN PUNCT"},
      {"\xE2\x80\x9C We will win , \xE2\x80\x9D she said .", "PUNCT PRP MD VB PUNCT PUNCT PRP VBD PUNCT"},
      {"Prices rose 5 % to $ 30 .", "NNS VBD CD NN TO SYM CD PUNCT"},
  };
  for (const Case& c : cases) EXPECT_EQ(TagString(*tagger, c.sentence), c.tags) << c.sentence;
}

TEST(PosTaggerTest, CapitalisedWordInsideSentenceIsProperNoun) {
  REQUIRE_TAGGER();
  // "trump" and "rubio" are common words or unknown to the lower-case
  // lexicon; a capital inside the sentence marks a name.
  EXPECT_EQ(TagString(*tagger, "Officials met Trump and Rubio on Monday ."),
            "NNS VBD NNP CC NNP IN NNP PUNCT");
  // Sentence-initial: a capital says nothing.
  EXPECT_EQ(TagString(*tagger, "Talks resumed ."), "NNS VBD PUNCT");
}

TEST(PosTaggerTest, CapitalUsIsTheCountry) {
  REQUIRE_TAGGER();
  // Opening a sentence, where a capital says nothing, "US" in capitals is
  // still the country; the pronoun keeps its tag.
  EXPECT_EQ(TagString(*tagger, "US troops left ."), "NNP NNS VBD PUNCT");
  EXPECT_EQ(TagString(*tagger, "They thanked us ."), "PRP VBD PRP PUNCT");
}

TEST(PosTaggerTest, PossessivePronounsAreSplitFromPersonalOnes) {
  REQUIRE_TAGGER();
  EXPECT_EQ(TagString(*tagger, "She met her envoy and thanked him ."), "PRP VBD PRP$ NN CC VBD PRP PUNCT");
  EXPECT_EQ(TagString(*tagger, "They thanked her ."), "PRP VBD PRP PUNCT");
  EXPECT_EQ(TagString(*tagger, "The official whose office leaked the memo has resigned ."),
            "DT NN WP$ NN VBD DT NN VBZ VBN PUNCT");
}

TEST(PosTaggerTest, SentenceWithoutFiniteVerbTakesItsParticipleAsPastTense) {
  REQUIRE_TAGGER();
  // The trigram model alone reads "criticized" after a noun as a participle,
  // leaving the sentence without a verb.
  EXPECT_EQ(TagString(*tagger, "The president criticized Congress ."), "DT NN VBD NNP PUNCT");
  EXPECT_EQ(TagString(*tagger, "The senator criticized the bill ."), "DT NN VBD DT NN PUNCT");
  // A participle before "by" is passive, and one in a sentence that has a
  // finite verb is left to the model.
  EXPECT_EQ(TagString(*tagger, "Villages destroyed by the rebels ."), "NNS VBN IN DT NNS PUNCT");
  EXPECT_EQ(TagString(*tagger, "The troops killed in the attack were buried ."),
            "DT NNS VBN IN DT NN VBD VBN PUNCT");
}

TEST(PosTaggerTest, UnknownWordGuessesFollowShapeAndSuffix) {
  REQUIRE_TAGGER();
  struct Case {
    const char* word;
    bool initial;
    std::vector<Pos> allowed_first;
  };
  const Case cases[] = {
      {"blorfingly", false, {Pos::kRB}},
      {"zorbing", false, {Pos::kVBG}},
      {"glorped", false, {Pos::kVBD, Pos::kVBN}},
      {"frobnications", false, {Pos::kNNS}},
      {"blorfness", false, {Pos::kNN}},
      {"unblorfable", false, {Pos::kJJ}},
      {"Zelenskyy", false, {Pos::kNNP}},
      {"Stanovaya", true, {Pos::kNNP}},
      {"CEPA", false, {Pos::kNNP}},
      {"Russian-backed", false, {Pos::kJJ, Pos::kVBN}},
      {"blorf-free", false, {Pos::kJJ}},
      {"19470", false, {Pos::kCD}},
      {"1,250.5", false, {Pos::kCD}},
  };
  for (const Case& c : cases) {
    ASSERT_FALSE(tagger->IsKnown(c.word)) << c.word << " is in the lexicon: pick another";
    std::vector<Pos> guess = tagger->GuessUnknown(c.word, c.initial);
    ASSERT_FALSE(guess.empty()) << c.word;
    EXPECT_NE(std::find(c.allowed_first.begin(), c.allowed_first.end(), guess.front()), c.allowed_first.end())
        << c.word << " guessed " << PosName(guess.front());
  }
}

TEST(PosTaggerTest, LexiconLookupIgnoresCaseAndCurlyApostrophes) {
  REQUIRE_TAGGER();
  EXPECT_TRUE(tagger->IsKnown("Said"));
  EXPECT_TRUE(tagger->IsKnown("n\xE2\x80\x99t"));
  EXPECT_TRUE(tagger->IsKnown("U.S."));
  EXPECT_FALSE(tagger->IsKnown("Zelenskyy"));
  EXPECT_GT(tagger->lexicon_size(), 30000u);
}

TEST(PosTaggerTest, ConcurrentTaggingGivesTheSameTags) {
  REQUIRE_TAGGER();
  const std::string sentence = "The envoy said Moscow would not accept any deal that ignored its interests .";
  const std::string expected = TagString(*tagger, sentence);
  std::vector<std::string> results(4);
  std::vector<std::thread> threads;
  for (size_t i = 0; i < results.size(); ++i) {
    threads.emplace_back([&, i] {
      for (int k = 0; k < 200; ++k) results[i] = TagString(*tagger, sentence);
    });
  }
  for (auto& t : threads) t.join();
  for (const auto& r : results) EXPECT_EQ(r, expected);
}

TEST(PosTaggerTest, EmptySentenceIsFine) {
  REQUIRE_TAGGER();
  std::vector<Token> none;
  tagger->Tag("", none);
}

TEST(PosTaggerTest, MissingFilesNameTheDebianPackage) {
  ModelOptions o;
  o.poslex_path = "/nonexistent/wsj.wp39.poslexR";
  std::vector<std::string> w;
  auto r = PosTagger::Load(o, &w);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), Status::Code::kNotFound);
  EXPECT_NE(r.status().message().find("/nonexistent/wsj.wp39.poslexR"), std::string::npos);
  EXPECT_NE(r.status().message().find("festlex-poslex"), std::string::npos);
}

}  // namespace
}  // namespace readout::text
