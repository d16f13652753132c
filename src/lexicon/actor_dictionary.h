// ActorDictionary: names to CAMEO actor codes with date ranges, and agent
// words to sector codes; built-in data (data/actors/) plus PETRARCH2/Phoenix
// actor, agent and discard files.
//
// Three tables, all keyed by ActorKey() (lexicon/actor_key.h):
//  - actors: named actors ("Vladimir Putin", "NATO", "the Kremlin") -> one
//    ActorRecord with dated codes ("RUSGOV" from..to);
//  - agents: generic words ("police", "foreign minister", "troops") -> a
//    sector code ("COP", "GOV", "MIL") that goes after a country code
//    (or before it for a few PETRARCH agents such as "NGO~");
//  - discards: PETRARCH discard phrases (sports, history) for the event coder.
// Built once by Load() (or by the Add* builder calls in tests), then
// immutable: every const method is safe from many threads.
#ifndef READOUT_LEXICON_ACTOR_DICTIONARY_H_
#define READOUT_LEXICON_ACTOR_DICTIONARY_H_

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "readout/date.h"
#include "readout/model.h"
#include "readout/status.h"
#include "text/flat_string_map.h"

namespace readout::lexicon {

// A code and the days (Date::ToDays) it holds, both ends inclusive.
struct DatedCode {
  static constexpr long kOpenStart = -1000000000L;
  static constexpr long kOpenEnd = 1000000000L;
  std::string code;  // full CAMEO code ("USAGOV", "IGOWSTNAT"); empty = null code ("---")
  long from = kOpenStart;
  long to = kOpenEnd;
  bool dated() const { return from != kOpenStart || to != kOpenEnd; }
};

enum class ActorKind : uint8_t {
  kOther,    // PETRARCH records: judged by code (see IsBaseCode in the coder)
  kPerson,   // built-in office-holders (they feed the surname index)
  kCountry,  // countries, demonyms, capitals ("Russia", "Russian", "Moscow")
  kOrg,      // named organisations and groups (IGOs, "the Kremlin", Hamas)
};

struct ActorRecord {
  std::string name;              // primary name as written in the file
  std::vector<DatedCode> codes;  // in file order
  std::string origin;            // "file:line" of the first line (built-in data only)
  ActorKind kind = ActorKind::kOther;
};

struct AgentCode {
  std::string code;     // sector code(s): "GOV", "MIL", "GOVFRM"
  bool before = false;  // goes before the country/actor code (PETRARCH "NGO~")
};

struct Discard {
  std::string key;        // ActorKey of the phrase
  bool story = false;     // '+': the whole story is skipped, not the sentence
  bool word_end = false;  // '_' at the end: must end at a word boundary
};

class ActorDictionary {
 public:
  // Loads the built-in data unless options.dicts_only (data/actors/*.tsv and
  // the country names, demonyms and capitals of data/places/countries.tsv),
  // then every folder in
  // options.dict_dirs (lexicon/petrarch_reader.h says which file is which).
  // Entries loaded later replace earlier ones with the same key, so extra
  // dictionaries override the built-in ones. Problems with single lines go
  // to *warnings with file and line; only an unreadable folder is an error.
  static Result<std::unique_ptr<ActorDictionary>> Load(const ModelOptions& options,
                                                       std::vector<std::string>* warnings);

  // --- Queries (phrases are normalised with ActorKey here) ---

  // The named actor with exactly this name; nullptr when none.
  const ActorRecord* FindActor(std::string_view phrase) const;
  // Same, for a phrase already normalised with ActorKey (no allocation).
  const ActorRecord* FindActorKey(std::string_view key) const;
  // The code of the named actor at `date` (CodeAt); nullopt when the name is
  // unknown. An empty string means the dictionary knows the name but codes it
  // as null at that date.
  std::optional<std::string> Lookup(std::string_view phrase, std::optional<Date> date) const;
  // The code a record has at `date`: among the dated codes whose range holds
  // the date, the one that started last (so "A to D" then "B from D" gives B
  // on day D); else the undated (default) code; else the range nearest to the
  // date. Without a date: the most recent code (latest end, then latest
  // start; an undated code counts as open-ended).
  static std::string CodeAt(const ActorRecord& record, std::optional<Date> date);

  // The built-in office-holder whose surname (last word of a name, or a
  // listed alias of one word) is `key`, when exactly one person has it.
  const ActorRecord* FindPersonBySurnameKey(std::string_view key) const;
  // Whether some person record has this surname key, even when several do
  // ("BUSH": George W. and Jeb): the word is a surname, not a town.
  bool IsPersonSurnameKey(std::string_view key) const;

  // The agent code of a generic phrase ("foreign minister" -> GOV); regular
  // plurals are included. nullptr when none.
  const AgentCode* FindAgent(std::string_view phrase) const;
  const AgentCode* FindAgentKey(std::string_view key) const;

  const std::vector<Discard>& discards() const { return discards_; }
  // The first discard phrase found in `text` (case-insensitive, at word
  // starts); nullptr when none. Linear in discards x text: for sentences.
  const Discard* FindDiscard(std::string_view text) const;

  // Longest name / agent phrase in words, to bound n-gram scans.
  int max_actor_words() const { return max_actor_words_; }
  int max_agent_words() const { return max_agent_words_; }
  size_t actor_count() const { return records_.size(); }
  size_t name_count() const { return actors_.size(); }
  size_t agent_count() const { return agents_.size(); }

  // --- Builder (readers and tests; not for use after sharing) ---

  // Adds a record and returns its index; names are added with AddName.
  uint32_t AddRecord(ActorRecord record);
  ActorRecord& record(uint32_t index) { return records_[index]; }
  // Maps `phrase` (normalised here) to record `index`, replacing any earlier
  // mapping. Returns false (and adds nothing) when the key is empty.
  bool AddName(uint32_t index, std::string_view phrase);
  // Capacity hint before a big file.
  void Reserve(size_t records, size_t names);
  // Maps `phrase` (and, when plural is true, its regular plural) to `code`.
  void AddAgent(std::string_view phrase, AgentCode code, bool plural);
  void AddDiscard(Discard discard) { discards_.push_back(std::move(discard)); }
  // Builds the surname index; call once after the last AddName.
  void Finish();

 private:
  using KeyMap = text::FlatStringMap<uint32_t>;
  static int WordCount(std::string_view key);

  std::vector<ActorRecord> records_;
  KeyMap actors_;                      // key -> records_ index
  KeyMap surnames_;                    // key -> records_ index, or kAmbiguous
  std::vector<AgentCode> agent_codes_;
  KeyMap agents_;                      // key -> agent_codes_ index
  std::vector<Discard> discards_;
  int max_actor_words_ = 0;
  int max_agent_words_ = 0;
};

}  // namespace readout::lexicon

#endif  // READOUT_LEXICON_ACTOR_DICTIONARY_H_
