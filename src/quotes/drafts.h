// The quote stage's intermediate results: attributions (speaker phrase, cue,
// medium) and quote drafts pointing at them. The direct and the indirect
// pass each add drafts; ExtractQuotes then resolves speakers in text order
// and writes Analysis::quotes.
#ifndef READOUT_QUOTES_DRAFTS_H_
#define READOUT_QUOTES_DRAFTS_H_

#include <span>
#include <string_view>
#include <vector>

#include "quotes/phrases.h"

namespace readout::quotes {

struct Attribution {
  Phrase speaker;                 // may be !ok(): the text names no speaker
  uint32_t cue_first = kNoWord;   // cue words [cue_first, cue_last)
  uint32_t cue_last = kNoWord;
  std::string_view medium;
  // The clause subject of quoted words no cue attributes (direct_quotes.cc):
  // its verb is no cue, so no reported clause is built from it.
  bool from_subject = false;
  // A report that holds its subject and names no source ("X is expected
  // to …", "X seemed to …"): dropped when a report with a speaker holds it.
  bool held_subject = false;
};

struct Draft {
  QuoteKind kind = QuoteKind::kDirect;
  uint32_t first = 0;  // content words [first, last)
  uint32_t last = 0;
  int attribution = -1;  // index into Drafts::attributions, or -1
};

struct Drafts {
  std::vector<Attribution> attributions;
  std::vector<Draft> quotes;
  std::vector<uint8_t> in_quote;  // per word: inside (or a mark of) a quoted segment
  std::vector<uint8_t> cue_used;  // per word: cue already attributes a direct quote
  // Quoted words inside a sentence that the direct pass kept no quote for
  // (no attribution, too short for a statement): clause start, content.
  struct Dropped {
    uint32_t clause = 0;
    uint32_t first = 0;
    uint32_t last = 0;
  };
  std::vector<Dropped> dropped;

  // Keeps `at`; returns its index for Draft::attribution.
  int AddAttribution(const Attribution& at) {
    attributions.push_back(at);
    return static_cast<int>(attributions.size()) - 1;
  }
  void AddQuote(QuoteKind kind, uint32_t first, uint32_t last, int attribution) {
    quotes.push_back({kind, first, last, attribution});
  }
  // An indirect quote with its own new attribution.
  void AddIndirect(const Attribution& at, uint32_t first, uint32_t last) {
    AddQuote(QuoteKind::kIndirect, first, last, AddAttribution(at));
  }
};

// Direct and partial quotes from the paired marks (quote_marks.h): finds each
// quote's attribution after it ("“…,” X said"), before it ("X said: “…”"),
// or from the quote just before it ("“A,” she said. “B.”"); drops quoted
// words that are no statement (titles, scare quotes).
void FindDirectQuotes(const Context& c, const std::vector<QuotedSegment>& segments, Drafts* d);

// Reported speech without marks: "X said (that) …", "…, X said", "…, said
// X", "according to X, …". Skips cues the direct pass used. Looks at
// `report_words` only (WordView::report_words: the words where a report or
// lead-in may start, in order).
void FindIndirectQuotes(const Context& c, std::span<const uint32_t> report_words, Drafts* d);

// Lead-ins of src/quotes/report_lead_ins.cc, tried at word k of the sentence
// starting at s0 by FindIndirectQuotes:
// A paragraph label "Name: …" (a headline or interview turn) at word k:
// returns the colon's index, or kNoWord.
uint32_t NameLabel(const Context& c, uint32_t k, uint32_t n);
// "In a CBS News poll released Sunday, …": drafts the finding with the poll
// as its source and returns true.
bool PollFinding(const Context& c, uint32_t s0, uint32_t k, uint32_t e0, Drafts* d);
// "Asked whether he would run, Smith said …", "When asked about …": drafts
// the answer and returns true.
bool AskedLeadIn(const Context& c, uint32_t s0, uint32_t k, Drafts* d);
// "As reported by Western Journalism, the FBI found …": a participle cue
// at k after a sentence-initial "As", its agent up to a comma, reports the
// clause after the comma. Returns true when it added the report.
bool AsByLeadIn(const Context& c, uint32_t s0, uint32_t k, Drafts* d);

// Reports that hold their subject and name no source
// (src/quotes/held_subject_reports.cc):
// The first word of the subject a report holds when its verb group starts
// at `verb` ("The board is expected to …", "which seemed to …"): the
// sentence start when only a plain noun phrase stands before, a relative
// pronoun, or `subject` when it ends right before; else kNoWord.
uint32_t HeldSubjectStart(const Context& c, const Drafts& d, uint32_t begin, uint32_t verb, const Phrase& subject);
// An appearance or hearsay report at word k of the sentence starting at s0
// ("The court seemed to send a signal", "The FBI is reportedly making
// arrangements"): drafts it without a speaker and returns true.
bool HeldSubjectReport(const Context& c, uint32_t s0, uint32_t k, Drafts* d);
// A cheap test before HeldSubjectReport, asked for every word: the length
// and first letter of "seem(s/ed)", "appear(s/ed)", "reportedly".
inline bool MayHoldSubject(const Context& c, uint32_t k) {
  // Bitwise, not short-circuit: the outcome is a coin toss per word.
  const uint32_t len = c.w[k].end - c.w[k].start;
  const char ch = c.a.text[c.w[k].start];
  return (len - 4 <= 6) & ((ch == 's') | (ch == 'a') | (ch == 'r'));
}
// Drops held-subject reports that lie inside a report with a speaker
// ("…, X said" found after them).
void DropNestedHeldReports(Drafts* d);

// The subject of a finite reporting verb that is a long noun phrase with a
// relative clause or an aside from the sentence start ("some voters who
// have listened to him, on television or at rallies, said"): its head
// (src/quotes/long_subjects.cc). Not ok when the words before the verb do
// not read as one noun phrase.
Phrase LongSubject(const Context& c, uint32_t begin, uint32_t cue);
// A cue in a relative clause whose object is the gap ("which Cruz proposed",
// "a word Trump repeated"): sets [*first, *last) to the relative word or the
// modified noun phrase (src/quotes/relative_gaps.cc).
bool RelativeGapReport(const Context& c, const Phrase& speaker, uint32_t begin, uint32_t k, uint32_t len,
                       uint32_t* first, uint32_t* last);

// Verb frames around a cue (src/quotes/verb_frames.cc):
// The speaker after an inverted cue at k that closes its clause ("…, said
// Dan Gerstein, director of …", "…, say experts like …"), or not ok.
Phrase InvertedSpeaker(const Context& c, uint32_t k, uint32_t e0);
// The be-form before an agentless passive cue at k of belief or saying
// ("A tribunal is expected to rule …"), or kNoWord.
uint32_t PassiveReport(const Context& c, uint32_t k, uint32_t len, uint32_t begin);
// After a tell-verb's complements end at i: the start of a clause whose
// subject read as the hearer ("warned the bridge would fail"), else i.
uint32_t TellClauseStart(const Context& c, uint32_t k, uint32_t len, uint32_t i, uint32_t e0);
// A participle cue at k that opens the sentence ("Noting that …, X said"):
// sets *speaker to the main clause's subject and returns the comma that
// ends its report, or kNoWord.
uint32_t FrontedParticipleEnd(const Context& c, const Drafts& d, uint32_t k, uint32_t e0, Phrase* speaker);
// A verb at k that puts out a document ("issued", "posted") whose noun
// object [first, last) is the document alone ("a statement", "a message on
// Facebook"): no content is reported.
bool DocumentObject(const Context& c, uint32_t k, uint32_t first, uint32_t last);

// Quoted words [first, last) that read as a title (title case, three words
// or more) and that no naming word, verb or their cue (ending at cue_last,
// or kNoWord) frames: no partial quote (src/quotes/quoted_titles.cc).
bool UnframedTitle(const Context& c, uint32_t first, uint32_t last, uint32_t cue_last);
// A noun object [first, last) that opens with what is said and "about"
// ("some kind words about X", "little about the plan"): the start of what
// it is about, else first.
uint32_t AboutTopicStart(const Context& c, const Drafts& d, uint32_t first, uint32_t last);

// Where a reported clause opens away from its cue (src/quotes/clause_openings.cc):
// A preposition that may open a cue's complement ("to", "with", "about", …).
bool IsPreposition(const Context& c, uint32_t i);
// After the reporting cue at k and its complements, which end at i: the word
// after a "that" past a prepositional phrase, a hearer or an aside ("said
// after a lunch on Tuesday that …"), or kNoWord.
uint32_t LateThat(const Context& c, uint32_t k, uint32_t i, uint32_t e0);
// A short prepositional phrase at i opens the clause the cue at k reports
// ("Pence said in politics it takes time").
bool PrepositionOpensClause(const Context& c, uint32_t k, uint32_t i, uint32_t e0);
// A cue verb that may stand in an as-clause ("as the Post reported").
bool AsClauseCue(const Context& c, uint32_t k);
// The first word of the clause after the comma at i that follows the cue at
// k ("Still, he said, officials must …"), or kNoWord.
uint32_t ClauseAfterComma(const Context& c, uint32_t k, uint32_t i, uint32_t e0, bool as_clause);

// Where a report ends (src/quotes/report_ends.cc):
// True when a clause with its own subject starts at word i: a subject
// pronoun or a name, then a finite verb.
bool NewClauseAt(const Context& c, uint32_t i);
// A finite verb at word i, over adverbs: the start of a second predicate.
bool PredicateAt(const Context& c, uint32_t i);
// "…, even as he defended …", "… as she left": a clause of time or manner.
bool AsClauseAt(const Context& c, uint32_t i);
// The end of the noun object [first, last) of the cue at k.
uint32_t ObjectEndAt(const Context& c, const Drafts& d, uint32_t k, uint32_t first, uint32_t last);
// The end of the clause [first, last) the cue at k reports, in the sentence
// whose words start at `begin`.
uint32_t ReportEndAt(const Context& c, const Drafts& d, uint32_t k, uint32_t begin, uint32_t first, uint32_t last);
// A cue inside a restrictive relative clause ("voters who support X are
// …"): the end of its noun or infinitive object [first, last) before the
// head's own predicate.
uint32_t RestrictiveRelativeEnd(const Context& c, const Drafts& d, uint32_t k, uint32_t first, uint32_t last);

// Quoted words no report holds (src/quotes/uncued_quotes.cc), after both
// passes: partial quotes after their cue, then quotes the direct pass dropped.
void CoverPartials(const Context& c, Drafts* d);
void CoverDroppedQuotes(const Context& c, Drafts* d);

// Stance nouns with a possessive holder: "Trump's criticism of the deal",
// "his call to ban …", "Clinton's claim that …" (quotes/noun_cues.cc).
// `stance_words`: the indices of the words flagged as stance nouns or
// adjectives, in order (WordView::stance_words).
void FindNounCues(const Context& c, std::span<const uint32_t> stance_words, Drafts* d);
// Stance adjectives of a copula's subject or of the noun before them:
// "Ortiz is skeptical that …", "a mayor willing to …" (noun_cues.cc).
void FindAdjectiveCues(const Context& c, std::span<const uint32_t> stance_words, Drafts* d);

// A transcript speaker label at word i ("PENCE:", "MR. TRUMP:"): returns the
// colon's word index, or kNoWord.
uint32_t TranscriptLabel(const Context& c, uint32_t i, uint32_t end);

// Words of kind kWord in [first, last).
uint32_t CountWords(const Context& c, uint32_t first, uint32_t last);

}  // namespace readout::quotes

#endif  // READOUT_QUOTES_DRAFTS_H_
