// One pass over the tokens. Each token becomes one Word, or up to three when
// the tokenizer left a quote mark glued to a word ("“Make" -> “ + Make).
// Straight double quotes are judged by their spacing: white space (or an
// opening bracket) before and a letter after opens, a letter or punctuation
// before and white space or punctuation after closes; otherwise the
// tokenizer's judgement, and failing that the pairing step decides.
// Paragraphs start at any line break between tokens.
#include "quotes/word_view.h"

#include <array>
#include <cctype>
#include <cstring>
#include <span>
#include <string>

namespace readout::quotes {
namespace {

bool StartsWith(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }
bool EndsWith(std::string_view s, std::string_view p) {
  return s.size() >= p.size() && s.substr(s.size() - p.size()) == p;
}

constexpr std::string_view kOpenMarks[] = {"\u201c", "\u00ab", "\u201e"};
constexpr std::string_view kCloseMarks[] = {"\u201d", "\u00bb"};

bool IsCapitalised(std::string_view s) {
  if (s.empty()) return false;
  unsigned char c = s[0];
  if (c < 0x80) return c >= 'A' && c <= 'Z';  // std::isupper in the "C" locale, without the call
  // Latin-1 supplement capitals À..Þ (C3 80..C3 9E) and Latin Extended-A
  // capitals are common in names; anything else counts as lower case.
  return c == 0xC3 && s.size() > 1 && static_cast<unsigned char>(s[1]) < 0x9F;
}

bool IsAsciiAlnum(char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

WordType PunctType(std::string_view s, TokenKind kind) {
  if (kind == TokenKind::kSentenceEnd) return WordType::kEnd;
  if (kind == TokenKind::kDash) return WordType::kDash;
  if (s == ",") return WordType::kComma;
  if (s == ":") return WordType::kColon;
  if (s == ";") return WordType::kSemicolon;
  if (s == "." || s == "!" || s == "?") return WordType::kEnd;
  if (s == "(" || s == ")" || s == "[" || s == "]") return WordType::kParen;
  if (s == "-" || s == "--" || s == "\u2014" || s == "\u2013") return WordType::kDash;
  return WordType::kOther;
}

// Judges a straight double quote at byte `pos` from its neighbours.
WordType StraightQuoteType(std::string_view text, size_t pos, TokenKind kind) {
  auto space = [](unsigned char c) { return std::isspace(c) != 0; };
  bool before_open = pos == 0 || space(text[pos - 1]) || text[pos - 1] == '(' || text[pos - 1] == '[';
  bool after_close = pos + 1 >= text.size() || space(text[pos + 1]) ||
                     std::strchr(",.;:!?)]", text[pos + 1]) != nullptr;
  if (before_open && !after_close) return WordType::kOpenQuote;
  if (!before_open && after_close) return WordType::kCloseQuote;
  if (kind == TokenKind::kOpenQuote) return WordType::kOpenQuote;
  if (kind == TokenKind::kCloseQuote) return WordType::kCloseQuote;
  return WordType::kAmbigQuote;
}

// Cue phrases ("pointed out", "took aim at"): only words flagged as a
// phrase start are looked at, with their next few words lower-cased.
void MarkCuePhrases(std::string_view text, const lexicon::CueLexicon& lex, std::vector<Word>* words) {
  const size_t max_rest = lex.max_phrase_words() > 0 ? lex.max_phrase_words() - 1 : 0;
  if (max_rest == 0) return;
  std::vector<Word>& out = *words;
  // Lower-cased copies in one stack buffer (phrase words are short; a
  // longer word cannot be in a phrase and ends the window).
  constexpr size_t kMaxWords = 6;
  constexpr size_t kMaxLen = 24;
  std::array<char, kMaxWords * kMaxLen> buf;
  std::array<std::string_view, kMaxWords> views;
  auto fold = [&](const Word& x, size_t slot) {
    const std::string_view t = text.substr(x.start, x.end - x.start);
    if (t.size() > kMaxLen) return false;
    char* dst = buf.data() + slot * kMaxLen;
    for (size_t j = 0; j < t.size(); ++j) dst[j] = t[j] >= 'A' && t[j] <= 'Z' ? static_cast<char>(t[j] + 32) : t[j];
    views[slot] = std::string_view(dst, t.size());
    return true;
  };
  for (size_t i = 0; i < out.size(); ++i) {
    Word& w = out[i];
    if (w.type != WordType::kWord || w.capitalised || !w.Is(lexicon::kPhraseStart)) continue;
    if (!fold(w, 0)) continue;
    size_t n = 0;
    for (size_t k = i + 1; k < out.size() && n < max_rest && n + 1 < kMaxWords && out[k].type == WordType::kWord;
         ++k, ++n) {
      if (!fold(out[k], n + 1)) break;
    }
    if (n == 0) continue;
    size_t len = 0;
    const lexicon::CueWord* entry =
        lex.MatchPhrase(views[0], std::span<const std::string_view>(views.data() + 1, n), &len);
    if (entry == nullptr) continue;
    w.lex = entry;
    w.phrase_len = static_cast<uint8_t>(len);
  }
}

}  // namespace

size_t LeadingQuoteMark(std::string_view s, WordType* type) {
  for (std::string_view m : kOpenMarks) {
    if (StartsWith(s, m)) { *type = WordType::kOpenQuote; return m.size(); }
  }
  for (std::string_view m : kCloseMarks) {
    if (StartsWith(s, m)) { *type = WordType::kCloseQuote; return m.size(); }
  }
  if (StartsWith(s, "\"")) { *type = WordType::kAmbigQuote; return 1; }
  return 0;
}

size_t TrailingQuoteMark(std::string_view s, WordType* type) {
  for (std::string_view m : kCloseMarks) {
    if (EndsWith(s, m)) { *type = WordType::kCloseQuote; return m.size(); }
  }
  for (std::string_view m : kOpenMarks) {
    if (EndsWith(s, m)) { *type = WordType::kOpenQuote; return m.size(); }
  }
  if (EndsWith(s, "\"")) { *type = WordType::kAmbigQuote; return 1; }
  return 0;
}

std::vector<Word> BuildWordView(const Analysis& a, const lexicon::CueLexicon& lex) {
  std::vector<Word> out;
  BuildWordView(a, lex, &out);
  return out;
}

void BuildWordView(const Analysis& a, const lexicon::CueLexicon& lex, std::vector<Word>* words) {
  std::vector<Word>& out = *words;
  out.clear();
  out.reserve(a.tokens.size() + 16);
  const std::string_view text = a.text;
  uint32_t sentence = 0;
  uint32_t paragraph = 0;
  bool first = true;
  // The token where the current sentence ends; past the last sentence none.
  const size_t sentences = a.sentences.size();
  constexpr uint32_t kNever = ~uint32_t{0};
  uint32_t sentence_end = sentences > 1 ? a.sentences[0].end_token : kNever;
  const uint32_t tokens = static_cast<uint32_t>(a.tokens.size());
  for (uint32_t ti = 0; ti < tokens; ++ti) {
    const Token& t = a.tokens[ti];
    while (ti >= sentence_end) {
      ++sentence;
      sentence_end = sentence + 1 < sentences ? a.sentences[sentence].end_token : kNever;
    }
    // The tokenizer decides where paragraphs start: a line break that only
    // wraps a paragraph (text/line_wrap.h) is not one.
    bool para = first || t.paragraph_start;
    if (para && !first) ++paragraph;
    first = false;

    auto push = [&](uint32_t s, uint32_t e, WordType type) {
      Word& w = out.emplace_back();
      w.start = s;
      w.end = e;
      w.type = type;
      w.sentence = sentence;
      w.paragraph = paragraph;
      w.para_start = para;
      para = false;
      if (type == WordType::kWord) {
        std::string_view ws = text.substr(s, e - s);
        w.capitalised = IsCapitalised(ws);
        w.pos = t.pos;
        w.lex = lex.FindFolded(ws);
      }
    };
    auto push_mark = [&](uint32_t s, uint32_t e, WordType type) {
      if (type == WordType::kAmbigQuote) type = StraightQuoteType(text, s, t.kind);
      push(s, e, type);
    };
    // Quote marks are '"' or multi-byte (“ ” „ « »): a token that starts and
    // ends in plain ASCII other than '"' carries none.
    auto may_mark = [](unsigned char c) { return c == '"' || c >= 0x80; };

    uint32_t s = t.start;
    uint32_t e = t.end;
    if (s == e) continue;
    // Most tokens are plain words: no mark at either end.
    if (t.kind == TokenKind::kWord && !may_mark(text[s]) && !may_mark(text[e - 1])) {
      if (e - s != 1 || IsAsciiAlnum(text[s])) {
        push(s, e, WordType::kWord);
      } else {
        push(s, e, PunctType(text.substr(s, 1), t.kind));
      }
      continue;
    }
    std::string_view tt = text.substr(s, e - s);
    if ((t.kind == TokenKind::kOpenQuote || t.kind == TokenKind::kCloseQuote) && (tt == "''" || tt == "``")) {
      // Doubled apostrophes or backticks stand for a double quote (NYT style).
      push(s, e, tt == "``" || t.kind == TokenKind::kOpenQuote ? WordType::kOpenQuote : WordType::kCloseQuote);
      continue;
    }
    WordType mt;
    if (size_t n = may_mark(tt.front()) ? LeadingQuoteMark(tt, &mt) : 0; n > 0) {
      push_mark(s, s + n, mt);
      s += n;
    }
    WordType tail_type = WordType::kOther;
    uint32_t tail = 0;
    if (s < e) {
      tt = text.substr(s, e - s);
      if (size_t n = may_mark(tt.back()) ? TrailingQuoteMark(tt, &tail_type) : 0; n > 0 && n < tt.size()) {
        tail = n;
        e -= n;
      }
    }
    if (s < e) {
      tt = text.substr(s, e - s);
      bool wordish = t.kind == TokenKind::kWord || t.kind == TokenKind::kNumber ||
                     t.kind == TokenKind::kHandle || t.kind == TokenKind::kUrl;
      if (wordish && (t.kind != TokenKind::kWord || tt.size() != 1 || IsAsciiAlnum(tt[0]) ||
                      static_cast<unsigned char>(tt[0]) >= 0x80)) {
        push(s, e, WordType::kWord);
      } else if (t.kind == TokenKind::kOpenQuote || t.kind == TokenKind::kCloseQuote) {
        // A quote token that is not a double mark (a single quote): no boundary.
        push(s, e, WordType::kOther);
      } else {
        push(s, e, PunctType(tt, t.kind));
      }
    }
    if (tail) push_mark(e, e + tail, tail_type);
  }
  MarkCuePhrases(text, lex, &out);
}

}  // namespace readout::quotes
