// Names of the enums in readout/analysis.h, as they appear in the output.
#include <algorithm>
#include <array>
#include <cctype>

#include "readout/analysis.h"

namespace readout {
namespace {
constexpr std::array<std::string_view, 38> kPosNames = {
    "UNK", "CC", "CD", "DT", "EX", "FW", "IN", "JJ", "JJR", "JJS", "LS", "MD", "NN",
    "NNS", "NNP", "NNPS", "PDT", "POS", "PRP", "PRP$", "RB", "RBR", "RBS", "RP", "SYM",
    "TO", "UH", "VB", "VBD", "VBG", "VBN", "VBP", "VBZ", "WDT", "WP", "WP$", "WRB", "PUNCT"};
}  // namespace

std::string_view PosName(Pos pos) { return kPosNames[static_cast<size_t>(pos)]; }

std::optional<Pos> PosFromName(std::string_view name) {
  for (size_t i = 0; i < kPosNames.size(); ++i) {
    std::string_view n = kPosNames[i];
    if (n.size() == name.size() &&
        std::equal(n.begin(), n.end(), name.begin(), [](char a, char b) {
          return std::toupper(static_cast<unsigned char>(a)) == std::toupper(static_cast<unsigned char>(b));
        })) {
      return static_cast<Pos>(i);
    }
  }
  return std::nullopt;
}

std::string_view EntityTypeName(EntityType t) {
  switch (t) {
    case EntityType::kPerson: return "PERSON";
    case EntityType::kOrg: return "ORG";
    case EntityType::kPlace: return "PLACE";
    case EntityType::kGroup: return "GROUP";
  }
  return "PERSON";
}

std::string_view QuoteKindName(QuoteKind k) {
  switch (k) {
    case QuoteKind::kDirect: return "direct";
    case QuoteKind::kPartial: return "partial";
    case QuoteKind::kIndirect: return "indirect";
  }
  return "direct";
}

}  // namespace readout
