// The stage over a whole analysis: every entity's code at the article
// date (CodeEntity), then the article's own country for national offices
// that name none ("Sen. Chuck Grassley" in a US article is USALEG). Split
// from actor_coder.cc, which codes one entity or phrase.
#include <algorithm>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "entities/actor_coder.h"

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

}  // namespace

void CodeActors(const Model& model, Analysis& analysis) {
  for (Entity& e : analysis.entities) e.actor = CodeEntity(model, analysis, e, analysis.date);
  // A person or organisation whose national office is known but not its
  // country ("Gov. Mark Dayton", "Sen. Chuck Grassley" -> "---GOV",
  // "---LEG") takes the country the article is about.
  const std::string country = ArticleCountry(analysis);
  if (country.empty()) return;
  for (Entity& e : analysis.entities) {
    if ((e.type == EntityType::kPerson || e.type == EntityType::kOrg) && e.actor.size() == 6 &&
        e.actor.starts_with("---") && IsNationalSector(std::string_view(e.actor).substr(3))) {
      e.actor.replace(0, 3, country);
    }
  }
}

}  // namespace readout::entities
