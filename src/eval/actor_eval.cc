// Reads the NGEC cases, codes each phrase, splits our code into country and
// sector parts the way NGEC does (three letters each), and counts matches per
// expectation kind.
#include "eval/actor_eval.h"

#include <fmt/format.h>

#include "entities/actor_coder.h"
#include "text/ascii_words.h"

namespace readout::eval {

namespace {

std::vector<std::string_view> Split(std::string_view s, char sep) {
  std::vector<std::string_view> out;
  size_t start = 0;
  while (true) {
    size_t p = s.find(sep, start);
    out.push_back(s.substr(start, p == std::string_view::npos ? std::string_view::npos : p - start));
    if (p == std::string_view::npos) break;
    start = p + 1;
  }
  return out;
}

int MonthNumber(std::string_view word) {
  static constexpr std::string_view kMonths[] = {"january", "february", "march",     "april",   "may",      "june",
                                                 "july",    "august",   "september", "october", "november", "december"};
  const std::string w = text::AsciiLower(word);
  for (int i = 0; i < 12; ++i) {
    if (w.size() >= 3 && kMonths[i].substr(0, w.size()) == w) return i + 1;
  }
  return 0;
}

// Country and sector parts of a readout code, NGEC style.
struct CodeParts {
  std::string country, code1, code2;
};
CodeParts PartsOf(std::string_view code) {
  CodeParts p;
  if (code.size() < 3) return p;
  std::string_view rest;
  if (code.substr(0, 6) == "IGOUNO") {
    p.country = "UNO";  // UN bodies: sectors follow ("IGOUNOJUDICJ")
    rest = code.substr(6);
  } else if (code.substr(0, 3) == "IGO") {
    p.country = "IGO";  // region and organisation follow, not sectors
  } else if (code.substr(0, 3) == "NGO") {
    p.code1 = "NGO";  // NGEC: NGO is a sector without a country
    return p;
  } else if (code.substr(0, 3) == "---") {
    rest = code.substr(3);
  } else {
    p.country = std::string(code.substr(0, 3));
    rest = code.substr(3);
  }
  if (rest.size() >= 3) p.code1 = std::string(rest.substr(0, 3));
  if (rest.size() >= 6) p.code2 = std::string(rest.substr(3, 3));
  return p;
}

}  // namespace

std::optional<Date> ParseLooseEnglishDate(std::string_view text) {
  if (auto iso = Date::Parse(text)) return iso;
  std::string cleaned;
  for (char c : text) cleaned.push_back(c == ',' ? ' ' : c);
  std::vector<std::string_view> words;
  for (std::string_view w : Split(cleaned, ' ')) {
    if (!w.empty()) words.push_back(w);
  }
  if (words.size() != 3) return std::nullopt;
  auto num = [](std::string_view s) {
    int v = 0;
    for (char c : s) {
      if (c < '0' || c > '9') return -1;
      v = v * 10 + (c - '0');
    }
    return s.empty() ? -1 : v;
  };
  int d = num(words[0]), m = MonthNumber(words[1]), y = num(words[2]);  // 10 May 2015
  if (d < 0 || m == 0) {
    m = MonthNumber(words[0]);  // October 1 2021
    d = num(words[1]);
  }
  if (m == 0 || d < 1 || y < 1000 || !IsValidDate(y, m, d)) return std::nullopt;
  return Date{y, m, d};
}

Result<std::vector<ActorCase>> ParseActorCases(std::string_view content, std::string_view file, int* skipped) {
  std::vector<ActorCase> cases;
  *skipped = 0;
  int line_no = 0;
  for (std::string_view line : Split(content, '\n')) {
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line_no == 1) continue;  // header
    auto f = Split(line, '\t');
    if (f.size() != 7) {
      return Status::Corruption(fmt::format("{}:{}: expected 7 tab-separated fields, found {}", file, line_no, f.size()));
    }
    ActorCase c;
    c.name = std::string(f[0]);
    c.line = line_no;
    c.text = std::string(f[3]);
    c.context = std::string(f[4]);
    c.date = ParseLooseEnglishDate(f[5]);
    bool checkable = false;
    for (std::string_view kv : Split(f[6], ';')) {
      if (kv == "code?None") {
        c.expect_none = true;
        checkable = true;
        continue;
      }
      size_t eq = kv.find("==");
      if (eq == std::string_view::npos) continue;  // "!=", " in ": not scored
      std::string_view key = kv.substr(0, eq), value = kv.substr(eq + 2);
      if (value.find('?') != std::string_view::npos) continue;  // "????": undecided
      if (key == "country" || key == "cc") {
        c.country = std::string(value);
        checkable = true;
      } else if (key == "code_1") {
        c.code1 = std::string(value);
        checkable = true;
      } else if (key == "code_2") {
        c.code2 = std::string(value);
        checkable = true;
      }
    }
    if (f[1] != "True" || c.text.empty() || !checkable) {
      ++*skipped;
      continue;
    }
    cases.push_back(std::move(c));
  }
  return cases;
}

ActorEvalResult EvaluateActors(const Model& model, const std::vector<ActorCase>& cases) {
  ActorEvalResult r;
  for (const ActorCase& c : cases) {
    ActorCaseResult cr;
    cr.gold = &c;
    std::string context_country;
    if (!c.context.empty()) {
      context_country = std::string(entities::CountryOfCode(entities::CodeText(model, c.context, c.date)));
    }
    cr.code = entities::CodeText(model, c.text, c.date, context_country);
    CodeParts p = PartsOf(cr.code);
    if (c.expect_none) cr.country_ok = cr.code.empty();
    if (c.country) {
      ++r.countries;
      cr.country_ok = p.country == *c.country;
      r.countries_ok += cr.country_ok;
    }
    if (c.code1) {
      ++r.code1s;
      cr.code1_ok = p.code1 == *c.code1;
      r.code1s_ok += cr.code1_ok;
    }
    if (c.code2) {
      ++r.code2s;
      cr.code2_ok = p.code2 == *c.code2;
      r.code2s_ok += cr.code2_ok;
    }
    r.all_ok += cr.ok();
    r.cases.push_back(std::move(cr));
  }
  return r;
}

std::string FormatActorReport(const ActorEvalResult& r, bool list_errors) {
  auto pct = [](int a, int b) { return b ? 100.0 * a / b : 0.0; };
  std::string out;
  if (list_errors) {
    for (const ActorCaseResult& c : r.cases) {
      if (c.ok()) continue;
      out += fmt::format("line {:4} {:28} {:40} -> {:14} expected country={} code_1={} code_2={}{}\n", c.gold->line,
                         c.gold->name, fmt::format("\"{}\"", c.gold->text), c.code.empty() ? "(none)" : c.code,
                         c.gold->country.value_or("*"), c.gold->code1.value_or("*"), c.gold->code2.value_or("*"),
                         c.gold->expect_none ? " (none expected)" : "");
    }
  }
  out += fmt::format("cases               {}\n", r.cases.size());
  out += fmt::format("all parts right     {} ({:.1f}%)\n", r.all_ok, pct(r.all_ok, static_cast<int>(r.cases.size())));
  out += fmt::format("country             {}/{} ({:.1f}%)\n", r.countries_ok, r.countries, pct(r.countries_ok, r.countries));
  out += fmt::format("code_1 (sector)     {}/{} ({:.1f}%)\n", r.code1s_ok, r.code1s, pct(r.code1s_ok, r.code1s));
  out += fmt::format("code_2              {}/{} ({:.1f}%)\n", r.code2s_ok, r.code2s, pct(r.code2s_ok, r.code2s));
  return out;
}

}  // namespace readout::eval
