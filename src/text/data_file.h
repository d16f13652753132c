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

// Calls f(line, line_no) for each line of `text`: without its '\n', numbered
// from 1, a last line without '\n' included. Stops at the first error f
// returns and returns it.
template <typename F>
Status ForEachLine(std::string_view text, F&& f) {
  size_t pos = 0, line_no = 0;
  while (pos < text.size()) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    Status s = f(text.substr(pos, nl - pos), ++line_no);
    if (!s.ok()) return s;
    pos = nl + 1;
  }
  return Status::Ok();
}

}  // namespace readout::text

#endif  // READOUT_TEXT_DATA_FILE_H_
