// Line-oriented reader for PETRARCH2-style verb files. A small state machine
// tracks whether `+` lines belong to a synset (after `&NAME`) or are
// multi-word verbs of the current block (after `--- ... ---`). Pattern lines
// are cut into pieces at blanks and underscores; each piece remembers whether
// it was joined to the previous one by '_' (adjacency), and the '*' piece
// splits the pattern into its before-verb and after-verb halves. Synset
// references are expanded into alternatives at read time so matching never
// consults a synset table.
#include "lexicon/verb_file_reader.h"

#include <fmt/format.h>

#include <unordered_map>

#include "text/ascii_words.h"

namespace readout::lexicon {

namespace {

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

std::vector<std::string_view> SplitBlanks(std::string_view s) {
  std::vector<std::string_view> out;
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && (s[i] == ' ' || s[i] == '\t')) ++i;
    size_t j = i;
    while (j < s.size() && s[j] != ' ' && s[j] != '\t') ++j;
    if (j > i) out.push_back(s.substr(i, j - i));
    i = j;
  }
  return out;
}

bool ValidCode(std::string_view code) {
  if (code.empty() || code.size() > 12) return false;
  for (char c : code) {
    bool ok = (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == ':' || c == '-';
    if (!ok) return false;
  }
  return true;
}

// Removes a trailing "[CODE]" from *s and returns CODE; empty when none.
// Sets *bad when brackets are present but malformed.
std::string TakeCode(std::string_view* s, bool* bad) {
  *bad = false;
  size_t open = s->rfind('[');
  if (open == std::string_view::npos) {
    if (s->find(']') != std::string_view::npos) *bad = true;
    return "";
  }
  size_t close = s->find(']', open);
  if (close == std::string_view::npos) {
    *bad = true;
    return "";
  }
  std::string code(Trim(s->substr(open + 1, close - open - 1)));
  *s = Trim(s->substr(0, open));
  if (!ValidCode(code)) *bad = true;
  return code;
}

struct Piece {
  std::string text;
  bool joined_prev = false;
};

// Splits at blanks and '_' ; strips PETRARCH2's bracket annotations.
std::vector<Piece> Pieces(std::string_view body) {
  std::vector<Piece> out;
  for (std::string_view tok : SplitBlanks(body)) {
    bool first = true;
    size_t i = 0;
    while (i <= tok.size()) {
      size_t j = tok.find('_', i);
      if (j == std::string_view::npos) j = tok.size();
      std::string piece;
      for (char c : tok.substr(i, j - i)) {
        if (c != '{' && c != '}' && c != '(' && c != ')') piece.push_back(c);
      }
      if (!piece.empty()) out.push_back({std::move(piece), !first});
      first = false;
      i = j + 1;
    }
  }
  return out;
}

std::vector<std::string> SplitWords(std::string_view phrase) {
  std::vector<std::string> words;
  for (const Piece& p : Pieces(phrase)) words.push_back(text::AsciiLower(p.text));
  return words;
}

class Reader {
 public:
  Reader(std::string_view file, bool nouns, VerbFileContents* out, std::vector<std::string>* warnings)
      : file_(file), nouns_(nouns), out_(out), warnings_(warnings) {}

  void Line(std::string_view raw, uint32_t line_no) {
    line_ = line_no;
    std::string_view line = Trim(raw);
    if (in_xml_comment_) {
      if (line.find("-->") != std::string_view::npos) in_xml_comment_ = false;
      return;
    }
    if (line.substr(0, 4) == "<!--") {
      if (line.find("-->") == std::string_view::npos) in_xml_comment_ = true;
      return;
    }
    if (size_t hash = line.find('#'); hash != std::string_view::npos) line = Trim(line.substr(0, hash));
    if (line.empty()) return;
    for (char c : line) {
      if (static_cast<unsigned char>(c) < 0x20 && c != '\t') return Warn("control character in line");
    }
    if (line.substr(0, 3) == "---") return BlockHeader(line);
    if (line[0] == '&') return SynsetHeader(line);
    if (line[0] == '~') return;  // transformations: not supported, see header
    if (line[0] == '+' && mode_ == Mode::kSynset) return SynsetMember(line.substr(1));
    if (line[0] == '-') return PatternLine(line.substr(1));
    if (mode_ != Mode::kBlock) return Warn("verb line outside a --- block ---");
    VerbLine(line);
  }

 private:
  enum class Mode { kNone, kSynset, kBlock };

  void Warn(std::string_view why) {
    if (warnings_) warnings_->push_back(fmt::format("{}:{}: {}", file_, line_, why));
  }

  void BlockHeader(std::string_view line) {
    std::string_view body = line.substr(3);
    if (body.size() >= 3 && body.substr(body.size() - 3) == "---") body.remove_suffix(3);
    bool bad = false;
    std::string code = TakeCode(&body, &bad);
    if (bad) {
      mode_ = Mode::kNone;
      return Warn("malformed block code");
    }
    out_->blocks.push_back({code.empty() ? "---" : code, {}});
    mode_ = Mode::kBlock;
  }

  void SynsetHeader(std::string_view line) {
    std::string_view name = Trim(line.substr(1));
    if (name.empty() || SplitBlanks(name).size() != 1) {
      mode_ = Mode::kNone;
      return Warn("malformed synset name");
    }
    synset_plurals_ = name.back() != '_';
    synset_ = text::AsciiLower(name);
    if (synset_.back() == '_') synset_.pop_back();
    synsets_[synset_].clear();
    mode_ = Mode::kSynset;
  }

  void SynsetMember(std::string_view member) {
    member = Trim(member);
    auto& phrases = synsets_[synset_];
    if (!member.empty() && member[0] == '&') {
      auto it = synsets_.find(text::AsciiLower(Trim(member.substr(1))));
      if (it == synsets_.end()) return Warn(fmt::format("undefined synset '{}'", member));
      for (const auto& p : it->second) phrases.push_back(p);
      return;
    }
    bool plural = synset_plurals_ && !member.empty() && member.back() != '_';
    std::vector<std::string> words = SplitWords(member);
    if (words.empty()) return Warn("empty synset member");
    phrases.push_back(words);
    if (plural) {
      words.back() = RegularPlural(words.back());
      phrases.push_back(std::move(words));
    }
  }

  // "+CORDON_OFF" / "WIRE_+TAP" / "ATTACK": the head word and its fixed parts.
  bool SplitHead(std::string_view text, std::string* head, std::vector<std::string>* before,
                 std::vector<std::string>* after) {
    std::vector<Piece> pieces = Pieces(text);
    if (pieces.empty()) return false;
    int head_at = -1;
    for (size_t i = 0; i < pieces.size(); ++i) {
      if (pieces[i].text[0] == '+') {
        if (head_at >= 0) return false;
        head_at = static_cast<int>(i);
        pieces[i].text.erase(0, 1);
      }
    }
    if (pieces.size() > 1 && head_at < 0) return false;
    if (head_at < 0) head_at = 0;
    for (size_t i = 0; i < pieces.size(); ++i) {
      if (pieces[i].text.empty()) return false;
      std::string w = text::AsciiLower(pieces[i].text);
      if (static_cast<int>(i) < head_at) before->push_back(w);
      else if (static_cast<int>(i) > head_at) after->push_back(w);
      else *head = w;
    }
    return true;
  }

  void VerbLine(std::string_view line) {
    bool bad = false;
    std::string code = TakeCode(&line, &bad);
    if (bad) return Warn("malformed verb code");
    std::string_view forms_text;
    if (size_t open = line.find('{'); open != std::string_view::npos) {
      size_t close = line.find('}', open);
      if (close == std::string_view::npos) return Warn("unclosed { in verb line");
      forms_text = line.substr(open + 1, close - open - 1);
      line = Trim(line.substr(0, open));
    }
    if (SplitBlanks(line).size() != 1) return Warn("verb line must be one word or an _-joined phrase");
    VerbForm form;
    form.code = code.empty() ? out_->blocks.back().code : code;
    form.block = static_cast<uint32_t>(out_->blocks.size() - 1);
    form.noun = nouns_;
    std::string head;
    if (!SplitHead(line, &head, &form.before_words, &form.after_words)) {
      return Warn("multi-word verb needs exactly one '+' on its head word");
    }
    if (forms_text.empty()) {
      std::vector<std::string> all = {head};
      if (nouns_) all.push_back(RegularPlural(head));
      else for (auto& f : RegularVerbForms(head)) all.push_back(f);
      for (auto& f : all) out_->forms.emplace_back(f, form);
      return;
    }
    out_->forms.emplace_back(head, form);
    for (std::string_view f : SplitBlanks(forms_text)) {
      VerbForm variant = form;
      variant.before_words.clear();
      variant.after_words.clear();
      std::string h;
      if (!SplitHead(f, &h, &variant.before_words, &variant.after_words)) {
        Warn(fmt::format("bad irregular form '{}'", f));
        continue;
      }
      out_->forms.emplace_back(h, std::move(variant));
    }
  }

  void PatternLine(std::string_view body) {
    if (mode_ != Mode::kBlock) return Warn("pattern outside a --- block ---");
    bool bad = false;
    std::string code = TakeCode(&body, &bad);
    if (bad || code.empty()) return Warn("pattern without a valid [CODE]");
    std::vector<Piece> pieces = Pieces(body);
    int star = -1;
    for (size_t i = 0; i < pieces.size(); ++i) {
      if (pieces[i].text == "*") {
        if (star >= 0) return Warn("pattern has two '*'");
        star = static_cast<int>(i);
      }
    }
    if (star < 0) return Warn("pattern without '*' (the verb's place)");
    VerbPattern p;
    p.code = code;
    p.line = line_;
    for (size_t i = 0; i < pieces.size(); ++i) {
      if (static_cast<int>(i) == star) continue;
      const std::string& t = pieces[i].text;
      PatternElement e;
      if (t == "+") {
        e.kind = PatternElement::Kind::kTarget;
      } else if (t == "$") {
        e.kind = PatternElement::Kind::kSource;
      } else if (t == "%") {
        // The compound marker: the members of a compound actor act on each
        // other ("Gondor and Osgiliath agree").
        p.compound = true;
        continue;
      } else if (t == "^") {
        e.kind = PatternElement::Kind::kSkip;
      } else if (t[0] == '&') {
        auto it = synsets_.find(text::AsciiLower(t.substr(1)));
        if (it == synsets_.end()) return Warn(fmt::format("undefined synset '{}'", t));
        e.phrases = it->second;
        p.weight += 1;
      } else {
        e.phrases.push_back({text::AsciiLower(t)});
        p.weight += 1;
      }
      bool before = static_cast<int>(i) < star;
      if (before) {
        e.adjacent = pieces[i + 1].joined_prev;
        p.before.push_back(std::move(e));
      } else {
        e.adjacent = pieces[i].joined_prev;
        p.after.push_back(std::move(e));
      }
    }
    out_->blocks.back().patterns.push_back(std::move(p));
  }

  std::string_view file_;
  bool nouns_;
  VerbFileContents* out_;
  std::vector<std::string>* warnings_;
  uint32_t line_ = 0;
  Mode mode_ = Mode::kNone;
  bool in_xml_comment_ = false;
  std::string synset_;
  bool synset_plurals_ = true;
  std::unordered_map<std::string, std::vector<std::vector<std::string>>> synsets_;
};

}  // namespace

std::vector<std::string> RegularVerbForms(const std::string& base) {
  if (base.empty()) return {};
  auto is_vowel = [](char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; };
  char last = base.back();
  std::string s, ed, ing;
  if (last == 'y' && base.size() > 1 && !is_vowel(base[base.size() - 2])) {
    std::string stem = base.substr(0, base.size() - 1);
    s = stem + "ies";
    ed = stem + "ied";
    ing = base + "ing";
  } else if (last == 'e') {
    s = base + "s";
    ed = base + "d";
    ing = base.substr(0, base.size() - 1) + "ing";
  } else {
    bool sibilant = last == 's' || last == 'x' || last == 'z' || base.ends_with("ch") || base.ends_with("sh");
    s = base + (sibilant ? "es" : "s");
    ed = base + "ed";
    ing = base + "ing";
  }
  return {s, ed, ing};
}

std::string RegularPlural(const std::string& noun) {
  if (noun.empty()) return noun;
  char last = noun.back();
  auto is_vowel = [](char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; };
  if (last == 'y' && noun.size() > 1 && !is_vowel(noun[noun.size() - 2])) {
    return noun.substr(0, noun.size() - 1) + "ies";
  }
  if (last == 's' || last == 'x' || last == 'z' || noun.ends_with("ch") || noun.ends_with("sh")) return noun + "es";
  return noun + "s";
}

void ReadVerbFile(std::string_view content, std::string_view file_name, bool nouns, VerbFileContents* out,
                  std::vector<std::string>* warnings) {
  Reader reader(file_name, nouns, out, warnings);
  uint32_t line_no = 0;
  size_t pos = 0;
  while (pos < content.size()) {
    size_t nl = content.find('\n', pos);
    if (nl == std::string_view::npos) nl = content.size();
    reader.Line(content.substr(pos, nl - pos), ++line_no);
    pos = nl + 1;
  }
}

}  // namespace readout::lexicon
