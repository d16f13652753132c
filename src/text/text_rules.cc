// The lists are line-based plain text ('#' starts a comment line). Entries are
// views into the embedded file contents, so loading copies nothing; lookups
// fold ASCII case into a small stack buffer because the lists are English.
#include "text/text_rules.h"

#include <cassert>

#include "lexicon/embedded.h"

namespace readout::text {
namespace {

// Calls fn(line) for every non-empty, non-comment line, trailing \r removed.
template <typename Fn>
void ForEachLine(std::string_view content, Fn fn) {
  while (!content.empty()) {
    size_t nl = content.find('\n');
    std::string_view line = content.substr(0, nl);
    content = nl == std::string_view::npos ? std::string_view() : content.substr(nl + 1);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line[0] == '#') continue;
    fn(line);
  }
}

// ASCII-lowercases `word` into buf; returns an empty view when it is too long
// to be in any list.
std::string_view Fold(std::string_view word, char (&buf)[32]) {
  if (word.size() > sizeof(buf)) return {};
  for (size_t i = 0; i < word.size(); ++i) {
    char c = word[i];
    buf[i] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c + ('a' - 'A')) : c;
  }
  return std::string_view(buf, word.size());
}

}  // namespace

TextRules::TextRules(std::string_view abbreviations_tsv, std::string_view starters_txt,
                     std::string_view speech_verbs_txt) {
  ForEachLine(abbreviations_tsv, [&](std::string_view line) {
    size_t tab = line.find('\t');
    if (tab == std::string_view::npos) return;
    std::string_view form = line.substr(0, tab);
    std::string_view cls = line.substr(tab + 1);
    AbbrevClass c = AbbrevClass::kMayEnd;
    if (cls == "title") c = AbbrevClass::kTitle;
    else if (cls == "number") c = AbbrevClass::kNumber;
    else if (cls == "ends") c = AbbrevClass::kEnds;
    else assert(cls == "may_end");
    abbreviations_.emplace(form, c);
  });
  ForEachLine(starters_txt, [&](std::string_view line) { starters_.insert(line); });
  ForEachLine(speech_verbs_txt, [&](std::string_view line) { speech_verbs_.insert(line); });
}

const TextRules& TextRules::Get() {
  static const TextRules rules(lexicon::FindEmbeddedFile("text/abbreviations.tsv"),
                               lexicon::FindEmbeddedFile("text/sentence_starters.txt"),
                               lexicon::FindEmbeddedFile("text/speech_verbs.txt"));
  return rules;
}

const AbbrevClass* TextRules::Abbreviation(std::string_view form_with_period) const {
  auto it = abbreviations_.find(form_with_period);
  return it == abbreviations_.end() ? nullptr : &it->second;
}

bool TextRules::IsSentenceStarter(std::string_view word) const {
  char buf[32];
  std::string_view w = Fold(word, buf);
  return !w.empty() && starters_.count(w) > 0;
}

bool TextRules::IsSpeechVerb(std::string_view word) const {
  char buf[32];
  std::string_view w = Fold(word, buf);
  return !w.empty() && speech_verbs_.count(w) > 0;
}

}  // namespace readout::text
