// Byte-level normaliser: one pass, no allocation beyond the output string.
// Two-byte UTF-8 letters in U+00C0..U+017F go through a folding table; a few
// three-byte punctuation marks (curly quotes, hyphens) are mapped; any other
// byte >= 0x80 is copied so names in other scripts still form keys.
#include "lexicon/actor_key.h"

#include <cstdint>

namespace readout::lexicon {

namespace {

// ASCII letter for each code point U+00C0..U+017F; ' ' means "drop".
constexpr std::string_view kFold =
    "aaaaaaaceeeeiiii"   // C0
    "dnooooo ouuuuyts"   // D0
    "aaaaaaaceeeeiiii"   // E0
    "dnooooo ouuuuyty"   // F0
    "aaaaaaccccccccdd"   // 100
    "ddeeeeeeeeeegggg"   // 110
    "gggghhhhiiiiiiii"   // 120
    "iiiijjkkklllllll"   // 130
    "lllnnnnnnnnnoooo"   // 140
    "oooorrrrrrssssss"   // 150
    "ssttttttuuuuuuuu"   // 160
    "uuuuwwyyyzzzzzzs";  // 170
static_assert(kFold.size() == 0x180 - 0xC0);

// Kind of output byte, to place single spaces between words.
void PutChar(char c, std::string* out, bool* pending_space) {
  if (*pending_space && !out->empty()) out->push_back(' ');
  *pending_space = false;
  out->push_back(c);
}

}  // namespace

void ActorKey(std::string_view in, std::string* out) {
  out->clear();
  bool pending_space = false;
  const size_t n = in.size();
  for (size_t i = 0; i < n; ++i) {
    const auto c = static_cast<unsigned char>(in[i]);
    if (c < 0x80) {
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        PutChar(static_cast<char>(c), out, &pending_space);
      } else if (c >= 'A' && c <= 'Z') {
        PutChar(static_cast<char>(c - 'A' + 'a'), out, &pending_space);
      } else if (c == '.') {
        // "U.S." -> "us"; a period between words ("Gen.Smith") still joins,
        // which is harmless for names.
      } else if ((c == '-' || c == '\'') && !out->empty() && !pending_space) {
        PutChar(static_cast<char>(c), out, &pending_space);
      } else {
        pending_space = true;  // '_', blanks, control bytes, other punctuation
      }
      continue;
    }
    if (c >= 0xC3 && c <= 0xC5 && i + 1 < n) {
      const auto c2 = static_cast<unsigned char>(in[i + 1]);
      if ((c2 & 0xC0) == 0x80) {
        const uint32_t cp = ((c & 0x1Fu) << 6) | (c2 & 0x3Fu);
        if (cp >= 0xC0 && cp < 0x180) {
          const char f = kFold[cp - 0xC0];
          if (f == ' ') {
            pending_space = true;
          } else {
            PutChar(f, out, &pending_space);
          }
          ++i;
          continue;
        }
      }
    }
    if (c == 0xE2 && i + 2 < n && static_cast<unsigned char>(in[i + 1]) == 0x80) {
      const auto c3 = static_cast<unsigned char>(in[i + 2]);
      if (c3 == 0x98 || c3 == 0x99) {  // ‘ ’
        if (!out->empty() && !pending_space) PutChar('\'', out, &pending_space);
        i += 2;
        continue;
      }
      if (c3 == 0x90 || c3 == 0x91) {  // ‐ ‑
        if (!out->empty() && !pending_space) PutChar('-', out, &pending_space);
        i += 2;
        continue;
      }
    }
    PutChar(static_cast<char>(c), out, &pending_space);
  }
  // A trailing '-' or '\'' ("Jones'") carries no meaning.
  while (!out->empty() && (out->back() == '-' || out->back() == '\'')) out->pop_back();
}

std::string ActorKey(std::string_view phrase) {
  std::string out;
  ActorKey(phrase, &out);
  return out;
}

std::string RegularPlural(std::string_view key) {
  std::string p(key);
  if (p.empty()) return p;
  auto ends = [&](std::string_view s) { return p.size() >= s.size() && p.compare(p.size() - s.size(), s.size(), s) == 0; };
  const char last = p.back();
  const char before = p.size() >= 2 ? p[p.size() - 2] : ' ';
  const bool vowel_before = before == 'a' || before == 'e' || before == 'i' || before == 'o' || before == 'u';
  if (last == 'y' && !vowel_before) {
    p.pop_back();
    p += "ies";
  } else if (last == 's' || last == 'x' || last == 'z' || ends("ch") || ends("sh")) {
    p += "es";
  } else {
    p += 's';
  }
  return p;
}

}  // namespace readout::lexicon
