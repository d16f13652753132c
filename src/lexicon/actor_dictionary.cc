// ActorDictionary: hash maps from ActorKey strings to records and agent
// codes. Load() reads the embedded data/actors files, then the PETRARCH2
// folders; both go through the same builder calls, so a test can build a
// dictionary by hand. Code choice by date is in CodeAt (see the header).
#include "lexicon/actor_dictionary.h"

#include <algorithm>

#include "lexicon/actor_key.h"
#include "lexicon/builtin_actor_reader.h"
#include "lexicon/embedded.h"
#include "lexicon/petrarch_reader.h"

namespace readout::lexicon {

namespace {
constexpr uint32_t kAmbiguous = 0xFFFFFFFFu;

// Built-in files, in load order (later keys override earlier ones).
enum class BuiltinFormat { kCountries, kActors, kAgents };
struct BuiltinFile {
  std::string_view name;
  BuiltinFormat format;
  ActorKind kind;
};
constexpr BuiltinFile kBuiltinFiles[] = {
    {"places/countries.tsv", BuiltinFormat::kCountries, ActorKind::kCountry},
    {"actors/igos.tsv", BuiltinFormat::kActors, ActorKind::kOrg},
    {"actors/institutions.tsv", BuiltinFormat::kActors, ActorKind::kOrg},
    {"actors/people.tsv", BuiltinFormat::kActors, ActorKind::kPerson},
    {"actors/agents.tsv", BuiltinFormat::kAgents, ActorKind::kOther},
};
}  // namespace

Result<std::unique_ptr<ActorDictionary>> ActorDictionary::Load(const ModelOptions& options,
                                                               std::vector<std::string>* warnings) {
  auto dict = std::make_unique<ActorDictionary>();
  if (!options.dicts_only) {
    for (const BuiltinFile& f : kBuiltinFiles) {
      std::string_view content = FindEmbeddedFile(f.name);
      if (content.empty()) {
        warnings->push_back(std::string("data/") + std::string(f.name) + ": missing from the build");
        continue;
      }
      std::string label = "data/" + std::string(f.name);
      switch (f.format) {
        case BuiltinFormat::kCountries: ReadCountryTable(content, label, dict.get(), warnings); break;
        case BuiltinFormat::kActors: ReadBuiltinActors(content, label, f.kind, dict.get(), warnings); break;
        case BuiltinFormat::kAgents: ReadBuiltinAgents(content, label, dict.get(), warnings); break;
      }
    }
  }
  for (const std::string& dir : options.dict_dirs) {
    Status s = LoadPetrarchDir(dir, dict.get(), warnings);
    if (!s.ok()) return s;
  }
  dict->Finish();
  return dict;
}

int ActorDictionary::WordCount(std::string_view key) {
  if (key.empty()) return 0;
  return 1 + static_cast<int>(std::count(key.begin(), key.end(), ' '));
}

uint32_t ActorDictionary::AddRecord(ActorRecord record) {
  records_.push_back(std::move(record));
  return static_cast<uint32_t>(records_.size() - 1);
}

bool ActorDictionary::AddName(uint32_t index, std::string_view phrase) {
  std::string key = ActorKey(phrase);
  if (key.empty()) return false;
  max_actor_words_ = std::max(max_actor_words_, WordCount(key));
  // A later name replaces an earlier one (extra dictionaries override).
  if (auto [v, inserted] = actors_.TryEmplace(key, index); !inserted) *v = index;
  return true;
}

void ActorDictionary::Reserve(size_t records, size_t names) {
  records_.reserve(records_.size() + records);
  actors_.Reserve(actors_.size() + names);
}

void ActorDictionary::AddAgent(std::string_view phrase, AgentCode code, bool plural) {
  std::string key = ActorKey(phrase);
  if (key.empty()) return;
  max_agent_words_ = std::max(max_agent_words_, WordCount(key));
  agent_codes_.push_back(std::move(code));
  const auto index = static_cast<uint32_t>(agent_codes_.size() - 1);
  if (plural) {
    std::string p = RegularPlural(key);
    // An explicit entry for the plural form wins over a generated one.
    agents_.TryEmplace(p, index);
  }
  if (auto [v, inserted] = agents_.TryEmplace(key, index); !inserted) *v = index;
}

void ActorDictionary::Finish() {
  surnames_ = KeyMap();
  actors_.ForEach([&](std::string_view key, uint32_t index) {
    if (records_[index].kind != ActorKind::kPerson) return;
    const size_t space = key.rfind(' ');
    std::string_view surname = space == std::string_view::npos ? key : key.substr(space + 1);
    if (surname.size() < 3) return;  // initials, "jr"
    auto [v, inserted] = surnames_.TryEmplace(surname, index);
    if (!inserted && *v != index) *v = kAmbiguous;
  });
  // Coding probes every n-gram of a phrase, nearly all in vain: a low load
  // factor ends a miss within a probe or two.
  actors_.Reserve(2 * actors_.size());
  agents_.Reserve(2 * agents_.size());
  surnames_.Reserve(2 * surnames_.size());
}

const ActorRecord* ActorDictionary::FindActorKey(std::string_view key) const {
  const uint32_t* i = actors_.Find(key);
  return i == nullptr ? nullptr : &records_[*i];
}

const ActorRecord* ActorDictionary::FindActor(std::string_view phrase) const {
  std::string key;
  ActorKey(phrase, &key);
  return FindActorKey(key);
}

std::optional<std::string> ActorDictionary::Lookup(std::string_view phrase, std::optional<Date> date) const {
  const ActorRecord* r = FindActor(phrase);
  if (r == nullptr) return std::nullopt;
  return CodeAt(*r, date);
}

std::string ActorDictionary::CodeAt(const ActorRecord& record, std::optional<Date> date) {
  const DatedCode* best = nullptr;
  if (!date) {
    for (const DatedCode& c : record.codes) {
      if (best == nullptr || c.to > best->to || (c.to == best->to && c.from > best->from)) best = &c;
    }
    return best == nullptr ? std::string() : best->code;
  }
  const long day = date->ToDays();
  for (const DatedCode& c : record.codes) {
    if (c.dated() && c.from <= day && day <= c.to && (best == nullptr || c.from >= best->from)) best = &c;
  }
  if (best != nullptr) return best->code;
  for (const DatedCode& c : record.codes) {
    if (!c.dated()) return c.code;
  }
  long best_gap = 0;
  for (const DatedCode& c : record.codes) {
    const long gap = day < c.from ? c.from - day : day - c.to;
    if (best == nullptr || gap < best_gap) {
      best = &c;
      best_gap = gap;
    }
  }
  return best == nullptr ? std::string() : best->code;
}

const ActorRecord* ActorDictionary::FindPersonBySurnameKey(std::string_view key) const {
  const uint32_t* i = surnames_.Find(key);
  if (i == nullptr || *i == kAmbiguous) return nullptr;
  return &records_[*i];
}

bool ActorDictionary::IsPersonSurnameKey(std::string_view key) const { return surnames_.Find(key) != nullptr; }

const AgentCode* ActorDictionary::FindAgentKey(std::string_view key) const {
  const uint32_t* i = agents_.Find(key);
  return i == nullptr ? nullptr : &agent_codes_[*i];
}

const AgentCode* ActorDictionary::FindAgent(std::string_view phrase) const {
  std::string key;
  ActorKey(phrase, &key);
  return FindAgentKey(key);
}

const Discard* ActorDictionary::FindDiscard(std::string_view text) const {
  if (discards_.empty()) return nullptr;
  std::string key;
  ActorKey(text, &key);
  for (const Discard& d : discards_) {
    size_t pos = 0;
    while ((pos = key.find(d.key, pos)) != std::string::npos) {
      const bool starts = pos == 0 || key[pos - 1] == ' ';
      const size_t end = pos + d.key.size();
      const bool ends = end == key.size() || key[end] == ' ';
      if (starts && (!d.word_end || ends)) return &d;
      ++pos;
    }
  }
  return nullptr;
}

}  // namespace readout::lexicon
