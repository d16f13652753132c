// One pass over the tokens. A paragraph start (a line break the tokenizer
// did not find to be a mere wrap, see line_wrap.h) always ends a sentence:
// headlines, bylines and paragraphs are lines of their own in news text. Otherwise a
// sentence can end only after a candidate terminator: . ! ? an ellipsis, or
// an abbreviation token that keeps its period ("U.S."). The closing quotes and
// brackets right after it are absorbed into the sentence they close, and then
// the next token decides, as in ICU's rules refined for news text:
//   - a lower-case word, a comma or other continuing punctuation never starts
//     a sentence (`?” she asked`, "U.S.,");
//   - after . ! ? any other token starts one, except that `?” Trump asked`
//     (a quotation ending in ? or ! followed by a name and a reporting verb)
//     goes on;
//   - titles ("Mr.", "Gen.", "Feb.") never end a sentence; most other
//     abbreviations ("U.S.", "p.m.", initials) end one only before a usual
//     sentence opener ("The", "He", ...), so "U.N. Security Council" and
//     "2 p.m. Friday" hold together while "in the U.S. The next" splits;
//     a few ("Calif.", "etc.") end one before any capitalised word;
//   - an ellipsis ends a sentence before such an opener, or before any
//     capitalised word when the words before it could end a sentence ("stop
//     this war…God bless") rather than break off after a function word
//     ("about … Donald Trump"); four dots are a full stop and an ellipsis.
// A dateline that opens a paragraph ("KYIV, Ukraine —") is a sentence of its
// own.
#include "text/sentence_splitter.h"

#include <unicode/uchar.h>

#include <algorithm>

#include "text/char_class.h"
#include "text/text_rules.h"
#include "text/utf8.h"

namespace readout::text {
namespace {

enum class Terminator : uint8_t {
  kNone,
  kFullStop,     // .
  kQuestion,     // ? ! and runs of them
  kEllipsis,     // … ...
  kTitle,        // "Mr.", "Feb.": never ends a sentence
  kMayEnd,       // "U.S.", "p.m.", "F.": ends before a sentence opener
  kEnds,         // "Calif.", "etc.": ends before a capitalised word
};

class Splitter {
 public:
  Splitter(std::string_view text, const std::vector<Token>& tokens)
      : text_(text), tokens_(tokens), rules_(TextRules::Get()) {}

  std::vector<Sentence> Run() {
    std::vector<Sentence> out;
    const uint32_t n = static_cast<uint32_t>(tokens_.size());
    uint32_t first = 0;
    uint32_t i = 0;
    while (i < n) {
      uint32_t last = i;
      bool end = i + 1 == n || tokens_[i + 1].paragraph_start;
      if (i == first && (i == 0 || tokens_[i].paragraph_start)) {
        const uint32_t dash = DatelineDash(i);
        if (dash != 0) {
          last = dash;
          end = true;
        }
      }
      if (!end) {
        Terminator t = Classify(i);
        if (t != Terminator::kNone) {
          bool closed = false;
          while (last + 1 < n && !tokens_[last + 1].paragraph_start && IsClosing(tokens_[last + 1])) {
            ++last;
            closed = true;
          }
          end = last + 1 == n || tokens_[last + 1].paragraph_start || EndsBefore(t, closed, last + 1);
        }
      }
      if (!end) {
        ++i;
        continue;
      }
      Sentence& s = out.emplace_back();
      s.first_token = first;
      s.end_token = last + 1;
      s.start = tokens_[first].start;
      s.end = tokens_[last].end;
      s.paragraph_start = tokens_[first].paragraph_start;
      first = last + 1;
      i = last + 1;
    }
    return out;
  }

 private:
  std::string_view TextOf(const Token& t) const { return text_.substr(t.start, t.end - t.start); }

  Terminator Classify(uint32_t i) const {
    const Token& t = tokens_[i];
    switch (t.kind) {
      case TokenKind::kSentenceEnd:
        return text_[t.start] == '.' ? Terminator::kFullStop : Terminator::kQuestion;
      case TokenKind::kEllipsis: {
        // Four dots are a full stop and an ellipsis (". . . ." or "....").
        std::string_view dots = TextOf(t);
        return std::count(dots.begin(), dots.end(), '.') >= 4 ? Terminator::kFullStop
                                                              : Terminator::kEllipsis;
      }
      case TokenKind::kWord: {
        if (text_[t.end - 1] != '.') return Terminator::kNone;
        const AbbrevClass* cls = rules_.Abbreviation(TextOf(t));
        if (cls == nullptr || *cls == AbbrevClass::kMayEnd) return Terminator::kMayEnd;
        return *cls == AbbrevClass::kEnds ? Terminator::kEnds : Terminator::kTitle;
      }
      default:
        return Terminator::kNone;
    }
  }

  // A paragraph that opens with a dateline ("KYIV, Ukraine — Russia
  // attacked ...", "WASHINGTON (Reuters) - The ...") keeps it as a sentence of
  // its own, so that the report after it starts a sentence: returns the
  // dash that ends the dateline, or 0. A dateline is one to four upper-case
  // words (the place), then optionally a comma and up to three capitalised
  // words (its state or country) and a bracketed agency, then a dash with
  // more words after it on the same line.
  uint32_t DatelineDash(uint32_t k) const {
    const uint32_t n = static_cast<uint32_t>(tokens_.size());
    uint32_t j = k;
    while (j < n && j < k + 4 && AllUpperWord(tokens_[j]) && (j == k || !tokens_[j].paragraph_start)) ++j;
    if (j == k) return 0;
    auto ahead = [&](uint32_t m) { return m < n && !tokens_[m].paragraph_start; };
    if (ahead(j) && TextOf(tokens_[j]) == ",") {
      const uint32_t words = ++j;
      while (ahead(j) && j < words + 3 && Case(tokens_[j]) > 0) ++j;
      if (j == words) return 0;
    }
    if (ahead(j) && TextOf(tokens_[j]) == "(") {
      const uint32_t open = j++;
      while (ahead(j) && j < open + 4 && tokens_[j].kind == TokenKind::kWord) ++j;
      if (!ahead(j) || TextOf(tokens_[j]) != ")") return 0;
      ++j;
    }
    if (!ahead(j) || !IsDatelineDash(tokens_[j])) return 0;
    return ahead(j + 1) ? j : 0;
  }

  // A word of two or more letters, all of them capitals ("KYIV", "U.S.").
  bool AllUpperWord(const Token& t) const {
    if (t.kind != TokenKind::kWord) return false;
    int letters = 0;
    for (size_t i = t.start; i < t.end;) {
      const char32_t cp = DecodeUtf8(text_, &i);
      if (u_islower(static_cast<UChar32>(cp))) return false;
      if (u_isalpha(static_cast<UChar32>(cp))) ++letters;
    }
    return letters >= 2;
  }

  bool IsDatelineDash(const Token& t) const {
    return t.kind == TokenKind::kDash || (t.kind == TokenKind::kPunct && TextOf(t) == "-");
  }

  // Closing quotes and brackets that belong to the sentence before them.
  bool IsClosing(const Token& t) const {
    if (t.kind == TokenKind::kCloseQuote) return true;
    if (t.kind != TokenKind::kPunct) return false;
    char c = text_[t.start];
    return c == ')' || c == ']' || c == '}';
  }

  // First letter of a word token: +1 upper or title case, -1 lower case,
  // 0 none (digits, symbols, other scripts without case).
  int Case(const Token& t) const {
    if (t.kind != TokenKind::kWord) return 0;
    size_t i = t.start;
    char32_t cp = DecodeUtf8(text_, &i);
    if (u_isupper(static_cast<UChar32>(cp)) || u_istitle(static_cast<UChar32>(cp))) return 1;
    if (u_islower(static_cast<UChar32>(cp))) return -1;
    return 0;
  }

  // Tokens that never open a sentence: they continue the one before.
  bool Continues(const Token& t) const {
    switch (t.kind) {
      case TokenKind::kWord: return Case(t) < 0;
      case TokenKind::kPunct: return CharAt(text_, t.start).cls != CharClass::kOpenBracket;
      case TokenKind::kSentenceEnd: case TokenKind::kCloseQuote: case TokenKind::kDash:
      case TokenKind::kPossessive: case TokenKind::kEllipsis:
        return true;
      default:
        return false;
    }
  }

  // A capitalised word that usually opens a sentence ("The", "He"), or an
  // opening quote or bracket followed by a capitalised word.
  bool OpensSentence(uint32_t k) const {
    const Token& t = tokens_[k];
    if (t.kind == TokenKind::kWord) return Case(t) > 0 && rules_.IsSentenceStarter(TextOf(t));
    bool opener = t.kind == TokenKind::kOpenQuote ||
                  (t.kind == TokenKind::kPunct && CharAt(text_, t.start).cls == CharClass::kOpenBracket);
    return opener && k + 1 < tokens_.size() && Case(tokens_[k + 1]) > 0;
  }

  // `?” Trump asked`, `!” President Trump said`: up to four capitalised words
  // and then a reporting verb. A capitalised pronoun or other usual opener
  // (`?” He tweeted`) starts a new sentence instead.
  bool SpeakerFollows(uint32_t k) const {
    const uint32_t n = static_cast<uint32_t>(tokens_.size());
    if (rules_.IsSentenceStarter(TextOf(tokens_[k]))) return false;
    for (uint32_t j = k; j < n && j < k + 5; ++j) {
      const Token& t = tokens_[j];
      if (t.paragraph_start && j > k) return false;
      if (Case(t) < 0) return rules_.IsSpeechVerb(TextOf(t));
      if (Case(t) == 0) return false;
    }
    return false;
  }

  // Whether the words before the ellipsis at `k` could end a sentence: they
  // end in a content word ("stop this war…God bless"), not in a function
  // word or punctuation ("tweeted about … Donald Trump", "president,…").
  bool CompletesPhrase(uint32_t k) const {
    if (k == 0) return false;
    const Token& prev = tokens_[k - 1];
    if (prev.kind != TokenKind::kWord && prev.kind != TokenKind::kNumber) return false;
    return !rules_.IsSentenceStarter(TextOf(prev));
  }

  // Whether a sentence ends before token `next`, given the terminator before
  // it and whether closing quotes or brackets came between.
  bool EndsBefore(Terminator t, bool closed, uint32_t next) const {
    const Token& nt = tokens_[next];
    if (Continues(nt)) return false;
    switch (t) {
      case Terminator::kFullStop:
        return true;
      case Terminator::kQuestion:
        return !(closed && Case(nt) > 0 && SpeakerFollows(next));
      case Terminator::kEllipsis:
        if (closed || OpensSentence(next)) return Case(nt) > 0 || OpensSentence(next);
        return Case(nt) > 0 && CompletesPhrase(next - 1);
      case Terminator::kMayEnd:
        return closed ? Case(nt) > 0 || OpensSentence(next) : OpensSentence(next);
      case Terminator::kEnds:
        return Case(nt) > 0 || OpensSentence(next);
      case Terminator::kTitle:
      case Terminator::kNone:
        return false;
    }
    return false;
  }

  std::string_view text_;
  const std::vector<Token>& tokens_;
  const TextRules& rules_;
};

}  // namespace

std::vector<Sentence> SplitSentences(std::string_view text, const std::vector<Token>& tokens) {
  return Splitter(text, tokens).Run();
}

}  // namespace readout::text
