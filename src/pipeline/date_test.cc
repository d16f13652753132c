#include "readout/date.h"

#include <gtest/gtest.h>

namespace readout {
namespace {

TEST(Date, ParsesIsoAndRejectsImpossibleDays) {
  auto d = Date::Parse("2025-02-12");
  ASSERT_TRUE(d);
  EXPECT_EQ(d->year, 2025);
  EXPECT_EQ(d->month, 2);
  EXPECT_EQ(d->day, 12);
  EXPECT_FALSE(Date::Parse("2025-02-29"));
  EXPECT_TRUE(Date::Parse("2024-02-29"));
  EXPECT_FALSE(Date::Parse("2025-13-01"));
  EXPECT_FALSE(Date::Parse("2025-2-12"));
  EXPECT_FALSE(Date::Parse("12/02/2025"));
}

TEST(Date, DayArithmeticCrossesMonthsAndYears) {
  Date d{2025, 2, 12};
  EXPECT_EQ(d.AddDays(-43).ToString(), "2024-12-31");
  EXPECT_EQ(d.AddDays(17).ToString(), "2025-03-01");
  EXPECT_EQ(Date::FromDays(0).ToString(), "1970-01-01");
  EXPECT_EQ((Date{2000, 3, 1}).AddDays(-1).ToString(), "2000-02-29");
}

TEST(Date, WeekdayMondayIsZero) {
  EXPECT_EQ((Date{2025, 2, 12}).Weekday(), 2);  // a Wednesday
  EXPECT_EQ((Date{2025, 2, 10}).Weekday(), 0);  // a Monday
  EXPECT_EQ((Date{2025, 2, 16}).Weekday(), 6);  // a Sunday
}

}  // namespace
}  // namespace readout
