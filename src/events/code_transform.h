// How CAMEO codes an event reported through another verb or a modal:
// "would meet" and "plans to meet" are intents (036), "threatened to attack"
// a threat (138), "urged X to talk" an appeal (026), "demanded" a demand
// (106), "refused to meet" a rejection (125). CAMEO's roots 02, 03, 10 and
// 12 share one sub-structure (material cooperation, diplomatic cooperation,
// aid, reform, yield, meeting, ...), so one table maps an inner code's
// category into any of them.
#ifndef READOUT_EVENTS_CODE_TRANSFORM_H_
#define READOUT_EVENTS_CODE_TRANSFORM_H_

#include <string>
#include <string_view>

#include "lexicon/cameo_codes.h"

namespace readout::events {

enum class Frame : uint8_t {
  kNone,     // code stands as it is
  kIntent,   // would, plan to, agree to, promise to: 03x; 13x for force
  kAppeal,   // urge/ask/call on X to: 02x
  kDemand,   // demand that X: 10x
  kRefuse,   // refuse/decline to: 12x
  kThreat,   // threaten to: 13x
  kDrop,     // could/might/may, try and fail...: not coded
};

// Frame of a governing verb's lemma ("plan" -> kIntent), kNone when it
// passes the inner code through ("continue", "begin").
Frame FrameOfGovernor(std::string_view lemma);
// Frame of a modal ("would" -> kIntent, "could" -> kDrop).
Frame FrameOfModal(std::string_view lower);

// The code for `code` seen through `frame`; empty when the combination is
// not an event (a refusal to attack). Results are checked against `codes`,
// falling back to the three-digit parent when a sub-code does not exist.
std::string TransformCode(std::string_view code, Frame frame, const lexicon::CameoCodes& codes);

}  // namespace readout::events

#endif  // READOUT_EVENTS_CODE_TRANSFORM_H_
