#include "lexicon/cameo_codes.h"

#include <gtest/gtest.h>

namespace readout::lexicon {
namespace {

TEST(CameoCodes, BuiltInTableHasGoldsteinQuadAndPlover) {
  const CameoCodes& t = CameoCodes::BuiltIn();
  EXPECT_GT(t.size(), 300u);
  struct Case {
    const char* code;
    double goldstein;
    int quad;
    const char* plover;
  } cases[] = {
      {"041", 1.0, 1, "CONSULT"}, {"036", 4.0, 1, "AGREE"},     {"0841", 7.0, 2, "RETREAT"},
      {"112", -2.0, 3, "ACCUSE"}, {"190", -10.0, 4, "ASSAULT"}, {"195", -10.0, 4, "ASSAULT"},
      {"163", -8.0, 4, "COERCE"}, {"010", 0.0, 1, ""},
  };
  for (const auto& c : cases) {
    const CameoCode* e = t.Find(c.code);
    ASSERT_NE(e, nullptr) << c.code;
    EXPECT_DOUBLE_EQ(e->goldstein, c.goldstein) << c.code;
    EXPECT_EQ(e->quad, c.quad) << c.code;
    EXPECT_EQ(e->plover, c.plover) << c.code;
  }
  EXPECT_EQ(t.Find("075A"), nullptr);
}

TEST(CameoCodes, BadRowsAreWarnings) {
  std::vector<std::string> w;
  CameoCodes t = CameoCodes::Parse("# c\n041\tcall\t1.0\t1\tCONSULT\nx41\ty\t1\t1\n042\tvisit\tabc\t1\n043\th\t1\n",
                                   "t.tsv", &w);
  EXPECT_EQ(t.size(), 1u);
  ASSERT_EQ(w.size(), 3u);
  EXPECT_EQ(w[0].rfind("t.tsv:3:", 0), 0u);
}

}  // namespace
}  // namespace readout::lexicon
