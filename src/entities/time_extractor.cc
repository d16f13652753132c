// One left-to-right pass per sentence. At each token the matchers are tried
// from the most specific to the least (ISO date, clock time joined to a day,
// day expressions, bare year, lone clock time); the first that matches takes
// its tokens and the scan continues after them. Matchers read the token texts
// (case-insensitively where words may be capitalised at sentence start) and
// never the POS tags, so they work on any tagger. ISO dates and clock times
// are read from the raw text and snapped to token ends, so they work however
// the tokenizer splits "2025-02-12" or "p.m.". Whether a sentence speaks of
// the future is decided once per sentence from a few marker words.
#include "entities/time_extractor.h"

#include <algorithm>
#include <array>

#include "entities/time_words.h"

namespace readout::entities {
namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// A matched expression: tokens [begin, end) and its value.
struct Found {
  uint32_t end = 0;
  std::string value;
};

// Words after which a bare year or month is a time ("in 2022", "since March").
constexpr std::array<std::string_view, 17> kTimePrepositions = {
    "in", "since", "by", "until", "till", "before", "after", "during", "from", "through",
    "of", "early", "late", "mid", "between", "throughout", "around"};

// Scans all tokens once. An expression starts inside a sentence but may run
// past its end: a tokenizer that splits "Feb." or "p.m." may also split the
// sentence there, and the expression is still one.
class TimeScanner {
 public:
  TimeScanner(const Analysis& a, std::vector<TimeExpression>* out) : a_(a), date_(a.date), out_(out) {}

  void Run() {
    uint32_t i = 0;
    for (uint32_t s = 0; s < a_.sentences.size(); ++s) {
      const Sentence& sentence = a_.sentences[s];
      sentence_ = &sentence;
      future_known_ = false;
      for (i = std::max(i, sentence.first_token); i < sentence.end_token;) {
        Found f;
        if (MayStartTime(W(i)) && (MatchIsoDate(i, &f) || MatchClockThenDay(i, &f) || MatchDay(i, &f) ||
                                   MatchYear(i, &f) || MatchClock(i, &f))) {
          out_->push_back({{a_.tokens[i].start, a_.tokens[f.end - 1].end}, std::move(f.value), s});
          last_end_ = f.end;
          i = f.end;
        } else {
          ++i;
        }
      }
    }
  }

 private:
  // ---- token access ----
  std::string_view W(uint32_t i) const { return i < a_.tokens.size() ? a_.TokenText(a_.tokens[i]) : std::string_view(); }
  bool Is(uint32_t i, std::string_view lower) const { return EqualsLower(W(i), lower); }
  bool Touching(uint32_t i) const {  // token i ends where i + 1 starts
    return i + 1 < a_.tokens.size() && a_.tokens[i].end == a_.tokens[i + 1].start;
  }
  bool CapitalisedWord(uint32_t i) const {
    std::string_view w = W(i);
    return !w.empty() && w[0] >= 'A' && w[0] <= 'Z' && a_.tokens[i].kind == TokenKind::kWord;
  }
  // Token index j >= i whose end is byte `end`, or 0 when a token straddles it.
  uint32_t TokenEndingAt(uint32_t i, uint32_t end) const {
    for (uint32_t j = i; j < a_.tokens.size() && a_.tokens[j].start < end; ++j) {
      if (a_.tokens[j].end == end) return j + 1;
    }
    return 0;
  }

  bool SpeaksOfFuture(const Sentence& s) const {
    // Every test below needs token i to be one of these words (case aside):
    // a word whose length and first letter match none is passed over.
    static const std::array<uint32_t, 17> kFirstLetters = [] {
      std::array<uint32_t, 17> m{};
      for (std::string_view w : {"will", "'ll", "’ll", "shall", "won't", "won’t", "wo", "going", "plans", "plan",
                                 "planned", "expected", "set", "scheduled", "due", "slated", "poised",
                                 "upcoming", "forthcoming"}) {
        m[w.size()] |= uint32_t{1} << (static_cast<unsigned char>(w[0]) & 31u);
      }
      return m;
    }();
    for (uint32_t i = s.first_token; i < s.end_token; ++i) {
      const std::string_view w = W(i);
      if (w.empty() || w.size() >= kFirstLetters.size() ||
          (kFirstLetters[w.size()] & (uint32_t{1} << (static_cast<unsigned char>(w[0]) & 31u))) == 0) {
        continue;
      }
      if (Is(i, "will") || Is(i, "'ll") || Is(i, "’ll") || Is(i, "shall") || Is(i, "won't") ||
          Is(i, "won’t") || (Is(i, "wo") && (Is(i + 1, "n't") || Is(i + 1, "n’t")))) {
        return true;
      }
      if (Is(i + 1, "to") && (Is(i, "going") || Is(i, "plans") || Is(i, "plan") || Is(i, "planned") ||
                              Is(i, "expected") || Is(i, "set") || Is(i, "scheduled") || Is(i, "due") ||
                              Is(i, "slated") || Is(i, "poised"))) {
        return true;
      }
      // "is set for mid-March", "scheduled for Friday", "due in June".
      if ((Is(i + 1, "for") || Is(i + 1, "in") || Is(i + 1, "on")) &&
          (Is(i, "set") || Is(i, "scheduled") || Is(i, "slated") || Is(i, "due") || Is(i, "planned"))) {
        return true;
      }
      if (Is(i, "upcoming") || Is(i, "forthcoming")) return true;
    }
    return false;
  }

  // ---- value helpers: empty when the article has no date ----
  std::string Day(long offset) const { return date_ ? date_->AddDays(offset).ToString() : std::string(); }
  std::string Week(long offset_days) const { return date_ ? IsoWeek(date_->AddDays(offset_days)) : std::string(); }
  std::string MonthsBack(int n) const {
    if (!date_) return {};
    int m = date_->year * 12 + (date_->month - 1) - n;
    return YearMonth(m / 12, m % 12 + 1);
  }
  std::string YearsBack(int n) const { return date_ ? YearOnly(date_->year - n) : std::string(); }

  // Weekday `wd` (0 = Monday): mode 'p' on or before the date, 'f' on or
  // after, '<' strictly before, '>' strictly after, 'w' in the same ISO week.
  std::string WeekdayValue(int wd, char mode) const {
    if (!date_) return {};
    int today = date_->Weekday();
    long back = (today - wd + 7) % 7, ahead = (wd - today + 7) % 7;
    switch (mode) {
      case '<': return Day(-(back == 0 ? 7 : back));
      case '>': return Day(ahead == 0 ? 7 : ahead);
      case 'f': return Day(ahead);
      case 'w': return Day(wd - today);
      default: return Day(-back);
    }
  }
  // A month without a year: 'p' latest up to the article's month, 'f' next
  // from it, '<' strictly before, '>' strictly after.
  std::string BareMonthValue(int month, char mode) const {
    if (!date_) return {};
    int y = date_->year, m = date_->month;
    switch (mode) {
      case '<': return YearMonth(month < m ? y : y - 1, month);
      case '>': return YearMonth(month > m ? y : y + 1, month);
      case 'f': return YearMonth(month >= m ? y : y + 1, month);
      default: return YearMonth(month <= m ? y : y - 1, month);
    }
  }
  // A day and month without a year: within six months of the article date.
  std::string DayMonthValue(int month, int day) const {
    if (!date_) return {};
    for (int y : {date_->year, date_->year - 1, date_->year + 1}) {
      if (!IsValidDate(y, month, day)) continue;
      long gap = Date{y, month, day}.ToDays() - date_->ToDays();
      if (gap >= -183 && gap <= 183) return Date{y, month, day}.ToString();
    }
    return {};
  }

  // ---- pieces ----
  // Month name at i (with a separate period token after an abbreviation);
  // sets *end past it.
  MonthWord MonthAt(uint32_t i, uint32_t* end) const {
    MonthWord m = MonthFromWord(W(i));
    if (m.month == 0) return m;
    *end = i + 1;
    if (m.abbreviated && W(i).back() != '.' && Is(i + 1, ".") && Touching(i)) *end = i + 2;
    return m;
  }
  // Day of month at i: "13", "13th", "13" "th"; sets *end past it.
  int DayAt(uint32_t i, uint32_t* end) const {
    std::string_view w = W(i);
    size_t digits = 0;
    while (digits < w.size() && IsDigit(w[digits])) ++digits;
    if (digits == 0 || digits > 2) return -1;
    std::string_view suffix = w.substr(digits);
    int day = DayNumber(w.substr(0, digits));
    if (day < 0) return -1;
    auto ordinal = [](std::string_view s) {
      return EqualsLower(s, "st") || EqualsLower(s, "nd") || EqualsLower(s, "rd") || EqualsLower(s, "th");
    };
    if (!suffix.empty()) {
      if (!ordinal(suffix)) return -1;
      *end = i + 1;
      return day;
    }
    *end = Touching(i) && ordinal(W(i + 1)) ? i + 2 : i + 1;
    return day;
  }
  bool PrecededByTimeWord(uint32_t i) const {
    if (i == 0) return false;
    for (std::string_view p : kTimePrepositions) {
      if (Is(i - 1, p)) return true;
    }
    // "between 2014 and 2022", "from March to May": only right after a time.
    return (Is(i - 1, "and") || Is(i - 1, "to") || Is(i - 1, "or")) && last_end_ == i - 1;
  }
  static bool PartOfDay(std::string_view w) {
    return EqualsLower(w, "morning") || EqualsLower(w, "afternoon") || EqualsLower(w, "evening") ||
           EqualsLower(w, "night");
  }

  // ---- matchers ----
  bool MatchIsoDate(uint32_t i, Found* f) const {
    std::string_view t = std::string_view(a_.text).substr(a_.tokens[i].start);
    if (t.size() < 10 || !IsDigit(t[0]) || t[4] != '-' || t[7] != '-') return false;
    if (t.size() > 10 && (IsDigit(t[10]) || IsLetter(t[10]))) return false;
    auto d = Date::Parse(t.substr(0, 10));
    if (!d) return false;
    uint32_t end = TokenEndingAt(i, a_.tokens[i].start + 10);
    if (end == 0) return false;
    f->end = end;
    f->value = d->ToString();
    return true;
  }

  // "2 p.m.", "10:30 a.m.", "9am": read from the raw text; *end past it.
  bool ClockAt(uint32_t i, uint32_t* end) const {
    std::string_view t = std::string_view(a_.text).substr(a_.tokens[i].start);
    size_t p = 0;
    while (p < t.size() && p < 2 && IsDigit(t[p])) ++p;
    if (p == 0 || (p < t.size() && IsDigit(t[p]))) return false;
    int hour = (p == 2 ? (t[0] - '0') * 10 : 0) + (t[p - 1] - '0');
    if (hour < 1 || hour > 12) return false;
    if (p + 2 < t.size() && t[p] == ':' && IsDigit(t[p + 1]) && IsDigit(t[p + 2])) p += 3;
    if (p < t.size() && t[p] == ' ') ++p;
    size_t q = p;
    if (q < t.size() && (t[q] == 'a' || t[q] == 'p' || t[q] == 'A' || t[q] == 'P')) {
      ++q;
      if (q < t.size() && t[q] == '.') ++q;
      if (q < t.size() && (t[q] == 'm' || t[q] == 'M')) {
        ++q;
        if (q < t.size() && t[q] == '.') ++q;
        if (q < t.size() && IsLetter(t[q])) return false;
        // A sentence-final "p.m." may share its period with the sentence.
        uint32_t e = TokenEndingAt(i, a_.tokens[i].start + static_cast<uint32_t>(q));
        if (e == 0 && t[q - 1] == '.') e = TokenEndingAt(i, a_.tokens[i].start + static_cast<uint32_t>(q - 1));
        if (e == 0) return false;
        *end = e;
        return true;
      }
    }
    return false;
  }

  bool MatchClockThenDay(uint32_t i, Found* f) {
    uint32_t j;
    if (!ClockAt(i, &j)) return false;
    uint32_t k = Is(j, "on") || Is(j, ",") ? j + 1 : j;
    Found day;
    if (!MatchDayNoClock(k, &day)) return false;
    *f = std::move(day);
    return true;
  }

  bool MatchClock(uint32_t i, Found* f) const {
    uint32_t j;
    if (!ClockAt(i, &j)) return false;
    f->end = j;
    f->value.clear();  // a time of day with no day: unresolved
    return true;
  }

  // A day expression, then "at 2 p.m." joined to it.
  bool MatchDay(uint32_t i, Found* f) {
    if (!MatchDayNoClock(i, f)) return false;
    uint32_t j;
    if (Is(f->end, "at") && ClockAt(f->end + 1, &j)) f->end = j;
    return true;
  }

  bool MatchDayNoClock(uint32_t i, Found* f) {
    return MatchRelativeWord(i, f) || MatchThisLastNext(i, f) || MatchAgo(i, f) || MatchWeekday(i, f) ||
           MatchMonthFirst(i, f) || MatchDayFirst(i, f);
  }

  bool MatchRelativeWord(uint32_t i, Found* f) const {
    long offset;
    if (Is(i, "today") || Is(i, "tonight")) {
      offset = 0;
    } else if (Is(i, "yesterday")) {
      offset = -1;
    } else if (Is(i, "tomorrow")) {
      offset = 1;
    } else {
      return false;
    }
    f->end = PartOfDay(W(i + 1)) && !Is(i, "tonight") ? i + 2 : i + 1;
    f->value = Day(offset);
    return true;
  }

  bool MatchThisLastNext(uint32_t i, Found* f) const {
    char which = Is(i, "this") ? 't' : Is(i, "last") ? 'l' : Is(i, "next") ? 'n' : 0;
    if (!which) return false;
    uint32_t j = i + 1;
    std::string_view w = W(j);
    f->end = j + 1;
    if (PartOfDay(w)) {
      if (which == 'n') return false;  // "next morning" is relative to the story, not the article
      f->value = Day(which == 'l' ? -1 : 0);
    } else if (EqualsLower(w, "week")) {
      f->value = Week(which == 'l' ? -7 : which == 'n' ? 7 : 0);
    } else if (EqualsLower(w, "month")) {
      f->value = MonthsBack(which == 'l' ? 1 : which == 'n' ? -1 : 0);
    } else if (EqualsLower(w, "year")) {
      f->value = YearsBack(which == 'l' ? 1 : which == 'n' ? -1 : 0);
    } else if (int wd = WeekdayFromWord(w); wd >= 0) {
      f->value = WeekdayValue(wd, which == 'l' ? '<' : which == 'n' ? '>' : 'w');
    } else if (MonthWord m = MonthAt(j, &f->end); m.month > 0 && !m.abbreviated) {
      f->value = BareMonthValue(m.month, which == 'l' ? '<' : which == 'n' ? '>' : Future() ? 'f' : 'p');
    } else {
      return false;
    }
    return true;
  }

  bool MatchAgo(uint32_t i, Found* f) const {
    int n = SmallNumber(W(i));
    if (n < 1 || !Is(i + 2, "ago")) return false;
    std::string_view unit = W(i + 1);
    auto unit_is = [&](std::string_view u) {
      return EqualsLower(unit, u) || (unit.size() == u.size() + 1 && EqualsLower(unit.substr(0, u.size()), u) &&
                                      (unit.back() == 's' || unit.back() == 'S'));
    };
    if (unit_is("day")) {
      f->value = Day(-n);
    } else if (unit_is("week")) {
      f->value = Day(-7L * n);
    } else if (unit_is("month")) {
      f->value = MonthsBack(n);
    } else if (unit_is("year")) {
      f->value = YearsBack(n);
    } else {
      return false;
    }
    f->end = i + 3;
    return true;
  }

  bool MatchWeekday(uint32_t i, Found* f) {
    int wd = WeekdayFromWord(W(i));
    if (wd < 0) return false;
    // "Good Friday", "Black Friday": holidays and shop days, not the weekday.
    if (i > 0 && (Is(i - 1, "good") || Is(i - 1, "black") || Is(i - 1, "holy") || Is(i - 1, "ash") ||
                               Is(i - 1, "cyber") || Is(i - 1, "easter"))) {
      return false;
    }
    uint32_t j = i + 1;
    // "Friday, Feb. 14": the date says which Friday.
    uint32_t k = Is(j, ",") ? j + 1 : j;
    Found dated;
    if (MatchMonthFirst(k, &dated) && dated.value.size() == 10) {
      *f = std::move(dated);
      return true;
    }
    // "Sunday Times", "Monday Night Football": names, not days.
    if (CapitalisedWord(j) && MonthFromWord(W(j)).month == 0 && !PartOfDay(W(j))) return false;
    f->end = PartOfDay(W(j)) ? j + 1 : j;
    f->value = WeekdayValue(wd, Future() ? 'f' : 'p');
    return true;
  }

  bool MatchMonthFirst(uint32_t i, Found* f) const {
    uint32_t j;
    std::string_view w = W(i);
    // "mid-February": a month, no guard needed.
    if (w.size() > 4 && EqualsLower(w.substr(0, 4), "mid-")) {
      MonthWord m = MonthFromWord(w.substr(4));
      if (m.month == 0 || m.abbreviated) return false;
      f->end = i + 1;
      int year = YearNumber(W(i + 1));
      if (year > 0) {
        f->end = i + 2;
        f->value = YearMonth(year, m.month);
      } else {
        f->value = BareMonthValue(m.month, Future() ? 'f' : 'p');
      }
      return true;
    }
    if (Is(i, "mid") && Is(i + 1, "-") && Touching(i) && Touching(i + 1)) {
      MonthWord m = MonthFromWord(W(i + 2));
      if (m.month == 0 || m.abbreviated) return false;
      f->end = i + 3;
      f->value = BareMonthValue(m.month, Future() ? 'f' : 'p');
      return true;
    }
    MonthWord m = MonthAt(i, &j);
    if (m.month == 0) return false;
    uint32_t k;
    int day = DayAt(j, &k);
    if (day > 0) {
      int year = -1;
      if (Is(k, ",") && YearNumber(W(k + 1)) > 0) {
        year = YearNumber(W(k + 1));
        k += 2;
      } else if (YearNumber(W(k)) > 0) {
        year = YearNumber(W(k));
        k += 1;
      }
      if (year > 0) {
        if (!IsValidDate(year, m.month, day)) return false;
        f->value = Date{year, m.month, day}.ToString();
      } else {
        if (!IsValidDate(2024, m.month, day)) return false;  // 2024: a leap year, so Feb. 29 passes
        f->value = DayMonthValue(m.month, day);
      }
      f->end = k;
      return true;
    }
    if (int year = YearNumber(W(j)); year > 0) {
      f->end = j + 1;
      f->value = YearMonth(year, m.month);
      return true;
    }
    // A bare month: "in March". Abbreviations and words that are also verbs
    // or names need a preposition before them.
    bool evidence = PrecededByTimeWord(i);
    if (!evidence && (m.abbreviated || m.ambiguous || CapitalisedWord(j))) return false;
    f->end = j;
    f->value = BareMonthValue(m.month, Future() ? 'f' : 'p');
    return true;
  }

  bool MatchDayFirst(uint32_t i, Found* f) const {
    uint32_t j, k;
    int day = DayAt(i, &j);
    if (day < 0) return false;
    if (Is(j, "of")) ++j;  // "13th of February"
    MonthWord m = MonthAt(j, &k);
    if (m.month == 0) return false;
    if (int year = YearNumber(W(k)); year > 0) {
      if (!IsValidDate(year, m.month, day)) return false;
      f->end = k + 1;
      f->value = Date{year, m.month, day}.ToString();
      return true;
    }
    if (!IsValidDate(2024, m.month, day)) return false;
    f->end = k;
    f->value = DayMonthValue(m.month, day);
    return true;
  }

  bool MatchYear(uint32_t i, Found* f) const {
    int year = YearNumber(W(i));
    if (year < 0) return false;
    bool possessive = i + 1 < a_.tokens.size() && a_.tokens[i + 1].kind == TokenKind::kPossessive;
    if (!PrecededByTimeWord(i) && !possessive) return false;
    f->end = i + 1;
    f->value = YearOnly(year);
    return true;
  }

  const Analysis& a_;
  std::optional<Date> date_;
  std::vector<TimeExpression>* out_;
  // Whether the current sentence speaks of the future: read on first use,
  // as few sentences hold a time whose value depends on it.
  bool Future() const {
    if (!future_known_) {
      future_ = SpeaksOfFuture(*sentence_);
      future_known_ = true;
    }
    return future_;
  }
  const Sentence* sentence_ = nullptr;
  mutable bool future_ = false;
  mutable bool future_known_ = false;
  uint32_t last_end_ = 0;  // token after the last expression found
};

}  // namespace

std::vector<TimeExpression> FindTimes(const Analysis& analysis) {
  std::vector<TimeExpression> out;
  TimeScanner(analysis, &out).Run();
  return out;
}

void ExtractTimes(const Model&, Analysis& analysis) { analysis.times = FindTimes(analysis); }

}  // namespace readout::entities
