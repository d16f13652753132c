// UTF-8 validation and decoding helpers. Text is validated once, when it
// enters the pipeline; everything downstream may assume well-formed UTF-8.
#ifndef READOUT_TEXT_UTF8_H_
#define READOUT_TEXT_UTF8_H_

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

namespace readout::text {

// Byte offset of the first invalid sequence (overlong forms, surrogates and
// code points past U+10FFFF are invalid), or nullopt when `s` is valid.
std::optional<size_t> FindInvalidUtf8(std::string_view s);

// Decodes the code point at s[*i] and advances *i past it.
// REQUIRES: s is valid UTF-8 and *i < s.size().
char32_t DecodeUtf8(std::string_view s, size_t* i);

// Code point ending just before s[i] (i > 0); sets *start to its first byte.
char32_t DecodeUtf8Before(std::string_view s, size_t i, size_t* start);

}  // namespace readout::text

#endif  // READOUT_TEXT_UTF8_H_
