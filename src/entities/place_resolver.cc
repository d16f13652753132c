// First the article's countries are counted: one pass over the tokens that
// looks up every capitalised run of up to six tokens as a country name and
// every capitalised word as a demonym (hash probes on views of the text, no
// copies; the longer stretches only from words that can begin a country
// or region name). Then each PLACE entity is read as a country, a qualified city, a
// region or a city, in the order the header gives; among cities of one name
// the score log10(population) + 1.5 for a national capital + 2 when the
// article mentions the city's country decides, so a country mention weighs
// as much as a hundredfold population: "Paris" stays in France in an article
// about Washington, and "Odessa" is the Texan one in an article about Texas
// that never names Ukraine. A country that shares its name with a region
// ("Georgia") is the region when the article names other regions of the
// region's country more often than the country's unshared names. GROUP
// entities named by a nationality get that country.
#include "entities/place_resolver.h"

#include <algorithm>
#include <cmath>
#include <span>
#include <string>
#include <unordered_map>

#include "entities/time_words.h"

namespace readout::entities {
namespace {

using lexicon::City;
using lexicon::Country;
using lexicon::PlaceIndex;
using lexicon::Region;

constexpr int kMaxNameTokens = 6;

bool Capitalised(std::string_view w) { return !w.empty() && w[0] >= 'A' && w[0] <= 'Z'; }

// How often the article names each country (by name, alias or demonym).
class ArticleCountries {
 public:
  ArticleCountries(const PlaceIndex& places, const Analysis& a) {
    const std::vector<Token>& t = a.tokens;
    for (size_t i = 0; i < t.size();) {
      if (t[i].kind != TokenKind::kWord || !Capitalised(a.TokenText(t[i]))) {
        ++i;
        continue;
      }
      size_t taken = 0;
      // Names only where a country or region name can begin; elsewhere the
      // word can still be a demonym.
      const bool may_be_name = places.MayBeginCountryOrRegion(a.TokenText(t[i]));
      const size_t longest = std::min<size_t>(may_be_name ? kMaxNameTokens : 1, t.size() - i);
      // The longest stretch that still begins a name: each longer one
      // extends the text of the shorter, so the first that begins none ends
      // the search. "the ..." is looked up without its article, so it is not
      // cut short.
      size_t reach = 0;
      if (may_be_name) {
        const std::string_view first = a.TokenText(t[i]);
        if (first == "the" || first == "The" || first == "THE") {
          reach = longest;
        } else {
          reach = 1;
          while (reach < longest &&
                 places.MayBeginCountryOrRegion(std::string_view(a.text.data() + t[i].start, t[i + reach].end - t[i].start))) {
            ++reach;
          }
        }
      }
      for (size_t n = longest; n >= 1 && !taken; --n) {
        std::string_view name(a.text.data() + t[i].start, t[i + n - 1].end - t[i].start);
        const bool may_name = may_be_name && n <= reach;
        const Country* c = may_name ? places.FindCountryByName(name) : nullptr;
        if (!c && n == 1) c = places.FindCountryByDemonym(name);
        const Region* r = may_name ? places.FindRegion(name) : nullptr;
        if (c) {
          ++counts_[c->iso3];
          if (r == nullptr) ++unambiguous_[c->iso3];  // not "Georgia"
          taken = n;
        } else if (r != nullptr) {
          ++regions_[r->country];  // "Alabama", "Bavaria"
          taken = n;
        }
      }
      i += taken ? taken : 1;
    }
  }
  int Count(std::string_view iso3) const { return Get(counts_, iso3); }
  // Names of the country that are not also a region's ("Georgian", "Republic
  // of Georgia", but not "Georgia").
  int Unambiguous(std::string_view iso3) const { return Get(unambiguous_, iso3); }
  // Mentions of the country's regions ("Alabama" for USA).
  int Regions(std::string_view iso3) const { return Get(regions_, iso3); }

 private:
  static int Get(const std::unordered_map<std::string_view, int>& m, std::string_view k) {
    auto it = m.find(k);
    return it == m.end() ? 0 : it->second;
  }
  // Keys view Country::iso3 or Region::country, which live in the index.
  std::unordered_map<std::string_view, int> counts_, unambiguous_, regions_;
};

std::string CameoOf(const PlaceIndex& places, const std::string& iso3) {
  const Country* c = places.FindCountryByCode(iso3);
  return c ? c->cameo : iso3;
}

Place CountryPlace(const Country& c) { return {c.name, c.cameo, c.lat, c.lon, true, PlaceKind::kCountry}; }
Place CityPlace(const PlaceIndex& places, const City& c) {
  return {c.name, CameoOf(places, c.country), c.lat, c.lon, true, PlaceKind::kCity};
}
Place RegionPlace(const PlaceIndex& places, const Region& r) {
  return {r.name, CameoOf(places, r.country), r.lat, r.lon, true, PlaceKind::kRegion};
}

// The city of `cities` that qualifier `q` ("Texas", "Tex.", "France",
// "Bavaria") places; nullptr when it places none.
const City* CityQualifiedBy(const PlaceIndex& places, std::span<const City* const> cities, std::string_view q) {
  if (q.empty() || cities.empty()) return nullptr;
  const Region* region = places.FindRegionQualifier(q);
  const Country* country = places.FindCountryByName(q);
  for (const City* c : cities) {
    if (c->region == q || (country && c->country == country->iso3)) return c;
    if (region && c->country == region->country &&
        (c->region == region->name ||
         std::find(region->aliases.begin(), region->aliases.end(), c->region) != region->aliases.end())) {
      return c;
    }
  }
  return nullptr;
}

double CityScore(const City& c, const ArticleCountries& article) {
  return std::log10(static_cast<double>(c.population) + 1) + (c.capital ? 1.5 : 0) +
         (article.Count(c.country) > 0 ? 2 : 0);
}

// Texts that may qualify a mention: the 1-3 tokens after a comma that
// follows it ("Paris, Texas", "Paris, Tex.", "Vienna, West Virginia").
std::vector<std::string_view> QualifiersAfter(const Analysis& a, uint32_t end) {
  std::vector<std::string_view> out;
  auto it = std::lower_bound(a.tokens.begin(), a.tokens.end(), end,
                             [](const Token& t, uint32_t offset) { return t.start < offset; });
  size_t i = static_cast<size_t>(it - a.tokens.begin());
  if (i + 1 >= a.tokens.size() || a.TokenText(a.tokens[i]) != ",") return out;
  ++i;
  if (!Capitalised(a.TokenText(a.tokens[i]))) return out;
  for (size_t n = 3; n >= 1; --n) {
    if (i + n <= a.tokens.size()) out.emplace_back(a.text.data() + a.tokens[i].start, a.tokens[i + n - 1].end - a.tokens[i].start);
  }
  return out;
}

std::optional<Place> ResolveName(const PlaceIndex& places, std::string_view name,
                                 std::span<const std::string_view> qualifiers, const ArticleCountries& article) {
  std::string_view head = name, inner;
  if (size_t comma = name.find(", "); comma != std::string_view::npos) {
    head = name.substr(0, comma);
    inner = name.substr(comma + 2);
  } else if (const Country* c = places.FindCountryByName(name)) {
    // "Georgia" is the US state in an article that names other US states
    // more often than anything that only the country is called.
    const Region* r = places.FindRegion(name);
    if (r != nullptr && r->country != c->iso3 && article.Regions(r->country) > article.Unambiguous(c->iso3)) {
      return RegionPlace(places, *r);
    }
    return CountryPlace(*c);
  }
  std::span<const City* const> cities = places.FindCities(head);
  if (const City* c = CityQualifiedBy(places, cities, inner)) return CityPlace(places, *c);
  for (std::string_view q : qualifiers) {
    if (const City* c = CityQualifiedBy(places, cities, q)) return CityPlace(places, *c);
  }
  const City* best = nullptr;
  double best_score = -1;
  for (const City* c : cities) {
    double s = CityScore(*c, article);
    if (s > best_score) best = c, best_score = s;
  }
  // A region ("Texas", "Crimea") beats a small namesake town nobody placed.
  if (const Region* r = places.FindRegion(head)) {
    if (!best || (article.Count(best->country) == 0 && best->population < 100000)) return RegionPlace(places, *r);
  }
  if (best) return CityPlace(places, *best);
  if (!inner.empty()) {
    if (const Country* c = places.FindCountryByName(head)) return CountryPlace(*c);
  }
  return std::nullopt;
}

std::optional<Place> ResolvePlaceEntity(const PlaceIndex& places, const Analysis& a, const Entity& e,
                                        const ArticleCountries& article) {
  std::vector<std::string_view> qualifiers;
  for (const Mention& m : e.mentions) {
    if (m.kind != MentionKind::kName) continue;
    for (std::string_view q : QualifiersAfter(a, m.end)) qualifiers.push_back(q);
  }
  if (auto p = ResolveName(places, e.name, qualifiers, article)) return p;
  for (const Mention& m : e.mentions) {
    if (m.kind != MentionKind::kName && m.kind != MentionKind::kAcronym) continue;
    if (auto p = ResolveName(places, a.Text(m.span()), qualifiers, article)) return p;
  }
  return std::nullopt;
}

// "Russians", "Ukrainian forces", "the Saudis": the country of the demonym
// the name starts with (after "the").
std::optional<Place> ResolveGroupEntity(const PlaceIndex& places, const Analysis& a, const Entity& e) {
  auto of = [&](std::string_view name) -> const Country* {
    if (name.substr(0, 4) == "the " || name.substr(0, 4) == "The ") name.remove_prefix(4);
    if (const Country* c = places.FindCountryByDemonym(name)) return c;
    size_t space = name.find(' ');
    return space == std::string_view::npos ? nullptr : places.FindCountryByDemonym(name.substr(0, space));
  };
  const Country* c = of(e.name);
  for (size_t i = 0; !c && i < e.mentions.size(); ++i) {
    if (e.mentions[i].kind == MentionKind::kName) c = of(a.Text(e.mentions[i].span()));
  }
  if (!c) return std::nullopt;
  // A people is not at one point: the country, without coordinates.
  return Place{c->name, c->cameo, 0, 0, false, PlaceKind::kCountry};
}

bool AfterLocativePreposition(const Analysis& a, uint32_t start) {
  auto it = std::lower_bound(a.tokens.begin(), a.tokens.end(), start,
                             [](const Token& t, uint32_t offset) { return t.start < offset; });
  if (it == a.tokens.begin()) return false;
  std::string_view w = a.TokenText(*(it - 1));
  if (EqualsLower(w, "the") && it - 1 != a.tokens.begin()) w = a.TokenText(*(it - 2));
  for (std::string_view p : {"in", "at", "near", "outside", "inside", "around", "across", "into", "to", "over"}) {
    if (EqualsLower(w, p)) return true;
  }
  return false;
}

}  // namespace

void ResolvePlaces(const lexicon::PlaceIndex& places, Analysis& analysis) {
  ArticleCountries article(places, analysis);
  for (Entity& e : analysis.entities) {
    if (e.type == EntityType::kPlace) {
      if (auto p = ResolvePlaceEntity(places, analysis, e, article)) e.place = std::move(p);
    } else if (e.type == EntityType::kGroup && !e.place) {
      if (auto p = ResolveGroupEntity(places, analysis, e)) e.place = std::move(p);
    }
  }
}

void ResolvePlaces(const Model& model, Analysis& analysis) { ResolvePlaces(model.places(), analysis); }

std::optional<Place> PlaceForSentence(const Analysis& analysis, uint32_t sentence) {
  const Place* best = nullptr;
  int best_score = -1;
  uint32_t best_start = 0;
  for (const Entity& e : analysis.entities) {
    if (e.type != EntityType::kPlace || !e.place || !e.place->has_coordinates) continue;
    for (const Mention& m : e.mentions) {
      if (m.sentence != sentence) continue;
      int score = e.place->kind == PlaceKind::kCity ? 3 : e.place->kind == PlaceKind::kRegion ? 2 : 1;
      if (AfterLocativePreposition(analysis, m.start)) score += 4;
      if (score > best_score || (score == best_score && m.start < best_start)) {
        best = &*e.place, best_score = score, best_start = m.start;
      }
    }
  }
  if (!best) return std::nullopt;
  return *best;
}

}  // namespace readout::entities
