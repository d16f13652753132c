// Lower-case pieces of personal names: particles between capitalised words
// ("Mohammed bin Salman", "Ursula von der Leyen", "Luiz Inácio Lula da
// Silva") and the Arabic article joined to a name ("Majed al-Ansari",
// "Abdel Fattah el-Sisi"). Shared by the entity and quote stages so both
// read such names as one.
#ifndef READOUT_TEXT_NAME_PARTICLES_H_
#define READOUT_TEXT_NAME_PARTICLES_H_

#include <string_view>

namespace readout::text {

// "bin", "ibn", "von", "van", "der", "de", "da", ... (exact, lower case).
bool IsNameParticle(std::string_view word);

// "al-Ansari", "el-Sisi", "ash-Sharaa": a short article, a hyphen, then a
// capital letter.
bool IsArticlePrefixed(std::string_view word);

}  // namespace readout::text

#endif  // READOUT_TEXT_NAME_PARTICLES_H_
