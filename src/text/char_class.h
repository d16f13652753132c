// Character classes for the tokenizer: what a code point does in running
// text (joins a word, separates, quotes, ends a sentence...). ASCII is looked
// up in a table; other code points go through ICU's general category once.
#ifndef READOUT_TEXT_CHAR_CLASS_H_
#define READOUT_TEXT_CHAR_CLASS_H_

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace readout::text {

enum class CharClass : uint8_t {
  kSpace,        // white space and control characters other than line breaks
  kNewline,      // \n \r \f \v, U+0085, U+2028, U+2029
  kFormat,       // invisible format characters (ZWJ, soft hyphen, BOM): join words, else skipped
  kLetter,       // any Unicode letter, and combining marks
  kDigit,        // decimal digits
  kHyphen,       // '-' U+2010 U+2011
  kApostrophe,   // ' and U+2019: apostrophe or single quote, decided by context
  kDoubleQuote,  // '"': open or close, decided by context
  kOpenQuote,    // U+201C U+2018 « ‹ „ ‚ and other initial quotes
  kCloseQuote,   // U+201D » › and other final quotes
  kDash,         // en and em dashes and other dash punctuation
  kEllipsis,     // U+2026
  kPeriod,       // '.'
  kTerminal,     // ! ? and their variants
  kOpenBracket,  // ( [ { and other opening punctuation
  kPunct,        // other punctuation: , ; : ) / ...
  kSymbol,       // currency, math, %, &, emoji, private use, unassigned
};

struct CharInfo {
  CharClass cls;
  uint8_t len;   // bytes of the code point
  char32_t cp;
};

// Class of one code point.
CharClass ClassOf(char32_t cp);

// Classes of the ASCII code points.
extern const std::array<CharClass, 128> kAsciiClass;

// CharAt for a code point of two or more bytes.
CharInfo NonAsciiCharAt(std::string_view text, size_t i);

// Class and length of the code point at text[i].
// REQUIRES: text is valid UTF-8 and i < text.size().
inline CharInfo CharAt(std::string_view text, size_t i) {
  unsigned char c = static_cast<unsigned char>(text[i]);
  if (c < 0x80) return {kAsciiClass[c], 1, c};
  return NonAsciiCharAt(text, i);
}

// True for a combining mark, variation selector or emoji modifier: code
// points that attach to the one before (used to keep emoji sequences whole).
bool IsAttachingMark(char32_t cp);

// True for classes that continue a word (letters, digits, marks, format).
inline bool IsWordClass(CharClass c) {
  return c == CharClass::kLetter || c == CharClass::kDigit || c == CharClass::kFormat;
}
inline bool IsSpaceClass(CharClass c) { return c == CharClass::kSpace || c == CharClass::kNewline; }

}  // namespace readout::text

#endif  // READOUT_TEXT_CHAR_CLASS_H_
