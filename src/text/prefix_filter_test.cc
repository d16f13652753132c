#include "text/prefix_filter.h"

#include <gtest/gtest.h>

#include <string>

namespace readout::text {
namespace {

TEST(PrefixFilter, EveryPrefixOfANameMayBeginOneCaseAside) {
  PrefixFilter f;
  for (std::string_view name : {"New York", "Newark", "Saudi Arabia", "Côte d'Ivoire"}) f.Add(name);
  for (std::string_view name : {"New York", "Newark", "Saudi Arabia", "Côte d'Ivoire"}) {
    for (size_t n = 0; n <= name.size(); ++n) EXPECT_TRUE(f.MayBegin(name.substr(0, n))) << name.substr(0, n);
  }
  EXPECT_TRUE(f.MayBegin("NEW YORK"));
  EXPECT_TRUE(f.MayBegin("saudi a"));
  EXPECT_TRUE(f.MayBegin("CôTE D'"));
  EXPECT_FALSE(f.MayBegin("CÔTE"));  // only ASCII letters are folded
  EXPECT_FALSE(f.MayBegin("New York Times"));
  EXPECT_FALSE(f.MayBegin("Trump"));
  EXPECT_FALSE(f.MayBegin("Yo"));
  EXPECT_EQ(f.size(), std::string_view("New York").size() + 3 + std::string_view("Saudi Arabia").size() +
                          std::string_view("Côte d'Ivoire").size());
}

TEST(PrefixFilter, GrowsWithoutLosingNames) {
  PrefixFilter f;
  for (int i = 0; i < 20000; ++i) f.Add("city" + std::to_string(i));
  for (int i = 0; i < 20000; ++i) ASSERT_TRUE(f.MayBegin("CITY" + std::to_string(i)));
  EXPECT_FALSE(f.MayBegin("city20000x"));
  EXPECT_FALSE(f.MayBegin("town"));
}

}  // namespace
}  // namespace readout::text
