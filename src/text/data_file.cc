// One fread of the whole file: the data files are a few MB at most and are
// scanned in memory by hand-written parsers.
#include "text/data_file.h"

#include <fmt/format.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>

namespace readout::text {

Result<std::string> ReadDataFile(const std::string& path, std::string_view package) {
  std::unique_ptr<FILE, int (*)(FILE*)> f(std::fopen(path.c_str(), "rb"), &std::fclose);
  if (!f) {
    if (errno == ENOENT) {
      return Status::NotFound(fmt::format("{}: no such file; install the Debian package {} "
                                          "(apt-get install {})",
                                          path, package, package));
    }
    return Status::IoError(fmt::format("{}: {}", path, std::strerror(errno)));
  }
  // Read straight into the string when the size is known (one copy less on
  // the 5 MB WordNet index), then whatever follows if the file grew.
  std::string out;
  if (std::fseek(f.get(), 0, SEEK_END) == 0) {
    long size = std::ftell(f.get());
    std::rewind(f.get());
    if (size > 0) {
      out.resize(static_cast<size_t>(size));
      out.resize(std::fread(out.data(), 1, out.size(), f.get()));
    }
  }
  char buf[1 << 14];
  size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, f.get())) > 0) out.append(buf, n);
  if (std::ferror(f.get())) return Status::IoError(fmt::format("{}: read error", path));
  return out;
}

}  // namespace readout::text
