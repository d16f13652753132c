// One pass collects the lines (start, end, width in code points, whether the
// next line is non-empty and indented). The wrap width W is the widest line;
// the text is wrapped when W <= kMaxWrapWidth and, among lines followed by a
// non-empty line, at least kMinWrappedLines and at least half are "long"
// (>= 60% of W) and end without sentence-final punctuation. A break after a
// long line then joins it to the next one unless that line is indented.
// SingleSpaced gives the phrase such a join produces a dictionary key for.
#include "text/line_wrap.h"

#include <algorithm>

namespace readout::text {
namespace {

struct Line {
  uint32_t start = 0, end = 0;  // bytes, line break excluded
  uint32_t brk = 0;             // offset of the line break after it
  size_t width = 0;             // code points
  bool has_break = false;       // a line break follows
};

size_t CodePoints(std::string_view s) {
  return static_cast<size_t>(std::count_if(s.begin(), s.end(), [](char c) {
    return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  }));
}

bool IsBlank(std::string_view s) {
  return std::all_of(s.begin(), s.end(), [](char c) { return c == ' ' || c == '\t'; });
}

// Ends like a sentence or a heading: . ! ? : or a closing quote after one.
bool EndsSentence(std::string_view s) {
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  if (s.empty()) return true;
  // Closing quotes and brackets: ASCII, and the UTF-8 right quotes (E2 80 99 / 9D).
  for (;;) {
    if (!s.empty() && (s.back() == '"' || s.back() == '\'' || s.back() == ')')) {
      s.remove_suffix(1);
    } else if (s.size() >= 3 && s.substr(s.size() - 3, 2) == "\xE2\x80" &&
               (s.back() == '\x99' || s.back() == '\x9D')) {
      s.remove_suffix(3);
    } else {
      break;
    }
  }
  if (s.empty()) return true;
  const char c = s.back();
  return c == '.' || c == '!' || c == '?' || c == ':';
}

std::vector<Line> SplitLines(std::string_view text) {
  std::vector<Line> lines;
  size_t i = 0;
  while (i <= text.size()) {
    size_t nl = text.find('\n', i);
    Line l;
    l.start = static_cast<uint32_t>(i);
    size_t end = nl == std::string_view::npos ? text.size() : nl;
    l.brk = static_cast<uint32_t>(end);
    if (end > i && text[end - 1] == '\r') {
      --end;
      l.brk = static_cast<uint32_t>(end);
    }
    l.end = static_cast<uint32_t>(end);
    l.has_break = nl != std::string_view::npos;
    l.width = CodePoints(text.substr(l.start, l.end - l.start));
    lines.push_back(l);
    if (nl == std::string_view::npos) break;
    i = nl + 1;
  }
  return lines;
}

}  // namespace

std::vector<uint32_t> SoftLineBreaks(std::string_view text) {
  std::vector<uint32_t> soft;
  if (text.find('\n') == std::string_view::npos) return soft;
  const std::vector<Line> lines = SplitLines(text);
  auto str = [&](const Line& l) { return text.substr(l.start, l.end - l.start); };

  size_t width = 0;
  for (const Line& l : lines) width = std::max(width, l.width);
  if (width > kMaxWrapWidth || width == 0) return soft;
  const size_t long_line = width * 6 / 10;

  size_t joined = 0, runs_on = 0;
  for (size_t k = 0; k + 1 < lines.size(); ++k) {
    if (IsBlank(str(lines[k])) || IsBlank(str(lines[k + 1]))) continue;
    ++joined;
    if (lines[k].width >= long_line && !EndsSentence(str(lines[k]))) ++runs_on;
  }
  if (runs_on < kMinWrappedLines || runs_on * 2 < joined) return soft;

  for (size_t k = 0; k + 1 < lines.size(); ++k) {
    std::string_view next = str(lines[k + 1]);
    if (IsBlank(str(lines[k])) || IsBlank(next) || lines[k].width < long_line) continue;
    if (next.front() == ' ' || next.front() == '\t') continue;  // an indented paragraph
    soft.push_back(lines[k].brk);
  }
  return soft;
}

std::string_view SingleSpaced(std::string_view s, std::string* buf) {
  // One pass to see whether anything needs collapsing (find_first_of would
  // call memchr per byte).
  bool plain = true;
  for (size_t i = 0; i < s.size() && plain; ++i) {
    const char c = s[i];
    plain = c != '\n' && c != '\r' && c != '\t' && (c != ' ' || i + 1 == s.size() || s[i + 1] != ' ');
  }
  if (plain) return s;
  buf->clear();
  for (char c : s) {
    if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
      *buf += c;
    } else if (!buf->empty() && buf->back() != ' ') {
      *buf += ' ';
    }
  }
  return *buf;
}

}  // namespace readout::text
