// Reading the system data files the text layer is built from (festlex-poslex,
// wordnet-base), with errors that tell the user what to install.
#ifndef READOUT_TEXT_DATA_FILE_H_
#define READOUT_TEXT_DATA_FILE_H_

#include <string>
#include <string_view>

#include "readout/status.h"

namespace readout::text {

// The whole content of `path`. When the file is missing the NotFound status
// names the file and the Debian `package` that provides it.
Result<std::string> ReadDataFile(const std::string& path, std::string_view package);

}  // namespace readout::text

#endif  // READOUT_TEXT_DATA_FILE_H_
