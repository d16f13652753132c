// What stands between a cue and the content it reports, and where it is
// said: places named after the cue ("said in Iowa", PlaceMentionAt,
// StartsPlace, PlaceObjectAt), the medium ("on Twitter", "in a statement",
// FindMedium), time and place adjuncts (AdjunctEnd) and a cue's complements
// before its clause ("told reporters on Tuesday that", SkipCueComplements).
// Every scan is bounded to the cue's sentence.
#include "quotes/phrases.h"

namespace readout::quotes {

using lexicon::CueVerbClass;
using lexicon::kCueNoun;
using lexicon::kCueVerb;
using lexicon::kDeterminer;
using lexicon::kMediaStart;
using lexicon::kNamePrep;
using lexicon::kPronoun;
using lexicon::kThat;
using lexicon::kTimeWord;

bool PlaceMentionAt(const Context& c, uint32_t i) {
  if (!c.IsWord(i)) return false;
  for (const Entity& e : c.a.entities) {
    if (e.type != EntityType::kPlace) continue;
    for (const Mention& m : e.mentions) {
      if (m.start == c.w[i].start) return true;
    }
  }
  return false;
}

namespace {

// The word after the mention of a PLACE entity that starts at word i (after
// a "the"), or kNoWord when none starts there.
uint32_t PlaceMentionEnd(const Context& c, uint32_t i) {
  if (c.Equals(i, "the")) ++i;
  if (!c.IsWord(i)) return kNoWord;
  const uint32_t start = c.w[i].start;
  for (const Entity& e : c.a.entities) {
    if (e.type != EntityType::kPlace) continue;
    for (const Mention& m : e.mentions) {
      if (m.start != start) continue;
      uint32_t j = i;
      while (j < c.w.size() && c.w[j].start < m.end) ++j;
      return j;
    }
  }
  return kNoWord;
}

}  // namespace

bool StartsPlace(const Context& c, uint32_t i) {
  const uint32_t j = PlaceMentionEnd(c, i);
  if (j == kNoWord) return false;
  // "questioned America's commitment": a place's possessive modifies the
  // real object.
  return !(j < c.w.size() && c.w[j].type == WordType::kOther && (c.Text(j) == "'s" || c.Text(j) == "\u2019s"));
}

bool PlaceObjectAt(const Context& c, uint32_t i) {
  if (!StartsPlace(c, i)) return false;
  // "congratulated Florida primary winner Donald Trump", "praised Iowa
  // voters": a place before a noun modifies it (not a time: "attacked
  // Kyiv Tuesday").
  const uint32_t j = PlaceMentionEnd(c, i);
  return !(c.IsWord(j) && IsNoun(c.w[j].pos) && !c.w[j].Is(lexicon::kTimeWord));
}

namespace {

// The media phrase at word i, or 0.
size_t MediumAt(const Context& c, uint32_t i, uint32_t end, std::string_view* medium) {
  if (!c.IsWord(i) || !c.w[i].Is(kMediaStart)) return 0;
  // "X" is the platform only as "on X"; a lone capital X is otherwise a letter.
  if (c.Equals(i, "x") && !(i > 0 && c.Equals(i - 1, "on") && c.Text(i) == "X")) return 0;
  std::array<std::string, 4> lower;
  std::array<std::string_view, 4> views;
  size_t n = 0;
  for (uint32_t k = i; k < end && n < lower.size() && c.IsWord(k); ++k, ++n) {
    std::string_view t = c.Text(k);
    lower[n].assign(t);
    for (char& ch : lower[n]) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    views[n] = lower[n];
  }
  return c.lex.MatchMedium(std::span<const std::string_view>(views.data(), n), medium);
}

bool Stop(const Context& c, uint32_t i) {
  WordType t = c.w[i].type;
  return t == WordType::kEnd || t == WordType::kColon || t == WordType::kSemicolon || c.w[i].IsQuote();
}

}  // namespace

std::string_view FindMedium(const Context& c, uint32_t cue, uint32_t begin, uint32_t end) {
  if (cue != kNoWord && c.w[cue].lex && !c.w[cue].lex->medium.empty() && c.w[cue].Is(kCueVerb)) {
    return c.w[cue].lex->medium;
  }
  std::string_view medium;
  for (uint32_t i = begin; i < end && i < c.w.size(); ++i) {
    if (Stop(c, i)) break;
    if (MediumAt(c, i, end, &medium) > 0) return medium;
  }
  // "wrote at the Atlantic Council", "writes in The Washington Post"
  if (cue != kNoWord && c.w[cue].lex && c.w[cue].lex->verb_class == CueVerbClass::kWrite) {
    uint32_t i = cue + 1;
    if (c.Equals(i, "at") || c.Equals(i, "in") || c.Equals(i, "for")) {
      ++i;
      if (c.Equals(i, "the")) ++i;
      uint32_t k = i;
      while (k < c.w.size() && (NameWord(c, k) || (c.Lower(k, kNamePrep) && NameWord(c, k + 1)))) ++k;
      if (k > i) return c.a.Text({c.w[i].start, c.w[k - 1].end});
    }
  }
  return {};
}

uint32_t AdjunctEnd(const Context& c, uint32_t i, uint32_t end, bool time_ok) {
  if (!(c.Equals(i, "on") || c.Equals(i, "in") || c.Equals(i, "at") || c.Equals(i, "during") || c.Equals(i, "via"))) {
    return kNoWord;
  }
  std::string_view medium;
  for (uint32_t k = i + 1; k < end && k < i + 8 && c.IsWord(k); ++k) {
    if (c.w[k].Is(kTimeWord)) return time_ok ? k + 1 : kNoWord;
    size_t n = MediumAt(c, k, end, &medium);
    if (n > 0) return k + static_cast<uint32_t>(n);
    if (c.w[k].Is(kCueNoun)) return k + 1;
    if (IsVerb(c.w[k].pos)) return kNoWord;
  }
  return kNoWord;
}

uint32_t SkipCueComplements(const Context& c, uint32_t cue, uint32_t i, uint32_t end, bool* saw_that) {
  const bool tell = c.w[cue].lex && c.w[cue].lex->verb_class == CueVerbClass::kTell;
  bool hearer_done = !tell;
  for (int guard = 0; guard < 12 && i < end; ++guard) {
    if (c.Lower(i, kThat)) {
      *saw_that = true;
      return i + 1;
    }
    if (c.IsWord(i) && c.w[i].Is(kTimeWord) && !c.Equals(i, "this") && !c.Equals(i, "last")) { ++i; continue; }
    if ((c.Equals(i, "this") || c.Equals(i, "last")) && c.IsWord(i + 1) && c.w[i + 1].Is(kTimeWord)) {
      i += 2;
      continue;
    }
    if (c.Equals(i, "on") || c.Equals(i, "in") || c.Equals(i, "at") || c.Equals(i, "during") || c.Equals(i, "via")) {
      // A prepositional phrase naming the time or the medium.
      uint32_t k = i + 1;
      uint32_t found = kNoWord;
      std::string_view medium;
      for (int s = 0; s < 7 && k < end && c.IsWord(k); ++s, ++k) {
        if (c.w[k].Is(kTimeWord)) { found = k + 1; break; }
        size_t n = MediumAt(c, k, end, &medium);
        if (n > 0) {
          found = k + static_cast<uint32_t>(n);
          if (c.IsWord(found) && c.Lower(found, kSpeakerHead)) ++found;  // "Truth Social account"
          break;
        }
        if (c.w[k].Is(kCueNoun)) { found = k + 1; break; }
      }
      if (found == kNoWord) break;
      i = found;
      // "in an interview with CNN", "in a letter to supporters"
      if ((c.Equals(i, "with") || c.Equals(i, "to")) && c.IsWord(i + 1)) {
        Phrase p = PhraseStartingAt(c, i + 1, end);
        if (p.ok()) i = p.last;
      }
      continue;
    }
    if (!hearer_done) {
      hearer_done = true;
      // "her" before a plain word is a possessive ("accused her rival").
      const bool her_object = c.Equals(i, "her") && !(c.IsWord(i + 1) && !c.w[i + 1].capitalised &&
                                                        !c.w[i + 1].Is(kDeterminer | kPronoun | kThat));
      if (c.Equals(i, "him") || her_object || c.Equals(i, "them") || c.Equals(i, "me") ||
          c.Equals(i, "us") || c.Equals(i, "reporters") || c.Equals(i, "journalists")) {
        ++i;
        continue;
      }
      Phrase p = PhraseStartingAt(c, i, end);
      if (p.ok() && p.kind != PhraseKind::kPronoun) {
        i = p.last;
        // "a council panel": the phrase's head may be a modifier.
        while (i < end && i < p.last + 3 && c.IsWord(i) && !c.w[i].capitalised && IsNoun(c.w[i].pos) &&
               !c.w[i].Is(kCueVerb | kThat | kTimeWord | kDeterminer)) {
          ++i;
        }
        // "told BuzzFeed's Smith": the owner and the owned.
        if (i + 1 < end && c.w[i].type == WordType::kOther && NameWord(c, i + 1)) {
          Phrase q = PhraseStartingAt(c, i + 1, end);
          if (q.ok()) i = q.last;
        }
        continue;
      }
      // "told a council panel", "told the Senate committee": a determiner
      // and up to four nouns, adjectives or names ending in a noun.
      if (c.Lower(i, kDeterminer) && !c.Lower(i, kPronoun)) {
        uint32_t j = i + 1;
        while (j < end && j < i + 5 && c.IsWord(j) && !c.w[j].Is(kCueVerb | kThat | kTimeWord) &&
               (IsNoun(c.w[j].pos) || IsAdjective(c.w[j].pos) || NameWord(c, j))) {
          ++j;
        }
        if (j > i + 1 && IsNoun(c.w[j - 1].pos)) {
          i = j;
          continue;
        }
      }
    }
    if (c.w[i].type == WordType::kComma && c.IsWord(i + 1) &&
        (c.w[i + 1].Is(kTimeWord) || c.Equals(i + 1, "in") || c.Equals(i + 1, "on"))) {
      ++i;  // "said, in a statement, that"
      continue;
    }
    break;
  }
  return i;
}

}  // namespace readout::quotes
