// The analysis of one article: what every stage reads and writes, and what
// the JSON output (CONTRACT.md) is made from.
//
// All spans are half-open UTF-8 byte offsets into Analysis::text. Stages fill
// the fields in pipeline order: text (sentences, tokens) -> entities (entities,
// times) -> quotes -> events. A stage may read what earlier stages wrote and
// writes only its own fields.
#ifndef READOUT_ANALYSIS_H_
#define READOUT_ANALYSIS_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "readout/date.h"

namespace readout {

struct Span {
  uint32_t start = 0;
  uint32_t end = 0;
  uint32_t size() const { return end - start; }
  bool empty() const { return end <= start; }
  bool Contains(const Span& o) const { return start <= o.start && o.end <= end; }
  bool Overlaps(const Span& o) const { return start < o.end && o.start < end; }
  friend bool operator==(const Span&, const Span&) = default;
};

// Penn Treebank part-of-speech tags, plus kPunct for punctuation.
enum class Pos : uint8_t {
  kUnknown, kCC, kCD, kDT, kEX, kFW, kIN, kJJ, kJJR, kJJS, kLS, kMD, kNN, kNNS,
  kNNP, kNNPS, kPDT, kPOS, kPRP, kPRPS, kRB, kRBR, kRBS, kRP, kSYM, kTO, kUH,
  kVB, kVBD, kVBG, kVBN, kVBP, kVBZ, kWDT, kWP, kWPS, kWRB, kPunct,
};
std::string_view PosName(Pos pos);          // "NNP", "PRP$", "PUNCT", ...
std::optional<Pos> PosFromName(std::string_view name);  // case-insensitive
inline bool IsNoun(Pos p) { return p >= Pos::kNN && p <= Pos::kNNPS; }
inline bool IsProperNoun(Pos p) { return p == Pos::kNNP || p == Pos::kNNPS; }
inline bool IsVerb(Pos p) { return (p >= Pos::kVB && p <= Pos::kVBZ) || p == Pos::kMD; }
inline bool IsAdjective(Pos p) { return p >= Pos::kJJ && p <= Pos::kJJS; }

enum class TokenKind : uint8_t {
  kWord,        // letters, possibly with inner hyphens/apostrophes/periods ("U.S.")
  kNumber,      // 90, 3.5, 1,000, 2025
  kPunct,       // , ; : ( ) etc.
  kSentenceEnd, // . ! ?
  kOpenQuote,   // “ ‘ « and straight quotes judged opening
  kCloseQuote,  // ” ’ » and straight quotes judged closing
  kDash,        // — – --
  kEllipsis,    // … ...
  kPossessive,  // 's ’s '
  kUrl,
  kHandle,      // @name, #tag
  kSymbol,      // $ % & ...
};

struct Token {
  uint32_t start = 0;
  uint32_t end = 0;
  TokenKind kind = TokenKind::kWord;
  Pos pos = Pos::kUnknown;
  bool space_before = false;     // white space precedes the token
  bool paragraph_start = false;  // first token after a blank line or newline
  std::string lemma;             // lower-case base form ("say" for "said")
  Span span() const { return {start, end}; }
};

struct Sentence {
  uint32_t start = 0;        // byte offsets
  uint32_t end = 0;
  uint32_t first_token = 0;  // token range [first_token, end_token)
  uint32_t end_token = 0;
  bool paragraph_start = false;
  Span span() const { return {start, end}; }
};

enum class EntityType : uint8_t { kPerson, kOrg, kPlace, kGroup };
std::string_view EntityTypeName(EntityType t);  // "PERSON", "ORG", ...

enum class MentionKind : uint8_t {
  kName,     // a proper name or part of one: "Putin", "Vladimir Putin"
  kAcronym,  // "CEPA"
  kNominal,  // "the president", "the spokeswoman"
  kPronoun,  // "he", "she", "they"
};

enum class Gender : uint8_t { kUnknown, kMale, kFemale };

struct Mention {
  uint32_t start = 0;
  uint32_t end = 0;
  MentionKind kind = MentionKind::kName;
  uint32_t sentence = 0;
  Span span() const { return {start, end}; }
};

struct Role {
  std::string title;  // "senior fellow", "President", "special envoy"
  std::string org;    // "Carnegie Russia Eurasia Center"; may be empty
  std::string country;  // CAMEO/ISO3 code the role is of ("RUS" in "Russian President"); may be empty
  Span evidence;      // where the text gives it
};

// What a Place names (set by the places stage; kUnknown when nobody said).
enum class PlaceKind : uint8_t { kUnknown, kCountry, kRegion, kCity };

struct Place {
  std::string name;     // "Kyiv"
  std::string country;  // ISO3 / CAMEO country code, "UKR"
  double lat = 0;
  double lon = 0;
  bool has_coordinates = false;
  PlaceKind kind = PlaceKind::kUnknown;  // added: country, region or city
};

struct Entity {
  std::string id;    // "E1", "E2": stable within one analysis
  std::string name;  // canonical: the fullest correct form
  EntityType type = EntityType::kPerson;
  std::string actor; // CAMEO actor code at the article date; empty when unknown
  Gender gender = Gender::kUnknown;
  std::vector<Mention> mentions;     // in text order
  std::vector<Role> roles;
  std::vector<std::string> aliases;  // other names: "CEPA", "Stonavaya"
  std::optional<Place> place;        // PLACE entities (and GROUPs of a country)
};

struct TimeExpression {
  Span span;
  std::string value;  // "2025-02-12", "2025-02", "2022"; empty when unresolved
  uint32_t sentence = 0;
};

enum class QuoteKind : uint8_t { kDirect, kPartial, kIndirect };
std::string_view QuoteKindName(QuoteKind k);  // "direct", "partial", "indirect"

struct Quote {
  QuoteKind kind = QuoteKind::kDirect;
  Span content;                    // quoted content, marks excluded
  std::optional<Span> speaker;     // the mention the sentence uses
  int speaker_entity = -1;         // index into Analysis::entities, or -1
  std::optional<Span> cue;         // "said", "wrote", "according to"
  std::string medium;              // "Twitter", "statement", ...; empty when unknown
  uint32_t sentence = 0;           // sentence where the content starts
};

struct EventArgument {
  std::string actor;  // full CAMEO code, may be empty when unknown
  int entity = -1;    // index into Analysis::entities, or -1
  Span span;          // the words in the text
};

struct Event {
  std::string code;       // "041"
  std::string root;       // "04"
  int quad = 0;           // 1-4
  double goldstein = 0;
  std::string plover;     // "CONSULT"
  uint32_t sentence = 0;
  std::optional<EventArgument> source;
  std::optional<EventArgument> target;
  Span trigger;
  bool negated = false;
  std::string date;       // ISO date or empty
  std::optional<Place> place;
};

struct Analysis {
  std::string id;
  std::optional<Date> date;
  std::string text;  // the article text exactly as given; spans index it

  std::vector<Sentence> sentences;
  std::vector<Token> tokens;
  std::vector<Entity> entities;
  std::vector<TimeExpression> times;
  std::vector<Quote> quotes;
  std::vector<Event> events;

  std::string_view Text(Span s) const { return std::string_view(text).substr(s.start, s.end - s.start); }
  std::string_view TokenText(const Token& t) const { return Text(t.span()); }
};

}  // namespace readout

#endif  // READOUT_ANALYSIS_H_
