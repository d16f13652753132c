// MentionFinder: the names in one sentence, typed where the evidence allows.
//
// A name is a gazetteer organisation, a place or demonym from PlaceIndex, or a
// run of capitalised words (with "of"/"for"/"and"/"the" inside organisation
// names), with titles ("President", "Secretary of State") split off, the
// possessive cut, and sentence-initial common words ("Numerous") left out.
// Pronouns and bare nominals are not mentions here (the quote stage resolves
// pronouns). Roles are parsed separately (role_parser.h) from the words around
// each mention.
#ifndef READOUT_ENTITIES_MENTION_FINDER_H_
#define READOUT_ENTITIES_MENTION_FINDER_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "entities/place_lookup.h"
#include "entities/sentence_words.h"
#include "readout/analysis.h"
#include "readout/model.h"
#include "text/flat_string_map.h"

namespace readout::entities {

enum class NameType : uint8_t { kUnknown, kPerson, kOrg, kPlace, kGroup };

struct RawMention {
  uint32_t first = 0, end = 0;  // word range within the sentence [first, end)
  Span span;                    // bytes, possessive excluded
  NameType type = NameType::kUnknown;
  MentionKind kind = MentionKind::kName;
  uint32_t sentence = 0;
  int org = -1;                 // gazetteer organisation index, or -1
  std::string_view place_name;  // canonical place name (PLACE, demonym groups)
  std::string_view country;     // ISO3 of a place or demonym
  int link = -1;                // acronym: index (in the article list) of the name it abbreviates
  bool titled = false;          // a title or honorific stands right before
  bool speech_after = false;    // a reporting verb follows ("Kellogg said")
  bool given_first = false;     // the first word is a known given name
  bool weak_place = false;      // a city name that may be a surname instead
  std::vector<Role> roles;
};

// Article-wide facts the finder consults: lower-case words seen anywhere, so a
// capitalised sentence opener that also occurs in lower case is taken as an
// ordinary word.
// Flat tables (no allocation per word).
struct ArticleWords {
  text::FlatStringMap<bool> lower;
  // Capitalised words seen inside ordinary (not headline) sentences, after
  // their first word: names as the body writes them ("Trump", "Sanders").
  text::FlatStringMap<bool> named;
  // Last words of capitalised runs inside ordinary sentences that open with
  // a given name ("Pence" in "Gov. Mike Pence"): surnames, which stay names
  // when a sentence opens with them even if the lexicon knows a common word
  // of that spelling ("pence").
  text::FlatStringMap<bool> surnames;
  // Per sentence: a Title Case headline ("Trump Turns to Putin"), which
  // capitalises ordinary words.
  std::vector<bool> headline;
  void Fill(const Analysis& a, const lexicon::Gazetteer& g);
  bool SeenLower(std::string_view capitalised) const;
  bool SeenAsName(std::string_view w) const { return named.Find(w) != nullptr; }
  bool SeenAsSurname(std::string_view w) const { return surnames.Find(w) != nullptr; }
  bool IsHeadline(uint32_t sentence) const { return sentence < headline.size() && headline[sentence]; }
};

// Appends the sentence's mentions to *out (in text order). `base` is the
// index the first appended mention will have in *out, for acronym links.
void FindMentions(const Model& model, const Analysis& a, const SentenceWords& sw, uint32_t sentence,
                  const ArticleWords& article, std::vector<RawMention>* out);

// True for reporting verbs ("said", "wrote", "tweeted").
bool IsSpeechVerb(std::string_view w);

}  // namespace readout::entities

#endif  // READOUT_ENTITIES_MENTION_FINDER_H_
