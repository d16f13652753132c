// Calendar dates (proleptic Gregorian), enough for article dates, relative
// time resolution and dated actor roles.
#ifndef READOUT_DATE_H_
#define READOUT_DATE_H_

#include <optional>
#include <string>
#include <string_view>

namespace readout {

struct Date {
  int year = 0;
  int month = 0;  // 1-12
  int day = 0;    // 1-31

  // Parses "YYYY-MM-DD"; nullopt when malformed or not a real day.
  static std::optional<Date> Parse(std::string_view iso);
  // Days since 1970-01-01 and back.
  long ToDays() const;
  static Date FromDays(long days);
  Date AddDays(long n) const { return FromDays(ToDays() + n); }
  // 0 = Monday ... 6 = Sunday.
  int Weekday() const;
  std::string ToString() const;  // "YYYY-MM-DD"

  friend bool operator==(const Date&, const Date&) = default;
  friend auto operator<=>(const Date&, const Date&) = default;
};

bool IsValidDate(int year, int month, int day);
int DaysInMonth(int year, int month);

}  // namespace readout

#endif  // READOUT_DATE_H_
