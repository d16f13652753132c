// Encoding appends decimal numbers with std::to_chars; decoding walks the
// text once, field by field, and fails on anything but digits where a number
// belongs, so a damaged column is reported rather than misread.
#include "store/span_list.h"

#include <algorithm>
#include <charconv>

namespace readout::store {
namespace {

void AppendNumber(std::string& out, uint32_t v) {
  char buf[16];
  auto r = std::to_chars(buf, buf + sizeof buf, v);
  out.append(buf, r.ptr);
}

// Splits `text` at `sep`, calling f(piece) for each; stops at f's false.
template <typename F>
bool ForEachPiece(std::string_view text, char sep, F&& f) {
  while (true) {
    size_t at = text.find(sep);
    if (!f(text.substr(0, at))) return false;
    if (at == std::string_view::npos) return true;
    text.remove_prefix(at + 1);
  }
}

bool ParseNumber(std::string_view s, uint32_t* v) {
  if (s.empty()) return false;
  auto r = std::from_chars(s.data(), s.data() + s.size(), *v);
  return r.ec == std::errc() && r.ptr == s.data() + s.size();
}

bool ParseKind(std::string_view s, MentionKind* k) {
  for (MentionKind c : {MentionKind::kName, MentionKind::kAcronym, MentionKind::kNominal, MentionKind::kPronoun}) {
    if (s == MentionKindName(c)) {
      *k = c;
      return true;
    }
  }
  return false;
}

// The comma-separated fields of one row; false unless there are exactly N.
template <size_t N>
bool Fields(std::string_view row, std::string_view (&f)[N]) {
  size_t n = 0;
  bool ok = ForEachPiece(row, ',', [&](std::string_view p) {
    if (n == N) return false;
    f[n++] = p;
    return true;
  });
  return ok && n == N;
}

}  // namespace

std::string_view MentionKindName(MentionKind k) {
  switch (k) {
    case MentionKind::kName: return "name";
    case MentionKind::kAcronym: return "acronym";
    case MentionKind::kNominal: return "nominal";
    case MentionKind::kPronoun: return "pronoun";
  }
  return "name";
}

std::string EncodeSentences(const std::vector<Sentence>& sentences) {
  std::string out;
  out.reserve(sentences.size() * 10);
  for (const Sentence& s : sentences) {
    if (!out.empty()) out += ';';
    AppendNumber(out, s.start);
    out += ',';
    AppendNumber(out, s.end);
  }
  return out;
}

bool DecodeSentences(std::string_view text, std::vector<Sentence>* out) {
  std::vector<Sentence> got;
  if (!text.empty()) {
    bool ok = ForEachPiece(text, ';', [&](std::string_view row) {
      std::string_view f[2];
      Sentence s;
      if (!Fields(row, f) || !ParseNumber(f[0], &s.start) || !ParseNumber(f[1], &s.end)) return false;
      got.push_back(s);
      return true;
    });
    if (!ok) return false;
  }
  *out = std::move(got);
  return true;
}

std::string EncodeMentions(const std::vector<Mention>& mentions) {
  std::string out;
  AppendMentions(mentions, &out);
  return out;
}

void AppendMentions(const std::vector<Mention>& mentions, std::string* out) {
  auto by_span = [](const Mention& a, const Mention& b) { return a.start != b.start ? a.start < b.start : a.end < b.end; };
  // The analysis gives mentions in text order: copy and sort only when not.
  if (!std::is_sorted(mentions.begin(), mentions.end(), by_span)) {
    std::vector<Mention> sorted = mentions;
    std::sort(sorted.begin(), sorted.end(), by_span);
    AppendMentions(sorted, out);
    return;
  }
  out->reserve(out->size() + mentions.size() * 16);
  bool first = true;
  for (size_t i = 0; i < mentions.size(); ++i) {
    const Mention& m = mentions[i];
    if (i > 0 && m.start == mentions[i - 1].start && m.end == mentions[i - 1].end) continue;
    if (!first) *out += ';';
    first = false;
    AppendNumber(*out, m.start);
    *out += ',';
    AppendNumber(*out, m.end);
    *out += ',';
    *out += MentionKindName(m.kind);
    *out += ',';
    AppendNumber(*out, m.sentence);
  }
}

bool DecodeMentions(std::string_view text, std::vector<Mention>* out) {
  std::vector<Mention> got;
  if (!text.empty()) {
    bool ok = ForEachPiece(text, ';', [&](std::string_view row) {
      std::string_view f[4];
      Mention m;
      if (!Fields(row, f) || !ParseNumber(f[0], &m.start) || !ParseNumber(f[1], &m.end) || !ParseKind(f[2], &m.kind) ||
          !ParseNumber(f[3], &m.sentence)) {
        return false;
      }
      got.push_back(m);
      return true;
    });
    if (!ok) return false;
  }
  *out = std::move(got);
  return true;
}

}  // namespace readout::store
