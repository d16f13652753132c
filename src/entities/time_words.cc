// Table lookups over short fixed lists: a word is compared only with the
// entries of its length class, so the cost per token is a few byte compares.
#include "entities/time_words.h"

#include <fmt/format.h>

#include <array>
#include <charconv>
#include <string>

#include "text/flat_string_map.h"

namespace readout::entities {
namespace {

struct MonthName {
  std::string_view full;
  std::string_view abbrev;   // "" when none is used
  std::string_view abbrev2;  // a second abbreviation ("sept"), or ""
  bool ambiguous;
};
constexpr std::array<MonthName, 12> kMonths = {{
    {"january", "jan", "", false},  {"february", "feb", "", false}, {"march", "mar", "", true},
    {"april", "apr", "", true},     {"may", "", "", true},          {"june", "jun", "", true},
    {"july", "jul", "", false},     {"august", "aug", "", true},    {"september", "sep", "sept", false},
    {"october", "oct", "", false},  {"november", "nov", "", false}, {"december", "dec", "", false},
}};

constexpr std::array<std::string_view, 7> kWeekdays = {"monday", "tuesday", "wednesday", "thursday",
                                                       "friday", "saturday", "sunday"};

constexpr std::array<std::string_view, 21> kSmallNumbers = {
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"};

bool Capitalised(std::string_view w) { return !w.empty() && w[0] >= 'A' && w[0] <= 'Z'; }

int Digits(std::string_view w) {
  int v = 0;
  if (w.empty() || w.size() > 4) return -1;
  auto r = std::from_chars(w.data(), w.data() + w.size(), v);
  return r.ec == std::errc() && r.ptr == w.data() + w.size() ? v : -1;
}

}  // namespace

bool EqualsLower(std::string_view word, std::string_view lower) {
  if (word.size() != lower.size()) return false;
  for (size_t i = 0; i < word.size(); ++i) {
    char c = word[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != lower[i]) return false;
  }
  return true;
}

MonthWord MonthFromWord(std::string_view word) {
  MonthWord m;
  if (!Capitalised(word) || word.size() > 10) return m;
  bool period = word.back() == '.';
  if (period) word.remove_suffix(1);
  for (size_t i = 0; i < kMonths.size(); ++i) {
    const MonthName& n = kMonths[i];
    if (!period && EqualsLower(word, n.full)) {
      m.month = static_cast<int>(i) + 1;
      m.ambiguous = n.ambiguous;
      return m;
    }
    if ((!n.abbrev.empty() && EqualsLower(word, n.abbrev)) || (!n.abbrev2.empty() && EqualsLower(word, n.abbrev2))) {
      m.month = static_cast<int>(i) + 1;
      m.abbreviated = true;
      // "Mar", "Jun" are rare as words, but "Mar" is a verb and a name part.
      m.ambiguous = n.ambiguous;
      return m;
    }
  }
  return m;
}

int WeekdayFromWord(std::string_view word) {
  if (!Capitalised(word)) return -1;
  for (size_t i = 0; i < kWeekdays.size(); ++i) {
    if (EqualsLower(word, kWeekdays[i])) return static_cast<int>(i);
  }
  return -1;
}

namespace {

// The bit of a word's length and first two letters (ASCII case aside: only
// the low five bits of each byte are used) in MayStartTime's filter.
size_t StartBit(std::string_view w) {
  const size_t c0 = static_cast<unsigned char>(w[0]) & 31u;
  const size_t c1 = static_cast<unsigned char>(w[w.size() > 1 ? 1 : 0]) & 31u;
  return ((w.size() - 1) << 10) | (c0 << 5) | c1;
}

}  // namespace

bool MayStartTime(std::string_view word) {
  if (word.empty()) return false;
  if (word[0] >= '0' && word[0] <= '9') return true;
  // "mid-February"
  if (word.size() > 4 && EqualsLower(word.substr(0, 4), "mid-")) return true;
  constexpr size_t kMaxWord = 16;
  if (word.size() > kMaxWord) return false;
  struct Starts {
    text::FlatStringMap<bool> words;
    // One bit per (length, first two letters) of the words: most words
    // probed per token share none with them and are answered here.
    std::array<uint64_t, (kMaxWord << 10) / 64> filter{};
  };
  static const Starts kStarts = [] {
    Starts st;
    text::FlatStringMap<bool>& m = st.words;
    auto add = [&](std::string_view w) {
      m.TryEmplace(w, true);
      m.TryEmplace(std::string(w) + ".", true);  // "Feb."
    };
    for (const MonthName& n : kMonths) {
      for (std::string_view w : {n.full, n.abbrev, n.abbrev2}) {
        if (!w.empty()) add(w);
      }
    }
    for (std::string_view w : kWeekdays) add(w);
    for (std::string_view w : kSmallNumbers) add(w);
    for (std::string_view w : {"a", "an", "thirty", "forty", "fifty", "today", "tonight", "yesterday", "tomorrow",
                               "this", "last", "next", "mid"}) {
      add(w);
    }
    m.Reserve(2 * m.size());
    m.ForEachKey([&](std::string_view w) {
      if (!w.empty() && w.size() <= kMaxWord) st.filter[StartBit(w) / 64] |= uint64_t{1} << (StartBit(w) % 64);
    });
    return st;
  }();
  const size_t bit = StartBit(word);
  if ((kStarts.filter[bit / 64] & (uint64_t{1} << (bit % 64))) == 0) return false;
  char buf[kMaxWord];
  for (size_t i = 0; i < word.size(); ++i) {
    char c = word[i];
    buf[i] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  }
  return kStarts.words.Find(std::string_view(buf, word.size())) != nullptr;
}

int SmallNumber(std::string_view word) {
  if (EqualsLower(word, "a") || EqualsLower(word, "an")) return 1;
  for (size_t i = 1; i < kSmallNumbers.size(); ++i) {
    if (EqualsLower(word, kSmallNumbers[i])) return static_cast<int>(i);
  }
  if (EqualsLower(word, "thirty")) return 30;
  if (EqualsLower(word, "forty")) return 40;
  if (EqualsLower(word, "fifty")) return 50;
  if (word.size() > 3) return -1;
  int v = Digits(word);
  return v >= 1 ? v : -1;
}

int DayNumber(std::string_view word) {
  if (word.size() > 2) return -1;
  int v = Digits(word);
  return v >= 1 && v <= 31 ? v : -1;
}

int YearNumber(std::string_view word) {
  if (word.size() != 4) return -1;
  int v = Digits(word);
  return v >= 1800 && v <= 2199 ? v : -1;
}

std::string IsoWeek(const Date& d) {
  // The ISO week belongs to the year of its Thursday.
  Date thursday = d.AddDays(3 - d.Weekday());
  long day_of_year = thursday.ToDays() - Date{thursday.year, 1, 1}.ToDays();
  return fmt::format("{:04d}-W{:02d}", thursday.year, day_of_year / 7 + 1);
}

std::string YearMonth(int year, int month) { return fmt::format("{:04d}-{:02d}", year, month); }
std::string YearOnly(int year) { return fmt::format("{:04d}", year); }

}  // namespace readout::entities
