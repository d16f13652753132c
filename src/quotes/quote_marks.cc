// A left-to-right pass with one open mark at a time (single quotes never open
// a segment, so nested ‘…’ stay inside). Recovery is local:
//  - a second opening mark while one is open: the first quote ends at the last
//    sentence end before the new mark (else right before it);
//  - a closing mark with nothing open is a stray and is ignored;
//  - a paragraph ending inside a quote ends the segment at the paragraph end;
//    if the next paragraph starts with an opening mark the quote continues.
// So an unbalanced mark can cost at most the rest of its paragraph.
#include "quotes/quote_marks.h"

#include <algorithm>
#include <cstring>

namespace readout::quotes {

std::vector<QuotedSegment> PairQuoteMarks(std::span<const Word> words) {
  std::vector<uint32_t> marks;
  for (uint32_t i = 0; i < words.size(); ++i) {
    if (words[i].para_start || words[i].IsQuote()) marks.push_back(i);
  }
  return PairQuoteMarks(words, marks);
}

std::vector<QuotedSegment> PairQuoteMarks(std::span<const Word> words, std::span<const uint32_t> marks) {
  std::vector<QuotedSegment> out;
  uint32_t open = kNoWord;
  uint32_t group = 0;
  uint32_t next_group = 0;
  bool pending_continuation = false;

  auto emit = [&](uint32_t first, uint32_t last, uint32_t close, bool continues) {
    if (first >= last) return;
    QuotedSegment s;
    s.open = open;
    s.close = close;
    s.first = first;
    s.last = last;
    s.group = group;
    s.continues = continues;
    out.push_back(s);
  };

  for (const uint32_t i : marks) {
    const Word& w = words[i];
    if (w.para_start && open != kNoWord) {
      bool continues = w.IsQuote() && w.type != WordType::kCloseQuote;
      emit(open + 1, i, kNoWord, continues);
      pending_continuation = continues && !out.empty() && out.back().group == group;
      open = kNoWord;
    } else if (w.para_start) {
      pending_continuation = false;
    }
    if (!w.IsQuote()) continue;
    WordType type = w.type;
    if (type == WordType::kAmbigQuote) type = open == kNoWord ? WordType::kOpenQuote : WordType::kCloseQuote;
    if (type == WordType::kOpenQuote) {
      if (open != kNoWord) {
        uint32_t end = i;
        for (uint32_t k = i; k > open + 1; --k) {
          if (words[k - 1].type == WordType::kEnd) { end = k; break; }
        }
        emit(open + 1, end, kNoWord, false);
      }
      open = i;
      if (pending_continuation && w.para_start) {
        pending_continuation = false;  // same group as the previous segment
      } else {
        group = next_group++;
      }
    } else if (open != kNoWord) {
      emit(open + 1, i, i, false);
      open = kNoWord;
    }
  }
  if (open != kNoWord) emit(open + 1, static_cast<uint32_t>(words.size()), kNoWord, false);
  return out;
}

// The nearest '<' and '>' on each side are found with memrchr and memchr
// (vectorised in the C library) rather than byte by byte: most windows hold
// neither, and a byte loop read all 300 bytes of each.
bool InsideMarkupTag(std::string_view text, uint32_t pos) {
  constexpr uint32_t kReach = 300;
  if (pos >= text.size()) return false;
  // Backward over the kReach bytes before pos: a '<' with no '>' after it.
  const uint32_t from = pos > kReach ? pos - kReach : 0;
  const char* const base = text.data();
  const auto* lt = static_cast<const char*>(memrchr(base + from, '<', pos - from));
  if (lt == nullptr) return false;
  const auto* gt = static_cast<const char*>(memrchr(lt, '>', base + pos - lt));
  if (gt != nullptr) return false;
  const size_t at = static_cast<size_t>(lt - base);
  if (at + 1 >= text.size()) return false;
  const char name = text[at + 1];
  if (!((name >= 'a' && name <= 'z') || (name >= 'A' && name <= 'Z') || name == '/')) return false;
  // Forward over the bytes after pos, up to kReach from it: a '>' before
  // any '<'.
  const size_t end = std::min<size_t>(text.size(), size_t{pos} + kReach);
  if (size_t{pos} + 1 >= end) return false;
  const size_t len = end - pos - 1;
  const auto* close = static_cast<const char*>(memchr(base + pos + 1, '>', len));
  if (close == nullptr) return false;
  return memchr(base + pos + 1, '<', static_cast<size_t>(close - (base + pos + 1))) == nullptr;
}

}  // namespace readout::quotes
