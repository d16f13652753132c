// Each list is read once, on first use, from its embedded data file into a
// hash set; '#' lines are comments.
#include "events/word_lists.h"

#include <functional>
#include <string>
#include <unordered_set>

#include "lexicon/embedded.h"
#include "text/data_file.h"

namespace readout::events {

namespace {

struct Hash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
};

using WordSet = std::unordered_set<std::string, Hash, std::equal_to<>>;

WordSet Load(std::string_view file) {
  WordSet set;
  (void)text::ForEachLine(lexicon::FindEmbeddedFile(file), [&](std::string_view line, size_t) {
    if (!line.empty() && line[0] != '#') set.emplace(line);
    return Status::Ok();
  });
  return set;
}

}  // namespace

bool IsElectoralThing(std::string_view lemma) {
  static const WordSet set = Load("events/electoral_things.txt");
  return set.find(lemma) != set.end();
}

bool IsFigurativeSubject(std::string_view lemma) {
  static const WordSet set = Load("events/figurative_subjects.txt");
  return set.find(lemma) != set.end();
}

bool IsPlanNoun(std::string_view lemma) {
  static const WordSet set = Load("events/plan_nouns.txt");
  return set.find(lemma) != set.end();
}

bool IsThingNoun(std::string_view lemma) {
  static const WordSet set = Load("events/thing_nouns.txt");
  return set.find(lemma) != set.end();
}

bool IsActNoun(std::string_view lemma) {
  static const WordSet set = Load("events/act_nouns.txt");
  return set.find(lemma) != set.end();
}

bool IsMeasureNoun(std::string_view lemma) {
  static const WordSet set = Load("events/measure_nouns.txt");
  return set.find(lemma) != set.end();
}

bool IsDeedNoun(std::string_view lemma) {
  static const WordSet set = Load("events/deed_nouns.txt");
  return set.find(lemma) != set.end();
}

bool IsPeopleHead(std::string_view word) {
  static const WordSet set = Load("events/people_heads.txt");
  return set.find(word) != set.end();
}

bool IsFollowerHead(std::string_view word) {
  static const WordSet set = Load("events/follower_heads.txt");
  return set.find(word) != set.end();
}

bool IsPartitiveHead(std::string_view word) {
  static const WordSet set = Load("events/partitive_heads.txt");
  return set.find(word) != set.end();
}

bool IsVenueHead(std::string_view word) {
  static const WordSet set = Load("events/venue_heads.txt");
  return set.find(word) != set.end();
}

}  // namespace readout::events
