// A hand-written scanner over the lexicon, one line per entry: the file is
// 1.2 MB with 33,000 entries, and a character loop with no copies parses it in
// a few milliseconds (the words and tags stay views into the content).
#include "text/poslex_reader.h"

#include <fmt/format.h>

#include <cstdlib>
#include <string>

namespace readout::text {
namespace {

// Cursor over one line; every Expect* returns false and sets error_ on failure.
class LineScanner {
 public:
  explicit LineScanner(std::string_view line) : s_(line) {}

  void SkipSpace() {
    while (i_ < s_.size() && (s_[i_] == ' ' || s_[i_] == '\t' || s_[i_] == '\r')) ++i_;
  }
  bool Peek(char c) {
    SkipSpace();
    return i_ < s_.size() && s_[i_] == c;
  }
  bool Expect(char c, const char* what) {
    if (Peek(c)) {
      ++i_;
      return true;
    }
    error_ = fmt::format("expected '{}' {}", c, what);
    return false;
  }
  bool QuotedWord(std::string_view* out) {
    if (!Expect('"', "before the word")) return false;
    size_t end = s_.find('"', i_);
    if (end == std::string_view::npos || end == i_) {
      error_ = end == i_ ? "empty word" : "unterminated word (missing '\"')";
      return false;
    }
    *out = s_.substr(i_, end - i_);
    i_ = end + 1;
    return true;
  }
  bool Atom(std::string_view* out, const char* what) {
    SkipSpace();
    size_t start = i_;
    while (i_ < s_.size() && s_[i_] != ' ' && s_[i_] != '\t' && s_[i_] != '(' && s_[i_] != ')') ++i_;
    if (i_ == start) {
      error_ = fmt::format("expected {}", what);
      return false;
    }
    *out = s_.substr(start, i_ - start);
    return true;
  }
  bool Number(float* out) {
    std::string_view atom;
    if (!Atom(&atom, "a log probability")) return false;
    // strtof needs a terminated string; atoms are short.
    char buf[32];
    if (atom.size() >= sizeof buf) {
      error_ = fmt::format("bad log probability '{}'", atom);
      return false;
    }
    atom.copy(buf, atom.size());
    buf[atom.size()] = '\0';
    char* end = nullptr;
    *out = std::strtof(buf, &end);
    if (end != buf + atom.size() || *out > 1e-3f) {
      error_ = fmt::format("bad log probability '{}'", atom);
      return false;
    }
    return true;
  }
  bool AtEnd() {
    SkipSpace();
    return i_ == s_.size();
  }
  const std::string& error() const { return error_; }
  void set_error(std::string e) { error_ = std::move(e); }

 private:
  std::string_view s_;
  size_t i_ = 0;
  std::string error_;
};

// Parses `("word" ((tag lp) ...) () )` into *out.
bool ParseEntry(std::string_view line, Poslex* out, std::string* error) {
  LineScanner sc(line);
  PoslexEntry e;
  e.first_tag = static_cast<uint32_t>(out->tags.size());
  bool ok = sc.Expect('(', "at the start of the entry") && sc.QuotedWord(&e.word) &&
            sc.Expect('(', "before the tag list");
  while (ok && sc.Peek('(')) {
    PoslexTag t;
    ok = sc.Expect('(', "before tag") && sc.Atom(&t.tag, "a tag") && sc.Number(&t.logprob) &&
         sc.Expect(')', "after the log probability");
    if (ok) out->tags.push_back(t);
  }
  ok = ok && sc.Expect(')', "after the tag list") && sc.Expect('(', "before the (empty) syllable list") &&
       sc.Expect(')', "after the syllable list") && sc.Expect(')', "at the end of the entry");
  if (ok && !sc.AtEnd()) {
    sc.set_error("unexpected text after the entry");
    ok = false;
  }
  e.num_tags = static_cast<uint32_t>(out->tags.size()) - e.first_tag;
  if (ok && e.num_tags == 0) {
    sc.set_error(fmt::format("word \"{}\" has no tags", e.word));
    ok = false;
  }
  if (!ok) {
    *error = sc.error();
    return false;
  }
  out->entries.push_back(e);
  return true;
}

}  // namespace

Result<Poslex> ParsePoslex(std::string_view content, std::string_view file) {
  Poslex lex;
  lex.entries.reserve(content.size() / 32);
  lex.tags.reserve(content.size() / 16);
  size_t pos = 0;
  int line_no = 0;
  std::string error;
  while (pos < content.size()) {
    size_t nl = content.find('\n', pos);
    if (nl == std::string_view::npos) nl = content.size();
    std::string_view line = content.substr(pos, nl - pos);
    pos = nl + 1;
    ++line_no;
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.remove_suffix(1);
    if (line.empty() || (line_no == 1 && line == "MNCL")) continue;
    if (!ParseEntry(line, &lex, &error)) {
      return Status::Corruption(fmt::format("{}:{}: {}", file, line_no, error));
    }
  }
  if (lex.entries.empty()) return Status::Corruption(fmt::format("{}: no entries", file));
  return lex;
}

}  // namespace readout::text
