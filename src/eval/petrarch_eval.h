// Evaluation against PETRARCH2's unit-test records
// (PETR.UnitTest.records.xml): each record's text is coded from raw text
// (its Treebank parse is ignored) and the set of (source, target, code)
// triples is compared with the expected set.
#ifndef READOUT_EVAL_PETRARCH_EVAL_H_
#define READOUT_EVAL_PETRARCH_EVAL_H_

#include <set>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#include "readout/model.h"
#include "readout/status.h"

namespace readout::eval {

using EventTriple = std::tuple<std::string, std::string, std::string>;  // source, target, code

struct PetrarchRecord {
  std::string id;
  std::string category;
  std::string date;  // "YYYY-MM-DD"
  std::string text;
  std::set<EventTriple> expected;
  // Records whose expectation is a parse error ("bad_input_parse") test the
  // Treebank reader, which raw-text coding does not have: not scored.
  bool parse_error = false;
};

struct PetrarchFiles {
  // File names from the <Environment> block (empty when absent).
  std::string verbs, actors, agents, discards;
};

// Reads the records file's text; tolerates PETRARCH's attribute quirks
// (spaces around '=', single quotes, commented-out records).
Result<std::vector<PetrarchRecord>> ReadPetrarchRecords(std::string_view xml, PetrarchFiles* files);

struct PetrarchCounts {
  int records = 0;       // scored records
  int exact = 0;         // coded set == expected set
  int skipped = 0;       // parse-error records
  int expected = 0;      // expected events
  int coded = 0;         // coded events
  int correct = 0;       // coded events in the expected set
};

// Codes every record with `model` (built from the record file's dictionaries)
// and counts. Appends one line per wrong record to *errors when not null.
PetrarchCounts EvaluatePetrarch(const Model& model, const std::vector<PetrarchRecord>& records,
                                std::vector<std::string>* errors);

}  // namespace readout::eval

#endif  // READOUT_EVAL_PETRARCH_EVAL_H_
