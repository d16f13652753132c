// Property tests on generated text: whatever the input, tokens are in order,
// do not overlap, stay in bounds and cover every byte that is not white
// space, a control or an invisible format character; sentences partition the
// tokens.
#include <gtest/gtest.h>
#include <unicode/uchar.h>

#include <random>
#include <string>
#include <vector>

#include "text/sentence_splitter.h"
#include "text/tokenizer.h"
#include "text/utf8.h"

namespace readout::text {
namespace {

void AppendUtf8(char32_t cp, std::string* out) {
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

// Random text biased towards the characters the tokenizer treats specially.
std::string RandomText(std::mt19937& rng, size_t code_points) {
  static const std::u32string kSpecial =
      U"aZ09 .,;:!?'\"-()[]@#$%&/\n\r\t\u00a0\u2019\u2018\u201c\u201d\u2014\u2013\u2026\u00ad\u200d"
      U"\ufeff\u0301\U0001F44D\U0001F3FD\u00e9\u0416";
  static const std::string kChunks[] = {"U.S.", "p.m.", "Mr.", "http://", "www.", ".com", "n't",
                                        "'s", "...", "--", "2025-02-12", "1,000", "''", "``"};
  std::string out;
  for (size_t i = 0; i < code_points; ++i) {
    uint32_t r = rng() % 100;
    if (r < 50) {
      AppendUtf8(kSpecial[rng() % kSpecial.size()], &out);
    } else if (r < 60) {
      out += kChunks[rng() % std::size(kChunks)];
    } else if (r < 90) {
      AppendUtf8(static_cast<char32_t>(0x20 + rng() % 0x5F), &out);
    } else {
      char32_t cp;
      do {
        cp = static_cast<char32_t>(rng() % 0x110000);
      } while (cp >= 0xD800 && cp <= 0xDFFF);
      AppendUtf8(cp, &out);
    }
  }
  return out;
}

bool MayBeSkipped(char32_t cp) {
  if (u_isUWhiteSpace(static_cast<UChar32>(cp))) return true;
  int8_t type = u_charType(static_cast<UChar32>(cp));
  return type == U_CONTROL_CHAR || type == U_FORMAT_CHAR;
}

TEST(TokenizerFuzzTest, TokensCoverAllNonSpaceBytesInOrder) {
  std::mt19937 rng(20250212);
  for (int round = 0; round < 3000; ++round) {
    std::string text = RandomText(rng, 1 + rng() % 60);
    ASSERT_FALSE(FindInvalidUtf8(text).has_value());
    std::vector<Token> tokens = Tokenize(text);
    size_t pos = 0;
    for (const Token& t : tokens) {
      ASSERT_LT(t.start, t.end) << "empty token in: " << text;
      ASSERT_LE(t.end, text.size()) << text;
      ASSERT_GE(t.start, pos) << "overlap in: " << text;
      // Bytes between tokens must be skippable code points, and tokens must
      // start and end on code point boundaries.
      while (pos < t.start) {
        char32_t cp = DecodeUtf8(text, &pos);
        ASSERT_TRUE(MayBeSkipped(cp)) << "lost U+" << std::hex << static_cast<uint32_t>(cp)
                                      << " in: " << text;
      }
      ASSERT_EQ(pos, t.start) << "token starts inside a code point in: " << text;
      while (pos < t.end) DecodeUtf8(text, &pos);
      ASSERT_EQ(pos, t.end) << "token ends inside a code point in: " << text;
    }
    while (pos < text.size()) {
      char32_t cp = DecodeUtf8(text, &pos);
      ASSERT_TRUE(MayBeSkipped(cp)) << "lost trailing U+" << std::hex << static_cast<uint32_t>(cp)
                                    << " in: " << text;
    }
  }
}

TEST(TokenizerFuzzTest, SentencesPartitionTheTokens) {
  std::mt19937 rng(7);
  for (int round = 0; round < 3000; ++round) {
    std::string text = RandomText(rng, 1 + rng() % 80);
    std::vector<Token> tokens = Tokenize(text);
    std::vector<Sentence> sentences = SplitSentences(text, tokens);
    uint32_t next = 0;
    for (const Sentence& s : sentences) {
      ASSERT_EQ(s.first_token, next) << text;
      ASSERT_LT(s.first_token, s.end_token) << text;
      ASSERT_EQ(s.start, tokens[s.first_token].start) << text;
      ASSERT_EQ(s.end, tokens[s.end_token - 1].end) << text;
      ASSERT_EQ(s.paragraph_start, tokens[s.first_token].paragraph_start) << text;
      for (uint32_t i = s.first_token + 1; i < s.end_token; ++i) {
        ASSERT_FALSE(tokens[i].paragraph_start) << "sentence runs over a line break in: " << text;
      }
      next = s.end_token;
    }
    ASSERT_EQ(next, tokens.size()) << text;
  }
}

}  // namespace
}  // namespace readout::text
