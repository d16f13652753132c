// Entity evaluation: each gold Source span is located among the article's
// tokens; the "named" test, the coverage test and the "gives a role" test are
// plain checks over those tokens and the predicted entities (see the header
// for their definitions). Title phrases are matched with the gazetteer's
// title trie, so "gives a role" uses the same list of titles the extractor
// knows; the extractor's role parser is not consulted.
#include "eval/entities_eval.h"

#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <unordered_set>

#include "eval/polnear_corpus.h"
#include "lexicon/gazetteer.h"
#include "text/ascii_words.h"

namespace readout::eval {
namespace {

namespace fs = std::filesystem;

bool In(std::string_view w, std::initializer_list<std::string_view> set) {
  return std::find(set.begin(), set.end(), w) != set.end();
}

bool IsPronounLike(std::string_view w) {
  return In(w, {"I", "He", "She", "We", "They", "It", "You", "Who", "This", "That", "These", "Those", "His", "Her",
                "Their", "Our", "My", "Its", "One", "Some", "Many", "Most", "Both", "Each", "All", "Others", "Another",
                "Several", "Few", "Someone", "Somebody", "Anyone", "Everyone", "Nobody", "None"});
}

bool StartsUpperAscii(std::string_view w) { return !w.empty() && w[0] >= 'A' && w[0] <= 'Z'; }

bool IsTitleAt(const lexicon::Gazetteer& g, const std::vector<std::string_view>& words, size_t k, size_t* end) {
  auto hit = g.MatchTitle(words, k);
  if (hit.length == 0 || g.title(hit.value).kind == lexicon::TitleKind::kHonorific) return false;
  *end = k + hit.length;
  return true;
}

}  // namespace

void EntityCounts::Add(const EntityCounts& o) {
  articles += o.articles;
  sources += o.sources;
  named += o.named;
  covered += o.covered;
  typed += o.typed;
  role_given += o.role_given;
  role_found += o.role_found;
}

EntityCounts ScoreEntities(const Model& model, const Analysis& a, const std::vector<GoldAttribution>& gold,
                           std::vector<std::string>* misses) {
  const lexicon::Gazetteer& g = model.gazetteer();
  EntityCounts c;
  c.articles = 1;
  std::vector<std::string_view> words;
  std::unordered_set<std::string> lower;
  for (const Token& t : a.tokens) {
    words.push_back(a.TokenText(t));
    std::string_view w = words.back();
    if (!w.empty() && w[0] >= 'a' && w[0] <= 'z') lower.insert(std::string(w));
  }
  // First token at or after a byte offset.
  auto token_at = [&](uint32_t byte) {
    return static_cast<size_t>(std::lower_bound(a.tokens.begin(), a.tokens.end(), byte,
                                                [](const Token& t, uint32_t b) { return t.end <= b; }) -
                               a.tokens.begin());
  };
  for (const GoldAttribution& ga : gold) {
    for (const Span& src : ga.source) {
      ++c.sources;
      size_t first = token_at(src.start);
      size_t last = first;  // one past the span's last token
      while (last < a.tokens.size() && a.tokens[last].start < src.end) ++last;
      size_t k = first;
      while (k < last && In(words[k], {"the", "The", "a", "A", "an", "An"})) ++k;
      if (k >= last || !StartsUpperAscii(words[k]) || IsPronounLike(words[k]) || lower.count(text::AsciiLower(words[k]))) {
        continue;
      }
      ++c.named;
      const std::string_view text = a.Text(src);
      // Coverage. A source such as "FBI Director James Comey" overlaps an ORG
      // and a PERSON; the person is the one the role belongs to, and of two
      // people ("Clinton spokesman Nick Merrill") the one named last, the
      // phrase's head.
      const Entity* hit = nullptr;
      uint32_t hit_end = 0;
      for (const Entity& e : a.entities) {
        uint32_t end = 0;
        for (const Mention& m : e.mentions) {
          if (m.span().Overlaps(src)) end = std::max(end, m.end);
        }
        if (end == 0) continue;
        if (hit == nullptr) hit = &e;
        if (e.type == EntityType::kPerson && (hit->type != EntityType::kPerson || end > hit_end)) {
          hit = &e;
          hit_end = end;
        }
      }
      if (hit) {
        ++c.covered;
        if (hit->type != EntityType::kPlace) ++c.typed;
      } else if (misses) {
        misses->push_back(fmt::format("{}: uncovered source \"{}\"", a.id, text));
      }
      // Does the text give a role?
      size_t last_cap = last;
      for (size_t j = last; j-- > k;) {
        if (StartsUpperAscii(words[j])) {
          last_cap = j;
          break;
        }
      }
      bool given = false;
      size_t end = 0;
      for (size_t j = first; j < last_cap && !given; ++j) given = IsTitleAt(g, words, j, &end) && end <= last_cap;
      for (size_t j = first >= 3 ? first - 3 : 0; j < first && !given; ++j) {
        given = IsTitleAt(g, words, j, &end) && end == first;
      }
      if (!given && last < words.size() && words[last] == ",") {
        for (size_t j = last + 1; j < last + 4 && j < words.size() && !given; ++j) {
          given = IsTitleAt(g, words, j, &end);
        }
      }
      if (!given) continue;
      ++c.role_given;
      if (hit && !hit->roles.empty()) {
        ++c.role_found;
      } else if (misses) {
        misses->push_back(fmt::format("{}: no role for \"{}\" in \"{}\"", a.id, text,
                                      a.Text({a.tokens[first >= 3 ? first - 3 : 0].start,
                                              a.tokens[std::min(last + 5, a.tokens.size()) - 1].end})));
      }
    }
  }
  return c;
}

Result<EntityCounts> EvaluateEntitiesDir(const Model& model, const Pipeline& pipeline, const std::string& dir,
                                         size_t limit, std::vector<std::string>* misses) {
  EntityCounts total;
  Status s = ForEachPolnearArticle(dir, limit, [&](const Document& doc, const std::vector<GoldAttribution>& gold) {
    auto analysis = pipeline.Analyze(doc);
    if (!analysis.ok()) return analysis.status();
    total.Add(ScoreEntities(model, analysis.value(), gold, misses));
    return Status::Ok();
  });
  if (!s.ok()) return s;
  return total;
}

}  // namespace readout::eval
