#include "entities/actor_coder.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "text/annotate.h"

namespace readout::entities {
namespace {

const Model& TheModel() {
  static const Model* model = [] {
    auto r = Model::Load(ModelOptions{});
    EXPECT_TRUE(r.ok()) << r.status().message();
    return std::move(r).value().release();
  }();
  return *model;
}

Date D(std::string_view iso) { return *Date::Parse(iso); }

// An annotated analysis of `text` dated `date`, with one entity per
// (name, type) whose mentions are every occurrence of the name.
Analysis Make(std::string text, std::string_view date,
              std::vector<std::pair<std::string, EntityType>> entities) {
  Analysis a;
  a.text = std::move(text);
  a.date = Date::Parse(date);
  text::AnnotateText(TheModel(), a);
  for (auto& [name, type] : entities) {
    Entity e;
    e.name = name;
    e.type = type;
    for (size_t pos = a.text.find(name); pos != std::string::npos; pos = a.text.find(name, pos + 1)) {
      Mention m;
      m.start = static_cast<uint32_t>(pos);
      m.end = static_cast<uint32_t>(pos + name.size());
      e.mentions.push_back(m);
    }
    a.entities.push_back(std::move(e));
  }
  return a;
}

// Adds to entity `e` a mention of the `len` bytes where `at` first occurs.
void AddMention(Analysis& a, size_t e, std::string_view at, size_t len) {
  const size_t pos = a.text.find(at);
  Mention m;
  m.start = static_cast<uint32_t>(pos);
  m.end = static_cast<uint32_t>(pos + len);
  a.entities[e].mentions.push_back(m);
}

TEST(CodeText, Phrases) {
  const std::pair<const char*, const char*> cases[] = {
      {"Russian troops", "RUSMIL"},
      {"Ukrainian officials", "UKRGOV"},
      {"the Kremlin", "RUSGOV"},
      {"Russian President Vladimir Putin", "RUSGOV"},
      {"Putin's spokesman Dmitry Peskov", "RUSGOV"},
      {"former US Ambassador to NATO", "USAELI"},
      {"NATO troops", "IGOWSTNATMIL"},
      {"NATO Secretary General Mark Rutte", "IGOWSTNAT"},
      {"Ukraine's Foreign Ministry", "UKRGOV"},
      {"Russia's defence ministry", "RUSGOVMIL"},
      {"Ukrainians", "UKR"},
      {"the WHO", "IGOUNOHLHWHO"},
      {"officials who spoke", "---GOV"},
      {"police", "---COP"},
      {"a cat named Frank", ""},
      {"ex-president", "---ELI"},
      {"American warplanes", "USAMIL"},
      {"People's Liberation Army", "CHNMIL"},
      {"Shanghai police", "CHNCOP"},
      {"a national intelligence agency officer", "---SPY"},
      {"Muslim leaders in France", "FRAREL"},
      {"Chile's Defense Department", "CHLGOVMIL"},
      {"a Somalia-based paramilitary group", "SOMREB"},
      {"ambassador to Poland", "---GOV"},
      {"Europeans", "EUR"},
      {"the West", "WST"},
      {"West Germany", "DEU"},
      {"America Abroad Substack", "USAMED"},
      {"Soviet troops", "RUSMIL"},
      {"Munich", "DEU"},
      {"Jonathan Axelrod", ""},
      {"David Axelrod", "USAPTY"},
      {"Oxford University", "GBREDU"},
  };
  for (const auto& [phrase, code] : cases) {
    EXPECT_EQ(CodeText(TheModel(), phrase, D("2025-02-12")), code) << phrase;
  }
}

TEST(CodeText, ContextCountryFillsMissingCountry) {
  EXPECT_EQ(CodeText(TheModel(), "police", D("2025-02-12"), "UKR"), "UKRCOP");
  EXPECT_EQ(CodeText(TheModel(), "Russian police", D("2025-02-12"), "UKR"), "RUSCOP");
}

TEST(CodeText, NamedPeopleAtTheirDate) {
  EXPECT_EQ(CodeText(TheModel(), "Donald Trump", D("2016-06-01")), "USAELI");
  EXPECT_EQ(CodeText(TheModel(), "President Donald Trump", D("2018-06-01")), "USAGOV");
  EXPECT_EQ(CodeText(TheModel(), "Rubio", D("2024-06-01")), "USALEG");
  EXPECT_EQ(CodeText(TheModel(), "Rubio", D("2025-02-12")), "USAGOV");
}

TEST(CodeEntity, DictionaryPeopleAndSurnames) {
  Analysis a = Make("Vladimir Putin spoke to Stoltenberg.", "2025-02-12",
                    {{"Vladimir Putin", EntityType::kPerson}, {"Stoltenberg", EntityType::kPerson}});
  CodeActors(TheModel(), a);
  EXPECT_EQ(a.entities[0].actor, "RUSGOV");
  EXPECT_EQ(a.entities[1].actor, "NORGOV");
}

TEST(CodeEntity, RolesGiveCountryAndSector) {
  Analysis a = Make("Olena Petrenko and Tatiana Stanovaya met.", "2025-02-12",
                    {{"Olena Petrenko", EntityType::kPerson}, {"Tatiana Stanovaya", EntityType::kPerson}});
  a.entities[0].roles.push_back(Role{"journalist", "", "UKR", {}});
  a.entities[1].roles.push_back(Role{"senior fellow", "Carnegie Russia Eurasia Center", "", {}});
  CodeActors(TheModel(), a);
  EXPECT_EQ(a.entities[0].actor, "UKRMED");
  EXPECT_EQ(a.entities[1].actor, "RUSEDU");
}

TEST(CodeEntity, FormerOfficialByRoleIsElite) {
  Analysis a = Make("Kurt Volker spoke.", "2025-02-12", {{"Kurt Volker", EntityType::kPerson}});
  a.entities[0].roles.push_back(Role{"former ambassador", "NATO", "USA", {}});
  CodeActors(TheModel(), a);
  EXPECT_EQ(a.entities[0].actor, "USAELI");
}

TEST(CodeEntity, RoleCountryBeatsDestinationInTitle) {
  Analysis a = Make("Ivo Daalder and Daniel Fried and Alina Polyakova spoke.", "2025-02-12",
                    {{"Ivo Daalder", EntityType::kPerson},
                     {"Daniel Fried", EntityType::kPerson},
                     {"Alina Polyakova", EntityType::kPerson}});
  a.entities[0].roles.push_back(Role{"former Ambassador to NATO", "NATO", "USA", {}});
  a.entities[1].roles.push_back(Role{"former Ambassador to Poland", "", "USA", {}});
  a.entities[2].roles.push_back(Role{"president", "Institute of Unknown Things", "", {}});
  CodeActors(TheModel(), a);
  EXPECT_EQ(a.entities[0].actor, "USAELI");
  EXPECT_EQ(a.entities[1].actor, "USAELI");
  EXPECT_EQ(a.entities[2].actor, "---EDU");
}

TEST(CodeEntity, WordsAroundTheNameWithoutRoles) {
  Analysis a = Make(
      "Ukrainian journalist Olena Petrenko was there. Tatiana Stanovaya, a senior fellow at the Carnegie "
      "Russia Eurasia Center, wrote on Telegram.",
      "2025-02-12", {{"Olena Petrenko", EntityType::kPerson}, {"Tatiana Stanovaya", EntityType::kPerson}});
  CodeActors(TheModel(), a);
  EXPECT_EQ(a.entities[0].actor, "UKRMED");
  EXPECT_EQ(a.entities[1].actor, "RUSEDU");
}

TEST(CodeEntity, PlacesOrgsAndGroups) {
  Analysis a = Make("The Kremlin said Russian forces hit Kyiv. Ukrainians fled Moscow.", "2025-02-12",
                    {{"Kremlin", EntityType::kOrg},
                     {"Russian forces", EntityType::kGroup},
                     {"Kyiv", EntityType::kPlace},
                     {"Ukrainians", EntityType::kGroup},
                     {"Moscow", EntityType::kPlace}});
  a.entities[2].place = Place{"Kyiv", "UKR", 50.45, 30.52, true};
  CodeActors(TheModel(), a);
  EXPECT_EQ(a.entities[0].actor, "RUSGOV");
  EXPECT_EQ(a.entities[1].actor, "RUSMIL");
  EXPECT_EQ(a.entities[2].actor, "UKR");
  EXPECT_EQ(a.entities[3].actor, "UKR");
  EXPECT_EQ(a.entities[4].actor, "RUS");
}

// A loaded dictionary's code for a whole country name wins over the place
// index's (PETRARCH's old codes and date bounds), not for a region that
// shares a country's name.
TEST(CodeEntity, LoadedCountryCodeBeatsPlaceIndex) {
  namespace fs = std::filesystem;
  fs::path dir = fs::temp_directory_path() / ("readout-actor-coder-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  std::ofstream(dir / "test.actors.txt") << "ZIMBABWE\n\t[RHO <790606]\n\t[ZBW]\nGEORGIA [GEO]\n";
  ModelOptions options;
  options.dict_dirs = {dir.string()};
  auto model = Model::Load(options);
  fs::remove_all(dir);
  ASSERT_TRUE(model.ok()) << model.status().message();
  for (auto [date, want] : {std::pair{"2001-01-01", "ZBW"}, std::pair{"1978-12-23", "RHO"}}) {
    Analysis a = Make("Zimbabwe spoke. Georgia voted.", date, {{"Zimbabwe", EntityType::kPlace}, {"Georgia", EntityType::kPlace}});
    a.entities[0].place = Place{"Zimbabwe", "ZWE", -19.0, 29.8, true, PlaceKind::kCountry};
    a.entities[1].place = Place{"Georgia", "USA", 32.7, -83.4, true, PlaceKind::kRegion};
    CodeActors(*model.value(), a);
    EXPECT_EQ(a.entities[0].actor, want) << date;
    EXPECT_EQ(a.entities[1].actor, "USA") << date;
  }
}

// A person whose name holds an organisation's name or a country's is not
// coded as that organisation or country ("RAND" in "Rand Hollis", "Cuba", "France"); a
// title before the name still gives the sector.
TEST(CodeEntity, NameWordsThatNameSomethingElse) {
  Analysis a = Make("Senator Rand Hollis spoke. Mark Cuban and Brian France listened. CIA Director John Ratcliffe left.",
                    "2025-02-12",
                    {{"Rand Hollis", EntityType::kPerson},
                     {"Mark Cuban", EntityType::kPerson},
                     {"Brian France", EntityType::kPerson},
                     {"John Ratcliffe", EntityType::kPerson}});
  CodeActors(TheModel(), a);
  EXPECT_EQ(a.entities[0].actor, "---LEG");
  EXPECT_EQ(a.entities[1].actor, "");
  EXPECT_EQ(a.entities[2].actor, "");
  EXPECT_EQ(a.entities[3].actor, "USASPY");
}

// A US state in an organisation's name gives the country, not a namesake
// town abroad (Virginia, South Africa).
TEST(CodeEntity, StateInOrganisationName) {
  Analysis a = Make("The University of Virginia published a poll.", "2016-02-12",
                    {{"University of Virginia", EntityType::kOrg}});
  CodeActors(TheModel(), a);
  EXPECT_EQ(a.entities[0].actor, "USAEDU");
}

TEST(CodeEntity, UnknownPersonStaysEmpty) {
  Analysis a = Make("Marcus Beam arrived.", "2025-02-12", {{"Marcus Beam", EntityType::kPerson}});
  CodeActors(TheModel(), a);
  EXPECT_EQ(a.entities[0].actor, "");
}

// A relative or a namesake with another given name is not the office-holder
// whose surname they share, even when the article also says just "Trump".
TEST(CodeEntity, OtherGivenNameIsSomeoneElse) {
  Analysis a = Make("Tiffany Trump spoke. Trump smiled. Jane Francis left.", "2025-06-12",
                    {{"Tiffany Trump", EntityType::kPerson}, {"Jane Francis", EntityType::kPerson}});
  AddMention(a, 0, "Trump smiled", 5);
  CodeActors(TheModel(), a);
  EXPECT_EQ(a.entities[0].actor, "");
  EXPECT_EQ(a.entities[1].actor, "");
  // A first name the gazetteer does not know counts too: "Khizr Khan" is
  // not Imran Khan.
  Analysis b = Make("Khizr Khan spoke. Khan left.", "2016-08-01", {{"Khizr Khan", EntityType::kPerson}});
  AddMention(b, 0, "Khan left", 4);
  CodeActors(TheModel(), b);
  EXPECT_EQ(b.entities[0].actor, "");
}

// A fuller or other spelling with the same given name is still the person.
TEST(CodeEntity, SameGivenNameKeepsTheSurnameCode) {
  Analysis a = Make("Vladimir Vladimirovich Putin spoke. Putin left.", "2025-02-12",
                    {{"Vladimir Vladimirovich Putin", EntityType::kPerson}});
  AddMention(a, 0, "Putin left", 5);
  CodeActors(TheModel(), a);
  EXPECT_EQ(a.entities[0].actor, "RUSGOV");
}

// The words after an organisation that name another person give it no code.
TEST(CodeEntity, AnotherPersonInTheContextGivesNothing) {
  Analysis a = Make("On Twitter, Former Florida Gov. Jeb Bush called him unhinged.", "2016-01-12",
                    {{"Twitter", EntityType::kOrg}});
  CodeActors(TheModel(), a);
  EXPECT_EQ(a.entities[0].actor, "");
}

// US politicians of the 2016 campaign carry dated roles: a governor is GOV
// while in office, a senator LEG.
TEST(CodeEntity, CampaignPoliticiansByDate) {
  Analysis a = Make("John Kasich and Bernie Sanders spoke.", "2016-03-01",
                    {{"John Kasich", EntityType::kPerson}, {"Bernie Sanders", EntityType::kPerson}});
  CodeActors(TheModel(), a);
  EXPECT_EQ(a.entities[0].actor, "USAGOV");
  EXPECT_EQ(a.entities[1].actor, "USALEG");
  Analysis b = Make("John Kasich spoke.", "2020-03-01", {{"John Kasich", EntityType::kPerson}});
  CodeActors(TheModel(), b);
  EXPECT_EQ(b.entities[0].actor, "USAELI");
}

TEST(CountryOfCode, Parts) {
  EXPECT_EQ(CountryOfCode("RUSGOV"), "RUS");
  EXPECT_EQ(CountryOfCode("IGOWSTNAT"), "");
  EXPECT_EQ(CountryOfCode("---COP"), "");
  EXPECT_EQ(CountryOfCode(""), "");
}

TEST(CodeText, LeaderOfAnUnknownBodyHasNoSector) {
  EXPECT_EQ(CodeText(TheModel(), "the president of a building trades council in New Jersey", D("2016-01-30")), "USA");
  EXPECT_EQ(CodeText(TheModel(), "the president of Russia", D("2025-02-12")), "RUSGOV");
  EXPECT_EQ(CodeText(TheModel(), "the president", D("2025-02-12")), "---GOV");
}

TEST(CodeEntity, LowerCaseLeaderTitleWithoutOrganisationIsNoGovernment) {
  Analysis a = Make("Luis Osuna and Ana Ruiz spoke.", "2016-06-02",
                    {{"Luis Osuna", EntityType::kPerson}, {"Ana Ruiz", EntityType::kPerson}});
  a.entities[0].roles.push_back(Role{"president", "", "", {}});
  a.entities[1].roles.push_back(Role{"President", "", "", {}});
  CodeActors(TheModel(), a);
  EXPECT_EQ(a.entities[0].actor, "");
  EXPECT_EQ(a.entities[1].actor, "---GOV");
}

// Offices of US politics: abbreviated titles, campaign staff, media hosts,
// business people; someone who serves a named person takes that person's
// country and the office's own sector, a spokesman the principal's code.
TEST(CodeText, CampaignMediaAndBusinessOffices) {
  const Date d = D("2016-05-01");
  EXPECT_EQ(CodeText(TheModel(), "Sen.", d), "---LEG");
  EXPECT_EQ(CodeText(TheModel(), "Rep.", d), "---LEG");
  EXPECT_EQ(CodeText(TheModel(), "Lt. Gov.", d), "---GOV");
  EXPECT_EQ(CodeText(TheModel(), "conservative radio host", d), "---MED");
  EXPECT_EQ(CodeText(TheModel(), "a pollster", d), "---PTY");
  EXPECT_EQ(CodeText(TheModel(), "the billionaire tech investor", d), "---BUS");
  EXPECT_EQ(CodeText(TheModel(), "Trump's campaign manager", d), "USAPTY");
  // A former campaign post is still party politics, not the elite.
  EXPECT_EQ(CodeText(TheModel(), "Donald Trump's former campaign manager", d), "USAPTY");
  EXPECT_EQ(CodeText(TheModel(), "a former campaign aide", d), "---PTY");
  EXPECT_EQ(CodeText(TheModel(), "a former state party chairman", d), "---PTY");
  // One who ran for office and no longer does is of the elite.
  EXPECT_EQ(CodeText(TheModel(), "former presidential candidate", d), "---ELI");
  EXPECT_EQ(CodeText(TheModel(), "Obama's defense secretary", d), "USAGOVMIL");
  EXPECT_EQ(CodeText(TheModel(), "Bernie Sanders's spokesman", d), "USALEG");
  EXPECT_EQ(CodeText(TheModel(), "Putin's spokesman", D("2025-02-12")), "RUSGOV");
  // "host" alone is no medium: a host country, the host of a summit.
  EXPECT_EQ(CodeText(TheModel(), "the host", d), "");
}

// A middle initial does not hide a known name.
TEST(CodeEntity, MiddleInitialIsSkipped) {
  Analysis a = Make("Gov. John R. Kasich of Ohio spoke.", "2016-03-01", {{"John R. Kasich", EntityType::kPerson}});
  CodeActors(TheModel(), a);
  EXPECT_EQ(a.entities[0].actor, "USAGOV");
}

// A national office with no country takes the country the article is about
// (at least 60% of the country-coded mentions, at least five); an article
// without a clear country leaves it open.
TEST(CodeActors, ArticleCountryFillsNationalOffices) {
  const std::string text =
      "Sen. Pat Roberts met Donald Trump in Iowa. Trump and Sanders spoke in Ohio. Trump left. "
      "Sanders stayed. Mrs. Ann Lee, a billionaire, watched.";
  Analysis a = Make(text, "2016-03-01",
                    {{"Pat Roberts", EntityType::kPerson},
                     {"Trump", EntityType::kPerson},
                     {"Sanders", EntityType::kPerson},
                     {"Ann Lee", EntityType::kPerson}});
  a.entities[0].roles.push_back(Role{"Sen.", "", "", {}});
  a.entities[3].roles.push_back(Role{"billionaire", "", "", {}});
  CodeActors(TheModel(), a);
  EXPECT_EQ(a.entities[0].actor, "USALEG");
  EXPECT_EQ(a.entities[3].actor, "---BUS");  // not a national office
  Analysis b = Make("Sen. Pat Roberts met Putin. Putin and Trump spoke.", "2016-03-01",
                    {{"Pat Roberts", EntityType::kPerson}, {"Putin", EntityType::kPerson}, {"Trump", EntityType::kPerson}});
  b.entities[0].roles.push_back(Role{"Sen.", "", "", {}});
  CodeActors(TheModel(), b);
  EXPECT_EQ(b.entities[0].actor, "---LEG");
}

// Media people, campaign staff and donors of the 2016 campaign are known by
// name, with their dated offices.
TEST(CodeEntity, MediaAndCampaignPeople) {
  Analysis a = Make("Megyn Kelly, Corey Lewandowski, Peter Thiel and Rahm Emanuel were there.", "2016-03-01",
                    {{"Megyn Kelly", EntityType::kPerson},
                     {"Corey Lewandowski", EntityType::kPerson},
                     {"Peter Thiel", EntityType::kPerson},
                     {"Rahm Emanuel", EntityType::kPerson}});
  CodeActors(TheModel(), a);
  EXPECT_EQ(a.entities[0].actor, "USAMED");
  EXPECT_EQ(a.entities[1].actor, "USAPTY");
  EXPECT_EQ(a.entities[2].actor, "USABUS");
  EXPECT_EQ(a.entities[3].actor, "USAGOV");  // mayor of Chicago
  Analysis b = Make("Rahm Emanuel spoke.", "2023-03-01", {{"Rahm Emanuel", EntityType::kPerson}});
  CodeActors(TheModel(), b);
  EXPECT_EQ(b.entities[0].actor, "USAGOV");  // ambassador to Japan
}

// Without a date, a title right before a known name picks that office; with
// a date, the office held on that day wins.
TEST(CodeText, UndatedTitlePicksTheOffice) {
  EXPECT_EQ(CodeText(TheModel(), "US Senator Marco Rubio", std::nullopt), "USALEG");
  EXPECT_EQ(CodeText(TheModel(), "Marco Rubio", std::nullopt), "USAGOV");
  EXPECT_EQ(CodeText(TheModel(), "Senator Marco Rubio", D("2025-06-01")), "USAGOV");
  EXPECT_EQ(CodeText(TheModel(), "Governor John Kasich", std::nullopt), "USAGOV");
}

// Hyphenated Americans are Americans; advocacy groups, foundations and
// coalitions are NGOs, and so are the people who lead them.
TEST(CodeEntity, AmericanGroupsAndNgos) {
  EXPECT_EQ(CodeText(TheModel(), "the Korean American Civic League", D("2016-09-04")), "USA");
  EXPECT_EQ(CodeText(TheModel(), "Korean officials", D("2016-09-04")), "KORGOV");
  EXPECT_EQ(CodeText(TheModel(), "an American advocacy group", D("2016-09-04")), "USANGO");
  EXPECT_EQ(CodeText(TheModel(), "the ruling coalition", D("2016-09-04")), "---GOV");
  Analysis a = Make("Jane Park, advocacy director of the Arab American Youth Consortium, said so.", "2016-09-04",
                    {{"Jane Park", EntityType::kPerson}});
  a.entities[0].roles.push_back(Role{"advocacy director", "Arab American Youth Consortium", "", {}});
  CodeActors(TheModel(), a);
  EXPECT_EQ(a.entities[0].actor, "USANGO");
}

// "Trump campaign manager X", "Rubio spokesman X": the person before the
// title is the principal, whom X serves.
TEST(CodeEntity, PrincipalBeforeTheTitle) {
  Analysis a = Make("Marco Rubio spokesman Al Kent and Donald Trump campaign manager Bo Dunn spoke.", "2016-03-01",
                    {{"Al Kent", EntityType::kPerson}, {"Bo Dunn", EntityType::kPerson}});
  CodeActors(TheModel(), a);
  EXPECT_EQ(a.entities[0].actor, "USALEG");
  EXPECT_EQ(a.entities[1].actor, "USAPTY");
}

// Office-holders, parties and forces of more countries, with dated roles.
TEST(CodeText, MoreCountriesOfficesAndBodies) {
  EXPECT_EQ(CodeText(TheModel(), "Jüri Ratas", D("2018-01-01")), "ESTGOV");
  EXPECT_EQ(CodeText(TheModel(), "Jüri Ratas", D("2021-07-01")), "ESTLEG");
  EXPECT_EQ(CodeText(TheModel(), "Andrei Kartapolov", D("2021-01-01")), "RUSGOVMIL");
  EXPECT_EQ(CodeText(TheModel(), "the PRI", D("2022-01-01")), "MEXPTY");
  EXPECT_EQ(CodeText(TheModel(), "members of SANDF", D("2022-01-01")), "ZAFMIL");
  EXPECT_EQ(CodeText(TheModel(), "Rakhine rebels", D("2022-01-01")), "MMRREB");
  EXPECT_EQ(CodeText(TheModel(), "the legislative body", D("2022-01-01")), "---LEG");
}

// A two-word surname is the end of one known name ("Wasserman Schultz"); an
// abbreviation before a surname is no given name ("AG Lynch"); "Hillary"
// alone is Hillary Clinton.
TEST(CodeEntity, CompoundSurnamesAbbreviationsAndLoneGivenNames) {
  Analysis a = Make("Wasserman Schultz met AG Lynch. Hillary spoke. Mark Schultz left.", "2016-07-26",
                    {{"Wasserman Schultz", EntityType::kPerson},
                     {"AG Lynch", EntityType::kPerson},
                     {"Hillary", EntityType::kPerson},
                     {"Mark Schultz", EntityType::kPerson}});
  AddMention(a, 1, "Lynch", 5);
  CodeActors(TheModel(), a);
  EXPECT_EQ(a.entities[0].actor, "USALEG");
  EXPECT_EQ(a.entities[1].actor, "USAJUD");
  EXPECT_EQ(a.entities[2].actor, "USAELI");
  EXPECT_EQ(a.entities[3].actor, "");
}

// Party committees and PACs are PTY; a leader named by a non-political
// group ("an indigenous leader") is no government; a surname several known
// people share ("Justice Kennedy") is not coded from one of them.
TEST(CodeEntity, PartyCommitteesGroupLeadersAndSharedSurnames) {
  EXPECT_EQ(CodeText(TheModel(), "the Democratic National Committee", D("2016-07-26")), "USAPTY");
  EXPECT_EQ(CodeText(TheModel(), "a super PAC", D("2016-07-26")), "---PTY");
  EXPECT_EQ(CodeText(TheModel(), "an indigenous leader", D("2016-07-26")), "---CVL");
  EXPECT_EQ(CodeText(TheModel(), "religious leaders", D("2016-07-26")), "---REL");
  Analysis a = Make("Justice Kennedy spoke.", "2016-07-26", {{"Kennedy", EntityType::kPerson}});
  a.entities[0].roles.push_back(Role{"Justice", "", "", {}});
  CodeActors(TheModel(), a);
  EXPECT_EQ(a.entities[0].actor, "---JUD");
}

// A national capital named alone stands for its government; other cities,
// and capitals inside a longer phrase, do not.
TEST(CodeText, CapitalAloneIsTheGovernment) {
  EXPECT_EQ(CodeText(TheModel(), "Beijing", D("2025-02-12")), "CHNGOV");
  EXPECT_EQ(CodeText(TheModel(), "TEHRAN", D("2025-02-12")), "IRNGOV");
  EXPECT_EQ(CodeText(TheModel(), "Munich", D("2025-02-12")), "DEU");
  EXPECT_EQ(CodeText(TheModel(), "an amusement park in Kabul", D("2025-02-12")), "AFG");
  EXPECT_EQ(CodeText(TheModel(), "China", D("2025-02-12")), "CHN");
}

// "then-" names the office as it was; the Fed and its chairs are GOVBUS, as
// central banks are in the agents file.
TEST(CodeText, ThenOfficeAndTheFed) {
  EXPECT_EQ(CodeText(TheModel(), "then-Fed Chair Ben S. Bernanke", D("2010-04-23")), "USAGOVBUS");
  EXPECT_EQ(CodeText(TheModel(), "the then-Fed chair", D("2016-04-23")), "USAGOVBUS");
  EXPECT_EQ(CodeText(TheModel(), "then-Senator", D("2016-04-23")), "---LEG");
}

// Office-holders added in the sixth session: the code follows the dates.
TEST(CodeText, OfficeHoldersOfTheSixthSession) {
  EXPECT_EQ(CodeText(TheModel(), "Moshe Ya'alon", D("2014-06-01")), "ISRGOVMIL");
  EXPECT_EQ(CodeText(TheModel(), "Moshe Yaalon", D("2017-06-01")), "ISRELI");
  EXPECT_EQ(CodeText(TheModel(), "Nechirvan Barzani", D("2010-06-01")), "IRQPTY");
  EXPECT_EQ(CodeText(TheModel(), "Nechirvan Barzani", D("2020-06-01")), "IRQGOV");
  EXPECT_EQ(CodeText(TheModel(), "A. K. Antony", D("2010-06-01")), "INDGOVMIL");
  EXPECT_EQ(CodeText(TheModel(), "Cho Tae-yul", D("2024-06-01")), "KORGOV");
  EXPECT_EQ(CodeText(TheModel(), "Sabahattin Cakmakoglu", D("2005-06-01")), "TURGOVMIL");
}

}  // namespace
}  // namespace readout::entities
