// Loads the quote-attribution word lists. Every file is a small TSV: '#'
// starts a comment line, fields are tab-separated. All words go into one hash
// map from the lower-case word to a CueWord whose flags say every class it is
// in, so the quote stage does one lookup per token. Media phrases are kept by
// their first word and matched longest first.
#include "lexicon/cue_lexicon.h"

#include <fmt/format.h>

#include <algorithm>
#include <bit>
#include <cctype>
#include <cstring>

#include "lexicon/embedded.h"
#include "text/flat_string_map.h"

namespace readout::lexicon {
namespace {

std::vector<std::string_view> Split(std::string_view s, char sep) {
  std::vector<std::string_view> out;
  size_t i = 0;
  while (i <= s.size()) {
    size_t j = s.find(sep, i);
    if (j == std::string_view::npos) j = s.size();
    std::string_view f = s.substr(i, j - i);
    while (!f.empty() && (f.back() == '\r' || f.back() == ' ')) f.remove_suffix(1);
    while (!f.empty() && f.front() == ' ') f.remove_prefix(1);
    if (sep != ' ' || !f.empty()) out.push_back(f);
    i = j + 1;
  }
  return out;
}

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// Calls fn(fields, line_number) for each non-comment, non-blank line.
template <typename Fn>
void ForEachLine(std::string_view content, Fn fn) {
  size_t line_no = 0;
  size_t i = 0;
  while (i < content.size()) {
    size_t j = content.find('\n', i);
    if (j == std::string_view::npos) j = content.size();
    std::string_view line = content.substr(i, j - i);
    ++line_no;
    i = j + 1;
    if (line.empty() || line[0] == '#' || line.find_first_not_of(" \t\r") == std::string_view::npos) continue;
    fn(Split(line, '\t'), line_no);
  }
}

}  // namespace

CueWord& CueLexicon::Entry(std::string_view lower) {
  auto it = words_.find(lower);
  if (it != words_.end()) return it->second;
  return words_.emplace(std::string(lower), CueWord{}).first->second;
}

std::unique_ptr<CueLexicon> CueLexicon::FromData(std::string_view verbs, std::string_view nouns,
                                                 std::string_view media, std::string_view speakers,
                                                 std::string_view function_words,
                                                 std::vector<std::string>* warnings,
                                                 std::string_view phrases, std::string_view stance_nouns,
                                                 std::string_view stance_adjectives) {
  auto lex = std::make_unique<CueLexicon>();
  auto warn = [&](std::string_view file, size_t line, std::string_view what) {
    if (warnings) warnings->push_back(fmt::format("quotes/{}:{}: {}", file, line, what));
  };
  auto own = [&](std::string_view s) -> std::string_view {
    if (s.empty()) return {};
    for (const auto& p : lex->strings_) {
      if (*p == s) return *p;
    }
    lex->strings_.push_back(std::make_unique<std::string>(s));
    return *lex->strings_.back();
  };

  // class[+obj][+to]: the frames beyond a reported clause a verb takes.
  // Fills *w's verb fields; false (with a warning) when malformed.
  auto parse_class = [&](std::string_view file, size_t line, std::string_view spec, CueWord* w) {
    std::vector<std::string_view> parts = Split(spec, '+');
    // "none" (cue phrases only): the words make the verb no cue ("found
    // himself", "found a way").
    if (spec == "none" && file == "cue_phrases.tsv") {
      *w = CueWord();
      return true;
    }
    CueVerbClass cls = parts[0] == "speech" ? CueVerbClass::kSpeech
                       : parts[0] == "tell" ? CueVerbClass::kTell
                       : parts[0] == "write" ? CueVerbClass::kWrite
                       : parts[0] == "belief" ? CueVerbClass::kBelief
                                         : CueVerbClass::kNone;
    if (cls == CueVerbClass::kNone) {
      warn(file, line, fmt::format("unknown class '{}'", spec));
      return false;
    }
    w->verb_class = cls;
    w->takes_object = false;
    w->takes_infinitive = false;
    w->needs_as = false;
    w->needs_quote = false;
    for (size_t k = 1; k < parts.size(); ++k) {
      if (parts[k] == "obj") {
        w->takes_object = true;
      } else if (parts[k] == "to") {
        w->takes_infinitive = true;
      } else if (parts[k] == "as") {
        w->needs_as = true;
      } else if (parts[k] == "quote") {
        w->needs_quote = true;
      } else {
        warn(file, line, fmt::format("unknown frame '{}'", parts[k]));
        return false;
      }
    }
    return true;
  };
  ForEachLine(verbs, [&](const std::vector<std::string_view>& f, size_t line) {
    if (f.size() < 2) return warn("cue_verbs.tsv", line, "expected forms<TAB>class[<TAB>medium]");
    CueWord frame;
    if (!parse_class("cue_verbs.tsv", line, f[1], &frame)) return;
    std::string_view medium = f.size() > 2 ? own(f[2]) : std::string_view();
    for (std::string_view form : Split(f[0], ' ')) {
      CueWord& w = lex->Entry(Lower(form));
      w.flags |= kCueVerb;
      w.verb_class = frame.verb_class;
      w.takes_object = frame.takes_object;
      w.takes_infinitive = frame.takes_infinitive;
      w.needs_as = frame.needs_as;
      w.needs_quote = frame.needs_quote;
      if (!medium.empty()) w.medium = medium;
    }
  });
  ForEachLine(nouns, [&](const std::vector<std::string_view>& f, size_t line) {
    if (f.size() < 2) return warn("cue_nouns.tsv", line, "expected forms<TAB>medium");
    std::string_view medium = own(f[1]);
    for (std::string_view form : Split(f[0], ' ')) {
      CueWord& w = lex->Entry(Lower(form));
      w.flags |= kCueNoun;
      if (w.medium.empty()) w.medium = medium;
    }
  });
  ForEachLine(media, [&](const std::vector<std::string_view>& f, size_t line) {
    if (f.size() < 2) return warn("media.tsv", line, "expected phrase<TAB>medium");
    MediaPhrase p;
    for (std::string_view word : Split(f[0], ' ')) p.words.push_back(Lower(word));
    if (p.words.empty()) return warn("media.tsv", line, "empty phrase");
    p.medium = std::string(f[1]);
    lex->Entry(p.words[0]).flags |= kMediaStart;
    lex->max_medium_words_ = std::max(lex->max_medium_words_, p.words.size());
    auto& list = lex->media_[p.words[0]];
    list.push_back(std::move(p));
    std::stable_sort(list.begin(), list.end(),
                     [](const MediaPhrase& a, const MediaPhrase& b) { return a.words.size() > b.words.size(); });
  });
  ForEachLine(speakers, [&](const std::vector<std::string_view>& f, size_t line) {
    if (f.size() < 2) return warn("speaker_words.tsv", line, "expected word<TAB>kind[<TAB>gender]");
    uint32_t flag = f[1] == "pronoun" ? uint32_t{kPronoun}
                    : f[1] == "possessive" ? uint32_t{kPossessive}
                    : f[1] == "person" ? uint32_t{kPersonNoun}
                    : f[1] == "group"  ? uint32_t{kGroupNoun}
                    : f[1] == "org"    ? uint32_t{kOrgNoun}
                    : f[1] == "follower" ? uint32_t{kFollowerNoun}
                                       : uint32_t{0};
    if (flag == 0) return warn("speaker_words.tsv", line, fmt::format("unknown kind '{}'", f[1]));
    CueWord& w = lex->Entry(Lower(f[0]));
    w.flags |= flag;
    std::string_view g = f.size() > 2 ? f[2] : std::string_view();
    if (g == "m") w.gender = Gender::kMale;
    if (g == "f") w.gender = Gender::kFemale;
    if (g == "p" || flag == kGroupNoun) w.plural = true;
  });
  ForEachLine(function_words, [&](const std::vector<std::string_view>& f, size_t line) {
    if (f.size() < 2) return warn("function_words.tsv", line, "expected word<TAB>class");
    uint32_t flag = f[1] == "aux"       ? uint32_t{kAux}
                    : f[1] == "time"    ? uint32_t{kTimeWord}
                    : f[1] == "sub"     ? uint32_t{kSubordinator}
                    : f[1] == "det"     ? uint32_t{kDeterminer}
                    : f[1] == "notname" ? uint32_t{kNotName}
                    : f[1] == "prep"    ? uint32_t{kNamePrep}
                    : f[1] == "that"    ? uint32_t{kThat}
                                        : uint32_t{0};
    if (flag == 0) return warn("function_words.tsv", line, fmt::format("unknown class '{}'", f[1]));
    lex->Entry(Lower(f[0])).flags |= flag;
  });
  // Stance nouns and adjectives: forms, then the complements that open
  // their content.
  auto stance_words = [&](std::string_view content, std::string_view file, uint32_t flag) {
    ForEachLine(content, [&](const std::vector<std::string_view>& f, size_t line) {
      if (f.size() < 2) return warn(file, line, "expected forms<TAB>complements");
      uint8_t comps = 0;
      uint32_t flags = flag;
      for (std::string_view comp : Split(f[1], ' ')) {
        // "that*": a "that" clause reports even without a holder.
        if (comp == "that*") {
          comps |= kCompThat;
          flags |= kHolderlessThat;
          continue;
        }
        const uint8_t bit = comp == "of"        ? kCompOf
                            : comp == "for"     ? kCompFor
                            : comp == "to"      ? kCompTo
                            : comp == "that"    ? kCompThat
                            : comp == "on"      ? kCompOn
                            : comp == "over"    ? kCompOn
                            : comp == "at"      ? kCompOn
                            : comp == "with"    ? kCompOn
                            : comp == "about"   ? kCompAbout
                            : comp == "against" ? kCompAgainst
                            : comp == "in"      ? kCompIn
                                                : 0;
        if (bit == 0) return warn(file, line, fmt::format("unknown complement '{}'", comp));
        comps |= bit;
      }
      for (std::string_view form : Split(f[0], ' ')) {
        CueWord& w = lex->Entry(Lower(form));
        w.flags |= flags;
        w.complements |= comps;
      }
    });
  };
  stance_words(stance_nouns, "stance_nouns.tsv", kStanceNoun);
  stance_words(stance_adjectives, "stance_adjectives.tsv", kStanceAdjective);
  // Phrases last: a phrase's entry keeps the other classes of its first word.
  ForEachLine(phrases, [&](const std::vector<std::string_view>& f, size_t line) {
    if (f.size() < 3) return warn("cue_phrases.tsv", line, "expected forms<TAB>rest<TAB>class[<TAB>medium]");
    CueWord frame;
    if (!parse_class("cue_phrases.tsv", line, f[2], &frame)) return;
    std::vector<std::string> rest;
    for (std::string_view word : Split(f[1], ' ')) rest.push_back(Lower(word));
    if (rest.empty()) return warn("cue_phrases.tsv", line, "a phrase needs words after the first");
    std::string_view medium = f.size() > 3 ? own(f[3]) : std::string_view();
    for (std::string_view form : Split(f[0], ' ')) {
      const std::string first = Lower(form);
      CueWord& base = lex->Entry(first);
      base.flags |= kPhraseStart;
      auto p = std::make_unique<CuePhrase>();
      p->rest = rest;
      p->word = base;
      p->word.flags = (base.flags & ~kPhraseStart) | kCueVerb;
      if (frame.verb_class == CueVerbClass::kNone) p->word.flags &= ~kCueVerb;
      p->word.verb_class = frame.verb_class;
      p->word.takes_object = frame.takes_object;
      p->word.takes_infinitive = frame.takes_infinitive;
      p->word.needs_as = frame.needs_as;
      p->word.needs_quote = frame.needs_quote;
      p->word.medium = medium;
      lex->max_phrase_words_ = std::max(lex->max_phrase_words_, rest.size() + 1);
      auto& list = lex->phrases_[first];
      list.push_back(std::move(p));
      std::stable_sort(list.begin(), list.end(), [](const auto& a, const auto& b) { return a->rest.size() > b->rest.size(); });
    }
  });
  lex->BuildTable();
  return lex;
}

namespace {

// True when `word` with its ASCII capitals lower-cased equals `lower`;
// eight bytes at a time (words are short; a byte loop cost more).
inline bool EqualsFolded(std::string_view lower, std::string_view word) {
  if (lower.size() != word.size()) return false;
  const char* a = lower.data();
  const char* b = word.data();
  size_t n = word.size();
  for (; n >= 8; n -= 8, a += 8, b += 8) {
    uint64_t x, y;
    std::memcpy(&x, a, 8);
    std::memcpy(&y, b, 8);
    if (x != text::internal::LowerAsciiBytes(y)) return false;
  }
  for (; n > 0; --n, ++a, ++b) {
    const char c = *b;
    if (*a != ((c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c)) return false;
  }
  return true;
}

}  // namespace

// The short keys' perfect hash ("hash and displace"): the keys are
// grouped by bucket (the product's top bits), and bucket by bucket, the
// fullest first, each takes the smallest displacement that moves all its
// keys onto free slots. A bucket whose keys share a slot under every
// displacement, or one left with no displacement that fits, makes the
// table try the next multiplier (then a table twice as large). The table
// is kept at least a third empty, so a fit is found in a few tries.
bool CueLexicon::PlaceShortKeys(const std::vector<std::pair<uint64_t, const CueWord*>>& keys, size_t size,
                                uint64_t mul) {
  const size_t buckets = std::max<size_t>(size / 4, 2);
  short_table_.assign(size, ShortSlot{});
  short_disp_.assign(buckets, 0);
  short_mul_ = mul;
  short_mask_ = size - 1;
  short_shift_ = 64 - static_cast<unsigned>(std::countr_zero(buckets));
  std::vector<std::vector<size_t>> members(buckets);
  for (size_t k = 0; k < keys.size(); ++k) members[(keys[k].first * mul) >> short_shift_].push_back(k);
  std::vector<size_t> order(buckets);
  for (size_t b = 0; b < buckets; ++b) order[b] = b;
  std::stable_sort(order.begin(), order.end(),
                   [&](size_t x, size_t y) { return members[x].size() > members[y].size(); });
  std::vector<size_t> slots;
  for (const size_t b : order) {
    if (members[b].empty()) break;
    bool placed = false;
    for (size_t d = 0; d < size && d <= 0xffff && !placed; ++d) {
      slots.clear();
      placed = true;
      for (const size_t k : members[b]) {
        const size_t slot = (static_cast<uint32_t>((keys[k].first * mul) >> 24) + d) & short_mask_;
        if (short_table_[slot].word || std::find(slots.begin(), slots.end(), slot) != slots.end()) {
          placed = false;
          break;
        }
        slots.push_back(slot);
      }
      if (!placed) continue;
      short_disp_[b] = static_cast<uint16_t>(d);
      for (size_t j = 0; j < slots.size(); ++j) {
        const auto& [packed, word] = keys[members[b][j]];
        short_table_[slots[j]] = {packed, word, word->flags};
      }
    }
    if (!placed) return false;
  }
  return true;
}

void CueLexicon::BuildTable() {
  std::vector<std::pair<uint64_t, const CueWord*>> shorts;
  size_t longs = 0;
  for (const auto& [key, word] : words_) {
    if (!IsShort(key.size())) {
      longs += key.size() <= 63;
      continue;
    }
    // (A short key is packed as it is: one with a capital letter, which
    // no folded word has, never matches, as with the byte compare.) An
    // eight-byte key ending in a byte below 8 would pack like a shorter
    // key: no word does, and FindPacked rejects such words.
    const uint64_t packed = PackShort(key.data(), key.size());
    if (key.size() == 8 && (packed >> 56) < 8) continue;
    shorts.push_back({packed, &word});
  }
  size_t short_size = 16;
  while (short_size < shorts.size() + shorts.size() / 2) short_size <<= 1;
  // Odd multipliers from a fixed sequence (the first is the golden ratio's).
  uint64_t mul = 0x9e3779b97f4a7c15ull;
  for (int tries = 0; !PlaceShortKeys(shorts, short_size, mul); ++tries) {
    mul = (mul + 0x632be59bd9b4e019ull) * 0xbf58476d1ce4e5b9ull | 1;
    if (tries % 16 == 15) short_size <<= 1;
  }
  size_t size = 16;
  while (size < longs * 3) size <<= 1;
  table_.assign(size, Slot{});
  mask_ = size - 1;
  long_filter_.assign((size_t{1} << kLongFilterLog2) / 64, 0);
  for (const auto& [key, word] : words_) {
    if (key.size() > 63) continue;  // longer words are never looked up
    max_len_ = std::max(max_len_, key.size());
    if (IsShort(key.size())) continue;
    if (key.size() > 8) {
      const size_t bit = LongFilterBit(PackFoldedPadded(key.data(), 8), key.size());
      long_filter_[bit / 64] |= uint64_t{1} << (bit % 64);
    }
    const uint64_t h = text::HashBytes(key);
    size_t i = h & mask_;
    while (table_[i].word) i = (i + 1) & mask_;
    table_[i] = {&word, key.data(), static_cast<uint32_t>(h), static_cast<uint32_t>(key.size())};
  }
}

Result<std::unique_ptr<CueLexicon>> CueLexicon::Load(const ModelOptions&, std::vector<std::string>* warnings) {
  std::string_view verbs = FindEmbeddedFile("quotes/cue_verbs.tsv");
  if (verbs.empty()) return Status::NotFound("embedded data quotes/cue_verbs.tsv is missing");
  return FromData(verbs, FindEmbeddedFile("quotes/cue_nouns.tsv"), FindEmbeddedFile("quotes/media.tsv"),
                  FindEmbeddedFile("quotes/speaker_words.tsv"), FindEmbeddedFile("quotes/function_words.tsv"),
                  warnings, FindEmbeddedFile("quotes/cue_phrases.tsv"), FindEmbeddedFile("quotes/stance_nouns.tsv"),
                  FindEmbeddedFile("quotes/stance_adjectives.tsv"));
}

const CueWord* CueLexicon::Find(std::string_view lower) const {
  auto it = words_.find(lower);
  return it == words_.end() ? nullptr : &it->second;
}

const CueWord* CueLexicon::FindFoldedLong(std::string_view word) const {
  if (word.size() > max_len_ || table_.empty()) return nullptr;
  if (word.size() > 8) {
    const size_t bit = LongFilterBit(PackFoldedPadded(word.data(), 8), word.size());
    if ((long_filter_[bit / 64] >> (bit % 64) & 1) == 0) return nullptr;
  }
  // Keys are lower case: the word hashes and compares as its lower-cased
  // self without being copied.
  const uint64_t h = text::HashBytesAsciiLower(word);
  for (size_t i = h & mask_;; i = (i + 1) & mask_) {
    const Slot& s = table_[i];
    if (!s.word) return nullptr;
    if (s.hash == static_cast<uint32_t>(h) && EqualsFolded(std::string_view(s.key, s.len), word)) return s.word;
  }
}

size_t CueLexicon::MatchMedium(std::span<const std::string_view> words, std::string_view* medium) const {
  if (words.empty()) return 0;
  auto it = media_.find(words[0]);
  if (it == media_.end()) return 0;
  for (const MediaPhrase& p : it->second) {
    if (p.words.size() > words.size()) continue;
    bool match = true;
    for (size_t i = 1; i < p.words.size() && match; ++i) match = p.words[i] == words[i];
    if (match) {
      *medium = p.medium;
      return p.words.size();
    }
  }
  return 0;
}

const CueWord* CueLexicon::MatchPhrase(std::string_view first, std::span<const std::string_view> rest,
                                       size_t* words) const {
  auto it = phrases_.find(first);
  if (it == phrases_.end()) return nullptr;
  for (const auto& p : it->second) {
    if (p->rest.size() > rest.size()) continue;
    bool match = true;
    for (size_t i = 0; i < p->rest.size() && match; ++i) match = p->rest[i] == rest[i];
    if (match) {
      *words = p->rest.size() + 1;
      return &p->word;
    }
  }
  return nullptr;
}

}  // namespace readout::lexicon
