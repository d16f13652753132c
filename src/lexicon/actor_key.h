// Actor phrase keys: the one normalisation every actor and agent lookup uses,
// so "U.S. Vice-President", "U.S._VICE-PRESIDENT" and "us vice-president"
// meet in the same hash-map slot.
#ifndef READOUT_LEXICON_ACTOR_KEY_H_
#define READOUT_LEXICON_ACTOR_KEY_H_

#include <string>
#include <string_view>

namespace readout::lexicon {

// Appends the key of `phrase` to *out (which is cleared first): ASCII
// lower-cased; common Latin accents folded ("Khürelsükh" -> "khurelsukh");
// '_' and white space collapsed into single spaces; '.' dropped ("U.S." ->
// "us"); curly apostrophes made straight; control bytes and other
// punctuation dropped (they separate words); '-' and '\'' kept inside words.
// Non-ASCII bytes that are not folded pass through unchanged, so invalid
// UTF-8 never fails. No leading or trailing space.
void ActorKey(std::string_view phrase, std::string* out);
std::string ActorKey(std::string_view phrase);

// The regular English plural of a lower-case key's last word ("minister" ->
// "ministers", "embassy" -> "embassies", "press" -> "presses").
std::string RegularPlural(std::string_view key);

}  // namespace readout::lexicon

#endif  // READOUT_LEXICON_ACTOR_KEY_H_
