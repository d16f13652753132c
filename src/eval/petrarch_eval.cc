// Reads PETRARCH's records with a small tag scanner (the file is XML-like
// but not well-formed XML: comments hold stray tags, attributes use either
// quote and spaces around '='), runs the pipeline on each record's text with
// the event coder in PETRARCH's mode (both actors required, negated events
// not coded) and compares triple sets.
#include "eval/petrarch_eval.h"

#include <fmt/format.h>

#include "events/event_coder.h"
#include "readout/pipeline.h"

namespace readout::eval {

namespace {

std::string StripComments(std::string_view xml) {
  std::string out;
  size_t pos = 0;
  while (pos < xml.size()) {
    size_t open = xml.find("<!--", pos);
    if (open == std::string_view::npos) {
      out.append(xml.substr(pos));
      break;
    }
    out.append(xml.substr(pos, open - pos));
    size_t close = xml.find("-->", open + 4);
    if (close == std::string_view::npos) break;
    pos = close + 3;
  }
  return out;
}

// Value of attribute `name` in a tag's text, quotes removed; "" when absent.
std::string Attribute(std::string_view tag, std::string_view name) {
  size_t pos = 0;
  while ((pos = tag.find(name, pos)) != std::string_view::npos) {
    bool word_start = pos == 0 || tag[pos - 1] == ' ' || tag[pos - 1] == '\t' || tag[pos - 1] == '\n';
    size_t k = pos + name.size();
    while (k < tag.size() && tag[k] == ' ') ++k;
    if (!word_start || k >= tag.size() || tag[k] != '=') {
      pos += name.size();
      continue;
    }
    ++k;
    while (k < tag.size() && tag[k] == ' ') ++k;
    if (k >= tag.size()) return "";
    char q = tag[k];
    if (q != '"' && q != '\'') return "";
    size_t end = tag.find(q, k + 1);
    if (end == std::string_view::npos) return "";
    return std::string(tag.substr(k + 1, end - k - 1));
  }
  return "";
}

std::string Between(std::string_view s, std::string_view open, std::string_view close) {
  size_t a = s.find(open);
  if (a == std::string_view::npos) return "";
  a += open.size();
  size_t b = s.find(close, a);
  if (b == std::string_view::npos) return "";
  return std::string(s.substr(a, b - a));
}

std::string Squeeze(std::string_view s) {
  std::string out;
  for (char c : s) {
    bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r';
    if (space) {
      if (!out.empty() && out.back() != ' ') out.push_back(' ');
    } else {
      out.push_back(c);
    }
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

// The five predefined XML entities ("full &amp;TIETYPE ties").
std::string DecodeEntities(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  static constexpr std::pair<std::string_view, char> kEntities[] = {
      {"&amp;", '&'}, {"&lt;", '<'}, {"&gt;", '>'}, {"&quot;", '"'}, {"&apos;", '\''}};
  for (size_t i = 0; i < s.size();) {
    bool done = false;
    if (s[i] == '&') {
      for (const auto& [name, c] : kEntities) {
        if (s.substr(i, name.size()) == name) {
          out.push_back(c);
          i += name.size();
          done = true;
          break;
        }
      }
    }
    if (!done) out.push_back(s[i++]);
  }
  return out;
}

std::string FormatTriples(const std::set<EventTriple>& s) {
  std::string out;
  for (const auto& [a, b, c] : s) out += fmt::format("{}{}-{}-{}", out.empty() ? "" : " ", a, b, c);
  return out.empty() ? "(none)" : out;
}

}  // namespace

Result<std::vector<PetrarchRecord>> ReadPetrarchRecords(std::string_view raw, PetrarchFiles* files) {
  std::string xml = StripComments(raw);
  if (files) {
    files->verbs = Squeeze(Between(xml, "<Verbfile>", "</Verbfile>"));
    files->actors = Squeeze(Between(xml, "<Actorfile>", "</Actorfile>"));
    files->agents = Squeeze(Between(xml, "<Agentfile>", "</Agentfile>"));
    files->discards = Squeeze(Between(xml, "<Discardfile>", "</Discardfile>"));
  }
  std::vector<PetrarchRecord> records;
  size_t pos = 0;
  while ((pos = xml.find("<Sentence ", pos)) != std::string::npos) {
    size_t tag_end = xml.find('>', pos);
    size_t end = xml.find("</Sentence>", pos);
    if (tag_end == std::string::npos || end == std::string::npos) {
      return Status::Corruption(fmt::format("unclosed <Sentence> at byte {}", pos));
    }
    std::string_view tag(xml.data() + pos, tag_end - pos);
    std::string_view body(xml.data() + tag_end, end - tag_end);
    pos = end;
    PetrarchRecord r;
    r.id = Attribute(tag, "id");
    r.category = Attribute(tag, "category");
    std::string d = Attribute(tag, "date");
    if (d.size() == 8) r.date = d.substr(0, 4) + "-" + d.substr(4, 2) + "-" + d.substr(6, 2);
    r.text = DecodeEntities(Squeeze(Between(body, "<Text>", "</Text>")));
    size_t c = 0;
    while ((c = body.find("<EventCoding", c)) != std::string_view::npos) {
      size_t ce = body.find('>', c);
      if (ce == std::string_view::npos) break;
      std::string_view ctag = body.substr(c, ce - c);
      c = ce;
      if (!Attribute(ctag, "error").empty()) {
        if (Attribute(ctag, "error") == "bad_input_parse") r.parse_error = true;
        continue;
      }
      if (!Attribute(ctag, "noevents").empty()) continue;
      r.expected.insert({Attribute(ctag, "sourcecode"), Attribute(ctag, "targetcode"), Attribute(ctag, "eventcode")});
    }
    if (!r.text.empty()) records.push_back(std::move(r));
  }
  return records;
}

PetrarchCounts EvaluatePetrarch(const Model& model, const std::vector<PetrarchRecord>& records,
                                std::vector<std::string>* errors) {
  PetrarchCounts n;
  PipelineOptions popts;
  popts.events = false;
  popts.quotes = false;
  Pipeline pipeline(model, popts);
  events::CodeOptions copts;
  copts.require_dyad = true;
  for (const PetrarchRecord& r : records) {
    if (r.parse_error) {
      ++n.skipped;
      continue;
    }
    Document doc;
    doc.id = r.id;
    doc.text = r.text;
    doc.date = Date::Parse(r.date);
    auto a = pipeline.Analyze(doc);
    std::set<EventTriple> coded;
    if (a.ok()) {
      events::CodeEvents(model, copts, a.value());
      for (const Event& e : a.value().events) {
        if (e.negated || !e.source || !e.target) continue;
        coded.insert({e.source->actor, e.target->actor, e.code});
      }
    }
    ++n.records;
    n.expected += static_cast<int>(r.expected.size());
    n.coded += static_cast<int>(coded.size());
    for (const auto& t : coded) n.correct += r.expected.count(t) ? 1 : 0;
    if (coded == r.expected) {
      ++n.exact;
    } else if (errors) {
      errors->push_back(fmt::format("{}\texpected {}\tcoded {}\t{}", r.id, FormatTriples(r.expected),
                                    FormatTriples(coded), r.text));
    }
  }
  return n;
}

}  // namespace readout::eval
