#include "events/pattern_matcher.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "events/parse_test_util.h"
#include "lexicon/verb_dictionary.h"
#include "readout/model.h"

namespace readout::events {
namespace {

using events_test::Parsed;

// "* WORD ..." with one element of the given phrases after the predicate.
lexicon::VerbPattern After(std::vector<std::vector<std::string>> phrases, bool adjacent = false) {
  lexicon::VerbPattern p;
  lexicon::PatternElement e;
  e.phrases = std::move(phrases);
  e.adjacent = adjacent;
  e.IndexLeads();
  p.after.push_back(std::move(e));
  return p;
}

TEST(FirstWindowTest, RulesOutWordsStartingNowhereInTheGap) {
  Parsed s("Gondor sent troops to Rohan on Monday.");
  const uint32_t head = s.At("sent");
  const uint32_t clause_end = ThatClauseOpening(s.parse, head + 1);
  const FirstWindow w = FirstElementWindow(s.parse, head + 1, clause_end);
  lexicon::VerbPattern to = After({{"to"}});
  lexicon::VerbPattern aid = After({{"aid"}, {"help"}});
  EXPECT_TRUE(MayMatch(to, w));
  EXPECT_TRUE(MatchPattern(s.parse, to, head, head + 1).ok);
  EXPECT_FALSE(MayMatch(aid, w));
  EXPECT_FALSE(MatchPattern(s.parse, aid, head, head + 1).ok);
  // Adjacent: only "troops" is tried.
  EXPECT_FALSE(MayMatch(After({{"on"}}, /*adjacent=*/true), w));
  EXPECT_TRUE(MayMatch(After({{"on"}}), w));
  EXPECT_TRUE(MayMatch(After({{"troop"}}, /*adjacent=*/true), w));
}

TEST(FirstWindowTest, StopsAtABarrier) {
  Parsed s("Gondor sent envoys; Rohan waited.");
  const uint32_t head = s.At("sent");
  const FirstWindow w = FirstElementWindow(s.parse, head + 1, ThatClauseOpening(s.parse, head + 1));
  EXPECT_TRUE(MayMatch(After({{"envoy"}}), w));
  EXPECT_FALSE(MayMatch(After({{"rohan"}}), w));
}

TEST(FirstWindowTest, LaterWordsMustStandInTheRestOfTheSentence) {
  Parsed s("Gondor sent troops to Rohan on Monday.");
  const uint32_t head = s.At("sent");
  const FirstWindow w = FirstElementWindow(s.parse, head + 1, ThatClauseOpening(s.parse, head + 1));
  lexicon::VerbPattern on_monday = After({{"to"}});
  on_monday.after.push_back(After({{"monday"}}).after.front());
  lexicon::VerbPattern to_aid = After({{"to"}});
  to_aid.after.push_back(After({{"aid"}}).after.front());
  EXPECT_TRUE(MayMatch(on_monday, w));
  EXPECT_FALSE(MayMatch(to_aid, w));
  EXPECT_FALSE(MatchPattern(s.parse, to_aid, head, head + 1).ok);
}

TEST(FirstWindowTest, PatternsOpeningWithASlotAreKept) {
  Parsed s("Gondor sent troops.");
  const uint32_t head = s.At("sent");
  lexicon::VerbPattern p;
  p.after.emplace_back();
  p.after.back().kind = lexicon::PatternElement::Kind::kTarget;
  EXPECT_TRUE(MayMatch(p, FirstElementWindow(s.parse, head + 1, head + 1)));
  EXPECT_TRUE(MayMatch(lexicon::VerbPattern(), FirstElementWindow(s.parse, head + 1, head + 1)));
}

// MayMatch never drops a pattern MatchPattern accepts: every pattern of
// the built-in dictionary at every token of a few sentences.
TEST(FirstWindowTest, NeverRulesOutAMatch) {
  std::vector<std::string> warnings;
  auto dict = lexicon::VerbDictionary::Load(ModelOptions(), &warnings);
  ASSERT_TRUE(dict.ok());
  const char* texts[] = {
      "Gondor provided $ 2 million in humanitarian aid to Rohan after the talks on Monday.",
      "The minister said that Mordor isn't a really pleasant place, and urged talks with Rohan.",
      "Rohan called on Gondor to send troops and offered to mediate between the two sides.",
      "Sauron threatened to attack Minas Tirith unless Gondor agreed to a ceasefire.",
  };
  int matches = 0;
  int ruled_out = 0;
  for (const char* text : texts) {
    Parsed s(text);
    for (uint32_t head = s.parse.first(); head < s.parse.end(); ++head) {
      const uint32_t clause_end = ThatClauseOpening(s.parse, head + 1);
      const FirstWindow w = FirstElementWindow(s.parse, head + 1, clause_end);
      for (size_t b = 0; b < dict.value()->block_count(); ++b) {
        for (const lexicon::VerbPattern& p : dict.value()->block(static_cast<uint32_t>(b)).patterns) {
          const bool ok = MatchPattern(s.parse, p, head, head + 1, clause_end).ok;
          const bool may = MayMatch(p, w);
          if (ok) {
            ++matches;
            EXPECT_TRUE(may) << text << " at " << head << ", pattern line " << p.line;
          }
          if (!may) ++ruled_out;
        }
      }
    }
  }
  EXPECT_GT(matches, 0);
  EXPECT_GT(ruled_out, 0);
}

}  // namespace
}  // namespace readout::events
