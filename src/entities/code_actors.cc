// The stage over a whole analysis: every entity's code at the article
// date (CodeEntity), then the article's own country for national offices
// that name none ("Sen. Chuck Grassley" in a US article is USALEG), and a
// country that is a region of it ("Georgia businessman" in a US article).
// Split from actor_coder.cc, which codes one entity or phrase.
#include <algorithm>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "entities/actor_coder.h"
#include "lexicon/place_index.h"
#include "text/ascii_words.h"

namespace readout::entities {

namespace {

// Sectors that a national office or body has in its own country: a
// "Gov." or "Sen." in an article about one country is that country's.
bool IsNationalSector(std::string_view sector) {
  static constexpr std::string_view kNational[] = {"GOV", "LEG", "PTY", "JUD", "ELI", "MED", "OPP"};
  for (std::string_view k : kNational) {
    if (sector == k) return true;
  }
  return false;
}

// The country that the article is about: the one that at least 60% of the
// mentions of entities with a country code name, with at least 5 such
// mentions; "" otherwise.
std::string ArticleCountry(const Analysis& analysis) {
  std::vector<std::pair<std::string_view, size_t>> counts;
  size_t total = 0;
  for (const Entity& e : analysis.entities) {
    const std::string_view country = CountryOfCode(e.actor);
    if (country.empty()) continue;
    total += e.mentions.size();
    auto it = std::find_if(counts.begin(), counts.end(), [&](const auto& c) { return c.first == country; });
    if (it == counts.end()) {
      counts.emplace_back(country, e.mentions.size());
    } else {
      it->second += e.mentions.size();
    }
  }
  const auto top = std::max_element(counts.begin(), counts.end(),
                                    [](const auto& x, const auto& y) { return x.second < y.second; });
  if (top == counts.end() || top->second < 5 || top->second * 10 < total * 6) return {};
  return std::string(top->first);
}

// Whether the entity's roles or the words just before one of its name
// mentions hold `word` ("Georgia businessman Bruce LeVell").
bool SaysAround(const Analysis& a, const Entity& e, std::string_view word) {
  for (const Role& r : e.roles) {
    if (text::ContainsWord(r.title, word) || text::ContainsWord(r.org, word)) return true;
  }
  for (const Mention& m : e.mentions) {
    if (m.kind != MentionKind::kName || m.start > a.text.size()) continue;
    const uint32_t from = m.start > 40 ? m.start - 40 : 0;
    if (text::ContainsWord(a.text.substr(from, m.start - from), word)) return true;
  }
  return false;
}

// "Georgia businessman Bruce LeVell" in an article about the United States:
// a country whose name is also a region of the article's country
// (Georgia) is that region, for a person or body coded from the words
// around it rather than from its own name. The entity's code with the
// article's country instead; "" when this does not apply.
std::string AsRegionOfArticleCountry(const Model& model, const Analysis& a, const Entity& e,
                                     std::string_view article_country) {
  const std::string_view country = CountryOfCode(e.actor);
  if (country.empty() || country == article_country ||
      (e.type != EntityType::kPerson && e.type != EntityType::kOrg)) {
    return {};
  }
  const lexicon::Country* c = model.places().FindCountryByCode(country);
  if (c == nullptr) return {};
  const lexicon::Region* region = model.places().FindRegion(c->name);
  const lexicon::Country* home = region == nullptr ? nullptr : model.places().FindCountryByCode(region->country);
  if (home == nullptr || home->cameo != article_country || !SaysAround(a, e, c->name)) return {};
  if (!CountryOfCode(CodeText(model, e.name, a.date)).empty()) return {};
  return std::string(article_country) + e.actor.substr(3);
}

}  // namespace

void CodeActors(const Model& model, Analysis& analysis) {
  for (Entity& e : analysis.entities) e.actor = CodeEntity(model, analysis, e, analysis.date);
  // A person or organisation whose national office is known but not its
  // country ("Gov. Mark Dayton", "Sen. Chuck Grassley" -> "---GOV",
  // "---LEG") takes the country the article is about.
  const std::string country = ArticleCountry(analysis);
  if (country.empty()) return;
  for (Entity& e : analysis.entities) {
    std::string regional = AsRegionOfArticleCountry(model, analysis, e, country);
    if (!regional.empty()) e.actor = std::move(regional);
  }
  for (Entity& e : analysis.entities) {
    if ((e.type == EntityType::kPerson || e.type == EntityType::kOrg) && e.actor.size() == 6 &&
        e.actor.starts_with("---") && IsNationalSector(std::string_view(e.actor).substr(3))) {
      e.actor.replace(0, 3, country);
    }
  }
}

}  // namespace readout::entities
