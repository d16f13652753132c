// Two fixed lists checked by linear search: both are short, and callers ask
// only about lower-case words next to capitalised ones.
#include "text/name_particles.h"

#include <algorithm>
#include <array>
#include <span>

namespace readout::text {
namespace {

constexpr std::array<std::string_view, 19> kParticles = {
    "al", "el", "bin", "ibn", "bint", "van", "von", "der", "den", "de",
    "da", "di", "du", "del", "della", "dos", "das", "ter", "zu"};
constexpr std::array<std::string_view, 10> kArticles = {"al", "el", "ad", "as", "ash", "at", "az", "ar", "an", "ul"};

bool In(std::string_view w, std::span<const std::string_view> set) {
  return std::find(set.begin(), set.end(), w) != set.end();
}

}  // namespace

bool IsNameParticle(std::string_view word) { return In(word, kParticles); }

bool IsArticlePrefixed(std::string_view word) {
  // Only a hyphen among the first four bytes can follow an article.
  const size_t head = std::min<size_t>(word.size(), 4);
  size_t h = 0;
  while (h < head && word[h] != '-') ++h;
  if (h == head || h == 0 || h + 1 >= word.size()) return false;
  if (!In(word.substr(0, h), kArticles)) return false;
  return word[h + 1] >= 'A' && word[h + 1] <= 'Z';
}

}  // namespace readout::text
