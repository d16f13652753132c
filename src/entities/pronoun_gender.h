// Gender of people whose given name does not tell it, read from the
// article's honorifics and pronouns (see pronoun_gender.cc).
#ifndef READOUT_ENTITIES_PRONOUN_GENDER_H_
#define READOUT_ENTITIES_PRONOUN_GENDER_H_

#include "readout/analysis.h"

namespace readout::entities {

// Sets Entity::gender for PERSON entities whose gender is unknown when the
// article's "Mr."/"Ms." or "he"/"she" for them agree; others are left as
// they are. REQUIRES: entities clustered (mentions with their sentences).
void InferGenders(Analysis& analysis);

}  // namespace readout::entities

#endif  // READOUT_ENTITIES_PRONOUN_GENDER_H_
