#include "text/ngram_reader.h"

#include <gtest/gtest.h>

#include <bit>
#include <cstring>
#include <filesystem>

#include "readout/model.h"
#include "text/data_file.h"

namespace readout::text {
namespace {

// Appends `v` as a big-endian double, as the 1997 festlex file stores them.
void PutBigEndian(std::string* out, double v) {
  uint64_t bits;
  std::memcpy(&bits, &v, 8);
  if (std::endian::native == std::endian::little) bits = __builtin_bswap64(bits);
  char b[8];
  std::memcpy(b, &bits, 8);
  out->append(b, 8);
}

std::string Header(int order) { return "NgramBin_2 " + std::to_string(order) + "\na b\na b\n"; }

TEST(NgramReaderTest, DecodesDenseRunLengthCounts) {
  // Bigram over {a, b}: states a, b; counts a->a 3, a->b 3 (a run of two),
  // b->a 0.5, b->b 7.
  std::string bin = Header(2);
  for (double v : {3.0, -2.0, 0.5, 7.0}) PutBigEndian(&bin, v);
  auto r = ParseNgramBin(bin, "ng");
  ASSERT_TRUE(r.ok()) << r.status().message();
  const DenseNgram& ng = r.value();
  EXPECT_EQ(ng.order, 2);
  EXPECT_EQ(ng.vocab, (std::vector<std::string>{"a", "b"}));
  ASSERT_EQ(ng.num_states(), 2u);
  EXPECT_EQ(ng.Count(0, 0), 3.0);
  EXPECT_EQ(ng.Count(0, 1), 3.0);
  EXPECT_EQ(ng.Count(1, 0), 0.5);
  EXPECT_EQ(ng.Count(1, 1), 7.0);
}

TEST(NgramReaderTest, MinusOneMarksASingleValue) {
  std::string bin = Header(2);
  for (double v : {1.0, -1.0, 2.0, 3.0, -2.0}) PutBigEndian(&bin, v);
  auto r = ParseNgramBin(bin, "ng");
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_EQ(r.value().counts, (std::vector<double>{1, 2, 3, 3}));
}

TEST(NgramReaderTest, CorruptFilesAreReported) {
  std::string short_data = Header(2);
  PutBigEndian(&short_data, 1.0);
  std::string too_long = Header(2);
  for (double v : {1.0, -9.0}) PutBigEndian(&too_long, v);
  struct Case {
    std::string content;
    std::string_view expected;
  };
  const Case cases[] = {
      {"NGRAM 3\n", "bad magic number"},
      {"Ngram_2 3\na b\n", "no predicted-vocabulary line"},
      {"NgramBin_2 3", "no header line"},
      {"NgramBin_2 x\na\na\n", "unsupported order"},
      {short_data, "frequency data ends after 1 of 4 values"},
      {too_long, "past the last state"},
  };
  for (const Case& c : cases) {
    auto r = ParseNgramBin(c.content, "ng");
    ASSERT_FALSE(r.ok()) << c.expected;
    EXPECT_NE(r.status().message().find(c.expected), std::string::npos) << r.status().message();
  }
}

TEST(NgramReaderTest, ReadsFestivalsWsjTagTrigram) {
  ModelOptions o;
  if (!std::filesystem::exists(o.ngram_path)) GTEST_SKIP() << "festlex-poslex is not installed";
  auto content = ReadDataFile(o.ngram_path, "festlex-poslex");
  ASSERT_TRUE(content.ok());
  auto r = ParseNgramBin(content.value(), o.ngram_path);
  ASSERT_TRUE(r.ok()) << r.status().message();
  const DenseNgram& ng = r.value();
  EXPECT_EQ(ng.order, 3);
  EXPECT_EQ(ng.vocab.size(), 38u);
  EXPECT_EQ(ng.vocab[0], "nn");
  EXPECT_EQ(ng.num_states(), 38u * 38u);
  double total = 0;
  for (double c : ng.counts) total += c;
  // The WSJ training text: about 914,000 tagged tokens.
  EXPECT_NEAR(total, 913666, 1000);
}

}  // namespace
}  // namespace readout::text
