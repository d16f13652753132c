// The entity stage: per sentence, find mentions (mention_finder.h) and parse
// the roles around person names (role_parser.h); then cluster the article's
// mentions into entities (name_cluster.h). The only article-wide state is the
// set of lower-case words, used to tell sentence openers from names. Last,
// the gender of people whose given name does not tell it (pronoun_gender.h).
#include "entities/entity_extractor.h"

#include <span>

#include "entities/mention_finder.h"
#include "entities/name_cluster.h"
#include "entities/pronoun_gender.h"
#include "entities/role_parser.h"
#include "entities/sentence_words.h"

namespace readout::entities {

void ExtractEntities(const Model& model, Analysis& analysis) {
  ArticleWords article;
  article.Fill(analysis, model.gazetteer());
  SentenceWords sw;
  std::vector<RawMention> mentions;
  for (uint32_t s = 0; s < analysis.sentences.size(); ++s) {
    sw.Fill(analysis, analysis.sentences[s]);
    const size_t before = mentions.size();
    FindMentions(model, analysis, sw, s, article, &mentions);
    ParseRoles(model, analysis, sw, std::span<RawMention>(mentions.data() + before, mentions.size() - before));
  }
  analysis.entities = ClusterMentions(model, analysis, std::move(mentions));
  InferGenders(analysis);
}

}  // namespace readout::entities
