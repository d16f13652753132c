// Location shown in a target's span (ShowLocation, arguments.h): "a
// military base in Borno State", "positions in eastern Syria".
#include <algorithm>
#include <string_view>

#include "events/arguments.h"

namespace readout::events {
namespace {

// A word for a place that a location phrase may be headed by: "in the
// country", "near the capital", "in the Golan Heights area".
bool PlaceWord(std::string_view lemma) {
  static const std::string_view kWords[] = {"country", "city", "capital", "region", "province", "state",
                                            "district", "town", "village", "area", "border", "territory",
                                            "governorate", "county", "outskirts", "countryside", "enclave"};
  return std::find(std::begin(kWords), std::end(kWords), lemma) != std::end(kWords);
}

// The chunk starting at token `k` names a place: its head is a place
// entity or a place word, or a place entity in it owns the head ("Syria's
// Hama province", "northern Iraq"). Returns the chunk's end, or 0.
uint32_t PlaceChunkAt(const SentenceParse& p, uint32_t k) {
  if (k >= p.end()) return 0;
  const int c = p.ChunkAt(k);
  if (c < 0) return 0;
  const Chunk& ch = p.chunks()[c];
  if (ch.first != k || ch.time || ch.pronoun) return 0;
  const Analysis& a = p.analysis();
  bool place = false, other = false;
  for (uint32_t i = ch.first; i < ch.end; ++i) {
    const int e = p.EntityAt(i);
    if (e < 0) continue;
    (a.entities[e].type == EntityType::kPlace ? place : other) = true;
  }
  const int head = p.EntityAt(ch.head);
  if (head >= 0) return a.entities[head].type == EntityType::kPlace ? ch.end : 0;
  if (other) return 0;
  if (PlaceWord(p.token(ch.head).lemma) && (place || p.Lower(ch.first) == "the")) return ch.end;
  return 0;
}

bool LocationPreposition(std::string_view w) {
  return w == "in" || w == "near" || w == "at" || w == "outside" || w == "inside" || w == "across";
}

}  // namespace

bool ShowLocation(const SentenceParse& p, Phrase* ph) {
  uint32_t k = std::max(ph->end, ph->span_end);
  if (k + 1 >= p.end() || !LocationPreposition(p.Lower(k))) return false;
  uint32_t end = PlaceChunkAt(p, k + 1);
  if (end == 0) return false;
  // Its own places: "the western province of Herat", "a university in
  // Kenya's Garissa town near the border" (two more at most).
  for (int hops = 0; hops < 2 && end + 1 < p.end(); ++hops) {
    const std::string_view w = p.Lower(end);
    if (w != "of" && !LocationPreposition(w)) break;
    const uint32_t more = PlaceChunkAt(p, end + 1);
    if (more == 0) break;
    end = more;
  }
  ph->span_end = end;
  return true;
}

bool ShowPlaceOwner(const SentenceParse& p, Phrase* ph) {
  if (ph->first < p.first() + 2 || p.Lower(ph->first - 1) != "of") return false;
  const int c = p.ChunkAt(ph->first - 2);
  if (c < 0) return false;
  const Chunk& ch = p.chunks()[c];
  if (ch.end != ph->first - 1 || ch.time || ch.pronoun || p.EntityAt(ch.head) >= 0) return false;
  for (uint32_t i = ch.first; i < ch.end; ++i) {
    if (p.EntityAt(i) >= 0) return false;
  }
  const std::string& lemma = p.token(ch.head).lemma;
  if (!PlaceWord(lemma) && lemma != "part") return false;
  ph->span_first = std::min(ph->span_first, ch.first);
  return true;
}

}  // namespace readout::events
