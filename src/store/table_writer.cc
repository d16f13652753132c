// The terminal table measures cells in code points (good enough for the
// Latin, Cyrillic and punctuation of news text), then shrinks the widest
// columns one step at a time until the line fits, so short columns (dates,
// codes) stay whole and the long text column gives way, cut with "…".
// CSV follows RFC 4180 (quote fields with comma, quote or line break);
// JSON lines use nlohmann-json so escaping is right by construction.
#include "store/table_writer.h"

#include <fmt/format.h>

#include <algorithm>
#include <nlohmann/json.hpp>

namespace readout::store {
namespace {

size_t CodePoints(std::string_view s) {
  size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

// The first `n` code points of `s`.
std::string_view PrefixCodePoints(std::string_view s, size_t n) {
  size_t seen = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) {
      if (seen == n) return s.substr(0, i);
      ++seen;
    }
  }
  return s;
}

std::string OneLine(std::string s) {
  for (char& c : s) {
    if (c == '\n' || c == '\r' || c == '\t') c = ' ';
  }
  return s;
}

class TerminalWriter : public RowWriter {
 public:
  TerminalWriter(std::ostream& out, TerminalOptions o) : out_(out), options_(o) {}

  void Begin(const std::vector<std::string>& columns, const std::vector<std::string>& terminal) override {
    const auto& shown = terminal.empty() ? columns : terminal;
    for (const auto& name : shown) {
      auto it = std::find(columns.begin(), columns.end(), name);
      if (it != columns.end()) {
        index_.push_back(static_cast<size_t>(it - columns.begin()));
        headers_.push_back(name);
      }
    }
  }

  void Row(const std::vector<Value>& values) override {
    std::vector<std::string> cells;
    for (size_t i : index_) cells.push_back(i < values.size() ? OneLine(ValueText(values[i])) : "");
    if (numeric_.empty()) numeric_.assign(index_.size(), true);
    for (size_t k = 0; k < index_.size(); ++k) {
      const Value& v = values[index_[k]];
      if (std::holds_alternative<std::string>(v)) numeric_[k] = false;
    }
    rows_.push_back(std::move(cells));
  }

  void End() override {
    const size_t n = headers_.size();
    if (n == 0) return;
    if (numeric_.empty()) numeric_.assign(n, false);
    std::vector<size_t> width(n), floor(n);
    for (size_t k = 0; k < n; ++k) {
      width[k] = CodePoints(headers_[k]);
      floor[k] = std::max<size_t>(width[k], 6);
      for (const auto& r : rows_) width[k] = std::max(width[k], CodePoints(r[k]));
      floor[k] = std::min(floor[k], width[k]);
    }
    const size_t budget = static_cast<size_t>(std::max(options_.width, 20));
    auto total = [&] {
      size_t t = 2 * (n - 1);
      for (size_t w : width) t += w;
      return t;
    };
    while (total() > budget) {
      size_t widest = 0;
      for (size_t k = 1; k < n; ++k) {
        if (width[k] > width[widest]) widest = k;
      }
      if (width[widest] <= floor[widest]) break;
      width[widest] -= std::min(width[widest] - floor[widest], total() - budget);
    }
    auto line = [&](const std::vector<std::string>& cells, bool header) {
      std::string s;
      for (size_t k = 0; k < n; ++k) {
        std::string cell = cells[k];
        if (CodePoints(cell) > width[k]) cell = std::string(PrefixCodePoints(cell, width[k] - 1)) + "…";
        size_t pad = width[k] - CodePoints(cell);
        const bool last = k + 1 == n;
        if (numeric_[k] && !header) {
          s.append(pad, ' ');
          s += cell;
        } else {
          s += cell;
          if (!last) s.append(pad, ' ');
        }
        if (!last) s += "  ";
      }
      while (!s.empty() && s.back() == ' ') s.pop_back();
      out_ << s << '\n';
    };
    line(headers_, true);
    std::vector<std::string> rule;
    for (size_t k = 0; k < n; ++k) rule.push_back(std::string(width[k], '-'));
    line(rule, true);
    for (const auto& r : rows_) line(r, false);
    if (rows_.empty()) out_ << "(no rows)\n";
  }

 private:
  std::ostream& out_;
  TerminalOptions options_;
  std::vector<size_t> index_;
  std::vector<std::string> headers_;
  std::vector<bool> numeric_;
  std::vector<std::vector<std::string>> rows_;
};

class JsonlWriter : public RowWriter {
 public:
  explicit JsonlWriter(std::ostream& out) : out_(out) {}
  void Begin(const std::vector<std::string>& columns, const std::vector<std::string>&) override { columns_ = columns; }
  void Row(const std::vector<Value>& values) override {
    nlohmann::ordered_json j = nlohmann::ordered_json::object();
    for (size_t i = 0; i < columns_.size() && i < values.size(); ++i) {
      const Value& v = values[i];
      if (std::holds_alternative<int64_t>(v)) {
        j[columns_[i]] = std::get<int64_t>(v);
      } else if (std::holds_alternative<double>(v)) {
        j[columns_[i]] = std::get<double>(v);
      } else if (std::holds_alternative<std::string>(v)) {
        j[columns_[i]] = std::get<std::string>(v);
      } else {
        j[columns_[i]] = nullptr;
      }
    }
    out_ << j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
  }
  void End() override {}

 private:
  std::ostream& out_;
  std::vector<std::string> columns_;
};

class DelimitedWriter : public RowWriter {
 public:
  DelimitedWriter(std::ostream& out, bool csv) : out_(out), csv_(csv) {}
  void Begin(const std::vector<std::string>& columns, const std::vector<std::string>&) override {
    if (csv_) Write(std::vector<Value>(columns.begin(), columns.end()));
  }
  void Row(const std::vector<Value>& values) override { Write(values); }
  void End() override {}

 private:
  void Write(const std::vector<Value>& values) {
    std::string s;
    for (size_t i = 0; i < values.size(); ++i) {
      if (i) s += csv_ ? ',' : '\t';
      std::string cell = ValueText(values[i]);
      if (csv_) {
        if (cell.find_first_of(",\"\n\r") != std::string::npos) {
          std::string q = "\"";
          for (char c : cell) {
            if (c == '"') q += '"';
            q += c;
          }
          q += '"';
          cell = std::move(q);
        }
      } else {
        cell = OneLine(std::move(cell));  // TSV has no quoting: fields stay on their line
      }
      s += cell;
    }
    s += csv_ ? "\r\n" : "\n";
    out_ << s;
  }
  std::ostream& out_;
  bool csv_;
};

}  // namespace

bool ParseTableFormat(std::string_view name, TableFormat* out) {
  if (name == "table" || name == "text") {
    *out = TableFormat::kTerminal;
  } else if (name == "jsonl") {
    *out = TableFormat::kJsonl;
  } else if (name == "csv") {
    *out = TableFormat::kCsv;
  } else if (name == "tsv") {
    *out = TableFormat::kTsv;
  } else {
    return false;
  }
  return true;
}

std::string ValueText(const Value& v) {
  if (std::holds_alternative<int64_t>(v)) return std::to_string(std::get<int64_t>(v));
  if (std::holds_alternative<double>(v)) {
    // Shortest round-trip form, but a real always shows as one ("1.0").
    std::string s = fmt::format("{}", std::get<double>(v));
    if (s.find_first_of(".eEn") == std::string::npos) s += ".0";
    return s;
  }
  if (std::holds_alternative<std::string>(v)) return std::get<std::string>(v);
  return "";
}

std::unique_ptr<RowWriter> MakeRowWriter(TableFormat format, std::ostream& out, TerminalOptions options) {
  switch (format) {
    case TableFormat::kTerminal: return std::make_unique<TerminalWriter>(out, options);
    case TableFormat::kJsonl: return std::make_unique<JsonlWriter>(out);
    case TableFormat::kCsv: return std::make_unique<DelimitedWriter>(out, true);
    case TableFormat::kTsv: return std::make_unique<DelimitedWriter>(out, false);
  }
  return nullptr;
}

}  // namespace readout::store
