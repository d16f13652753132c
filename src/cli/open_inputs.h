// Opening CONTRACT.md inputs for analyze and ingest, with --date and
// --max-bytes applied, reporting problems on standard error.
#ifndef READOUT_CLI_OPEN_INPUTS_H_
#define READOUT_CLI_OPEN_INPUTS_H_

#include <memory>
#include <string>
#include <vector>

#include "io/article_reader.h"

namespace readout::cli {

// Null (after printing why) when --date is malformed or an input path is missing.
std::unique_ptr<io::ArticleReader> OpenInputsOrReport(const std::vector<std::string>& inputs, const std::string& date,
                                                      size_t max_bytes);

}  // namespace readout::cli

#endif  // READOUT_CLI_OPEN_INPUTS_H_
