// Builds the verb index: every form of every head word (generated regular
// inflections and listed irregular ones) maps to the VerbForms it starts, so
// the event coder finds candidate predicates with one hash lookup per token.
// Files from --dicts folders are appended after the built-in ones; their
// blocks keep their own patterns, so a word listed twice offers both sets and
// the matcher picks the most specific pattern.
#include "lexicon/verb_dictionary.h"

#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "lexicon/embedded.h"

namespace readout::lexicon {

namespace {

std::string LowerName(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

bool IsVerbFileName(const std::string& name) {
  std::string n = LowerName(name);
  bool ext = n.ends_with(".txt") || n.ends_with(".verbs");
  return ext && (n.find("verbs") != std::string::npos || n.starts_with("cameo."));
}

Status ReadFileInto(const std::filesystem::path& path, VerbFileContents* contents, std::vector<std::string>* warnings) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IoError(fmt::format("cannot read {}", path.string()));
  std::stringstream ss;
  ss << in.rdbuf();
  std::vector<size_t> had(contents->blocks.size());
  for (size_t b = 0; b < had.size(); ++b) had[b] = contents->blocks[b].patterns.size();
  ReadVerbFile(ss.str(), path.string(), /*nouns=*/false, contents, warnings);
  // The file's patterns match words as PETRARCH does, literally.
  for (size_t b = 0; b < contents->blocks.size(); ++b) {
    std::vector<VerbPattern>& patterns = contents->blocks[b].patterns;
    for (size_t k = b < had.size() ? had[b] : 0; k < patterns.size(); ++k) patterns[k].literal = true;
  }
  return Status::Ok();
}

}  // namespace

std::unique_ptr<VerbDictionary> VerbDictionary::FromContents(VerbFileContents contents) {
  auto dict = std::make_unique<VerbDictionary>();
  dict->blocks_ = std::move(contents.blocks);
  for (VerbBlock& b : dict->blocks_) {
    for (VerbPattern& p : b.patterns) {
      for (PatternElement& e : p.before) {
        if (e.kind == PatternElement::Kind::kWords) e.IndexLeads();
      }
      for (PatternElement& e : p.after) {
        if (e.kind == PatternElement::Kind::kWords) e.IndexLeads();
      }
    }
  }
  // Most words probed are no form (the coder asks for every verb and head
  // noun), and a miss walks the probe run to an empty slot: at most 3/8 of
  // the slots filled keeps those runs short (about 2 slots; up to 8 at the
  // default 3/4), for a table of a few hundred KB.
  dict->forms_.Reserve(2 * contents.forms.size());
  for (auto& [word, form] : contents.forms) {
    auto [index, added] = dict->forms_.TryEmplace(word, static_cast<uint32_t>(dict->form_lists_.size()));
    if (added) dict->form_lists_.emplace_back();
    dict->form_lists_[*index].push_back(std::move(form));
  }
  return dict;
}

Result<std::unique_ptr<VerbDictionary>> VerbDictionary::Load(const ModelOptions& options,
                                                            std::vector<std::string>* warnings) {
  VerbFileContents contents;
  if (!options.dicts_only) {
    ReadVerbFile(FindEmbeddedFile("events/verbs.txt"), "events/verbs.txt", false, &contents, warnings);
    ReadVerbFile(FindEmbeddedFile("events/nouns.txt"), "events/nouns.txt", true, &contents, warnings);
  }
  namespace fs = std::filesystem;
  for (const std::string& dir : options.dict_dirs) {
    std::error_code ec;
    if (fs::is_regular_file(dir, ec)) {
      if (IsVerbFileName(fs::path(dir).filename().string())) {
        if (Status s = ReadFileInto(dir, &contents, warnings); !s.ok()) return s;
      }
      continue;
    }
    std::vector<fs::path> files;
    for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
      if (it->is_regular_file(ec) && IsVerbFileName(it->path().filename().string())) files.push_back(it->path());
    }
    if (ec) return Status::IoError(fmt::format("cannot list dictionary folder {}: {}", dir, ec.message()));
    std::sort(files.begin(), files.end());
    for (const auto& f : files) {
      if (Status s = ReadFileInto(f, &contents, warnings); !s.ok()) return s;
    }
  }
  return FromContents(std::move(contents));
}

std::span<const VerbForm> VerbDictionary::Find(std::string_view word) const {
  const uint32_t* i = forms_.Find(word);
  if (i == nullptr) return {};
  return form_lists_[*i];
}

}  // namespace readout::lexicon
