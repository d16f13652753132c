#include "eval/actor_eval.h"

#include <gtest/gtest.h>

namespace readout::eval {
namespace {

TEST(ActorEval, ParsesCasesAndSkipsUncheckable) {
  const char* tsv =
      "test_name\tis_active_test\tmethod\targ1_text\targ2_context\targ3_date\texpected\n"
      "t1\tTrue\tagent_to_code\tArmenian Prime Minister\t\tToday\tcountry==ARM;code_1==GOV\n"
      "t2\tTrue\tsearch_nat\ta US destroyer\t\t\tcc==USA;text==destroyer\n"
      "t3\tTrue\tquery_wiki\tAbkhazia\t\t\ttitle==Abkhazia\n"
      "t4\tFalse\tagent_to_code\tKazakhstan\t\t\tcountry==KAZ;code_1==\n"
      "t5\tTrue\ttrf_agent_match\ta cat\t\t\tcode?None\n"
      "t6\tTrue\tagent_to_code\tJuan\t\t10 May 2015\tcountry==CHL;code_1==????\n";
  int skipped = 0;
  auto cases = ParseActorCases(tsv, "g.tsv", &skipped);
  ASSERT_TRUE(cases.ok());
  ASSERT_EQ(cases.value().size(), 4u);
  EXPECT_EQ(skipped, 2);
  EXPECT_EQ(cases.value()[0].code1.value_or("?"), "GOV");
  EXPECT_FALSE(cases.value()[0].date.has_value());
  EXPECT_EQ(cases.value()[1].country.value_or("?"), "USA");
  EXPECT_TRUE(cases.value()[2].expect_none);
  EXPECT_FALSE(cases.value()[3].code1.has_value());
  EXPECT_EQ(cases.value()[3].date, (Date{2015, 5, 10}));
}

TEST(ActorEval, BadRowNamesFileAndLine) {
  int skipped = 0;
  auto cases = ParseActorCases("header\nonly\ttwo\n", "g.tsv", &skipped);
  ASSERT_FALSE(cases.ok());
  EXPECT_NE(cases.status().message().find("g.tsv:2:"), std::string::npos);
}

TEST(ActorEval, LooseDates) {
  EXPECT_EQ(ParseLooseEnglishDate("2022-01-10"), (Date{2022, 1, 10}));
  EXPECT_EQ(ParseLooseEnglishDate("October 1, 2021"), (Date{2021, 10, 1}));
  EXPECT_EQ(ParseLooseEnglishDate("10 May 2015"), (Date{2015, 5, 10}));
  EXPECT_FALSE(ParseLooseEnglishDate("today").has_value());
}

}  // namespace
}  // namespace readout::eval
