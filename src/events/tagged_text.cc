// Parses the tagged-sentence notation token by token, appending each token's
// text to Analysis::text so every span points into a real string.
#include "events/tagged_text.h"

#include <fmt/format.h>

#include <map>

namespace readout::events {

Result<Analysis> ParseTaggedText(std::string_view tagged) {
  Analysis a;
  std::map<std::string, int> entity_by_key;
  int open_mention = -1;  // first token of an open [ ... ]
  uint32_t sentence_first = 0;
  size_t i = 0;
  auto close_sentence = [&]() {
    if (a.tokens.size() == sentence_first) return;
    Sentence s;
    s.first_token = sentence_first;
    s.end_token = static_cast<uint32_t>(a.tokens.size());
    s.start = a.tokens[sentence_first].start;
    s.end = a.tokens.back().end;
    a.sentences.push_back(s);
    sentence_first = s.end_token;
  };
  while (i < tagged.size()) {
    while (i < tagged.size() && (tagged[i] == ' ' || tagged[i] == '\n')) ++i;
    if (i >= tagged.size()) break;
    size_t j = i;
    while (j < tagged.size() && tagged[j] != ' ' && tagged[j] != '\n') ++j;
    std::string_view item = tagged.substr(i, j - i);
    i = j;
    if (item[0] == '[' && item.size() > 1) {
      open_mention = static_cast<int>(a.tokens.size());
      item.remove_prefix(1);
    }
    std::string_view actor_key;
    bool closes = false;
    if (size_t close = item.find("]="); close != std::string_view::npos) {
      actor_key = item.substr(close + 2);
      item = item.substr(0, close);
      closes = true;
    }
    size_t slash = item.find('/', 1);
    if (slash == std::string_view::npos) return Status::InvalidArgument(fmt::format("token without /POS: {}", item));
    std::string_view text = item.substr(0, slash);
    std::string_view rest = item.substr(slash + 1);
    std::string_view pos_name = rest.substr(0, rest.find('/'));
    std::string_view lemma = rest.find('/') == std::string_view::npos ? "" : rest.substr(rest.find('/') + 1);
    Token t;
    if (!a.text.empty()) {
      a.text.push_back(' ');
      t.space_before = true;
    }
    t.start = static_cast<uint32_t>(a.text.size());
    a.text.append(text);
    t.end = static_cast<uint32_t>(a.text.size());
    auto pos = pos_name == "." || pos_name == "," ? std::optional<Pos>(Pos::kPunct) : PosFromName(pos_name);
    if (!pos) return Status::InvalidArgument(fmt::format("unknown POS {}", pos_name));
    t.pos = *pos;
    if (text == "." || text == "!" || text == "?") t.kind = TokenKind::kSentenceEnd;
    else if (text == "-" || text == "\xE2\x80\x93") t.kind = TokenKind::kDash;
    else if (*pos == Pos::kPunct) t.kind = TokenKind::kPunct;
    else if (text == "'s") t.kind = TokenKind::kPossessive;
    t.lemma = lemma.empty() ? std::string(text) : std::string(lemma);
    for (char& c : t.lemma) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    a.tokens.push_back(std::move(t));
    if (closes) {
      if (open_mention < 0) return Status::InvalidArgument("]= without [");
      std::string key(actor_key);
      auto it = entity_by_key.find(key);
      int e;
      if (it == entity_by_key.end()) {
        e = static_cast<int>(a.entities.size());
        entity_by_key[key] = e;
        Entity ent;
        ent.id = fmt::format("E{}", e + 1);
        std::string actor = key.substr(0, key.find_first_of("#@"));
        ent.actor = actor == "-" ? "" : actor;
        const bool region = key.find("@REG") != std::string::npos;
        ent.type = key.find("@PER") != std::string::npos                ? EntityType::kPerson
                   : key.find("@LOC") != std::string::npos || region ? EntityType::kPlace
                                                                        : EntityType::kOrg;
        if (region) {
          ent.place = Place();
          ent.place->kind = PlaceKind::kRegion;
        }
        a.entities.push_back(std::move(ent));
      } else {
        e = it->second;
      }
      Mention m;
      m.start = a.tokens[open_mention].start;
      m.end = a.tokens.back().end;
      m.sentence = static_cast<uint32_t>(a.sentences.size());
      a.entities[e].mentions.push_back(m);
      if (a.entities[e].name.empty()) a.entities[e].name = a.text.substr(m.start, m.end - m.start);
      open_mention = -1;
    }
    if (a.tokens.back().kind == TokenKind::kSentenceEnd) close_sentence();
  }
  close_sentence();
  return a;
}

std::string FormatEvents(const Analysis& a) {
  std::string out;
  auto arg = [&](const std::optional<EventArgument>& x) {
    if (!x) return std::string("-");
    return fmt::format("{} \"{}\"", x->actor.empty() ? "?" : x->actor, a.Text(x->span));
  };
  for (const Event& e : a.events) {
    out += fmt::format("{} {} -> {} [{}]{}\n", e.code, arg(e.source), arg(e.target), a.Text(e.trigger),
                       e.negated ? " NEGATED" : "");
  }
  return out;
}

}  // namespace readout::events
