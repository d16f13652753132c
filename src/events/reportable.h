// The events an analyst would code: the last step of the events stage in the
// pipeline, after CodeEvents. The coder proposes every event it can read;
// this filter keeps the ones a strict CAMEO analyst reports (docs/events.md,
// "Precision over volume"). Evaluations of argument spans and of PETRARCH's
// records call CodeEvents alone and see every proposal.
#ifndef READOUT_EVENTS_REPORTABLE_H_
#define READOUT_EVENTS_REPORTABLE_H_

#include "readout/analysis.h"

namespace readout::events {

// True when `e` names a coded doer, every actor it names is coded, and it
// asserts the act (not negated). REQUIRES: e's entity indices index
// a.entities.
bool Reportable(const Analysis& a, const Event& e);

// Removes from a.events every event that is not Reportable, keeping order.
void KeepReportable(Analysis& a);

}  // namespace readout::events

#endif  // READOUT_EVENTS_REPORTABLE_H_
