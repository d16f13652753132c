#include "text/name_particles.h"

#include <gtest/gtest.h>

namespace readout::text {
namespace {

TEST(NameParticles, Particles) {
  for (std::string_view w : {"bin", "von", "der", "da", "de", "ibn"}) EXPECT_TRUE(IsNameParticle(w)) << w;
  for (std::string_view w : {"Bin", "the", "of", "and", ""}) EXPECT_FALSE(IsNameParticle(w)) << w;
}

TEST(NameParticles, ArticlePrefixed) {
  for (std::string_view w : {"al-Ansari", "el-Sisi", "ash-Sharaa", "al-Assad"}) {
    EXPECT_TRUE(IsArticlePrefixed(w)) << w;
  }
  for (std::string_view w : {"al-", "alarm", "all-out", "al-qaeda", "well-Known", "-Ansari", "Al-Jazeera"}) {
    EXPECT_FALSE(IsArticlePrefixed(w)) << w;
  }
}

}  // namespace
}  // namespace readout::text
