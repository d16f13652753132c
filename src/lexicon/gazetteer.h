// Gazetteer: given names with gender, titles and offices, organisations
// (international bodies, government agencies, media, parties) with aliases,
// organisation pattern words, and capitalised words that are not names.
// Countries, cities and demonyms live in PlaceIndex (model.places()).
//
// Built-in data: data/entities/{given_names.tsv, titles.tsv,
// organizations.tsv, org_words.tsv, non_names.txt, regions.tsv, thing_heads.txt} (formats in each file's
// header). Malformed lines are skipped with a "file:line: reason" warning.
//
// Thread safety: immutable after Load(); every method is const and safe to
// call from many threads.
#ifndef READOUT_LEXICON_GAZETTEER_H_
#define READOUT_LEXICON_GAZETTEER_H_

#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "lexicon/phrase_trie.h"
#include "readout/analysis.h"
#include "readout/model.h"
#include "readout/status.h"
#include "text/flat_string_map.h"

namespace readout::lexicon {

enum class TitleKind : uint8_t {
  kOffice,      // a public post: a country noun before it is the role's country
  kMilitary,    // a rank
  kOccupation,  // "senior fellow", "analyst": a country noun before it is a subject
  kHonorific,   // "Mr.", "Dr.": not a role
};

struct TitleInfo {
  std::string name;
  TitleKind kind = TitleKind::kOffice;
};

struct OrgInfo {
  std::string name;                 // canonical: "North Atlantic Treaty Organization"
  EntityType type = EntityType::kOrg;  // kOrg or kGroup
  std::vector<std::string> aliases;  // "NATO"
  std::string country;               // ISO3; empty for international bodies
  std::string sector;                // "IGO", "GOV", "MED", ...
};

// Flat open-addressing tables probed with views (text/flat_string_map.h).
template <typename V>
using StringMap = text::FlatStringMap<V>;
using StringSet = text::FlatStringMap<bool>;

enum class OrgWordPlace : uint8_t { kNone = 0, kHead = 1, kLead = 2, kBoth = 3 };

// A region, continent or disputed area ("Europe", "Crimea").
struct RegionInfo {
  std::string name;
  std::string country;  // ISO3 when the region lies in one country; may be empty
  bool water = false;   // a sea, gulf, strait or ocean: a place, never an actor
};

// The raw text of the built-in files, replaceable in tests.
struct GazetteerSources {
  std::string_view given_names, titles, organizations, org_words, non_names, regions, thing_heads;
  static GazetteerSources BuiltIn();
};

class Gazetteer {
 public:
  // Loads the built-in data; problems with single lines go to *warnings with
  // file and line. Never fails on bad lines.
  static Result<std::unique_ptr<Gazetteer>> Load(const ModelOptions& options,
                                                 std::vector<std::string>* warnings);
  static std::unique_ptr<Gazetteer> FromSources(const GazetteerSources& sources,
                                                std::vector<std::string>* warnings);

  // Gender of a given name written as in the text ("Tatiana"); nullopt when
  // the word is not a known given name. kUnknown for names of both genders.
  std::optional<Gender> GivenName(std::string_view word) const;

  // Longest title starting at words[i] (case-insensitive), or length 0.
  PhraseTrie::Hit MatchTitle(std::span<const std::string_view> words, size_t i) const {
    return titles_trie_.Match(words, i);
  }
  const TitleInfo& title(uint32_t value) const { return titles_[value]; }
  // True when the lower-cased word occurs in some title ("secretary", "state").
  bool IsTitleWord(std::string_view word) const;

  // Longest organisation name or alias starting at words[i] (case-sensitive).
  PhraseTrie::Hit MatchOrg(std::span<const std::string_view> words, size_t i) const {
    return orgs_trie_.Match(words, i);
  }
  const OrgInfo& org(uint32_t value) const { return orgs_[value]; }
  size_t org_count() const { return orgs_.size(); }

  OrgWordPlace OrgWord(std::string_view word) const;
  // Capitalised words that never begin or make a name alone ("The", "Friday").
  bool IsNonName(std::string_view word) const { return non_names_.Find(word) != nullptr; }
  // Words that end the name of a thing no one is ("Election Day", "Affordable
  // Care Act", "Paris Agreement"), as written.
  bool IsThingHead(std::string_view word) const { return thing_heads_.Find(word) != nullptr; }

  // Region by name or alias, exactly as written; nullptr when none.
  const RegionInfo* FindRegion(std::string_view name) const;
  // False when no region name or alias (FindRegion) begins with `text`, so
  // no longer text that starts with it can be one either.
  bool MayBeginRegion(std::string_view text) const { return region_prefixes_.Find(text) != nullptr; }
  // Region by demonym ("European", "Europeans"); *plural set for the people.
  const RegionInfo* FindRegionByDemonym(std::string_view word, bool* plural) const;

  size_t given_name_count() const { return given_.size(); }
  size_t title_count() const { return titles_.size(); }

 private:
  Gazetteer() : titles_trie_(true), orgs_trie_(false) {}
  void LoadGivenNames(std::string_view content, std::vector<std::string>* warnings);
  void LoadTitles(std::string_view content, std::vector<std::string>* warnings);
  void LoadOrgs(std::string_view content, std::vector<std::string>* warnings);
  void LoadOrgWords(std::string_view content, std::vector<std::string>* warnings);
  void LoadNonNames(std::string_view content, std::vector<std::string>* warnings);
  void LoadRegions(std::string_view content, std::vector<std::string>* warnings);
  void LoadThingHeads(std::string_view content, std::vector<std::string>* warnings);

  StringMap<Gender> given_;
  std::vector<TitleInfo> titles_;
  PhraseTrie titles_trie_;
  StringSet title_words_;  // lower-cased
  std::vector<OrgInfo> orgs_;
  PhraseTrie orgs_trie_;
  StringMap<OrgWordPlace> org_words_;
  StringSet non_names_;
  StringSet thing_heads_;
  std::vector<RegionInfo> regions_;
  StringMap<uint32_t> region_names_;
  StringMap<bool> region_prefixes_;  // every prefix of every key of region_names_
  StringMap<std::pair<uint32_t, bool>> region_demonyms_;  // -> (region, plural)
};

}  // namespace readout::lexicon

#endif  // READOUT_LEXICON_GAZETTEER_H_
