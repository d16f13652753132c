// Accuracy of actor coding on short phrases with expected country and
// sector codes: the NGEC actor-resolution cases (a TSV with columns
// test_name, is_active_test, method, arg1_text, arg2_context, arg3_date,
// expected; `expected` is "key==value;key==value", e.g.
// "country==KAZ;code_1==GOV", "cc==USA", "code?None").
#ifndef READOUT_EVAL_ACTOR_EVAL_H_
#define READOUT_EVAL_ACTOR_EVAL_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "readout/date.h"
#include "readout/model.h"
#include "readout/status.h"

namespace readout::eval {

struct ActorCase {
  std::string name;
  int line = 0;
  std::string text;
  std::string context;          // "Mexico", "Colombian defense": gives the country
  std::optional<Date> date;     // nullopt for "today" or no date (most recent code)
  std::optional<std::string> country;  // expected country part ("" = none)
  std::optional<std::string> code1;    // expected first sector code ("" = none)
  std::optional<std::string> code2;    // expected second sector code
  bool expect_none = false;            // "code?None": nothing should be coded
};

// Reads the active cases that have a text and at least one checkable
// expectation (country, cc, code_1, code_2, code?None); the others (wiki
// titles, inactive tests) are counted in *skipped. Errors name file:line.
Result<std::vector<ActorCase>> ParseActorCases(std::string_view content, std::string_view file, int* skipped);

// "2022-01-10", "10 May 2015", "October 1, 2021"; nullopt otherwise.
std::optional<Date> ParseLooseEnglishDate(std::string_view text);

struct ActorCaseResult {
  const ActorCase* gold = nullptr;
  std::string code;  // what readout said
  bool country_ok = true, code1_ok = true, code2_ok = true;
  bool ok() const { return country_ok && code1_ok && code2_ok; }
};

struct ActorEvalResult {
  std::vector<ActorCaseResult> cases;
  int countries = 0, countries_ok = 0;  // cases with a country expectation
  int code1s = 0, code1s_ok = 0;
  int code2s = 0, code2s_ok = 0;
  int all_ok = 0;
};

// Codes each case with entities::CodeText (the context phrase supplies the
// country when the text has none) and compares. The country part of an IGO
// code is "IGO", and "UNO" for UN bodies (the NGEC convention).
ActorEvalResult EvaluateActors(const Model& model, const std::vector<ActorCase>& cases);
std::string FormatActorReport(const ActorEvalResult& r, bool list_errors);

}  // namespace readout::eval

#endif  // READOUT_EVAL_ACTOR_EVAL_H_
