// Gazetteer loading: each data file is read line by line ('#' comments and
// blank lines skipped), split on tabs, validated, and compiled into hash maps
// and phrase tries. A bad line costs a warning naming file and line, never the
// load. Lookups are hash probes; nothing here runs per token except those.
#include "lexicon/gazetteer.h"

#include <fmt/format.h>

#include "lexicon/embedded.h"
#include "text/ascii_words.h"

namespace readout::lexicon {
namespace {

constexpr std::string_view kGivenNamesFile = "entities/given_names.tsv";
constexpr std::string_view kTitlesFile = "entities/titles.tsv";
constexpr std::string_view kOrgsFile = "entities/organizations.tsv";
constexpr std::string_view kOrgWordsFile = "entities/org_words.tsv";
constexpr std::string_view kNonNamesFile = "entities/non_names.txt";
constexpr std::string_view kThingHeadsFile = "entities/thing_heads.txt";
constexpr std::string_view kRegionsFile = "entities/regions.tsv";

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\r' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\r' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

std::vector<std::string_view> Split(std::string_view s, char sep) {
  std::vector<std::string_view> out;
  size_t start = 0;
  for (size_t i = 0; i <= s.size(); ++i) {
    if (i == s.size() || s[i] == sep) {
      out.push_back(Trim(s.substr(start, i - start)));
      start = i + 1;
    }
  }
  return out;
}

// Calls fn(line_number, fields) for each data line of a tab-separated file.
template <typename Fn>
void ForEachLine(std::string_view content, Fn fn) {
  size_t line_no = 0;
  while (!content.empty()) {
    size_t nl = content.find('\n');
    std::string_view line = content.substr(0, nl);
    content.remove_prefix(nl == std::string_view::npos ? content.size() : nl + 1);
    ++line_no;
    if (Trim(line).empty() || Trim(line).front() == '#') continue;
    fn(line_no, Split(line, '\t'));
  }
}

void Warn(std::vector<std::string>* warnings, std::string_view file, size_t line, std::string_view why) {
  if (warnings) warnings->push_back(fmt::format("{}:{}: {}", file, line, why));
}

}  // namespace

GazetteerSources GazetteerSources::BuiltIn() {
  return {FindEmbeddedFile(kGivenNamesFile), FindEmbeddedFile(kTitlesFile), FindEmbeddedFile(kOrgsFile),
          FindEmbeddedFile(kOrgWordsFile), FindEmbeddedFile(kNonNamesFile), FindEmbeddedFile(kRegionsFile),
          FindEmbeddedFile(kThingHeadsFile)};
}

Result<std::unique_ptr<Gazetteer>> Gazetteer::Load(const ModelOptions&, std::vector<std::string>* warnings) {
  GazetteerSources src = GazetteerSources::BuiltIn();
  if (src.given_names.empty() || src.titles.empty() || src.organizations.empty()) {
    return Status::NotFound("gazetteer: built-in data/entities files are missing from the binary");
  }
  return FromSources(src, warnings);
}

std::unique_ptr<Gazetteer> Gazetteer::FromSources(const GazetteerSources& src, std::vector<std::string>* warnings) {
  std::unique_ptr<Gazetteer> g(new Gazetteer());
  g->LoadGivenNames(src.given_names, warnings);
  g->LoadTitles(src.titles, warnings);
  g->LoadOrgs(src.organizations, warnings);
  g->LoadOrgWords(src.org_words, warnings);
  g->LoadNonNames(src.non_names, warnings);
  g->LoadRegions(src.regions, warnings);
  g->LoadThingHeads(src.thing_heads, warnings);
  // The word tables are probed with nearly every word, mostly in vain: a low
  // load factor ends a miss within a probe or two.
  g->given_.Reserve(2 * g->given_.size());
  g->title_words_.Reserve(2 * g->title_words_.size());
  g->org_words_.Reserve(2 * g->org_words_.size());
  g->non_names_.Reserve(2 * g->non_names_.size());
  g->thing_heads_.Reserve(2 * g->thing_heads_.size());
  g->region_names_.ForEachKey([&](std::string_view key) {
    for (size_t n = 1; n <= key.size(); ++n) g->region_prefixes_.TryEmplace(key.substr(0, n), true);
  });
  g->region_names_.Reserve(2 * g->region_names_.size());
  g->region_prefixes_.Reserve(2 * g->region_prefixes_.size());
  g->region_demonyms_.Reserve(2 * g->region_demonyms_.size());
  return g;
}

void Gazetteer::LoadGivenNames(std::string_view content, std::vector<std::string>* warnings) {
  ForEachLine(content, [&](size_t line, const std::vector<std::string_view>& f) {
    if (f.size() != 2 || f[0].empty()) return Warn(warnings, kGivenNamesFile, line, "expected name<TAB>gender");
    Gender g;
    if (f[1] == "M") {
      g = Gender::kMale;
    } else if (f[1] == "F") {
      g = Gender::kFemale;
    } else if (f[1] == "U") {
      g = Gender::kUnknown;
    } else {
      return Warn(warnings, kGivenNamesFile, line, fmt::format("gender '{}' is not M, F or U", f[1]));
    }
    given_.TryEmplace(f[0], g);
  });
}

void Gazetteer::LoadTitles(std::string_view content, std::vector<std::string>* warnings) {
  ForEachLine(content, [&](size_t line, const std::vector<std::string_view>& f) {
    if (f.size() != 2 || f[0].empty()) return Warn(warnings, kTitlesFile, line, "expected title<TAB>kind");
    TitleKind kind;
    if (f[1] == "office") {
      kind = TitleKind::kOffice;
    } else if (f[1] == "military") {
      kind = TitleKind::kMilitary;
    } else if (f[1] == "occupation") {
      kind = TitleKind::kOccupation;
    } else if (f[1] == "honorific") {
      kind = TitleKind::kHonorific;
    } else {
      return Warn(warnings, kTitlesFile, line, fmt::format("unknown title kind '{}'", f[1]));
    }
    // The trie folds case, so "President" and "president" share a node; the
    // first spelling listed wins, which is why the file lists the capitalised
    // office first.
    titles_trie_.AddPhrase(f[0], static_cast<uint32_t>(titles_.size()));
    titles_.push_back({std::string(f[0]), kind});
    for (std::string_view w : SplitPhrase(f[0])) title_words_.TryEmplace(text::AsciiLower(w), true);
  });
}

void Gazetteer::LoadOrgs(std::string_view content, std::vector<std::string>* warnings) {
  ForEachLine(content, [&](size_t line, const std::vector<std::string_view>& f) {
    if (f.size() != 5 || f[0].empty()) {
      return Warn(warnings, kOrgsFile, line, "expected name<TAB>type<TAB>aliases<TAB>country<TAB>sector");
    }
    OrgInfo info;
    info.name = std::string(f[0]);
    if (f[1] == "ORG") {
      info.type = EntityType::kOrg;
    } else if (f[1] == "GROUP") {
      info.type = EntityType::kGroup;
    } else {
      return Warn(warnings, kOrgsFile, line, fmt::format("type '{}' is not ORG or GROUP", f[1]));
    }
    if (!f[3].empty() && f[3].size() != 3) {
      return Warn(warnings, kOrgsFile, line, fmt::format("country '{}' is not an ISO3 code", f[3]));
    }
    info.country = std::string(f[3]);
    info.sector = std::string(f[4]);
    if (!f[2].empty()) {
      for (std::string_view a : Split(f[2], '|')) {
        if (!a.empty()) info.aliases.emplace_back(a);
      }
    }
    uint32_t id = static_cast<uint32_t>(orgs_.size());
    orgs_trie_.AddPhrase(info.name, id);
    for (const std::string& a : info.aliases) orgs_trie_.AddPhrase(a, id);
    orgs_.push_back(std::move(info));
  });
}

void Gazetteer::LoadOrgWords(std::string_view content, std::vector<std::string>* warnings) {
  ForEachLine(content, [&](size_t line, const std::vector<std::string_view>& f) {
    if (f.size() != 2 || f[0].empty()) return Warn(warnings, kOrgWordsFile, line, "expected word<TAB>head|lead|both");
    OrgWordPlace p;
    if (f[1] == "head") {
      p = OrgWordPlace::kHead;
    } else if (f[1] == "lead") {
      p = OrgWordPlace::kLead;
    } else if (f[1] == "both") {
      p = OrgWordPlace::kBoth;
    } else {
      return Warn(warnings, kOrgWordsFile, line, fmt::format("'{}' is not head, lead or both", f[1]));
    }
    org_words_.TryEmplace(f[0], p);
  });
}

void Gazetteer::LoadNonNames(std::string_view content, std::vector<std::string>* warnings) {
  ForEachLine(content, [&](size_t line, const std::vector<std::string_view>& f) {
    if (f.size() != 1 || f[0].empty()) return Warn(warnings, kNonNamesFile, line, "expected one word");
    non_names_.TryEmplace(f[0], true);
  });
}

void Gazetteer::LoadThingHeads(std::string_view content, std::vector<std::string>* warnings) {
  ForEachLine(content, [&](size_t line, const std::vector<std::string_view>& f) {
    if (f.size() != 1 || f[0].empty() || f[0].find(' ') != std::string_view::npos) {
      return Warn(warnings, kThingHeadsFile, line, "expected one word");
    }
    thing_heads_.TryEmplace(f[0], true);
  });
}

void Gazetteer::LoadRegions(std::string_view content, std::vector<std::string>* warnings) {
  ForEachLine(content, [&](size_t line, const std::vector<std::string_view>& f) {
    if ((f.size() != 4 && f.size() != 5) || f[0].empty()) {
      return Warn(warnings, kRegionsFile, line, "expected name<TAB>aliases<TAB>demonyms<TAB>country[<TAB>water]");
    }
    if (!f[3].empty() && f[3].size() != 3) {
      return Warn(warnings, kRegionsFile, line, fmt::format("country '{}' is not an ISO3 code", f[3]));
    }
    if (f.size() == 5 && f[4] != "water") {
      return Warn(warnings, kRegionsFile, line, fmt::format("kind '{}' is not 'water'", f[4]));
    }
    const uint32_t id = static_cast<uint32_t>(regions_.size());
    regions_.push_back({std::string(f[0]), std::string(f[3]), f.size() == 5});
    region_names_.TryEmplace(f[0], id);
    for (std::string_view a : Split(f[1], '|')) {
      if (!a.empty()) region_names_.TryEmplace(a, id);
    }
    for (std::string_view d : Split(f[2], '|')) {
      if (!d.empty()) region_demonyms_.TryEmplace(d, std::make_pair(id, d.back() == 's'));
    }
  });
}

const RegionInfo* Gazetteer::FindRegion(std::string_view name) const {
  const uint32_t* id = region_names_.Find(name);
  return id == nullptr ? nullptr : &regions_[*id];
}

const RegionInfo* Gazetteer::FindRegionByDemonym(std::string_view word, bool* plural) const {
  const std::pair<uint32_t, bool>* hit = region_demonyms_.Find(word);
  if (hit == nullptr) return nullptr;
  if (plural) *plural = hit->second;
  return &regions_[hit->first];
}

std::optional<Gender> Gazetteer::GivenName(std::string_view word) const {
  const Gender* g = given_.Find(word);
  if (g == nullptr) return std::nullopt;
  return *g;
}

bool Gazetteer::IsTitleWord(std::string_view word) const {
  char buf[48] = {};
  if (word.size() > sizeof(buf)) return false;
  for (size_t i = 0; i < word.size(); ++i) {
    char c = word[i];
    buf[i] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
  }
  return title_words_.Find(std::string_view(buf, word.size())) != nullptr;
}

OrgWordPlace Gazetteer::OrgWord(std::string_view word) const {
  const OrgWordPlace* p = org_words_.Find(word);
  return p == nullptr ? OrgWordPlace::kNone : *p;
}

}  // namespace readout::lexicon
