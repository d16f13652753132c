#include "lexicon/place_index.h"

#include <gtest/gtest.h>

#include <string>

namespace readout::lexicon {
namespace {

const PlaceIndex& Builtin() {
  static const PlaceIndex* index = [] {
    std::vector<std::string> warnings;
    auto r = PlaceIndex::Load(ModelOptions(), &warnings);
    EXPECT_TRUE(r.ok()) << r.status().ToString();
    EXPECT_TRUE(warnings.empty()) << warnings.front();
    return std::move(r).value().release();
  }();
  return *index;
}

TEST(PlaceIndexTest, BuiltinHasEverySovereignCountry) {
  // 193 UN members, the Holy See, Palestine, Kosovo and Taiwan.
  EXPECT_EQ(Builtin().countries().size(), 197u);
  EXPECT_GT(Builtin().city_count(), 20000u);
  for (const Country& c : Builtin().countries()) {
    EXPECT_NE(Builtin().FindCapital(c), nullptr) << c.iso3;
    EXPECT_EQ(Builtin().FindCountryByName(c.name), &c) << c.name;
  }
}

TEST(PlaceIndexTest, FindCountryByName) {
  struct Case {
    const char* name;
    const char* iso3;  // nullptr: no country
  };
  const Case cases[] = {
      {"United States", "USA"}, {"the United States", "USA"}, {"The United States", "USA"},
      {"U.S.", "USA"},          {"US", "USA"},                {"America", "USA"},
      {"Russia", "RUS"},        {"Ukraine", "UKR"},           {"UK", "GBR"},
      {"Britain", "GBR"},       {"Saudi Arabia", "SAU"},      {"Côte d'Ivoire", "CIV"},
      {"Cote d’Ivoire", "CIV"}, {"Türkiye", "TUR"},           {"Turkiye", "TUR"},
      {"Kosovo", "XKX"},        {"Palestine", "PSE"},         {"Taiwan", "TWN"},
      {"the Netherlands", "NLD"}, {"UKRAINE", "UKR"},         {"us", nullptr},
      {"russia", nullptr},      {"Atlantis", nullptr},        {"", nullptr},
      {"the", nullptr},
  };
  for (const Case& c : cases) {
    const Country* found = Builtin().FindCountryByName(c.name);
    if (c.iso3 == nullptr) {
      EXPECT_EQ(found, nullptr) << c.name;
    } else {
      ASSERT_NE(found, nullptr) << c.name;
      EXPECT_EQ(found->iso3, c.iso3) << c.name;
    }
  }
}

TEST(PlaceIndexTest, MayBeginPlaceNameHoldsForEveryPrefixOfAName) {
  // Every prefix of a name the finders know, in the text's case or in
  // capitals, may begin a place name; other words may not.
  for (std::string name : {"United States", "Saudi Arabia", "New York", "Kyiv", "Côte d'Ivoire", "Texas",
                           "Crimea", "Rio de Janeiro"}) {
    ASSERT_TRUE(Builtin().FindCountryByName(name) || Builtin().FindRegion(name) ||
                !Builtin().FindCities(name).empty())
        << name;
    for (size_t n = 1; n <= name.size(); ++n) {
      EXPECT_TRUE(Builtin().MayBeginPlaceName(name.substr(0, n))) << name.substr(0, n);
    }
    std::string caps = name;
    for (char& c : caps) {
      if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 32);
    }
    EXPECT_TRUE(Builtin().MayBeginPlaceName(caps)) << caps;
  }
  EXPECT_TRUE(Builtin().MayBeginPlaceName("the Netherl"));  // looked up without "the"
  for (const char* text : {"Trump said", "Saudi Arabia Kellogg", "Xqzw", "New York Times Company"}) {
    EXPECT_FALSE(Builtin().MayBeginPlaceName(text)) << text;
  }
  EXPECT_TRUE(Builtin().MayBeginCountryOrRegion("United"));
  EXPECT_TRUE(Builtin().MayBeginCountryOrRegion("United Arab"));
  EXPECT_FALSE(Builtin().MayBeginCountryOrRegion("United Arab Kellogg"));
}

TEST(PlaceIndexTest, FindCountryByDemonym) {
  const std::pair<const char*, const char*> cases[] = {
      {"American", "USA"}, {"Americans", "USA"}, {"Russian", "RUS"}, {"Russians", "RUS"},
      {"Ukrainian", "UKR"}, {"Ukrainians", "UKR"}, {"British", "GBR"}, {"Briton", "GBR"},
      {"Britons", "GBR"},  {"Saudi", "SAU"},      {"Saudis", "SAU"},  {"Israeli", "ISR"},
      {"Palestinians", "PSE"}, {"Chinese", "CHN"}, {"French", "FRA"}, {"German", "DEU"},
  };
  for (const auto& [word, iso3] : cases) {
    const Country* c = Builtin().FindCountryByDemonym(word);
    ASSERT_NE(c, nullptr) << word;
    EXPECT_EQ(c->iso3, iso3) << word;
  }
  EXPECT_EQ(Builtin().FindCountryByDemonym("american"), nullptr);
  EXPECT_EQ(Builtin().FindCountryByDemonym("Martian"), nullptr);
}

TEST(PlaceIndexTest, FindCountryByCode) {
  ASSERT_NE(Builtin().FindCountryByCode("UKR"), nullptr);
  EXPECT_EQ(Builtin().FindCountryByCode("UKR")->name, "Ukraine");
  EXPECT_EQ(Builtin().FindCountryByCode("UA")->iso3, "UKR");
  // Kosovo: CAMEO KSV, ISO user-assigned XKX.
  EXPECT_EQ(Builtin().FindCountryByCode("KSV")->iso3, "XKX");
  EXPECT_EQ(Builtin().FindCountryByCode("XKX")->cameo, "KSV");
  EXPECT_EQ(Builtin().FindCountryByCode("ZZZ"), nullptr);
}

TEST(PlaceIndexTest, CapitalsHaveCoordinates) {
  const Country* ukr = Builtin().FindCountryByCode("UKR");
  EXPECT_EQ(ukr->capital, "Kyiv");
  const City* kyiv = Builtin().FindCapital(*ukr);
  ASSERT_NE(kyiv, nullptr);
  EXPECT_EQ(kyiv->name, "Kyiv");
  EXPECT_TRUE(kyiv->capital);
  EXPECT_NEAR(kyiv->lat, 50.45, 0.1);
  EXPECT_NEAR(kyiv->lon, 30.52, 0.1);
  EXPECT_EQ(Builtin().FindCapital(*Builtin().FindCountryByCode("USA"))->name, "Washington");
}

TEST(PlaceIndexTest, FindCitiesMostPopulousFirst) {
  const auto& paris = Builtin().FindCities("Paris");
  ASSERT_GE(paris.size(), 2u);
  EXPECT_EQ(paris[0]->country, "FRA");
  EXPECT_TRUE(paris[0]->capital);
  const City* texas = Builtin().FindCity("Paris", "USA");
  ASSERT_NE(texas, nullptr);
  EXPECT_EQ(texas->region, "Texas");
  EXPECT_TRUE(Builtin().FindCities("Nowhereville").empty());
}

TEST(PlaceIndexTest, NewsSpellingsReplaceGeneratedOnes) {
  const struct {
    const char* query;
    const char* name;
    const char* iso3;
  } cases[] = {
      {"Kyiv", "Kyiv", "UKR"},       {"Kiev", "Kyiv", "UKR"},       {"Odesa", "Odesa", "UKR"},
      {"Odessa", "Odesa", "UKR"},    {"Kharkiv", "Kharkiv", "UKR"}, {"Zaporizhzhia", "Zaporizhzhia", "UKR"},
      {"Munich", "Munich", "DEU"},   {"München", "Munich", "DEU"},  {"Brussels", "Brussels", "BEL"},
      {"Riyadh", "Riyadh", "SAU"},   {"Jeddah", "Jeddah", "SAU"},   {"Gaza", "Gaza", "PSE"},
      {"Rafah", "Rafah", "PSE"},     {"Bogota", "Bogotá", "COL"},   {"Washington", "Washington", "USA"},
      {"Mecca", "Mecca", "SAU"},     {"KYIV", "Kyiv", "UKR"},
  };
  for (const auto& c : cases) {
    const auto& found = Builtin().FindCities(c.query);
    ASSERT_FALSE(found.empty()) << c.query;
    EXPECT_EQ(found[0]->name, c.name) << c.query;
    EXPECT_EQ(found[0]->country, c.iso3) << c.query;
  }
  // The generated "Odessa" in Ukraine is gone, not duplicated; Odessa, Texas stays.
  int ukrainian_odessas = 0;
  for (const City* c : Builtin().FindCities("Odessa")) ukrainian_odessas += c->country == "UKR";
  EXPECT_EQ(ukrainian_odessas, 1);
  EXPECT_NE(Builtin().FindCity("Odessa", "USA"), nullptr);
  EXPECT_GT(Builtin().FindCities("Odesa")[0]->population, 900000u);
}

TEST(PlaceIndexTest, Regions) {
  ASSERT_NE(Builtin().FindRegion("Crimea"), nullptr);
  EXPECT_EQ(Builtin().FindRegion("Crimea")->country, "UKR");
  EXPECT_EQ(Builtin().FindRegion("Donbass"), Builtin().FindRegion("Donbas"));
  EXPECT_EQ(Builtin().FindRegion("Texas")->country, "USA");
  // Abbreviations only as qualifiers: "LA" alone is not Louisiana.
  EXPECT_EQ(Builtin().FindRegion("LA"), nullptr);
  EXPECT_EQ(Builtin().FindRegionQualifier("Tex."), Builtin().FindRegion("Texas"));
  EXPECT_EQ(Builtin().FindRegionQualifier("TX"), Builtin().FindRegion("Texas"));
}

constexpr std::string_view kCountriesHeader =
    "iso3\tcameo\tname\taliases\tdemonyms\tcapital\tcapital_lat\tcapital_lon\tlat\tlon\n";

TEST(PlaceIndexTest, MalformedLinesAreReportedWithFileAndLine) {
  std::string countries(kCountriesHeader);
  countries += "FRA\tFRA\tFrance\t\tFrench\tParis\t48.86\t2.35\t46.2\t2.2\n";  // line 2: good
  countries += "DEU\tDEU\tGermany\n";                                          // line 3: too few fields
  countries += "ESP\tESP\tSpain\t\tSpanish\tMadrid\tnorth\t-3.7\t40\t-3\n";   // line 4: not a number
  countries += "\n# a comment\n";
  countries += "ITA\tITA\tItaly\t\tItalian\tRome\t141.9\t12.5\t41.8\t12.5\n";  // line 7: out of range
  countries += "FRA\tFRA\tFrance again\t\t\tParis\t48.86\t2.35\t46.2\t2.2\n";   // line 8: duplicate
  PlaceSources sources;
  sources.countries = countries;
  sources.cities = "name\tcountry\tlat\tlon\tpopulation\nLyon\tFRA\t45.76\t4.83\tmany\n";
  std::vector<std::string> warnings;
  auto r = PlaceIndex::Build(sources, &warnings);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r.value()->countries().size(), 1u);
  ASSERT_EQ(warnings.size(), 5u);
  EXPECT_EQ(warnings[0].rfind("places/countries.tsv:3: ", 0), 0u) << warnings[0];
  EXPECT_EQ(warnings[1].rfind("places/countries.tsv:4: ", 0), 0u) << warnings[1];
  EXPECT_EQ(warnings[2].rfind("places/countries.tsv:7: ", 0), 0u) << warnings[2];
  EXPECT_EQ(warnings[3].rfind("places/countries.tsv:8: ", 0), 0u) << warnings[3];
  EXPECT_EQ(warnings[4].rfind("places/cities.tsv:2: ", 0), 0u) << warnings[4];
  // The capital is still there, from countries.tsv.
  ASSERT_EQ(r.value()->FindCities("Paris").size(), 1u);
  EXPECT_TRUE(r.value()->FindCities("Paris")[0]->capital);
}

TEST(PlaceIndexTest, NoCountryIsAnError) {
  std::vector<std::string> warnings;
  PlaceSources sources;
  sources.countries = "nonsense";
  EXPECT_FALSE(PlaceIndex::Build(sources, &warnings).ok());
  EXPECT_FALSE(warnings.empty());
}

}  // namespace
}  // namespace readout::lexicon
