// Writing an evaluation's detail lines (errors, misses) to a file the user
// named with --errors / --misses.
#ifndef READOUT_CLI_LINE_FILE_H_
#define READOUT_CLI_LINE_FILE_H_

#include <string>
#include <vector>

namespace readout::cli {

// Writes one line per element to `path`; does nothing when `path` is empty.
// Returns false (after printing why on standard error) when it cannot write.
bool WriteLinesOrReport(const std::string& path, const std::vector<std::string>& lines);

}  // namespace readout::cli

#endif  // READOUT_CLI_LINE_FILE_H_
