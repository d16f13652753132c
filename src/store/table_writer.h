// Writers for rows of query results: an aligned table for people on a
// terminal, JSON lines and CSV for tools, and tab-separated rows without a
// header (the Phoenix export). Rows stream through; only the terminal table
// keeps them, because column widths depend on every row.
#ifndef READOUT_STORE_TABLE_WRITER_H_
#define READOUT_STORE_TABLE_WRITER_H_

#include <cstdint>
#include <memory>
#include <ostream>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace readout::store {

// NULL, integer, real or text, as SQLite gives them.
using Value = std::variant<std::monostate, int64_t, double, std::string>;

enum class TableFormat { kTerminal, kJsonl, kCsv, kTsv };

// Parses "table", "jsonl", "csv", "tsv"; false when unknown.
bool ParseTableFormat(std::string_view name, TableFormat* out);

class RowWriter {
 public:
  virtual ~RowWriter() = default;
  // `columns`: names of the values of every row. `terminal_columns`: the
  // subset (in order) a terminal table shows; empty means all.
  virtual void Begin(const std::vector<std::string>& columns, const std::vector<std::string>& terminal_columns) = 0;
  virtual void Row(const std::vector<Value>& values) = 0;
  virtual void End() = 0;
};

struct TerminalOptions {
  int width = 120;  // total line width; the widest text column is cut to fit
};

// Writes to `out`, which must outlive the writer.
std::unique_ptr<RowWriter> MakeRowWriter(TableFormat format, std::ostream& out, TerminalOptions options = {});

// A value as plain text: "" for NULL, shortest round-trip form for reals.
std::string ValueText(const Value& v);

}  // namespace readout::store

#endif  // READOUT_STORE_TABLE_WRITER_H_
