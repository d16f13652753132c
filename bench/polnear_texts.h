// The PolNeAR train texts that the micro-benchmarks run over, read once from
// ../shared at run time (one document per file, in file-name order, as the
// pipeline sees them); empty when ../shared is absent.
#ifndef READOUT_BENCH_POLNEAR_TEXTS_H_
#define READOUT_BENCH_POLNEAR_TEXTS_H_

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace readout::bench {

inline const std::vector<std::string>& PolnearTrainTexts() {
  static const std::vector<std::string> texts = [] {
    namespace fs = std::filesystem;
    std::vector<std::string> out;
    const fs::path dir = fs::path(READOUT_SHARED_DIR) / "data" / "polnear" / "train" / "text";
    if (!fs::is_directory(dir)) return out;
    std::vector<fs::path> files;
    for (const auto& e : fs::directory_iterator(dir)) {
      if (e.path().extension() == ".txt") files.push_back(e.path());
    }
    std::sort(files.begin(), files.end());
    for (const fs::path& f : files) {
      std::ifstream in(f, std::ios::binary);
      std::stringstream buf;
      buf << in.rdbuf();
      out.push_back(buf.str());
    }
    return out;
  }();
  return texts;
}

}  // namespace readout::bench

#endif  // READOUT_BENCH_POLNEAR_TEXTS_H_
