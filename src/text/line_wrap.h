// Hard-wrapped text: e-mailed wire copy, plain-text archives and mailing lists
// break paragraphs into lines of about the same width ("...said the minister
// of\nforeign affairs on Monday."). Such a line break is a space, not the end
// of a paragraph; elsewhere (news text with one paragraph per line, headlines,
// bylines) a line break ends the paragraph.
#ifndef READOUT_TEXT_LINE_WRAP_H_
#define READOUT_TEXT_LINE_WRAP_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace readout::text {

// Byte offsets of the line breaks in `text` that only wrap a paragraph, in
// increasing order. Empty unless the text as a whole looks hard-wrapped: at
// least kMinWrappedLines lines run on into the next line at a width of at
// most kMaxWrapWidth characters, and most lines that are followed by another
// line end mid-sentence. Within such a text a single line break is soft when
// the line before it is near the wrap width and the next line is not
// indented; blank lines and short lines (headlines, the last line of a
// paragraph) still end paragraphs. A "\r\n" pair is reported by its '\r'.
std::vector<uint32_t> SoftLineBreaks(std::string_view text);

// A phrase with each run of white space as one space: a name wrapped over a
// line break ("Donald\nTrump") is the name as dictionaries and clusters key
// it. Returns `s` itself when it holds only single spaces; otherwise fills
// *buf and returns a view of it.
std::string_view SingleSpaced(std::string_view s, std::string* buf);

inline constexpr size_t kMinWrappedLines = 3;
inline constexpr size_t kMaxWrapWidth = 120;

}  // namespace readout::text

#endif  // READOUT_TEXT_LINE_WRAP_H_
