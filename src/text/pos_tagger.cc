// Second-order HMM tagger. At load: the trigram counts become interpolated
// transition log-probabilities ln(l1 P(t3) + l2 P(t3|t2) + l3 P(t3|t1,t2)),
// with the weights l found by deleted interpolation (Brants 2000); the
// lexicon becomes a hash map from lower-case word to a short run of
// (tag, ln P(word|tag)). Per sentence: each token gets its candidate tags
// (fixed for punctuation and numbers, the lexicon's for known words adjusted
// by capitalisation, shape/suffix guesses otherwise), then Viterbi runs over
// states (previous tag, tag) starting from Festival's context (nn, punc).
// Only candidates are visited, so a token costs a few dozen additions.
#include "text/pos_tagger.h"

#include <fmt/format.h>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstring>
#include <limits>

#include "text/data_file.h"

namespace readout::text {
namespace {

constexpr size_t kMaxCand = 10;
constexpr size_t kMaxKey = 64;
constexpr float kNegInf = -std::numeric_limits<float>::infinity();
constexpr std::string_view kPackage = "festlex-poslex";

// Lower-cases ASCII and maps curly apostrophes to "'" (the lexicon's form)
// into buf; returns the key, or an empty view when the word is too long.
std::string_view LexiconKey(std::string_view word, char (&buf)[kMaxKey]) {
  size_t n = 0;
  for (size_t i = 0; i < word.size(); ++i) {
    if (n == kMaxKey) return {};
    unsigned char c = static_cast<unsigned char>(word[i]);
    if (c == 0xE2 && i + 2 < word.size() && static_cast<unsigned char>(word[i + 1]) == 0x80 &&
        (static_cast<unsigned char>(word[i + 2]) == 0x98 || static_cast<unsigned char>(word[i + 2]) == 0x99)) {
      buf[n++] = '\'';
      i += 2;
      continue;
    }
    buf[n++] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : static_cast<char>(c);
  }
  return std::string_view(buf, n);
}

// Festival's tag names to readout's Pos; the finer PRP$/WP$ split and
// symbols are settled per token in ToPos.
Pos DefaultPos(std::string_view tag) {
  if (tag == "punc") return Pos::kPunct;
  if (tag == "of") return Pos::kIN;
  if (auto p = PosFromName(tag)) return *p;
  return Pos::kUnknown;
}

// "russian", "chinese", "british", "israeli", "europeans": demonyms, whose
// capital is part of the word rather than a sign of a name.
bool LooksLikeNationality(std::string_view lower) {
  if (lower.ends_with("s")) lower.remove_suffix(1);
  for (std::string_view suffix : {"an", "ese", "ish", "i", "ch"}) {
    if (lower.size() > suffix.size() + 2 && lower.ends_with(suffix)) return true;
  }
  return false;
}

bool IsPunctKind(TokenKind k) {
  return k == TokenKind::kPunct || k == TokenKind::kSentenceEnd || k == TokenKind::kOpenQuote ||
         k == TokenKind::kCloseQuote || k == TokenKind::kDash || k == TokenKind::kEllipsis;
}

// Weights of deleted interpolation: each trigram's count goes to the order
// whose leave-one-out estimate predicts it best.
std::array<double, 3> InterpolationWeights(const DenseNgram& ng, const std::vector<double>& uni,
                                           const std::vector<double>& bi, const std::vector<double>& ctx1,
                                           const std::vector<double>& ctx12, double total) {
  const size_t n = ng.vocab.size();
  std::array<double, 3> l = {0, 0, 0};
  for (size_t t1 = 0; t1 < n; ++t1) {
    for (size_t t2 = 0; t2 < n; ++t2) {
      for (size_t t3 = 0; t3 < n; ++t3) {
        double c = ng.Count(t1 * n + t2, t3);
        if (c < 1) continue;
        double c12 = ctx12[t1 * n + t2], c23 = bi[t2 * n + t3], c2 = ctx1[t2];
        double f3 = c12 > 1 ? (c - 1) / (c12 - 1) : 0;
        double f2 = c2 > 1 ? (c23 - 1) / (c2 - 1) : 0;
        double f1 = (uni[t3] - 1) / (total - 1);
        if (f3 >= f2 && f3 >= f1) l[2] += c;
        else if (f2 >= f1) l[1] += c;
        else l[0] += c;
      }
    }
  }
  double s = l[0] + l[1] + l[2];
  for (double& x : l) x /= s;
  return l;
}

}  // namespace

// Candidates depend only on the word, its kind and whether it opens the
// sentence, and news text repeats its words: a per-thread memo answers most
// tokens with one probe. Bounded: emptied when it holds kMaxMemo words.
struct PosTagger::Memo {
  static constexpr size_t kMaxMemo = 1 << 16;
  // Open addressing, linear probing, at most 3/4 full; the word's bytes
  // sit in `words`, so a probe hashes the token text in place (no key is
  // built) and compares it only on a full match of hash, length and kind.
  struct Slot {
    uint32_t hash = 0;   // low half of the key hash; also picks the slot
    uint32_t word = 0;   // offset into words
    uint32_t cand = 0;   // offset into cands
    uint8_t len = 0;     // word bytes (at most kMaxKey)
    uint8_t kind = 0;    // 2 * TokenKind + initial
    uint8_t count = 0;   // candidates
    bool used = false;
  };
  uint64_t owner = 0;  // PosTagger::id_ of the tagger the entries are from
  std::vector<Slot> slots = std::vector<Slot>(kMinSlots);
  size_t size = 0;
  std::string words;
  std::vector<TagScore> cands;

  static constexpr size_t kMinSlots = 1024;
  static uint32_t Hash(std::string_view word, uint8_t kind) {
    return static_cast<uint32_t>(HashBytes(word) ^ (kind * 0x9E3779B97F4A7C15ull));
  }
  bool Same(const Slot& s, std::string_view word) const {
    return BytesEqual(words.data() + s.word, word.data(), word.size());
  }
  const Slot* Find(std::string_view word, uint8_t kind, uint32_t h) const {
    const size_t mask = slots.size() - 1;
    for (size_t i = h & mask;; i = (i + 1) & mask) {
      const Slot& s = slots[i];
      if (!s.used) return nullptr;
      if (s.hash == h && s.len == word.size() && s.kind == kind && Same(s, word)) return &s;
    }
  }
  void Insert(std::string_view word, uint8_t kind, uint32_t h, const TagScore* c, size_t n) {
    if (size >= kMaxMemo) {  // emptied, still tied to its tagger
      const uint64_t tagger = owner;
      *this = Memo();
      owner = tagger;
    }
    if (4 * (size + 1) > 3 * slots.size()) Grow();
    const size_t mask = slots.size() - 1;
    size_t i = h & mask;
    while (slots[i].used) i = (i + 1) & mask;
    slots[i] = {h, static_cast<uint32_t>(words.size()), static_cast<uint32_t>(cands.size()),
                static_cast<uint8_t>(word.size()), kind, static_cast<uint8_t>(n), true};
    words.append(word);
    cands.insert(cands.end(), c, c + n);
    ++size;
  }
  void Grow() {
    std::vector<Slot> old(slots.size() * 2);
    old.swap(slots);
    const size_t mask = slots.size() - 1;
    for (const Slot& s : old) {
      if (!s.used) continue;
      size_t i = s.hash & mask;
      while (slots[i].used) i = (i + 1) & mask;
      slots[i] = s;
    }
  }
};

PosTagger::PosTagger(UnknownWordModel unknown) : unknown_(std::move(unknown)) {
  static std::atomic<uint64_t> next_id{1};
  id_ = next_id.fetch_add(1);
}

struct PosTagger::Scratch {
  Memo memo;
  std::vector<TagScore> cand;   // kMaxCand per lattice position
  std::vector<uint8_t> ncand;
  std::vector<float> score;     // kMaxCand^2 per position: [prev cand][cand]
  std::vector<uint8_t> back;    // best cand two positions back
  std::vector<uint8_t> tags;    // decoded tag per token
};

Result<std::unique_ptr<PosTagger>> PosTagger::Load(const ModelOptions& options, std::vector<std::string>*) {
  auto lex_text = ReadDataFile(options.poslex_path, kPackage);
  if (!lex_text.ok()) return lex_text.status();
  auto ngram_text = ReadDataFile(options.ngram_path, kPackage);
  if (!ngram_text.ok()) return ngram_text.status();
  auto lex = ParsePoslex(lex_text.value(), options.poslex_path);
  if (!lex.ok()) return lex.status();
  auto ngram = ParseNgramBin(ngram_text.value(), options.ngram_path);
  if (!ngram.ok()) return ngram.status();
  return Build(lex.value(), ngram.value());
}

Result<std::unique_ptr<PosTagger>> PosTagger::Build(const Poslex& lexicon, const DenseNgram& ng) {
  if (ng.order != 3 || ng.vocab != ng.pred_vocab) {
    return Status::InvalidArgument("the tag model must be a trigram over one tag set");
  }
  const size_t n = ng.vocab.size();
  if (n > 64) return Status::InvalidArgument("the tag model has more than 64 tags");
  auto id_of = [&](std::string_view name) -> int {
    for (size_t i = 0; i < n; ++i) {
      if (ng.vocab[i] == name) return static_cast<int>(i);
    }
    return -1;
  };

  // Counts of every order, from the trigram table.
  std::vector<double> uni(n, 0), bi(n * n, 0), ctx1(n, 0), ctx12(n * n, 0);
  double total = 0;
  for (size_t t1 = 0; t1 < n; ++t1) {
    for (size_t t2 = 0; t2 < n; ++t2) {
      for (size_t t3 = 0; t3 < n; ++t3) {
        double c = ng.Count(t1 * n + t2, t3);
        uni[t3] += c;
        bi[t2 * n + t3] += c;
        ctx1[t2] += c;
        ctx12[t1 * n + t2] += c;
        total += c;
      }
    }
  }
  if (total <= 0) return Status::InvalidArgument("the tag model has no counts");
  auto l = InterpolationWeights(ng, uni, bi, ctx1, ctx12, total);

  OpenTags open_tags{id_of("nn"), id_of("nns"), id_of("nnp"), id_of("nnps"),
                     id_of("jj"), id_of("cd"),  id_of("vbg"), id_of("rb")};
  std::vector<bool> open(n, false);
  for (const char* t : {"nn", "nns", "nnp", "nnps", "jj", "jjr", "jjs", "rb", "vb", "vbd", "vbg", "vbn",
                        "vbp", "vbz", "cd"}) {
    if (int id = id_of(t); id >= 0) open[static_cast<size_t>(id)] = true;
  }
  std::unique_ptr<PosTagger> tagger(new PosTagger(UnknownWordModel(uni, open, open_tags)));
  PosTagger& p = *tagger;
  p.num_tags_ = static_cast<int>(n);
  p.tag_names_ = ng.vocab;
  for (const auto& name : ng.vocab) p.tag_pos_.push_back(DefaultPos(name));
  p.punc_ = id_of("punc");
  p.nn_ = open_tags.nn;
  p.nnp_ = open_tags.nnp;
  p.nnps_ = open_tags.nnps;
  p.nns_ = open_tags.nns;
  p.jj_ = open_tags.jj;
  p.pos_ = id_of("pos");
  p.cd_ = open_tags.cd;
  p.sym_ = id_of("sym");
  for (int id : {p.punc_, p.nn_, p.nnp_, p.nnps_, p.pos_, p.cd_, p.sym_}) {
    if (id < 0) return Status::InvalidArgument("the tag model lacks one of punc nn nnp nnps pos cd sym");
  }
  p.rare_proper_logp_ = static_cast<float>(-std::log(uni[static_cast<size_t>(p.nnp_)]));

  p.trans_.resize(n * n * n);
  for (size_t t1 = 0; t1 < n; ++t1) {
    for (size_t t2 = 0; t2 < n; ++t2) {
      for (size_t t3 = 0; t3 < n; ++t3) {
        double c12 = ctx12[t1 * n + t2], c2 = ctx1[t2];
        double p3 = c12 > 0 ? ng.Count(t1 * n + t2, t3) / c12 : 0;
        double p2 = c2 > 0 ? bi[t2 * n + t3] / c2 : 0;
        double p1 = uni[t3] / total;
        double prob = l[0] * p1 + l[1] * p2 + l[2] * p3;
        p.trans_[(t1 * n + t2) * n + t3] = static_cast<float>(std::log(std::max(prob, 1e-12)));
      }
    }
  }

  // The lexicon. Festival's "1" and "2" tags are not Penn tags (a few
  // dozen odd treebank items); words keep only their real tags.
  p.lexicon_.Reserve(lexicon.entries.size(), lexicon.entries.size() * 9);
  p.tags_.reserve(lexicon.tags.size());
  std::vector<std::pair<int, double>> freqs;
  const int vb = id_of("vb"), vbp = id_of("vbp"), vbd = id_of("vbd"), vbn = id_of("vbn");
  for (const PoslexEntry& e : lexicon.entries) {
    WordEntry w;
    w.first = static_cast<uint32_t>(p.tags_.size());
    freqs.clear();
    for (uint32_t k = e.first_tag; k < e.first_tag + e.num_tags; ++k) {
      const PoslexTag& t = lexicon.tags[k];
      int id = id_of(t.tag);
      if (id < 0) {
        return Status::InvalidArgument(
            fmt::format("lexicon word \"{}\" has tag '{}', which the tag model lacks", e.word, t.tag));
      }
      if (p.tag_pos_[static_cast<size_t>(id)] == Pos::kUnknown) continue;
      if (w.count == kMaxCand) break;
      p.tags_.push_back({static_cast<uint8_t>(id), t.logprob});
      ++w.count;
      if (id == p.nnp_ || id == p.nnps_) {
        w.has_proper = true;
      } else {
        w.proper_only = false;
      }
      freqs.emplace_back(id, std::exp(static_cast<double>(t.logprob)) * uni[static_cast<size_t>(id)]);
    }
    if (w.count == 0) {
      p.tags_.resize(w.first);
      continue;
    }
    double proper = 0, all = 0;
    for (const auto& [id, f] : freqs) {
      all += f;
      if (id == p.nnp_ || id == p.nnps_) proper += f;
    }
    w.mostly_common = proper < 0.5 * all;
    p.unknown_.AddWord(e.word, freqs);
    // The treebank is too small to have seen every regular verb in both of
    // its identical forms: "arrested" only as VBN, "limit" only as VB. Give
    // the unseen twin half the seen one's frequency.
    auto twin = [&](int have, int missing) {
      if (have < 0 || missing < 0 || w.count == kMaxCand) return;
      const TagScore* seen = nullptr;
      for (uint32_t k = w.first; k < w.first + w.count; ++k) {
        if (p.tags_[k].tag == missing) return;
        if (p.tags_[k].tag == have) seen = &p.tags_[k];
      }
      if (seen == nullptr) return;
      double lp = seen->logp + std::log(0.5 * uni[static_cast<size_t>(have)] / uni[static_cast<size_t>(missing)]);
      p.tags_.push_back({static_cast<uint8_t>(missing), static_cast<float>(lp)});
      ++w.count;
    };
    if (e.word.size() > 3 && e.word.ends_with("ed")) {
      twin(vbd, vbn);
      twin(vbn, vbd);
    }
    if (e.word != "be" && e.word != "am" && e.word != "are" && e.word != "is") {
      twin(vb, vbp);
      twin(vbp, vb);
    }
    p.lexicon_.TryEmplace(e.word, w);
  }
  p.unknown_.Finish();
  return tagger;
}

bool PosTagger::IsMostlyCommonWord(std::string_view word) const {
  char buf[kMaxKey];
  const WordEntry* w = Find(LexiconKey(word, buf));
  return w != nullptr && w->mostly_common;
}

const PosTagger::WordEntry* PosTagger::Find(std::string_view lower) const {
  if (lower.empty()) return nullptr;
  return lexicon_.Find(lower);
}

bool PosTagger::IsKnown(std::string_view word) const {
  char buf[kMaxKey];
  return Find(LexiconKey(word, buf)) != nullptr;
}

std::vector<Pos> PosTagger::GuessUnknown(std::string_view word, bool sentence_initial) const {
  char buf[kMaxKey];
  TagScore c[kMaxCand];
  size_t k = unknown_.Guess(LexiconKey(word, buf), ShapeOf(word, sentence_initial), c, kMaxCand);
  std::vector<Pos> out;
  for (size_t i = 0; i < k; ++i) out.push_back(tag_pos_[c[i].tag]);
  return out;
}

size_t PosTagger::Candidates(std::string_view text, std::span<const Token> sentence, size_t i, TagScore* out,
                             Memo& memo) const {
  const Token& tok = sentence[i];
  std::string_view word = text.substr(tok.start, tok.end - tok.start);
  auto only = [&](int tag) {
    out[0] = {static_cast<uint8_t>(tag), 0.0f};
    return size_t{1};
  };
  switch (tok.kind) {
    case TokenKind::kPunct:
    case TokenKind::kSentenceEnd:
    case TokenKind::kOpenQuote:
    case TokenKind::kCloseQuote:
    case TokenKind::kDash:
    case TokenKind::kEllipsis: return only(punc_);
    case TokenKind::kNumber: return only(cd_);
    case TokenKind::kUrl: return only(nn_);
    case TokenKind::kHandle: return only(nnp_);
    default: break;
  }
  // First word of the sentence or of a quotation: its capital says nothing.
  bool initial = true;
  for (size_t j = i; j-- > 0;) {
    TokenKind k = sentence[j].kind;
    if (k == TokenKind::kOpenQuote) break;
    if (k == TokenKind::kPunct && sentence[j].end - sentence[j].start == 1 && text[sentence[j].start] == ':') break;
    if (!IsPunctKind(k)) {
      initial = false;
      break;
    }
  }
  if (word.size() > kMaxKey) return WordCandidates(word, tok.kind, initial, out);
  const uint8_t kind = static_cast<uint8_t>(2 * static_cast<unsigned>(tok.kind) + (initial ? 1 : 0));
  const uint32_t h = Memo::Hash(word, kind);
  if (const Memo::Slot* hit = memo.Find(word, kind, h)) {
    const TagScore* c = memo.cands.data() + hit->cand;
    for (size_t k = 0; k < hit->count; ++k) out[k] = c[k];
    return hit->count;
  }
  const size_t n = WordCandidates(word, tok.kind, initial, out);
  memo.Insert(word, kind, h, out, n);
  return n;
}

size_t PosTagger::WordCandidates(std::string_view word, TokenKind kind, bool initial, TagScore* out) const {
  char buf[kMaxKey];
  std::string_view key = LexiconKey(word, buf);
  const WordEntry* e = Find(key);
  if (kind == TokenKind::kSymbol && e == nullptr) {
    out[0] = {static_cast<uint8_t>(sym_), 0.0f};
    return 1;
  }
  WordShape shape = ShapeOf(word, initial);
  // A lower-case word the lexicon knows only as a name ("advisor", from
  // "National Security Advisor") is judged like an unknown word.
  if (e != nullptr && kind == TokenKind::kWord && !shape.capitalized && e->proper_only) e = nullptr;
  if (e == nullptr) return unknown_.Guess(key, shape, out, kMaxCand);

  size_t n = e->count;
  std::copy(tags_.begin() + e->first, tags_.begin() + e->first + n, out);
  if (kind != TokenKind::kWord) return n;
  const bool capital = shape.capitalized && !initial && word != "I";
  if (capital) {
    // The lexicon is lower-case, and its counts for common tags come mostly
    // from lower-case uses: a capital inside a sentence speaks for a name
    // ("Director of the CIA", "Trump"). Nationality words are the exception:
    // always capitalised, so their JJ/NNS counts already include the capital.
    const bool nationality = LooksLikeNationality(key);
    for (size_t k = 0; k < n; ++k) {
      int t = out[k].tag;
      if (t == nnp_ || t == nnps_) continue;
      if (nationality && (t == jj_ || t == nns_)) continue;
      out[k].logp += std::log(0.02f);
    }
    if (!e->has_proper && n < kMaxCand) out[n++] = {static_cast<uint8_t>(nnp_), rare_proper_logp_};
  } else if (!shape.capitalized && shape.has_letter) {
    for (size_t k = 0; k < n; ++k) {
      if (out[k].tag == nnp_ || out[k].tag == nnps_) out[k].logp += std::log(0.05f);
    }
  }
  return n;
}

Pos PosTagger::ToPos(int tag, std::string_view text, std::span<const Token> sentence, size_t i,
                     const std::vector<uint8_t>& tags) const {
  Pos pos = tag_pos_[static_cast<size_t>(tag)];
  const Token& tok = sentence[i];
  if (pos == Pos::kPunct && tok.kind == TokenKind::kSymbol) return Pos::kSYM;
  if (pos != Pos::kPRP && pos != Pos::kWP) return pos;
  char buf[kMaxKey];
  const std::string_view raw = text.substr(tok.start, tok.end - tok.start);
  // "US President Donald Trump" opening a sentence: the pronoun is never
  // written in capitals, the country's abbreviation always is.
  if (pos == Pos::kPRP && raw == "US") return Pos::kNNP;
  std::string_view w = LexiconKey(raw, buf);
  if (pos == Pos::kWP) return w == "whose" ? Pos::kWPS : pos;
  if (w == "my" || w == "your" || w == "his" || w == "its" || w == "our" || w == "their") return Pos::kPRPS;
  if (w == "her" && i + 1 < sentence.size()) {
    // "her" is possessive before what a noun phrase continues with.
    Pos next = tag_pos_[tags[i + 1]];
    if (IsNoun(next) || IsAdjective(next) || next == Pos::kCD || next == Pos::kVBG || next == Pos::kRBS ||
        next == Pos::kRB) {
      return Pos::kPRPS;
    }
  }
  return pos;
}

void PosTagger::Tag(std::string_view text, std::span<Token> sentence) const {
  const size_t n = sentence.size();
  if (n == 0) return;
  thread_local Scratch s;
  if (s.memo.owner != id_) {
    s.memo = Memo();
    s.memo.owner = id_;
  }
  constexpr size_t K = kMaxCand;
  const size_t positions = n + 2;  // two context positions, then the tokens
  if (s.ncand.size() < positions) {
    s.cand.resize(positions * K);
    s.ncand.resize(positions);
    s.score.resize(positions * K * K);
    s.back.resize(positions * K * K);
  }
  s.tags.resize(n);
  s.cand[0] = {static_cast<uint8_t>(nn_), 0};
  s.ncand[0] = 1;
  s.cand[K] = {static_cast<uint8_t>(punc_), 0};
  s.ncand[1] = 1;
  s.score[1 * K * K] = 0;
  for (size_t i = 0; i < n; ++i) {
    size_t c = Candidates(text, sentence, i, &s.cand[(i + 2) * K], s.memo);
    if (c == 0) s.cand[(i + 2) * K] = {static_cast<uint8_t>(nn_), 0}, c = 1;
    s.ncand[i + 2] = static_cast<uint8_t>(c);
  }
  const size_t tags = static_cast<size_t>(num_tags_);
  for (size_t p = 2; p < positions; ++p) {
    const TagScore* zc = &s.cand[(p - 2) * K];
    const TagScore* ac = &s.cand[(p - 1) * K];
    const TagScore* bc = &s.cand[p * K];
    const float* prev = &s.score[(p - 1) * K * K];
    float* cur = &s.score[p * K * K];
    uint8_t* back = &s.back[p * K * K];
    const size_t nz = s.ncand[p - 2], na = s.ncand[p - 1], nb = s.ncand[p];
    // The trans_ block of each z hoisted out of the inner loop; the sums
    // and the order of comparison are the plain loop's (z ascending, the
    // first best kept: all sums are finite).
    const float* zrow[K];
    for (size_t z = 0; z < nz; ++z) zrow[z] = trans_.data() + static_cast<size_t>(zc[z].tag) * tags * tags;
    for (size_t a = 0; a < na; ++a) {
      const size_t aoff = static_cast<size_t>(ac[a].tag) * tags;
      float* out = cur + a * K;
      uint8_t* arg_out = back + a * K;
      if (nz == 1) {
        // One state two back (punctuation, a one-tag word): no choice.
        const float from = prev[a];
        const float* t = zrow[0] + aoff;
        for (size_t b = 0; b < nb; ++b) {
          out[b] = (from + t[bc[b].tag]) + bc[b].logp;
          arg_out[b] = 0;
        }
        continue;
      }
      float from[K];  // prev[z][a]
      for (size_t z = 0; z < nz; ++z) from[z] = prev[z * K + a];
      for (size_t b = 0; b < nb; ++b) {
        const size_t off = aoff + bc[b].tag;
        float best = from[0] + zrow[0][off];
        uint8_t arg = 0;
        for (size_t z = 1; z < nz; ++z) {
          const float v = from[z] + zrow[z][off];
          if (v > best) best = v, arg = static_cast<uint8_t>(z);
        }
        out[b] = best + bc[b].logp;
        arg_out[b] = arg;
      }
    }
  }
  // Best final state, then follow the back pointers.
  size_t last = positions - 1;
  size_t ba = 0, bb = 0;
  float best = kNegInf;
  for (size_t a = 0; a < s.ncand[last - 1]; ++a) {
    for (size_t b = 0; b < s.ncand[last]; ++b) {
      if (s.score[last * K * K + a * K + b] > best) best = s.score[last * K * K + a * K + b], ba = a, bb = b;
    }
  }
  for (size_t p = last; p >= 2; --p) {
    s.tags[p - 2] = s.cand[p * K + bb].tag;
    size_t z = s.back[p * K * K + ba * K + bb];
    bb = ba;
    ba = z;
  }
  for (size_t i = 0; i < n; ++i) sentence[i].pos = ToPos(s.tags[i], text, sentence, i, s.tags);
  RepairFiniteVerb(text, sentence, &s.cand[2 * K], s.ncand.data() + 2);
}

// The trigram model prefers VBN for "-ed" words after a noun ("The
// president criticized Congress" tagged like "the president criticized by
// Congress"). A sentence with no finite verb at all has none of its own:
// the first such participle directly after a noun or pronoun, not followed
// by "by" and with a past-tense reading in the lexicon, is its verb.
void PosTagger::RepairFiniteVerb(std::string_view text, std::span<Token> sentence, const TagScore* cand,
                                 const uint8_t* ncand) const {
  const size_t n = sentence.size();
  for (size_t i = 0; i < n; ++i) {
    const Pos p = sentence[i].pos;
    if (p == Pos::kVBD || p == Pos::kVBZ || p == Pos::kVBP || p == Pos::kMD) return;
  }
  for (size_t i = 1; i + 1 < n; ++i) {
    if (sentence[i].pos != Pos::kVBN) continue;
    const Pos before = sentence[i - 1].pos;
    if (!IsNoun(before) && before != Pos::kPRP) return;
    const Token& next = sentence[i + 1];
    if (next.end - next.start == 2 && (text[next.start] | 0x20) == 'b' && (text[next.start + 1] | 0x20) == 'y') return;
    const TagScore* c = cand + i * kMaxCand;
    for (size_t k = 0; k < ncand[i]; ++k) {
      if (tag_pos_[c[k].tag] == Pos::kVBD) {
        sentence[i].pos = Pos::kVBD;
        return;
      }
    }
    return;
  }
}

}  // namespace readout::text
