// Word lists the tokenizer and sentence splitter consult: abbreviations with
// their sentence-ending class, sentence-opening words and reporting verbs.
// They live in data/text/*.{tsv,txt}, embedded in the binary, and are parsed
// once on first use into an immutable table shared by all threads.
#ifndef READOUT_TEXT_TEXT_RULES_H_
#define READOUT_TEXT_TEXT_RULES_H_

#include <string_view>
#include <unordered_map>
#include <unordered_set>

namespace readout::text {

enum class AbbrevClass : uint8_t {
  kTitle,    // never ends a sentence ("Mr.", "Gen.", "Feb.", "St.")
  kNumber,   // an abbreviation only before a digit ("No. 5")
  kMayEnd,   // ends a sentence before a sentence opener ("U.S.", "Inc.", "p.m.")
  kEnds,     // ends a sentence before any capitalised word ("Calif.", "etc.")
};

class TextRules {
 public:
  // The rules from the embedded data files. Thread-safe; lives for the whole
  // program.
  static const TextRules& Get();

  // Builds rules from file contents (for tests). The views must outlive the
  // object.
  TextRules(std::string_view abbreviations_tsv, std::string_view starters_txt,
            std::string_view speech_verbs_txt);

  // Class of a listed abbreviation, period included ("Gen."), or nullptr.
  const AbbrevClass* Abbreviation(std::string_view form_with_period) const;

  // True when `word` (any case, ASCII folded) is a usual sentence opener.
  bool IsSentenceStarter(std::string_view word) const;

  // True when `word` (any case, ASCII folded) is a reporting verb.
  bool IsSpeechVerb(std::string_view word) const;

 private:
  std::unordered_map<std::string_view, AbbrevClass> abbreviations_;
  std::unordered_set<std::string_view> starters_;
  std::unordered_set<std::string_view> speech_verbs_;
};

}  // namespace readout::text

#endif  // READOUT_TEXT_TEXT_RULES_H_
