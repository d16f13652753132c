// Mention finding, left to right over one sentence. At each word the longest
// of three readings wins: a title (skipped, but remembered as evidence that a
// person follows), a gazetteer organisation, or a capitalised run. A run
// extends over capitalised words and, inside organisation names, over "of",
// "for", "and", "the" ("Center for European Policy Analysis"); it stops at a
// possessive, at a title ("US | Ambassador") and before a new gazetteer name.
// A run that PlaceIndex knows whole is a place (or a demonym: "Ukrainians" is
// a GROUP, "Russian forces" a GROUP, "Russian" alone no mention). Otherwise
// the run is typed by organisation words ("... Center", "Ministry of ..."),
// a leading given name (PERSON), or left unknown for clustering to settle.
// Sentence openers and headline words that the article also uses in lower case
// are ordinary words, not names. "(CEPA)" after a name is an acronym mention
// linked to it.
#include "entities/mention_finder.h"

#include <algorithm>
#include <array>

#include "lexicon/actor_dictionary.h"
#include "lexicon/actor_key.h"
#include "lexicon/gazetteer.h"
#include "text/name_particles.h"

namespace readout::entities {
namespace {

using lexicon::Gazetteer;
using lexicon::OrgWordPlace;

bool In(std::string_view w, std::initializer_list<std::string_view> set) {
  return std::find(set.begin(), set.end(), w) != set.end();
}

bool IsConnector(std::string_view w) { return In(w, {"of", "for", "and", "on", "in", "de", "&", "to"}); }

// Nouns that make a demonym a group of people: "Russian forces".
bool IsGroupNoun(std::string_view w) {
  return In(w, {"forces", "troops", "soldiers", "officials", "authorities", "diplomats", "negotiators",
                "lawmakers", "leaders", "people", "citizens", "civilians", "police", "prosecutors", "hackers",
                "voters", "workers", "nationals", "refugees", "fighters", "militants", "rebels", "separatists"});
}
// Nouns that make a demonym an organisation: "Ukrainian government".
bool IsOrgNoun(std::string_view w) { return In(w, {"government", "military", "army", "navy", "parliament"}); }
// Nouns after a person's name that name the person's organisation.
bool IsPersonOrgNoun(std::string_view w) { return In(w, {"administration", "campaign"}); }

// Parts of speech that a capitalised word can have without being a name.
bool IsNonNamePos(Pos p, bool initial) {
  switch (p) {
    case Pos::kDT: case Pos::kIN: case Pos::kPRP: case Pos::kPRPS: case Pos::kCC: case Pos::kMD:
    case Pos::kWDT: case Pos::kWP: case Pos::kWPS: case Pos::kWRB: case Pos::kEX: case Pos::kTO:
    case Pos::kUH: case Pos::kPDT:
      return true;
    case Pos::kNN: case Pos::kNNS: case Pos::kCD:
    case Pos::kJJ: case Pos::kJJR: case Pos::kJJS: case Pos::kRB: case Pos::kRBR: case Pos::kRBS:
    case Pos::kVB: case Pos::kVBD: case Pos::kVBG: case Pos::kVBN: case Pos::kVBP: case Pos::kVBZ:
      return initial;
    default:
      return false;
  }
}

// "Russia-friendly": a capitalised word whose last hyphenated part is lower case is an adjective.
bool IsHyphenAdjective(std::string_view w) {
  size_t h = w.rfind('-');
  return h != std::string_view::npos && h + 1 < w.size() && w[h + 1] >= 'a' && w[h + 1] <= 'z';
}

// "(R-Iowa)", "(D-Conn.)": a US legislator's party and state, not a name.
bool IsPartyStateTag(std::string_view w) {
  return w.size() >= 3 && (w[0] == 'D' || w[0] == 'R' || w[0] == 'I') && w[1] == '-' && w[2] >= 'A' && w[2] <= 'Z';
}

class Finder {
 public:
  Finder(const Model& m, const Analysis& a, const SentenceWords& sw, uint32_t sentence, const ArticleWords& art,
         std::vector<RawMention>* out)
      : m_(m), g_(m.gazetteer()), a_(a), sw_(sw), sentence_(sentence), art_(art), out_(out) {}

  void Run();

 private:
  bool Initial(size_t k) const;
  size_t ExtendRun(size_t k, bool given_first) const;
  // True when an organisation word ends the capitalised stretch from k on.
  bool IsOrgTail(size_t k) const;
  // A surname of one office-holder in the actor dictionary.
  bool KnownSurname(std::string_view w) const;
  // Whether word e is a capitalised name word that continues a name (not
  // after a possessive).
  bool NameWordAt(size_t e) const;
  // A reporting verb follows the name ending at e ("Marlow said").
  bool SpeechAfter(size_t e) const;
  NameType RunType(size_t k, size_t e) const;
  RawMention& Emit(size_t k, size_t e, NameType type);
  // Emits "(CEPA)" after a name ending at e as its acronym; returns where
  // scanning resumes.
  size_t MaybeAcronym(size_t e);

  const Model& m_;
  const Gazetteer& g_;
  const Analysis& a_;
  const SentenceWords& sw_;
  uint32_t sentence_;
  const ArticleWords& art_;
  std::vector<RawMention>* out_;
  bool headline_ = false;
  bool title_before_ = false;
  mutable std::string key_;  // scratch for KnownSurname
};

bool Finder::Initial(size_t k) const {
  for (size_t j = k; j-- > 0;) {
    if (sw_.info[j].word) return false;
    std::string_view w = sw_.words[j];
    if (w == ":" || w == "\xE2\x80\x94" || w == "\xE2\x80\x9C" || w == "\"" || w == "(" || w == "[") return true;
  }
  return true;
}

size_t Finder::ExtendRun(size_t k, bool given_first) const {
  const size_t n = sw_.size();
  const OrgWordPlace lead = g_.OrgWord(sw_.words[k]);
  const bool org_lead = lead == OrgWordPlace::kLead || lead == OrgWordPlace::kBoth;
  size_t e = k + 1;
  size_t cut = 0;  // first connector kept, 0 when none
  while (e < n && !sw_.info[e - 1].possessive) {
    const WordInfo& w = sw_.info[e];
    std::string_view text = sw_.words[e];
    if (w.word && ((w.cap && !g_.IsNonName(text) && !IsHyphenAdjective(text)) || text::IsArticlePrefixed(text))) {
      if (headline_ && !(given_first && e == k + 1)) break;
      if (!given_first && !org_lead && g_.MatchTitle(sw_.words, e).length > 0) break;
      // "Poland Daniel Fried": a given name starts a new name. One that ends
      // the run is a surname ("Trayvon Martin", "Malik Obama's").
      if (!given_first && !org_lead && g_.GivenName(text) && !IsOrgTail(e) && NameWordAt(e + 1)) break;
      ++e;
      continue;
    }
    // "Mohammed bin Salman", "Ursula von der Leyen": particles between
    // capitalised words of a person's name.
    if (w.word && !org_lead && !headline_ && text::IsNameParticle(text)) {
      size_t next = e + 1;
      while (next < n && sw_.info[next].word && text::IsNameParticle(sw_.words[next])) ++next;
      if (next < n && sw_.info[next].word && sw_.info[next].cap && !g_.IsNonName(sw_.words[next]) &&
          !sw_.info[next - 1].possessive) {
        e = next + 1;
        continue;
      }
    }
    if (!w.word || headline_ || !IsConnector(text)) break;
    // "the Convention in Chicago": a place after "in" is where, not a name part.
    if (text == "in" && MatchPlace(m_, sw_.words, e + 1).length > 0) break;
    size_t next = e + 1;
    if (next < n && sw_.words[next] == "the" && text != "and") ++next;
    if (next >= n || !sw_.info[next].word || !sw_.info[next].cap || g_.IsNonName(sw_.words[next])) break;
    if ((text == "and" || text == "&" || text == "to") && !org_lead) break;
    // A given name after "of" starts a new name ("the wife of John"), except
    // in an organisation's name ("University of Virginia").
    if (!org_lead && (g_.GivenName(sw_.words[next]) || g_.MatchOrg(sw_.words, next).length > 0)) break;
    if (cut == 0) cut = e;
    e = next + 1;
  }
  if (cut != 0) {
    // Keep "of ..." only inside an organisation's name: "Ministry of
    // Defence", "Kyiv School of Economics", "Center for ... Analysis".
    const OrgWordPlace tail = g_.OrgWord(sw_.words[e - 1]);
    const OrgWordPlace before = g_.OrgWord(sw_.words[cut - 1]);
    const bool org_tail = tail == OrgWordPlace::kHead || tail == OrgWordPlace::kBoth;
    const bool org_before = before == OrgWordPlace::kHead || before == OrgWordPlace::kBoth;
    if (!org_lead && !org_tail && !org_before) e = cut;
  }
  return e;
}

bool Finder::NameWordAt(size_t e) const {
  if (e >= sw_.size() || sw_.info[e - 1].possessive) return false;
  const WordInfo& w = sw_.info[e];
  return w.word && w.cap && !g_.IsNonName(sw_.words[e]);
}

bool Finder::SpeechAfter(size_t e) const {
  size_t next = e;
  while (next < sw_.size() && !sw_.info[next].word && sw_.words[next] != "," && sw_.words[next] != ".") ++next;
  return next < sw_.size() && sw_.info[next].word && IsSpeechVerb(sw_.words[next]);
}

bool Finder::KnownSurname(std::string_view w) const {
  lexicon::ActorKey(w, &key_);
  return m_.actors().IsPersonSurnameKey(key_);
}

bool Finder::IsOrgTail(size_t k) const {
  size_t e = k;
  while (e < sw_.size() && sw_.info[e].word && sw_.info[e].cap && !sw_.info[e].possessive) ++e;
  if (e < sw_.size() && sw_.info[e].possessive) ++e;
  if (e == k) return false;
  const OrgWordPlace tail = g_.OrgWord(sw_.words[e - 1]);
  return tail == OrgWordPlace::kHead || tail == OrgWordPlace::kBoth;
}

NameType Finder::RunType(size_t k, size_t e) const {
  const OrgWordPlace tail = g_.OrgWord(sw_.words[e - 1]);
  if (e - k >= 2 && (tail == OrgWordPlace::kHead || tail == OrgWordPlace::kBoth)) {
    std::string_view last = sw_.words[e - 1];
    return (last == "Party" || last == "Forces" || last == "Movement" || last == "Front") ? NameType::kGroup
                                                                                          : NameType::kOrg;
  }
  const OrgWordPlace lead = g_.OrgWord(sw_.words[k]);
  if (e - k >= 2 && (lead == OrgWordPlace::kLead || lead == OrgWordPlace::kBoth)) return NameType::kOrg;
  if (e - k >= 3 && !g_.GivenName(sw_.words[k])) {
    for (size_t j = k + 1; j + 1 < e; ++j) {
      const OrgWordPlace mid = g_.OrgWord(sw_.words[j]);
      if ((mid == OrgWordPlace::kHead || mid == OrgWordPlace::kBoth) && IsConnector(sw_.words[j + 1])) {
        return NameType::kOrg;  // "Kyiv School of Economics"
      }
    }
  }
  if (e - k >= 2) {
    auto hit = g_.MatchOrg(sw_.words, e - 1);
    if (hit.length == 1) return NameType::kOrg;  // "America Abroad Substack"
  }
  if (g_.GivenName(sw_.words[k])) return NameType::kPerson;
  return NameType::kUnknown;
}

RawMention& Finder::Emit(size_t k, size_t e, NameType type) {
  RawMention r;
  r.first = static_cast<uint32_t>(k);
  r.end = static_cast<uint32_t>(e);
  r.span = {sw_.info[k].span.start, sw_.info[e - 1].span.end};
  r.type = type;
  r.sentence = sentence_;
  r.titled = title_before_;
  r.given_first = g_.GivenName(sw_.words[k]).has_value();
  r.speech_after = SpeechAfter(e);
  out_->push_back(std::move(r));
  return out_->back();
}

size_t Finder::MaybeAcronym(size_t e) {
  const size_t n = sw_.size();
  if (e + 2 >= n) return e;
  if (!sw_.info[e].open_paren || !sw_.info[e + 1].all_caps || !sw_.info[e + 2].close_paren) return e;
  const int linked = static_cast<int>(out_->size()) - 1;
  NameType type = out_->back().type;
  int org = out_->back().org;
  RawMention& r = Emit(e + 1, e + 2, type == NameType::kUnknown ? NameType::kOrg : type);
  r.kind = MentionKind::kAcronym;
  r.link = linked;
  r.org = org;
  r.titled = false;
  return e + 3;
}

void Finder::Run() {
  headline_ = art_.IsHeadline(sentence_);
  const size_t n = sw_.size();
  size_t k = 0;
  while (k < n) {
    const WordInfo& wi = sw_.info[k];
    std::string_view w = sw_.words[k];
    if (!wi.word) {
      if (w != "," || !title_before_) title_before_ = false;
      ++k;
      continue;
    }
    auto org = g_.MatchOrg(sw_.words, k);
    const auto title = g_.MatchTitle(sw_.words, k);
    if (title.length > org.length) {
      title_before_ = true;
      k += title.length;
      continue;
    }
    if (org.length == 0 && !text::IsArticlePrefixed(w) &&
        (!wi.cap || g_.IsNonName(w) || IsHyphenAdjective(w) || IsPartyStateTag(w))) {
      title_before_ = title_before_ && (w == "and" || w == "of" || w == "the");
      ++k;
      continue;
    }
    const bool initial = Initial(k);
    const bool given = g_.GivenName(w).has_value();
    size_t e = org.length > 0 ? k + org.length : ExtendRun(k, given);
    if (org.length > 0) {
      // A longer name that ends like an organisation beats a short
      // gazetteer word at its start ("Republican National Convention").
      const size_t run = ExtendRun(k, given);
      const OrgWordPlace tail = g_.OrgWord(sw_.words[run - 1]);
      // A given name that is also a group's word starts a person's name
      // ("Christian Bale").
      const bool person = given && org.length == 1 && run > e;
      if (person || (run > e && (tail == OrgWordPlace::kHead || tail == OrgWordPlace::kBoth))) {
        org = {};
        e = run;
      }
    }
    const PlaceMatch place = MatchPlace(m_, sw_.words, k);
    // A longer place wins over an organisation ("Democratic Republic of the
    // Congo" over the party's "Democratic").
    if (org.length > 0 && org.length >= e - k && place.length <= org.length) {
      const auto& info = g_.org(org.value);
      RawMention& r = Emit(k, e, info.type == EntityType::kGroup ? NameType::kGroup : NameType::kOrg);
      r.org = static_cast<int>(org.value);
      title_before_ = false;
      k = MaybeAcronym(e);
      continue;
    }
    // A place wins over a longer run unless the run is an organisation name
    // ("Russia Eurasia Center"): "the Europeans Kellogg has been engaging".
    // Cities and given names ("Vladimir Putin", "Jordan Peterson") lose to a
    // longer run.
    // A one-word city after a title is a surname ("Special Envoy Hollis").
    // A one-word town named like a known office-holder ("Obama", a city in
    // Japan) or that speaks ("Marlow said") is a person.
    const bool surname_city =
        place.city && place.length == 1 && !title_before_ && (SpeechAfter(k + 1) || KnownSurname(w));
    const bool run_wins = surname_city ||
                          (place.length > 0 && place.length < e - k &&
                           (place.city || given || RunType(k, e) == NameType::kOrg ||
                            RunType(k, e) == NameType::kGroup)) ||
                          (place.city && place.length == 1 && title_before_);
    // A headline word that is also some town's name ("Than", "Obama") is a
    // place only when the body names it too.
    if (headline_ && place.city && place.length == 1 && !given && !art_.SeenAsName(w)) {
      ++k;
      continue;
    }
    // A small town's name that opens a sentence as an ordinary word ("Gay
    // rights groups", a town in Russia) is that word.
    if (place.city && place.length == 1 && initial && !given && !run_wins && IsNonNamePos(wi.pos, true)) {
      ++k;
      continue;
    }
    if (place.length > 0 && !run_wins) {
      const size_t pe = k + place.length;
      const bool followed_by_title = pe < n && g_.MatchTitle(sw_.words, pe).length > 0;
      if (place.kind == PlaceKind::kDemonymPlural) {
        RawMention& r = Emit(k, pe, NameType::kGroup);
        r.place_name = place.name;
        r.country = place.country;
      } else if (place.kind == PlaceKind::kDemonym) {
        if (pe < n && (IsGroupNoun(sw_.words[pe]) || IsOrgNoun(sw_.words[pe]))) {
          RawMention& r = Emit(k, pe + 1, IsOrgNoun(sw_.words[pe]) ? NameType::kOrg : NameType::kGroup);
          r.place_name = place.name;
          r.country = place.country;
          k = pe + 1;
          title_before_ = false;
          continue;
        }
      } else if (!followed_by_title) {
        RawMention& r = Emit(k, pe, NameType::kPlace);
        r.place_name = place.name;
        r.country = place.country;
        r.weak_place = place.city && place.length == 1;
      }
      // A country noun before a title ("US Ambassador") belongs to the role.
      title_before_ = false;
      k = pe;
      continue;
    }
    // A sentence opener or headline word the article also writes in lower
    // case is an ordinary word ("Numerous", "Sources").
    // Not an opener that names a body with the capitalised head after it
    // ("Oversight Committee Chairman Jason Chaffetz": without "Oversight",
    // "Committee Chairman Jason Chaffetz" read as an organisation).
    const OrgWordPlace next_org = k + 1 < e ? g_.OrgWord(sw_.words[k + 1]) : OrgWordPlace::kNone;
    const bool names_body = initial && !headline_ && (wi.pos == Pos::kNN || wi.pos == Pos::kNNP) &&
                            (next_org == OrgWordPlace::kHead || next_org == OrgWordPlace::kBoth) &&
                            sw_.info[k + 1].cap;
    if (!given && !names_body && (initial || headline_ || e - k == 1) && art_.SeenLower(w)) {
      ++k;
      continue;
    }
    // Any other headline word is a name only when the body writes it as one
    // ("Trump Says Clinton Is More Important": "Trump" and "Clinton").
    if (headline_ && !given && !art_.SeenAsName(w)) {
      ++k;
      continue;
    }
    // "Pence met with Cruz": a sentence opens with the surname of a person
    // the article named in full, though the lexicon knows a common "pence".
    const bool surname = initial && !headline_ && e - k == 1 && art_.SeenAsSurname(w);
    if (IsNonNamePos(wi.pos, initial || headline_) && !given && !surname && !names_body) {
      ++k;
      continue;
    }
    NameType type = RunType(k, e);
    // "Election Day", "Affordable Care Act", "Martin Luther King Day": the
    // name of a thing, no one's; its words make no mention either.
    // "the Iraq War": the head alone after a place or a name.
    const bool thing = !title_before_ && g_.IsThingHead(sw_.words[e - 1]) &&
                       ((e - k >= 2 && (type == NameType::kUnknown || (type == NameType::kPerson && e - k >= 3))) ||
                        (e - k == 1 && type == NameType::kUnknown && k > 0 && sw_.info[k - 1].cap));
    if (thing) {
      title_before_ = false;
      k = e;
      // Its acronym goes with it: "the Affordable Care Act (ACA)".
      if (k + 2 < n && sw_.words[k] == "(" && sw_.words[k + 2] == ")" && sw_.info[k + 1].all_caps) k += 3;
      continue;
    }
    if ((type == NameType::kUnknown || type == NameType::kPerson) && e < n && sw_.info[e - 1].possessive == false &&
        IsPersonOrgNoun(sw_.words[e])) {
      Emit(k, e + 1, NameType::kOrg);  // "Trump administration"
      title_before_ = false;
      k = e + 1;
      continue;
    }
    if (type == NameType::kUnknown && e - k == 1 && wi.all_caps) type = NameType::kOrg;
    if (type == NameType::kUnknown && e - k == 1 && (surname_city || KnownSurname(w))) type = NameType::kPerson;
    Emit(k, e, type);
    title_before_ = false;
    k = MaybeAcronym(e);
  }
}

// Title Case headlines capitalise ordinary words: at least four words, seven
// in ten of them capitalised, and no lower-case word but the short ones title
// case leaves alone ("to", "of", "the", "and"). One such word settles it, so
// the short-word list is read only until the first.
struct HeadlineCounter {
  int words = 0, capitalised = 0, lower_content = 0;
  // `upper`: StartsUpper(word).
  void Add(std::string_view word, bool upper) {
    ++words;
    if (upper) {
      ++capitalised;
    } else if (lower_content == 0 && !word.empty() && word[0] >= 'a' && word[0] <= 'z' &&
               !In(word, {"a", "an", "the", "and", "or", "nor", "but", "of", "in", "on", "at", "to", "for", "by",
                          "with", "from", "as", "vs", "via", "up", "off", "over", "into"})) {
      ++lower_content;
    }
  }
  bool LooksLikeHeadline() const { return words >= 4 && lower_content == 0 && capitalised * 10 >= words * 7; }
};

}  // namespace

void ArticleWords::Fill(const Analysis& a, const lexicon::Gazetteer& g) {
  lower = {};
  named = {};
  surnames = {};
  headline.clear();
  lower.Reserve(a.tokens.size() / 2, a.text.size() / 2);
  named.Reserve(a.tokens.size() / 8);
  // One pass per sentence: the capitalised words after its first word wait
  // here until the sentence is known not to be a headline; so do the last
  // words of runs that open with a given name.
  std::vector<std::string_view> capitalised, run_ends;
  for (const Sentence& s : a.sentences) {
    HeadlineCounter h;
    capitalised.clear();
    run_ends.clear();
    bool first = true;
    bool given_run = false;  // inside a capitalised run opened by a given name
    std::string_view previous;  // the run's last word so far
    for (uint32_t i = s.first_token; i < s.end_token; ++i) {
      const Token& t = a.tokens[i];
      if (t.kind != TokenKind::kWord) continue;
      const std::string_view w = a.TokenText(t);
      const unsigned char c = static_cast<unsigned char>(w[0]);
      const bool upper = c < 0x80 ? (c >= 'A' && c <= 'Z') : StartsUpper(w);
      h.Add(w, upper);
      if (c >= 'a' && c <= 'z') lower.TryEmplace(w, true);
      if (!first && upper) capitalised.push_back(w);
      if (upper && !first) {
        if (given_run) {
          previous = w;
        } else if (g.GivenName(w)) {
          given_run = true;
          previous = {};
        }
      } else {
        if (given_run && !previous.empty()) run_ends.push_back(previous);
        given_run = false;
      }
      first = false;
    }
    if (given_run && !previous.empty()) run_ends.push_back(previous);
    headline.push_back(h.LooksLikeHeadline());
    if (headline.back()) continue;
    for (std::string_view w : capitalised) named.TryEmplace(w, true);
    for (std::string_view w : run_ends) surnames.TryEmplace(w, true);
  }
}

bool ArticleWords::SeenLower(std::string_view w) const {
  std::array<char, 40> buf{};
  if (w.size() > buf.size() || w.empty()) return false;
  for (size_t i = 0; i < w.size(); ++i) {
    char c = w[i];
    buf[i] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
  }
  return lower.Find(std::string_view(buf.data(), w.size())) != nullptr;
}

bool IsSpeechVerb(std::string_view w) {
  return In(w, {"said", "says", "say", "told", "tells", "wrote", "writes", "tweeted", "tweets", "added", "asked",
                "argued", "noted", "stated", "insisted", "warned", "explained", "posted", "announced", "declared",
                "claimed", "suggested", "continued", "replied", "responded", "acknowledged", "admitted"});
}

void FindMentions(const Model& model, const Analysis& a, const SentenceWords& sw, uint32_t sentence,
                  const ArticleWords& article, std::vector<RawMention>* out) {
  Finder(model, a, sw, sentence, article, out).Run();
}

}  // namespace readout::entities
