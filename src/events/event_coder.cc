// Event coding of one sentence:
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
//     codes "032:033" give the reverse event too; a bare statement (010) is
//     proposed too, and the pipeline's reportable step keeps it only beside
//     another event of the sentence (reported events, reportable.h).
// An article is coded phase by phase, not sentence by sentence: steps 1-4
// for every sentence, then step 5 for every sentence, then step 6. The code
// of all steps together is larger than the processor's instruction cache,
// so coding a sentence at a time reloaded it for every sentence; a phase's
// code stays cached over the article (docs/performance.md: the stage's L1i
// misses fell by half). The order changes nothing: steps 1-5 of a sentence
// read nothing that steps 5-6 of other sentences write, and step 6 still
// runs in sentence order (a pronoun takes the last named source).
// Before any parse, a sentence none of whose verbs and common nouns starts a
// dictionary form (a third of a news article's) is left: it cannot hold a
// predicate, so the parse and the later steps would find nothing in it.
// No event without a matched predicate: there is no fallback code.
#include "events/event_coder.h"

#include "events/sentence_coder.h"
#include "lexicon/actor_dictionary.h"
#include "lexicon/actor_key.h"

namespace readout::events {

namespace {

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
  coder.CodeArticle(skip);
}

namespace {

// A sentence between the phases: its parse, its predicates and the
// arguments made of its phrases.
struct StagedSentence {
  SentenceParse parse;
  std::vector<Predicate> preds;
  ArgumentCache cache;
};

}  // namespace

bool SentenceCoder::ParseSentence(uint32_t s) {
  sentence_ = s;
  RetagObjectPlurals(a_.sentences[s]);
  preds_.clear();
  cache_.clear();
  if (!FindCandidates(a_.sentences[s])) return false;
  parse_.Build(a_, a_.sentences[s], token_entity_, token_time_);
  FindPredicates();
  return !preds_.empty();
}

void SentenceCoder::CodeArticle(const std::vector<uint8_t>& skip) {
  // Kept per thread from article to article, so that the buffers stop
  // growing after the first articles.
  thread_local std::vector<StagedSentence> staged;
  const uint32_t n = static_cast<uint32_t>(a_.sentences.size());
  if (staged.size() < n) staged.resize(n);
  // Exchanges the coder's sentence state with sentence s's staged one: a
  // few pointer swaps, no copy.
  auto exchange = [&](uint32_t s) {
    parse_.Swap(staged[s].parse);
    preds_.swap(staged[s].preds);
    cache_.swap(staged[s].cache);
  };
  // Sentences with a predicate: steps 5 and 6 do nothing for the others.
  std::vector<uint8_t> coded(n, 0);
  // Steps 1-4. RetagObjectPlurals corrects tags the parse reads.
  for (uint32_t s = 0; s < n; ++s) {
    if (!skip.empty() && skip[s]) continue;
    if (!ParseSentence(s)) continue;
    coded[s] = 1;
    exchange(s);
  }
  // Step 5.
  for (uint32_t s = 0; s < n; ++s) {
    if (!coded[s]) continue;
    sentence_ = s;
    exchange(s);
    for (size_t i = 0; i < preds_.size(); ++i) Attach(i);
    exchange(s);
  }
  // Step 6, in sentence order.
  for (uint32_t s = 0; s < n; ++s) {
    if (!coded[s]) continue;
    sentence_ = s;
    exchange(s);
    Emit(s);
    exchange(s);
  }
}

void SentenceCoder::CodeBySentence(const std::vector<uint8_t>& skip) {
  for (uint32_t s = 0; s < a_.sentences.size(); ++s) {
    if (!skip.empty() && skip[s]) continue;
    if (!ParseSentence(s)) continue;
    for (size_t i = 0; i < preds_.size(); ++i) Attach(i);
    Emit(s);
  }
}

}  // namespace readout::events
