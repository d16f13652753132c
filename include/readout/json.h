// Serialisation of an Analysis: CONTRACT.md's JSON line and the readable
// text report.
#ifndef READOUT_JSON_H_
#define READOUT_JSON_H_

#include <string>

#include "readout/analysis.h"

namespace readout {

// One JSON object on one line, no trailing newline.
std::string ToJsonLine(const Analysis& analysis);
// A report for people: entities with roles, quotes, events, times.
std::string ToTextReport(const Analysis& analysis);

}  // namespace readout

#endif  // READOUT_JSON_H_
