// Builds the PlaceIndex in four passes over the embedded tables: countries
// (names, aliases, demonyms and codes into hash maps), generated cities,
// curated cities (each replaces the generated cities it respells), then the
// capitals (found among the cities, or added from countries.tsv). City lists
// per name are sorted once, most populous first, so a lookup is one hash probe
// on the folded name and never allocates unless the query has non-ASCII bytes.
#include "lexicon/place_index.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <unordered_set>

#include "lexicon/embedded.h"
#include "lexicon/place_names.h"

namespace readout::lexicon {
namespace {

// One data line split on tabs, with the columns found by header name.
class TsvReader {
 public:
  TsvReader(std::string_view text, std::string file, std::vector<std::string>* warnings)
      : text_(text), file_(std::move(file)), warnings_(warnings) {}

  // Reads the header line; false (with a warning) when a required column is missing.
  bool ReadHeader(std::initializer_list<std::string_view> required) {
    std::string_view line;
    if (!NextLine(&line)) {
      Warn(fmt::format("{}: empty file", file_));
      return false;
    }
    Split(line, &header_);
    for (std::string_view name : required) {
      if (Column(name) < 0) {
        Warn(fmt::format("{}:{}: header lacks column '{}'", file_, line_no_, name));
        return false;
      }
    }
    return true;
  }

  // Next non-blank, non-comment line with as many fields as the header;
  // lines with another count are reported and skipped.
  bool Next() {
    std::string_view line;
    while (NextLine(&line)) {
      if (line.empty() || line[0] == '#') continue;
      Split(line, &fields_);
      if (fields_.size() == header_.size()) return true;
      Warn(fmt::format("{}:{}: expected {} tab-separated fields, found {}; line skipped", file_, line_no_,
                       header_.size(), fields_.size()));
    }
    return false;
  }

  int Column(std::string_view name) const {
    for (size_t i = 0; i < header_.size(); ++i) {
      if (header_[i] == name) return static_cast<int>(i);
    }
    return -1;
  }
  // Field of the current line; empty when the column is absent.
  std::string_view Field(std::string_view name) const { return Field(Column(name)); }
  std::string_view Field(int column) const { return column < 0 ? std::string_view() : fields_[column]; }
  // Parses a number field; on failure warns and returns false.
  template <typename T>
  bool Number(std::string_view name, T* out) {
    std::string_view f = Field(name);
    auto r = std::from_chars(f.data(), f.data() + f.size(), *out);
    if (r.ec == std::errc() && r.ptr == f.data() + f.size()) return true;
    Warn(fmt::format("{}:{}: column '{}' is not a number: '{}'; line skipped", file_, line_no_, name, f));
    return false;
  }
  void Warn(std::string message) {
    if (warnings_) warnings_->push_back(std::move(message));
  }
  std::string Where() const { return fmt::format("{}:{}", file_, line_no_); }

 private:
  bool NextLine(std::string_view* line) {
    if (pos_ >= text_.size()) return false;
    size_t end = text_.find('\n', pos_);
    if (end == std::string_view::npos) end = text_.size();
    *line = text_.substr(pos_, end - pos_);
    if (!line->empty() && line->back() == '\r') line->remove_suffix(1);
    pos_ = end + 1;
    ++line_no_;
    return true;
  }
  static void Split(std::string_view line, std::vector<std::string_view>* out) {
    out->clear();
    size_t start = 0;
    while (true) {
      size_t tab = line.find('\t', start);
      out->push_back(line.substr(start, tab == std::string_view::npos ? std::string_view::npos : tab - start));
      if (tab == std::string_view::npos) break;
      start = tab + 1;
    }
  }

  std::string_view text_;
  std::string file_;
  std::vector<std::string>* warnings_;
  size_t pos_ = 0;
  int line_no_ = 0;
  std::vector<std::string_view> header_;
  std::vector<std::string_view> fields_;
};

std::vector<std::string> SplitBars(std::string_view s) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start <= s.size()) {
    size_t bar = s.find('|', start);
    if (bar == std::string_view::npos) bar = s.size();
    std::string_view item = s.substr(start, bar - start);
    if (!item.empty()) out.emplace_back(item);
    start = bar + 1;
  }
  return out;
}

// The written forms of "Saint" before a place name.
constexpr std::array<std::string_view, 3> kSaintPrefixes = {"St. ", "St ", "Saint "};

std::string Key(std::string_view s) { return NeedsPlaceFold(s) ? FoldPlaceName(s) : std::string(s); }

bool InRange(double lat, double lon) { return std::abs(lat) <= 90 && std::abs(lon) <= 180; }

// Great-circle distance, accurate enough to tell a respelling from a namesake.
double DistanceKm(double lat1, double lon1, double lat2, double lon2) {
  constexpr double kRad = M_PI / 180;
  double x = (lon2 - lon1) * kRad * std::cos((lat1 + lat2) / 2 * kRad);
  double y = (lat2 - lat1) * kRad;
  return 6371 * std::sqrt(x * x + y * y);
}

constexpr double kRespellingKm = 50;

// "NEW YORK" -> "New York": upper case after a space, hyphen or apostrophe.
std::string TitleCase(std::string_view s) {
  std::string out = AsciiLower(s);
  bool start = true;
  for (char& c : out) {
    if (start && c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    start = c == ' ' || c == '-' || c == '\'';
  }
  return out;
}

}  // namespace

class PlaceIndexBuilder {
 public:
  PlaceIndexBuilder(PlaceIndex* index, std::vector<std::string>* warnings) : x_(*index), warnings_(warnings) {}

  void ReadCountries(std::string_view text, const std::string& file) {
    TsvReader r(text, file, warnings_);
    if (!r.ReadHeader({"iso3", "cameo", "name", "aliases", "demonyms", "capital", "capital_lat", "capital_lon",
                       "lat", "lon"})) {
      return;
    }
    std::unordered_set<std::string> seen;
    while (r.Next()) {
      Country c;
      c.iso3 = r.Field("iso3");
      c.iso2 = r.Field("iso2");
      c.cameo = r.Field("cameo");
      c.name = r.Field("name");
      c.capital = r.Field("capital");
      if (c.iso3.size() != 3 || c.cameo.empty() || c.name.empty()) {
        r.Warn(fmt::format("{}: needs a 3-letter iso3, a cameo code and a name; line skipped", r.Where()));
        continue;
      }
      if (!r.Number("capital_lat", &c.capital_lat) || !r.Number("capital_lon", &c.capital_lon) ||
          !r.Number("lat", &c.lat) || !r.Number("lon", &c.lon)) {
        continue;
      }
      if (!InRange(c.capital_lat, c.capital_lon) || !InRange(c.lat, c.lon)) {
        r.Warn(fmt::format("{}: coordinates out of range; line skipped", r.Where()));
        continue;
      }
      if (!seen.insert(c.iso3).second) {
        r.Warn(fmt::format("{}: duplicate country {}; line skipped", r.Where(), c.iso3));
        continue;
      }
      c.aliases = SplitBars(r.Field("aliases"));
      c.demonyms = SplitBars(r.Field("demonyms"));
      x_.countries_.push_back(std::move(c));
    }
  }

  void IndexCountries() {
    for (uint32_t i = 0; i < x_.countries_.size(); ++i) {
      const Country& c = x_.countries_[i];
      for (const std::string& code : {c.iso3, c.cameo, c.iso2}) {
        if (!code.empty()) x_.codes_.TryEmplace(code, i);
      }
      AddName(x_.country_names_, x_.country_names_lower_, c.name, i);
      for (const std::string& a : c.aliases) AddName(x_.country_names_, x_.country_names_lower_, a, i);
      for (const std::string& d : c.demonyms) AddName(x_.demonyms_, x_.demonyms_lower_, d, i);
    }
  }

  void ReadRegions(std::string_view text, const std::string& file) {
    if (text.empty()) return;
    TsvReader r(text, file, warnings_);
    if (!r.ReadHeader({"name", "country", "lat", "lon", "aliases", "abbreviations"})) return;
    while (r.Next()) {
      Region g;
      g.name = r.Field("name");
      g.country = r.Field("country");
      if (g.name.empty() || g.country.size() != 3) {
        r.Warn(fmt::format("{}: needs a name and a 3-letter country; line skipped", r.Where()));
        continue;
      }
      if (!r.Number("lat", &g.lat) || !r.Number("lon", &g.lon)) continue;
      if (!InRange(g.lat, g.lon)) {
        r.Warn(fmt::format("{}: coordinates out of range; line skipped", r.Where()));
        continue;
      }
      g.aliases = SplitBars(r.Field("aliases"));
      g.abbreviations = SplitBars(r.Field("abbreviations"));
      uint32_t i = static_cast<uint32_t>(x_.regions_.size());
      AddName(x_.region_names_, x_.region_names_lower_, g.name, i);
      for (const std::string& a : g.aliases) AddName(x_.region_names_, x_.region_names_lower_, a, i);
      for (const std::string& a : g.abbreviations) x_.region_abbreviations_.TryEmplace(a, i);
      x_.regions_.push_back(std::move(g));
    }
  }

  void ReadCities(std::string_view text, const std::string& file, bool curated) {
    if (text.empty()) return;
    TsvReader r(text, file, warnings_);
    if (!curated) generated_ = x_.cities_.size();
    if (!r.ReadHeader({"name", "country", "lat", "lon", "population"})) return;
    const int name = r.Column("name"), country = r.Column("country"), region = r.Column("region"),
              aliases = r.Column("aliases");
    while (r.Next()) {
      City city;
      city.name = r.Field(name);
      city.country = r.Field(country);
      city.region = r.Field(region);
      if (city.name.empty() || city.country.size() != 3) {
        r.Warn(fmt::format("{}: needs a name and a 3-letter country; line skipped", r.Where()));
        continue;
      }
      if (!r.Number("lat", &city.lat) || !r.Number("lon", &city.lon) || !r.Number("population", &city.population)) {
        continue;
      }
      if (!InRange(city.lat, city.lon)) {
        r.Warn(fmt::format("{}: coordinates out of range; line skipped", r.Where()));
        continue;
      }
      city.aliases = SplitBars(r.Field(aliases));
      if (curated) Respell(&city);
      x_.cities_.push_back(std::move(city));
    }
    if (!curated) generated_ = x_.cities_.size();
  }

  // Marks each country's capital, adding it from countries.tsv when no city
  // of that name lies in the country.
  void AddCapitals() {
    std::vector<int> capital_of(x_.countries_.size(), -1);
    PlaceIndex::Map<std::vector<uint32_t>> wanted;  // capital name -> countries
    for (uint32_t i = 0; i < x_.countries_.size(); ++i) {
      if (!x_.countries_[i].capital.empty()) {
        wanted.TryEmplace(Key(x_.countries_[i].capital), {}).first->push_back(i);
      }
    }
    auto consider = [&](std::string_view name, size_t k) {
      std::string folded;
      if (NeedsPlaceFold(name)) name = folded = FoldPlaceName(name);
      const std::vector<uint32_t>* countries = wanted.Find(name);
      if (countries == nullptr) return;
      const City& city = x_.cities_[k];
      for (uint32_t i : *countries) {
        if (city.country != x_.countries_[i].iso3) continue;
        int& best = capital_of[i];
        if (best < 0 || city.population > x_.cities_[best].population) best = static_cast<int>(k);
      }
    };
    for (size_t k = 0; k < x_.cities_.size(); ++k) {
      consider(x_.cities_[k].name, k);
      for (const std::string& a : x_.cities_[k].aliases) consider(a, k);
    }
    for (uint32_t i = 0; i < x_.countries_.size(); ++i) {
      const Country& c = x_.countries_[i];
      if (c.capital.empty()) continue;
      if (capital_of[i] < 0) {
        City city;
        city.name = c.capital;
        city.country = c.iso3;
        city.lat = c.capital_lat;
        city.lon = c.capital_lon;
        x_.cities_.push_back(std::move(city));
        capital_of[i] = static_cast<int>(x_.cities_.size() - 1);
      }
      x_.cities_[capital_of[i]].capital = true;
    }
    // cities_ is final now: pointers into it stay valid.
    x_.capitals_.assign(x_.countries_.size(), nullptr);
    for (size_t i = 0; i < capital_of.size(); ++i) {
      if (capital_of[i] >= 0) x_.capitals_[i] = &x_.cities_[capital_of[i]];
    }
  }

  void IndexCities() {
    struct Entry {
      std::string_view key;
      const City* city;
    };
    std::vector<Entry> entries;
    entries.reserve(x_.cities_.size() * 5 / 4);
    auto add = [&](const std::string& name, const City* city) {
      std::string_view key = name;
      if (NeedsPlaceFold(name)) key = x_.folded_.emplace_back(FoldPlaceName(name));
      entries.push_back({key, city});
    };
    // News writes "St. Louis" where GeoNames has "St Louis" (and "Saint
    // Paul" for its "St. Paul"): each spelling of the saint's prefix finds
    // the city.
    auto add_spellings = [&](const std::string& name, const City* city) {
      add(name, city);
      for (std::string_view from : kSaintPrefixes) {
        if (!name.starts_with(from)) continue;
        for (std::string_view to : kSaintPrefixes) {
          if (to != from) add(x_.folded_.emplace_back(fmt::format("{}{}", to, name.substr(from.size()))), city);
        }
        break;
      }
    };
    for (const City& city : x_.cities_) {
      add_spellings(city.name, &city);
      for (const std::string& a : city.aliases) add_spellings(a, &city);
    }
    std::sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) {
      if (a.key != b.key) return a.key < b.key;
      if (a.city->population != b.city->population) return a.city->population > b.city->population;
      if (a.city->capital != b.city->capital) return a.city->capital;
      return a.city < b.city;
    });
    x_.city_list_.reserve(entries.size());
    x_.city_ranges_.Reserve(2 * entries.size());
    for (size_t i = 0; i < entries.size();) {
      size_t j = i;
      uint32_t begin = static_cast<uint32_t>(x_.city_list_.size());
      for (; j < entries.size() && entries[j].key == entries[i].key; ++j) {
        // A city whose name and alias fold alike appears once.
        if (x_.city_list_.size() == begin || x_.city_list_.back() != entries[j].city) {
          x_.city_list_.push_back(entries[j].city);
        }
      }
      x_.city_ranges_.TryEmplace(entries[i].key,
                                 std::make_pair(begin, static_cast<uint32_t>(x_.city_list_.size()) - begin));
      i = j;
    }
  }

  // Indexes the country- and region-name prefixes and thins the tables that are probed
  // with every capitalised word (load <= 3/8: a miss ends within a probe or two).
  void Finish() {
    for (auto [names, prefixes] : {std::pair(&x_.country_names_, &x_.name_prefixes_),
                                   std::pair(&x_.region_names_, &x_.name_prefixes_),
                                   std::pair(&x_.country_names_lower_, &x_.name_prefixes_lower_),
                                   std::pair(&x_.region_names_lower_, &x_.name_prefixes_lower_)}) {
      names->ForEachKey([&](std::string_view key) {
        for (size_t n = 1; n <= key.size(); ++n) prefixes->TryEmplace(key.substr(0, n), true);
      });
    }
    auto add_prefixes = [&](std::string_view key) { x_.place_prefixes_.Add(key); };
    x_.country_names_.ForEachKey(add_prefixes);
    x_.region_names_.ForEachKey(add_prefixes);
    x_.city_ranges_.ForEachKey(add_prefixes);
    for (PlaceIndex::Map<uint32_t>* m : {&x_.country_names_, &x_.country_names_lower_, &x_.demonyms_,
                                         &x_.demonyms_lower_, &x_.region_names_, &x_.region_names_lower_}) {
      m->Reserve(2 * m->size());
    }
    x_.name_prefixes_.Reserve(2 * x_.name_prefixes_.size());
    x_.name_prefixes_lower_.Reserve(2 * x_.name_prefixes_lower_.size());
  }

  // Drops the generated cities the curated rows respelt.
  void DropRespelt() {
    size_t k = 0;
    x_.cities_.erase(std::remove_if(x_.cities_.begin(), x_.cities_.end(),
                                    [&](const City&) { return k < dropped_.size() && dropped_[k++]; }),
                     x_.cities_.end());
    dropped_.clear();
  }

 private:
  // Marks the generated cities `curated` respells, keeping their names as
  // aliases and their population and region when the curated row has none.
  void Respell(City* curated) {
    std::vector<std::string> keys = {Key(curated->name)};
    for (const std::string& a : curated->aliases) keys.push_back(Key(a));
    dropped_.resize(generated_, false);
    for (size_t k = 0; k < generated_; ++k) {
      const City& g = x_.cities_[k];
      if (dropped_[k] || g.country != curated->country) continue;
      if (DistanceKm(g.lat, g.lon, curated->lat, curated->lon) > kRespellingKm) continue;
      if (std::find(keys.begin(), keys.end(), Key(g.name)) == keys.end()) continue;
      dropped_[k] = true;
      if (g.name != curated->name &&
          std::find(curated->aliases.begin(), curated->aliases.end(), g.name) == curated->aliases.end()) {
        curated->aliases.push_back(g.name);
      }
      curated->population = std::max(curated->population, g.population);
      if (curated->region.empty()) curated->region = g.region;
    }
  }

  template <typename V>
  static void AddName(PlaceIndex::Map<V>& exact, PlaceIndex::Map<V>& lower, const std::string& name, V value) {
    std::string key = Key(name);
    exact.TryEmplace(key, value);  // the first country to claim a name keeps it
    lower.TryEmplace(AsciiLower(key), value);
  }

  PlaceIndex& x_;
  std::vector<std::string>* warnings_;
  size_t generated_ = 0;       // cities read from the generated table
  std::vector<bool> dropped_;  // by generated city: respelt by a curated row
};

Result<std::unique_ptr<PlaceIndex>> PlaceIndex::Build(const PlaceSources& sources,
                                                      std::vector<std::string>* warnings) {
  std::unique_ptr<PlaceIndex> index(new PlaceIndex());
  PlaceIndexBuilder b(index.get(), warnings);
  b.ReadCountries(sources.countries, sources.countries_name);
  if (index->countries_.empty()) {
    return Status::Corruption(fmt::format("{}: no country could be read", sources.countries_name));
  }
  b.IndexCountries();
  b.ReadCities(sources.cities, sources.cities_name, /*curated=*/false);
  b.ReadCities(sources.curated, sources.curated_name, /*curated=*/true);
  b.DropRespelt();
  b.ReadRegions(sources.regions, sources.regions_name);
  b.AddCapitals();
  b.IndexCities();
  b.Finish();
  return index;
}

Result<std::unique_ptr<PlaceIndex>> PlaceIndex::Load(const ModelOptions&, std::vector<std::string>* warnings) {
  PlaceSources sources;
  sources.countries = FindEmbeddedFile("places/countries.tsv");
  sources.cities = FindEmbeddedFile("places/cities.tsv");
  sources.curated = FindEmbeddedFile("places/cities_curated.tsv");
  sources.regions = FindEmbeddedFile("places/regions.tsv");
  return Build(sources, warnings);
}

namespace {

// AsciiLower into a caller's buffer when it fits (no allocation), else into
// *spill.
std::string_view LowerInto(std::string_view s, std::array<char, 64>& buf, std::string* spill) {
  if (s.size() > buf.size()) return *spill = AsciiLower(s);
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    buf[i] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  }
  return std::string_view(buf.data(), s.size());
}

}  // namespace

template <typename V>
const V* PlaceIndex::Lookup(const Map<V>& exact, const Map<V>& lower, std::string_view key) const {
  std::string folded;
  if (NeedsPlaceFold(key)) {
    folded = FoldPlaceName(key);
    key = folded;
  }
  if (const V* v = exact.Find(key)) return v;
  // Headlines: "UKRAINE", "KYIV". Short all-capitals words are acronyms.
  if (key.size() >= 4 && IsAllCapitals(key)) {
    std::array<char, 64> buf;
    std::string spill;
    return lower.Find(LowerInto(key, buf, &spill));
  }
  return nullptr;
}

bool PlaceIndex::MayBeginCountryOrRegion(std::string_view first) const {
  // FindCountryByName also strips a leading "the ".
  if (first == "the" || first == "The" || first == "THE") return true;
  std::string folded;
  if (NeedsPlaceFold(first)) first = folded = FoldPlaceName(first);
  if (name_prefixes_.Find(first) != nullptr) return true;
  // A longer all-capitals stretch is also looked up lower-cased; the word
  // that begins it is all capitals too.
  if (!IsAllCapitals(first)) return false;
  std::array<char, 64> buf;
  std::string spill;
  return name_prefixes_lower_.Find(LowerInto(first, buf, &spill)) != nullptr;
}

bool PlaceIndex::MayBeginPlaceName(std::string_view text) const {
  // FindCountryByName also strips a leading "the ".
  if (text.size() >= 3 && (text[0] == 't' || text[0] == 'T') && (text[1] == 'h' || text[1] == 'H') &&
      (text[2] == 'e' || text[2] == 'E')) {
    return true;
  }
  std::string folded;
  if (NeedsPlaceFold(text)) text = folded = FoldPlaceName(text);
  return place_prefixes_.MayBegin(text);
}

const Country* PlaceIndex::FindCountryByName(std::string_view name) const {
  const uint32_t* i = Lookup(country_names_, country_names_lower_, name);
  if (!i) {
    for (std::string_view the : {"the ", "The ", "THE "}) {
      if (name.size() > the.size() && name.substr(0, the.size()) == the) {
        i = Lookup(country_names_, country_names_lower_, name.substr(the.size()));
        break;
      }
    }
  }
  return i ? &countries_[*i] : nullptr;
}

const Country* PlaceIndex::FindCountryByDemonym(std::string_view word) const {
  const uint32_t* i = Lookup(demonyms_, demonyms_lower_, word);
  return i ? &countries_[*i] : nullptr;
}

const Country* PlaceIndex::FindCountryByCode(std::string_view code) const {
  const uint32_t* i = codes_.Find(code);
  return i == nullptr ? nullptr : &countries_[*i];
}

std::span<const City* const> PlaceIndex::FindCities(std::string_view name) const {
  std::string folded;
  if (NeedsPlaceFold(name)) name = folded = FoldPlaceName(name);
  const std::pair<uint32_t, uint32_t>* range = city_ranges_.Find(name);
  if (range == nullptr && name.size() >= 4 && IsAllCapitals(name)) {
    // Headlines: "KYIV", "NEW YORK" -> "Kyiv", "New York".
    folded = TitleCase(name);
    range = city_ranges_.Find(folded);
  }
  if (range == nullptr) return {};
  return std::span<const City* const>(city_list_.data() + range->first, range->second);
}

const City* PlaceIndex::FindCity(std::string_view name, std::string_view country_iso3) const {
  for (const City* c : FindCities(name)) {
    if (c->country == country_iso3) return c;
  }
  return nullptr;
}

const Region* PlaceIndex::FindRegion(std::string_view name) const {
  const uint32_t* i = Lookup(region_names_, region_names_lower_, name);
  return i ? &regions_[*i] : nullptr;
}

const Region* PlaceIndex::FindRegionQualifier(std::string_view name) const {
  if (const Region* r = FindRegion(name)) return r;
  const uint32_t* i = region_abbreviations_.Find(name);
  return i == nullptr ? nullptr : &regions_[*i];
}

const City* PlaceIndex::FindCapital(const Country& country) const {
  size_t i = static_cast<size_t>(&country - countries_.data());
  return i < capitals_.size() ? capitals_[i] : nullptr;
}

}  // namespace readout::lexicon
