// The events an analyst would code: the last step of the events stage in the
// pipeline, after CodeEvents. The coder proposes every event it can read;
// this filter keeps the ones a strict CAMEO analyst reports (docs/events.md,
// "Precision over volume"). Evaluations of argument spans and of PETRARCH's
// records call CodeEvents alone and see every proposal.
#ifndef READOUT_EVENTS_REPORTABLE_H_
#define READOUT_EVENTS_REPORTABLE_H_

#include "readout/analysis.h"
#include "readout/model.h"

namespace readout::events {

// True when `e` names a coded doer, every actor it names is coded and is
// an actor (not a thing such as "Obama's announcement", nor a city or a
// state standing for no one), and it asserts the act (not negated).
// REQUIRES: e's spans and entity indices belong to `a`.
bool Reportable(const Model& model, const Analysis& a, const Event& e);

// Removes from a.events every event that is not Reportable, keeping order.
void KeepReportable(const Model& model, Analysis& a);

}  // namespace readout::events

#endif  // READOUT_EVENTS_REPORTABLE_H_
