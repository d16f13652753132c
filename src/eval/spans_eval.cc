// Token labels are compared position by position: the sentence text is the
// gold tokens joined as news text writes them (Detokenize: no space before
// punctuation and clitics such as "'s", none around a word-joining hyphen),
// so gold token i covers a known byte range; a predicted source (target) label is any event source (target)
// span overlapping that range. When a token is inside both a source and a
// target span, both predictions count.
//
// ConfliBERT's reading (SpanReading::conflibert) translates our events into
// its labels: each of its sentences carries one event (the same sentences
// in its classification set have one class each), so only the sentence's
// main event is read: a bare statement ("officials said", 010) gives way
// to any other event, then the events of the earliest trigger stand (the
// main clause comes before its participles and relative clauses: "attacked
// a base ..., killing 17 soldiers"). The two sides of an act two actors do
// together are reciprocal (R), neither source nor target (Reciprocal). The
// members of a coordination are one span there ("Turkey and Syria"): the
// "and" or comma between two sides of the same trigger and role is
// labelled with them.
#include "eval/spans_eval.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <cstdint>

#include "events/event_coder.h"
#include "readout/pipeline.h"

namespace readout::eval {

Result<std::vector<ConllSentence>> ReadConllSpans(std::string_view text) {
  std::vector<ConllSentence> out;
  ConllSentence cur;
  size_t pos = 0;
  int line_no = 0;
  while (pos <= text.size()) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    std::string_view line = text.substr(pos, nl - pos);
    pos = nl + 1;
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty()) {
      if (!cur.tokens.empty()) out.push_back(std::move(cur));
      cur = ConllSentence();
      if (nl == text.size()) break;
      continue;
    }
    size_t sp = line.rfind(' ');
    if (sp == std::string_view::npos) sp = line.rfind('\t');
    if (sp == std::string_view::npos || sp == 0) {
      return Status::InvalidArgument(fmt::format("line {}: expected 'token TAG'", line_no));
    }
    std::string_view tag = line.substr(sp + 1);
    char label = 'O';
    if (tag.size() >= 3 && (tag[0] == 'B' || tag[0] == 'I') && tag[1] == '-') label = tag[2];
    if (label != 'S' && label != 'T' && label != 'R') label = 'O';
    cur.tokens.emplace_back(line.substr(0, sp));
    cur.labels.push_back(label);
  }
  if (!cur.tokens.empty()) out.push_back(std::move(cur));
  return out;
}

namespace {

bool IsWordChar(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; }

// True when `tok` attaches to the token before it without a space.
bool AttachesLeft(const std::string& prev, const std::string& tok) {
  static const char* const kLeft[] = {",", ".", ":", ";", "!", "?", ")", "]", "%", "'s", "'", "\u2019",
                                      "n't", "'re", "'ve", "'ll", "'d", "'m"};
  for (const char* k : kLeft) {
    if (tok == k) return true;
  }
  // "Netanyahu ’ s": the possessive split into an apostrophe and "s".
  if (tok == "s" && (prev == "\u2019" || prev == "'")) return true;
  return prev == "(" || prev == "[" || prev == "$";
}

}  // namespace

std::string Detokenize(const std::vector<std::string>& tokens, std::vector<Span>* spans) {
  std::string text;
  spans->clear();
  for (size_t i = 0; i < tokens.size(); ++i) {
    const std::string& t = tokens[i];
    bool space = i > 0 && !AttachesLeft(tokens[i - 1], t);
    // "rebel - held", "cease - fire": a hyphen between two words joins them.
    if (i > 0 && (t == "-" || tokens[i - 1] == "-") && i + 1 <= tokens.size()) {
      const std::string& left = t == "-" ? tokens[i - 1] : (i >= 2 ? tokens[i - 2] : std::string());
      const std::string& right = t == "-" ? (i + 1 < tokens.size() ? tokens[i + 1] : std::string()) : t;
      if (!left.empty() && !right.empty() && IsWordChar(left.back()) && IsWordChar(right.front())) space = false;
    }
    // "20 , 000 people", "$ 22 . 5 million": a comma or point between digit
    // groups is part of the number ("20,000", "22.5").
    auto digits = [](const std::string& w) {
      return !w.empty() && std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; });
    };
    if (i >= 2 && (tokens[i - 1] == "," || tokens[i - 1] == ".") && digits(tokens[i - 2]) && digits(t) &&
        (tokens[i - 1] == "." || t.size() == 3)) {
      space = false;
    }
    if (i >= 1 && i + 1 < tokens.size() && (t == "," || t == ".") && digits(tokens[i - 1]) &&
        digits(tokens[i + 1]) && (t == "." || tokens[i + 1].size() == 3)) {
      space = false;
    }
    // "Andr é s", "Go ñ i": the CoNLL file splits words at their accented
    // letters; a lone Latin letter with a diacritic (U+00C0-U+024F, two
    // bytes) joins the word pieces around it.
    auto accented = [](const std::string& w) {
      const auto b = static_cast<unsigned char>(w.empty() ? 0 : w[0]);
      return w.size() == 2 && b >= 0xC3 && b <= 0xC9 && w != "\u00d7" && w != "\u00f7";
    };
    auto letter_end = [](const std::string& w) {
      return !w.empty() && std::isalpha(static_cast<unsigned char>(w.back()));
    };
    auto letter_start = [](const std::string& w) {
      return !w.empty() && std::isalpha(static_cast<unsigned char>(w.front()));
    };
    if (i > 0 && accented(t) && letter_end(tokens[i - 1])) space = false;
    if (i > 0 && accented(tokens[i - 1]) && letter_start(t) && i >= 2 && letter_end(tokens[i - 2])) space = false;
    if (space) text.push_back(' ');
    spans->push_back({static_cast<uint32_t>(text.size()), static_cast<uint32_t>(text.size() + t.size())});
    text += t;
  }
  return text;
}

PrF Score(int gold, int predicted, int hit) {
  PrF s;
  s.p = predicted ? static_cast<double>(hit) / predicted : 0;
  s.r = gold ? static_cast<double>(hit) / gold : 0;
  s.f1 = s.p + s.r > 0 ? 2 * s.p * s.r / (s.p + s.r) : 0;
  return s;
}

namespace {

// ConfliBERT marks both participants of an act two actors do together as
// reciprocal (R): meetings and talks ("X met Y", "X held talks with Y",
// 040/044/046), agreements signed or struck (057), and an act a
// coordinated subject does as one, which our coder gives as an event per
// direction between its members ("X and Y agreed to share information").
// Calls (041), hosting (043) and mediation (045) keep a source and a
// target there.
bool Reciprocal(const Event& e, const std::vector<Event>& all) {
  if (e.code == "040" || e.code.starts_with("044") || e.code.starts_with("046") || e.code.starts_with("057")) {
    return true;
  }
  if (!e.source || !e.target) return false;
  return std::any_of(all.begin(), all.end(), [&](const Event& o) {
    return &o != &e && o.code == e.code && o.trigger == e.trigger && o.source && o.target &&
           o.source->span == e.target->span && o.target->span == e.source->span;
  });
}

// The events ConfliBERT's one event per sentence stands for: a bare
// statement gives way to any other event; then the earliest trigger's.
std::vector<bool> MainEvents(const std::vector<Event>& evs) {
  auto bare = [](const Event& e) { return e.code == "010"; };
  const bool other = std::any_of(evs.begin(), evs.end(), [&](const Event& e) { return !bare(e); });
  uint32_t first = UINT32_MAX;
  for (const Event& e : evs) {
    if (!(other && bare(e))) first = std::min(first, e.trigger.start);
  }
  std::vector<bool> keep(evs.size());
  for (size_t k = 0; k < evs.size(); ++k) keep[k] = !(other && bare(evs[k])) && evs[k].trigger.start == first;
  return keep;
}

// True when the text between two sides is only "and", "or" and commas.
bool CoordinationGap(std::string_view gap) {
  size_t i = 0;
  while (i < gap.size()) {
    if (gap[i] == ' ' || gap[i] == ',') {
      ++i;
      continue;
    }
    size_t j = gap.find_first_of(" ,", i);
    if (j == std::string_view::npos) j = gap.size();
    std::string_view w = gap.substr(i, j - i);
    if (w != "and" && w != "or") return false;
    i = j;
  }
  return true;
}

// One labelled side: its role ('S', 'T' or 'R'), the words, the trigger.
struct Side {
  char role;
  Span span;
  Span trigger;
};

// The sides our events give each gold token's byte range.
std::vector<Side> ReadSides(const Analysis& a, const SpanReading& reading) {
  const std::vector<Event>& evs = a.events;
  std::vector<bool> keep(evs.size(), true);
  if (reading.conflibert) keep = MainEvents(evs);
  std::vector<Side> sides;
  for (size_t k = 0; k < evs.size(); ++k) {
    if (!keep[k]) continue;
    const Event& e = evs[k];
    const bool mutual = reading.conflibert && Reciprocal(e, evs);
    if (e.source) sides.push_back({mutual ? 'R' : 'S', e.source->span, e.trigger});
    if (e.target) sides.push_back({mutual ? 'R' : 'T', e.target->span, e.trigger});
  }
  if (!reading.conflibert) return sides;
  // "Canada and Costa Rica": the words joining two reciprocal sides of
  // one trigger belong to the coordination's one span.
  const size_t n = sides.size();
  for (size_t x = 0; x < n; ++x) {
    for (size_t y = 0; y < n; ++y) {
      const Side& l = sides[x];
      const Side& r = sides[y];
      if (l.role != 'R' || r.role != 'R' || !(l.trigger == r.trigger) || l.span.end >= r.span.start) continue;
      if (CoordinationGap(a.Text({l.span.end, r.span.start}))) sides.push_back({l.role, {l.span.end, r.span.start}, l.trigger});
    }
  }
  return sides;
}

}  // namespace

SpanCounts EvaluateSpans(const Model& model, const std::vector<ConllSentence>& sentences,
                         const SpanReading& reading, std::vector<std::string>* errors) {
  SpanCounts n;
  PipelineOptions popts;
  popts.events = false;
  popts.quotes = false;
  Pipeline pipeline(model, popts);
  events::CodeOptions copts;
  copts.require_actor = false;
  copts.things_as_targets = reading.things_as_targets;
  for (const ConllSentence& s : sentences) {
    Document doc;
    doc.id = fmt::format("{}", n.sentences);
    std::vector<Span> spans;
    doc.text = Detokenize(s.tokens, &spans);
    ++n.sentences;
    auto a = pipeline.Analyze(doc);
    if (!a.ok()) continue;
    events::CodeEvents(model, copts, a.value());
    std::string pred(s.tokens.size(), 'O');
    bool wrong = false;
    const std::vector<Side> sides = ReadSides(a.value(), reading);
    for (size_t i = 0; i < spans.size(); ++i) {
      bool src = false, tgt = false, rec = false;
      for (const Side& side : sides) {
        if (!side.span.Overlaps(spans[i])) continue;
        src |= side.role == 'S';
        tgt |= side.role == 'T';
        rec |= side.role == 'R';
      }
      char g = s.labels[i];
      n.gold_s += g == 'S';
      n.gold_t += g == 'T';
      n.gold_r += g == 'R';
      n.pred_s += src;
      n.pred_t += tgt;
      n.pred_r += rec;
      n.hit_s += src && g == 'S';
      n.hit_t += tgt && g == 'T';
      n.hit_r += rec && g == 'R';
      pred[i] = src ? 'S' : tgt ? 'T' : rec ? 'R' : 'O';
      wrong |= pred[i] != g;
    }
    if (wrong && errors) {
      std::string line;
      for (size_t i = 0; i < s.tokens.size(); ++i) {
        line += s.tokens[i];
        if (s.labels[i] != 'O' || pred[i] != 'O') line += fmt::format("/{}{}", s.labels[i], pred[i]);
        line += ' ';
      }
      // The events behind the labels, for telling a missing verb from a
      // misplaced span: "\t| 190 source -> target".
      // An event the reading leaves out is marked "~".
      const Analysis& an = a.value();
      std::vector<bool> read(an.events.size(), true);
      if (reading.conflibert) read = MainEvents(an.events);
      for (size_t k = 0; k < an.events.size(); ++k) {
        const Event& e = an.events[k];
        line += fmt::format("\t| {}{} {} -> {} [{}]", read[k] ? "" : "~", e.code,
                            e.source ? an.Text(e.source->span) : "-", e.target ? an.Text(e.target->span) : "-",
                            an.Text(e.trigger));
      }
      errors->push_back(line);
    }
  }
  return n;
}

}  // namespace readout::eval
