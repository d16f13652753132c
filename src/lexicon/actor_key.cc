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

}  // namespace

void ActorKey(std::string_view in, std::string* out) {
  // The key is never longer than the input (every space stands for at least
  // one dropped byte), so it is written in place into a buffer of that size,
  // and cut to length at the end.
  const size_t n = in.size();
  out->resize(n);
  char* const key = out->data();
  size_t len = 0;
  bool pending_space = false;
  // Appends c, after a single space when a separator came before it.
  auto put = [&](char c) {
    if (pending_space && len > 0) key[len++] = ' ';
    pending_space = false;
    key[len++] = c;
  };
  for (size_t i = 0; i < n; ++i) {
    const auto c = static_cast<unsigned char>(in[i]);
    if (c < 0x80) {
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        put(static_cast<char>(c));
      } else if (c >= 'A' && c <= 'Z') {
        put(static_cast<char>(c - 'A' + 'a'));
      } else if (c == '.') {
        // "U.S." -> "us"; a period between words ("Gen.Smith") still joins,
        // which is harmless for names.
      } else if ((c == '-' || c == '\'') && len > 0 && !pending_space) {
        put(static_cast<char>(c));
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
            put(f);
          }
          ++i;
          continue;
        }
      }
    }
    if (c == 0xE2 && i + 2 < n && static_cast<unsigned char>(in[i + 1]) == 0x80) {
      const auto c3 = static_cast<unsigned char>(in[i + 2]);
      if (c3 == 0x98 || c3 == 0x99) {  // ‘ ’
        if (len > 0 && !pending_space) put('\'');
        i += 2;
        continue;
      }
      if (c3 == 0x90 || c3 == 0x91) {  // ‐ ‑
        if (len > 0 && !pending_space) put('-');
        i += 2;
        continue;
      }
    }
    put(static_cast<char>(c));
  }
  // A trailing '-' or '\'' ("Jones'") carries no meaning.
  while (len > 0 && (key[len - 1] == '-' || key[len - 1] == '\'')) --len;
  out->resize(len);
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
