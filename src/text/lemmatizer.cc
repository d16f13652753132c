// Morphy (WordNet's morph.c) over in-memory tables. For an inflected tag the
// exception list is tried first ("said" -> "say", "better" -> "good"), then
// the detachment rules of the word class in WordNet's order (nouns: -s, -ses,
// -xes, -zes, -ches, -shes, -men, -ies; verbs: -s, -ies, -es, -ed, -ing with
// and without a restored "e"; adjectives: -er, -est), keeping the first
// candidate WordNet lists as a lemma. When both "hop" and "hope" are lemmas
// for "hoping", the e-form wins after a single consonant following a single
// vowel (English would have doubled it: "hopping"). Words WordNet does not
// know keep a regular-plural guess (nouns) or themselves. Base tags (NN, VB,
// JJ, ...) are returned lower-cased, except forms of "be"/"have" and clitics.
#include "text/lemmatizer.h"

#include <fmt/format.h>

#include <cstring>
#include <optional>
#include <span>

#include "text/data_file.h"

namespace readout::text {
namespace {

constexpr std::string_view kPackage = "wordnet-base";
using WordClass = Lemmatizer::WordClass;

struct Rule {
  std::string_view suffix;
  std::string_view ending;
};
constexpr Rule kNounRules[] = {{"s", ""},     {"ses", "s"},   {"xes", "x"},    {"zes", "z"},
                               {"ches", "ch"}, {"shes", "sh"}, {"men", "man"}, {"ies", "y"}};
constexpr Rule kVerbRules[] = {{"s", ""},   {"ies", "y"}, {"es", "e"},  {"es", ""},
                               {"ed", "e"}, {"ed", ""},   {"ing", "e"}, {"ing", ""}};
constexpr Rule kAdjRules[] = {{"er", ""}, {"est", ""}, {"er", "e"}, {"est", "e"}};

// Clitics and closed-class forms WordNet lacks, by surface form.
struct Fixed {
  std::string_view word;
  std::string_view lemma;
};
constexpr Fixed kFixed[] = {{"n't", "not"}, {"'m", "be"},   {"'re", "be"},  {"'ve", "have"},
                            {"'ll", "will"}, {"ca", "can"},  {"wo", "will"}, {"sha", "shall"},
                            {"'d", "would"}};
constexpr size_t kMaxFixed = 3;  // the longest word of kFixed

// Whether some word of kFixed begins with c (most short words: none).
bool BeginsFixed(char c) {
  for (const Fixed& f : kFixed) {
    if (f.word[0] == c) return true;
  }
  return false;
}

// *out = `word` lower-cased (ASCII), curly apostrophes U+2018/U+2019 as
// "'" (the tokenizer keeps them in "n’t"). Never longer than the word:
// copied, then rewritten in place and cut to length.
void LowerInto(std::string_view word, std::string* out) {
  out->assign(word);
  char* p = out->data();
  const size_t n = word.size();
  if (n < 4) {
    // "of", "the": plain ASCII has no curly apostrophe, only capitals.
    bool ascii = true;
    for (size_t i = 0; i < n; ++i) ascii &= static_cast<unsigned char>(p[i]) < 0x80;
    if (ascii) {
      for (size_t i = 0; i < n; ++i) {
        if (p[i] >= 'A' && p[i] <= 'Z') p[i] = static_cast<char>(p[i] + 32);
      }
      return;
    }
  } else if (n <= 8) {
    // Most words: two overlapping 4-byte loads cover them; pure ASCII has
    // no curly apostrophe, so lower-casing is all there is to do.
    uint32_t lo, hi;
    std::memcpy(&lo, p, 4);
    std::memcpy(&hi, p + n - 4, 4);
    if (((lo | hi) & 0x80808080u) == 0) {
      const uint64_t w = internal::LowerAsciiBytes(lo | (uint64_t{hi} << 32));
      lo = static_cast<uint32_t>(w);
      hi = static_cast<uint32_t>(w >> 32);
      std::memcpy(p, &lo, 4);
      std::memcpy(p + n - 4, &hi, 4);
      return;
    }
  }
  size_t len = 0;
  for (size_t i = 0; i < n;) {
    // Eight ASCII bytes at once; a block with a byte >= 0x80 goes byte by
    // byte, so a curly apostrophe is always seen from its first byte.
    if (i + 8 <= n) {
      uint64_t w;
      std::memcpy(&w, p + i, 8);
      if ((w & 0x8080808080808080ull) == 0) {
        w = internal::LowerAsciiBytes(w);
        std::memcpy(p + len, &w, 8);
        len += 8;
        i += 8;
        continue;
      }
    }
    unsigned char c = static_cast<unsigned char>(p[i]);
    if (c == 0xE2 && i + 2 < n && static_cast<unsigned char>(p[i + 1]) == 0x80 &&
        (static_cast<unsigned char>(p[i + 2]) == 0x98 || static_cast<unsigned char>(p[i + 2]) == 0x99)) {
      p[len++] = '\'';
      i += 3;
      continue;
    }
    p[len++] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : static_cast<char>(c);
    ++i;
  }
  out->resize(len);
}

bool IsVowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

// "hop": consonant-vowel-consonant at the end, the shape whose -ing/-ed form
// doubles the consonant; so "hoping" is not "hop" + "ing".
bool EndsConsonantVowelConsonant(std::string_view s) {
  if (s.size() < 3) return false;
  char a = s[s.size() - 3], b = s[s.size() - 2], c = s[s.size() - 1];
  return !IsVowel(a) && IsVowel(b) && !IsVowel(c) && c != 'w' && c != 'x' && c != 'y';
}

// Guess for nouns WordNet does not list: the regular plural.
std::string RegularSingular(std::string_view w) {
  auto ends = [&](std::string_view s) { return w.size() > s.size() + 1 && w.ends_with(s); };
  if (ends("ies")) return std::string(w.substr(0, w.size() - 3)) + "y";
  if (ends("ches") || ends("shes") || ends("sses") || ends("xes") || ends("zes")) {
    return std::string(w.substr(0, w.size() - 2));
  }
  if (ends("s") && !ends("ss") && !ends("us") && !ends("is")) return std::string(w.substr(0, w.size() - 1));
  return std::string(w);
}

std::optional<WordClass> ClassOf(Pos pos) {
  switch (pos) {
    case Pos::kNN:
    case Pos::kNNS: return WordClass::kNoun;
    case Pos::kVB:
    case Pos::kVBD:
    case Pos::kVBG:
    case Pos::kVBN:
    case Pos::kVBP:
    case Pos::kVBZ: return WordClass::kVerb;
    case Pos::kJJ:
    case Pos::kJJR:
    case Pos::kJJS: return WordClass::kAdj;
    case Pos::kRB:
    case Pos::kRBR:
    case Pos::kRBS: return WordClass::kAdv;
    default: return std::nullopt;
  }
}

bool IsInflected(Pos pos) {
  return pos == Pos::kNNS || pos == Pos::kVBD || pos == Pos::kVBG || pos == Pos::kVBN || pos == Pos::kVBZ ||
         pos == Pos::kJJR || pos == Pos::kJJS || pos == Pos::kRBR || pos == Pos::kRBS;
}

}  // namespace

Result<std::unique_ptr<Lemmatizer>> Lemmatizer::Load(const ModelOptions& options, std::vector<std::string>*) {
  std::unique_ptr<Lemmatizer> lem(new Lemmatizer());
  // WordNet 3.0 has about 120,000 one-word lemmas over the four classes.
  lem->lemmas_.Reserve(125000, 1200000);
  static constexpr std::pair<std::string_view, WordClass> kFiles[] = {
      {"noun", WordClass::kNoun}, {"verb", WordClass::kVerb}, {"adj", WordClass::kAdj}, {"adv", WordClass::kAdv}};
  for (const auto& [name, wc] : kFiles) {
    Status s = lem->LoadIndex(fmt::format("{}/index.{}", options.wordnet_dir, name), wc);
    if (!s.ok()) return s;
    s = lem->LoadExceptions(fmt::format("{}/{}.exc", options.wordnet_dir, name), wc);
    if (!s.ok()) return s;
  }
  return lem;
}

Status Lemmatizer::LoadIndex(const std::string& path, WordClass wc) {
  auto content = ReadDataFile(path, kPackage);
  if (!content.ok()) return content.status();
  std::string_view text = content.value();
  const uint8_t bit = static_cast<uint8_t>(1u << static_cast<unsigned>(wc));
  return ForEachLine(text, [&](std::string_view line, size_t line_no) {
    if (line.empty() || line.front() == ' ') return Status::Ok();  // licence header lines start with spaces
    size_t sp = line.find(' ');
    if (sp == std::string_view::npos || sp == 0) {
      return Status::Corruption(fmt::format("{}:{}: expected 'lemma pos ...'", path, line_no));
    }
    std::string_view lemma = line.substr(0, sp);
    if (lemma.find('_') != std::string_view::npos) return Status::Ok();  // collocations: never one token
    auto [bits, inserted] = lemmas_.TryEmplace(lemma, bit);
    if (!inserted) *bits |= bit;
    return Status::Ok();
  });
}

Status Lemmatizer::LoadExceptions(const std::string& path, WordClass wc) {
  auto content = ReadDataFile(path, kPackage);
  if (!content.ok()) return content.status();
  std::string_view text = content.value();
  auto& map = exceptions_[static_cast<size_t>(wc)];
  return ForEachLine(text, [&](std::string_view line, size_t line_no) {
    while (!line.empty() && (line.back() == ' ' || line.back() == '\r')) line.remove_suffix(1);
    if (line.empty()) return Status::Ok();
    size_t sp = line.find(' ');
    if (sp == std::string_view::npos || sp == 0) {
      return Status::Corruption(fmt::format("{}:{}: expected 'inflected base ...'", path, line_no));
    }
    std::string_view inflected = line.substr(0, sp);
    std::string_view base = line.substr(sp + 1);
    base = base.substr(0, base.find(' '));  // the first base form when several are given
    if (base.empty()) return Status::Corruption(fmt::format("{}:{}: missing base form", path, line_no));
    if (inflected.find('_') != std::string_view::npos) return Status::Ok();
    Base b{static_cast<uint32_t>(bases_.size()), static_cast<uint32_t>(base.size())};
    if (map.TryEmplace(inflected, b).second) bases_.append(base);
    return Status::Ok();
  });
}

bool Lemmatizer::IsLemma(std::string_view lemma, WordClass wc) const {
  const uint8_t* bits = lemmas_.Find(lemma);
  return bits != nullptr && (*bits & (1u << static_cast<unsigned>(wc))) != 0;
}

std::string Lemmatizer::Morphy(std::string_view word, WordClass wc) const {
  if (const Base* b = exceptions_[static_cast<size_t>(wc)].Find(word)) {
    return bases_.substr(b->offset, b->len);
  }
  std::span<const Rule> rules;
  switch (wc) {
    case WordClass::kNoun:
      if (word.ends_with("ss")) return IsLemma(word, wc) ? std::string(word) : std::string();
      rules = kNounRules;
      break;
    case WordClass::kVerb: rules = kVerbRules; break;
    case WordClass::kAdj:
    case WordClass::kAdv: rules = kAdjRules; break;  // adverbs: "faster" -> "fast"
  }
  std::string first, candidate;
  for (const Rule& r : rules) {
    if (word.size() <= r.suffix.size() || !word.ends_with(r.suffix)) continue;
    candidate.assign(word.substr(0, word.size() - r.suffix.size()));
    candidate += r.ending;
    if (!IsLemma(candidate, wc)) continue;
    if (first.empty()) {
      first = candidate;
      // "hoping": keep looking only when "hope" might compete with "hop".
      if (r.ending != "e") break;
      continue;
    }
    // first is the e-form; candidate the bare stem of the same suffix.
    if (!EndsConsonantVowelConsonant(candidate)) first = candidate;
    break;
  }
  if (!first.empty()) return first;
  // "planned" -> "plann" -> "plan": undo consonant doubling.
  for (std::string_view suffix : {"ed", "ing", "er", "est"}) {
    if (word.size() < suffix.size() + 3 || !word.ends_with(suffix)) continue;
    std::string_view stem = word.substr(0, word.size() - suffix.size());
    if (stem[stem.size() - 1] == stem[stem.size() - 2] && !IsVowel(stem.back())) {
      candidate.assign(stem.substr(0, stem.size() - 1));
      if (IsLemma(candidate, wc)) return candidate;
    }
  }
  return {};
}

std::string Lemmatizer::Lemma(std::string_view word, Pos pos) const {
  std::string out;
  LemmaInto(word, pos, &out);
  return out;
}

void Lemmatizer::LemmaInto(std::string_view word, Pos pos, std::string* out) const {
  if (pos == Pos::kPunct || pos == Pos::kSYM) {
    out->assign(word);
    return;
  }
  LowerInto(word, out);
  const std::string& lower = *out;  // the answer unless a rule below replaces it
  if (pos == Pos::kPOS) return;
  if (lower == "'s") {
    if (pos == Pos::kVBZ) out->assign("be");
    return;
  }
  if (lower.size() <= kMaxFixed && !lower.empty() && BeginsFixed(lower[0])) {
    for (const Fixed& f : kFixed) {
      if (lower == f.word) {
        out->assign(f.lemma);
        return;
      }
    }
  }
  auto wc = ClassOf(pos);
  if (!wc) return;
  // Base forms are their own lemma, except the irregular present of be.
  if (!IsInflected(pos) && !(pos == Pos::kVBP && (lower == "are" || lower == "am"))) return;
  std::string base = Morphy(lower, *wc);
  if (base.empty() && *wc == WordClass::kAdv) {
    // Comparatives read as adverbs may be listed as adjectives ("later").
    base = Morphy(lower, WordClass::kAdj);
  }
  if (!base.empty()) {
    *out = std::move(base);
    return;
  }
  if (pos == Pos::kNNS) {
    base = RegularSingular(lower);
    *out = std::move(base);
    return;
  }
  if (pos == Pos::kVBZ && lower.size() > 3 && lower.back() == 's' && !lower.ends_with("ss")) {
    base = lower.substr(0, lower.size() - (lower.ends_with("ies") ? 3 : 1)) + (lower.ends_with("ies") ? "y" : "");
    *out = std::move(base);
  }
}

}  // namespace readout::text
