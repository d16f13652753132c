// Google Benchmark cases for the dictionary probes the entity stage makes
// per word: place names (the article country count and MatchPlace), the
// gazetteer's title and organisation tries, and actor keys. Each case runs
// over the words of the PolNeAR train texts (../shared, read at run time),
// tokenized once, with the built-in model; most probes miss, as in the
// pipeline. Rates are per word probed.
#include <benchmark/benchmark.h>

#include <string>
#include <string_view>
#include <vector>

#include "lexicon/actor_dictionary.h"
#include "lexicon/actor_key.h"
#include "lexicon/gazetteer.h"
#include "lexicon/place_index.h"
#include "polnear_texts.h"
#include "readout/model.h"
#include "text/tokenizer.h"

namespace {

struct Words {
  std::vector<std::string> texts;              // the documents
  std::vector<std::vector<std::string_view>> docs;  // their tokens
  size_t count = 0;
};

// The PolNeAR train texts as token views, loaded once; empty when ../shared
// is absent.
const Words& Corpus() {
  static const Words words = [] {
    Words w;
    w.texts = readout::bench::PolnearTrainTexts();
    for (const std::string& t : w.texts) {
      std::vector<std::string_view> doc;
      for (const readout::Token& tok : readout::text::Tokenize(t)) doc.push_back(t.substr(tok.start, tok.end - tok.start));
      w.count += doc.size();
      w.docs.push_back(std::move(doc));
    }
    return w;
  }();
  return words;
}

const readout::Model* TheModel() {
  static const auto model = readout::Model::Load({});
  return model.ok() ? model.value().get() : nullptr;
}

bool Ready(benchmark::State& state) {
  if (Corpus().docs.empty()) {
    state.SkipWithError("PolNeAR train texts not found under READOUT_SHARED_DIR");
    return false;
  }
  if (TheModel() == nullptr) {
    state.SkipWithError("model did not load");
    return false;
  }
  return true;
}

void Finish(benchmark::State& state) {
  state.counters["words/s"] = benchmark::Counter(static_cast<double>(state.iterations() * Corpus().count),
                                                 benchmark::Counter::kIsRate);
}

bool Capitalised(std::string_view w) { return !w.empty() && w[0] >= 'A' && w[0] <= 'Z'; }

// The article country count's probes: stretches of up to six words from a
// capitalised word, only where a country or region name can begin.
void BM_CountryStretches(benchmark::State& state) {
  if (!Ready(state)) return;
  const readout::lexicon::PlaceIndex& places = TheModel()->places();
  size_t found = 0;
  for (auto _ : state) {
    for (const auto& doc : Corpus().docs) {
      for (size_t i = 0; i < doc.size(); ++i) {
        if (!Capitalised(doc[i])) continue;
        const size_t longest = places.MayBeginCountryOrRegion(doc[i]) ? 6 : 1;
        for (size_t n = std::min(longest, doc.size() - i); n >= 1; --n) {
          std::string_view s(doc[i].data(), static_cast<size_t>(doc[i + n - 1].data() + doc[i + n - 1].size() - doc[i].data()));
          found += places.FindCountryByName(s) != nullptr || places.FindRegion(s) != nullptr;
        }
        found += places.FindCountryByDemonym(doc[i]) != nullptr;
      }
    }
  }
  benchmark::DoNotOptimize(found);
  Finish(state);
}
BENCHMARK(BM_CountryStretches)->Unit(benchmark::kMillisecond);

// One city probe per capitalised word (MatchPlace's last resort).
void BM_CityProbe(benchmark::State& state) {
  if (!Ready(state)) return;
  const readout::lexicon::PlaceIndex& places = TheModel()->places();
  size_t found = 0;
  for (auto _ : state) {
    for (const auto& doc : Corpus().docs) {
      for (std::string_view w : doc) {
        if (Capitalised(w)) found += places.FindCities(w).size();
      }
    }
  }
  benchmark::DoNotOptimize(found);
  Finish(state);
}
BENCHMARK(BM_CityProbe)->Unit(benchmark::kMillisecond);

// The mention finder's two trie matches at every word.
void BM_TitleAndOrgTries(benchmark::State& state) {
  if (!Ready(state)) return;
  const readout::lexicon::Gazetteer& g = TheModel()->gazetteer();
  size_t found = 0;
  for (auto _ : state) {
    for (const auto& doc : Corpus().docs) {
      for (size_t i = 0; i < doc.size(); ++i) found += g.MatchTitle(doc, i).length + g.MatchOrg(doc, i).length;
    }
  }
  benchmark::DoNotOptimize(found);
  Finish(state);
}
BENCHMARK(BM_TitleAndOrgTries)->Unit(benchmark::kMillisecond);

// Word tables probed per word: given names, non-names, organisation words.
void BM_GazetteerWords(benchmark::State& state) {
  if (!Ready(state)) return;
  const readout::lexicon::Gazetteer& g = TheModel()->gazetteer();
  size_t found = 0;
  for (auto _ : state) {
    for (const auto& doc : Corpus().docs) {
      for (std::string_view w : doc) {
        found += g.GivenName(w).has_value() + g.IsNonName(w) +
                 (g.OrgWord(w) != readout::lexicon::OrgWordPlace::kNone);
      }
    }
  }
  benchmark::DoNotOptimize(found);
  Finish(state);
}
BENCHMARK(BM_GazetteerWords)->Unit(benchmark::kMillisecond);

// ActorKey of each word, then an actor and an agent probe (the actor coder's
// n-gram loop, one word long).
void BM_ActorKeyAndProbe(benchmark::State& state) {
  if (!Ready(state)) return;
  const readout::lexicon::ActorDictionary& d = TheModel()->actors();
  std::string key;
  size_t found = 0;
  for (auto _ : state) {
    for (const auto& doc : Corpus().docs) {
      for (std::string_view w : doc) {
        readout::lexicon::ActorKey(w, &key);
        found += (d.FindActorKey(key) != nullptr) + (d.FindAgentKey(key) != nullptr);
      }
    }
  }
  benchmark::DoNotOptimize(found);
  Finish(state);
}
BENCHMARK(BM_ActorKeyAndProbe)->Unit(benchmark::kMillisecond);

}  // namespace
