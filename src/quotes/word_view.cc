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

// The entry of words not in the lexicon, as far as Word::flags copies it
// (through an empty entry rather than a branch: whether a word is in the
// lexicon is a coin toss the branch predictor loses).
constexpr lexicon::CueWord kNoEntry{};

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

// Cue phrases ("pointed out", "took aim at"): only the lower-case words
// flagged as a phrase start (`starts`, noted while building) are looked
// at, with their next few words lower-cased.
void MarkCuePhrases(std::string_view text, const lexicon::CueLexicon& lex, std::span<const uint32_t> starts,
                    std::span<Word> out) {
  const size_t max_rest = lex.max_phrase_words() > 0 ? lex.max_phrase_words() - 1 : 0;
  if (max_rest == 0) return;
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
  for (const uint32_t i : starts) {
    Word& w = out[i];
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
    w.flags = entry->flags;
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
  WordView view;
  view.Build(a, lex);
  return std::vector<Word>(view.words().begin(), view.words().end());
}

namespace {

// One word and its packed text (WordView::keys). `padded`: eight bytes
// can be read from the word's start.
[[gnu::always_inline]] inline Word MakeWord(std::string_view text, const lexicon::CueLexicon& lex, uint32_t s,
                                            uint32_t e, WordType type, uint32_t sentence, bool para, Pos pos,
                                            uint64_t* key, bool padded = false) {
  const size_t n = e - s;
  const std::string_view word(text.data() + s, n);  // (not substr: no bounds test)
  const bool short_word = lexicon::CueLexicon::IsShort(n);
  *key = !short_word ? 0
         : padded    ? lexicon::CueLexicon::PackFoldedPadded(word.data(), n)
                     : lexicon::CueLexicon::PackFolded(word.data(), n);
  Word w;
  w.start = s;
  w.end = e;
  w.sentence = sentence;
  w.type = type;
  w.para_start = para;
  if (type == WordType::kWord) {
    w.capitalised = IsCapitalised(word);
    w.pos = pos;
    if (short_word) {
      const lexicon::CueLexicon::Found found = lex.LookUpPacked(*key, n);
      w.lex = found.word;
      w.flags = found.flags;
    } else {
      w.lex = lex.FindFolded(word);
      w.flags = (w.lex != nullptr ? w.lex : &kNoEntry)->flags;
    }
  }
  return w;
}

// The type of a token with no quote mark at either end (as PushMarked
// would give it): words, numbers, handles and links are words, except
// one-byte "words" that are no letter or digit; the rest punctuation.
WordType PlainType(std::string_view tt, TokenKind kind) {
  const bool wordish = kind == TokenKind::kWord || kind == TokenKind::kNumber || kind == TokenKind::kHandle ||
                       kind == TokenKind::kUrl;
  if (wordish && (kind != TokenKind::kWord || tt.size() != 1 || IsAsciiAlnum(tt[0]))) return WordType::kWord;
  return PunctType(tt, kind);
}

// Words noted while building, each list in a buffer as long as the words.
// Noted without a branch: whether a word is noted is a coin toss.
struct Notes {
  std::string_view text;
  uint32_t* phrase_starts;  // lower-case words that may start a cue phrase
  uint32_t phrase_count = 0;
  uint32_t* stance;  // stance nouns and adjectives
  uint32_t stance_count = 0;
  uint32_t* marks;  // quote marks and paragraph starts
  uint32_t mark_count = 0;
  uint32_t* reports;  // WordView::report_words
  uint32_t report_count = 0;
  // `key`: the word's packed text (WordView::keys). The word's fields are
  // read into locals before any index is stored: a store through a
  // uint32_t pointer may alias them (and the counts), which would make the
  // compiler reload each after every store.
  void Note(const Word& w, uint32_t n, uint64_t key) {
    const bool para = w.para_start;
    const bool is_word = w.type == WordType::kWord;
    const bool quote = w.IsQuote();
    const bool lower = !w.capitalised;
    const uint32_t flags = w.flags;
    const uint32_t len = w.end - w.start;
    const char ch = text[w.start];
    // FindIndirectQuotes' first tests, loosened (a superset): MayHoldSubject
    // on any word; on words, a cue verb (the lexicon gives the frames
    // needs_as and needs_quote to cue verbs only), a word a cue phrase may
    // start with (the phrase's entry, set later, is a cue verb), "in",
    // "asked", and any word of nine bytes for "according".
    const bool may_hold = (len - 4 <= 6) & ((ch == 's') | (ch == 'a') | (ch == 'r'));
    const bool lead_word = ((flags & (lexicon::kCueVerb | lexicon::kPhraseStart)) != 0) |
                           (key == lexicon::CueLexicon::PackShort("in", 2)) |
                           (key == lexicon::CueLexicon::PackShort("asked", 5)) | (len == 9);
    const uint32_t pc = phrase_count, sc = stance_count, mc = mark_count, rc = report_count;
    phrase_starts[pc] = n;
    stance[sc] = n;
    marks[mc] = n;
    reports[rc] = n;
    phrase_count = pc + (((flags & lexicon::kPhraseStart) != 0) & lower);
    stance_count = sc + ((flags & (lexicon::kStanceNoun | lexicon::kStanceAdjective)) != 0);
    mark_count = mc + (para | quote);
    report_count = rc + (para | may_hold | (lead_word & is_word));
  }
};

// The words of a token with a quote mark (or a byte that may start or end
// one) at either end, or of a quote token, from out[n] on; returns the new
// word count. Out of line: about one token in twenty.
uint32_t PushMarked(std::string_view text, const lexicon::CueLexicon& lex, const Token& t, uint32_t sentence,
                    bool para, Word* out, uint64_t* keys, uint32_t n, Notes* notes) {
  auto push = [&](uint32_t s, uint32_t e, WordType type) {
    out[n] = MakeWord(text, lex, s, e, type, sentence, para, t.pos, &keys[n]);
    notes->Note(out[n], n, keys[n]);
    ++n;
    para = false;
  };
  auto push_mark = [&](uint32_t s, uint32_t e, WordType type) {
    if (type == WordType::kAmbigQuote) type = StraightQuoteType(text, s, t.kind);
    push(s, e, type);
  };
  auto may_mark = [](unsigned char c) { return c == '"' || c >= 0x80; };
  uint32_t s = t.start;
  uint32_t e = t.end;
  std::string_view tt = text.substr(s, e - s);
  if (t.kind == TokenKind::kWord && !may_mark(tt.front()) && !may_mark(tt.back())) {
    push(s, e, PunctType(tt, t.kind));  // a one-byte token that is no letter or digit
    return n;
  }
  if ((t.kind == TokenKind::kOpenQuote || t.kind == TokenKind::kCloseQuote) && (tt == "''" || tt == "``")) {
    // Doubled apostrophes or backticks stand for a double quote (NYT style).
    push(s, e, tt == "``" || t.kind == TokenKind::kOpenQuote ? WordType::kOpenQuote : WordType::kCloseQuote);
    return n;
  }
  WordType mt;
  if (size_t m = may_mark(tt.front()) ? LeadingQuoteMark(tt, &mt) : 0; m > 0) {
    push_mark(s, s + m, mt);
    s += m;
  }
  WordType tail_type = WordType::kOther;
  uint32_t tail = 0;
  if (s < e) {
    tt = text.substr(s, e - s);
    if (size_t m = may_mark(tt.back()) ? TrailingQuoteMark(tt, &tail_type) : 0; m > 0 && m < tt.size()) {
      tail = m;
      e -= m;
    }
  }
  if (s < e) {
    tt = text.substr(s, e - s);
    bool wordish = t.kind == TokenKind::kWord || t.kind == TokenKind::kNumber || t.kind == TokenKind::kHandle ||
                   t.kind == TokenKind::kUrl;
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
  return n;
}

}  // namespace

void WordView::Build(const Analysis& a, const lexicon::CueLexicon& lex) {
  // A token gives one word, or up to three when quote marks are split off.
  // The buffers only grow, so a document no larger than an earlier one
  // writes into memory already there; the words are written through a
  // local pointer and count, which stay in registers (with push_back the
  // vector's end is reloaded after every byte stored).
  const size_t tokens = a.tokens.size();
  auto reserve = [&](size_t size) {
    if (words_.size() < size) {
      words_.resize(size);
      keys_.resize(size);
      phrase_starts_.resize(size);
      stance_words_.resize(size);
      marks_.resize(size);
      report_words_.resize(size);
    }
  };
  reserve(tokens + tokens / 8 + 16);
  Word* out = words_.data();
  uint64_t* keys = keys_.data();
  uint32_t n = 0;
  const std::string_view text = a.text;
  uint32_t sentence = 0;
  // The token where the current sentence ends; past the last sentence none.
  const size_t sentences = a.sentences.size();
  constexpr uint32_t kNever = ~uint32_t{0};
  uint32_t sentence_end = sentences > 1 ? a.sentences[0].end_token : kNever;
  // Words starting at least eight bytes before the text's end are packed
  // from one load (CueLexicon::PackFoldedPadded).
  const uint32_t padded_end = text.size() >= 8 ? static_cast<uint32_t>(text.size() - 8) : 0;
  Notes notes{text, phrase_starts_.data(), 0, stance_words_.data(), 0, marks_.data(), 0, report_words_.data(), 0};
  for (uint32_t ti = 0; ti < tokens; ++ti) {
    const Token& t = a.tokens[ti];
    while (ti >= sentence_end) {
      ++sentence;
      sentence_end = sentence + 1 < sentences ? a.sentences[sentence].end_token : kNever;
    }
    // The tokenizer decides where paragraphs start: a line break that only
    // wraps a paragraph (text/line_wrap.h) is not one.
    const bool para = ti == 0 || t.paragraph_start;
    const uint32_t s = t.start;
    const uint32_t e = t.end;
    if (s == e) continue;
    // Most tokens are plain: no quote mark at either end ('"' or
    // multi-byte: “ ” „ « »), so one word (a word or punctuation).
    auto may_mark = [](unsigned char c) { return c == '"' || c >= 0x80; };
    if (!may_mark(text[s]) && !may_mark(text[e - 1]) && t.kind != TokenKind::kOpenQuote &&
        t.kind != TokenKind::kCloseQuote) {
      const WordType type =
          t.kind == TokenKind::kWord && e - s > 1 ? WordType::kWord : PlainType(text.substr(s, e - s), t.kind);
      uint64_t key;
      const Word w = MakeWord(text, lex, s, e, type, sentence, para, t.pos, &key, s <= padded_end);
      out[n] = w;
      keys[n] = key;
      notes.Note(w, n, key);
      ++n;
      continue;
    }
    // Room for this token's three words and one for each token after it.
    if (n + 3 + (tokens - ti) > words_.size()) {
      reserve(n + 3 + (tokens - ti) + tokens / 8 + 16);
      out = words_.data();
      keys = keys_.data();
      notes.phrase_starts = phrase_starts_.data();
      notes.stance = stance_words_.data();
      notes.marks = marks_.data();
      notes.reports = report_words_.data();
    }
    n = PushMarked(text, lex, t, sentence, para, out, keys, n, &notes);
  }
  size_ = n;
  stance_count_ = notes.stance_count;
  mark_count_ = notes.mark_count;
  report_count_ = notes.report_count;
  // (A phrase's entry keeps its first word's stance flags: the list stays
  // right.)
  if (notes.phrase_count > 0) {
    MarkCuePhrases(text, lex, std::span<const uint32_t>(notes.phrase_starts, notes.phrase_count),
                   std::span<Word>(out, n));
  }
}

}  // namespace readout::quotes
