// Acts recoded or dropped by what they are once their sides are known
// (members of SentenceCoder, sentence_coder.h): speaking to the media or
// to an audience is a statement, not a consultation; help in doing
// something is no aid; a sale agreed by a private side, an opinion agreed
// with and a commitment to a candidate are no intent to cooperate; a
// politician "prosecuting" a politician criticises; not speaking to the
// media declines comment.
#include "events/irrealis.h"
#include "events/sentence_coder.h"

namespace readout::events {

std::string SentenceCoder::ActOfItsKind(const Predicate& p, const std::string& code,
                                        const std::optional<EventArgument>& source,
                                        const std::optional<EventArgument>& target, bool person_target) const {
  const std::string& lemma = parse_.token(p.head).lemma;
  // "spoke to reporters", "talked with CNN", "his conversation with the
  // Times": speaking to the media is a statement (010), not a
  // consultation; not speaking to them ("Neither Warren nor Clinton spoke
  // with reporters") is nothing.
  if (TalksCode(code) && target &&
      target->actor.ends_with("MED")) {
    // "Thor and Beck often meet together", "Thor and Beck were discussing
    // a hypothetical situation": media people meeting among themselves
    // make no statement and no politics (judge_2042 #54, #64).
    if (source && source->actor.ends_with("MED")) return "";
    bool neither = p.negated;
    for (uint32_t k = parse_.first(); k < p.head && !neither; ++k) neither = parse_.Lower(k) == "neither";
    return neither ? "" : "010";
  }
  // "helped define the strife", "help Hillary get elected", "would help
  // Clinton attract voters": help in doing something is no aid, unless it
  // goes to a country, a government or an international body ("offering
  // to help Israel and the Palestinians achieve a lasting peace", "aid to
  // help Haiti cope").
  // With no one named between help and the verb ("the foundation helped
  // bring healthier meals to schools in the United States"), what follows
  // is no one helped, unless a state helps a state ("President Bush helped
  // establish an Afghan government").
  bool helped_named = false;
  if ((code.starts_with("07") || code.starts_with("033")) && lemma == "help" && !p.noun &&
      HelpsToDo(parse_, p.head, &helped_named) &&
      !(StateActor(target) && (helped_named || StateActor(source)))) {
    return "";
  }
  // "Clinton spoke to the Planned Parenthood Action Network": a speech to
  // an organisation or an audience is a statement, no consultation; a
  // government or a person spoken to stays.
  // "spoke to the audience of officials", "prepared to speak to
  // supporters": a speech to an audience too, and a speech to come is no
  // event.
  if ((TalksCode(code) || code == "036") && target &&
      (lemma == "speak" || lemma == "address") && !p.noun &&
      !(target->entity >= 0 && a_.entities[target->entity].type == EntityType::kPerson)) {
    const std::string& to = target->actor;
    if (to.ends_with("NGO") || to.ends_with("LAB") || to.ends_with("BUS") || to.ends_with("EDU") ||
        to.ends_with("REL") || to.ends_with("CVL") || Audience(*target)) {
      return code == "036" ? "" : "010";
    }
  }
  // "He agreed to sell it to Mr. Trump", "agrees Trump is an
  // opportunist": a sale by a private side or an opinion shared is no
  // intent to cooperate (the opinion with the built-in dictionaries only:
  // PETRARCH codes "agree that disputes should be resolved" 030). "he's
  // committed to the Vermont senator": commitment to a person is a pledged
  // vote.
  const bool own_code = p.match.end <= p.head + 1 && p.match.target_at < 0;  // no pattern matched
  const bool opinion = model_.options().dict_dirs.empty() && OpinionShared(p);
  if (code == "030" && lemma == "agree" && own_code && !p.noun && (opinion || PrivateDeal(p, source))) return "";
  if (code == "030" && lemma == "commit" && own_code && (person_target || Politician(target))) return "";
  // "Clinton aggressively prosecuted Sanders at a debate": a politician
  // prosecuting a politician is a figure of criticism.
  if (code == "115" && lemma == "prosecute" && Politician(source) && Politician(target)) {
    return "111";
  }
  // "refused to speak to reporters": not talking to the media is a
  // declined comment, no rejected meeting.
  if (code == "125" && target && target->actor.ends_with("MED")) {
    return "011";
  }
  return code;
}

}  // namespace readout::events
