// MatchPlace tries the longest stretch of up to six capitalised words first,
// as the text writes it ("Saudi Arabia", "U.S."), against PlaceIndex
// countries, the gazetteer's regions, PlaceIndex first-level divisions and
// cities; a single word is also tried as a demonym ("Russian", "Ukrainians",
// "Europeans"). A demonym ending in "s" whose singular is also a demonym names
// the people.
#include "entities/place_lookup.h"

#include <algorithm>
#include <string>

#include "entities/sentence_words.h"
#include "lexicon/gazetteer.h"
#include "lexicon/place_index.h"
#include "text/line_wrap.h"

namespace readout::entities {
namespace {

constexpr size_t kMaxWords = 6;  // "Democratic Republic of the Congo"
constexpr uint32_t kGreatCity = 1000000;

bool Joinable(std::string_view w) {
  for (char c : w) {
    if (c == ',' || c == ';' || c == ':' || c == '(' || c == ')' || c == '"') return false;
  }
  return true;
}

}  // namespace

PlaceMatch MatchPlace(const Model& model, std::span<const std::string_view> words, size_t i) {
  PlaceMatch out;
  if (i >= words.size() || !StartsUpper(words[i])) return out;
  const lexicon::PlaceIndex& places = model.places();
  const lexicon::Gazetteer& gaz = model.gazetteer();
  std::string flat;  // used only for a name that wraps over a line break
  size_t limit = i + 1;
  while (limit < words.size() && limit < i + kMaxWords && Joinable(words[limit]) &&
         (StartsUpper(words[limit]) || words[limit] == "." || words[limit] == "of" || words[limit] == "and" ||
          (words[limit] == "the" && (words[limit - 1] == "of" || words[limit - 1] == "and")))) {
    ++limit;
  }
  // How far the stretch can reach and still begin a name of PlaceIndex
  // (reach_places) or of the gazetteer's regions (reach_regions): each
  // longer stretch extends the shorter one's text, so once one begins no
  // name, none after it does. Most capitalised words begin none, and the
  // lookups below are skipped.
  size_t reach_places = i, reach_regions = i;
  for (size_t e = i + 1; e <= limit; ++e) {
    const char* begin = words[i].data();
    const char* end = words[e - 1].data() + words[e - 1].size();
    if (end < begin) {
      reach_places = reach_regions = limit;  // not one stretch of text: no shortcut
      break;
    }
    const std::string_view slice =
        text::SingleSpaced(std::string_view(begin, static_cast<size_t>(end - begin)), &flat);
    const bool place = reach_places == e - 1 && places.MayBeginPlaceName(slice);
    const bool region = reach_regions == e - 1 && gaz.MayBeginRegion(slice);
    if (place) reach_places = e;
    if (region) reach_regions = e;
    if (!place && !region) break;
  }
  for (size_t e = std::max(reach_places, reach_regions); e > i; --e) {
    if (e - 1 > i && !StartsUpper(words[e - 1]) && words[e - 1] != ".") continue;
    const char* begin = words[i].data();
    const char* end = words[e - 1].data() + words[e - 1].size();
    if (end < begin || end - begin > 48) continue;
    std::string_view slice(begin, static_cast<size_t>(end - begin));
    if (e - i > 1 && !Joinable(slice)) continue;
    slice = text::SingleSpaced(slice, &flat);  // "United\nStates" in wrapped text
    const uint32_t len = static_cast<uint32_t>(e - i);
    if (e <= reach_places) {
      if (const lexicon::Country* c = places.FindCountryByName(slice)) {
        return {len, PlaceKind::kCountry, c->name, c->cameo};
      }
    }
    if (e <= reach_regions) {
      if (const lexicon::RegionInfo* r = gaz.FindRegion(slice)) {
        return {len, PlaceKind::kPlace, r->name, r->country};
      }
    }
    if (e > reach_places) continue;
    // A first-level division ("Texas", "Indiana") wins over towns of its
    // name, but not over a great city ("New York").
    auto cities = places.FindCities(slice);
    if (const lexicon::Region* r = places.FindRegion(slice);
        r != nullptr && (cities.empty() || cities[0]->population < kGreatCity)) {
      return {len, PlaceKind::kPlace, r->name, r->country};
    }
    if (!cities.empty()) return {len, PlaceKind::kPlace, cities[0]->name, cities[0]->country, true};
  }
  std::string_view w = words[i];
  bool plural = false;
  if (const lexicon::Country* c = places.FindCountryByDemonym(w)) {
    plural = w.size() > 1 && w.back() == 's' && places.FindCountryByDemonym(w.substr(0, w.size() - 1)) != nullptr;
    return {1, plural ? PlaceKind::kDemonymPlural : PlaceKind::kDemonym, c->name, c->cameo};
  }
  if (const lexicon::RegionInfo* r = gaz.FindRegionByDemonym(w, &plural)) {
    return {1, plural ? PlaceKind::kDemonymPlural : PlaceKind::kDemonym, r->name, r->country};
  }
  return out;
}

}  // namespace readout::entities
