// Lists the .ann files sorted by name so that the annotators of one article
// are adjacent, keeps the first of each run, and reads the article's text.
#include "eval/polnear_corpus.h"

#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace readout::eval {
namespace {
namespace fs = std::filesystem;

bool Slurp(const fs::path& p, std::string* out) {
  std::ifstream f(p, std::ios::binary);
  if (!f) return false;
  std::ostringstream ss;
  ss << f.rdbuf();
  *out = std::move(ss).str();
  return true;
}
}  // namespace

Status ForEachPolnearArticle(const std::string& dir, size_t limit, const PolnearVisitor& visit) {
  const fs::path ann_dir = fs::path(dir) / "attributions";
  const fs::path text_dir = fs::path(dir) / "text";
  std::error_code ec;
  if (!fs::is_directory(ann_dir, ec) || !fs::is_directory(text_dir, ec)) {
    return Status::NotFound(fmt::format("{}: expected text/ and attributions/ folders", dir));
  }
  std::vector<fs::path> anns;
  for (const auto& e : fs::directory_iterator(ann_dir, ec)) {
    if (e.path().extension() == ".ann") anns.push_back(e.path());
  }
  std::sort(anns.begin(), anns.end());
  std::string previous;
  size_t articles = 0;
  for (const fs::path& ann_path : anns) {
    if (limit > 0 && articles >= limit) break;
    std::string stem = ann_path.stem().string();
    size_t us = stem.rfind('_');
    std::string base = us == std::string::npos ? stem : stem.substr(0, us);
    if (base == previous) continue;  // one annotator file per article: the first
    previous = base;
    Document doc;
    doc.id = base;
    std::string ann;
    if (!Slurp(text_dir / (base + ".txt"), &doc.text) || !Slurp(ann_path, &ann)) {
      return Status::IoError(fmt::format("{}: cannot read it or its text", ann_path.string()));
    }
    auto gold = ParseBratAttributions(ann, doc.text);
    if (!gold.ok()) return Status::Corruption(fmt::format("{}: {}", ann_path.string(), gold.status().message()));
    ++articles;
    Status s = visit(doc, gold.value());
    if (!s.ok()) return s;
  }
  return Status::Ok();
}

}  // namespace readout::eval
