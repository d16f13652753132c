// Directories are expanded up front (sorted, recursively) so the output order
// is the input order; files are then read one article at a time.
#include "io/article_reader.h"

#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <sstream>

#include "text/utf8.h"

namespace readout::io {
namespace fs = std::filesystem;

namespace {
bool HasExt(const fs::path& p, const char* ext) { return p.extension() == ext; }
}  // namespace

Result<std::unique_ptr<ArticleReader>> ArticleReader::Open(const std::vector<std::string>& inputs,
                                                           ReaderOptions options, std::istream* in) {
  std::unique_ptr<ArticleReader> r(new ArticleReader());
  r->options_ = std::move(options);
  r->stdin_ = in;
  std::vector<std::string> paths = inputs;
  if (paths.empty()) paths.push_back("-");
  for (const std::string& p : paths) {
    if (p == "-") {
      r->sources_.push_back({"-", true});
      continue;
    }
    std::error_code ec;
    fs::file_status st = fs::status(p, ec);
    if (ec || !fs::exists(st)) return Status::NotFound(fmt::format("{}: no such file or directory", p));
    if (fs::is_directory(st)) {
      std::vector<fs::path> found;
      for (auto it = fs::recursive_directory_iterator(p, ec); !ec && it != fs::recursive_directory_iterator();
           it.increment(ec)) {
        if (it->is_regular_file() && (HasExt(it->path(), ".txt") || HasExt(it->path(), ".jsonl"))) {
          found.push_back(it->path());
        }
      }
      if (ec) return Status::IoError(fmt::format("{}: {}", p, ec.message()));
      std::sort(found.begin(), found.end());
      for (const auto& f : found) r->sources_.push_back({f.string(), HasExt(f, ".jsonl")});
    } else {
      r->sources_.push_back({p, HasExt(p, ".jsonl")});
    }
  }
  return r;
}

Item ParseJsonlArticle(const std::string& line, const std::string& where, size_t line_no,
                       const ReaderOptions& options) {
  Item item;
  item.where = where;
  if (line.size() > options.max_article_bytes) {
    item.error = Status::TooLarge(fmt::format("{}: article line has {} bytes, over the limit of {} (raise it with --max-bytes)",
                                              where, line.size(), options.max_article_bytes));
    return item;
  }
  if (auto bad = text::FindInvalidUtf8(line)) {
    item.error = Status::InvalidArgument(fmt::format("{}: invalid UTF-8 at byte {} of the line", where, *bad));
    return item;
  }
  nlohmann::json j = nlohmann::json::parse(line, nullptr, /*allow_exceptions=*/false);
  if (j.is_discarded() || !j.is_object()) {
    item.error = Status::InvalidArgument(fmt::format("{}: malformed JSON line", where));
    return item;
  }
  auto str = [&](const char* key, std::string* out) -> bool {
    auto it = j.find(key);
    if (it == j.end() || it->is_null()) return true;
    if (it->is_string()) { *out = it->get<std::string>(); return true; }
    if (it->is_number_integer() && std::string(key) == "id") { *out = std::to_string(it->get<long long>()); return true; }
    return false;
  };
  Document& d = item.doc;
  if (!str("id", &d.id)) {
    item.error = Status::InvalidArgument(fmt::format("{}: \"id\" is not a string", where));
    return item;
  }
  if (d.id.empty()) d.id = std::to_string(line_no);
  auto text = j.find("text");
  if (text == j.end() || !text->is_string()) {
    item.error = Status::InvalidArgument(fmt::format("{} (id {}): \"text\" is missing or not a string", where, d.id));
    return item;
  }
  d.text = text->get<std::string>();
  str("title", &d.title);
  str("source", &d.source);
  str("url", &d.url);
  std::string date;
  str("date", &date);
  if (!date.empty()) {
    // Accept full timestamps ("2025-02-12T10:00:00Z") by their date part.
    d.date = Date::Parse(std::string_view(date).substr(0, 10));
    if (!d.date) item.warnings.push_back(fmt::format("{} (id {}): date \"{}\" is not YYYY-MM-DD; ignored", where, d.id, date));
  }
  if (!d.date) d.date = options.default_date;
  return item;
}

std::optional<Item> ArticleReader::NextFromJsonl() {
  std::string line;
  while (std::getline(*current_, line)) {
    ++line_no_;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.find_first_not_of(" \t") == std::string::npos) continue;
    std::string where = fmt::format("{}:{}", current_path_ == "-" ? "<stdin>" : current_path_, line_no_);
    return ParseJsonlArticle(line, where, line_no_, options_);
  }
  current_ = nullptr;
  file_.reset();
  return std::nullopt;
}

std::optional<Item> ArticleReader::Next() {
  while (true) {
    if (current_) {
      if (auto item = NextFromJsonl()) return item;
    }
    if (next_source_ >= sources_.size()) return std::nullopt;
    const Source& src = sources_[next_source_++];
    if (src.jsonl) {
      current_path_ = src.path;
      line_no_ = 0;
      if (src.path == "-") {
        current_ = stdin_;
      } else {
        file_ = std::make_unique<std::ifstream>(src.path, std::ios::binary);
        if (!*file_) {
          Item item;
          item.where = src.path;
          item.error = Status::IoError(fmt::format("{}: cannot open", src.path));
          file_.reset();
          return item;
        }
        current_ = file_.get();
      }
      continue;
    }
    Item item;
    item.where = src.path;
    item.doc.id = fs::path(src.path).stem().string();
    item.doc.date = options_.default_date;
    std::error_code ec;
    auto size = fs::file_size(src.path, ec);
    if (ec) {
      item.error = Status::IoError(fmt::format("{}: {}", src.path, ec.message()));
      return item;
    }
    if (size > options_.max_article_bytes) {
      item.error = Status::TooLarge(fmt::format("{} (id {}): {} bytes, over the limit of {} (raise it with --max-bytes)",
                                                src.path, item.doc.id, size, options_.max_article_bytes));
      return item;
    }
    std::ifstream f(src.path, std::ios::binary);
    std::ostringstream ss;
    ss << f.rdbuf();
    if (!f) {
      item.error = Status::IoError(fmt::format("{}: cannot read", src.path));
      return item;
    }
    item.doc.text = std::move(ss).str();
    return item;
  }
}

}  // namespace readout::io
