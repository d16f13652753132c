#include "lexicon/petrarch_reader.h"

#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <random>

namespace readout::lexicon {
namespace {

Date D(int y, int m, int d) { return Date{y, m, d}; }

TEST(PetrarchActors, RecordsSynonymsAndDatedCodes) {
  ActorDictionary dict;
  std::vector<std::string> w;
  ReadPetrarchActors(
      "<!-- header\n# inside -->\n"
      "BARACK_OBAMA\n+PRESIDENT_OBAMA_\n\t[USAELI 780101-000101]\n\t[USAGOV >090120]\n"
      "JAVIER_DE_CUELLAR_\t[IGOUNO 820101-911231] [PERELI]# comment\n"
      "JAMES_BYRNES_  ; CountryInfo.txt\n\t[USAELI 18970101-450703]\n\t[ usagov  450703-470121 ]\n"
      "HAMAS [PSEREBHMS]\nGHOST_  [---]\n",
      "a.actors.txt", &dict, &w);
  dict.Finish();
  EXPECT_TRUE(w.empty()) << w.front();
  EXPECT_EQ(dict.Lookup("President Obama", D(2010, 1, 1)).value_or("?"), "USAGOV");
  EXPECT_EQ(dict.Lookup("Barack Obama", D(1990, 1, 1)).value_or("?"), "USAELI");
  EXPECT_EQ(dict.Lookup("Javier de Cuellar", D(1985, 1, 1)).value_or("?"), "IGOUNO");
  EXPECT_EQ(dict.Lookup("Javier de Cuellar", D(2000, 1, 1)).value_or("?"), "PERELI");
  EXPECT_EQ(dict.Lookup("James Byrnes", D(1946, 1, 1)).value_or("?"), "USAGOV");
  EXPECT_EQ(dict.Lookup("James Byrnes", D(1930, 1, 1)).value_or("?"), "USAELI");
  EXPECT_EQ(dict.Lookup("Hamas", std::nullopt).value_or("?"), "PSEREBHMS");
  EXPECT_EQ(dict.Lookup("ghost", std::nullopt).value_or("?"), "");  // known, null code
}

TEST(PetrarchActors, NamesWithoutCodeJoinTheNextRecord) {
  ActorDictionary dict;
  std::vector<std::string> w;
  ReadPetrarchActors("AMERICAN_VICE_PRESIDENT\n+US_VICE_PRESIDENT\nAMERICAN_VICE-PRESIDENT\n\t[USAGOV]\n",
                     "b.actors.txt", &dict, &w);
  dict.Finish();
  EXPECT_EQ(dict.Lookup("US vice president", std::nullopt).value_or("?"), "USAGOV");
  EXPECT_EQ(dict.actor_count(), 1u);
}

// "[A/B]": one name for several actors, kept as one code; the next name
// does not join it.
TEST(PetrarchActors, SlashJoinsSeveralActorsOfOneName) {
  ActorDictionary dict;
  std::vector<std::string> w;
  ReadPetrarchActors("THE_TWINS [KAS/POL]\nOSLO [NOR]\nBAD_ [NOR/X$]\n", "c.actors.txt", &dict, &w);
  dict.Finish();
  EXPECT_EQ(dict.Lookup("the twins", std::nullopt).value_or("?"), "KAS/POL");
  EXPECT_EQ(dict.Lookup("Oslo", std::nullopt).value_or("?"), "NOR");
  EXPECT_EQ(w.size(), 1u);
}

TEST(PetrarchActors, MalformedLinesWarnAndAreSkipped) {
  ActorDictionary dict;
  std::vector<std::string> w;
  ReadPetrarchActors("\t[USAGOV]\nGOOD_ [USA]\nBAD_ [US$GOV]\nBAD_DATE_ [USAGOV 991399-]\nUNCLOSED_ [USA\n"
                     "CTRL_\x01NAME_ [FRA]\n",
                     "c.actors.txt", &dict, &w);
  dict.Finish();
  ASSERT_GE(w.size(), 4u);
  EXPECT_EQ(w[0], "c.actors.txt:1: code before any actor");
  EXPECT_NE(w[1].find("c.actors.txt:3: bad code"), std::string::npos) << w[1];
  EXPECT_NE(w[2].find("c.actors.txt:4: bad date restriction"), std::string::npos) << w[2];
  EXPECT_EQ(dict.Lookup("good", std::nullopt).value_or("?"), "USA");
  EXPECT_EQ(dict.Lookup("ctrl name", std::nullopt).value_or("?"), "FRA");
}

TEST(PetrarchAgents, SubstitutionsPluralsAndPlacement) {
  ActorDictionary dict;
  std::vector<std::string> w;
  ReadPetrarchAgents("!PERSON! = MAN, MEN, WOMAN, WOMEN, PERSON\n"
                     "POLICE {} [~COP]\nCONGRESS!PERSON! [~LEG]\nATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~JUD]\n"
                     "TROOP [~MIL]\nHUMAN_RIGHTS_ACTIVISTS  [NGM~] # x\nDEPARMENT_OF_ENVIRONMENT [~ENV}\n"
                     "ISLAMIC_EXTREMIST\nFOO!NOSUCH! [~GOV]\n",
                     "x.agents.txt", &dict, &w);
  dict.Finish();
  EXPECT_EQ(dict.FindAgent("police")->code, "COP");
  EXPECT_EQ(dict.FindAgent("polices"), nullptr);
  EXPECT_EQ(dict.FindAgent("congresswomen")->code, "LEG");
  EXPECT_EQ(dict.FindAgent("attorneys general")->code, "JUD");
  EXPECT_EQ(dict.FindAgent("troops")->code, "MIL");
  EXPECT_TRUE(dict.FindAgent("human rights activists")->before);
  EXPECT_EQ(dict.FindAgent("deparment of environment")->code, "ENV");
  ASSERT_EQ(w.size(), 3u);
  EXPECT_NE(w[0].find(":7: code closed with '}'"), std::string::npos) << w[0];
  EXPECT_NE(w[1].find(":8: agent without [code]"), std::string::npos) << w[1];
  EXPECT_NE(w[2].find(":9: unknown substitution marker"), std::string::npos) << w[2];
}

TEST(PetrarchDiscards, StoryAndWordEnd) {
  ActorDictionary dict;
  std::vector<std::string> w;
  ReadPetrarchDiscards("+World Golf Championships   # pas\nBASEBALL\nAVATAR_\n", "d.discards.txt", &dict, &w);
  ASSERT_EQ(dict.discards().size(), 3u);
  EXPECT_TRUE(dict.discards()[0].story);
  const Discard* d = dict.FindDiscard("The baseballs flew.");
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(d->key, "baseball");
  EXPECT_EQ(dict.FindDiscard("avatars of peace"), nullptr);
}

TEST(PetrarchReaders, RandomBytesNeverCrash) {
  std::mt19937 rng(42);
  for (int round = 0; round < 200; ++round) {
    std::string junk(rng() % 400, '\0');
    for (char& c : junk) {
      const char kAlphabet[] = "[]{}<>!#;+~_- \t\nABCXYZ019\x01\xff\xc3";
      c = static_cast<char>(rng() % 2 ? kAlphabet[rng() % (sizeof(kAlphabet) - 1)] : rng());
    }
    ActorDictionary dict;
    std::vector<std::string> w;
    ReadPetrarchActors(junk, "r.actors", &dict, &w);
    ReadPetrarchAgents(junk, "r.agents", &dict, &w);
    ReadPetrarchDiscards(junk, "r.discards", &dict, &w);
    dict.Finish();
    (void)dict.Lookup("abc", D(2020, 1, 1));
  }
}

TEST(PetrarchReaders, ClassifiesFilesByName) {
  EXPECT_EQ(ClassifyDictFile("Phoenix.Countries.actors.txt"), DictFileKind::kActors);
  EXPECT_EQ(ClassifyDictFile("/x/TABARI.Demo.actors"), DictFileKind::kActors);
  EXPECT_EQ(ClassifyDictFile("PETR.Validate.agents.txt"), DictFileKind::kAgents);
  EXPECT_EQ(ClassifyDictFile("Phoenix.discards.txt"), DictFileKind::kDiscards);
  EXPECT_EQ(ClassifyDictFile("CAMEO.2.0.txt"), DictFileKind::kOther);
}

TEST(PetrarchReaders, MissingFolderIsAnError) {
  ActorDictionary dict;
  std::vector<std::string> w;
  EXPECT_FALSE(LoadPetrarchDir("/nonexistent/readout/dicts", &dict, &w).ok());
}

TEST(PetrarchReaders, RealPhoenixFilesLoad) {
  const std::string dir = std::string(READOUT_SHARED_DIR) + "/data/petrarch2";
  if (!std::filesystem::exists(dir)) GTEST_SKIP() << "no " << dir;
  ModelOptions options;
  options.dict_dirs = {dir};
  options.dicts_only = true;
  std::vector<std::string> w;
  auto start = std::chrono::steady_clock::now();
  auto r = ActorDictionary::Load(options, &w);
  auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - start).count();
  ASSERT_TRUE(r.ok()) << r.status().message();
  const ActorDictionary& dict = *r.value();
  EXPECT_GT(dict.name_count(), 30000u);
  EXPECT_GT(dict.agent_count(), 2000u);
  EXPECT_GT(dict.discards().size(), 400u);
  EXPECT_EQ(dict.Lookup("Barack Obama", D(2010, 6, 1)).value_or("?"), "USAGOV");
  EXPECT_EQ(dict.Lookup("NATO", std::nullopt).value_or("?"), "IGOWSTNAT");
  EXPECT_EQ(dict.FindAgent("policemen")->code, "COP");
  std::cerr << "Phoenix dictionaries: " << dict.name_count() << " names, " << dict.agent_count() << " agents, "
            << w.size() << " warnings, " << ms << " ms\n";
}

}  // namespace
}  // namespace readout::lexicon
