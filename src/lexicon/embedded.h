// Data files from the project's data/ folder, embedded in the binary at build
// time (see cmake/embed.cmake), so readout runs with its defaults anywhere.
#ifndef READOUT_LEXICON_EMBEDDED_H_
#define READOUT_LEXICON_EMBEDDED_H_

#include <string_view>
#include <vector>

namespace readout::lexicon {

struct EmbeddedFile {
  std::string_view name;     // path relative to data/, e.g. "places/countries.tsv"
  std::string_view content;  // lives for the whole program
};

// All embedded files, sorted by name.
const std::vector<EmbeddedFile>& EmbeddedFiles();
// Content of one file; empty view when there is none by that name.
std::string_view FindEmbeddedFile(std::string_view name);

}  // namespace readout::lexicon

#endif  // READOUT_LEXICON_EMBEDDED_H_
