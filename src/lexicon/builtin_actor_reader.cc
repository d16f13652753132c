// Line reader for data/actors: split on tabs, names on '|', validate the code
// and dates, group lines by primary name into one ActorRecord.
#include "lexicon/builtin_actor_reader.h"

#include <fmt/format.h>

#include <unordered_map>

#include "readout/date.h"

namespace readout::lexicon {

namespace {

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\r' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

std::vector<std::string_view> Split(std::string_view s, char sep) {
  std::vector<std::string_view> out;
  size_t start = 0;
  while (true) {
    size_t p = s.find(sep, start);
    out.push_back(Trim(s.substr(start, p == std::string_view::npos ? std::string_view::npos : p - start)));
    if (p == std::string_view::npos) break;
    start = p + 1;
  }
  return out;
}

bool ParseInt(std::string_view s, int* v) {
  if (s.empty() || s.size() > 4) return false;
  int x = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
    x = x * 10 + (c - '0');
  }
  *v = x;
  return true;
}

// Calls fn(line_number, line) for each line with the comment removed and
// anything left; the line keeps its tabs.
template <typename Fn>
void ForEachDataLine(std::string_view content, Fn fn) {
  int line_no = 0;
  size_t start = 0;
  while (start < content.size()) {
    size_t nl = content.find('\n', start);
    std::string_view line = content.substr(start, nl == std::string_view::npos ? std::string_view::npos : nl - start);
    start = nl == std::string_view::npos ? content.size() : nl + 1;
    ++line_no;
    if (size_t hash = line.find('#'); hash != std::string_view::npos) line = line.substr(0, hash);
    if (Trim(line).empty()) continue;
    fn(line_no, line);
  }
}

}  // namespace

std::optional<long> ParseLooseDate(std::string_view text, bool end) {
  auto parts = Split(text, '-');
  int y = 0, m = 1, d = 1;
  if (parts.size() > 3 || !ParseInt(parts[0], &y) || parts[0].size() != 4) return std::nullopt;
  if (parts.size() >= 2 && !ParseInt(parts[1], &m)) return std::nullopt;
  if (parts.size() == 3 && !ParseInt(parts[2], &d)) return std::nullopt;
  if (end && parts.size() == 1) m = 12;
  if (m < 1 || m > 12) return std::nullopt;
  if (end && parts.size() <= 2) d = DaysInMonth(y, m);
  if (!IsValidDate(y, m, d)) return std::nullopt;
  return Date{y, m, d}.ToDays();
}

bool IsValidActorCode(std::string_view code) {
  if (code.size() < 3 || code.size() > 15) return false;
  for (char c : code) {
    if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) return false;
  }
  return true;
}

void ReadBuiltinActors(std::string_view content, std::string_view file, ActorKind kind, ActorDictionary* dict,
                       std::vector<std::string>* warnings) {
  std::unordered_map<std::string, uint32_t> by_primary;
  ForEachDataLine(content, [&](int line_no, std::string_view line) {
    auto warn = [&](std::string_view why) { warnings->push_back(fmt::format("{}:{}: {}", file, line_no, why)); };
    auto fields = Split(line, '\t');
    if (fields.size() < 2 || fields.size() > 4) return warn("expected names, code, [from], [to] separated by tabs");
    auto names = Split(fields[0], '|');
    if (names[0].empty()) return warn("empty name");
    std::string_view code = fields[1];
    DatedCode dc;
    if (code != "---") {
      if (!IsValidActorCode(code)) return warn(fmt::format("bad actor code '{}'", code));
      dc.code = std::string(code);
    }
    if (fields.size() >= 3 && !fields[2].empty()) {
      auto from = ParseLooseDate(fields[2], false);
      if (!from) return warn(fmt::format("bad from-date '{}'", fields[2]));
      dc.from = *from;
    }
    if (fields.size() >= 4 && !fields[3].empty()) {
      auto to = ParseLooseDate(fields[3], true);
      if (!to) return warn(fmt::format("bad to-date '{}'", fields[3]));
      dc.to = *to;
    }
    if (dc.from > dc.to) return warn("from-date after to-date");
    auto [it, inserted] = by_primary.try_emplace(std::string(names[0]), 0);
    if (inserted) {
      ActorRecord r;
      r.name = std::string(names[0]);
      r.origin = fmt::format("{}:{}", file, line_no);
      r.kind = kind;
      it->second = dict->AddRecord(std::move(r));
    }
    dict->record(it->second).codes.push_back(std::move(dc));
    for (std::string_view n : names) {
      if (!n.empty()) dict->AddName(it->second, n);
    }
  });
}

void ReadCountryTable(std::string_view content, std::string_view file, ActorDictionary* dict,
                      std::vector<std::string>* warnings) {
  int col_code = -1, col_name = -1, col_aliases = -1, col_demonyms = -1, col_capital = -1;
  bool header = true;
  ForEachDataLine(content, [&](int line_no, std::string_view line) {
    auto fields = Split(line, '\t');
    auto at = [&](int i) { return i >= 0 && i < static_cast<int>(fields.size()) ? fields[i] : std::string_view(); };
    if (header) {
      header = false;
      for (int i = 0; i < static_cast<int>(fields.size()); ++i) {
        if (fields[i] == "cameo") col_code = i;
        if (fields[i] == "name") col_name = i;
        if (fields[i] == "aliases") col_aliases = i;
        if (fields[i] == "demonyms") col_demonyms = i;
        if (fields[i] == "capital") col_capital = i;
      }
      if (col_code < 0 || col_name < 0) {
        warnings->push_back(fmt::format("{}:{}: header lacks 'cameo' or 'name'", file, line_no));
        col_code = -2;
      }
      return;
    }
    if (col_code == -2) return;
    std::string_view code = at(col_code);
    if (!IsValidActorCode(code) || at(col_name).empty()) {
      warnings->push_back(fmt::format("{}:{}: bad country row", file, line_no));
      return;
    }
    ActorRecord r;
    r.name = std::string(at(col_name));
    r.origin = fmt::format("{}:{}", file, line_no);
    r.kind = ActorKind::kCountry;
    r.codes.push_back(DatedCode{std::string(code)});
    const uint32_t index = dict->AddRecord(std::move(r));
    dict->AddName(index, at(col_name));
    for (int col : {col_aliases, col_demonyms, col_capital}) {
      for (std::string_view n : Split(at(col), '|')) {
        if (!n.empty()) dict->AddName(index, n);
      }
    }
  });
}

void ReadBuiltinAgents(std::string_view content, std::string_view file, ActorDictionary* dict,
                       std::vector<std::string>* warnings) {
  ForEachDataLine(content, [&](int line_no, std::string_view line) {
    auto warn = [&](std::string_view why) { warnings->push_back(fmt::format("{}:{}: {}", file, line_no, why)); };
    auto fields = Split(line, '\t');
    if (fields.size() != 2) return warn("expected phrases and code separated by a tab");
    AgentCode ac;
    std::string_view code = fields[1];
    if (!code.empty() && code.back() == '~') {
      ac.before = true;
      code.remove_suffix(1);
    }
    if (!IsValidActorCode(code)) return warn(fmt::format("bad agent code '{}'", fields[1]));
    ac.code = std::string(code);
    for (std::string_view p : Split(fields[0], '|')) {
      if (!p.empty()) dict->AddAgent(p, ac, /*plural=*/true);
    }
  });
}

}  // namespace readout::lexicon
