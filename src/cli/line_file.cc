#include "cli/line_file.h"

#include <fmt/format.h>

#include <cstdio>

namespace readout::cli {

bool WriteLinesOrReport(const std::string& path, const std::vector<std::string>& lines) {
  if (path.empty()) return true;
  std::FILE* out = std::fopen(path.c_str(), "w");
  if (!out) {
    fmt::print(stderr, "readout: cannot write {}\n", path);
    return false;
  }
  for (const std::string& line : lines) fmt::print(out, "{}\n", line);
  bool ok = std::fclose(out) == 0;
  if (!ok) fmt::print(stderr, "readout: cannot write {}\n", path);
  return ok;
}

}  // namespace readout::cli
