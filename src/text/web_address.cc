// Addresses are ASCII in news text, so the scans work on bytes. A bare
// "word.tld" counts as an address only for a short list of well-known
// top-level domains, so a missing space after a full stop ("Obama.The")
// stays two words; an e-mail address needs only the '@' and a dotted domain.
#include "text/web_address.h"

#include <algorithm>

#include "text/char_class.h"

namespace readout::text {
namespace {

bool IsAsciiLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool IsAsciiAlnum(char c) { return IsAsciiLetter(c) || (c >= '0' && c <= '9'); }

bool StartsWithFolded(std::string_view s, std::string_view lower) {
  if (s.size() < lower.size()) return false;
  for (size_t i = 0; i < lower.size(); ++i) {
    char c = s[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + ('a' - 'A'));
    if (c != lower[i]) return false;
  }
  return true;
}

bool IsKnownTld(std::string_view label) {
  static constexpr std::string_view kTlds[] = {
      "com", "org", "net", "gov", "edu", "mil", "int", "info", "io", "co", "uk", "us", "eu",
      "ru", "ua", "de", "fr", "ca", "au", "in", "cn", "jp", "news", "tv", "ly", "me", "biz"};
  return std::find(std::begin(kTlds), std::end(kTlds), label) != std::end(kTlds);
}

bool IsEmailLocalChar(char c) {
  return IsAsciiAlnum(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
}

// Dot-separated labels of [A-Za-z0-9-] from i, at least two, the last
// alphabetic (and a known top-level domain when asked), not followed by a
// letter or digit. Returns the end or 0.
size_t ScanDomain(std::string_view text, size_t i, bool need_known_tld) {
  const size_t n = text.size();
  size_t j = i;
  int labels = 0;
  size_t last = i;
  for (;;) {
    size_t k = j;
    while (k < n && (IsAsciiAlnum(text[k]) || text[k] == '-')) ++k;
    if (k == j) return 0;
    ++labels;
    last = j;
    j = k;
    if (j + 1 < n && text[j] == '.' && IsAsciiAlnum(text[j + 1])) {
      ++j;
      continue;
    }
    break;
  }
  if (labels < 2) return 0;
  if (j < n) {
    CharClass next = CharAt(text, j).cls;
    if (next == CharClass::kLetter || next == CharClass::kDigit) return 0;
  }
  std::string_view tld = text.substr(last, j - last);
  if (tld.size() < 2 || !std::all_of(tld.begin(), tld.end(), IsAsciiLetter)) return 0;
  if (need_known_tld && !IsKnownTld(tld)) return 0;
  return j;
}

}  // namespace

bool StartsWebAddress(std::string_view text, size_t i) {
  std::string_view rest = text.substr(i);
  return StartsWithFolded(rest, "http://") || StartsWithFolded(rest, "https://") ||
         StartsWithFolded(rest, "www.");
}

size_t ScanUrl(std::string_view text, size_t i) {
  const size_t n = text.size();
  size_t j = i;
  int parens = 0;
  while (j < n) {
    CharInfo c = CharAt(text, j);
    if (IsSpaceClass(c.cls) || c.cls == CharClass::kOpenQuote || c.cls == CharClass::kCloseQuote ||
        c.cls == CharClass::kDoubleQuote || c.cp == '<' || c.cp == '>') {
      break;
    }
    if (c.cp == '(') ++parens;
    if (c.cp == ')') --parens;
    j += c.len;
  }
  while (j > i) {
    char b = text[j - 1];
    if (b == '.' || b == ',' || b == ';' || b == ':' || b == '!' || b == '?' || b == '\'') {
      --j;
    } else if (b == ')' && parens < 0) {
      --j;
      ++parens;
    } else {
      break;
    }
  }
  return j;
}

size_t ScanBareAddress(std::string_view text, size_t i) {
  const size_t n = text.size();
  size_t j = i;
  while (j < n && IsEmailLocalChar(text[j])) ++j;
  if (j > i && j < n && text[j] == '@') return ScanDomain(text, j + 1, /*need_known_tld=*/false);
  size_t e = ScanDomain(text, i, /*need_known_tld=*/true);
  if (e != 0 && e < n && text[e] == '/') return ScanUrl(text, e);
  return e;
}

}  // namespace readout::text
