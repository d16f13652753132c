// Entity evaluation against PolNeAR-style gold attributions (brat standoff,
// DIR/text/*.txt and DIR/attributions/<article>_<annotator>.ann; the first
// annotator file of an article is used).
//
// The metric (issue 2, part 7). Gold: the annotated `Source` spans.
//  * A Source names a person or organisation when, after a leading "the",
//    "a" or "an", its first word starts with a capital letter, is not a
//    pronoun or determiner ("He", "This", "Some"), and is not an ordinary
//    word capitalised at a sentence start (its lower-case form occurs in the
//    article: "Sources", "Officials"). Those are the named sources.
//  * A named source is covered when an entity mention overlaps its span;
//    typed when that entity is a PERSON, ORG or GROUP.
//  * The text gives a role for a named source when a title from the
//    gazetteer's list (not an honorific such as "Mr.") stands inside the
//    span before its last capitalised word ("Republican nominee Donald
//    Trump"), ends right before the span ("spokesman | Josh Earnest"), or
//    starts within three words after a comma that follows the span
//    ("Kellyanne Conway, Trump's campaign manager,"). The role is found when
//    the covering entity carries at least one role.
#ifndef READOUT_EVAL_ENTITIES_EVAL_H_
#define READOUT_EVAL_ENTITIES_EVAL_H_

#include <string>
#include <vector>

#include "eval/quotes_eval.h"
#include "readout/analysis.h"
#include "readout/model.h"
#include "readout/pipeline.h"
#include "readout/status.h"

namespace readout::eval {

struct EntityCounts {
  size_t articles = 0;
  size_t sources = 0;        // Source spans
  size_t named = 0;          // ... naming a person or organisation
  size_t covered = 0;        // ... overlapped by an entity mention
  size_t typed = 0;          // ... whose entity is PERSON, ORG or GROUP
  size_t role_given = 0;     // named sources the text gives a role for
  size_t role_found = 0;     // ... whose entity carries a role
  void Add(const EntityCounts& o);
};

// Scores one analysed article against its gold attributions. When `misses`
// is given, appends a readable line for each uncovered named source and each
// given role not found.
EntityCounts ScoreEntities(const Model& model, const Analysis& a, const std::vector<GoldAttribution>& gold,
                           std::vector<std::string>* misses);

// Runs `pipeline` over the folder and scores it. `limit` > 0 stops after that
// many articles.
Result<EntityCounts> EvaluateEntitiesDir(const Model& model, const Pipeline& pipeline, const std::string& dir,
                                         size_t limit, std::vector<std::string>* misses);

}  // namespace readout::eval

#endif  // READOUT_EVAL_ENTITIES_EVAL_H_
