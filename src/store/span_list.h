// Packed span lists: an article's sentences and an entity cluster's mentions
// are stored as one text column each ("0,63;64,120" and
// "12,24,name,0;80,83,pronoun,1") instead of one row per span. Nothing
// queries single sentences or mentions; the lists are read back whole by
// ArticleLoader, and packing saves ~100 inserts per news article (about a
// third of the writer's time). docs/schema.md gives the format.
#ifndef READOUT_STORE_SPAN_LIST_H_
#define READOUT_STORE_SPAN_LIST_H_

#include <string>
#include <string_view>
#include <vector>

#include "readout/analysis.h"

namespace readout::store {

// "start,end" per sentence, ';' between sentences; "" for none.
std::string EncodeSentences(const std::vector<Sentence>& sentences);
// False (and `out` untouched) when `text` is not such a list.
bool DecodeSentences(std::string_view text, std::vector<Sentence>* out);

// "start,end,kind,sentence" per mention (kind: name, acronym, nominal,
// pronoun), sorted by (start, end), equal spans once.
std::string EncodeMentions(const std::vector<Mention>& mentions);
// The same list appended to `out` (digits, commas, semicolons and kind
// names only: it needs no escaping inside a JSON string).
void AppendMentions(const std::vector<Mention>& mentions, std::string* out);
bool DecodeMentions(std::string_view text, std::vector<Mention>* out);

std::string_view MentionKindName(MentionKind k);

}  // namespace readout::store

#endif  // READOUT_STORE_SPAN_LIST_H_
