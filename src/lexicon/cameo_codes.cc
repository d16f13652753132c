// Reads the CAMEO code table: one row per code, tab-separated. The table is
// small (about 310 rows) and read once, so parsing favours clear error lines
// over speed; lookups go through a hash map.
#include "lexicon/cameo_codes.h"

#include <fmt/format.h>

#include <charconv>

#include "lexicon/embedded.h"

namespace readout::lexicon {

namespace {

std::vector<std::string_view> SplitTabs(std::string_view line) {
  std::vector<std::string_view> out;
  size_t pos = 0;
  while (true) {
    size_t tab = line.find('\t', pos);
    out.push_back(line.substr(pos, tab == std::string_view::npos ? std::string_view::npos : tab - pos));
    if (tab == std::string_view::npos) break;
    pos = tab + 1;
  }
  return out;
}

bool IsDigits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

}  // namespace

CameoCodes CameoCodes::Parse(std::string_view content, std::string_view file_name,
                             std::vector<std::string>* warnings) {
  CameoCodes table;
  size_t line_no = 0;
  size_t pos = 0;
  while (pos < content.size()) {
    size_t nl = content.find('\n', pos);
    std::string_view line = content.substr(pos, nl == std::string_view::npos ? std::string_view::npos : nl - pos);
    pos = nl == std::string_view::npos ? content.size() : nl + 1;
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line[0] == '#') continue;
    auto fields = SplitTabs(line);
    auto warn = [&](std::string_view why) {
      if (warnings) warnings->push_back(fmt::format("{}:{}: {}", file_name, line_no, why));
    };
    if (fields.size() < 4) {
      warn("expected code, name, goldstein, quad[, plover]");
      continue;
    }
    if (!IsDigits(fields[0]) || fields[0].size() < 2 || fields[0].size() > 4) {
      warn(fmt::format("bad CAMEO code '{}'", fields[0]));
      continue;
    }
    CameoCode c;
    c.code = std::string(fields[0]);
    c.name = std::string(fields[1]);
    auto g = std::from_chars(fields[2].data(), fields[2].data() + fields[2].size(), c.goldstein);
    auto q = std::from_chars(fields[3].data(), fields[3].data() + fields[3].size(), c.quad);
    if (g.ec != std::errc() || q.ec != std::errc() || c.quad < 1 || c.quad > 4 || c.goldstein < -10 ||
        c.goldstein > 10) {
      warn("bad Goldstein value or quad class");
      continue;
    }
    if (fields.size() > 4) c.plover = std::string(fields[4]);
    table.by_code_[c.code] = std::move(c);
  }
  return table;
}

const CameoCodes& CameoCodes::BuiltIn() {
  static const CameoCodes kTable = Parse(FindEmbeddedFile("events/cameo_codes.tsv"), "events/cameo_codes.tsv", nullptr);
  return kTable;
}

const CameoCode* CameoCodes::Find(std::string_view code) const {
  auto it = by_code_.find(std::string(code));
  return it == by_code_.end() ? nullptr : &it->second;
}

}  // namespace readout::lexicon
