// Decodes the dense binary n-gram: a text header of two vocabulary lines,
// then run-length-coded doubles. The magic "Ngra" read as a big-endian int
// is 0x4E677261; files written on big-endian machines (this one was, in 1997)
// store the doubles big-endian, so the byte order of the magic decides whether
// every double is byte-swapped.
#include "text/ngram_reader.h"

#include <fmt/format.h>

#include <bit>
#include <cstdint>
#include <cstring>

namespace readout::text {
namespace {

std::vector<std::string> SplitWords(std::string_view line) {
  std::vector<std::string> out;
  size_t i = 0;
  while (i < line.size()) {
    while (i < line.size() && line[i] == ' ') ++i;
    size_t start = i;
    while (i < line.size() && line[i] != ' ') ++i;
    if (i > start) out.emplace_back(line.substr(start, i - start));
  }
  return out;
}

double ReadDouble(const char* p, bool big_endian) {
  uint64_t bits;
  std::memcpy(&bits, p, 8);
  bool host_big = std::endian::native == std::endian::big;
  if (big_endian != host_big) bits = __builtin_bswap64(bits);
  double d;
  std::memcpy(&d, &bits, 8);
  return d;
}

}  // namespace

Result<DenseNgram> ParseNgramBin(std::string_view content, std::string_view file) {
  auto corrupt = [&](std::string_view what) {
    return Status::Corruption(fmt::format("{}: not an EST binary n-gram: {}", file, what));
  };
  if (content.size() < 4) return corrupt("file too short");
  bool big_endian;
  if (content.substr(0, 4) == "Ngra") {
    big_endian = true;
  } else if (content.substr(0, 4) == "argN") {
    big_endian = false;
  } else {
    return corrupt("bad magic number");
  }
  size_t l1 = content.find('\n');
  if (l1 == std::string_view::npos) return corrupt("no header line");
  size_t l2 = content.find('\n', l1 + 1);
  if (l2 == std::string_view::npos) return corrupt("no vocabulary line");
  size_t l3 = content.find('\n', l2 + 1);
  if (l3 == std::string_view::npos) return corrupt("no predicted-vocabulary line");

  std::vector<std::string> header = SplitWords(content.substr(4, l1 - 4));
  if (header.size() != 2 || header[0] != "mBin_2") return corrupt("bad header line");
  DenseNgram ng;
  ng.order = std::atoi(header[1].c_str());
  if (ng.order < 1 || ng.order > 5) return corrupt(fmt::format("unsupported order '{}'", header[1]));
  ng.vocab = SplitWords(content.substr(l1 + 1, l2 - l1 - 1));
  ng.pred_vocab = SplitWords(content.substr(l2 + 1, l3 - l2 - 1));
  if (ng.vocab.empty() || ng.pred_vocab.empty()) return corrupt("empty vocabulary");

  size_t states = 1;
  for (int i = 0; i < ng.order - 1; ++i) states *= ng.vocab.size();
  const size_t total = states * ng.pred_vocab.size();
  const char* data = content.data() + l3 + 1;
  const size_t num = (content.size() - l3 - 1) / 8;
  ng.counts.reserve(total);
  size_t j = 0;
  while (ng.counts.size() < total) {
    if (j >= num) return corrupt(fmt::format("frequency data ends after {} of {} values", ng.counts.size(), total));
    double v = ReadDouble(data + 8 * j, big_endian);
    if (v < 0) return corrupt(fmt::format("negative frequency at value {}", j));
    size_t repeat = 1;
    if (j + 1 < num) {
      double next = ReadDouble(data + 8 * (j + 1), big_endian);
      if (next <= -1) {
        repeat = static_cast<size_t>(-next);
        ++j;
      }
    }
    ++j;
    if (ng.counts.size() + repeat > total) return corrupt("run of frequencies past the last state");
    ng.counts.insert(ng.counts.end(), repeat, v);
  }
  if (j != num) return corrupt(fmt::format("{} trailing values", num - j));
  return ng;
}

}  // namespace readout::text
