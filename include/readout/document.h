// One input article, as CONTRACT.md describes it.
#ifndef READOUT_DOCUMENT_H_
#define READOUT_DOCUMENT_H_

#include <optional>
#include <string>

#include "readout/date.h"

namespace readout {

struct Document {
  std::string id;
  std::string text;              // raw UTF-8 (validated by the pipeline)
  std::optional<Date> date;      // publication date; resolves relative times
  std::string title;
  std::string source;
  std::string url;
};

}  // namespace readout

#endif  // READOUT_DOCUMENT_H_
