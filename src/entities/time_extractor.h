// Time expressions: finds dates and relative times in the tokens and resolves
// them against Analysis::date. REQUIRES: text stage done (tokens, sentences).
// Fills Analysis::times, in text order, each with its sentence index.
//
// Values (TimeExpression::value):
//   "2025-02-12"  a day: ISO dates, "Feb. 13, 2025", "13 February", "today",
//                 "this morning", "tonight", "yesterday", "tomorrow", "last
//                 night", "Friday", "2 p.m. Friday", "three days ago",
//                 "a week ago" (7 days back).
//   "2025-W06"    an ISO 8601 week: "this week", "last week" (the ISO week
//                 of the day 7 days back), "next week".
//   "2025-02"     a month: "February 2025", "in March", "last month",
//                 "two months ago".
//   "2022"        a year: "in 2022", "last year", "three years ago".
//   ""            unresolved: a relative expression (or a day and month
//                 without a year) when the article has no date, or a clock
//                 time with no day ("at 2 p.m."). Never guessed from the clock.
// Spans leave out the preposition ("in 2022" -> "2022", "on Friday" ->
// "Friday") but keep "this"/"last"/"next" and a clock time joined to a day.
//
// Inference, documented because news relies on it:
//   - A weekday is the one within the 7 days up to and including the article
//     date ("said on Wednesday"), or, when the sentence speaks of the future
//     (will, 'll, shall, going/plans/expected/set/scheduled to), the one
//     within the 7 days from the article date on. "last Friday" is strictly
//     before the article date, "next Friday" strictly after, "this Friday" is
//     the Friday of the article's ISO week.
//   - A day and month without a year take the year that puts them within
//     six months of the article date.
//   - A bare month ("in March") is the latest such month up to the article's
//     month, or, in a future sentence, the next one from the article's month.
//   - A bare year needs a preceding preposition ("in", "since", "by", ...) or
//     a following possessive ("2022's"), so "2000 troops" is not a year.
#ifndef READOUT_ENTITIES_TIME_EXTRACTOR_H_
#define READOUT_ENTITIES_TIME_EXTRACTOR_H_

#include <vector>

#include "readout/analysis.h"
#include "readout/model.h"

namespace readout::entities {

void ExtractTimes(const Model& model, Analysis& analysis);

// The same, returning the expressions; needs only text, tokens, sentences and
// date of `analysis` (no Model), for tests and tools.
std::vector<TimeExpression> FindTimes(const Analysis& analysis);

}  // namespace readout::entities

#endif  // READOUT_ENTITIES_TIME_EXTRACTOR_H_
