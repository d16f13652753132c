// Case-insensitive word tests on ASCII text: role titles, names and
// phrases compared the way a reader does ("Secretary of State" holds
// "secretary of state", "President-elect" holds "president").
#ifndef READOUT_TEXT_ASCII_WORDS_H_
#define READOUT_TEXT_ASCII_WORDS_H_

#include <string>
#include <string_view>

namespace readout::text {

inline char FoldAscii(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + ('a' - 'A')) : c; }
inline bool IsAsciiAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// `s` with ASCII capitals lowered (bytes >= 0x80 kept as they are).
inline std::string AsciiLower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = FoldAscii(c);
  return out;
}

// a == b, ignoring ASCII case.
inline bool IEquals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    if (FoldAscii(a[i]) != FoldAscii(b[i])) return false;
  }
  return true;
}

// `word` (one word or several) occurs in `hay` ignoring ASCII case, with no
// letter right before or after it.
inline bool ContainsWord(std::string_view hay, std::string_view word) {
  if (word.empty()) return false;
  for (size_t i = 0; i + word.size() <= hay.size(); ++i) {
    if (IEquals(hay.substr(i, word.size()), word) && (i == 0 || !IsAsciiAlpha(hay[i - 1])) &&
        (i + word.size() == hay.size() || !IsAsciiAlpha(hay[i + word.size()]))) {
      return true;
    }
  }
  return false;
}

}  // namespace readout::text

#endif  // READOUT_TEXT_ASCII_WORDS_H_
