#include "entities/time_extractor.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "text/sentence_splitter.h"
#include "text/tokenizer.h"

namespace readout::entities {
namespace {

// The times of `text` as "span=value" strings, with the article dated
// Wednesday 2025-02-12 unless `date` says otherwise ("" for none).
std::vector<std::string> Times(const std::string& text, const std::string& date = "2025-02-12") {
  Analysis a;
  a.text = text;
  if (!date.empty()) a.date = Date::Parse(date);
  a.tokens = text::Tokenize(a.text);
  a.sentences = text::SplitSentences(a.text, a.tokens);
  std::vector<std::string> out;
  for (const TimeExpression& t : FindTimes(a)) out.push_back(std::string(a.Text(t.span)) + "=" + t.value);
  return out;
}

struct Case {
  const char* text;
  std::vector<std::string> expected;
};

void Check(const std::vector<Case>& cases, const std::string& date = "2025-02-12") {
  for (const Case& c : cases) EXPECT_EQ(Times(c.text, date), c.expected) << c.text;
}

TEST(TimeExtractorTest, RelativeDays) {
  Check({
      {"Trump spoke to Putin today.", {"today=2025-02-12"}},
      {"He said this morning that talks would start.", {"this morning=2025-02-12"}},
      {"The call came this afternoon.", {"this afternoon=2025-02-12"}},
      {"They will meet tonight.", {"tonight=2025-02-12"}},
      {"Yesterday the envoy arrived.", {"Yesterday=2025-02-11"}},
      {"He flies to Kyiv tomorrow morning.", {"tomorrow morning=2025-02-13"}},
      {"Drones struck last night.", {"last night=2025-02-11"}},
  });
}

TEST(TimeExtractorTest, WeekdaysWithinTheArticleWeek) {
  // 2025-02-12 is a Wednesday.
  Check({
      {"Putin said on Wednesday that he agreed.", {"Wednesday=2025-02-12"}},
      {"Zelensky spoke on Monday.", {"Monday=2025-02-10"}},
      {"The talks ended Friday.", {"Friday=2025-02-07"}},
      {"The leaders will meet on Friday.", {"Friday=2025-02-14"}},
      {"Vance is expected to arrive Thursday.", {"Thursday=2025-02-13"}},
      {"He met them last Wednesday.", {"last Wednesday=2025-02-05"}},
      {"They meet next Monday.", {"next Monday=2025-02-17"}},
      {"The summit ends this Sunday.", {"this Sunday=2025-02-16"}},
      {"The vote will be held at 2 p.m. Friday.", {"2 p.m. Friday=2025-02-14"}},
      {"The vote was held at 2 p.m. Friday.", {"2 p.m. Friday=2025-02-07"}},
      // Regression: "set for" and "scheduled for" speak of the future.
      {"The summit is set for mid-March.", {"mid-March=2025-03"}},
      {"A vote is scheduled for Friday.", {"Friday=2025-02-14"}},
      {"The upcoming talks in June matter.", {"June=2025-06"}},
      // Regression: "slated to" and "poised to" speak of the future as "due to" does.
      {"The envoy is slated to meet the minister Tuesday.", {"Tuesday=2025-02-18"}},
      {"The bloc is poised to sign the pact on Friday.", {"Friday=2025-02-14"}},
      {"They met Monday, Feb. 3.", {"Monday, Feb. 3=2025-02-03"}},
      {"Talks resumed Tuesday at 10:30 a.m. in Riyadh.", {"Tuesday at 10:30 a.m.=2025-02-11"}},
      {"He wrote in the Sunday Times.", {}},
      {"Shops opened on Black Friday.", {}},
  });
}

TEST(TimeExtractorTest, WeeksMonthsYears) {
  Check({
      {"Kellogg visited last week.", {"last week=2025-W06"}},
      {"A meeting is planned for next week.", {"next week=2025-W08"}},
      {"Prices rose this week.", {"this week=2025-W07"}},
      {"Sanctions were tightened last month.", {"last month=2025-01"}},
      {"Talks may resume next month.", {"next month=2025-03"}},
      {"The war began three years ago.", {"three years ago=2022"}},
      {"He was freed two days ago.", {"two days ago=2025-02-10"}},
      {"He was freed a week ago.", {"a week ago=2025-02-05"}},
      {"Output fell two months ago.", {"two months ago=2024-12"}},
      {"Russia invaded in 2022.", {"2022=2022"}},
      {"It has fought since 2014's annexation.", {"2014=2014"}},
      {"Russia sent 2000 troops.", {}},
      {"Elections were held last year.", {"last year=2024"}},
  });
}

TEST(TimeExtractorTest, CalendarDates) {
  Check({
      {"The call took place on Feb. 12.", {"Feb. 12=2025-02-12"}},
      {"On February 13 the ministers met.", {"February 13=2025-02-13"}},
      {"It was signed on 13 February 2025.", {"13 February 2025=2025-02-13"}},
      {"It was signed on 12 February 2025.", {"12 February 2025=2025-02-12"}},
      {"The deal was struck Feb. 13, 2025, in Riyadh.", {"Feb. 13, 2025=2025-02-13"}},
      {"Published 2025-02-12 at noon.", {"2025-02-12=2025-02-12"}},
      {"He took office on January 20, 2025.", {"January 20, 2025=2025-01-20"}},
      {"Elections are due in December 2024.", {"December 2024=2024-12"}},
      {"Fighting intensified in March.", {"March=2024-03"}},
      {"Talks will resume in March.", {"March=2025-03"}},
      {"It happened in January.", {"January=2025-01"}},
      {"A truce came in mid-January.", {"mid-January=2025-01"}},
      {"The talks on Dec. 20 failed.", {"Dec. 20=2024-12-20"}},
      {"Between 2014 and 2022 the front barely moved.", {"2014=2014", "2022=2022"}},
  });
}

TEST(TimeExtractorTest, AmbiguousMonthWordsNeedEvidence) {
  Check({
      {"Talks may resume, and May said nothing.", {}},
      {"Protesters march. The March on Washington was huge.", {}},
      {"April Ryan asked a question.", {}},
      {"The vote is on May 5.", {"May 5=2025-05-05"}},
      {"The vote was in May.", {"May=2024-05"}},
  });
}

TEST(TimeExtractorTest, NoArticleDateLeavesRelativeTimesUnresolved) {
  Check({
      {"Trump spoke to Putin today.", {"today="}},
      {"Putin said on Wednesday that he agreed.", {"Wednesday="}},
      {"The talks on Feb. 13 failed.", {"Feb. 13="}},
      {"The war began three years ago.", {"three years ago="}},
      {"It was signed on 13 February 2025.", {"13 February 2025=2025-02-13"}},
      {"Russia invaded in 2022.", {"2022=2022"}},
  },
        "");
}

TEST(TimeExtractorTest, IsoWeekAcrossTheYearBoundary) {
  // 2025-01-01 is a Wednesday of ISO week 2025-W01; seven days back is 2024-W52.
  Check({{"Prices rose last week.", {"last week=2024-W52"}}, {"Prices rose this week.", {"this week=2025-W01"}}},
        "2025-01-01");
  // 2021-01-03 is a Sunday of 2020-W53.
  Check({{"Prices rose this week.", {"this week=2020-W53"}}}, "2021-01-03");
}

TEST(TimeExtractorTest, SentenceIndexAndSpans) {
  Analysis a;
  a.text = "Talks began. They resumed on Monday.";
  a.date = Date::Parse("2025-02-12");
  a.tokens = text::Tokenize(a.text);
  a.sentences = text::SplitSentences(a.text, a.tokens);
  auto times = FindTimes(a);
  ASSERT_EQ(times.size(), 1u);
  EXPECT_EQ(times[0].sentence, 1u);
  EXPECT_EQ(a.Text(times[0].span), "Monday");
  EXPECT_EQ(times[0].span.start, a.text.find("Monday"));
}

}  // namespace
}  // namespace readout::entities
