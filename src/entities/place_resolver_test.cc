#include "entities/place_resolver.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "text/sentence_splitter.h"
#include "text/tokenizer.h"

namespace readout::entities {
namespace {

const lexicon::PlaceIndex& Places() {
  static const lexicon::PlaceIndex* index = [] {
    std::vector<std::string> warnings;
    auto r = lexicon::PlaceIndex::Load(ModelOptions(), &warnings);
    EXPECT_TRUE(r.ok());
    return std::move(r).value().release();
  }();
  return *index;
}

// An analysis of `text` with one entity of `type` per name in `names`,
// mentioned wherever the name occurs, as the entity stage would build it.
Analysis Build(const std::string& text, const std::vector<std::string>& names,
               EntityType type = EntityType::kPlace) {
  Analysis a;
  a.text = text;
  a.tokens = text::Tokenize(a.text);
  a.sentences = text::SplitSentences(a.text, a.tokens);
  for (const std::string& name : names) {
    Entity e;
    e.name = name;
    e.type = type;
    for (size_t at = text.find(name); at != std::string::npos; at = text.find(name, at + 1)) {
      Mention m;
      m.start = static_cast<uint32_t>(at);
      m.end = static_cast<uint32_t>(at + name.size());
      for (uint32_t s = 0; s < a.sentences.size(); ++s) {
        if (a.sentences[s].start <= m.start && m.start < a.sentences[s].end) m.sentence = s;
      }
      e.mentions.push_back(m);
    }
    a.entities.push_back(std::move(e));
  }
  ResolvePlaces(Places(), a);
  return a;
}

std::string Describe(const Entity& e) {
  if (!e.place) return "none";
  return e.place->name + "/" + e.place->country;
}

TEST(PlaceResolverTest, CountriesFirst) {
  Analysis a = Build("Ukraine and the United States met. Georgia protested.",
                     {"Ukraine", "the United States", "Georgia"});
  EXPECT_EQ(Describe(a.entities[0]), "Ukraine/UKR");
  EXPECT_EQ(Describe(a.entities[1]), "United States/USA");
  EXPECT_EQ(Describe(a.entities[2]), "Georgia/GEO");
  EXPECT_EQ(a.entities[0].place->kind, PlaceKind::kCountry);
  EXPECT_TRUE(a.entities[0].place->has_coordinates);
}

TEST(PlaceResolverTest, GeorgiaIsTheStateAmongOtherStates) {
  Analysis a = Build("Officials in Alabama and Florida said the governor of Georgia agreed.",
                     {"Alabama", "Florida", "Georgia"});
  EXPECT_EQ(Describe(a.entities[2]), "Georgia/USA");
  EXPECT_EQ(a.entities[2].place->kind, PlaceKind::kRegion);
  Analysis b = Build("Georgian police dispersed protesters in Tbilisi, and Georgia's prime minister spoke.",
                     {"Tbilisi", "Georgia"});
  EXPECT_EQ(Describe(b.entities[1]), "Georgia/GEO");
}

TEST(PlaceResolverTest, KosovoGetsItsCameoCode) {
  Analysis a = Build("Protests spread in Kosovo and Pristina.", {"Kosovo", "Pristina"});
  EXPECT_EQ(Describe(a.entities[0]), "Kosovo/KSV");
  EXPECT_EQ(Describe(a.entities[1]), "Pristina/KSV");
}

TEST(PlaceResolverTest, CitiesWithNewsSpellings) {
  Analysis a = Build("Drones hit Kiev and Odessa; Vance flew to Munich, then Riyadh.",
                     {"Kiev", "Odessa", "Munich", "Riyadh"});
  EXPECT_EQ(Describe(a.entities[0]), "Kyiv/UKR");
  EXPECT_EQ(Describe(a.entities[1]), "Odesa/UKR");
  EXPECT_EQ(Describe(a.entities[2]), "Munich/DEU");
  EXPECT_EQ(Describe(a.entities[3]), "Riyadh/SAU");
  EXPECT_NEAR(a.entities[0].place->lat, 50.45, 0.05);
  EXPECT_EQ(a.entities[0].place->kind, PlaceKind::kCity);
}

TEST(PlaceResolverTest, ParisIsInFranceUnlessQualified) {
  EXPECT_EQ(Describe(Build("Macron spoke in Paris.", {"Paris"}).entities[0]), "Paris/FRA");
  // An article about the United States still means the French capital.
  EXPECT_EQ(Describe(Build("The U.S. left the accord signed in Paris. Americans shrugged.", {"Paris"}).entities[0]),
            "Paris/FRA");
  EXPECT_EQ(Describe(Build("A tornado hit Paris, Texas, on Monday.", {"Paris"}).entities[0]), "Paris/USA");
  EXPECT_EQ(Describe(Build("A tornado hit Paris, Tex., on Monday.", {"Paris"}).entities[0]), "Paris/USA");
  EXPECT_EQ(Describe(Build("A tornado hit Paris, TX on Monday.", {"Paris"}).entities[0]), "Paris/USA");
  // The entity stage may keep the qualifier in the name.
  EXPECT_EQ(Describe(Build("A tornado hit Paris, Texas.", {"Paris, Texas"}).entities[0]), "Paris/USA");
  // A list is not a qualifier.
  EXPECT_EQ(Describe(Build("Flights to Paris, London and Rome resumed.", {"Paris"}).entities[0]), "Paris/FRA");
}

TEST(PlaceResolverTest, ArticleCountryPicksTheNamesake) {
  // Odessa, Texas in an article about Texas oil that never names Ukraine.
  EXPECT_EQ(Describe(Build("Oil output in Odessa rose, American drillers said.", {"Odessa"}).entities[0]),
            "Odessa/USA");
  EXPECT_EQ(Describe(Build("Russian drones hit Odessa, Ukrainian officials said.", {"Odessa"}).entities[0]),
            "Odesa/UKR");
}

TEST(PlaceResolverTest, Regions) {
  Analysis a = Build("Russia annexed Crimea and claims the Donbas.", {"Crimea", "the Donbas"});
  EXPECT_EQ(Describe(a.entities[0]), "Crimea/UKR");
  EXPECT_EQ(Describe(a.entities[1]), "Donbas/UKR");
  EXPECT_EQ(a.entities[0].place->kind, PlaceKind::kRegion);
}

TEST(PlaceResolverTest, UnknownPlacesStayUnresolved) {
  EXPECT_EQ(Describe(Build("They met in Xyzzyville.", {"Xyzzyville"}).entities[0]), "none");
}

TEST(PlaceResolverTest, NationalityGroupsGetTheirCountry) {
  Analysis a = Build("Russians and Ukrainian forces and the Saudis.", {"Russians", "Ukrainian forces", "the Saudis"},
                     EntityType::kGroup);
  EXPECT_EQ(Describe(a.entities[0]), "Russia/RUS");
  EXPECT_EQ(Describe(a.entities[1]), "Ukraine/UKR");
  EXPECT_EQ(Describe(a.entities[2]), "Saudi Arabia/SAU");
  EXPECT_FALSE(a.entities[0].place->has_coordinates);
}

TEST(PlaceResolverTest, PlaceForSentencePrefersLocativeCity) {
  Analysis a = Build("Ukraine's envoy met Russian officials in Riyadh. Nothing happened.",
                     {"Ukraine", "Riyadh"});
  auto p = PlaceForSentence(a, 0);
  ASSERT_TRUE(p.has_value());
  EXPECT_EQ(p->name, "Riyadh");
  EXPECT_EQ(p->country, "SAU");
  EXPECT_FALSE(PlaceForSentence(a, 1).has_value());
  // With only a country, the country.
  Analysis b = Build("Ukraine said it would talk.", {"Ukraine"});
  ASSERT_TRUE(PlaceForSentence(b, 0).has_value());
  EXPECT_EQ(PlaceForSentence(b, 0)->name, "Ukraine");
}

}  // namespace
}  // namespace readout::entities
