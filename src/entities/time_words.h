// Words and calendar arithmetic the time extractor needs: month and weekday
// names, small number words, ISO weeks. Pure functions, no allocation except
// where a string is returned.
#ifndef READOUT_ENTITIES_TIME_WORDS_H_
#define READOUT_ENTITIES_TIME_WORDS_H_

#include <string>
#include <string_view>

#include "readout/date.h"

namespace readout::entities {

// ASCII case-insensitive equality with `lower` (which must be lower case).
bool EqualsLower(std::string_view word, std::string_view lower);

struct MonthWord {
  int month = 0;             // 1-12; 0 when the word is not a month
  bool abbreviated = false;  // "Feb", "Sept" (the period is a separate matter)
  bool ambiguous = false;    // also an ordinary word or given name: May, March, April, June, August
};
// "February", "Feb", "Feb.", "Sept." -> month. Capitalised forms only
// ("march" is a verb), all-capitals accepted.
MonthWord MonthFromWord(std::string_view word);

// "Monday".."Sunday" (capitalised) -> 0..6 (Monday = 0, as Date::Weekday); -1 otherwise.
int WeekdayFromWord(std::string_view word);

// "a", "an", "one".."twenty", "thirty", "forty", "fifty", or digits 1-999 -> value; -1 otherwise.
int SmallNumber(std::string_view word);

// False when no time expression can begin with `word`: it is neither a
// number nor (ASCII case aside) a month, weekday, number word, "a"/"an",
// "today"/"tonight"/"yesterday"/"tomorrow", "this"/"last"/"next" or
// "mid"/"mid-...". A fast filter before the matchers; true says nothing.
bool MayStartTime(std::string_view word);

// Digits only, 1-2 of them for a day (1-31), 4 for a year (1800-2199); -1 otherwise.
int DayNumber(std::string_view word);
int YearNumber(std::string_view word);

// ISO 8601 week of `d`: "2025-W07".
std::string IsoWeek(const Date& d);
// "2025-02", "2025".
std::string YearMonth(int year, int month);
std::string YearOnly(int year);

}  // namespace readout::entities

#endif  // READOUT_ENTITIES_TIME_WORDS_H_
