#include "entities/name_cluster.h"

#include <gtest/gtest.h>

#include "entities/entities_test_util.h"

namespace readout::entities {
namespace {

TEST(EditDistance, Table) {
  struct Case {
    const char* a;
    const char* b;
    int cap;
    int want;
  } cases[] = {
      {"Stanovaya", "Stanovaya", 2, 0}, {"Stanovaya", "Stonavaya", 2, 2}, {"Kravchenko", "Kravchneko", 2, 1},
      {"Putin", "Putn", 2, 1},          {"Kellogg", "Kelog", 2, 2},       {"abc", "xyz", 1, 2},
      {"", "ab", 3, 2},                 {"ca", "ac", 2, 1},
  };
  for (const auto& c : cases) EXPECT_EQ(EditDistance(c.a, c.b, c.cap), c.want) << c.a << " " << c.b;
}

TEST(IsMisspelling, NeedsSameFirstLetterAndLength) {
  EXPECT_TRUE(IsMisspelling("Stonavaya", "Stanovaya"));
  EXPECT_TRUE(IsMisspelling("Zelenskiy", "Zelenskyy"));
  EXPECT_FALSE(IsMisspelling("Stanovaya", "Stanovaya"));  // same spelling
  EXPECT_FALSE(IsMisspelling("Tanovaya", "Stanovaya"));   // first letter differs
  EXPECT_FALSE(IsMisspelling("Kelly", "Kelley"));         // too short to guess
  EXPECT_FALSE(IsMisspelling("Johnson", "Jackson"));      // too far apart
}

// Regression: a name run split into surnames whose words stand two spaces
// apart ("Clintons  Sanders", from text whose punctuation was stripped) took
// its word offsets from the collapsed copy of the name and threw
// std::out_of_range, killing the whole batch. The parts' spans are the
// words in the article.
TEST(SplitSurnameRuns, WordsSeparatedByTwoSpacesKeepArticleOffsets) {
  const std::string text =
      "Democratic voters size up Clintons  Sanders records\n"
      "We asked what our readers thought about Hillary Clintons decisive win over Bernie Sanders in the primary";
  Analysis a = testing::AnalyzeEntities(text);
  bool sanders_at_top = false;
  for (const Entity& e : a.entities) {
    for (const Mention& m : e.mentions) {
      ASSERT_LE(m.end, text.size());
      const std::string_view t = a.Text({m.start, m.end});
      EXPECT_EQ(t.find("  "), std::string_view::npos) << t;
      sanders_at_top |= m.start < 60 && t == "Sanders";
    }
  }
  EXPECT_TRUE(sanders_at_top);
}

// The canonical name's misspelt surname is replaced by the form written most
// often; the gender still comes from its given name (the words of the old
// name were read after the replacement freed them: AddressSanitizer).
TEST(ClusterMentions, MisspeltSurnameIsFixedAndTheGivenNameGivesTheGender) {
  const std::string text =
      "Tatiana Stonavaya, a senior fellow, wrote on Twitter. Stanovaya said talks would fail. "
      "Stanovaya added that Moscow was reluctant. Stanovaya also said the envoy was sidelined.";
  Analysis a = testing::AnalyzeEntities(text);
  const Entity* found = nullptr;
  for (const Entity& e : a.entities) {
    if (e.type == EntityType::kPerson && e.name.find("Tatiana") != std::string::npos) found = &e;
  }
  ASSERT_NE(found, nullptr);
  EXPECT_EQ(found->name, "Tatiana Stanovaya");
  EXPECT_EQ(found->gender, Gender::kFemale);
}

// Regression (judge_2041 item 55): "Mrs. Clinton" joined Bill Clinton,
// the Clinton mentioned last; an honorific picks among the people of that
// surname the ones whose given name fits.
TEST(ClusterMentions, AnHonorificPicksThePersonOfItsGender) {
  const std::string text =
      "Hillary Clinton spoke in Ohio. Bill Clinton's policies drew scrutiny. Mrs. Clinton defended them. "
      "Donald Trump and Ivanka Trump arrived. Mr. Trump spoke.";
  Analysis a = testing::AnalyzeEntities(text, "2016-05-18");
  auto owner = [&](std::string_view before) -> std::string {
    const size_t at = text.find(before) + before.size();
    for (const Entity& e : a.entities) {
      for (const Mention& m : e.mentions) {
        if (m.start == at) return e.name;
      }
    }
    return "";
  };
  EXPECT_EQ(owner("Mrs. "), "Hillary Clinton");
  EXPECT_EQ(owner("Mr. "), "Donald Trump");
}

// Regression (judge_2041 item 2): a sentence opening "Oversight Committee
// Chairman Jason Chaffetz" dropped "Oversight" (the article writes
// "oversight" too) and read "Committee Chairman Jason Chaffetz" as an
// organisation; the later "Chaffetz" then had no given name, no gender,
// and took a "she". A common noun before a body's head word is its name.
TEST(ClusterMentions, AnOpenerBeforeABodysHeadWordNamesTheBody) {
  const std::string text =
      "Oversight Committee Chairman Jason Chaffetz sent a letter. The panel has oversight of the agency. "
      "Chaffetz said the agency erred.";
  Analysis a = testing::AnalyzeEntities(text, "2016-07-11");
  bool body = false, person = false;
  for (const Entity& e : a.entities) {
    body |= e.type == EntityType::kOrg && e.name == "Oversight Committee";
    if (e.type == EntityType::kPerson && e.name == "Jason Chaffetz") {
      person = true;
      EXPECT_EQ(e.mentions.size(), 2u);
      EXPECT_EQ(e.gender, Gender::kMale);
    }
  }
  EXPECT_TRUE(body);
  EXPECT_TRUE(person);
}

}  // namespace
}  // namespace readout::entities
