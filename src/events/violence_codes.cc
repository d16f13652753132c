// Which kind of violence a killing is, once its sides are known (members
// of SentenceCoder, sentence_coder.h). The verb dictionary gives "kill"
// 190, conventional military force; the sides refine it: civilians killed
// by militants, gunmen or private persons are unconventional violence
// (180); protesters killed by a state's police or soldiers are violent
// repression (175); thousands of non-combatants killed are a mass killing
// (202), whoever kills them ("Ottoman Turks killed approximately 1.5
// million Armenians"). A state's forces fighting armed enemies keep 190.
#include <algorithm>
#include <charconv>

#include "events/sentence_coder.h"

namespace readout::events {
namespace {

bool EndsWithAny(const std::string& actor, std::initializer_list<std::string_view> set) {
  return std::any_of(set.begin(), set.end(), [&](std::string_view x) { return actor.ends_with(x); });
}

// A count word of a thousand or more: "1.5 million", "thousands",
// "20,000", "hundreds of thousands".
bool LargeCount(std::string_view lower) {
  if (lower == "thousand" || lower == "thousands" || lower == "million" || lower == "millions" ||
      lower == "billion") {
    return true;
  }
  std::string digits;
  for (char c : lower) {
    if (c == ',') continue;
    if (c < '0' || c > '9') return false;
    digits.push_back(c);
  }
  if (digits.empty() || digits.size() > 9) return false;
  unsigned value = 0;
  std::from_chars(digits.data(), digits.data() + digits.size(), value);
  return value >= 1000;
}

}  // namespace

bool SentenceCoder::UnconventionalKilling(const Predicate& p, std::string_view code,
                                          const std::optional<EventArgument>& source,
                                          const std::optional<EventArgument>& target) const {
  if (code != "190" || !source || !target) return false;
  const std::string& l = parse_.token(p.head).lemma;
  if (!(l == "kill" || l == "murder" || l == "massacre" || l == "shoot" || l == "gun" || l == "stab")) return false;
  const std::string& by = source->actor;
  if (by.empty() || by.size() == 3 || !EndsWithAny(by, {"REB", "RAD", "CVL", "REL", "CRM", "UAF"})) return false;
  return EndsWithAny(target->actor, {"CVL", "REF", "MED", "OPP", "REL", "EDU", "BUS"});
}

std::string SentenceCoder::ViolenceCode(const Predicate& p, const std::string& code,
                                        const std::optional<EventArgument>& source,
                                        const std::optional<EventArgument>& target) const {
  if (UnconventionalKilling(p, code, source, target)) return "180";
  if (code != "190" || !target || p.noun) return code;
  const std::string& l = parse_.token(p.head).lemma;
  if (!(l == "kill" || l == "murder" || l == "slaughter" || l == "massacre" || l == "exterminate")) return code;
  const std::string& whom = target->actor;
  // Armed men are no victims of repression or massacre: "police killed the
  // gunman", "killed 1,000 Islamic State fighters".
  if (EndsWithAny(whom, {"MIL", "REB", "COP", "SPY", "UAF", "CRM", "GOV", "RAD"}) || whom.starts_with("IMG")) {
    return code;
  }
  // "state security forces have killed more than 400 protesters".
  if (source && EndsWithAny(source->actor, {"COP", "MIL", "GOV", "SPY"}) && whom.ends_with("OPP")) return "175";
  // The count between the verb and the end of the target: "killed
  // approximately 1.5 million Armenians, Assyrians, Greeks" counts the
  // whole list.
  for (uint32_t k = p.head + 1; k < parse_.end() && parse_.token(k).start < target->span.end; ++k) {
    if (LargeCount(parse_.Lower(k))) return "202";
  }
  return code;
}

}  // namespace readout::events
