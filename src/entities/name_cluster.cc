// ClusterMentions works in passes over the article's mentions:
//  1. Split runs of known surnames ("the Putin Trump phone call").
//  2. Keyed mentions: gazetteer organisations by entry, places by canonical
//     name, other multi-word names by their text; acronyms join the name they
//     abbreviate and become aliases.
//  3. Single words: an acronym alias, else the person whose surname it is (the
//     latest mentioned before it, else the first), else the organisation whose
//     first word it is ("Carnegie"), else a same-text entity, else new.
//  4. Misspellings: a person entity of one or two mentions whose surname is a
//     near miss of another person's joins it.
// Types left unknown are settled by the evidence gathered (titles, roles, a
// following "said"), canonical names are chosen, roles deduplicated.
#include "entities/name_cluster.h"

#include <algorithm>
#include <map>
#include <span>
#include <string>
#include <unordered_map>

#include "lexicon/gazetteer.h"
#include "text/line_wrap.h"
#include "text/pos_tagger.h"

namespace readout::entities {
namespace {

struct Cluster {
  std::vector<int> members;  // indexes into mentions
  NameType type = NameType::kUnknown;
  int org = -1;
  std::string_view place_name;
  std::vector<std::string> aliases;  // acronyms
  bool alive = true;
};

std::vector<std::string_view> Words(std::string_view s) {
  std::vector<std::string_view> out;
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && s[i] == ' ') ++i;
    size_t j = i;
    while (j < s.size() && s[j] != ' ') ++j;
    if (j > i) out.push_back(s.substr(i, j - i));
    i = j;
  }
  return out;
}

// Equal after lower-casing ASCII letters (other bytes as they are).
bool EqualsFolded(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    char x = a[i], y = b[i];
    if (x >= 'A' && x <= 'Z') x = static_cast<char>(x + 32);
    if (y >= 'A' && y <= 'Z') y = static_cast<char>(y + 32);
    if (x != y) return false;
  }
  return true;
}

// A cluster key: kind prefix and text (fmt::format cost more than the rest
// of the key's making).
std::string Prefixed(std::string_view prefix, std::string_view text) {
  std::string key;
  key.reserve(prefix.size() + text.size());
  key.append(prefix).append(text);
  return key;
}

bool IsPersonLike(NameType t) { return t == NameType::kPerson || t == NameType::kUnknown; }

// The gender the honorific right before a name gives ("Mrs. Clinton",
// "Mr. Trump"); kUnknown when there is none.
Gender HonorificGender(const Analysis& a, uint32_t start) {
  const std::string_view before = a.Text({start >= 6 ? start - 6 : 0, start});
  if (before.ends_with("Mrs. ") || before.ends_with("Ms. ") || before.ends_with("Miss ")) return Gender::kFemale;
  if (before.ends_with("Mr. ")) return Gender::kMale;
  return Gender::kUnknown;
}

class Clusterer {
 public:
  Clusterer(const Model& m, const Analysis& a, std::vector<RawMention> ms) : m_(m), a_(a), ms_(std::move(ms)) {}
  std::vector<Entity> Run();

 private:
  // The mention's words with white space collapsed: a name wrapped over two
  // lines ("Donald\nTrump") is the same name.
  std::string_view CollapsedText(int i) const;
  // Texts and words of every mention, computed once (IndexTexts) because
  // each pass reads them several times per mention.
  void IndexTexts();
  std::string_view Text(int i) const { return texts_[i].text; }
  std::span<const std::string_view> WordsOf(int i) const {
    return std::span<const std::string_view>(words_).subspan(texts_[i].first_word, texts_[i].num_words);
  }
  std::string_view Surname(int i) const {
    auto w = WordsOf(i);
    return w.empty() ? std::string_view() : w.back();
  }
  void SplitSurnameRuns();
  int NewCluster(int mention, NameType type);
  void Join(int cluster, int mention);
  void Keyed();
  void Singles();
  // The gender the given names of a cluster's full names give, kUnknown
  // when none is known or they disagree.
  Gender GivenGender(int cluster) const;
  void Misspellings();
  NameType SettleType(const Cluster& c) const;
  Entity Build(const Cluster& c) const;

  const Model& m_;
  const Analysis& a_;
  mutable std::unordered_map<uint64_t, std::string> collapsed_;  // Text() of wrapped names; stable nodes
  std::vector<RawMention> ms_;
  struct MentionText {
    std::string_view text;
    uint32_t first_word = 0, num_words = 0;  // range in words_
  };
  std::vector<MentionText> texts_;     // per mention of ms_
  std::vector<std::string_view> words_;  // the mentions' words, one run per mention
  std::vector<Cluster> clusters_;
  std::vector<int> cluster_of_;
  std::unordered_map<std::string, int> by_key_;
  std::unordered_map<std::string, int> by_alias_;
};

std::string_view Clusterer::CollapsedText(int i) const {
  const Span span = ms_[i].span;
  std::string_view t = a_.Text(span);
  bool plain = t.find("  ") == std::string_view::npos;
  for (size_t k = 0; plain && k < t.size(); ++k) plain = t[k] != '\n' && t[k] != '\r' && t[k] != '\t';
  if (plain) return t;
  auto [it, fresh] = collapsed_.try_emplace((uint64_t{span.start} << 32) | span.end);
  if (fresh) text::SingleSpaced(t, &it->second);
  return it->second;
}

void Clusterer::IndexTexts() {
  texts_.clear();
  words_.clear();
  texts_.reserve(ms_.size());
  for (size_t i = 0; i < ms_.size(); ++i) {
    MentionText m;
    m.text = CollapsedText(static_cast<int>(i));
    m.first_word = static_cast<uint32_t>(words_.size());
    std::string_view s = m.text;
    size_t k = 0;
    while (k < s.size()) {
      while (k < s.size() && s[k] == ' ') ++k;
      size_t j = k;
      while (j < s.size() && s[j] != ' ') ++j;
      if (j > k) words_.push_back(s.substr(k, j - k));
      k = j;
    }
    m.num_words = static_cast<uint32_t>(words_.size()) - m.first_word;
    texts_.push_back(m);
  }
}

void Clusterer::SplitSurnameRuns() {
  std::unordered_map<std::string_view, int> surnames;
  for (size_t i = 0; i < ms_.size(); ++i) {
    auto words = WordsOf(static_cast<int>(i));
    if (ms_[i].type == NameType::kPerson && ms_[i].given_first && words.size() >= 2) {
      surnames[words.back()] += 2;
    } else if (IsPersonLike(ms_[i].type) && words.size() == 1) {
      surnames[words.back()]++;  // counts once per single-word mention
    }
  }
  std::vector<RawMention> out;
  for (size_t i = 0; i < ms_.size(); ++i) {
    const RawMention& r = ms_[i];
    auto words = WordsOf(static_cast<int>(i));
    bool split = r.type == NameType::kUnknown && !r.given_first && words.size() >= 2 && r.kind == MentionKind::kName;
    for (auto w : words) {
      auto it = surnames.find(w);
      split = split && it != surnames.end() && it->second >= 2;
    }
    if (!split) {
      out.push_back(r);
      continue;
    }
    // The words where they stand in the article: the indexed words are a
    // collapsed copy when the name holds a line break or a double space
    // ("Clintons  Sanders"), and SingleSpaced collapses the same bytes.
    const std::string_view raw = a_.Text(r.span);
    auto blank = [](char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t'; };
    for (size_t k = 0; k < raw.size();) {
      while (k < raw.size() && blank(raw[k])) ++k;
      size_t j = k;
      while (j < raw.size() && !blank(raw[j])) ++j;
      if (j == k) break;
      RawMention part = r;
      part.span.start = r.span.start + static_cast<uint32_t>(k);
      part.span.end = r.span.start + static_cast<uint32_t>(j);
      part.type = NameType::kPerson;
      part.end = part.first + 1;  // one word now (word indexes are only compared for length here)
      part.roles.clear();
      out.push_back(part);
      k = j;
    }
  }
  // Acronym links index the old list; splits only happen to unknown names,
  // which no acronym links to, but keep links right by recomputing them.
  if (out.size() != ms_.size()) {
    std::vector<int> remap(ms_.size(), -1);
    size_t j = 0;
    for (size_t i = 0; i < ms_.size(); ++i) {
      while (j < out.size() && out[j].span.start < ms_[i].span.start) ++j;
      remap[i] = static_cast<int>(j);
    }
    for (RawMention& r : out) {
      if (r.link >= 0) r.link = remap[r.link];
    }
  }
  if (out.size() != ms_.size()) {
    ms_ = std::move(out);
    IndexTexts();
  } else {
    ms_ = std::move(out);
  }
}

int Clusterer::NewCluster(int mention, NameType type) {
  clusters_.push_back({});
  clusters_.back().type = type;
  Join(static_cast<int>(clusters_.size()) - 1, mention);
  return static_cast<int>(clusters_.size()) - 1;
}

void Clusterer::Join(int cluster, int mention) {
  clusters_[cluster].members.push_back(mention);
  cluster_of_[mention] = cluster;
}

void Clusterer::Keyed() {
  for (size_t i = 0; i < ms_.size(); ++i) {
    const int mi = static_cast<int>(i);
    const RawMention& r = ms_[i];
    if (r.kind == MentionKind::kAcronym && r.link >= 0 && cluster_of_[r.link] >= 0) {
      int c = cluster_of_[r.link];
      Join(c, mi);
      by_alias_.emplace(std::string(Text(mi)), c);
      continue;
    }
    std::string key;
    if (r.org >= 0) {
      key = Prefixed("o:", std::to_string(r.org));
    } else if (r.type == NameType::kPlace && !r.weak_place) {
      key = Prefixed("p:", r.place_name.empty() ? Text(mi) : r.place_name);
    } else if (r.end - r.first >= 2 || r.type == NameType::kGroup || (r.type == NameType::kOrg && r.link < 0 &&
                                                                      WordsOf(mi).size() >= 2)) {
      key = Prefixed("n:", Text(mi));
    } else {
      continue;  // single words wait for pass 3
    }
    auto [it, fresh] = by_key_.emplace(key, -1);
    if (fresh) {
      it->second = NewCluster(mi, r.type);
      clusters_[it->second].org = r.org;
      clusters_[it->second].place_name = r.place_name;
    } else {
      Join(it->second, mi);
    }
  }
}

Gender Clusterer::GivenGender(int cluster) const {
  Gender found = Gender::kUnknown;
  for (int mi : clusters_[cluster].members) {
    auto w = WordsOf(mi);
    if (w.size() < 2 || !ms_[mi].given_first) continue;
    const std::optional<Gender> g = m_.gazetteer().GivenName(w.front());
    if (!g || *g == Gender::kUnknown) continue;
    if (found != Gender::kUnknown && found != *g) return Gender::kUnknown;
    found = *g;
  }
  return found;
}

void Clusterer::Singles() {
  // Surname -> person clusters, and organisation first word -> cluster.
  std::unordered_map<std::string_view, std::vector<int>> by_surname;
  std::unordered_map<std::string_view, int> by_first_word;
  // Given name -> the one person cluster whose names start with it (-1 when
  // several do: "Nancy" then names nobody in particular).
  std::unordered_map<std::string_view, int> by_given_name;
  for (size_t c = 0; c < clusters_.size(); ++c) {
    for (int mi : clusters_[c].members) {
      auto w = WordsOf(mi);
      if (w.size() < 2) continue;
      if (IsPersonLike(clusters_[c].type)) {
        auto& v = by_surname[w.back()];
        if (std::find(v.begin(), v.end(), static_cast<int>(c)) == v.end()) v.push_back(static_cast<int>(c));
        if (ms_[mi].given_first && clusters_[c].type == NameType::kPerson) {
          auto [g, fresh] = by_given_name.emplace(w.front(), static_cast<int>(c));
          if (!fresh && g->second != static_cast<int>(c)) g->second = -1;
        }
      } else if (clusters_[c].type == NameType::kOrg && ms_[mi].org < 0) {
        by_first_word.emplace(w.front(), static_cast<int>(c));
      }
    }
  }
  std::unordered_map<std::string_view, int> single_count;
  for (size_t i = 0; i < ms_.size(); ++i) {
    if (cluster_of_[i] < 0) single_count[Text(static_cast<int>(i))]++;
  }
  for (size_t i = 0; i < ms_.size(); ++i) {
    const int mi = static_cast<int>(i);
    if (cluster_of_[mi] >= 0) continue;
    const RawMention& r = ms_[i];
    std::string text(Text(mi));
    if (auto it = by_alias_.find(text); it != by_alias_.end()) {
      Join(it->second, mi);
      continue;
    }
    if (IsPersonLike(r.type) || r.weak_place) {
      // "Al-Sharaa" opening a sentence is the "al-Sharaa" of "Ahmed al-Sharaa".
      std::string lowered_article;
      std::string_view surname = Text(mi);
      if (surname.size() > 3 && (surname[0] == 'A' || surname[0] == 'E') && surname[1] == 'l' && surname[2] == '-') {
        lowered_article = std::string(surname);
        lowered_article[0] = static_cast<char>(lowered_article[0] + ('a' - 'A'));
        if (by_surname.count(lowered_article)) surname = lowered_article;
      }
      if (auto it = by_surname.find(surname); it != by_surname.end()) {
        // The person with this surname mentioned most recently before, else
        // the first; among those an honorific fits, when any does ("Mrs.
        // Clinton" is Hillary, not Bill mentioned last; "Mr. Trump" is not
        // Ivanka).
        std::vector<int> fits;
        const Gender honorific = HonorificGender(a_, r.span.start);
        if (honorific != Gender::kUnknown) {
          for (int c : it->second) {
            const Gender g = GivenGender(c);
            if (g == Gender::kUnknown || g == honorific) fits.push_back(c);
          }
        }
        const std::vector<int>& candidates = fits.empty() ? it->second : fits;
        int best = candidates.front();
        uint32_t best_start = 0;
        for (int c : candidates) {
          for (int m : clusters_[c].members) {
            if (ms_[m].span.start < r.span.start && ms_[m].span.start >= best_start) {
              best = c;
              best_start = ms_[m].span.start;
            }
          }
        }
        Join(best, mi);
        continue;
      }
      // "Nancy Reagan died ... Nancy was 94": a lone given name is the one
      // person of the article who has it (checked after surnames, so that
      // "Paul" is Ron Paul before it is Paul Ryan's first name).
      if (r.given_first) {
        if (auto it = by_given_name.find(Text(mi)); it != by_given_name.end() && it->second >= 0) {
          Join(it->second, mi);
          continue;
        }
      }
      // "Carnegie's Stanovaya": a lone word that begins an organisation's
      // name, when the article never uses it otherwise.
      if (r.type == NameType::kUnknown && single_count[Text(mi)] == 1) {
        if (auto it = by_first_word.find(Text(mi)); it != by_first_word.end()) {
          Join(it->second, mi);
          continue;
        }
      }
    }
    // A one-word town and a one-word person of the same name are one
    // referent ("Marlow said ... Marlow did not"); the vote settles the type.
    if (r.weak_place || IsPersonLike(r.type)) {
      auto other = by_key_.find(r.weak_place ? "n:" + text : "p:" + text);
      if (other != by_key_.end() && other->second >= 0 &&
          (r.weak_place ? IsPersonLike(clusters_[other->second].type) : true)) {
        Join(other->second, mi);
        continue;
      }
    }
    auto [it, fresh] = by_key_.emplace(r.weak_place ? Prefixed("p:", r.place_name) : "n:" + text, -1);
    if (fresh) {
      it->second = NewCluster(mi, r.type);
      clusters_[it->second].place_name = r.place_name;
    } else {
      Join(it->second, mi);
    }
  }
}

void Clusterer::Misspellings() {
  for (size_t a = 0; a < clusters_.size(); ++a) {
    Cluster& small = clusters_[a];
    if (!small.alive || !IsPersonLike(small.type) || small.members.size() > 2) continue;
    std::string_view s_surname = Surname(small.members.front());
    auto s_words = WordsOf(small.members.front());
    int target = -1;
    for (size_t b = 0; b < clusters_.size(); ++b) {
      const Cluster& big = clusters_[b];
      if (a == b || !big.alive || !IsPersonLike(big.type) || big.members.size() <= small.members.size()) continue;
      std::string_view b_surname = Surname(big.members.front());
      if (!IsMisspelling(s_surname, b_surname)) continue;
      // Given names, where both have one, must agree.
      bool clash = false;
      for (int m : big.members) {
        auto bw = WordsOf(m);
        if (bw.size() >= 2 && s_words.size() >= 2 && bw.front() != s_words.front()) clash = true;
      }
      if (clash) continue;
      if (target >= 0) {  // two candidates: ambiguous, leave it
        target = -2;
        break;
      }
      target = static_cast<int>(b);
    }
    if (target < 0) continue;
    for (int m : small.members) Join(target, m);
    if (small.type == NameType::kPerson) clusters_[target].type = NameType::kPerson;
    small.members.clear();
    small.alive = false;
  }
}

NameType Clusterer::SettleType(const Cluster& c) const {
  if (c.type != NameType::kUnknown) return c.type;
  int person = 0, org = 0, place = 0, group = 0;
  bool evidence = false, caps = true, multi = false;
  for (int m : c.members) {
    const RawMention& r = ms_[m];
    switch (r.type) {
      case NameType::kPerson: ++person; break;
      case NameType::kOrg: ++org; break;
      case NameType::kPlace: ++place; break;
      case NameType::kGroup: ++group; break;
      case NameType::kUnknown: break;
    }
    evidence = evidence || r.titled || r.speech_after || !r.roles.empty();
    std::string_view t = Text(m);
    caps = caps && std::none_of(t.begin(), t.end(), [](char ch) { return ch >= 'a' && ch <= 'z'; });
    multi = multi || WordsOf(m).size() >= 2;
  }
  if (person > 0 && person >= org) return NameType::kPerson;
  if (org > 0) return NameType::kOrg;
  if (group > 0) return NameType::kGroup;
  if (place > 0) return NameType::kPlace;
  if (evidence) return caps ? NameType::kOrg : NameType::kPerson;
  if (caps) return NameType::kOrg;
  if (!multi) return NameType::kOrg;
  // A name nobody titles, quotes or describes, opening with a word mostly
  // used in lower case, names a body or a thing: "Social Security",
  // "Planned Parenthood", "Black Lives Matter" (people's names open with a
  // given name or a word the treebank knows as a name: "Megyn Kelly").
  // Two letters or fewer may be a particle ("Le Pen", "Al Sharpton").
  const std::string_view first = WordsOf(c.members.front()).front();
  if (first.size() > 2 && m_.tagger().IsMostlyCommonWord(first)) return NameType::kOrg;
  return NameType::kPerson;
}

Entity Clusterer::Build(const Cluster& c) const {
  Entity e;
  NameType type = SettleType(c);
  switch (type) {
    case NameType::kPerson: case NameType::kUnknown: e.type = EntityType::kPerson; break;
    case NameType::kOrg: e.type = EntityType::kOrg; break;
    case NameType::kPlace: e.type = EntityType::kPlace; break;
    case NameType::kGroup: e.type = EntityType::kGroup; break;
  }
  // Counts of each written form (names, not acronyms).
  std::map<std::string_view, int> forms, surnames;
  for (int m : c.members) {
    if (ms_[m].kind != MentionKind::kName) continue;
    forms[Text(m)]++;
    surnames[Surname(m)]++;
  }
  std::string_view fullest;
  size_t fullest_words = 0;
  int fullest_count = 0;
  for (auto [form, n] : forms) {
    size_t w = Words(form).size();
    if (w > fullest_words || (w == fullest_words && n > fullest_count)) {
      fullest = form, fullest_words = w, fullest_count = n;
    }
  }
  if (fullest.empty() && !c.members.empty()) fullest = Text(c.members.front());
  if (c.org >= 0) {
    const auto& info = m_.gazetteer().org(c.org);
    // The gazetteer's name is the fullest correct form ("Republican Party"
    // for "Republican", "European Union" for "EU").
    e.name = info.name;
  } else if (type == NameType::kPlace && !c.place_name.empty()) {
    e.name = std::string(c.place_name);
  } else {
    e.name = std::string(fullest);
  }
  if (e.type == EntityType::kPerson && fullest_words >= 1) {
    // The surname as most often written ("Stanovaya" x4 beats "Stonavaya" x1).
    std::string_view best;
    int best_n = 0;
    for (auto [s, n] : surnames) {
      if (n > best_n) best = s, best_n = n;
    }
    auto w = Words(e.name);
    // The given name first: `w` views e.name, which the surname fix below
    // replaces (reading `w` after it read freed memory; AddressSanitizer).
    if (w.size() >= 2) {
      if (auto g = m_.gazetteer().GivenName(w.front())) e.gender = *g;
    }
    if (!w.empty() && !best.empty() && w.back() != best && IsMisspelling(w.back(), best)) {
      e.name = e.name.substr(0, w.back().data() - e.name.data()) + std::string(best);
    }
  }
  // Aliases: forms not contained in the canonical name, and acronyms.
  auto canon_words = Words(e.name);
  auto contained = [&](int m) {  // word by word, ignoring case ("Al-Sharaa")
    for (auto w : WordsOf(m)) {
      if (std::none_of(canon_words.begin(), canon_words.end(),
                       [&](std::string_view c) { return EqualsFolded(c, w); })) {
        return false;
      }
    }
    return true;
  };
  for (int m : c.members) {
    std::string_view t = Text(m);
    if (EqualsFolded(t, e.name) || contained(m)) continue;  // "KYIV" is no alias of Kyiv
    if (std::find(e.aliases.begin(), e.aliases.end(), t) == e.aliases.end()) e.aliases.emplace_back(t);
  }
  for (int m : c.members) {
    const RawMention& r = ms_[m];
    e.mentions.push_back({r.span.start, r.span.end, r.kind, r.sentence});
    for (const Role& role : r.roles) {
      if (e.type != EntityType::kPerson) break;
      bool dup = false;
      for (Role& have : e.roles) {
        if (!EqualsFolded(have.title, role.title)) continue;
        if (have.org == role.org && have.country == role.country) dup = true;
        if ((have.org.empty() || have.org == role.org) && (have.country.empty() || have.country == role.country)) {
          // The new one says as much and more: keep its details.
          if (have.org.empty()) have.org = role.org;
          if (have.country.empty()) have.country = role.country;
          dup = true;
        } else if ((role.org.empty() || role.org == have.org) && (role.country.empty() || role.country == have.country)) {
          dup = true;
        }
        if (dup) break;
      }
      if (!dup) e.roles.push_back(role);
    }
  }
  std::sort(e.mentions.begin(), e.mentions.end(), [](const Mention& x, const Mention& y) { return x.start < y.start; });
  return e;
}

std::vector<Entity> Clusterer::Run() {
  IndexTexts();
  SplitSurnameRuns();
  cluster_of_.assign(ms_.size(), -1);
  Keyed();
  Singles();
  Misspellings();
  std::vector<Entity> out;
  for (const Cluster& c : clusters_) {
    if (c.alive && !c.members.empty()) out.push_back(Build(c));
  }
  std::sort(out.begin(), out.end(),
            [](const Entity& x, const Entity& y) { return x.mentions.front().start < y.mentions.front().start; });
  for (size_t i = 0; i < out.size(); ++i) out[i].id = Prefixed("E", std::to_string(i + 1));
  return out;
}

}  // namespace

int EditDistance(std::string_view a, std::string_view b, int cap) {
  const size_t n = a.size(), m = b.size();
  if (static_cast<int>(n > m ? n - m : m - n) > cap) return cap + 1;
  if (n > 63 || m > 63) return a == b ? 0 : cap + 1;
  int d[64][64];
  for (size_t i = 0; i <= n; ++i) d[i][0] = static_cast<int>(i);
  for (size_t j = 0; j <= m; ++j) d[0][j] = static_cast<int>(j);
  for (size_t i = 1; i <= n; ++i) {
    int row_min = cap + 1;
    for (size_t j = 1; j <= m; ++j) {
      int cost = a[i - 1] == b[j - 1] ? 0 : 1;
      int v = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) v = std::min(v, d[i - 2][j - 2] + 1);
      d[i][j] = v;
      row_min = std::min(row_min, v);
    }
    if (row_min > cap) return cap + 1;
  }
  return std::min(d[n][m], cap + 1);
}

bool IsMisspelling(std::string_view variant, std::string_view name) {
  if (variant.empty() || name.empty() || variant == name || variant[0] != name[0]) return false;
  const size_t len = std::min(variant.size(), name.size());
  if (len < 6) return false;
  const int cap = len >= 8 ? 2 : 1;
  return EditDistance(variant, name, cap) <= cap;
}

std::vector<Entity> ClusterMentions(const Model& model, const Analysis& a, std::vector<RawMention> mentions) {
  return Clusterer(model, a, std::move(mentions)).Run();
}

}  // namespace readout::entities
