// Actors coded at the time of the act: "Mr. Obama and Mr. Netanyahu first
// met in 2007" is a senator meeting the opposition leader, whatever
// offices they held at the article's date.
#ifndef READOUT_EVENTS_ACT_TIME_ACTOR_H_
#define READOUT_EVENTS_ACT_TIME_ACTOR_H_

#include <cstdint>

#include "readout/analysis.h"
#include "readout/model.h"

namespace readout::events {

// When sentence `s` holds a time expression of an earlier year than the
// article's date, re-codes the event's sides that stand for a person
// entity at that time (the middle of the year or month it names). Sides
// coded from other words than the person's name are left alone, and so is
// a side the dictionaries give no dated code for. A sentence with no time
// of its own whose event verb (`head`) is in the simple past and reports
// no speech takes the earlier year (written in digits) that the two
// sentences before it in its paragraph name, unless one of them comes back
// to the article's year ("In 2010, ... Mr. Manafort pressed Mr. Yanukovych
// to sign").
void CodeSidesAtActTime(const Model& model, const Analysis& analysis, uint32_t s, const Token& head, Event& event);

}  // namespace readout::events

#endif  // READOUT_EVENTS_ACT_TIME_ACTOR_H_
