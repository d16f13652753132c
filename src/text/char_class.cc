// ASCII bytes are classified by a 128-entry table built at compile time, so
// the tokenizer's hot loop over English text never leaves it. Other code
// points are decoded and classified by a handful of explicit code points
// (quotes, dashes, line separators) and then by ICU's general category, which
// is itself a fast trie lookup.
#include "text/char_class.h"

#include <unicode/uchar.h>

#include <array>

#include "text/utf8.h"

namespace readout::text {
namespace {

constexpr std::array<CharClass, 128> MakeAsciiTable() {
  std::array<CharClass, 128> t{};
  for (int c = 0; c < 128; ++c) {
    CharClass k = CharClass::kSpace;  // controls
    if (c >= 'a' && c <= 'z') k = CharClass::kLetter;
    else if (c >= 'A' && c <= 'Z') k = CharClass::kLetter;
    else if (c >= '0' && c <= '9') k = CharClass::kDigit;
    else if (c == '\n' || c == '\r' || c == '\f' || c == '\v') k = CharClass::kNewline;
    else if (c < 0x20 || c == ' ' || c == 0x7F) k = CharClass::kSpace;
    else if (c == '-') k = CharClass::kHyphen;
    else if (c == '\'') k = CharClass::kApostrophe;
    else if (c == '"') k = CharClass::kDoubleQuote;
    else if (c == '.') k = CharClass::kPeriod;
    else if (c == '!' || c == '?') k = CharClass::kTerminal;
    else if (c == '(' || c == '[' || c == '{') k = CharClass::kOpenBracket;
    else if (c == '$' || c == '%' || c == '&' || c == '+' || c == '<' || c == '=' || c == '>' ||
             c == '^' || c == '|' || c == '~' || c == '*' || c == '#' || c == '@' || c == '`')
      k = CharClass::kSymbol;
    else k = CharClass::kPunct;  // , ; : ) ] } / \ _
    t[c] = k;
  }
  return t;
}

}  // namespace

constexpr std::array<CharClass, 128> kAsciiClass = MakeAsciiTable();

CharClass ClassOf(char32_t cp) {
  if (cp < 0x80) return kAsciiClass[cp];
  switch (cp) {
    case 0x0085: case 0x2028: case 0x2029:
      return CharClass::kNewline;
    case 0x2010: case 0x2011:
      return CharClass::kHyphen;
    case 0x2019:
      return CharClass::kApostrophe;
    case 0x201A: case 0x201E:  // low-9 quotes open in German and Polish
      return CharClass::kOpenQuote;
    case 0x2026:
      return CharClass::kEllipsis;
    case 0x203C: case 0x2047: case 0x2048: case 0x2049: case 0xFF01: case 0xFF1F: case 0x3002:
      return CharClass::kTerminal;
    case 0xFEFF:
      return CharClass::kFormat;
    default:
      break;
  }
  if (u_isUWhiteSpace(static_cast<UChar32>(cp))) return CharClass::kSpace;
  switch (u_charType(static_cast<UChar32>(cp))) {
    case U_UPPERCASE_LETTER: case U_LOWERCASE_LETTER: case U_TITLECASE_LETTER:
    case U_MODIFIER_LETTER: case U_OTHER_LETTER: case U_NON_SPACING_MARK:
    case U_ENCLOSING_MARK: case U_COMBINING_SPACING_MARK: case U_LETTER_NUMBER:
      return CharClass::kLetter;
    case U_DECIMAL_DIGIT_NUMBER:
      return CharClass::kDigit;
    case U_FORMAT_CHAR:
      return CharClass::kFormat;
    case U_CONTROL_CHAR:
      return CharClass::kSpace;
    case U_DASH_PUNCTUATION:
      return CharClass::kDash;
    case U_INITIAL_PUNCTUATION:
      return CharClass::kOpenQuote;
    case U_FINAL_PUNCTUATION:
      return CharClass::kCloseQuote;
    case U_START_PUNCTUATION:
      return CharClass::kOpenBracket;
    case U_END_PUNCTUATION: case U_CONNECTOR_PUNCTUATION: case U_OTHER_PUNCTUATION:
      return CharClass::kPunct;
    default:
      return CharClass::kSymbol;
  }
}

bool IsAttachingMark(char32_t cp) {
  if (cp >= 0x1F3FB && cp <= 0x1F3FF) return true;  // emoji skin tones
  switch (u_charType(static_cast<UChar32>(cp))) {
    case U_NON_SPACING_MARK: case U_ENCLOSING_MARK: case U_COMBINING_SPACING_MARK:
      return true;
    default:
      return false;
  }
}

CharInfo NonAsciiCharAt(std::string_view text, size_t i) {
  size_t j = i;
  char32_t cp = DecodeUtf8(text, &j);
  return {ClassOf(cp), static_cast<uint8_t>(j - i), cp};
}

}  // namespace readout::text
