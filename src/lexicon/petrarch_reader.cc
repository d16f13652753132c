// Line-oriented readers. Each file is first cleaned line by line (control
// bytes and comments removed, <!-- --> blocks skipped); the actor reader then
// runs a small state machine over primary / synonym / code lines, the agent
// reader expands !SET! markers and plurals, the discard reader keys phrases.
#include "lexicon/petrarch_reader.h"

#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <unordered_map>

#include "lexicon/actor_key.h"
#include "lexicon/builtin_actor_reader.h"
#include "readout/date.h"

namespace readout::lexicon {

namespace {

constexpr int kMaxWarningsPerFile = 20;

// Collects warnings for one file, capped.
class Warner {
 public:
  Warner(std::string_view file, std::vector<std::string>* out) : file_(file), out_(out) {}
  ~Warner() {
    if (count_ > kMaxWarningsPerFile) {
      out_->push_back(fmt::format("{}: {} more warning(s) not shown", file_, count_ - kMaxWarningsPerFile));
    }
  }
  void Warn(int line, std::string_view why) {
    if (++count_ <= kMaxWarningsPerFile) out_->push_back(fmt::format("{}:{}: {}", file_, line, why));
  }

 private:
  std::string file_;
  std::vector<std::string>* out_;
  int count_ = 0;
};

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

// Calls fn(line_no, line, indented) for every line with content left after
// removing control bytes, comments (from '#', and from ';' when semicolons
// is set) and <!-- --> blocks. `indented` tells whether the raw line began
// with a tab or blank (PETRARCH's code lines).
template <typename Fn>
void ForEachLine(std::string_view content, bool semicolons, Warner* warner, Fn fn) {
  int line_no = 0;
  bool in_block = false;
  std::string clean;
  size_t start = 0;
  while (start < content.size()) {
    size_t nl = content.find('\n', start);
    std::string_view raw = content.substr(start, nl == std::string_view::npos ? std::string_view::npos : nl - start);
    start = nl == std::string_view::npos ? content.size() : nl + 1;
    ++line_no;
    clean.clear();
    bool dropped = false;
    for (char ch : raw) {
      const auto c = static_cast<unsigned char>(ch);
      if ((c < 0x20 && c != '\t') || c == 0x7F) {
        dropped = dropped || c != '\r';
        continue;
      }
      clean.push_back(ch);
    }
    if (dropped) warner->Warn(line_no, "control byte(s) dropped");
    std::string_view line = clean;
    if (in_block) {
      size_t end = line.find("-->");
      if (end == std::string_view::npos) continue;
      in_block = false;
      line = line.substr(end + 3);
    }
    if (size_t open = line.find("<!--"); open != std::string_view::npos) {
      size_t end = line.find("-->", open + 4);
      if (end == std::string_view::npos) {
        in_block = true;
        line = line.substr(0, open);
      } else {
        line = Trim(line.substr(0, open)).empty() ? line.substr(end + 3) : line.substr(0, open);
      }
    }
    if (size_t hash = line.find('#'); hash != std::string_view::npos) line = line.substr(0, hash);
    if (semicolons) {
      if (size_t semi = line.find(';'); semi != std::string_view::npos) line = line.substr(0, semi);
    }
    const bool indented = !line.empty() && (line.front() == '\t' || line.front() == ' ');
    line = Trim(line);
    if (line.empty()) continue;
    fn(line_no, line, indented);
  }
}

// "090120" or "20090120" -> days; 6-digit years below 30 are 20YY.
std::optional<long> ParsePetrarchDate(std::string_view s) {
  s = Trim(s);
  if (s.size() != 6 && s.size() != 8) return std::nullopt;
  for (char c : s) {
    if (c < '0' || c > '9') return std::nullopt;
  }
  auto num = [&](size_t pos, size_t len) {
    int v = 0;
    for (size_t i = pos; i < pos + len; ++i) v = v * 10 + (s[i] - '0');
    return v;
  };
  int y, m, d;
  if (s.size() == 6) {
    y = num(0, 2);
    y += y < 30 ? 2000 : 1900;
    m = num(2, 2);
    d = num(4, 2);
  } else {
    y = num(0, 4);
    m = num(4, 2);
    d = num(6, 2);
  }
  // Some files end ranges on impossible days ("...0231"); clamp to the month.
  if (m < 1 || m > 12 || d < 1) return std::nullopt;
  d = std::min(d, DaysInMonth(y, m));
  return Date{y, m, d}.ToDays();
}

// Parses "CODE", "CODE >date", "CODE <date", "CODE date-date". Sets *why on
// failure.
std::optional<DatedCode> ParseCodeBracket(std::string_view inside, std::string* why) {
  inside = Trim(inside);
  size_t sp = inside.find_first_of(" \t");
  std::string code(inside.substr(0, sp));
  std::string_view rest = sp == std::string_view::npos ? std::string_view() : Trim(inside.substr(sp));
  for (char& c : code) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  }
  DatedCode dc;
  if (code.find_first_not_of('-') != std::string::npos) {
    // "[FRO/BIL/SAM]": a name standing for several actors at once ("THE_SHIRE"
    // for its three hobbits); the coder gives each its own event.
    bool valid = true;
    for (size_t a = 0, b; a <= code.size(); a = b + 1) {
      b = std::min(code.find('/', a), code.size());
      valid = valid && IsValidActorCode(std::string_view(code).substr(a, b - a));
    }
    if (!valid) {
      *why = fmt::format("bad code '{}'", code);
      return std::nullopt;
    }
    dc.code = std::move(code);
  }
  if (rest.empty()) return dc;
  std::optional<long> a, b;
  if (rest.front() == '>') {
    a = ParsePetrarchDate(rest.substr(1));
    if (a) dc.from = *a;
  } else if (rest.front() == '<') {
    a = ParsePetrarchDate(rest.substr(1));
    if (a) dc.to = *a;
  } else if (size_t dash = rest.find('-'); dash != std::string_view::npos) {
    a = ParsePetrarchDate(rest.substr(0, dash));
    b = ParsePetrarchDate(rest.substr(dash + 1));
    if (a && b) {
      dc.from = *a;
      dc.to = *b;
    } else {
      a.reset();
    }
  }
  if (!a || dc.from > dc.to) {
    *why = fmt::format("bad date restriction '{}'", rest);
    return std::nullopt;
  }
  return dc;
}

// Splits a line into the text before the first '[' and the bracket groups.
// Accepts '}' as a closer (a known typo in Phoenix.agents.txt).
struct Bracketed {
  std::string_view head;
  std::vector<std::string_view> groups;
  bool unclosed = false;
};
Bracketed SplitBrackets(std::string_view line) {
  Bracketed b;
  size_t open = line.find('[');
  b.head = Trim(line.substr(0, open));
  while (open != std::string_view::npos) {
    size_t close = line.find_first_of("]}", open + 1);
    if (close == std::string_view::npos) {
      b.unclosed = true;
      break;
    }
    b.groups.push_back(line.substr(open + 1, close - open - 1));
    open = line.find('[', close + 1);
  }
  return b;
}

std::string_view Basename(std::string_view path) {
  size_t slash = path.rfind('/');
  return slash == std::string_view::npos ? path : path.substr(slash + 1);
}

}  // namespace

DictFileKind ClassifyDictFile(std::string_view file_name) {
  std::string lower(Basename(file_name));
  for (char& c : lower) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  if (lower.find("actors") != std::string::npos) return DictFileKind::kActors;
  if (lower.find("agents") != std::string::npos) return DictFileKind::kAgents;
  if (lower.find("discards") != std::string::npos) return DictFileKind::kDiscards;
  return DictFileKind::kOther;
}

void ReadPetrarchActors(std::string_view content, std::string_view file, ActorDictionary* dict,
                        std::vector<std::string>* warnings) {
  Warner warner(file, warnings);
  dict->Reserve(content.size() / 48, content.size() / 24);
  bool have_record = false;
  bool record_has_codes = false;
  uint32_t current = 0;
  ForEachLine(content, /*semicolons=*/true, &warner, [&](int line_no, std::string_view line, bool) {
    Bracketed b = SplitBrackets(line);
    if (b.unclosed) warner.Warn(line_no, "unclosed '['");
    std::string_view name = b.head;
    const bool synonym = !name.empty() && name.front() == '+';
    if (synonym) name = Trim(name.substr(1));
    if (!name.empty()) {
      const bool new_record = !synonym && (!have_record || record_has_codes);
      if (!new_record && !have_record) {
        warner.Warn(line_no, "synonym before any actor");
        return;
      }
      if (new_record) {
        ActorRecord r;
        r.name = std::string(name);
        current = dict->AddRecord(std::move(r));
        have_record = true;
        record_has_codes = false;
      }
      if (!dict->AddName(current, name)) {
        warner.Warn(line_no, "name with no letters");
        return;
      }
    } else if (!have_record) {
      warner.Warn(line_no, "code before any actor");
      return;
    }
    for (std::string_view g : b.groups) {
      std::string why;
      auto dc = ParseCodeBracket(g, &why);
      if (!dc) {
        warner.Warn(line_no, why);
        continue;
      }
      dict->record(current).codes.push_back(std::move(*dc));
      record_has_codes = true;
    }
  });
}

void ReadPetrarchAgents(std::string_view content, std::string_view file, ActorDictionary* dict,
                        std::vector<std::string>* warnings) {
  Warner warner(file, warnings);
  std::unordered_map<std::string, std::vector<std::string>> sets;
  ForEachLine(content, /*semicolons=*/false, &warner, [&](int line_no, std::string_view line, bool) {
    // Substitution set: "!PERSON! = MAN, MEN, WOMAN".
    if (line.front() == '!' && line.find('=') != std::string_view::npos && line.find('[') == std::string_view::npos) {
      size_t eq = line.find('=');
      std::string label(Trim(line.substr(0, eq)));
      std::vector<std::string> items;
      std::string_view rest = line.substr(eq + 1);
      while (!rest.empty()) {
        size_t comma = rest.find(',');
        std::string_view item = Trim(rest.substr(0, comma));
        if (!item.empty()) items.emplace_back(item);
        if (comma == std::string_view::npos) break;
        rest = rest.substr(comma + 1);
      }
      if (label.size() < 3 || label.back() != '!' || items.empty()) {
        warner.Warn(line_no, "bad substitution set");
        return;
      }
      sets[label] = std::move(items);
      return;
    }
    Bracketed b = SplitBrackets(line);
    if (b.groups.size() != 1 || b.unclosed) {
      warner.Warn(line_no, b.groups.empty() ? "agent without [code]" : "agent needs exactly one [code]");
      return;
    }
    if (line.find(']') == std::string_view::npos) warner.Warn(line_no, "code closed with '}'");
    std::string_view code = Trim(b.groups[0]);
    AgentCode ac;
    if (!code.empty() && code.front() == '~') {
      code.remove_prefix(1);
    } else if (!code.empty() && code.back() == '~') {
      code.remove_suffix(1);
      ac.before = true;
    }
    ac.code = std::string(code);
    for (char& c : ac.code) {
      if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    }
    if (!IsValidActorCode(ac.code)) {
      warner.Warn(line_no, fmt::format("bad agent code '{}'", b.groups[0]));
      return;
    }
    // Phrase, then optional {plurals}.
    std::string_view phrase = b.head;
    std::vector<std::string_view> plurals;
    bool explicit_plurals = false;
    if (size_t brace = phrase.find('{'); brace != std::string_view::npos) {
      size_t close = phrase.find('}', brace);
      if (close == std::string_view::npos) {
        warner.Warn(line_no, "unclosed '{'");
        return;
      }
      explicit_plurals = true;
      std::string_view inside = phrase.substr(brace + 1, close - brace - 1);
      phrase = Trim(phrase.substr(0, brace));
      size_t pos = 0;
      while (pos < inside.size()) {
        size_t sp = inside.find_first_of(" \t", pos);
        std::string_view w = inside.substr(pos, sp == std::string_view::npos ? std::string_view::npos : sp - pos);
        if (!w.empty()) plurals.push_back(w);
        if (sp == std::string_view::npos) break;
        pos = sp + 1;
      }
    }
    if (ActorKey(phrase).empty()) {
      warner.Warn(line_no, "agent without a phrase");
      return;
    }
    // Expand one !SET! marker (the files never use two in one phrase).
    if (size_t m1 = phrase.find('!'); m1 != std::string_view::npos) {
      size_t m2 = phrase.find('!', m1 + 1);
      auto it = m2 == std::string_view::npos ? sets.end() : sets.find(std::string(phrase.substr(m1, m2 - m1 + 1)));
      if (it == sets.end()) {
        warner.Warn(line_no, "unknown substitution marker");
        return;
      }
      for (const std::string& item : it->second) {
        std::string expanded = std::string(phrase.substr(0, m1)) + item + std::string(phrase.substr(m2 + 1));
        dict->AddAgent(expanded, ac, /*plural=*/false);
      }
      return;
    }
    dict->AddAgent(phrase, ac, /*plural=*/!explicit_plurals);
    for (std::string_view p : plurals) dict->AddAgent(p, ac, /*plural=*/false);
  });
}

void ReadPetrarchDiscards(std::string_view content, std::string_view file, ActorDictionary* dict,
                          std::vector<std::string>* warnings) {
  Warner warner(file, warnings);
  ForEachLine(content, /*semicolons=*/false, &warner, [&](int line_no, std::string_view line, bool) {
    Discard d;
    if (line.front() == '+') {
      d.story = true;
      line = Trim(line.substr(1));
    }
    d.word_end = !line.empty() && line.back() == '_';
    d.key = ActorKey(line);
    if (d.key.empty()) {
      warner.Warn(line_no, "empty discard phrase");
      return;
    }
    dict->AddDiscard(std::move(d));
  });
}

Status LoadPetrarchDir(const std::string& dir, ActorDictionary* dict, std::vector<std::string>* warnings) {
  namespace fs = std::filesystem;
  std::error_code ec;
  std::vector<fs::path> files;
  for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    if (it->is_regular_file(ec) && ClassifyDictFile(it->path().filename().string()) != DictFileKind::kOther) {
      files.push_back(it->path());
    }
  }
  if (ec) return Status::IoError(fmt::format("cannot read dictionary folder {}: {}", dir, ec.message()));
  std::sort(files.begin(), files.end());
  for (const fs::path& path : files) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream buf;
    buf << in.rdbuf();
    if (!in.good() && !in.eof()) {
      warnings->push_back(fmt::format("{}: cannot read", path.string()));
      continue;
    }
    const std::string content = buf.str();
    const std::string name = path.string();
    switch (ClassifyDictFile(path.filename().string())) {
      case DictFileKind::kActors: ReadPetrarchActors(content, name, dict, warnings); break;
      case DictFileKind::kAgents: ReadPetrarchAgents(content, name, dict, warnings); break;
      case DictFileKind::kDiscards: ReadPetrarchDiscards(content, name, dict, warnings); break;
      case DictFileKind::kOther: break;
    }
  }
  return Status::Ok();
}

}  // namespace readout::lexicon
