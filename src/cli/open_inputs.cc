#include "cli/open_inputs.h"

#include <fmt/format.h>

#include <iostream>

namespace readout::cli {

std::unique_ptr<io::ArticleReader> OpenInputsOrReport(const std::vector<std::string>& inputs, const std::string& date,
                                                      size_t max_bytes) {
  io::ReaderOptions ropts;
  ropts.max_article_bytes = max_bytes;
  if (!date.empty()) {
    ropts.default_date = Date::Parse(date);
    if (!ropts.default_date) {
      fmt::print(stderr, "readout: --date {} is not a YYYY-MM-DD date\n", date);
      return nullptr;
    }
  }
  auto reader = io::ArticleReader::Open(inputs, ropts, &std::cin);
  if (!reader.ok()) {
    fmt::print(stderr, "readout: {}\n", reader.status().message());
    return nullptr;
  }
  return std::move(reader).value();
}

}  // namespace readout::cli
