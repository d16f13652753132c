// Role parsing in two steps. First a role phrase is delimited around a
// person's name by "role words" (title words, capitalised words, "of", "to",
// "at", determiners, "former"...): backwards from the name for pre-modifiers,
// forwards after ", " for an appositive that must end at a clause boundary
// (",", ".", "(", "who"...), and backwards from ", NAME," for an appositive
// before the name. Person names stop the scan, so one person's title never
// reaches the next. Then the phrase is read left to right: an organisation or
// country seen before a title is that title's org or country ("White House
// spokesperson", "Russian President"); a complement after it adds an org
// ("of the CIA", "at the Carnegie ... Center") or extends the title ("to
// NATO", "on Ukraine/Russia"). A country noun before an occupation is a
// subject, not an affiliation: "Russia scholar" stays the title.
#include "entities/role_parser.h"

#include <algorithm>

#include "entities/place_lookup.h"
#include "lexicon/gazetteer.h"

namespace readout::entities {
namespace {

bool In(std::string_view w, std::initializer_list<std::string_view> set) {
  return std::find(set.begin(), set.end(), w) != set.end();
}

bool IsModifier(std::string_view w) {
  return In(w, {"former", "Former", "new", "then", "acting", "current", "retired", "outgoing", "incoming",
                "longtime", "top", "interim", "veteran", "his", "her", "their", "its", "our", "the", "a", "an",
                "The", "A", "An", "His", "Her", "Our"});
}

bool IsRoleConnector(std::string_view w) {
  return In(w, {"of", "to", "at", "for", "on", "in", "and", "here", "/", "&", "-"});
}

bool IsPersonLike(NameType t) { return t == NameType::kPerson || t == NameType::kUnknown; }

// A name right after one of these is the complement of a role ("president of
// NARAL Pro-Choice America", "adviser for Donald Trump"), not a title's holder.
bool IsComplementPreposition(std::string_view w) {
  return In(w, {"on", "of", "to", "at", "for", "in", "from", "with"});
}

const RawMention* MentionAt(std::span<const RawMention> ms, size_t k) {
  for (const RawMention& m : ms) {
    if (m.first <= k && k < m.end) return &m;
  }
  return nullptr;
}

class RoleScanner {
 public:
  RoleScanner(const Model& m, const Analysis& a, const SentenceWords& sw, std::span<const RawMention> ms)
      : m_(m), g_(m.gazetteer()), a_(a), sw_(sw), ms_(ms) {}

  bool RoleWord(size_t k) const {
    if (const RawMention* r = MentionAt(ms_, k)) {
      if (!IsPersonLike(r->type) || r->kind == MentionKind::kAcronym) return true;
      // A name that completes a role ("of NARAL Pro-Choice America") is part of it.
      if (r->first > 0 && IsComplementPreposition(sw_.words[r->first - 1])) return true;
      // So is a surname that names the camp a title serves: "Clinton
      // spokesman Nick Merrill", "a former Clinton aide".
      return r->end == r->first + 1 && r->end < sw_.size() && sw_.info[r->end].word && !sw_.info[r->end].cap &&
             g_.IsTitleWord(sw_.words[r->end]);
    }
    const WordInfo& w = sw_.info[k];
    std::string_view t = sw_.words[k];
    if (!w.word) return t == "/" || t == "&" || t == "-";
    return w.cap || g_.IsTitleWord(t) || IsModifier(t) || IsRoleConnector(t);
  }

  // Inside an appositive after the name, common nouns, adjectives and
  // prepositions also belong to the role phrase ("a professor of
  // communication at the University of Pennsylvania"); verbs end it.
  bool AppositiveWord(size_t k) const {
    if (RoleWord(k)) return true;
    if (MentionAt(ms_, k) != nullptr) return false;  // the next person's name
    const WordInfo& w = sw_.info[k];
    if (!w.word) return false;
    const Pos p = w.pos;
    return IsNoun(p) || IsAdjective(p) || p == Pos::kIN || p == Pos::kDT || p == Pos::kCD || p == Pos::kPOS;
  }

  std::string_view Text(size_t b, size_t e) const {
    return a_.Text({sw_.info[b].span.start, sw_.info[e - 1].span.end});
  }

  std::vector<Role> Parse(size_t begin, size_t end) const;
  bool HasTitleNear(size_t begin, size_t end) const;

 private:
  const Model& m_;
  const lexicon::Gazetteer& g_;
  const Analysis& a_;
  const SentenceWords& sw_;
  std::span<const RawMention> ms_;
};

// An appositive must say what the person is right away: "a senior fellow".
bool RoleScanner::HasTitleNear(size_t begin, size_t end) const {
  size_t k = begin;
  while (k < end && IsModifier(sw_.words[k])) ++k;
  for (size_t j = k; j < end && j < k + 3; ++j) {
    auto t = g_.MatchTitle(sw_.words, j);
    if (t.length > 0 && j + t.length <= end && g_.title(t.value).kind != lexicon::TitleKind::kHonorific) return true;
    if (MentionAt(ms_, j) == nullptr && !sw_.info[j].cap) return false;
  }
  return false;
}

std::vector<Role> RoleScanner::Parse(size_t begin, size_t end) const {
  std::vector<Role> roles;
  std::string pending_org;
  std::string_view pending_country, pending_country_text;
  bool pending_country_noun = false;
  bool former = false;
  size_t phrase_start = begin;
  size_t k = begin;
  while (k < end) {
    std::string_view w = sw_.words[k];
    auto hit = g_.MatchTitle(sw_.words, k);
    if (hit.length > 0 && k + hit.length <= end && !MentionAt(ms_, k)) {
      const lexicon::TitleInfo& info = g_.title(hit.value);
      size_t title_end = k + hit.length;
      if (info.kind == lexicon::TitleKind::kHonorific) {
        k = title_end;
        continue;
      }
      Role r;
      std::string title(Text(k, title_end));
      size_t j = title_end;
      while (j < end) {
        if (sw_.words[j] == "here") {
          ++j;
          continue;
        }
        std::string_view c = sw_.words[j];
        size_t o = j + 1;
        if (o < end && (sw_.words[o] == "the" || sw_.words[o] == "The")) ++o;
        if (o >= end) break;
        if (In(c, {"to", "on", "for"})) {
          // "Ambassador to NATO", "special envoy on Ukraine/Russia".
          size_t q = o;
          while (q < end && (sw_.info[q].cap || In(sw_.words[q], {"/", "&", "-"}))) ++q;
          if (q == o) break;
          title += " ";
          title += Text(j, q);
          if (const RawMention* om = MentionAt(ms_, o); om && (om->type == NameType::kOrg || om->type == NameType::kGroup)) {
            r.org = std::string(a_.Text(om->span));
          }
          j = q;
          continue;
        }
        if (In(c, {"of", "at", "with"})) {
          // An unknown name after "of"/"at" is the organisation ("president of
          // NARAL Pro-Choice America").
          if (const RawMention* om = MentionAt(ms_, o);
              om && om->first == o &&
              (om->type == NameType::kOrg || om->type == NameType::kGroup || om->type == NameType::kUnknown)) {
            r.org = std::string(a_.Text(om->span));
            j = om->end;
            continue;
          }
          PlaceMatch p = MatchPlace(m_, sw_.words, o);
          if (p.length > 0 && p.kind == PlaceKind::kCountry) {
            r.country = std::string(p.country);
            j = o + p.length;
            continue;
          }
        }
        if (c == "of") {
          // A field extends the title: "professor of constitutional law".
          size_t q = j + 1;
          while (q < end && !MentionAt(ms_, q) && !sw_.info[q].cap &&
                 (IsNoun(sw_.info[q].pos) || IsAdjective(sw_.info[q].pos))) {
            ++q;
          }
          if (q > j + 1 && IsNoun(sw_.info[q - 1].pos)) {
            title += " ";
            title += Text(j, q);
            j = q;
            continue;
          }
        }
        break;
      }
      if (!pending_country.empty() || !pending_country_text.empty()) {
        if (pending_country_noun && info.kind == lexicon::TitleKind::kOccupation) {
          title = std::string(pending_country_text) + " " + title;  // "Russia scholar"
        } else if (r.country.empty()) {
          r.country = std::string(pending_country);
        }
      }
      if (r.org.empty()) r.org = pending_org;
      r.title = former ? "former " + title : title;
      r.evidence = {sw_.info[phrase_start].span.start, sw_.info[j - 1].span.end};
      roles.push_back(std::move(r));
      pending_org.clear();
      pending_country = pending_country_text = {};
      pending_country_noun = false;
      former = false;
      k = j;
      phrase_start = k;
      continue;
    }
    if (const RawMention* om = MentionAt(ms_, k)) {
      if (om->type == NameType::kOrg || om->type == NameType::kGroup) pending_org = std::string(a_.Text(om->span));
      k = std::max<size_t>(om->end, k + 1);
      continue;
    }
    PlaceMatch p = MatchPlace(m_, sw_.words, k);
    if (p.length > 0 && (p.kind == PlaceKind::kCountry || p.kind == PlaceKind::kDemonym)) {
      pending_country = p.country;
      pending_country_text = Text(k, k + p.length);
      pending_country_noun = p.kind == PlaceKind::kCountry;
      k += p.length;
      continue;
    }
    if (w == "former" || w == "Former") former = true;
    ++k;
  }
  return roles;
}

bool IsClauseEnd(const SentenceWords& sw, size_t k) {
  if (k >= sw.size()) return true;
  std::string_view w = sw.words[k];
  return In(w, {",", ".", ";", ":", "(", ")", "\xE2\x80\x94", "\xE2\x80\x93", "\xE2\x80\x9D", "\"", "who", "whose",
                "which", "that", "said", "says", "wrote", "told", "and"}) ||
         sw.info[k].word == false;
}

}  // namespace

std::vector<Role> ParseRolePhrase(const Model& model, const Analysis& a, const SentenceWords& sw,
                                  std::span<const RawMention> mentions, size_t begin, size_t end) {
  return RoleScanner(model, a, sw, mentions).Parse(begin, end);
}

void ParseRoles(const Model& model, const Analysis& a, const SentenceWords& sw, std::span<RawMention> mentions) {
  RoleScanner scan(model, a, sw, mentions);
  for (RawMention& m : mentions) {
    if (!IsPersonLike(m.type) || m.kind != MentionKind::kName) continue;
    std::vector<Role> roles;
    // Pre-modifiers: "Russian President | Vladimir Putin".
    // A name after a preposition is a complement ("envoy on Ukraine"), not a
    // title's holder.
    const size_t head = m.first;
    const bool complement = head > 0 && IsComplementPreposition(sw.words[head - 1]);
    size_t b = head;
    while (!complement && b > 0 && scan.RoleWord(b - 1)) --b;
    if (b < head) roles = scan.Parse(b, head);
    // Appositive after: "Polyakova, president of the Center ... (CEPA)".
    if (m.end < sw.size() && sw.words[m.end] == ",") {
      constexpr size_t kMaxAppositiveWords = 16;
      size_t e = m.end + 1;
      while (e < sw.size() && e < m.end + 1 + kMaxAppositiveWords && !IsClauseEnd(sw, e) && scan.AppositiveWord(e)) ++e;
      if (e > m.end + 1 && IsClauseEnd(sw, e) && scan.HasTitleNear(m.end + 1, e)) {
        for (Role& r : scan.Parse(m.end + 1, e)) roles.push_back(std::move(r));
      }
    }
    // Appositive before: "the director of the CIA, John Ratcliffe;".
    if (roles.empty() && m.first >= 2 && sw.words[m.first - 1] == "," && IsClauseEnd(sw, m.end)) {
      size_t e = m.first - 1;
      size_t s = e;
      while (s > 0 && scan.RoleWord(s - 1)) --s;
      if (s < e && scan.HasTitleNear(s, e)) roles = scan.Parse(s, e);
    }
    if (!roles.empty()) m.titled = true;
    m.roles = std::move(roles);
  }
  // A name of unknown type that a role names as its organisation is one.
  for (const RawMention& m : mentions) {
    for (const Role& r : m.roles) {
      if (r.org.empty()) continue;
      for (RawMention& o : mentions) {
        if (o.type == NameType::kUnknown && a.Text(o.span) == r.org) o.type = NameType::kOrg;
      }
    }
  }
}

}  // namespace readout::entities
