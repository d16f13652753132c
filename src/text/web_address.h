// Recognising web addresses and e-mail addresses in running text, for the
// tokenizer. Plain byte scans, no regular expressions.
#ifndef READOUT_TEXT_WEB_ADDRESS_H_
#define READOUT_TEXT_WEB_ADDRESS_H_

#include <cstddef>
#include <string_view>

namespace readout::text {

// True when text[i..] starts with "http://", "https://" or "www." (any case).
bool StartsWebAddress(std::string_view text, size_t i);

// End of a URL starting at i: it runs to white space, a quotation mark or
// '<' '>', without trailing sentence punctuation or an unmatched ')'.
// REQUIRES: text is valid UTF-8.
size_t ScanUrl(std::string_view text, size_t i);

// End of the e-mail address ("press@example.org") or scheme-less web address
// ("breitbart.com", "state.gov/r/pa": dot-separated labels ending in a known
// top-level domain) starting at i, or 0 when there is none.
size_t ScanBareAddress(std::string_view text, size_t i);

}  // namespace readout::text

#endif  // READOUT_TEXT_WEB_ADDRESS_H_
