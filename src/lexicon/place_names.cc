// Folding is a table lookup on the two-byte UTF-8 sequences of U+00C0..U+017F
// (one ASCII letter per code point, '*' where there is no single base letter
// such as Æ or ß, which are then kept) plus a few named code points.
#include "lexicon/place_names.h"

#include <cstdint>
#include <cstring>

#include "text/utf8.h"

namespace readout::lexicon {
namespace {

// Base letters for U+00C0..U+017F, 16 per row.
constexpr std::string_view kLatinBase =
    "AAAAAA*CEEEEIIII" "DNOOOOO*OUUUUY**" "aaaaaa*ceeeeiiii" "dnooooo*ouuuuy*y"
    "AaAaAaCcCcCcCcDd" "DdEeEeEeEeEeGgGg" "GgGgHhHhIiIiIiIi" "Ii**JjKkkLlLlLlL"
    "lLlNnNnNn*NnOoOo" "Oo**RrRrRrSsSsSs" "SsTtTtTtUuUuUuUu" "UuUuWwYyYZzZzZzs";

char FoldCodePoint(char32_t c) {
  if (c >= 0xC0 && c <= 0x17F) {
    char b = kLatinBase[c - 0xC0];
    return b == '*' ? 0 : b;
  }
  switch (c) {
    case 0x2018: case 0x2019: case 0x02BC: return '\'';
    case 0x0218: return 'S';
    case 0x0219: return 's';
    case 0x021A: return 'T';
    case 0x021B: return 't';
    default: return 0;
  }
}

}  // namespace

bool NeedsPlaceFold(std::string_view s) {
  // Eight bytes at a time, the tail in two overlapping 4-byte loads: this
  // runs on every capitalised word a place lookup sees.
  const char* p = s.data();
  size_t n = s.size();
  for (; n >= 8; n -= 8, p += 8) {
    uint64_t w;
    std::memcpy(&w, p, 8);
    if ((w & 0x8080808080808080ull) != 0) return true;
  }
  if (n >= 4) {
    uint32_t lo, hi;
    std::memcpy(&lo, p, 4);
    std::memcpy(&hi, p + n - 4, 4);
    return ((lo | hi) & 0x80808080u) != 0;
  }
  for (; n > 0; --n, ++p) {
    if (static_cast<unsigned char>(*p) >= 0x80) return true;
  }
  return false;
}

std::string FoldPlaceName(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  size_t i = 0;
  while (i < s.size()) {
    if (static_cast<unsigned char>(s[i]) < 0x80) {
      out.push_back(s[i++]);
      continue;
    }
    size_t start = i;
    char32_t c = text::DecodeUtf8(s, &i);
    if (char b = FoldCodePoint(c)) {
      out.push_back(b);
    } else {
      out.append(s.substr(start, i - start));
    }
  }
  return out;
}

bool IsAllCapitals(std::string_view s) {
  bool letter = false;
  for (char c : s) {
    if (c >= 'a' && c <= 'z') return false;
    if (c >= 'A' && c <= 'Z') letter = true;
  }
  return letter;
}

}  // namespace readout::lexicon
