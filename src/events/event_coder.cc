// Event coding, per sentence:
//  1. shallow parse (noun-phrase chunks, entity and time maps);
//  2. predicates: every verb (by POS) or chunk-head noun whose word or lemma
//     starts a form in the VerbDictionary, with its multi-word parts;
//  3. code: the most specific matching pattern of the form's block, else the
//     form's own code; "---" means known and not an event;
//  4. verb group: auxiliaries, modals, negation, passive voice, and for an
//     infinitive ("threatened to attack") the governing verb, whose frame
//     turns the code into an intent, threat, appeal, demand or rejection
//     (code_transform.h) and whose subject becomes the source;
//  5. arguments: pattern slots, else subject and object (arguments.h);
//     passive voice swaps in the by-phrase; nouns take a possessor or the
//     names before them ("the Trump–Putin call");
//  6. events: sources x targets (compound actors give several events), paired
//     codes "032:033" give the reverse event too; statements (010) are kept
//     only beside another event of the sentence (reported events).
// No event without a matched predicate: there is no fallback code.
#include "events/event_coder.h"

#include <algorithm>

#include "entities/actor_coder.h"
#include "events/arguments.h"
#include "events/code_transform.h"
#include "events/figurative_subjects.h"
#include "events/pattern_matcher.h"
#include "events/shallow_parse.h"
#include "lexicon/actor_dictionary.h"
#include "lexicon/actor_key.h"
#include "lexicon/verb_dictionary.h"

namespace readout::events {

namespace {

struct Predicate {
  uint32_t head = 0;
  uint32_t group_first = 0;  // first auxiliary of the verb group
  PatternMatch match;
  std::string code;
  bool noun = false;
  bool negated = false;
  bool passive = false;
  Frame frame = Frame::kNone;  // from a modal
  int governor = -1;           // predicate whose infinitive complement this is
  Frame governor_frame = Frame::kNone;
  bool governs = false;        // has a coded infinitive complement
  std::vector<Phrase> sources;
  std::vector<Phrase> targets;
};

bool IsBe(std::string_view w) {
  return w == "is" || w == "are" || w == "was" || w == "were" || w == "be" || w == "been" || w == "being" ||
         w == "'s" || w == "'re" || w == "am" || w == "get" || w == "got" || w == "gets";
}

// Picks the best code for a form at tokens [first, end).
void ChooseCode(const lexicon::VerbDictionary& dict, const lexicon::VerbForm& form, const SentenceParse& parse,
                uint32_t first, uint32_t end, Predicate* pred, int* best_weight) {
  const lexicon::VerbBlock& block = dict.block(form.block);
  for (const auto& p : block.patterns) {
    if (p.weight < *best_weight) continue;
    if (p.weight == *best_weight && !pred->code.empty()) continue;
    PatternMatch m = MatchPattern(parse, p, first, end);
    if (!m.ok) continue;
    *best_weight = p.weight;
    pred->code = p.code;
    pred->match = m;
  }
  if (pred->code.empty() && *best_weight < 0) {
    *best_weight = -1;
    pred->code = form.code;
    pred->match = {true, first, end, -1, -1};
  }
}

// Matches the fixed words of a multi-word form around token i.
bool FixedParts(const SentenceParse& parse, const lexicon::VerbForm& f, uint32_t i, uint32_t* first, uint32_t* end) {
  *first = i;
  *end = i + 1;
  for (const std::string& w : f.after_words) {
    if (*end >= parse.end() || !parse.Is(*end, w)) return false;
    ++*end;
  }
  for (auto it = f.before_words.rbegin(); it != f.before_words.rend(); ++it) {
    if (*first <= parse.first() || !parse.Is(*first - 1, *it)) return false;
    --*first;
  }
  return true;
}

class SentenceCoder {
 public:
  SentenceCoder(const Model& model, const CodeOptions& options, Analysis& a)
      : model_(model), dict_(model.verbs()), codes_(dict_.codes()), options_(options), a_(a) {
    MapTokens(a, &token_entity_, &token_time_);
  }

  void Code(uint32_t s) {
    parse_.Build(a_, a_.sentences[s], token_entity_, token_time_);
    preds_.clear();
    cache_.clear();
    FindPredicates();
    for (size_t i = 0; i < preds_.size(); ++i) Attach(i);
    Emit(s);
  }

 private:
  void FindPredicates() {
    std::vector<uint8_t> covered(parse_.end() - parse_.first(), 0);
    for (uint32_t i = parse_.first(); i < parse_.end(); ++i) {
      const Token& t = parse_.token(i);
      bool verb = IsVerb(t.pos) && t.pos != Pos::kMD;
      int c = parse_.ChunkAt(i);
      bool noun = !verb && c >= 0 && parse_.chunks()[c].head == i && IsNoun(t.pos) && !IsProperNoun(t.pos) &&
                  parse_.EntityAt(i) < 0;
      if (!verb && !noun) continue;
      if (noun && covered[i - parse_.first()]) continue;
      if (t.kind != TokenKind::kWord) continue;
      if (verb && IsAuxiliaryUse(i)) continue;
      std::string_view lower = parse_.Lower(i);
      auto forms = dict_.Find(lower);
      if (forms.empty() && t.lemma != lower) forms = dict_.Find(t.lemma);
      if (forms.empty()) continue;
      Predicate pred;
      pred.head = i;
      pred.noun = noun;
      int best = -2;
      for (const auto& f : forms) {
        if (f.noun != noun) continue;
        uint32_t first, end;
        if (!FixedParts(parse_, f, i, &first, &end)) continue;
        int weight = static_cast<int>(f.before_words.size() + f.after_words.size()) - 2;
        if (weight > best && !pred.code.empty()) {
          // A multi-word form is more specific than the bare word.
          pred.code.clear();
        }
        int w = best;
        ChooseCode(dict_, f, parse_, first, end, &pred, &w);
        best = std::max(best, w);
      }
      if (pred.code.empty()) continue;
      // "“You think I'm going to change?” Trump asked reporters": a question
      // asked is no appeal.
      if (t.lemma == "ask" && (QuestionBefore(i) || QuestionAfter(i))) continue;
      // "Would Russia attack Poland?", "Did Trump meet Putin?": a yes-no
      // question asserts no act.
      if (InYesNoQuestion(i)) continue;
      // A participle opening an aside ("Leavitt, asked about ...") states no event.
      if (verb && t.pos == Pos::kVBN && i > parse_.first() && parse_.Lower(i - 1) == ",") continue;
      // A participle between a determiner (or an adjective) and its noun
      // describes the noun: "a pledged Sanders delegate", "lobbying and
      // consulting firms", "the ruling party".
      if (verb && !noun && ModifiesNoun(i)) continue;
      // "a competition called the House to Home Prize": naming, not calling.
      if (verb && t.pos == Pos::kVBN && i > parse_.first() && i + 1 < parse_.end() &&
          IsNoun(parse_.token(i - 1).pos) &&
          (t.lemma == "call" || t.lemma == "name" || t.lemma == "dub" || t.lemma == "title") &&
          parse_.token(i + 1).pos != Pos::kIN && parse_.token(i + 1).pos != Pos::kRP &&
          parse_.token(i + 1).pos != Pos::kTO) {
        continue;
      }
      for (uint32_t k = pred.match.first; k < pred.match.end; ++k) covered[k - parse_.first()] = 1;
      if (!noun) VerbGroup(&pred);
      preds_.push_back(std::move(pred));
    }
  }

  bool QuestionBefore(uint32_t i) const {
    for (uint32_t k = parse_.first(); k < i; ++k) {
      const Token& t = parse_.token(k);
      if (t.end == t.start + 1 && a_.text[t.start] == '?') return true;
    }
    return false;
  }

  // "Blumenthal was asked, “If you had known ..., would you have told
  // her?”": the question follows the verb.
  bool QuestionAfter(uint32_t i) const {
    for (uint32_t k = i + 1; k < parse_.end(); ++k) {
      const Token& t = parse_.token(k);
      if (t.end == t.start + 1 && a_.text[t.start] == '?') return true;
    }
    return false;
  }

  // Token `i` lies in a clause that ends in '?' and opens (after the
  // sentence start, an opening quotation mark, a comma, a colon or a
  // semicolon) with an auxiliary, a modal or "if", or a wh-word and a modal: "Would Russia attack
  // Poland?", "“Did you meet him?”", "Why would Russia attack?".
  bool InYesNoQuestion(uint32_t i) const {
    uint32_t q = i + 1;
    while (q < parse_.end() && !(parse_.token(q).end == parse_.token(q).start + 1 && a_.text[parse_.token(q).start] == '?')) {
      ++q;
    }
    if (q >= parse_.end()) return false;
    // "Do the rebel groups backed by Ankara have a choice?": a participle
    // after its noun describes it, and the question presupposes it.
    if (i > parse_.first() && parse_.token(i).pos == Pos::kVBN && IsNoun(parse_.token(i - 1).pos)) return false;
    uint32_t start = parse_.first();
    for (uint32_t k = i; k > parse_.first(); --k) {
      std::string_view w = parse_.Lower(k - 1);
      if (w == "\u201c" || w == "\"" || w == "``" || w == ":" || w == ";" || w == "?" || w == ",") {
        start = k;
        break;
      }
    }
    auto aux = [](std::string_view w) {
      static const std::string_view kAux[] = {"would", "will", "could", "can", "should", "shall", "might",
                                              "may",   "must", "do",    "does", "did",   "is",    "are",
                                              "was",   "were", "has",   "have", "had",   "wo",    "ca"};
      return std::find(std::begin(kAux), std::end(kAux), w) != std::end(kAux);
    };
    if (start >= i) return false;
    std::string_view first = parse_.Lower(start);
    // "If you had known, would you have told her?": the condition of a
    // question is no more asserted than the question.
    // "Who has fought the bid?": the doer is what is asked.
    if (aux(first) || first == "if" || first == "whether" || first == "who") return true;
    const bool wh = first == "why" || first == "how" || first == "what" || first == "when" || first == "where" ||
                    first == "who" || first == "whom";
    if (!wh || start + 1 >= i) return false;
    std::string_view second = parse_.Lower(start + 1);
    return second == "would" || second == "could" || second == "should" || second == "might";
  }

  bool ModifiesNoun(uint32_t i) const {
    const Pos pos = parse_.token(i).pos;
    if ((pos != Pos::kVBN && pos != Pos::kVBG) || i == parse_.first() || i + 1 >= parse_.end()) return false;
    const Pos next = parse_.token(i + 1).pos;
    if (!(IsNoun(next) || (pos == Pos::kVBN && next == Pos::kNNP))) return false;
    if (pos == Pos::kVBG && next != Pos::kNN && next != Pos::kNNS) return false;
    const Pos prev = parse_.token(i - 1).pos;
    // Articles only: "both endorsed Mr. Trump", "some accused Trump" are
    // subjects with their verbs.
    const std::string_view w = parse_.Lower(i - 1);
    const bool article = w == "a" || w == "an" || w == "the";
    if (article || prev == Pos::kPRPS || prev == Pos::kPOS || (prev == Pos::kJJ && next != Pos::kNNP)) return true;
    // "lobbying and consulting firms": a conjunct of another modifier.
    return prev == Pos::kCC && i >= parse_.first() + 2 &&
           (parse_.token(i - 2).pos == Pos::kVBG || parse_.token(i - 2).pos == Pos::kJJ) &&
           (i < parse_.first() + 3 || parse_.Is(i - 3, "a") || parse_.Is(i - 3, "an") || parse_.Is(i - 3, "the") ||
            parse_.token(i - 3).pos == Pos::kJJ || parse_.token(i - 3).pos == Pos::kCD ||
            parse_.token(i - 3).pos == Pos::kIN || parse_.token(i - 3).pos == Pos::kCC);
  }

  // "has met", "was attacked", "did not attack": have/be/do before the verb
  // they help is no predicate of its own.
  bool IsAuxiliaryUse(uint32_t i) const {
    const std::string& l = parse_.token(i).lemma;
    if (l != "have" && l != "be" && l != "do" && l != "get") return false;
    for (uint32_t k = i + 1; k < parse_.end() && k < i + 4; ++k) {
      Pos pos = parse_.token(k).pos;
      if (pos == Pos::kVBN || pos == Pos::kVBG || pos == Pos::kVB || pos == Pos::kVBD) return true;
      if (pos != Pos::kRB && !IsNegation(parse_.Lower(k))) return false;
    }
    return false;
  }

  void VerbGroup(Predicate* p) {
    uint32_t g = p->head;
    bool be = false;
    bool to = false;
    while (g > parse_.first()) {
      uint32_t k = g - 1;
      std::string_view w = parse_.Lower(k);
      const Pos pos = parse_.token(k).pos;
      bool aux = (IsAuxiliary(w) && !IsNoun(pos)) || pos == Pos::kRB || pos == Pos::kMD;
      // A floating quantifier: "India and the US have both indicted".
      aux |= (w == "both" || w == "all" || w == "each") && k > parse_.first() &&
             IsAuxiliary(parse_.Lower(k - 1));
      if (!aux) break;
      // A pattern that spells the negation or the modal out ("DID NOT *",
      // "INDICATED SHOULD *") has already coded it.
      if (IsNegation(w) && k < p->match.first) p->negated = true;
      if (Frame f = FrameOfModal(w); f != Frame::kNone && p->frame == Frame::kNone && k < p->match.first) {
        p->frame = f;
      }
      if (IsBe(w)) be = true;
      if (w == "to") to = true;
      g = k;
    }
    p->group_first = g;
    // "is committed to", "is scheduled to": adjectival, not passive.
    bool to_follows = p->head + 1 < parse_.end() && parse_.Lower(p->head + 1) == "to";
    p->passive = be && parse_.token(p->head).pos == Pos::kVBN && !to_follows;
    // A participle right after a noun phrase modifies it: "a first-grader
    // killed at Sandy Hook", "a poll released Sunday by ABC News".
    if (!be && g == p->head && parse_.token(p->head).pos == Pos::kVBN && g > parse_.first()) {
      int c = parse_.ChunkAt(g - 1);
      if (c >= 0 && parse_.chunks()[c].end == g && !parse_.chunks()[c].pronoun &&
          (!Named({parse_.chunks()[c].first, g}) || ByFollows(p->head))) {
        p->passive = true;
      }
    }
    // A participle followed by "by" outside a perfect tense is passive
    // whatever comes before it: "I get endorsed by Bernie", "a barbecue
    // hosted by Scott Brown" (a quoted name before it).
    // A past form the tagger read as a past tense counts too when "by" is
    // not part of the verb's own form ("stood by").
    const Pos hp = parse_.token(p->head).pos;
    if (!p->passive && (hp == Pos::kVBN || hp == Pos::kVBD) && p->head + 1 < parse_.end() &&
        parse_.Lower(p->head + 1) == "by" && p->match.end <= p->head + 1 &&
        !(hp == Pos::kVBD && p->code.starts_with("01"))) {  // "said by telephone"
      std::string_view a = parse_.Lower(g);
      if (!(g < p->head && (a == "has" || a == "have" || a == "had" || a == "'ve" || a == "'d"))) p->passive = true;
    }
    // A gerund after a verb is its complement: "did not mention requesting
    // a donation", "suggested boycotting Apple".
    bool gerund = parse_.token(p->head).pos == Pos::kVBG && g == p->head && g > parse_.first() &&
                  IsVerb(parse_.token(g - 1).pos) && parse_.token(g - 1).pos != Pos::kMD &&
                  !IsAuxiliary(parse_.Lower(g - 1));
    if (to || gerund) FindGovernor(p);
    // "refrain from endorsing", "stopped short of endorsing", "kept him
    // from attacking": a gerund its governor holds back is no act.
    if (parse_.token(p->head).pos == Pos::kVBG && g == p->head && g >= parse_.first() + 2 &&
        (parse_.Lower(g - 1) == "from" || parse_.Lower(g - 1) == "of")) {
      for (uint32_t k = g - 2; k + 4 >= g && k >= parse_.first(); --k) {
        const std::string& l = parse_.token(k).lemma;
        if (l == "refrain" || l == "abstain" || l == "desist" || l == "prevent" || l == "stop" || l == "keep" ||
            l == "short" || l == "avoid" || l == "bar" || l == "ban" || l == "block" || l == "dissuade" ||
            l == "instead") {
          p->frame = Frame::kDrop;
          break;
        }
        if (k == parse_.first()) break;
      }
    }
    // "if you attack him", "unless Russia withdraws": a condition is no event.
    for (int k = static_cast<int>(g) - 1; k >= static_cast<int>(parse_.first()) && k >= static_cast<int>(g) - 8; --k) {
      std::string_view w = parse_.Lower(k);
      if (w == "if" || w == "unless" || w == "whether") {
        p->frame = Frame::kDrop;
        break;
      }
      if (IsBarrier(parse_, k) || w == "," || w == "that") break;
    }
  }

  // Words that make "be ... to VERB" an intent: "will be more than happy
  // to reach a deal", "is ready to talk".
  static bool WillingWord(std::string_view w) {
    static const std::string_view kWords[] = {"happy", "willing", "ready", "eager", "prepared", "keen",
                                              "determined", "glad", "open"};
    return std::find(std::begin(kWords), std::end(kWords), w) != std::end(kWords);
  }

  // Words that make "be ... to VERB" a purpose or a likelihood.
  static bool PurposeWord(std::string_view w) {
    static const std::string_view kWords[] = {
        "time", "aim", "goal", "plan", "idea", "hope", "way", "reason", "reasons", "chance", "attempt", "effort",
        "job", "mission", "task", "intention", "priority", "strategy", "option", "opportunity", "need", "right",
        "likely", "unlikely", "easy", "hard", "difficult", "important", "necessary", "impossible", "possible",
        "reluctant", "unable", "hesitant", "enough", "too"};
    return std::find(std::begin(kWords), std::end(kWords), w) != std::end(kWords);
  }

  bool ByFollows(uint32_t head) const {
    for (uint32_t k = head + 1; k < parse_.end() && k < head + 5; ++k) {
      if (parse_.Lower(k) == "by") return true;
      if (IsBarrier(parse_, k)) break;
    }
    return false;
  }

  // "threatened to attack", "urged Eriador to respond": the verb before "to",
  // possibly with an object between.
  void FindGovernor(Predicate* p) {
    int k = static_cast<int>(p->group_first) - 1;
    for (int steps = 0; k >= static_cast<int>(parse_.first()) && steps < 6; ++steps, --k) {
      int c = parse_.ChunkAt(k);
      if (c >= 0) {
        k = static_cast<int>(parse_.chunks()[c].first);
        continue;
      }
      const Token& t = parse_.token(k);
      if (IsVerb(t.pos) && t.pos != Pos::kMD) {
        if (parse_.Lower(k) == "about") break;
        // "had not wanted to negotiate": the governor's negation is the event's.
        for (int n = k - 1; n >= static_cast<int>(parse_.first()) && n >= k - 4; --n) {
          std::string_view w = parse_.Lower(n);
          if (IsNegation(w) && n < static_cast<int>(p->match.first)) p->negated = true;
          if (!IsAuxiliary(w) && parse_.token(n).pos != Pos::kRB) break;
        }
        p->governor_frame = FrameOfGovernor(t.lemma);
        // "called for a bigger military effort to destroy", "pressed for X
        // to": an appeal ("called on X to" is coded by its own pattern).
        if (p->governor_frame == Frame::kNone && (t.lemma == "call" || t.lemma == "press" || t.lemma == "push") &&
            parse_.Lower(k + 1) == "for") {
          p->governor_frame = Frame::kAppeal;
        }

        // "it was time to attack", "the aim is to topple", "is unlikely to
        // help": a purpose or a hypothesis, no act; "Russia is to attack"
        // is a plan.
        if (t.lemma == "be") {
          if (static_cast<uint32_t>(k) + 1 == p->group_first) p->governor_frame = Frame::kIntent;
          for (uint32_t n = k + 1; n < p->group_first; ++n) {
            if (WillingWord(parse_.Lower(n))) p->governor_frame = Frame::kIntent;
          }
          for (uint32_t n = k + 1; n < p->group_first; ++n) {
            if (PurposeWord(parse_.Lower(n))) p->governor_frame = Frame::kDrop;
          }
        }
        for (size_t i = 0; i < preds_.size(); ++i) {
          if (preds_[i].head == static_cast<uint32_t>(k)) p->governor = static_cast<int>(i);
        }
        if (p->governor < 0) p->governor = -2 - k;  // an uncoded governing verb
        // "offered to send troops to help", "decided to try to attack": an
        // uncoded governor without a frame passes on its own governor's.
        const bool no_event = p->governor < -1 || preds_[p->governor].code == "---";
        if (no_event && p->governor_frame == Frame::kNone) {
          p->governor_frame = ChainFrame(static_cast<uint32_t>(k));
        }
        return;
      }
      if (IsBarrier(parse_, k) || parse_.Lower(k) == ",") return;
    }
  }

  void Attach(size_t idx) {
    Predicate& p = preds_[idx];
    if (p.noun) return AttachNoun(p);
    bool coordinated = false;
    std::vector<Phrase> subjects;
    uint32_t subject_from = p.group_first;
    if (p.governor != -1) {
      uint32_t gov_head = p.governor >= 0 ? preds_[p.governor].head : static_cast<uint32_t>(-2 - p.governor);
      subject_from = ChainStart(gov_head);
    }
    // A pattern reaching left of the verb ("NOTED + *") starts the clause
    // whose subject is the source.
    if (p.match.first < subject_from && p.governor == -1) {
      subject_from = p.match.first;
      while (subject_from > parse_.first() &&
             (IsAuxiliary(parse_.Lower(subject_from - 1)) || parse_.token(subject_from - 1).pos == Pos::kRB)) {
        --subject_from;
      }
    }
    subjects = FindSubjects(parse_, subject_from, &coordinated);
    // "issued a statement calling on X", "approved a resolution
    // criticizing X": a gerund after an object that names nobody is done
    // by the subject of the verb before that object.
    if (subjects.empty() && !coordinated && parse_.token(p.head).pos == Pos::kVBG && p.group_first == p.head) {
      int c = p.head > parse_.first() ? parse_.ChunkAt(p.head - 1) : -1;
      if (c >= 0 && parse_.chunks()[c].end == p.head && !Named({parse_.chunks()[c].first, p.head}) &&
          Cached({parse_.chunks()[c].first, p.head}).actor.empty()) {
        const uint32_t before = parse_.chunks()[c].first;
        if (before > parse_.first() && IsVerb(parse_.token(before - 1).pos) && parse_.token(before - 1).pos != Pos::kVBG &&
            parse_.token(before - 1).pos != Pos::kMD) {
          bool ignored = false;
          subjects = FindSubjects(parse_, ChainStart(before - 1), &ignored);
        }
      }
    }
    if (subjects.empty() && !coordinated && parse_.token(p.head).pos == Pos::kVBG && p.group_first > parse_.first() &&
        parse_.token(p.group_first - 1).pos == Pos::kIN) {
      subjects = GerundSubject(parse_.Lower(p.group_first - 1), p.group_first - 1);
    }
    if (coordinated) {
      for (size_t j = idx; j-- > 0;) {
        if (!preds_[j].noun && preds_[j].head < p.head) {
          subjects = preds_[j].passive ? preds_[j].targets : preds_[j].sources;
          // "hasn't endorsed her or conceded": a verb without auxiliaries
          // of its own shares the first one's negation and modality.
          if (p.group_first == p.head && parse_.token(p.head).pos != Pos::kVBD &&
              parse_.token(p.head).pos != Pos::kVBZ && parse_.token(p.head).pos != Pos::kVBP) {
            p.negated |= preds_[j].negated;
            if (p.frame == Frame::kNone) p.frame = preds_[j].frame;
          }
          // "if it keeps ... and refuses to negotiate": one condition.
          if (preds_[j].frame == Frame::kDrop) p.frame = Frame::kDrop;
          break;
        }
      }
    }
    std::vector<Phrase> objects;
    if (p.match.target_at >= 0) {
      objects = FindObjects(parse_, p.match.target_at);
    } else {
      objects = DefaultTarget(p);
    }
    std::vector<Phrase> source_slot;
    if (p.match.source_at >= 0) source_slot = FindObjects(parse_, p.match.source_at);
    if (p.passive) {
      p.targets = subjects;
      // "was attacked by X".
      for (uint32_t k = p.head + 1; k < p.head + 4 && k + 1 < parse_.end(); ++k) {
        if (parse_.Lower(k) == "by") {
          p.sources = FindObjects(parse_, k + 1);
          break;
        }
        if (IsBarrier(parse_, k)) break;
      }
    } else {
      p.sources = source_slot.empty() ? subjects : source_slot;
      p.targets = objects;
    }
    if (p.code.starts_with("01")) {
      // A statement's object is what was said, not a target: "said Russia
      // attacked". Inverted order names the speaker: "said the ministry".
      if (p.match.target_at < 0) p.targets.clear();
      if (p.sources.empty()) p.sources = FindObjects(parse_, p.match.end);
    }
  }

  // One hop up a chain of infinitives: moves `start` back over the
  // auxiliaries and adverbs before it and, when "to" is among them, returns
  // the verb that governs it, possibly with an object between ("urged
  // Eriador to"); -1 when there is none.
  int GoverningVerb(uint32_t* start) const {
    bool to = false;
    while (*start > parse_.first() &&
           (IsAuxiliary(parse_.Lower(*start - 1)) || parse_.token(*start - 1).pos == Pos::kRB)) {
      to |= parse_.Lower(*start - 1) == "to";
      --*start;
    }
    if (!to || *start == parse_.first()) return -1;
    int k = static_cast<int>(*start) - 1;
    int c = parse_.ChunkAt(k);
    if (c >= 0) k = static_cast<int>(parse_.chunks()[c].first) - 1;
    if (k < static_cast<int>(parse_.first()) || !IsVerb(parse_.token(k).pos) || parse_.token(k).pos == Pos::kMD) {
      return -1;
    }
    return k;
  }

  // The first frame among the verbs governing the verb at token `v`
  // through "to" (up to three hops); kNone when there is none.
  Frame ChainFrame(uint32_t v) const {
    uint32_t start = v;
    for (int hops = 0; hops < 3; ++hops) {
      const int k = GoverningVerb(&start);
      if (k < 0) break;
      if (Frame f = FrameOfGovernor(parse_.token(k).lemma); f != Frame::kNone) return f;
      start = static_cast<uint32_t>(k);
    }
    return Frame::kNone;
  }

  // Where the clause of the verb at token `v` starts, for finding its
  // subject: its auxiliaries, and through "to" the verbs that govern it
  // ("Australia has offered to send troops to help": "has offered").
  uint32_t ChainStart(uint32_t v) const {
    uint32_t start = v;
    for (int hops = 0; hops < 4; ++hops) {
      const int k = GoverningVerb(&start);
      if (k < 0) break;
      start = static_cast<uint32_t>(k);
    }
    return start;
  }

  // The doer of a gerund after a preposition: "credit for releasing" is
  // the nearest named phrase's; "before holding a call" the main clause's.
  std::vector<Phrase> GerundSubject(std::string_view prep, uint32_t at) {
    std::vector<Phrase> out;
    if (prep == "for") {
      for (int k = static_cast<int>(at) - 1; k >= static_cast<int>(parse_.first()); --k) {
        int c = parse_.ChunkAt(k);
        if (c < 0) continue;
        const Chunk& ch = parse_.chunks()[c];
        if (!ch.time && Named({ch.first, ch.end})) {
          out.push_back({ch.first, ch.end});
          return out;
        }
        k = ch.first;
      }
    }
    // The main clause's subject: that of the first finite verb.
    for (uint32_t k = parse_.first(); k < at; ++k) {
      Pos pos = parse_.token(k).pos;
      if (pos == Pos::kVBD || pos == Pos::kVBZ || pos == Pos::kVBP || pos == Pos::kMD) {
        uint32_t g = k;
        while (g > parse_.first() && (IsAuxiliary(parse_.Lower(g - 1)) || parse_.token(g - 1).pos == Pos::kRB)) --g;
        bool coordinated = false;
        return FindSubjects(parse_, g, &coordinated);
      }
    }
    return out;
  }

  // Without a '+' slot, the target is the first phrase after the verb that
  // names an actor, looking through the object and the prepositional
  // phrases of the clause ("restored full diplomatic ties with Gondor"), as
  // PETRARCH reads its verb phrase; failing that, the direct object.
  std::vector<Phrase> DefaultTarget(const Predicate& p) {
    uint32_t from = p.head + 1;
    while (from < p.match.end && from < parse_.end() && parse_.token(from).pos == Pos::kRP) ++from;
    std::vector<Phrase> direct = FindObjects(parse_, from);
    if (!direct.empty() && Named(direct.front())) return direct;
    // "arrested him": a pronoun object is the target, whoever it is.
    if (!direct.empty() && direct.front().end == direct.front().first + 1 &&
        (parse_.token(direct.front().first).pos == Pos::kPRP)) {
      return direct;
    }
    int fallback = -1;  // a phrase after "from" or "in": taken only when nothing better
    bool fallback_in = false;
    for (uint32_t k = from; k < parse_.end() && k < from + 12; ++k) {
      if (IsBarrier(parse_, k) || parse_.Lower(k) == "," || parse_.Lower(k) == "that") break;
      // "arrested him and put him on a plane to Addis Ababa": the next
      // verb's phrases are its own.
      if ((parse_.Lower(k) == "and" || parse_.Lower(k) == "or") && k + 1 < parse_.end() &&
          IsVerb(parse_.token(k + 1).pos)) {
        break;
      }
      int c = parse_.ChunkAt(k);
      if (c < 0 || parse_.chunks()[c].first != k) continue;
      const Chunk& ch = parse_.chunks()[c];
      if (!ch.time && Named({ch.first, ch.end})) {
        bool after_prep = k > parse_.first() && (parse_.token(k - 1).pos == Pos::kIN || parse_.token(k - 1).pos == Pos::kTO);
        std::string_view prep = after_prep ? parse_.Lower(k - 1) : "";
        if (k == from || prep == "with" || prep == "to" || prep == "on" || prep == "against" || prep == "for" ||
            prep == "at" || prep == "into" || prep == "upon" || prep == "between" || prep == "toward" ||
            prep == "towards" || prep == "of" || prep == "by" || k == direct_end(direct)) {
          return FindObjects(parse_, k);
        }
        // "departed from Libya": a source of motion, taken when nothing
        // better follows; "in" names a place more often than a target.
        if (prep == "from" && (fallback < 0 || fallback_in)) {
          fallback = static_cast<int>(k);
          fallback_in = false;
        }
        if (prep == "in" && fallback < 0) {
          fallback = static_cast<int>(k);
          fallback_in = true;
        }
      }
      k = ch.end - 1;
    }
    if (direct.empty() && fallback >= 0) return FindObjects(parse_, fallback);
    return direct;
  }

  static uint32_t direct_end(const std::vector<Phrase>& d) { return d.empty() ? 0 : d.back().end; }

  bool Named(const Phrase& ph) {
    for (uint32_t i = ph.first; i < ph.end; ++i) {
      if (parse_.EntityAt(i) >= 0) return true;
    }
    // A sector alone ("---GOV" from "official") names nobody in particular.
    const std::string& actor = Cached(ph).actor;
    return !actor.empty() && !actor.starts_with("---");
  }

  // MakeArgument, memoised per sentence: the target search and the event
  // both ask for the same phrases, and actor coding is the costly part.
  const EventArgument& Cached(const Phrase& ph) {
    for (const auto& [k, arg] : cache_) {
      if (k.first == ph.first && k.end == ph.end && k.head_first == ph.head_first && k.head_end == ph.head_end &&
          k.span_first == ph.span_first && k.span_end == ph.span_end) {
        return arg;
      }
    }
    cache_.emplace_back(ph, MakeArgument(model_, parse_, ph));
    return cache_.back().second;
  }

  void AttachNoun(Predicate& p) {
    const Chunk& c = parse_.chunks()[parse_.ChunkAt(p.head)];
    if (c.possessor_end >= 0) {
      p.sources.push_back({c.first, static_cast<uint32_t>(c.possessor_end)});
    } else if (parse_.token(c.first).pos == Pos::kPRPS) {
      p.sources.push_back({c.first, c.first + 1});  // "his conversation with Putin"
    } else {
      // Names before the noun: "Russian attacks", "the Trump–Putin call".
      int last = -1;
      for (uint32_t i = c.first; i < p.head; ++i) {
        int e = parse_.EntityAt(i);
        if (e < 0 || e == last) continue;
        uint32_t j = i;
        while (j + 1 < p.head && parse_.EntityAt(j + 1) == e) ++j;
        (p.sources.empty() ? p.sources : p.targets).push_back({i, j + 1});
        last = e;
        i = j;
      }
    }
    if (p.match.target_at >= 0) p.targets = FindObjects(parse_, p.match.target_at);
    // "the call he held with Putin": the relative clause's subject.
    uint32_t after = c.end;
    if (p.sources.empty() && after + 1 < parse_.end() && parse_.ChunkAt(after) >= 0) {
      const Chunk& r = parse_.chunks()[parse_.ChunkAt(after)];
      if (r.first == after && r.end < parse_.end() && IsVerb(parse_.token(r.end).pos) &&
          (r.pronoun || IsProperNoun(parse_.token(r.head).pos))) {
        p.sources.push_back({r.first, r.end});
      }
    }
  }

  void Emit(uint32_t s) {
    // Infinitive complements take over their governor's event.
    // An infinitive complement takes over its governor's event ("threatened
    // to attack"), except when the governor is an event of its own and
    // no frame ("called Lavrov to discuss": the call).
    for (Predicate& p : preds_) {
      if (p.governor < 0 || p.code == "---") continue;
      Predicate& g = preds_[p.governor];
      if (p.governor_frame == Frame::kNone && g.code != "---") {
        p.code = "---";
      } else {
        g.governs = true;
      }
    }
    std::string date = SentenceDate(s);
    size_t before = a_.events.size();
    std::vector<size_t> statements;
    for (Predicate& p : preds_) {
      if (p.code == "---" || p.governs) continue;
      std::string code = p.code;
      std::vector<Phrase> targets = p.targets;
      if (p.governor != -1) {
        if (p.governor_frame == Frame::kAppeal || p.governor_frame == Frame::kDemand) {
          // "urged X to meet Y": the appeal goes to X.
          uint32_t gov_head = p.governor >= 0 ? preds_[p.governor].head : static_cast<uint32_t>(-2 - p.governor);
          std::vector<Phrase> addressee = FindObjects(parse_, gov_head + 1);
          if (!addressee.empty()) targets = addressee;
          // "called for a bigger effort to destroy the Islamic State": an
          // appeal to nobody in particular, and the Islamic State is not
          // its addressee.
          if (addressee.empty() && parse_.Lower(gov_head + 1) == "for") continue;
        }
        code = TransformFirst(code, p.governor_frame);
      }
      if (p.frame != Frame::kNone && p.governor == -1) code = TransformFirst(code, p.frame);
      if (p.frame == Frame::kDrop) continue;
      if (code.empty()) continue;
      size_t n = a_.events.size();
      AddEvents(p, code, p.sources, targets, s, date);
      // A comment aimed at someone ("expressed concern over Russia") is an
      // event of its own; a bare statement is not.
      if (BareStatement(p.code) && a_.events.size() > n && !a_.events[n].target) statements.push_back(n);
    }
    // Statements stand only beside the event they report.
    if (!statements.empty() && a_.events.size() - before == statements.size()) {
      a_.events.resize(before);
    }
  }

  // Saying, commenting, denying or agreeing with no one addressed reports
  // nothing by itself; declining comment (011), considering a policy (014),
  // claiming responsibility (015), a symbolic act (017) or condolences (018)
  // are acts of their own.
  static bool BareStatement(std::string_view code) {
    return code.starts_with("01") && !code.starts_with("011") && !code.starts_with("014") &&
           !code.starts_with("015") && !code.starts_with("017") && !code.starts_with("018");
  }

  std::string TransformFirst(const std::string& code, Frame frame) {
    size_t colon = code.find(':');
    std::string first = colon == std::string::npos ? code : code.substr(0, colon);
    if (first.empty() || first[0] < '0' || first[0] > '9') return first;
    return TransformCode(first, frame, codes_);
  }

  void AddEvents(const Predicate& p, const std::string& code, const std::vector<Phrase>& sources,
                 const std::vector<Phrase>& targets, uint32_t s, const std::string& date) {
    size_t colon = code.find(':');
    std::string forward = colon == std::string::npos ? code : code.substr(0, colon);
    std::string reverse = colon == std::string::npos ? "" : code.substr(colon + 1);
    if (Figurative(forward, sources)) return;
    std::vector<std::optional<EventArgument>> src, tgt;
    for (const Phrase& ph : sources) {
      // "a mass shooting in San Bernardino, killing 14 people", "Schiff, a
      // Democrat of California, said": a thing located in a place, or a
      // place inside another phrase, is no doer.
      if (ThingInPlace(ph) || PlaceAfterPreposition(ph)) continue;
      Arguments(ph, &src);
    }
    // "appealing to Republican voters", "is going to be appealing to a
    // majority of Americans": the adjective and campaigning for votes are
    // no appeal.
    if (forward.starts_with("02") && (AdjectiveAppealing(p.head) || std::any_of(targets.begin(), targets.end(),
                                                                             [&](const Phrase& ph) {
                                                                               return Electorate(ph);
                                                                             }))) {
      return;
    }
    const bool force = forward.starts_with("17") || forward.starts_with("18") || forward.starts_with("19") ||
                       forward.starts_with("20");
    bool thing_in_place = false;
    bool dropped = false;  // a target dropped as a thing leaves no mutual act
    for (const Phrase& ph : targets) {
      // "backed a no-fly zone in Syria": a thing located in a place is no
      // participant, except as the object of force ("shelled a base in
      // Syria"); nor are the places coordinated with it ("19 percent
      // support in South Dakota, Idaho and Alaska").
      if (!force && ThingInPlace(ph)) {
        thing_in_place = true;
        continue;
      }
      if (thing_in_place && OnlyPlace(ph)) continue;
      // "vowing to bring back American jobs", "received U.S. passports":
      // a thing that only a country's name or adjective codes is no
      // participant, except as the object of force or the end of a journey
      // ("heading to the Munich security dialogue").
      if (!force && !forward.starts_with("042") && NationalThing(ph)) {
        dropped = true;
        continue;
      }
      // "thanked his children", "met his older brother, Freddy, for
      // dinner": meeting or thanking one's own family is private life.
      if ((forward.starts_with("04") || forward.starts_with("05")) && Kin(ph)) continue;
      Arguments(ph, &tgt);
    }
    // "Gondor and Osgiliath renewed ties", "Trump and Putin spoke": with no
    // target, the members of a compound source act on each other when the
    // act is mutual.
    if (!dropped && std::count_if(src.begin(), src.end(), Known) >= 2 && std::none_of(tgt.begin(), tgt.end(), Known) &&
        (!reverse.empty() || p.match.compound || Mutual(forward))) {
      for (const auto& so : src) {
        for (const auto& ta : src) {
          if (&so == &ta || !Known(so) || !Known(ta) || so->span == ta->span) continue;
          if (so->entity >= 0 && so->entity == ta->entity) continue;
          Add(p, forward, so, ta, s, date);
        }
      }
      return;
    }
    if (src.empty()) src.push_back(std::nullopt);
    if (tgt.empty()) tgt.push_back(std::nullopt);
    for (const auto& so : src) {
      for (const auto& ta : tgt) {
        if (so && ta && so->span == ta->span) continue;
        if (so && ta && so->entity >= 0 && so->entity == ta->entity) continue;
        Add(p, forward, so, ta, s, date);
        // The reverse event needs both sides: "X met Y" gives Y met X.
        if (!reverse.empty() && reverse != "---" && Known(so) && Known(ta)) Add(p, reverse, ta, so, s, date);
      }
    }
  }

  bool ElectoralSource(const EventArgument& x) const {
    if (x.actor == "---CVL") return true;
    if (x.entity < 0) return false;
    const Entity& e = a_.entities[x.entity];
    // A region ("Pennsylvania"), not a city: "Ankara backed the rebels" is
    // the Turkish government.
    if (!(e.type == EntityType::kPlace && e.place && e.place->kind == PlaceKind::kRegion)) return false;
    // The place must be the phrase itself, not the end of "Senator Bernie
    // Sanders of Vermont".
    for (uint32_t i = parse_.first(); i < parse_.end(); ++i) {
      const Token& t = parse_.token(i);
      if (t.start < x.span.start) continue;
      if (t.start >= x.span.end) break;
      if (parse_.EntityAt(i) == x.entity) return true;
      if (t.pos != Pos::kDT) return false;
    }
    return false;
  }

  // A phrase for one's own relatives: a possessive pronoun and a kinship
  // noun ("his children", "her sister"); "the Khan family" is not.
  bool Kin(const Phrase& ph) const {
    static const std::string_view kKin[] = {"child",  "children", "parent", "wife",     "husband", "sibling",
                                            "mother", "father",   "son",    "daughter", "brother", "sister",
                                            "grandson", "granddaughter", "grandchild", "cousin", "uncle",
                                            "aunt",   "nephew",   "niece",  "spouse"};
    if (parse_.token(ph.first).pos != Pos::kPRPS) return false;
    for (uint32_t i = ph.first; i < ph.end; ++i) {
      const Token& t = parse_.token(i);
      if (!IsNoun(t.pos) || IsProperNoun(t.pos)) continue;
      const std::string& l = t.lemma;
      if (std::find(std::begin(kKin), std::end(kKin), l) != std::end(kKin)) return true;
      break;  // only the first common noun, the phrase's own head in most cases
    }
    return false;
  }

  // A place phrase right after a preposition other than "by" (the
  // passive's doer): "a Democrat of California", "spending money in Nevada".
  bool PlaceAfterPreposition(const Phrase& ph) const {
    if (ph.first <= parse_.first() || !OnlyPlace(ph)) return false;
    // Through a list of places: "in Nevada and Florida", "like Illinois and
    // New Jersey".
    uint32_t k = ph.first - 1;
    while (k > parse_.first()) {
      std::string_view w = parse_.Lower(k);
      int e = parse_.EntityAt(k);
      const bool place = e >= 0 && a_.entities[e].type == EntityType::kPlace;
      if (!(w == "and" || w == "or" || w == "," || place || parse_.token(k).pos == Pos::kDT)) break;
      --k;
    }
    std::string_view w = parse_.Lower(k);
    return w == "in" || w == "of" || w == "at" || w == "near" || w == "from" || w == "across" ||
           w == "throughout" || w == "like" || w == "including";
  }

  // "appealing" used as an adjective: after a form of "be" (through "to
  // be"), or a degree word ("more appealing", "very appealing").
  bool AdjectiveAppealing(uint32_t head) const {
    if (parse_.Lower(head) != "appealing" || head <= parse_.first()) return false;
    std::string_view w = parse_.Lower(head - 1);
    if (IsBe(w)) {
      // "is appealing to Rohan for calm", "to stop": the progressive.
      for (uint32_t k = head + 2; k < parse_.end(); ++k) {
        if (parse_.Lower(k) == "for" || (parse_.token(k - 1).pos == Pos::kTO && IsVerb(parse_.token(k).pos))) {
          return false;
        }
      }
      return true;
    }
    return w == "more" || w == "most" || w == "less" || w == "least" || w == "very" || w == "so" ||
           w == "too" || w == "as" || w == "particularly" || w == "especially";
  }

  // A phrase headed by voters or the electorate ("Republican voters", "a
  // majority of Americans" is not one: only the words themselves).
  bool Electorate(const Phrase& ph) const {
    for (uint32_t i = ph.first; i < ph.end; ++i) {
      const Token& t = parse_.token(i);
      if (t.pos == Pos::kIN) break;
      if (IsNoun(t.pos) && (t.lemma == "voter" || t.lemma == "electorate" || t.lemma == "constituent")) return true;
    }
    return false;
  }

  // The phrase's head (its last common noun before a preposition) is a
  // thing: outside any name, coding no actor by itself and no word for a
  // people; while the phrase as a whole codes a bare country ("USA").
  bool NationalThing(const Phrase& ph) {
    int head = -1;
    for (uint32_t i = ph.first; i < ph.end; ++i) {
      const Pos pos = parse_.token(i).pos;
      if (pos == Pos::kIN || pos == Pos::kTO) break;
      if (IsNoun(pos)) head = static_cast<int>(i);
    }
    if (head < 0 || IsProperNoun(parse_.token(head).pos) || parse_.EntityAt(head) >= 0) return false;
    // A capitalised head is a name the tagger missed ("his South Korean
    // counterpart Han Min-koo").
    const Token& h = parse_.token(head);
    if (h.end > h.start && a_.text[h.start] >= 'A' && a_.text[h.start] <= 'Z') return false;
    // Words for people and bodies of people, and agent nouns by their
    // endings ("the American swimmer", "Russian sleeper agents").
    static const std::string_view kPeople[] = {
        "people",   "citizen",   "resident",  "civilian",   "population", "public",   "nation",   "country",
        "side",     "counterpart", "community", "family",   "worker",     "national", "refugee",  "immigrant",
        "migrant",  "child",     "man",       "woman",      "mogul",      "billionaire", "millionaire", "agent",
        "agency",   "group",     "audience",  "state",      "adversary",  "ally",     "enemy",    "friend",
        "rival",    "neighbor",  "neighbour", "troop",      "force",      "army",     "navy",     "military",
        "police",   "official",  "authority", "government", "administration", "ministry", "department", "company",
        "firm",     "bank",      "court",     "parliament", "congress",   "council",  "committee", "commission",
        "union",    "party",     "team",      "crowd",      "delegation", "candidate", "nominee",  "student",
        "victim",   "hostage",   "detainee",  "diplomat",   "envoy",      "delegate", "colleague", "veteran",
        "executive", "militant", "rebel",     "terrorist",  "extremist",  "jihadist", "settler",  "athlete",
        "businessman", "serviceman", "servicemember", "youth", "elite", "establishment", "regime",
        // places, and times after a place ("headed to Philadelphia next week")
        "area",     "region",    "city",      "town",       "village",    "province", "capital",  "week",
        "month",    "year",      "day",       "night",      "morning",    "afternoon", "evening", "weekend"};
    const std::string& lemma = h.lemma;
    auto ends = [&](std::string_view suffix) { return lemma.size() > suffix.size() + 2 && lemma.ends_with(suffix); };
    if (ends("er") || ends("or") || ends("ist") || ends("ian") || ends("ant") || ends("ee")) return false;
    if (std::find(std::begin(kPeople), std::end(kPeople), lemma) != std::end(kPeople)) return false;
    // "Japan's decision" codes Japan, as PETRARCH does: a possessor stays.
    for (int i = static_cast<int>(ph.first); i < head; ++i) {
      if (parse_.token(i).pos == Pos::kPOS) return false;
    }
    const EventArgument& whole = Cached(ph);
    if (whole.actor.size() != 3 || whole.actor.starts_with("-")) return false;
    if (whole.entity >= 0 && a_.entities[whole.entity].type == EntityType::kPerson) return false;
    // The country must come before the head ("American jobs"), not after
    // it ("the curfew in Osgiliath", the business of ThingInPlace).
    const Phrase upto{ph.first, static_cast<uint32_t>(head) + 1};
    if (Cached(upto).actor != whole.actor) return false;
    const Phrase alone{static_cast<uint32_t>(head), static_cast<uint32_t>(head) + 1};
    return Cached(alone).actor.empty();
  }

  bool OnlyPlace(const Phrase& ph) const {
    int e = parse_.EntityAt(ph.end - 1);
    if (e < 0 || a_.entities[e].type != EntityType::kPlace) return false;
    for (uint32_t i = ph.first; i < ph.end; ++i) {
      if (parse_.EntityAt(i) != e && parse_.token(i).pos != Pos::kDT) return false;
    }
    return true;
  }

  // A phrase whose only name is a place after in/at/near inside it and
  // whose own words code no actor: "a no-fly zone in Syria".
  bool ThingInPlace(const Phrase& ph) {
    int place = -1;
    uint32_t at = ph.end;
    for (uint32_t i = ph.first; i < ph.end; ++i) {
      int e = parse_.EntityAt(i);
      if (e < 0) continue;
      if (a_.entities[e].type != EntityType::kPlace || (place >= 0 && place != e)) return false;
      place = e;
      at = std::min(at, i);
    }
    if (place < 0 || at <= ph.first + 1) return false;
    std::string_view prep = parse_.Lower(at - 1);
    if (prep != "in" && prep != "at" && prep != "near") return false;
    for (uint32_t i = ph.first; i + 1 < at; ++i) {
      const Pos pos = parse_.token(i).pos;
      if (pos == Pos::kPRP || IsProperNoun(pos)) return false;  // "her in New Hampshire"
    }
    const Phrase head{ph.first, at - 1};
    return Cached(head).actor.empty();
  }

  // A force verb (roots 18-20) whose subjects are all measures, documents,
  // markets or natural forces naming no actor is figurative: "the package
  // targets Russia's shadow fleet", "the sanctions hit Russian banks".
  bool Figurative(std::string_view code, const std::vector<Phrase>& sources) {
    if (sources.empty() || !(code.starts_with("18") || code.starts_with("19") || code.starts_with("20"))) {
      return false;
    }
    for (const Phrase& ph : sources) {
      if (Named(ph) || !Cached(ph).actor.empty()) return false;
      int head = -1;
      for (uint32_t i = ph.first; i < ph.end; ++i) {
        const Pos pos = parse_.token(i).pos;
        if (pos == Pos::kIN) break;
        if (IsNoun(pos)) head = static_cast<int>(i);
      }
      if (head < 0 || IsProperNoun(parse_.token(head).pos) || !IsFigurativeSubject(parse_.token(head).lemma)) {
        return false;
      }
    }
    return true;
  }

  // Acts that two actors do together: consult and meet (04), sign an
  // agreement (057), cooperate (06).
  static bool Mutual(std::string_view code) {
    return code.starts_with("04") || code.starts_with("057") || code.starts_with("06");
  }

  // The argument for a phrase; pronouns the entity stage left unresolved
  // take the quote's speaker ("we" inside a quote) or the last named
  // source ("he"). Unknown arguments are dropped when actors are required.
  std::optional<EventArgument> Argument(const Phrase& ph) {
    EventArgument arg = Cached(ph);
    if (arg.entity < 0 && arg.actor.empty() && ph.end == ph.first + 1) {
      Pos pos = parse_.token(ph.first).pos;
      std::string_view w = parse_.Lower(ph.first);
      if (pos == Pos::kPRP || pos == Pos::kPRPS) {
        bool first_person = w == "i" || w == "we" || w == "me" || w == "us" || w == "my" || w == "our";
        bool third = w == "he" || w == "she" || w == "him" || w == "her" || w == "his";
        if (first_person) {
          for (const Quote& q : a_.quotes) {
            if (!q.content.Contains(arg.span)) continue;
            if (q.speaker_entity >= 0) {
              arg.entity = q.speaker_entity;
              arg.actor = a_.entities[q.speaker_entity].actor;
            } else if (q.speaker) {
              arg.actor = entities::CodeSpan(model_, a_, *q.speaker);
            }
            break;
          }
        } else if (w == "it" || w == "they") {
          // "Nigeria's air force says it has killed ...": the subject of a
          // statement verb earlier in the sentence, when it is no person.
          int e = -1;
          std::string actor = StatementSubject(ph.first, &e);
          if (!actor.empty()) {
            arg.entity = e;
            arg.actor = std::move(actor);
          }
        } else if (third) {
          // The speaker the quote stage found for this very pronoun ("...,"
          // she said) wins; else the sentence's first person named before
          // the pronoun is usually the main clause's subject ("Kellogg
          // tweeted that he was heading", "Trump, speaking ..., said he
          // would"); failing that, the last named source. All of them must
          // agree with the pronoun's gender where it is known.
          const Gender want = w == "she" || w == "her" ? Gender::kFemale : Gender::kMale;
          int person = SpeakerOf(ph.first, want);
          if (person < 0) person = PersonBefore(ph.first, /*nearest=*/pos == Pos::kPRPS || w == "him" || w == "her", want);
          if (person < 0) person = ReportingSpeaker(ph.first, want);
          if (person >= 0) {
            arg.entity = person;
            arg.actor = a_.entities[person].actor;
          } else if (last_named_ && !InQuote(parse_.token(ph.first).start) &&
                     Agrees(last_named_->entity, want)) {
            arg.entity = last_named_->entity;
            arg.actor = last_named_->actor;
          }
        }
      }
    }
    // A named thing without an actor code ("T.P.P.", "Medicare") is no
    // participant; a person is, coded or not.
    bool known = !arg.actor.empty() || (arg.entity >= 0 && a_.entities[arg.entity].type == EntityType::kPerson);
    if (options_.require_actor && !known) return std::nullopt;
    return arg;
  }

  // The actor of the subject of the statement verb (010-019) that token
  // `k` directly follows ("says it", "said that they"), when that subject
  // is an organisation, group or country; empty otherwise.
  std::string StatementSubject(uint32_t k, int* entity) {
    for (size_t i = preds_.size(); i-- > 0;) {
      const Predicate& q = preds_[i];
      if (q.noun || q.head >= k || !q.code.starts_with("01") || q.sources.empty()) continue;
      if (!(k == q.head + 1 || (k == q.head + 2 && parse_.Lower(q.head + 1) == "that"))) continue;
      const EventArgument& s = Cached(q.sources.front());
      if (s.actor.empty() || (s.entity >= 0 && a_.entities[s.entity].type == EntityType::kPerson)) return "";
      const Token& t = parse_.token(q.sources.front().first);
      if (q.sources.front().end == q.sources.front().first + 1 && (t.pos == Pos::kPRP || t.pos == Pos::kPRPS)) {
        return "";
      }
      *entity = s.entity;
      return s.actor;
    }
    return "";
  }

  // A person named before token `end` in this sentence, on the same side of
  // any quotation marks as it: the first ("X said he"), or the nearest for
  // a possessive ("about his call").
  int PersonBefore(uint32_t end, bool nearest, Gender want) const {
    const bool quoted = InQuote(parse_.token(end).start);
    int found = -1;
    for (uint32_t i = parse_.first(); i < end; ++i) {
      int e = parse_.EntityAt(i);
      if (e < 0 || a_.entities[e].type != EntityType::kPerson || a_.entities[e].actor.empty()) continue;
      if (!Agrees(e, want)) continue;
      if (InQuote(parse_.token(i).start) != quoted) continue;
      // The first person of a mention, not governed by a preposition ("the
      // call with Vladimir Putin"): a subject, for "he"/"she".
      uint32_t start = i;
      while (start > parse_.first() && parse_.EntityAt(start - 1) == e) --start;
      if (!nearest && start > parse_.first() && IsPrepositionTag(parse_.token(start - 1).pos)) continue;
      found = e;
      if (!nearest) break;
    }
    return found;
  }

  // The speaker entity of a quote whose speaker mention is the pronoun at
  // token `k`, when its gender fits; -1 otherwise.
  int SpeakerOf(uint32_t k, Gender want) const {
    const Span at = parse_.token(k).span();
    for (const Quote& q : a_.quotes) {
      if (q.speaker && q.speaker_entity >= 0 && q.speaker->start == at.start && q.speaker->end == at.end &&
          a_.entities[q.speaker_entity].type == EntityType::kPerson && Agrees(q.speaker_entity, want)) {
        return q.speaker_entity;
      }
    }
    return -1;
  }

  // The speaker of the indirect quote holding token `k` ("She said, if
  // elected, she would ask Biden"), when a person of fitting gender; -1
  // otherwise.
  int ReportingSpeaker(uint32_t k, Gender want) const {
    const uint32_t at = parse_.token(k).start;
    for (const Quote& q : a_.quotes) {
      if (q.kind != QuoteKind::kIndirect || q.speaker_entity < 0 || !(q.content.start <= at && at < q.content.end)) {
        continue;
      }
      const Entity& e = a_.entities[q.speaker_entity];
      if (e.type == EntityType::kPerson && Agrees(q.speaker_entity, want)) return q.speaker_entity;
    }
    return -1;
  }

  // False only when entity `e` has a known gender other than `want`.
  bool Agrees(int e, Gender want) const {
    if (e < 0) return true;
    const Gender g = a_.entities[e].gender;
    return g == Gender::kUnknown || g == want;
  }

  static bool IsPrepositionTag(Pos pos) { return pos == Pos::kIN || pos == Pos::kTO; }

  bool InQuote(uint32_t offset) const {
    for (const Quote& q : a_.quotes) {
      if (q.kind != QuoteKind::kIndirect && q.content.start <= offset && offset < q.content.end) return true;
    }
    return false;
  }

  // Arguments of a phrase: one, or one per conjunct of coordinated
  // adjectives naming different actors ("Hungarian and Romanian officials"
  // -> HUNGOV "Hungarian", ROUGOV "Romanian officials").
  void Arguments(const Phrase& ph, std::vector<std::optional<EventArgument>>* out) {
    std::vector<uint32_t> conj;
    for (uint32_t i = ph.first + 1; i + 1 < ph.end; ++i) {
      if (parse_.token(i).pos == Pos::kCC && IsAdjective(parse_.token(i - 1).pos)) conj.push_back(i);
    }
    if (!conj.empty()) {
      const Analysis& a = a_;
      uint32_t tail = conj.back() + 2;  // words after the last conjunct adjective
      std::string rest(a.text.substr(parse_.token(tail).start, parse_.token(ph.end - 1).end - parse_.token(tail).start));
      size_t before = out->size();
      uint32_t start = ph.first;
      for (uint32_t c : conj) {
        Span words{parse_.token(start).start, parse_.token(c - 1).end};
        std::string text = std::string(a.Text(words)) + " " + rest;
        std::string actor = entities::CodeText(model_, text, a.date);
        if (actor.empty() || actor.starts_with("---")) break;
        EventArgument arg;
        arg.actor = actor;
        arg.span = words;
        arg.entity = parse_.EntityAt(c - 1);
        out->push_back(arg);
        start = c + 1;
      }
      if (out->size() - before == conj.size()) {
        // "current and former officials in the FBI" name one actor: split
        // only conjuncts that code differently.
        std::optional<EventArgument> last = Argument({start, ph.end});
        bool differ = false;
        for (size_t i = before; i < out->size(); ++i) {
          differ |= !last || !(*out)[i] || (*out)[i]->actor != last->actor;
        }
        if (differ) {
          out->push_back(std::move(last));
          return;
        }
      }
      out->resize(before);
    }
    out->push_back(Argument(ph));
  }

  static bool Known(const std::optional<EventArgument>& x) { return x && (x->entity >= 0 || !x->actor.empty()); }
  // Names someone in particular: an entity, or a code with a country or
  // organisation ("---CVL" from "voters" does not).
  static bool Specific(const std::optional<EventArgument>& x) {
    return x && (x->entity >= 0 || (!x->actor.empty() && !x->actor.starts_with("---")));
  }

  void Add(const Predicate& p, const std::string& code, const std::optional<EventArgument>& source,
           const std::optional<EventArgument>& target, uint32_t s, const std::string& date) {
    if (options_.require_dyad && !(source && !source->actor.empty() && target && !target->actor.empty())) return;
    if (options_.require_actor && !Specific(source) && !Specific(target)) return;
    if (!options_.require_actor && !source && !target) return;
    if (p.noun && !(source && (target || p.match.target_at >= 0))) return;
    // Dyadic codes need a target; only statements, protests and shows of
    // force stand with a source alone.
    if (!target && !(code.starts_with("01") || code.starts_with("14") || code.starts_with("15"))) return;
    // A private person visiting a place ("a Lebanese man visiting Nice")
    // is travel, not diplomacy.
    if (code.starts_with("042") && source && source->actor.ends_with("CVL")) return;
    // Aid goes to a country, an organisation or its people: "contributed
    // $2 million to a super PAC" is a campaign donation.
    if (code.starts_with("07") && target && (target->actor.empty() || target->actor.starts_with("---"))) return;
    // Travel and hosting go to or receive someone or somewhere in
    // particular: "flies up in his luxurious jet" is no visit.
    if ((code.starts_with("042") || code.starts_with("043")) && target && !Specific(target)) return;
    // Votes are no support events: "Pennsylvania supported Bush" (a
    // region), "voters backed Sanders" (nobody in particular).
    if (code.starts_with("05") && source && ElectoralSource(*source)) return;
    // "homeowners support Clinton", "leaning toward supporting Mr. Trump":
    // support whose giver the sentence names no actor for is a voter's.
    const std::string& lemma = parse_.token(p.head).lemma;
    if (code.starts_with("05") && !source && (lemma == "support" || lemma == "back")) return;
    Event e;
    e.code = VerbalAttack(p, code, source, target) ? "111" : code;
    // Root, quad class, Goldstein value and PLOVER type follow the final
    // code: a verbal attack is criticism in all of them, not force.
    e.root = e.code.substr(0, std::min<size_t>(2, e.code.size()));
    if (const lexicon::CameoCode* c = codes_.Find(e.code)) {
      e.quad = c->quad;
      e.goldstein = c->goldstein;
      e.plover = c->plover;
    }
    e.sentence = s;
    e.source = source;
    e.target = target;
    uint32_t first = p.governor >= 0 ? preds_[p.governor].head : p.head;
    if (p.governor < -1) first = static_cast<uint32_t>(-2 - p.governor);
    uint32_t last = std::max(p.head, p.match.first);
    if (p.match.end > p.head + 1 && !p.noun) last = p.head;
    e.trigger = {parse_.token(std::min(first, p.match.first)).start, parse_.token(last).end};
    if (!p.noun) e.trigger = {parse_.token(std::min(first, p.head)).start, parse_.token(p.head).end};
    e.negated = p.negated;
    // Sources inside quotation marks are the speaker's words, not the
    // narrative's: "..., especially the Putin Trump phone call," she said.
    if (source && source->span.size() > 3 && !source->actor.starts_with("---") &&
        (source->entity >= 0 || !source->actor.empty()) && !InQuote(source->span.start)) {
      last_named_ = source;
    }
    e.date = date;
    e.place = SentencePlace(source, target);
    a_.events.push_back(std::move(e));
  }

  // "Warren has been attacking Mr. Trump": force words aimed at a person by
  // a person or a party are criticism (111), not military force.
  bool VerbalAttack(const Predicate& p, std::string_view code, const std::optional<EventArgument>& source,
                    const std::optional<EventArgument>& target) const {
    if (!(code.starts_with("19") || code.starts_with("18"))) return false;
    const std::string& l = parse_.token(p.head).lemma;
    static const std::string_view kWords[] = {"attack", "hit", "slam", "blast", "target", "assault",
                                              "fight", "clash", "fire", "battle", "strike", "offensive"};
    if (std::find(std::begin(kWords), std::end(kWords), l) == std::end(kWords)) return false;
    auto person = [&](const std::optional<EventArgument>& x) {
      return x && x->entity >= 0 && a_.entities[x->entity].type == EntityType::kPerson;
    };
    auto party = [](const std::optional<EventArgument>& x) { return x && x->actor.find("PTY") != std::string::npos; };
    if ((person(target) || party(target)) && (!source || person(source) || party(source))) return true;
    // "the front-runner's attacks on Muslims", "his attacks on a federal
    // judge": a politician out of office or in a legislature or party (not a
    // government, whose attacks may be military) attacking people by word.
    const bool politician = person(source) && (source->actor.ends_with("ELI") || source->actor.ends_with("LEG") ||
                                               source->actor.ends_with("PTY"));
    return politician && target && target->actor.starts_with("---") && !target->actor.ends_with("MIL");
  }

  std::string SentenceDate(uint32_t s) const {
    for (const TimeExpression& t : a_.times) {
      if (t.sentence == s && t.value.size() == 10) return t.value;
    }
    return a_.date ? a_.date->ToString() : "";
  }

  // A place named in the sentence after in/at/near, not an argument.
  std::optional<Place> SentencePlace(const std::optional<EventArgument>& source,
                                     const std::optional<EventArgument>& target) const {
    for (uint32_t i = parse_.first() + 1; i < parse_.end(); ++i) {
      int e = parse_.EntityAt(i);
      if (e < 0 || parse_.EntityAt(i - 1) == e) continue;
      const Entity& ent = a_.entities[e];
      if (ent.type != EntityType::kPlace || !ent.place) continue;
      if ((source && source->entity == e) || (target && target->entity == e)) continue;
      std::string_view w = parse_.Lower(i - 1);
      if (w == "in" || w == "at" || w == "near") return ent.place;
    }
    return std::nullopt;
  }

  const Model& model_;
  const lexicon::VerbDictionary& dict_;
  const lexicon::CameoCodes& codes_;
  const CodeOptions& options_;
  Analysis& a_;
  std::vector<int> token_entity_;
  std::vector<uint8_t> token_time_;
  SentenceParse parse_;
  std::vector<Predicate> preds_;
  std::optional<EventArgument> last_named_;  // last named source, for "he"/"she"
  std::vector<std::pair<Phrase, EventArgument>> cache_;  // MakeArgument per phrase, this sentence
};

// True when the discard phrase occurs in `key` (an ActorKey) at word starts.
bool ContainsDiscard(const std::string& key, const lexicon::Discard& d) {
  for (size_t pos = key.find(d.key); pos != std::string::npos; pos = key.find(d.key, pos + 1)) {
    const size_t end = pos + d.key.size();
    if ((pos == 0 || key[pos - 1] == ' ') && (!d.word_end || end == key.size() || key[end] == ' ')) return true;
  }
  return false;
}

}  // namespace

void CodeEvents(const Model& model, Analysis& analysis) { CodeEvents(model, CodeOptions(), analysis); }

void CodeEvents(const Model& model, const CodeOptions& options, Analysis& analysis) {
  analysis.events.clear();
  // PETRARCH discards (loaded dictionaries only): a story-level phrase
  // ("typhoon") drops the article, a sentence-level one ("baseball") the
  // sentence; sports and weather are not political events.
  const std::vector<lexicon::Discard>& discards = model.actors().discards();
  std::vector<uint8_t> skip;
  if (!discards.empty()) {
    skip.assign(analysis.sentences.size(), 0);
    std::string key;
    for (size_t s = 0; s < analysis.sentences.size(); ++s) {
      lexicon::ActorKey(analysis.Text(analysis.sentences[s].span()), &key);
      for (const lexicon::Discard& d : discards) {
        if (!ContainsDiscard(key, d)) continue;
        if (d.story) return;
        skip[s] = 1;
      }
    }
  }
  SentenceCoder coder(model, options, analysis);
  for (uint32_t s = 0; s < analysis.sentences.size(); ++s) {
    if (skip.empty() || !skip[s]) coder.Code(s);
  }
}

}  // namespace readout::events
