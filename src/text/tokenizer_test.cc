#include "text/tokenizer.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace readout::text {
namespace {

// Renders tokens as "text/kind" joined by spaces: "Zelenskyy/word ’s/poss".
std::string Show(std::string_view text) {
  std::string out;
  for (const Token& t : Tokenize(text)) {
    if (!out.empty()) out += ' ';
    out += text.substr(t.start, t.end - t.start);
    out += '/';
    out += TokenKindName(t.kind);
  }
  return out;
}

struct Case {
  const char* input;
  const char* expected;
};

void ExpectAll(const std::vector<Case>& cases) {
  for (const Case& c : cases) EXPECT_EQ(Show(c.input), c.expected) << "input: " << c.input;
}

TEST(TokenizerTest, WordsKeepInnerHyphens) {
  ExpectAll({
      {"full-scale invasion", "full-scale/word invasion/word"},
      {"Russia-friendly", "Russia-friendly/word"},
      {"swearing-in", "swearing-in/word"},
      {"F-16 jets", "F-16/word jets/word"},
      {"COVID-19", "COVID-19/word"},
      {"pre- and post-war", "pre/word -/punct and/word post-war/word"},
  });
}

// PETRARCH and TABARI texts join compound names with '_'.
TEST(TokenizerTest, UnderscoreJoinsWords) {
  ExpectAll({
      {"the Prince of Dol_Amroth.", "the/word Prince/word of/word Dol_Amroth/word ./end"},
      {"snake_case_name", "snake_case_name/word"},
      {"end_ here", "end/word _/punct here/word"},
  });
}

TEST(TokenizerTest, UnicodeLettersAreWordCharacters) {
  ExpectAll({
      {"Володимир Зеленський", "Володимир/word Зеленський/word"},
      {"Calderón résumé naïve", "Calderón/word résumé/word naïve/word"},
      {"Jäger-Straße", "Jäger-Straße/word"},
  });
}

TEST(TokenizerTest, NegativeContractionsSplitPennStyle) {
  ExpectAll({
      {"don't", "do/word n't/word"},
      {"doesn't", "does/word n't/word"},
      {"can't", "ca/word n't/word"},
      {"won’t", "wo/word n’t/word"},
      {"DON'T", "DO/word N'T/word"},
  });
}

TEST(TokenizerTest, OtherCliticsSplit) {
  ExpectAll({
      {"they're", "they/word 're/word"},
      {"I'm", "I/word 'm/word"},
      {"we'll", "we/word 'll/word"},
      {"I’ve", "I/word ’ve/word"},
      {"she'd", "she/word 'd/word"},
      {"it's", "it/word 's/word"},
      {"He’s", "He/word ’s/word"},
  });
}

TEST(TokenizerTest, Possessives) {
  ExpectAll({
      {"Zelenskyy's", "Zelenskyy/word 's/poss"},
      {"Zelenskyy’s plan", "Zelenskyy/word ’s/poss plan/word"},
      {"Trump’S", "Trump/word ’S/poss"},
      {"the allies' plan", "the/word allies/word '/poss plan/word"},
      {"the allies’ plan", "the/word allies/word ’/poss plan/word"},
      {"O’Malley’s campaign", "O’Malley/word ’s/poss campaign/word"},
      {"the U.S.'s role", "the/word U.S./word 's/poss role/word"},
      {"the 1990's", "the/word 1990/number 's/poss"},
  });
}

TEST(TokenizerTest, ApostropheInsideNamesStaysInTheWord) {
  ExpectAll({
      {"O'Malley", "O'Malley/word"},
      {"D’Souza", "D’Souza/word"},
      {"rock'n'roll", "rock'n'roll/word"},
  });
}

TEST(TokenizerTest, AbbreviationsKeepTheirPeriods) {
  ExpectAll({
      {"the U.S. and", "the/word U.S./word and/word"},
      {"U.N. Security Council", "U.N./word Security/word Council/word"},
      {"Feb. 13", "Feb./word 13/number"},
      {"Gen. Kellogg", "Gen./word Kellogg/word"},
      {"Mr. Chipok", "Mr./word Chipok/word"},
      {"at 2 p.m. Friday", "at/word 2/number p.m./word Friday/word"},
      {"St. Louis", "St./word Louis/word"},
      {"Ph.D. student", "Ph.D./word student/word"},
      {"e.g. this", "e.g./word this/word"},
      {"Washington, D.C.", "Washington/word ,/punct D.C./word"},
      {"Roe v. Wade", "Roe/word v./word Wade/word"},
      {"U.S.A", "U.S.A/word"},
  });
}

TEST(TokenizerTest, AbbreviationsInsideCompounds) {
  ExpectAll({
      {"U.S.-led", "U.S.-led/word"},
      {"(R-Fla.)", "(/punct R-Fla./word )/punct"},
      {"the A.F.L.-C.I.O.", "the/word A.F.L.-C.I.O./word"},
  });
}

TEST(TokenizerTest, NumberOnlyAbbreviationsNeedADigit) {
  ExpectAll({
      {"No. 5", "No./word 5/number"},
      {"The answer was No.", "The/word answer/word was/word No/word ./end"},
  });
}

TEST(TokenizerTest, InitialsKeepTheirPeriods) {
  ExpectAll({
      {"John F. Kennedy", "John/word F./word Kennedy/word"},
      {"George H.W. Bush", "George/word H.W./word Bush/word"},
      {"so am I.", "so/word am/word I/word ./end"},
  });
}

TEST(TokenizerTest, PeriodAfterOrdinaryWordIsASentenceEnd) {
  ExpectAll({
      {"the war. Then", "the/word war/word ./end Then/word"},
      {"peace.", "peace/word ./end"},
      {"in.Go", "in/word ./end Go/word"},
  });
}

TEST(TokenizerTest, Numbers) {
  ExpectAll({
      {"90 minutes", "90/number minutes/word"},
      {"3.5 percent", "3.5/number percent/word"},
      {"1,000 troops", "1,000/number troops/word"},
      {"$3.2 million", "$/symbol 3.2/number million/word"},
      {"in 2025,", "in/word 2025/number ,/punct"},
      {"the 16th", "the/word 16th/number"},
      {"the 1990s", "the/word 1990s/number"},
      {"the '90s", "the/word '90s/number"},
      {"50%", "50/number %/symbol"},
      {"1, 2", "1/number ,/punct 2/number"},
      {".5 inch", ".5/number inch/word"},
  });
}

TEST(TokenizerTest, NumberCompoundsAreWords) {
  ExpectAll({
      {"a 90-minute call", "a/word 90-minute/word call/word"},
      {"16-year-old", "16-year-old/word"},
      {"5G", "5G/word"},
  });
}

TEST(TokenizerTest, DatesAndTimes) {
  ExpectAll({
      {"2025-02-12", "2025-02-12/number"},
      {"on 12/02/2025.", "on/word 12/02/2025/number ./end"},
      {"at 9:30 a.m.", "at/word 9:30/number a.m./word"},
      {"2 p.m.", "2/number p.m./word"},
      {"2014-2016", "2014/number -/punct 2016/number"},
  });
}

TEST(TokenizerTest, UrlsAndEmails) {
  ExpectAll({
      {"see https://example.com/a?b=c.", "see/word https://example.com/a?b=c/url ./end"},
      {"(http://x.org/p(1))", "(/punct http://x.org/p(1)/url )/punct"},
      {"www.nytimes.com", "www.nytimes.com/url"},
      {"Breitbart.com reported", "Breitbart.com/url reported/word"},
      {"state.gov/r/pa", "state.gov/r/pa/url"},
      {"mail john.smith@example.org now", "mail/word john.smith@example.org/url now/word"},
      {"Obama.The end", "Obama/word ./end The/word end/word"},
      {"HTTPS://Example.com/x", "HTTPS://Example.com/x/url"},
  });
}

TEST(TokenizerTest, HandlesAndHashtags) {
  ExpectAll({
      {"@realDonaldTrump said", "@realDonaldTrump/handle said/word"},
      {"@jeff_poor", "@jeff_poor/handle"},
      {"#NeverTrump!", "#NeverTrump/handle !/end"},
      {"# 1", "#/symbol 1/number"},
  });
}

TEST(TokenizerTest, CurlyQuotes) {
  ExpectAll({
      {"“wants peace,”", "“/open wants/word peace/word ,/punct ”/close"},
      {"a ‘peacemaker’ means", "a/word ‘/open peacemaker/word ’/close means/word"},
      {"«Да»", "«/open Да/word »/close"},
  });
}

// PolNeAR: `an “expedited review“ of` and `the “Frozen“ film` left a quote
// open for the rest of the paragraph.
TEST(TokenizerTest, MisdirectedCurlyQuotesFollowContext) {
  ExpectAll({
      {"an “expedited review“ of", "an/word “/open expedited/word review/word “/close of/word"},
      {"it was “abhorrent“.", "it/word was/word “/open abhorrent/word “/close ./end"},
      {"said ”We go.”", "said/word ”/open We/word go/word ./end ”/close"},
      {"“Yes”", "“/open Yes/word ”/close"},
  });
}

TEST(TokenizerTest, StraightDoubleQuotesByContext) {
  ExpectAll({
      {"he said \"no.\"", "he/word said/word \"/open no/word ./end \"/close"},
      {"(\"yes\")", "(/punct \"/open yes/word \"/close )/punct"},
      {"\"Go,\" he said", "\"/open Go/word ,/punct \"/close he/word said/word"},
      {"''rabbit patches''", "''/open rabbit/word patches/word ''/close"},
      {"``yes''", "``/open yes/word ''/close"},
      {"a “question’’ that", "a/word “/open question/word ’’/close that/word"},
      {"''vote 'no,''' he said", "''/open vote/word '/open no/word ,/punct '/close ''/close he/word said/word"},
  });
}

TEST(TokenizerTest, StraightSingleQuotesByContext) {
  ExpectAll({
      {"a 'peacemaker' means", "a/word '/open peacemaker/word '/close means/word"},
      {"the 'allies' plan", "the/word '/open allies/word '/close plan/word"},
  });
}

TEST(TokenizerTest, Dashes) {
  ExpectAll({
      {"mistake—Putin", "mistake/word —/dash Putin/word"},
      {"2014–2016", "2014/number –/dash 2016/number"},
      {"SIEGEL--Jerome", "SIEGEL/word --/dash Jerome/word"},
      {"Florida - the country", "Florida/word -/dash the/word country/word"},
  });
}

TEST(TokenizerTest, Ellipses) {
  ExpectAll({
      {"war…God", "war/word …/ellipsis God/word"},
      {"so much...reverence", "so/word much/word .../ellipsis reverence/word"},
      {"wait . . . what", "wait/word . . ./ellipsis what/word"},
      {"president,…following", "president/word ,/punct …/ellipsis following/word"},
  });
}

TEST(TokenizerTest, SentenceEndPunctuation) {
  ExpectAll({
      {"Why?", "Why/word ?/end"},
      {"What?!", "What/word ?!/end"},
      {"No!!!", "No/word !!!/end"},
  });
}

TEST(TokenizerTest, OtherPunctuationAndSymbols) {
  ExpectAll({
      {"Ukraine/Russia", "Ukraine/word //punct Russia/word"},
      {"[in advance],", "[/punct in/word advance/word ]/punct ,/punct"},
      {"AT&T and S&P", "AT&T/word and/word S&P/word"},
      {"you & me", "you/word &/symbol me/word"},
      {"€5 and £3", "€/symbol 5/number and/word £/symbol 3/number"},
      {"ok 👍🏽 fine", "ok/word 👍🏽/symbol fine/word"},
  });
}

TEST(TokenizerTest, OffsetsAreUtf8Bytes) {
  std::string_view text = "“Putin’s”";
  std::vector<Token> t = Tokenize(text);
  ASSERT_EQ(t.size(), 4u);
  EXPECT_EQ(t[0].start, 0u);
  EXPECT_EQ(t[0].end, 3u);
  EXPECT_EQ(t[1].start, 3u);
  EXPECT_EQ(t[1].end, 8u);
  EXPECT_EQ(t[2].start, 8u);
  EXPECT_EQ(t[2].end, 12u);
  EXPECT_EQ(t[3].end, text.size());
}

TEST(TokenizerTest, SpaceBeforeIsSet) {
  std::vector<Token> t = Tokenize("a  b,c\u00a0d");
  ASSERT_EQ(t.size(), 5u);
  EXPECT_FALSE(t[0].space_before);
  EXPECT_TRUE(t[1].space_before);
  EXPECT_FALSE(t[2].space_before);
  EXPECT_FALSE(t[3].space_before);
  EXPECT_TRUE(t[4].space_before);  // no-break space counts as space
}

TEST(TokenizerTest, ParagraphStartAfterEveryNewline) {
  std::vector<Token> t = Tokenize("Headline\nBy Jo Lee\r\n\nBody text");
  ASSERT_EQ(t.size(), 6u);
  EXPECT_TRUE(t[0].paragraph_start);
  EXPECT_TRUE(t[1].paragraph_start);
  EXPECT_FALSE(t[2].paragraph_start);
  EXPECT_TRUE(t[4].paragraph_start);
  EXPECT_FALSE(t[5].paragraph_start);
}

TEST(TokenizerTest, InvisibleFormatCharactersAreSkippedOrJoin) {
  ExpectAll({
      {"\ufeffHello", "Hello/word"},
      {"co\u00adoperate", "co\u00adoperate/word"},
  });
}

TEST(TokenizerTest, EmptyAndBlankText) {
  EXPECT_TRUE(Tokenize("").empty());
  EXPECT_TRUE(Tokenize(" \n\t ").empty());
}

}  // namespace
}  // namespace readout::text
