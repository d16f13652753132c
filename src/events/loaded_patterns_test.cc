// Regression tests for PETRARCH-style patterns loaded with --dicts, through
// the whole pipeline: constructions the PETRARCH2 unit-test records exposed.
#include <gtest/gtest.h>

#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>

#include "readout/pipeline.h"

namespace readout {
namespace {

namespace fs = std::filesystem;

// A model with the built-in data plus extra files (name -> content), or
// with those files alone (`only`, as `--dicts-only` loads PETRARCH's).
std::unique_ptr<const Model> ModelWithFiles(const std::vector<std::pair<std::string, std::string>>& files,
                                            bool only = false) {
  fs::path dir = fs::temp_directory_path() / ("readout-loaded-files-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  for (const auto& [name, content] : files) std::ofstream(dir / name) << content;
  ModelOptions options;
  options.dict_dirs = {dir.string()};
  options.dicts_only = only;
  auto model = Model::Load(options);
  fs::remove_all(dir);
  if (!model.ok()) return nullptr;
  return std::move(model).value();
}

// A model with the built-in data plus one extra verb file.
std::unique_ptr<const Model> ModelWithVerbs(const std::string& verbs) {
  return ModelWithFiles({{"test.verbs.txt", verbs}});
}

std::vector<std::string> Code(const Model& model, const std::string& text) {
  Pipeline pipeline(model);
  Document doc;
  doc.text = text;
  auto a = pipeline.Analyze(doc);
  std::vector<std::string> out;
  if (!a.ok()) return out;
  for (const Event& e : a.value().events) {
    if (e.negated || !e.source || !e.target) continue;
    out.push_back(e.source->actor + "-" + e.target->actor + "-" + e.code);
  }
  return out;
}

// "- NOTED + * [115]": the source is the subject of the pattern's first
// word, not of the verb (the target stands between them).
TEST(LoadedPatterns, PatternReachingLeftTakesItsFirstWordsSubject) {
  auto model = ModelWithVerbs("--- REGRET [111] ---\nREGRET {REGRETTED REGRETS}\n- NOTED + * [115]\n");
  ASSERT_NE(model, nullptr);
  auto events = Code(*model, "Germany noted that Russia regretted the decision.");
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0], "DEU-RUS-115");
}

// "- &NEGATVAUXVRB * OVER EFFORTS [904]": a pattern that spells the
// negation out has coded it; the event is not negated.
TEST(LoadedPatterns, PatternSpellingNegationIsNotNegated) {
  auto model = ModelWithVerbs(
      "&NEG\n+DID_NOT\n+DID_N'T\n\n--- CLASH [190] ---\nCLASH\n- &NEG * OVER EFFORTS [904]\n");
  ASSERT_NE(model, nullptr);
  auto events = Code(*model, "Germany did not clash over the efforts of Russia.");
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0], "DEU-RUS-904");
}

// "- * &TIETYPES_RUMORS ABOUT [915]": a pattern ending in a preposition
// points at the phrase after it, whatever the preposition.
TEST(LoadedPatterns, PatternEndingInPrepositionTakesThePhraseAfterIt) {
  auto model = ModelWithVerbs("--- WELCOME [041] ---\nWELCOME\n- * ECONOMIC_RUMORS ABOUT [915]\n");
  ASSERT_NE(model, nullptr);
  auto events = Code(*model, "Germany welcomed economic rumors about Russia on its trade role.");
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0], "DEU-RUS-915");
}

// PETRARCH's verb phrase holds its "that" clause: a pattern reaches
// through the clause's opening ("avowed that Russia isn't a really
// pleasant place" matches "* REALLY_PLEASANT"), and a clause saying what its
// subject is makes that subject the target; a clause with its own act does
// not.
TEST(LoadedPatterns, ThatClauseIsPartOfTheVerbPhrase) {
  auto model = ModelWithVerbs("--- AVOW [080] ---\nAVOW\n- * REALLY_PLEASANT [024]\n");
  ASSERT_NE(model, nullptr);
  auto events = Code(*model, "Germany avowed that Russia isn't a really pleasant place to visit.");
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0], "DEU-RUS-024");
  events = Code(*model, "Germany recently avowed that Russia is an easy place to visit.");
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0], "DEU-RUS-080");
  events = Code(*model, "Germany avowed that Russia was trying to help.");
  EXPECT_TRUE(events.empty());
}

// "warned of the Prince of Dol Amroth": a phrase naming nobody whose "of"
// phrase makes a dictionary name with it is the target, not the bare name
// after "of".
TEST(LoadedPatterns, NameMadeWithItsOfPhraseIsTheTarget) {
  auto model = ModelWithFiles({{"test.verbs.txt", "--- ADMONISH [160] ---\nADMONISH\n"},
                               {"test.actors.txt", "PRINCE OF DOL AMROTH [DOL]\n"}});
  ASSERT_NE(model, nullptr);
  auto events = Code(*model, "Germany admonished of the Prince of Dol Amroth.");
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0], "DEU-DOL-160");
}

// A name for several actors ("THE_SHIRE [FRO/BIL/SAM]") gives one event
// per actor on either side.
TEST(LoadedPatterns, SlashCodedNameActsAsEachOfItsActors) {
  auto model = ModelWithFiles({{"test.verbs.txt", "--- ADMONISH [160] ---\nADMONISH\n"},
                               {"test.actors.txt", "THE_TWINS [KAS/POL]\nGONDOR [ABC/DEF]\n"}});
  ASSERT_NE(model, nullptr);
  auto events = Code(*model, "The twins admonished Gondor.");
  std::sort(events.begin(), events.end());
  EXPECT_EQ(events, (std::vector<std::string>{"KAS-ABC-160", "KAS-DEF-160", "POL-ABC-160", "POL-DEF-160"}));
}

// A passive pattern with its own slots: "+ WAS * DEAD IN $" reads "X was
// shot dead in Y" as Y acting on X, not as a passive with no doer.
TEST(LoadedPatterns, PassivePatternSlotsNameBothSides) {
  auto model = ModelWithFiles({{"test.verbs.txt", "--- STAB [180] ---\nSTAB\n- + WAS * TWICE IN $ [183]\n"},
                               {"test.actors.txt", "ROHIRRIM [ROH]\nDUNLAND [DUN]\n"}});
  ASSERT_NE(model, nullptr);
  auto events = Code(*model, "A Rohirrim was stabbed twice in Dunland.");
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0], "DUN-ROH-183");
}

// A pattern noun's "that" clause names whom the hope concerns, even past
// an apposition, when the clause codes no act of its own; a clause with a
// coded verb keeps its own event.
TEST(LoadedPatterns, PatternNounsThatClauseSubjectIsTheTarget) {
  auto model = ModelWithFiles(
      {{"test.verbs.txt", "--- VOICE [020] ---\nVOICE\n- * WISHES [024]\n\n--- RAID [190] ---\nRAID\n"},
       {"test.actors.txt", "ROHAN [ROH]\nDUNLAND [DUN]\nMORDOR [MOR]\n"}});
  ASSERT_NE(model, nullptr);
  auto events = Code(*model, "Rohan voiced wishes on Friday that Dunland, its old rival, could be won over.");
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0], "ROH-DUN-024");
  events = Code(*model, "Rohan voiced wishes that Dunland would raid Mordor.");
  EXPECT_EQ(std::count(events.begin(), events.end(), "ROH-DUN-024"), 0);
}

// A complement coded with a mark CAMEO does not know ("2x0q") is no event
// to appeal for: the governing verb keeps its own code.
TEST(LoadedPatterns, ComplementWithUnknownCodeLeavesTheGovernorsCode) {
  auto model = ModelWithFiles({{"test.verbs.txt", "--- PRESS [102] ---\nPRESS\n\n--- AID [2x0q] ---\nAID\n"},
                               {"test.actors.txt", "ROHAN [ROH]\nDUNLAND [DUN]\n"}},
                              /*only=*/true);
  ASSERT_NE(model, nullptr);
  auto events = Code(*model, "Rohan pressed Dunland on Friday to aid its harvest.");
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0], "ROH-DUN-102");
}

// "Eritrea departs/NNS from Gondor": the tagger's noun right after the
// opening name, in a clause with no finite verb, is the clause's verb.
TEST(LoadedPatterns, NounAfterOpeningNameInVerblessClauseIsTheVerb) {
  auto model = ModelWithFiles({{"test.verbs.txt", "--- DEPART [032] ---\nDEPART\n"},
                               {"test.actors.txt", "ERITREA [ERI]\nGONDOR [GON]\n"}},
                              /*only=*/true);
  ASSERT_NE(model, nullptr);
  auto events = Code(*model, "Eritrea departs from Gondor.");
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0], "ERI-GON-032");
}

// "departes" is no form of DEPART: "-es" follows only a sibilant or "o"
// in English spelling; "marches" is a form of MARCH.
TEST(LoadedPatterns, MisspeltInflectionIsNoFormOfTheVerb) {
  auto model = ModelWithFiles({{"test.verbs.txt", "--- DEPART [032] ---\nDEPART\n\n--- MARCH [032] ---\nMARCH\n"},
                               {"test.actors.txt", "ERITREA [ERI]\nGONDOR [GON]\n"}},
                              /*only=*/true);
  ASSERT_NE(model, nullptr);
  EXPECT_TRUE(Code(*model, "Eritrea departes from Gondor.").empty());
  EXPECT_EQ(Code(*model, "Eritrea marches to Gondor."), (std::vector<std::string>{"ERI-GON-032"}));
}

// "tapped all communication links/VBZ leading into Dunland": the tagger's
// second finite verb inside the object is its plural head, and the target
// is found past it.
TEST(LoadedPatterns, PluralTakenForAVerbInsideTheObjectIsItsHead) {
  auto model = ModelWithFiles({{"test.verbs.txt", "--- BUG [1711] ---\nBUG\n"},
                               {"test.actors.txt", "ROHAN [ROH]\nDUNLAND [DUN]\n"}},
                              /*only=*/true);
  ASSERT_NE(model, nullptr);
  auto events = Code(*model, "Soldiers from Rohan bugged all communication links leading into Dunland.");
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0], "ROH-DUN-1711");
}

// Patterns from a PETRARCH file match words as written: "* PACT" does not
// take "pacts" (PETRARCH compares the words themselves), "* PACT" takes
// "pact".
TEST(LoadedPatterns, LoadedPatternWordsMatchLiterally) {
  auto model = ModelWithFiles({{"test.verbs.txt", "--- SEAL [081] ---\nSEAL\n- * PACT [057]\n"},
                               {"test.actors.txt", "ROHAN [ROH]\nDUNLAND [DUN]\n"}},
                              /*only=*/true);
  ASSERT_NE(model, nullptr);
  EXPECT_EQ(Code(*model, "Rohan sealed a pact with Dunland."), (std::vector<std::string>{"ROH-DUN-057"}));
  EXPECT_EQ(Code(*model, "Rohan sealed two pacts with Dunland."), (std::vector<std::string>{"ROH-DUN-081"}));
}

// A person coded by a sector alone takes the country that another name in
// the phrase gives ("Gondor's awful and evil minister Calimehtar" is
// GONGOV); coordinated adjectives that name nobody do not split it.
TEST(LoadedPatterns, SectorOnlyPersonTakesThePhrasesCountry) {
  auto model = ModelWithFiles({{"test.verbs.txt", "--- ADMONISH [160] ---\nADMONISH\n"},
                               {"test.actors.txt", "GONDOR [GON]\n"}});
  ASSERT_NE(model, nullptr);
  auto events = Code(*model, "Gondor's awful and evil minister Calimehtar admonished Russia.");
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0], "GONGOV-RUS-160");
}

// A comma between adjectives stays inside the object phrase: the target
// after it is still found ("restore complete, full diplomatic ties with").
TEST(LoadedPatterns, CommaBetweenAdjectivesKeepsThePhrase) {
  auto model = ModelWithVerbs("--- AVOW [064] ---\nAVOW\n");
  ASSERT_NE(model, nullptr);
  auto events = Code(*model, "Germany avowed complete, full diplomatic ties with Russia.");
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0], "DEU-RUS-064");
}

// An aside between commas opening with a preposition stands between the
// subject and its verb: "X, in remarks published on Monday, avowed".
TEST(LoadedPatterns, PrepositionalAsideBeforeTheVerbIsSteppedOver) {
  auto model = ModelWithVerbs("--- AVOW [064] ---\nAVOW\n");
  ASSERT_NE(model, nullptr);
  auto events = Code(*model, "Germany's foreign minister, in remarks published on Monday, avowed ties with Russia.");
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0], "DEUGOV-RUS-064");
}

// PETRARCH's '^' skips a noun phrase: "* IFTAR IN ^ +" skips the place to
// reach the target; after a word of a phrase it skips the phrase's rest
// ("* THEIR ^ ABOUT +").
TEST(LoadedPatterns, SkipMarkerSkipsANounPhrase) {
  auto model = ModelWithVerbs("--- AVOW [181] ---\nAVOW\n- * IFTAR IN ^ + [045]\n- * THEIR ^ ABOUT + [162]\n");
  ASSERT_NE(model, nullptr);
  auto events = Code(*model, "Germany avowed Iftar in Berlin with the leaders of Russia.");
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0], "DEU-RUSGOV-045");
  events = Code(*model, "Germany avowed their populations about Russia.");
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0], "DEU-RUS-162");
}

// "Danish media and government": a bare noun conjunct shares the first
// conjunct's leading adjective; a leading name is not shared.
TEST(LoadedPatterns, BareConjunctSharesTheLeadingAdjective) {
  auto model = ModelWithVerbs("--- ADMONISH [160] ---\nADMONISH\n");
  ASSERT_NE(model, nullptr);
  auto events = Code(*model, "Danish media and government have criticized Russia.");
  std::sort(events.begin(), events.end());
  ASSERT_EQ(events.size(), 2u);
  EXPECT_EQ(events[0], "DNKGOV-RUS-111");
  EXPECT_EQ(events[1], "DNKMED-RUS-111");
}

// An element before the verb reaches over the auxiliaries of its verb
// group: "the casualty count has soared" matches "CASUALTY COUNT *", and
// "+ * INTO $" finds its target across "will be".
TEST(LoadedPatterns, ElementBeforeTheVerbReachesOverAuxiliaries) {
  auto model = ModelWithVerbs("--- SOAR [---] ---\nSOAR {SOARED SOARS}\n- CASUALTY COUNT * [223]\n"
                              "--- AVOW [181] ---\nAVOW {AVOWING}\n- + * INTO $ [075]\n");
  ASSERT_NE(model, nullptr);
  auto events = Code(*model, "Germany's casualty count has soared in the quarrel with Russia.");
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0], "DEU-RUS-223");
  events = Code(*model, "Germany will be avowing into Russia next week.");
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0], "RUS-DEU-075");
}

// "was seen to attack", "was known to attack": a witness's report of the
// subject's act codes the act; "seemed to attack" stays a guess.
TEST(LoadedPatterns, SeenOrKnownToActCodesTheAct) {
  auto model = ModelWithVerbs("--- AVOW [064] ---\nAVOW\n");
  ASSERT_NE(model, nullptr);
  auto events = Code(*model, "Germany was seen to attack Russia on Tuesday.");
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0], "DEU-RUS-190");
  events = Code(*model, "Germany was reportedly known to attack Russia on Tuesday.");
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0], "DEU-RUS-190");
  events = Code(*model, "Germany seemed to attack Russia on Tuesday.");
  EXPECT_TRUE(events.empty());
}

// "an anti- Eldoria march": a prefix cut off from the name it qualifies
// stays in the name's phrase, which PETRARCH codes by the name.
TEST(LoadedPatterns, SuspendedPrefixStaysInThePhrase) {
  auto model = ModelWithFiles({{"test.verbs.txt", "--- DESERT [345] ---\nDESERT {DESERTED}\n"},
                               {"test.actors.txt", "KARVIA [KRV]\nELDORIA [ELD]\n"}},
                              /*only=*/true);
  ASSERT_NE(model, nullptr);
  auto events = Code(*model, "Karvia deserted an anti- Eldoria march on Tuesday.");
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0], "KRV-ELD-345");
}

// PETRARCH's prefixed agents ("[NGO~]") go before the country, also when
// a suffixed agent follows: "a Medicorps Karvia envoy" is NGO + KRV + GOV.
TEST(LoadedPatterns, PrefixedAgentGoesBeforeTheCountry) {
  auto model = ModelWithFiles({{"test.verbs.txt", "--- AVOW [064] ---\nAVOW {AVOWED}\n"},
                               {"test.agents.txt", "MEDICORPS {} [NGO~]\nENVOY [~GOV]\n"},
                               {"test.actors.txt", "KARVIA [KRV]\nELDORIA [ELD]\n"}},
                              /*only=*/true);
  ASSERT_NE(model, nullptr);
  auto events = Code(*model, "A Medicorps Karvia envoy avowed full ties with Eldoria.");
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0], "NGOKRVGOV-ELD-064");
  events = Code(*model, "Medicorps Karvia avowed full ties with Eldoria.");
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0], "NGOKRV-ELD-064");
}

// "edging nearer to pact/NN with": a bare singular noun between "to" and
// a preposition is an infinitive the tagger missed, coded as the verb.
TEST(LoadedPatterns, BareNounAfterToIsAnInfinitive) {
  auto model = ModelWithFiles({{"test.verbs.txt", "--- PACT [083] ---\nPACT\n"},
                               {"test.actors.txt", "KARVIA [KRV]\nELDORIA [ELD]\n"}},
                              /*only=*/true);
  ASSERT_NE(model, nullptr);
  auto events = Code(*model, "Karvia is edging nearer to pact with Eldoria.");
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0], "KRV-ELD-083");
}

// "a row between Ivan the Bold pleaded": a name's epithet belongs to the
// name inside the prepositional phrase; the subject is the phrase before.
TEST(LoadedPatterns, EpithetStaysInItsPrepositionalPhrase) {
  auto model = ModelWithFiles({{"test.verbs.txt", "--- PLEAD [095] ---\nPLEAD {PLEADED}\n"},
                               {"test.actors.txt", "KARVIA [KRV]\nELDORIA [ELD]\nIVAN THE_BOLD [IVB]\n"}},
                              /*only=*/true);
  ASSERT_NE(model, nullptr);
  auto events = Code(*model, "Karvia centre of a row between Ivan the Bold pleaded with Eldoria late on Sunday.");
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0], "KRV-ELD-095");
}

// "Karvia cleric/JJ pleaded": an adjective right after a name and right
// before a finite verb is the noun the name qualifies (here an agent).
TEST(LoadedPatterns, AdjectiveBetweenNameAndVerbIsItsNoun) {
  auto model = ModelWithFiles({{"test.verbs.txt", "--- PLEAD [095] ---\nPLEAD {PLEADED}\n"},
                               {"test.agents.txt", "CLERIC [~REL]\n"},
                               {"test.actors.txt", "KARVIA [KRV]\nELDORIA [ELD]\n"}},
                              /*only=*/true);
  ASSERT_NE(model, nullptr);
  auto events = Code(*model, "Karvia cleric pleaded with Eldoria on Sunday.");
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0], "KRVREL-ELD-095");
}

}  // namespace
}  // namespace readout
