// CameoCodes: the CAMEO event code table (name, Goldstein value, quad class,
// PLOVER type) read from data/events/cameo_codes.tsv. Immutable after Parse;
// safe to share between threads.
#ifndef READOUT_LEXICON_CAMEO_CODES_H_
#define READOUT_LEXICON_CAMEO_CODES_H_

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace readout::lexicon {

struct CameoCode {
  std::string code;    // "041"
  std::string name;    // "Discuss by telephone"
  double goldstein = 0;
  int quad = 0;        // 1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict
  std::string plover;  // "CONSULT"; empty for roots 01 and 02 (PLOVER dropped them)
};

class CameoCodes {
 public:
  // Parses the tab-separated table `content` (code, name, goldstein, quad,
  // plover; '#' comments). Bad rows are reported in *warnings as
  // "<file>:<line>: ..." and skipped.
  static CameoCodes Parse(std::string_view content, std::string_view file_name, std::vector<std::string>* warnings);
  // The built-in table (data/events/cameo_codes.tsv).
  static const CameoCodes& BuiltIn();

  // Entry for `code`, or null. Codes outside the table (PETRARCH's WEIS-era
  // codes such as "075A") are not in it.
  const CameoCode* Find(std::string_view code) const;
  size_t size() const { return by_code_.size(); }

 private:
  std::unordered_map<std::string, CameoCode> by_code_;
};

}  // namespace readout::lexicon

#endif  // READOUT_LEXICON_CAMEO_CODES_H_
