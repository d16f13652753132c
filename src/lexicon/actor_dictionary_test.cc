#include "lexicon/actor_dictionary.h"

#include <gtest/gtest.h>

#include <chrono>
#include <iostream>

#include "lexicon/actor_key.h"
#include "lexicon/builtin_actor_reader.h"

namespace readout::lexicon {
namespace {

Date D(std::string_view iso) { return *Date::Parse(iso); }

const ActorDictionary& Builtin() {
  static const ActorDictionary* dict = [] {
    std::vector<std::string> warnings;
    auto r = ActorDictionary::Load(ModelOptions{}, &warnings);
    EXPECT_TRUE(r.ok());
    for (const auto& w : warnings) ADD_FAILURE() << "built-in data warning: " << w;
    return std::move(r).value().release();
  }();
  return *dict;
}

TEST(ActorKey, Normalises) {
  EXPECT_EQ(ActorKey("U.S._VICE-PRESIDENT"), "us vice-president");
  EXPECT_EQ(ActorKey("  Ukhnaagiin   Khürelsükh "), "ukhnaagiin khurelsukh");
  EXPECT_EQ(ActorKey("Zelensky\xE2\x80\x99s"), "zelensky's");
  EXPECT_EQ(ActorKey("LIAMINE_Z\x1aROUAL_"), "liamine z roual");
  EXPECT_EQ(ActorKey("__"), "");
}

TEST(ActorKey, RegularPlural) {
  EXPECT_EQ(RegularPlural("troop"), "troops");
  EXPECT_EQ(RegularPlural("embassy"), "embassies");
  EXPECT_EQ(RegularPlural("envoy"), "envoys");
  EXPECT_EQ(RegularPlural("press"), "presses");
}

TEST(ActorDictionary, BuiltinLoadTime) {
  // Prints the figure; speed is measured here, not asserted.
  std::vector<std::string> w;
  auto start = std::chrono::steady_clock::now();
  auto r = ActorDictionary::Load(ModelOptions{}, &w);
  auto us = std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now() - start).count();
  ASSERT_TRUE(r.ok());
  std::cerr << "built-in actor dictionary: " << r.value()->actor_count() << " records, " << r.value()->name_count()
            << " names, " << r.value()->agent_count() << " agent phrases, " << us / 1000.0 << " ms\n";
}

TEST(ActorDictionary, BuiltinLoadsWithoutWarnings) {
  EXPECT_GT(Builtin().actor_count(), 500u);
  EXPECT_GT(Builtin().agent_count(), 300u);
}

struct DatedCase {
  const char* name;
  const char* date;
  const char* code;
};

TEST(ActorDictionary, DatedRoles) {
  const DatedCase cases[] = {
      {"Donald Trump", "2016-06-01", "USAELI"},  {"Donald Trump", "2018-03-01", "USAGOV"},
      {"Donald Trump", "2022-06-01", "USAELI"},  {"Donald Trump", "2025-02-12", "USAGOV"},
      {"Donald Trump", "2017-01-20", "USAGOV"},  {"Marco Rubio", "2024-06-01", "USALEG"},
      {"Marco Rubio", "2025-02-12", "USAGOV"},   {"Vladimir Putin", "2010-01-01", "RUSGOV"},
      {"Vladimir Putin", "2025-02-12", "RUSGOV"}, {"Volodymyr Zelenskyy", "2018-01-01", "UKRMED"},
      {"Zelensky", "2025-02-12", "UKRGOV"},      {"Angela Merkel", "2017-04-01", "DEUGOV"},
      {"Angela Merkel", "2022-01-10", "DEUELI"}, {"Keith Kellogg", "2025-02-12", "USAGOV"},
      {"Mark Rutte", "2020-01-01", "NLDGOV"},    {"Mark Rutte", "2025-02-12", "IGOWSTNAT"},
      {"Taliban", "2020-01-01", "AFGREB"},       {"Taliban", "2022-01-01", "AFGGOV"},
      {"NATO", "2025-02-12", "IGOWSTNAT"},       {"the Kremlin", "2025-02-12", "RUSGOV"},
  };
  for (const DatedCase& c : cases) {
    EXPECT_EQ(Builtin().Lookup(c.name, D(c.date)).value_or("?"), c.code) << c.name << " at " << c.date;
  }
}

// Office-holders of the G20 and conflict states: a role switches on the day
// written in people.tsv, and nested roles (a defence post inside a longer
// government career) win while they last.
TEST(ActorDictionary, DatedRolesAcrossCountries) {
  const DatedCase cases[] = {
      {"Dick Cheney", "2005-01-01", "USAGOV"},           {"Dick Cheney", "2010-01-01", "USAELI"},
      {"Philip Hammond", "2012-01-01", "GBRGOVMIL"},     {"Philip Hammond", "2015-01-01", "GBRGOV"},
      {"Catherine Vautrin", "2024-06-01", "FRAGOV"},     {"Catherine Vautrin", "2025-11-01", "FRAGOVMIL"},
      {"Taro Kono", "2020-01-01", "JPNGOVMIL"},          {"Taro Kono", "2021-01-01", "JPNGOV"},
      {"Shinjiro Koizumi", "2025-11-01", "JPNGOVMIL"},   {"Anita Anand", "2022-06-01", "CANGOVMIL"},
      {"Anita Anand", "2025-06-01", "CANGOV"},           {"Ban Ki-moon", "2010-01-01", "IGOUNO"},
      {"Ban Ki-moon", "2018-01-01", "KORELI"},           {"Stepan Poltorak", "2016-01-01", "UKRGOVMIL"},
      {"Nkosazana Dlamini-Zuma", "2014-01-01", "IGOAFRAFU"},
      {"Murhaf Abu Qasra", "2024-06-01", "SYRREB"},      {"Murhaf Abu Qasra", "2025-02-01", "SYRGOVMIL"},
      {"Yasser Arafat", "2002-01-01", "PSEGOV"},         {"Yasser Arafat", "2010-01-01", "PSEELI"},
  };
  for (const DatedCase& c : cases) {
    EXPECT_EQ(Builtin().Lookup(c.name, D(c.date)).value_or("?"), c.code) << c.name << " at " << c.date;
  }
}

TEST(ActorDictionary, WithoutDateTakesMostRecent) {
  EXPECT_EQ(Builtin().Lookup("Donald Trump", std::nullopt).value_or("?"), "USAGOV");
  EXPECT_EQ(Builtin().Lookup("Angela Merkel", std::nullopt).value_or("?"), "DEUELI");
}

TEST(ActorDictionary, UnknownNameIsNullopt) {
  EXPECT_FALSE(Builtin().Lookup("Marcus Beam", D("2025-01-01")).has_value());
}

TEST(ActorDictionary, CountriesFromPlaceTable) {
  EXPECT_EQ(Builtin().Lookup("Russian", std::nullopt).value_or("?"), "RUS");
  EXPECT_EQ(Builtin().Lookup("Ukrainians", std::nullopt).value_or("?"), "UKR");
  EXPECT_EQ(Builtin().Lookup("Kyiv", std::nullopt).value_or("?"), "UKR");
}

TEST(ActorDictionary, Agents) {
  const std::pair<const char*, const char*> cases[] = {
      {"police", "COP"},   {"troops", "MIL"},      {"soldiers", "MIL"},      {"rebels", "REB"},
      {"officials", "GOV"}, {"foreign minister", "GOV"}, {"defence ministry", "GOVMIL"},
      {"journalist", "MED"}, {"senior fellow", "EDU"}, {"lawmakers", "LEG"}, {"refugees", "REF"},
      {"civilians", "CVL"}, {"judge", "JUD"},       {"companies", "BUS"},
  };
  for (const auto& [phrase, code] : cases) {
    const AgentCode* a = Builtin().FindAgent(phrase);
    ASSERT_NE(a, nullptr) << phrase;
    EXPECT_EQ(a->code, code) << phrase;
  }
}

TEST(ActorDictionary, SurnameIndexOnlyWhenUnique) {
  const ActorRecord* r = Builtin().FindPersonBySurnameKey("stoltenberg");
  ASSERT_NE(r, nullptr);
  EXPECT_EQ(r->name, "Jens Stoltenberg");
  // Two Ivanovs: no guess.
  EXPECT_EQ(Builtin().FindPersonBySurnameKey("ivanov"), nullptr);
}

TEST(CodeAt, LaterStartWinsOnSharedDay) {
  ActorRecord r;
  r.codes.push_back({"AAAGOV", Date{2000, 1, 1}.ToDays(), Date{2010, 1, 1}.ToDays()});
  r.codes.push_back({"AAAELI", Date{2010, 1, 1}.ToDays(), DatedCode::kOpenEnd});
  EXPECT_EQ(ActorDictionary::CodeAt(r, Date{2010, 1, 1}), "AAAELI");
  EXPECT_EQ(ActorDictionary::CodeAt(r, Date{2009, 12, 31}), "AAAGOV");
  // Before every range, no default: the nearest range.
  EXPECT_EQ(ActorDictionary::CodeAt(r, Date{1990, 1, 1}), "AAAGOV");
}

TEST(CodeAt, DefaultCodeWhenNoRangeHolds) {
  ActorRecord r;
  r.codes.push_back({"IGOUNO", Date{1982, 1, 1}.ToDays(), Date{1991, 12, 31}.ToDays()});
  r.codes.push_back({"PERELI"});
  EXPECT_EQ(ActorDictionary::CodeAt(r, Date{1985, 1, 1}), "IGOUNO");
  EXPECT_EQ(ActorDictionary::CodeAt(r, Date{2000, 1, 1}), "PERELI");
}

TEST(BuiltinReader, MalformedLinesWarnWithFileAndLine) {
  ActorDictionary dict;
  std::vector<std::string> w;
  ReadBuiltinActors("# comment\nGood Name|Alias\tUSAGOV\t2001\t2002-06\n"
                    "No Code\n"
                    "Bad Code\tusa gov\n"
                    "Bad Date\tUSAGOV\t2001-13-01\n"
                    "Backwards\tUSAGOV\t2005\t2001\n"
                    "\xff\xfe\tUSAGOV\n",
                    "t.tsv", ActorKind::kOrg, &dict, &w);
  dict.Finish();
  ASSERT_EQ(w.size(), 4u);
  EXPECT_EQ(w[0].rfind("t.tsv:3:", 0), 0u) << w[0];
  EXPECT_EQ(w[3].rfind("t.tsv:6:", 0), 0u) << w[3];
  EXPECT_EQ(dict.Lookup("alias", Date{2002, 6, 30}).value_or("?"), "USAGOV");
  EXPECT_EQ(ParseLooseDate("2002-06", true), (Date{2002, 6, 30}.ToDays()));
}

}  // namespace
}  // namespace readout::lexicon
