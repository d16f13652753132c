// Actor coding: CAMEO actor codes for entities and for any noun phrase.
//
// A code is a country or organisation part plus sector codes: "RUSGOV",
// "UKRMIL", "IGOWSTNAT", "USAELI"; "---COP" when the sector is known but the
// country is not. Codes come, in order of preference, from
//  1. named actors in the dictionary at the article date ("Vladimir Putin",
//     "the Kremlin", "NATO", "Carnegie Russia Eurasia Center");
//  2. a country or IGO word ("Russian", "Ukraine", "Moscow", "EU") plus the
//     agent (sector) word of the phrase ("troops" -> MIL, "journalist" ->
//     MED), "former"/"ex-"/"retired" turning an office into ELI;
//  3. for people: their roles (Role::title/org/country) and the words
//     around the first name mention ("Ukrainian journalist X", "X, a senior
//     fellow at ...").
// Date rule: the code valid at the article date; without a date, the most
// recent code (ActorDictionary::CodeAt).
// All functions are pure over a const Model; thread-safe.
#ifndef READOUT_ENTITIES_ACTOR_CODER_H_
#define READOUT_ENTITIES_ACTOR_CODER_H_

#include <optional>
#include <string>
#include <string_view>

#include "readout/analysis.h"
#include "readout/model.h"

namespace readout::entities {

// The stage: sets Entity::actor for every entity (empty when unknown).
// REQUIRES: entities (and places, when available) done.
void CodeActors(const Model& model, Analysis& analysis);

// The code of one entity at `date` (what CodeActors stores); "" if unknown.
// PLACE entities get their bare country code ("Kyiv" -> "UKR"): whether a
// place acts as a government ("Moscow said") is for the caller to decide.
std::string CodeEntity(const Model& model, const Analysis& analysis, const Entity& entity,
                       std::optional<Date> date);

// The code of an arbitrary noun phrase ("Russian troops" -> "RUSMIL",
// "Ukrainian officials" -> "UKRGOV", "the Kremlin" -> "RUSGOV", "former
// US ambassador to NATO" -> "USAELI"). When the phrase names a sector but
// no country ("police"), `context_country` (a CAMEO country code) is put
// in front, or "---" when that is empty. "" when nothing in the phrase is
// known.
std::string CodeText(const Model& model, std::string_view phrase, std::optional<Date> date,
                     std::string_view context_country = {});

// CodeText over analysis.Text(span) at the article date.
std::string CodeSpan(const Model& model, const Analysis& analysis, Span span,
                     std::string_view context_country = {});

// The country part of a code: its first three letters when they are a
// country ("RUSGOV" -> "RUS"), "" for IGO/NGO/"---" codes and for "".
std::string_view CountryOfCode(std::string_view code);

}  // namespace readout::entities

#endif  // READOUT_ENTITIES_ACTOR_CODER_H_
