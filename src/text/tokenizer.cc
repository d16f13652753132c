// A hand-written single pass over the bytes. At each token start the class of
// the first code point (char_class.h: an ASCII table, ICU categories beyond)
// picks a scanner: words, numbers, quotes, dashes, periods, symbols. Scanners
// look ahead a few code points, never back past the token start, except that
// quotes and apostrophes consult the previous token and two bits of state
// (is a straight double quote open, how many single quotes are open in this
// paragraph) to tell an opening quote from a closing one and a possessive
// from a quote. Words keep inner hyphens and apostrophes ("full-scale",
// "O'Malley") but split Penn-style clitics ("do" "n't", "Zelenskyy" "'s").
// A period stays inside a token only for abbreviations: shapes like "U.S.",
// "p.m." and initials, and the forms listed in data/text/abbreviations.tsv.
#include "text/tokenizer.h"

#include <algorithm>

#include "text/char_class.h"
#include "text/line_wrap.h"
#include "text/text_rules.h"
#include "text/web_address.h"

namespace readout::text {
namespace {

bool IsAsciiUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool IsAsciiLetter(char c) { return (c >= 'a' && c <= 'z') || IsAsciiUpper(c); }
bool IsAsciiDigit(char c) { return c >= '0' && c <= '9'; }
bool IsAsciiAlnum(char c) { return IsAsciiLetter(c) || IsAsciiDigit(c); }
char AsciiLower(char c) { return IsAsciiUpper(c) ? static_cast<char>(c + ('a' - 'A')) : c; }

bool EqualsFolded(std::string_view s, std::string_view lower) {
  if (s.size() != lower.size()) return false;
  for (size_t i = 0; i < s.size(); ++i) {
    if (AsciiLower(s[i]) != lower[i]) return false;
  }
  return true;
}

// Penn Treebank clitics after an apostrophe: "'s" "'re" "'ve" "'ll" "'d" "'m".
bool IsClitic(std::string_view rest) {
  static constexpr std::string_view kClitics[] = {"s", "re", "ve", "ll", "d", "m"};
  for (std::string_view c : kClitics) {
    if (EqualsFolded(rest, c)) return true;
  }
  return false;
}

// Words after which "'s" is "is" or "has" ("it's", "he's"), not a possessive.
bool IsVerbCliticHost(std::string_view word) {
  static constexpr std::string_view kHosts[] = {
      "it", "he", "she", "that", "there", "here", "what", "who", "where", "when", "how",
      "why", "let", "this", "everyone", "everybody", "nobody", "someone", "somebody",
      "something", "nothing", "everything"};
  for (std::string_view h : kHosts) {
    if (EqualsFolded(word, h)) return true;
  }
  return false;
}

class Scanner {
 public:
  Scanner(std::string_view text, std::vector<Token>* out)
      : text_(text), n_(text.size()), out_(*out), rules_(TextRules::Get()), soft_(SoftLineBreaks(text)) {}

  void Run() {
    size_t i = 0;
    while (i < n_) {
      CharInfo c = CharAt(text_, i);
      switch (c.cls) {
        case CharClass::kSpace:
          space_ = true;
          i += c.len;
          continue;
        case CharClass::kNewline:
          space_ = true;
          if (IsSoftBreak(i)) {  // a wrapped line goes on
            i += c.len;
            if (i < n_ && text_[i - 1] == '\r' && text_[i] == '\n') ++i;
            continue;
          }
          paragraph_ = true;
          double_open_ = false;
          single_open_ = 0;
          i += c.len;
          continue;
        case CharClass::kFormat:
          i += c.len;
          continue;
        default:
          i = ScanToken(i, c);
      }
    }
  }

 private:
  // Whether the line break at byte i only wraps a paragraph (line_wrap.h).
  // Breaks are visited in increasing order, so a cursor suffices.
  bool IsSoftBreak(size_t i) {
    while (next_soft_ < soft_.size() && soft_[next_soft_] < i) ++next_soft_;
    return next_soft_ < soft_.size() && soft_[next_soft_] == i;
  }

  CharClass ClassAt(size_t i) const { return i < n_ ? CharAt(text_, i).cls : CharClass::kSpace; }
  bool IsWordAt(size_t i) const {
    CharClass c = ClassAt(i);
    return c == CharClass::kLetter || c == CharClass::kDigit;
  }

  size_t Emit(size_t start, size_t end, TokenKind kind) {
    Token& t = out_.emplace_back();
    t.start = static_cast<uint32_t>(start);
    t.end = static_cast<uint32_t>(end);
    t.kind = kind;
    t.space_before = space_;
    t.paragraph_start = paragraph_;
    space_ = false;
    paragraph_ = false;
    return end;
  }

  // End of the run of code points of class `cls` starting at i.
  size_t RunOf(size_t i, CharClass cls) const {
    while (i < n_) {
      CharInfo c = CharAt(text_, i);
      if (c.cls != cls) break;
      i += c.len;
    }
    return i;
  }

  // End of the run of word code points (letters, digits, format) from i;
  // sets *digit when the run holds a digit. The hot loop of the tokenizer.
  size_t WordRun(size_t i, bool* digit = nullptr) const {
    bool has_digit = false;
    while (i < n_) {
      unsigned char b = static_cast<unsigned char>(text_[i]);
      if (b < 0x80) {
        CharClass k = kAsciiClass[b];
        if (k == CharClass::kLetter) {
          ++i;
          continue;
        }
        if (k != CharClass::kDigit) break;
        has_digit = true;
        ++i;
        continue;
      }
      CharInfo c = NonAsciiCharAt(text_, i);
      if (!IsWordClass(c.cls)) break;
      has_digit |= c.cls == CharClass::kDigit;
      i += c.len;
    }
    if (digit != nullptr) *digit = has_digit;
    return i;
  }

  // The previous token when it touches position i (no space between).
  const Token* Adjacent(size_t i) const {
    if (out_.empty() || space_ || out_.back().end != i) return nullptr;
    return &out_.back();
  }

  // True when what precedes position i lets a quote open: text start, white
  // space, an opening bracket or quote.
  bool OpensContext(size_t i) const {
    if (out_.empty() || space_ || out_.back().end != i) return true;
    const Token& p = out_.back();
    if (p.kind == TokenKind::kOpenQuote) return true;
    return p.kind == TokenKind::kPunct && CharAt(text_, p.start).cls == CharClass::kOpenBracket;
  }

  // True when what follows position i lets a quote close: text end, white
  // space, or punctuation that follows words.
  bool ClosesContext(size_t i) const {
    switch (ClassAt(i)) {
      case CharClass::kSpace: case CharClass::kNewline: case CharClass::kPunct:
      case CharClass::kPeriod: case CharClass::kTerminal: case CharClass::kCloseQuote:
      case CharClass::kDash: case CharClass::kEllipsis:
        return true;
      default:
        return false;
    }
  }

  size_t ScanToken(size_t i, CharInfo c) {
    switch (c.cls) {
      case CharClass::kLetter: return ScanWord(i);
      case CharClass::kDigit: return ScanNumber(i);
      case CharClass::kHyphen: return ScanHyphen(i, c);
      case CharClass::kApostrophe: return ScanApostrophe(i, c);
      case CharClass::kDoubleQuote: return EmitDoubleQuote(i, i + 1);
      case CharClass::kOpenQuote:
      case CharClass::kCloseQuote:
        return ScanCurlyQuote(i, c);
      case CharClass::kDash: return Emit(i, RunOf(i, CharClass::kDash), TokenKind::kDash);
      case CharClass::kEllipsis: return Emit(i, RunOf(i, CharClass::kEllipsis), TokenKind::kEllipsis);
      case CharClass::kPeriod: return ScanPeriod(i);
      case CharClass::kTerminal: return Emit(i, RunOf(i, CharClass::kTerminal), TokenKind::kSentenceEnd);
      case CharClass::kSymbol: return ScanSymbol(i, c);
      default: return Emit(i, i + c.len, TokenKind::kPunct);
    }
  }

  // Curly and angle quotes say which way they face, but a quote glued to the
  // word before it and followed by a space closes, whatever its shape (the
  // typo `an “expedited review“ of`); a right quote after a space and before
  // a word opens (`said ”We`).
  size_t ScanCurlyQuote(size_t i, CharInfo c) {
    size_t after = i + c.len;
    bool open = c.cls == CharClass::kOpenQuote;
    if (open && !OpensContext(i) && ClosesContext(after)) open = false;
    else if (!open && OpensContext(i) && !ClosesContext(after) && !out_.empty()) open = true;
    bool single = c.cp == 0x2018 || c.cp == 0x201A || c.cp == 0x2039 || c.cp == 0x203A;
    if (single) {
      single_open_ = open ? single_open_ + 1 : std::max(0, single_open_ - 1);
    } else {
      double_open_ = open;
    }
    return Emit(i, after, open ? TokenKind::kOpenQuote : TokenKind::kCloseQuote);
  }

  size_t ScanWord(size_t start) {
    char first = AsciiLower(text_[start]);
    if ((first == 'h' || first == 'w') && StartsWebAddress(text_, start)) {
      return Emit(start, ScanUrl(text_, start), TokenKind::kUrl);
    }
    bool is_url = false;
    size_t end = ScanWordBody(start, start, /*plain=*/true, &is_url);
    return Emit(start, end, is_url ? TokenKind::kUrl : TokenKind::kWord);
  }

  // Scans a word whose first code points [start, j) are already accepted;
  // `plain` says they are letters only (so a period may make an
  // abbreviation). Returns the word's end. The last hyphen-separated segment
  // may be an abbreviation too ("R-Fla.", "A.F.L.-C.I.O.").
  size_t ScanWordBody(size_t start, size_t j, bool plain, bool* is_url) {
    size_t segment = plain ? start : j;  // start of the last hyphen segment
    for (;;) {
      bool digit = false;
      j = WordRun(j, &digit);
      if (digit) plain = false;
      if (j >= n_) return j;
      CharInfo c = CharAt(text_, j);
      if (c.cls == CharClass::kHyphen) {
        if (IsWordAt(j + c.len)) {
          j += c.len;
          segment = j;
          plain = true;
          continue;
        }
        return j;
      }
      if (c.cls == CharClass::kApostrophe) {
        size_t after = j + c.len;
        size_t r = WordRun(after);
        if (r == after) return j;  // "allies'", "goin'": decided as its own token
        std::string_view tail = text_.substr(after, r - after);
        if ((text_[j - 1] == 'n' || text_[j - 1] == 'N') && j - 1 > start &&
            EqualsFolded(tail, "t")) {
          return j - 1;  // "do" | "n't"
        }
        if (IsClitic(tail)) return j;
        j = r;  // "O'Malley", "rock'n'roll"
        plain = false;
        continue;
      }
      char b = text_[j];
      if (b == '_' && IsWordAt(j + 1)) {
        j += 1;  // "Dol_Amroth": PETRARCH's and TABARI's joined compounds
        plain = false;
        continue;
      }
      if (b == '&' && IsAsciiUpper(text_[j - 1]) && j + 1 < n_ && IsAsciiUpper(text_[j + 1])) {
        j += 1;  // "AT&T", "S&P"
        plain = false;
        continue;
      }
      if (b == '.' || b == '@') {
        if (size_t e = ScanBareAddress(text_, start)) {
          *is_url = true;
          return e;
        }
      }
      if (b == '.' && plain && segment < j) {
        if (size_t e = ScanAbbreviation(segment, j)) {
          // "U.S.-led": an abbreviation may head a hyphenated compound.
          if (e < n_ && text_[e] == '-' && IsWordAt(e + 1)) {
            j = e + 1;
            segment = j;
            continue;
          }
          return e;
        }
      }
      return j;
    }
  }

  // [start, dot) is a word of letters and text_[dot] == '.'. Returns the end
  // of the abbreviation it begins ("U.S.", "p.m.", "Gen.", "F."), or 0.
  size_t ScanAbbreviation(size_t start, size_t dot) const {
    std::string_view word = text_.substr(start, dot - start);
    bool ascii_word = word.size() <= 2 && std::all_of(word.begin(), word.end(), IsAsciiLetter);
    if (ascii_word) {
      // Alternating segments of one or two letters and periods.
      size_t p = dot;
      int segments = 1;
      bool all_single = word.size() == 1;
      while (p < n_ && text_[p] == '.') {
        size_t q = p + 1;
        while (q < n_ && IsAsciiLetter(text_[q]) && q - p <= 3) ++q;
        size_t len = q - (p + 1);
        if (len == 0 || len > 2 || IsWordAt(q)) break;
        ++segments;
        if (len > 1) all_single = false;
        p = q;
      }
      if (segments >= 2) {
        if (p < n_ && text_[p] == '.') return p + 1;
        if (all_single) return p;  // "U.S" written without its last period
      }
    }
    std::string_view form = text_.substr(start, dot + 1 - start);
    if (const AbbrevClass* cls = rules_.Abbreviation(form)) {
      if (*cls != AbbrevClass::kNumber) return dot + 1;
      size_t k = dot + 1;
      while (k < n_ && text_[k] == ' ') ++k;
      return k < n_ && IsAsciiDigit(text_[k]) ? dot + 1 : 0;
    }
    if (word.size() == 1 && IsAsciiUpper(word[0]) && word[0] != 'I') return dot + 1;  // initial
    return 0;
  }

  size_t ScanNumber(size_t start) {
    size_t j = RunOf(start, CharClass::kDigit);
    bool plain_integer = true;
    for (;;) {
      if (j + 1 >= n_) break;
      char b = text_[j];
      if (b == ',' && j + 3 < n_ && IsAsciiDigit(text_[j + 1]) && IsAsciiDigit(text_[j + 2]) &&
          IsAsciiDigit(text_[j + 3]) && ClassAt(j + 4) != CharClass::kDigit) {
        j += 4;  // 1,000
        continue;
      }
      if ((b == '.' || b == ':' || b == '/') && ClassAt(j + 1) == CharClass::kDigit) {
        j = RunOf(j + 1, CharClass::kDigit);  // 3.5, 2:30, 12/02/2025
        plain_integer = false;
        continue;
      }
      break;
    }
    // ISO dates: 2025-02-12.
    if (plain_integer && j - start == 4 && IsAsciiDigit(text_[start]) && IsAsciiDigit(text_[start + 3]) &&
        j + 6 <= n_ && text_[j] == '-' && IsAsciiDigit(text_[j + 1]) &&
        IsAsciiDigit(text_[j + 2]) && text_[j + 3] == '-' && IsAsciiDigit(text_[j + 4]) &&
        IsAsciiDigit(text_[j + 5]) && !IsWordAt(j + 6)) {
      return Emit(start, j + 6, TokenKind::kNumber);
    }
    TokenKind kind = TokenKind::kNumber;
    if (ClassAt(j) == CharClass::kLetter) {
      // 16th, 1990s, 3.2bn; other letters make a word ("5G", "3D").
      size_t k = WordRun(j);
      std::string_view suffix = text_.substr(j, k - j);
      static constexpr std::string_view kUnits[] = {"st", "nd", "rd", "th", "s", "m", "bn", "k"};
      kind = TokenKind::kWord;
      for (std::string_view u : kUnits) {
        if (EqualsFolded(suffix, u)) kind = TokenKind::kNumber;
      }
      j = k;
    }
    if (j < n_ && ClassAt(j) == CharClass::kHyphen && ClassAt(j + CharAt(text_, j).len) == CharClass::kLetter) {
      bool is_url = false;  // "90-minute", "16-year-old"
      return Emit(start, ScanWordBody(start, j, /*plain=*/false, &is_url), TokenKind::kWord);
    }
    return Emit(start, j, kind);
  }

  size_t ScanHyphen(size_t i, CharInfo c) {
    if (c.cp == '-') {
      size_t e = i;
      while (e < n_ && text_[e] == '-') ++e;
      if (e - i >= 2) return Emit(i, e, TokenKind::kDash);  // "--"
      bool spaced = (space_ || out_.empty()) && IsSpaceClass(ClassAt(e));
      return Emit(i, e, spaced ? TokenKind::kDash : TokenKind::kPunct);
    }
    return Emit(i, i + c.len, TokenKind::kPunct);
  }

  size_t ScanApostrophe(size_t i, CharInfo c) {
    size_t after = i + c.len;
    if (after < n_ && text_.substr(after, c.len) == text_.substr(i, c.len)) {
      // Three apostrophes after a quotation inside a quotation: the single
      // quote closes first, then the double.
      bool triple = c.cp == '\'' && after + 1 < n_ && text_[after + 1] == '\'' && single_open_ > 0;
      if (!triple) return EmitDoubleQuote(i, after + c.len);  // '' or ’’ used as a double quote
    }
    size_t r = WordRun(after);
    std::string_view tail = text_.substr(after, r - after);
    if (const Token* prev = Adjacent(i);
        prev != nullptr && (prev->kind == TokenKind::kWord || prev->kind == TokenKind::kNumber)) {
      std::string_view word = text_.substr(prev->start, prev->end - prev->start);
      if (!tail.empty() && IsClitic(tail)) {
        bool possessive = EqualsFolded(tail, "s") && !IsVerbCliticHost(word);
        return Emit(i, r, possessive ? TokenKind::kPossessive : TokenKind::kWord);
      }
      if (tail.empty() && (word.back() == 's' || word.back() == 'S') && single_open_ == 0) {
        return Emit(i, after, TokenKind::kPossessive);  // "allies'"
      }
      single_open_ = std::max(0, single_open_ - 1);
      return Emit(i, after, TokenKind::kCloseQuote);
    }
    // '90s
    if ((tail.size() == 2 || (tail.size() == 3 && (tail[2] == 's' || tail[2] == 'S'))) &&
        IsAsciiDigit(tail[0]) && IsAsciiDigit(tail[1])) {
      return Emit(i, r, TokenKind::kNumber);
    }
    if (OpensContext(i) && !ClosesContext(after)) {
      ++single_open_;
      return Emit(i, after, TokenKind::kOpenQuote);
    }
    single_open_ = std::max(0, single_open_ - 1);
    return Emit(i, after, TokenKind::kCloseQuote);
  }

  // A straight double quote [i, end): opening after white space or an
  // opener, closing before white space or punctuation, else the opposite of
  // the last one.
  size_t EmitDoubleQuote(size_t i, size_t end) {
    bool left = OpensContext(i);
    bool right = ClosesContext(end);
    bool open = left && !right ? true : (!left && right ? false : !double_open_);
    double_open_ = open;
    return Emit(i, end, open ? TokenKind::kOpenQuote : TokenKind::kCloseQuote);
  }

  size_t ScanPeriod(size_t i) {
    if (IsAsciiDigit(i + 1 < n_ ? text_[i + 1] : ' ') && OpensContext(i)) {
      return ScanNumber(i);  // .5
    }
    size_t e = i;
    while (e < n_ && text_[e] == '.') ++e;
    if (e - i >= 2) return Emit(i, e, TokenKind::kEllipsis);
    // ". . ." is one ellipsis.
    size_t k = i;
    while (k + 2 < n_ && text_[k + 1] == ' ' && text_[k + 2] == '.') k += 2;
    if (k - i >= 4) return Emit(i, k + 1, TokenKind::kEllipsis);
    return Emit(i, i + 1, TokenKind::kSentenceEnd);
  }

  size_t ScanSymbol(size_t i, CharInfo c) {
    size_t after = i + c.len;
    if (c.cp == '@' && after < n_ && (IsAsciiAlnum(text_[after]) || text_[after] == '_')) {
      size_t e = after;
      while (e < n_ && (IsAsciiAlnum(text_[e]) || text_[e] == '_')) ++e;
      return Emit(i, e, TokenKind::kHandle);
    }
    if (c.cp == '#' && ClassAt(after) == CharClass::kLetter) {
      size_t e = after;
      while (e < n_) {
        CharInfo d = CharAt(text_, e);
        if (!IsWordClass(d.cls) && d.cp != '_') break;
        e += d.len;
      }
      return Emit(i, e, TokenKind::kHandle);
    }
    if (c.cp == '`') {
      if (after < n_ && text_[after] == '`') return Emit(i, after + 1, TokenKind::kOpenQuote);
      ++single_open_;
      return Emit(i, after, TokenKind::kOpenQuote);
    }
    // Keep emoji sequences whole: marks, variation selectors, ZWJ joins.
    size_t e = after;
    while (e < n_) {
      CharInfo d = CharAt(text_, e);
      if (d.cp == 0x200D && e + d.len < n_ && CharAt(text_, e + d.len).cls == CharClass::kSymbol) {
        e += d.len + CharAt(text_, e + d.len).len;
      } else if (d.cp >= 0x80 && IsAttachingMark(d.cp)) {
        e += d.len;
      } else {
        break;
      }
    }
    return Emit(i, e, TokenKind::kSymbol);
  }

  std::string_view text_;
  size_t n_;
  std::vector<Token>& out_;
  const TextRules& rules_;
  bool space_ = false;
  bool paragraph_ = true;
  std::vector<uint32_t> soft_;  // soft line breaks, increasing
  size_t next_soft_ = 0;
  bool double_open_ = false;
  int single_open_ = 0;
};

}  // namespace

std::string_view TokenKindName(TokenKind kind) {
  switch (kind) {
    case TokenKind::kWord: return "word";
    case TokenKind::kNumber: return "number";
    case TokenKind::kPunct: return "punct";
    case TokenKind::kSentenceEnd: return "end";
    case TokenKind::kOpenQuote: return "open";
    case TokenKind::kCloseQuote: return "close";
    case TokenKind::kDash: return "dash";
    case TokenKind::kEllipsis: return "ellipsis";
    case TokenKind::kPossessive: return "poss";
    case TokenKind::kUrl: return "url";
    case TokenKind::kHandle: return "handle";
    case TokenKind::kSymbol: return "symbol";
  }
  return "?";
}

std::vector<Token> Tokenize(std::string_view text) {
  std::vector<Token> out;
  out.reserve(text.size() / 5 + 8);
  Scanner(text, &out).Run();
  return out;
}

}  // namespace readout::text
