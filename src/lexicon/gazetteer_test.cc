#include "lexicon/gazetteer.h"

#include <gtest/gtest.h>

#include <random>

namespace readout::lexicon {
namespace {

GazetteerSources Small() {
  GazetteerSources s;
  s.given_names = "# comment\nTatiana\tF\nKeith\tM\nAlex\tU\n";
  s.titles = "Secretary of State\toffice\nSecretary\toffice\nsenior fellow\toccupation\nMr.\thonorific\n";
  s.organizations = "North Atlantic Treaty Organization\tORG\tNATO\t\tIGO\nWhite House\tORG\t\tUSA\tGOV\n";
  s.org_words = "Center\tboth\nParty\thead\n";
  s.non_names = "The\nFriday\n";
  s.regions = "Europe\t\tEuropean|Europeans\t\nBlack Sea\t\t\t\twater\n";
  s.thing_heads = "Act\nDay\n";
  return s;
}

TEST(GazetteerLoad, BuiltInDataLoadsWithoutWarnings) {
  std::vector<std::string> warnings;
  auto g = Gazetteer::Load(ModelOptions{}, &warnings);
  ASSERT_TRUE(g.ok()) << g.status().message();
  EXPECT_TRUE(warnings.empty()) << warnings.front();
  EXPECT_GT(g.value()->given_name_count(), 800u);
  EXPECT_GT(g.value()->title_count(), 200u);
  EXPECT_GT(g.value()->org_count(), 100u);
}

TEST(GazetteerLoad, MalformedLinesAreWarnedWithFileAndLine) {
  GazetteerSources s = Small();
  s.given_names = "Tatiana\tF\nKeith\tX\nNoGender\n";
  s.titles = "President\toffice\nGeneral\trank\n";
  s.organizations = "NATO\tORG\n\nHamas\tGROUP\t\tPALESTINE\tREB\nKremlin\tORG\t\tRUS\tGOV\n";
  s.org_words = "Center\tmiddle\n";
  s.regions = "Europe\tEuropean\nBlack Sea\t\t\t\tocean\n";
  s.thing_heads = "Act\nElection Day\n";
  std::vector<std::string> w;
  auto g = Gazetteer::FromSources(s, &w);
  std::vector<std::string> expected = {
      "entities/given_names.tsv:2: gender 'X' is not M, F or U",
      "entities/given_names.tsv:3: expected name<TAB>gender",
      "entities/titles.tsv:2: unknown title kind 'rank'",
      "entities/organizations.tsv:1: expected name<TAB>type<TAB>aliases<TAB>country<TAB>sector",
      "entities/organizations.tsv:3: country 'PALESTINE' is not an ISO3 code",
      "entities/org_words.tsv:1: 'middle' is not head, lead or both",
      "entities/regions.tsv:1: expected name<TAB>aliases<TAB>demonyms<TAB>country[<TAB>water]",
      "entities/regions.tsv:2: kind 'ocean' is not 'water'",
      "entities/thing_heads.txt:2: expected one word",
  };
  EXPECT_EQ(w, expected);
  // The good lines around the bad ones still load.
  EXPECT_TRUE(g->GivenName("Tatiana").has_value());
  EXPECT_EQ(g->org_count(), 1u);
}

TEST(GazetteerLookup, WaterRegionsAndThingHeads) {
  auto g = Gazetteer::FromSources(Small(), nullptr);
  ASSERT_NE(g->FindRegion("Black Sea"), nullptr);
  EXPECT_TRUE(g->FindRegion("Black Sea")->water);
  EXPECT_FALSE(g->FindRegion("Europe")->water);
  EXPECT_TRUE(g->IsThingHead("Act"));
  EXPECT_FALSE(g->IsThingHead("act"));
  EXPECT_FALSE(g->IsThingHead("Center"));
}

TEST(GazetteerLookup, GivenNamesCarryGender) {
  auto g = Gazetteer::FromSources(Small(), nullptr);
  EXPECT_EQ(g->GivenName("Tatiana"), Gender::kFemale);
  EXPECT_EQ(g->GivenName("Keith"), Gender::kMale);
  EXPECT_EQ(g->GivenName("Alex"), Gender::kUnknown);
  EXPECT_FALSE(g->GivenName("Kellogg").has_value());
  EXPECT_FALSE(g->GivenName("tatiana").has_value());
}

TEST(GazetteerLookup, TitlesMatchLongestAndIgnoreCase) {
  auto g = Gazetteer::FromSources(Small(), nullptr);
  std::vector<std::string_view> words = {"secretary", "of", "State", "Marco", "Rubio"};
  auto hit = g->MatchTitle(words, 0);
  EXPECT_EQ(hit.length, 3u);
  EXPECT_EQ(g->title(hit.value).name, "Secretary of State");
  std::vector<std::string_view> short_words = {"Secretary", "Blinken"};
  EXPECT_EQ(g->MatchTitle(short_words, 0).length, 1u);
  EXPECT_TRUE(g->IsTitleWord("FELLOW"));
  EXPECT_FALSE(g->IsTitleWord("Kremlin"));
}

TEST(GazetteerLookup, OrganisationsMatchNameAndAliasCaseSensitively) {
  auto g = Gazetteer::FromSources(Small(), nullptr);
  std::vector<std::string_view> words = {"the", "NATO", "summit", "at", "the", "White", "House"};
  auto nato = g->MatchOrg(words, 1);
  EXPECT_EQ(nato.length, 1u);
  EXPECT_EQ(g->org(nato.value).name, "North Atlantic Treaty Organization");
  auto wh = g->MatchOrg(words, 5);
  EXPECT_EQ(wh.length, 2u);
  EXPECT_EQ(g->org(wh.value).country, "USA");
  std::vector<std::string_view> lower = {"nato"};
  EXPECT_EQ(g->MatchOrg(lower, 0).length, 0u);
}

TEST(GazetteerLookup, RegionsAndDemonyms) {
  auto g = Gazetteer::FromSources(Small(), nullptr);
  ASSERT_NE(g->FindRegion("Europe"), nullptr);
  bool plural = false;
  ASSERT_NE(g->FindRegionByDemonym("Europeans", &plural), nullptr);
  EXPECT_TRUE(plural);
  ASSERT_NE(g->FindRegionByDemonym("European", &plural), nullptr);
  EXPECT_FALSE(plural);
  EXPECT_EQ(g->OrgWord("Center"), OrgWordPlace::kBoth);
  EXPECT_EQ(g->OrgWord("Party"), OrgWordPlace::kHead);
  EXPECT_TRUE(g->IsNonName("Friday"));
}

// The trie against a naive scan over the phrase list, on random inputs.
TEST(PhraseTrie, AgreesWithNaiveLongestMatch) {
  const std::vector<std::string> vocab = {"a", "b", "c", "D", "e"};
  std::mt19937 rng(7);
  std::vector<std::vector<std::string>> phrases;
  PhraseTrie trie(true);
  for (int i = 0; i < 60; ++i) {
    std::vector<std::string> p(1 + rng() % 3);
    for (auto& w : p) w = vocab[rng() % vocab.size()];
    std::vector<std::string_view> views(p.begin(), p.end());
    trie.Add(views, static_cast<uint32_t>(phrases.size()));
    phrases.push_back(p);
  }
  auto lower = [](std::string s) {
    for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
  };
  for (int round = 0; round < 500; ++round) {
    std::vector<std::string> text(1 + rng() % 6);
    for (auto& w : text) w = vocab[rng() % vocab.size()];
    if (rng() % 2) text[0][0] = static_cast<char>(std::toupper(static_cast<unsigned char>(text[0][0])));
    std::vector<std::string_view> views(text.begin(), text.end());
    size_t best = 0;
    for (const auto& p : phrases) {
      if (p.size() > text.size() || p.size() <= best) continue;
      bool ok = true;
      for (size_t j = 0; j < p.size(); ++j) ok = ok && lower(p[j]) == lower(text[j]);
      if (ok) best = p.size();
    }
    EXPECT_EQ(trie.Match(views, 0).length, best);
  }
}

}  // namespace
}  // namespace readout::lexicon
