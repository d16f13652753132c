// Tagger evaluation: each gold sentence is turned back into a text (words
// joined by spaces) and Tokens whose kinds follow the tokenizer's rules for
// those words, so the tagger sees what it sees in the pipeline but the
// tokenisation is the gold one; then tags are compared token by token.
#include "eval/tagger_eval.h"

#include <fmt/format.h>

#include <algorithm>
#include <span>

namespace readout::eval {
namespace {

std::optional<Pos> GoldPos(std::string_view tag) {
  static constexpr std::string_view kPunct[] = {",", ".", ":", "``", "''", "-LRB-", "-RRB-",
                                                "(", ")", "HYPH", "NFP", "PUNCT"};
  for (std::string_view p : kPunct) {
    if (tag == p) return Pos::kPunct;
  }
  if (tag == "$" || tag == "#") return Pos::kSYM;
  auto pos = PosFromName(tag);
  if (pos && *pos == Pos::kUnknown) return std::nullopt;
  return pos;
}

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

bool HasLetter(std::string_view w) {
  return std::any_of(w.begin(), w.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || static_cast<unsigned char>(c) >= 0x80;
  });
}

// The kind the tokenizer gives `word`; `prev` is the previous gold word.
TokenKind KindOf(std::string_view word, std::string_view prev) {
  if (word == "``" || word == "\xE2\x80\x9C" || word == "\xE2\x80\x98") return TokenKind::kOpenQuote;
  if (word == "''" || word == "\xE2\x80\x9D") return TokenKind::kCloseQuote;
  if (word == "\"") return TokenKind::kOpenQuote;
  if (word == "." || word == "?" || word == "!") return TokenKind::kSentenceEnd;
  if (word == "--" || word == "\xE2\x80\x94" || word == "\xE2\x80\x93") return TokenKind::kDash;
  if (word == "..." || word == "\xE2\x80\xA6") return TokenKind::kEllipsis;
  if (word == "'s" || word == "\xE2\x80\x99s" || word == "'") {
    static constexpr std::string_view kVerbHosts[] = {"it", "It", "he", "He", "she", "She", "that", "That",
                                                      "there", "There", "what", "What", "who", "Who"};
    for (std::string_view h : kVerbHosts) {
      if (prev == h) return TokenKind::kWord;
    }
    return TokenKind::kPossessive;
  }
  if (IsDigit(word.front())) return HasLetter(word) ? TokenKind::kWord : TokenKind::kNumber;
  if (!HasLetter(word)) {
    if (word == "$" || word == "%" || word == "&" || word == "#" || word == "@") return TokenKind::kSymbol;
    return TokenKind::kPunct;
  }
  return TokenKind::kWord;
}

}  // namespace

Result<std::vector<GoldSentence>> ParseGoldPos(std::string_view content, std::string_view file) {
  std::vector<GoldSentence> out;
  size_t pos = 0;
  int line_no = 0;
  while (pos < content.size()) {
    size_t nl = content.find('\n', pos);
    if (nl == std::string_view::npos) nl = content.size();
    std::string_view line = content.substr(pos, nl - pos);
    pos = nl + 1;
    ++line_no;
    if (line.empty() || line.front() == '#') continue;
    GoldSentence sentence;
    size_t i = 0;
    while (i < line.size()) {
      while (i < line.size() && (line[i] == ' ' || line[i] == '\t' || line[i] == '\r')) ++i;
      size_t start = i;
      while (i < line.size() && line[i] != ' ' && line[i] != '\t' && line[i] != '\r') ++i;
      if (i == start) break;
      std::string_view tok = line.substr(start, i - start);
      size_t slash = tok.rfind('/');
      if (slash == std::string_view::npos || slash == 0 || slash + 1 == tok.size()) {
        return Status::Corruption(fmt::format("{}:{}: token '{}' is not word/TAG", file, line_no, tok));
      }
      auto p = GoldPos(tok.substr(slash + 1));
      if (!p) {
        return Status::Corruption(
            fmt::format("{}:{}: unknown tag '{}' in '{}'", file, line_no, tok.substr(slash + 1), tok));
      }
      sentence.push_back({std::string(tok.substr(0, slash)), *p});
    }
    if (!sentence.empty()) out.push_back(std::move(sentence));
  }
  return out;
}

TaggerEvalResult EvaluateTagger(const text::PosTagger& tagger, const std::vector<GoldSentence>& gold) {
  TaggerEvalResult r;
  std::string text;
  std::vector<Token> tokens;
  for (const GoldSentence& s : gold) {
    text.clear();
    tokens.clear();
    std::string_view prev;
    for (const GoldToken& g : s) {
      if (!text.empty()) text += ' ';
      Token t;
      t.start = static_cast<uint32_t>(text.size());
      text += g.word;
      t.end = static_cast<uint32_t>(text.size());
      t.kind = KindOf(g.word, prev);
      t.space_before = t.start > 0;
      tokens.push_back(t);
      prev = g.word;
    }
    tagger.Tag(text, std::span<Token>(tokens));
    ++r.sentences;
    for (size_t i = 0; i < s.size(); ++i) {
      bool ok = tokens[i].pos == s[i].pos;
      ++r.tokens;
      r.correct += ok;
      if (tokens[i].kind == TokenKind::kWord && !tagger.IsKnown(s[i].word)) {
        ++r.unknown;
        r.unknown_correct += ok;
      }
      if (!ok) ++r.confusion[{s[i].pos, tokens[i].pos}];
    }
  }
  return r;
}

std::string FormatTaggerReport(const TaggerEvalResult& r, size_t top) {
  std::string out = fmt::format("sentences           {}\n", r.sentences);
  out += fmt::format("tokens              {}\n", r.tokens);
  out += fmt::format("accuracy            {:.2f}% ({}/{})\n", 100 * r.Accuracy(), r.correct, r.tokens);
  out += fmt::format("unknown words       {} ({:.1f}% of tokens)\n", r.unknown,
                     r.tokens ? 100.0 * r.unknown / r.tokens : 0.0);
  out += fmt::format("unknown accuracy    {:.2f}% ({}/{})\n", 100 * r.UnknownAccuracy(), r.unknown_correct,
                     r.unknown);
  std::vector<std::pair<size_t, std::pair<Pos, Pos>>> errors;
  for (const auto& [k, n] : r.confusion) errors.push_back({n, k});
  std::sort(errors.begin(), errors.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
  if (!errors.empty()) out += "most frequent errors (gold -> tagged):\n";
  for (size_t i = 0; i < errors.size() && i < top; ++i) {
    out += fmt::format("  {:>5} -> {:<5} {}\n", PosName(errors[i].second.first), PosName(errors[i].second.second),
                       errors[i].first);
  }
  return out;
}

}  // namespace readout::eval
