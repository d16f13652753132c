#include "text/flat_string_map.h"

#include <gtest/gtest.h>

#include <set>
#include <string>

namespace readout::text {
namespace {

std::string AsciiLowered(std::string s) {
  for (char& c : s) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  }
  return s;
}

TEST(HashBytes, FoldedHashIsTheHashOfTheLowerCasedKey) {
  // Every length through three 8-byte blocks, all byte values around the
  // letters ('@' and '[' border the capitals) and UTF-8 bytes.
  const std::string alphabet = "@AZ[`az{0 -'\xC3\x89\xE2\x80\x99" "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  for (size_t len = 0; len <= 24; ++len) {
    for (size_t start = 0; start < alphabet.size(); ++start) {
      std::string s;
      for (size_t k = 0; k < len; ++k) s.push_back(alphabet[(start + 7 * k) % alphabet.size()]);
      EXPECT_EQ(HashBytesAsciiLower(s), HashBytes(AsciiLowered(s))) << s;
    }
  }
  EXPECT_EQ(HashBytesAsciiLower("Kyiv"), HashBytes("kyiv"));
  EXPECT_NE(HashBytes("Kyiv"), HashBytes("kyiv"));
}

TEST(HashBytes, ShortKeysOfOneLengthDoNotCollide) {
  // The tail loads cover every byte: all two- and three-letter keys differ.
  std::set<uint64_t> seen;
  size_t keys = 0;
  for (char a = 'a'; a <= 'z'; ++a) {
    for (char b = 'a'; b <= 'z'; ++b) {
      seen.insert(HashBytes(std::string{a, b}));
      ++keys;
      for (char c = 'a'; c <= 'z'; ++c) {
        seen.insert(HashBytes(std::string{a, b, c}));
        ++keys;
      }
    }
  }
  EXPECT_EQ(seen.size(), keys);
}

TEST(FlatStringMap, FindsEveryInsertedKeyAcrossRehashes) {
  FlatStringMap<int> m;
  for (int i = 0; i < 5000; ++i) {
    auto [v, inserted] = m.TryEmplace("key" + std::to_string(i), i);
    EXPECT_TRUE(inserted);
  }
  EXPECT_FALSE(m.TryEmplace("key17", 0).second);
  EXPECT_EQ(m.size(), 5000u);
  for (int i = 0; i < 5000; ++i) {
    const int* v = m.Find("key" + std::to_string(i));
    ASSERT_NE(v, nullptr);
    EXPECT_EQ(*v, i);
  }
  EXPECT_EQ(m.Find("key5000"), nullptr);
  EXPECT_EQ(m.Find(""), nullptr);
}

}  // namespace
}  // namespace readout::text
