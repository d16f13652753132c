// Looks files up in the table that cmake/embed.cmake generates.
#include "lexicon/embedded.h"

#include <algorithm>

namespace readout::lexicon {

// Defined in the generated embedded_data.cc.
const std::vector<EmbeddedFile>& GeneratedEmbeddedFiles();

const std::vector<EmbeddedFile>& EmbeddedFiles() { return GeneratedEmbeddedFiles(); }

std::string_view FindEmbeddedFile(std::string_view name) {
  const auto& files = EmbeddedFiles();
  auto it = std::lower_bound(files.begin(), files.end(), name,
                             [](const EmbeddedFile& f, std::string_view n) { return f.name < n; });
  if (it == files.end() || it->name != name) return {};
  return it->content;
}

}  // namespace readout::lexicon
