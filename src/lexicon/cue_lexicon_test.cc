// CueLexicon: loading, classes, folded lookups and media phrases.
#include "lexicon/cue_lexicon.h"

#include <string>

#include <gtest/gtest.h>

#include "lexicon/embedded.h"

namespace readout::lexicon {
namespace {

std::unique_ptr<CueLexicon> Small(std::vector<std::string>* warnings) {
  return CueLexicon::FromData("say says said\tspeech\ntweet tweeted\tspeech\tTwitter\nbad line\n",
                              "statement\tstatement\n", "truth social\tTruth Social\ntwitter\tTwitter\n",
                              "she\tpronoun\tf\nofficials\tgroup\tp\nfoo\tnonsense\n", "the\tdet\nthe\tnotname\n",
                              warnings);
}

TEST(CueLexiconTest, MalformedLinesAreWarnedWithFileAndLine) {
  std::vector<std::string> warnings;
  auto lex = Small(&warnings);
  ASSERT_EQ(warnings.size(), 2u);
  EXPECT_EQ(warnings[0].rfind("quotes/cue_verbs.tsv:3:", 0), 0u);
  EXPECT_EQ(warnings[1].rfind("quotes/speaker_words.tsv:3:", 0), 0u);
}

TEST(CueLexiconTest, FoldedLookupFindsEveryClassOfAWord) {
  auto lex = Small(nullptr);
  const CueWord* w = lex->FindFolded("SAID");
  ASSERT_NE(w, nullptr);
  EXPECT_TRUE(w->flags & kCueVerb);
  EXPECT_EQ(w->verb_class, CueVerbClass::kSpeech);
  const CueWord* the = lex->FindFolded("The");
  ASSERT_NE(the, nullptr);
  EXPECT_TRUE((the->flags & kDeterminer) && (the->flags & kNotName));
  EXPECT_EQ(lex->FindFolded("Saturday"), nullptr);
  EXPECT_EQ(lex->FindFolded(std::string(200, 'a')), nullptr);
  EXPECT_EQ(lex->FindFolded("tweeted")->medium, "Twitter");
  EXPECT_EQ(lex->FindFolded("She")->gender, Gender::kFemale);
  EXPECT_TRUE(lex->FindFolded("officials")->plural);
}

TEST(CueLexiconTest, PaddedPackingEqualsPackingOfTheWordAlone) {
  // Bytes after the word (here capitals and a length-like byte) must not
  // change its packing.
  const std::string text = "SaiD\x05XYZ said tweeted QUOTES! x";
  for (size_t s = 0; s + 8 <= text.size(); ++s) {
    for (size_t n = 1; n <= 8; ++n) {
      EXPECT_EQ(CueLexicon::PackFoldedPadded(text.data() + s, n), CueLexicon::PackFolded(text.data() + s, n))
          << "at " << s << ", " << n << " bytes";
    }
  }
}

TEST(CueLexiconTest, LongestMediaPhraseWins) {
  auto lex = Small(nullptr);
  std::string_view medium;
  std::vector<std::string_view> words = {"truth", "social", "account"};
  EXPECT_EQ(lex->MatchMedium(words, &medium), 2u);
  EXPECT_EQ(medium, "Truth Social");
  std::vector<std::string_view> truth = {"truth"};
  EXPECT_EQ(lex->MatchMedium(truth, &medium), 0u);
}

TEST(CueLexiconTest, LongestCuePhraseWinsAndKeepsItsFrames) {
  std::vector<std::string> warnings;
  auto lex = CueLexicon::FromData("point points\tspeech\n", "", "", "", "", &warnings,
                                  "take took\taim at\tspeech+obj\ntake took\taim\tspeech\n"
                                  "point\tout\tbelief\nbad\tline\n");
  ASSERT_EQ(warnings.size(), 1u);
  EXPECT_EQ(warnings[0].rfind("quotes/cue_phrases.tsv:4:", 0), 0u);
  EXPECT_TRUE(lex->FindFolded("took")->flags & kPhraseStart);
  EXPECT_EQ(lex->FindFolded("took")->flags & kCueVerb, 0u);  // "took" alone is no cue
  size_t n = 0;
  std::vector<std::string_view> rest = {"aim", "at", "the"};
  const CueWord* w = lex->MatchPhrase("took", rest, &n);
  ASSERT_NE(w, nullptr);
  EXPECT_EQ(n, 3u);
  EXPECT_TRUE(w->takes_object);
  std::vector<std::string_view> out = {"out"};
  w = lex->MatchPhrase("point", out, &n);
  ASSERT_NE(w, nullptr);
  EXPECT_EQ(w->verb_class, CueVerbClass::kBelief);
  EXPECT_EQ(lex->MatchPhrase("points", out, &n), nullptr);  // only the forms listed
  std::vector<std::string_view> none = {"the"};
  EXPECT_EQ(lex->MatchPhrase("took", none, &n), nullptr);
}

TEST(CueLexiconTest, NonePhraseMakesTheVerbNoCue) {
  std::vector<std::string> warnings;
  auto lex = CueLexicon::FromData("find found\tspeech+obj\n", "", "", "", "", &warnings,
                                  "find found\thimself\tnone\nfound\ta way\tnone\n");
  EXPECT_TRUE(warnings.empty());
  EXPECT_TRUE(lex->FindFolded("found")->flags & kCueVerb);  // alone it still is one
  size_t n = 0;
  std::vector<std::string_view> rest = {"a", "way", "to"};
  const CueWord* w = lex->MatchPhrase("found", rest, &n);
  ASSERT_NE(w, nullptr);
  EXPECT_EQ(n, 3u);
  EXPECT_EQ(w->flags & kCueVerb, 0u);
  EXPECT_EQ(w->verb_class, CueVerbClass::kNone);
  EXPECT_FALSE(w->takes_object);
}

TEST(CueLexiconTest, StanceNounsKeepTheirComplements) {
  std::vector<std::string> warnings;
  auto lex = CueLexicon::FromData("", "", "", "his\tpossessive\tm\n", "", &warnings, "",
                                  "criticism criticisms\tof\ncall\tfor to\nbelief\tbeyond\n");
  ASSERT_EQ(warnings.size(), 1u);
  EXPECT_EQ(warnings[0].rfind("quotes/stance_nouns.tsv:3:", 0), 0u);
  const CueWord* w = lex->FindFolded("criticisms");
  ASSERT_NE(w, nullptr);
  EXPECT_TRUE(w->flags & kStanceNoun);
  EXPECT_EQ(w->complements, kCompOf);
  EXPECT_EQ(lex->FindFolded("call")->complements, kCompFor | kCompTo);
  EXPECT_TRUE(lex->FindFolded("his")->flags & kPossessive);
  auto adj = CueLexicon::FromData("", "", "", "", "", nullptr, "", "", "wary\tof with\n");
  EXPECT_TRUE(adj->FindFolded("wary")->flags & kStanceAdjective);
  EXPECT_EQ(adj->FindFolded("wary")->complements, kCompOf | kCompOn);
  EXPECT_EQ(lex->FindFolded("his")->gender, Gender::kMale);
}

TEST(CueLexiconTest, BuiltInDataLoadsWithoutWarnings) {
  std::vector<std::string> warnings;
  auto lex = CueLexicon::Load(ModelOptions{}, &warnings);
  ASSERT_TRUE(lex.ok());
  EXPECT_TRUE(warnings.empty()) << warnings.front();
  EXPECT_NE(lex.value()->FindFolded("according"), nullptr);
  EXPECT_NE(lex.value()->FindFolded("spokeswoman"), nullptr);
}

}  // namespace
}  // namespace readout::lexicon

namespace readout::lexicon {
namespace {

// The short-key table is a perfect hash built at load time: every word of
// the built-in data (as written, lower-cased, capitalised and in capitals)
// and words that are not in it must be found as the plain map finds them,
// with the entry's flags beside it.
TEST(CueLexiconTest, PackedLookupAgreesWithTheMapOnEveryDataWord) {
  auto loaded = CueLexicon::Load(ModelOptions{}, nullptr);
  ASSERT_TRUE(loaded.ok());
  const CueLexicon& lex = *loaded.value();
  auto lower = [](std::string s) {
    for (char& c : s) c = c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c;
    return s;
  };
  size_t found = 0, checked = 0;
  auto check = [&](const std::string& w) {
    if (w.empty() || w.size() > 8) return;
    const CueWord* expected = lex.Find(lower(w));
    const CueLexicon::Found got = lex.LookUpPacked(CueLexicon::PackFolded(w.data(), w.size()), w.size());
    EXPECT_EQ(got.word, expected) << w;
    EXPECT_EQ(got.flags, expected != nullptr ? expected->flags : 0u) << w;
    EXPECT_EQ(lex.FindFolded(w), expected) << w;
    found += expected != nullptr;
    ++checked;
  };
  for (const char* file : {"quotes/cue_verbs.tsv", "quotes/cue_nouns.tsv", "quotes/speaker_words.tsv",
                           "quotes/function_words.tsv", "quotes/stance_nouns.tsv", "quotes/stance_adjectives.tsv",
                           "quotes/cue_phrases.tsv", "quotes/media.tsv"}) {
    const std::string_view data = FindEmbeddedFile(file);
    size_t i = 0;
    while (i < data.size()) {
      size_t j = i;
      while (j < data.size() && data[j] != ' ' && data[j] != '\t' && data[j] != '\n') ++j;
      const std::string w(data.substr(i, j - i));
      check(w);
      check(lower(w));
      std::string cap = lower(w), upper = lower(w);
      if (!cap.empty() && cap[0] >= 'a' && cap[0] <= 'z') cap[0] = static_cast<char>(cap[0] - 32);
      for (char& c : upper) c = c >= 'a' && c <= 'z' ? static_cast<char>(c - 32) : c;
      check(cap);
      check(upper);
      check(lower(w) + "x");  // mostly not words
      i = j + 1;
    }
  }
  for (const char* w : {"zzz", "qqqqqqqq", "Trump", "the", "xsaidx", "a", "aaaaaaa\x07"}) check(w);
  EXPECT_GT(found, 1000u);
  EXPECT_GT(checked, 5000u);
}

}  // namespace
}  // namespace readout::lexicon
