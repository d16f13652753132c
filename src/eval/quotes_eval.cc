// Scoring works on "significant" characters: a prefix count over the text's
// bytes of code points that are neither white space nor quote marks, so the
// size of any byte span (or of an intersection) in significant characters is
// one subtraction. Coverage of a gold content by its right predictions is
// the size of the union of their intersections with it (intervals merged).
#include "eval/quotes_eval.h"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include "eval/polnear_corpus.h"

namespace readout::eval {
namespace {

// Byte offset of each code point index (plus the end).
std::vector<uint32_t> CodePointOffsets(std::string_view text) {
  std::vector<uint32_t> out;
  out.reserve(text.size() + 1);
  for (uint32_t i = 0; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) out.push_back(i);
  }
  out.push_back(static_cast<uint32_t>(text.size()));
  return out;
}

bool IsQuoteMarkAt(std::string_view t, size_t i, size_t* len) {
  static constexpr std::string_view kMarks[] = {"\"", "'", "\u201c", "\u201d", "\u2018", "\u2019", "\u00ab", "\u00bb", "\u201e"};
  for (std::string_view m : kMarks) {
    if (t.substr(i, m.size()) == m) { *len = m.size(); return true; }
  }
  return false;
}

// sig[i] = significant code points in text[0, i).
std::vector<uint32_t> SignificantPrefix(std::string_view t) {
  std::vector<uint32_t> sig(t.size() + 1, 0);
  size_t i = 0;
  uint32_t n = 0;
  while (i < t.size()) {
    unsigned char c = t[i];
    size_t len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    size_t mark = 0;
    bool insignificant = std::isspace(c) != 0 || IsQuoteMarkAt(t, i, &mark) || t.substr(i, 2) == "\u00a0";
    for (size_t k = 0; k < len && i + k < t.size(); ++k) sig[i + k] = n;
    if (!insignificant) ++n;
    i += len;
    sig[std::min(i, t.size())] = n;
  }
  return sig;
}

uint32_t Size(const std::vector<uint32_t>& sig, Span s) { return s.empty() ? 0 : sig[s.end] - sig[s.start]; }

Span Intersect(Span a, Span b) {
  Span r{std::max(a.start, b.start), std::min(a.end, b.end)};
  if (r.end < r.start) r.end = r.start;
  return r;
}

uint32_t InsideSize(const std::vector<uint32_t>& sig, Span p, const std::vector<Span>& parts) {
  uint32_t n = 0;
  for (Span g : parts) n += Size(sig, Intersect(p, g));
  return n;
}

uint32_t UnionSize(const std::vector<uint32_t>& sig, std::vector<Span> spans) {
  std::sort(spans.begin(), spans.end(), [](Span a, Span b) { return a.start < b.start; });
  uint32_t n = 0;
  Span cur{0, 0};
  for (Span s : spans) {
    if (s.empty()) continue;
    if (cur.empty() || s.start > cur.end) {
      n += Size(sig, cur);
      cur = s;
    } else {
      cur.end = std::max(cur.end, s.end);
    }
  }
  return n + Size(sig, cur);
}

bool HasQuoteMark(std::string_view text, const std::vector<Span>& parts) {
  for (Span s : parts) {
    std::string_view t = text.substr(s.start, s.size());
    if (t.find('"') != std::string_view::npos || t.find("\u201c") != std::string_view::npos ||
        t.find("\u201d") != std::string_view::npos || t.find("\u00ab") != std::string_view::npos ||
        t.find("''") != std::string_view::npos) {
      return true;
    }
  }
  return false;
}

std::string Join(std::string_view text, const std::vector<Span>& parts) {
  std::string out;
  for (Span s : parts) {
    if (!out.empty()) out += " … ";
    out += text.substr(s.start, s.size());
  }
  return out;
}

std::string Short(std::string_view s, size_t max = 140) {
  std::string out(s.substr(0, max));
  for (char& c : out) if (c == '\n') c = ' ';
  return s.size() > max ? out + "…" : out;
}

}  // namespace

void QuoteCounts::Add(const QuoteCounts& o) {
  articles += o.articles;
  predicted += o.predicted;
  strict_right += o.strict_right;
  loose_right += o.loose_right;
  gold += o.gold;
  strict_found += o.strict_found;
  loose_found += o.loose_found;
  marked_gold += o.marked_gold;
  marked_found += o.marked_found;
  marked_found_strict += o.marked_found_strict;
  speaker_total += o.speaker_total;
  speaker_right += o.speaker_right;
  cue_total += o.cue_total;
  cue_right += o.cue_right;
}

QuoteScores Score(const QuoteCounts& c) {
  auto div = [](size_t a, size_t b) { return b == 0 ? 0.0 : static_cast<double>(a) / static_cast<double>(b); };
  auto f1 = [](double p, double r) { return p + r == 0 ? 0.0 : 2 * p * r / (p + r); };
  QuoteScores s;
  s.strict_precision = div(c.strict_right, c.predicted);
  s.strict_recall = div(c.strict_found, c.gold);
  s.strict_f1 = f1(s.strict_precision, s.strict_recall);
  s.loose_precision = div(c.loose_right, c.predicted);
  s.loose_recall = div(c.loose_found, c.gold);
  s.loose_f1 = f1(s.loose_precision, s.loose_recall);
  s.marked_recall = div(c.marked_found, c.marked_gold);
  s.marked_recall_strict = div(c.marked_found_strict, c.marked_gold);
  s.speaker_accuracy = div(c.speaker_right, c.speaker_total);
  s.cue_accuracy = div(c.cue_right, c.cue_total);
  return s;
}

Result<std::vector<GoldAttribution>> ParseBratAttributions(std::string_view ann, std::string_view text) {
  const std::vector<uint32_t> cp = CodePointOffsets(text);
  struct TextBound {
    std::string type;
    std::vector<Span> parts;
  };
  std::map<std::string, TextBound, std::less<>> spans;
  std::vector<std::vector<std::pair<std::string, std::string>>> relations;
  std::istringstream in{std::string(ann)};
  std::string line;
  size_t line_no = 0;
  while (std::getline(in, line)) {
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    size_t tab = line.find('\t');
    if (tab == std::string::npos) continue;  // the text of a span that runs over lines
    std::string id = line.substr(0, tab);
    std::string rest = line.substr(tab + 1);
    size_t tab2 = rest.find('\t');
    std::string head = rest.substr(0, tab2);
    if (id[0] == 'T') {
      TextBound tb;
      size_t sp = head.find(' ');
      if (sp == std::string::npos) return Status::Corruption(fmt::format("line {}: no offsets", line_no));
      tb.type = head.substr(0, sp);
      std::string_view offs = std::string_view(head).substr(sp + 1);
      while (!offs.empty()) {
        size_t semi = offs.find(';');
        std::string_view part = offs.substr(0, semi);
        size_t blank = part.find(' ');
        if (blank == std::string_view::npos) return Status::Corruption(fmt::format("line {}: bad offsets", line_no));
        uint32_t a = 0, b = 0;
        std::from_chars(part.data(), part.data() + blank, a);
        std::from_chars(part.data() + blank + 1, part.data() + part.size(), b);
        if (a > b || b >= cp.size()) return Status::Corruption(fmt::format("line {}: offsets out of range", line_no));
        tb.parts.push_back({cp[a], cp[b]});
        offs = semi == std::string_view::npos ? std::string_view() : offs.substr(semi + 1);
      }
      spans[id] = std::move(tb);
    } else if (id[0] == 'E') {
      std::vector<std::pair<std::string, std::string>> args;
      std::istringstream fields(head);
      std::string f;
      while (fields >> f) {
        size_t colon = f.find(':');
        if (colon == std::string::npos) continue;
        std::string role = f.substr(0, colon);
        while (!role.empty() && std::isdigit(static_cast<unsigned char>(role.back()))) role.pop_back();
        args.emplace_back(role, f.substr(colon + 1));
      }
      relations.push_back(std::move(args));
    }
  }
  std::vector<GoldAttribution> out;
  for (const auto& args : relations) {
    GoldAttribution g;
    for (const auto& [role, ref] : args) {
      auto it = spans.find(ref);
      if (it == spans.end()) continue;
      std::vector<Span>* dst = role == "Content" ? &g.content : role == "Source" ? &g.source : role == "Cue" ? &g.cue : nullptr;
      if (dst) dst->insert(dst->end(), it->second.parts.begin(), it->second.parts.end());
    }
    if (!g.content.empty()) out.push_back(std::move(g));
  }
  return out;
}

QuoteCounts ScoreQuotes(const Analysis& a, const std::vector<GoldAttribution>& gold, std::vector<std::string>* errors) {
  const std::vector<uint32_t> sig = SignificantPrefix(a.text);
  QuoteCounts c;
  c.articles = 1;
  c.gold = gold.size();
  const size_t np = a.quotes.size();
  // Per prediction, for each gold: inside size.
  std::vector<uint32_t> psize(np);
  std::vector<std::vector<uint32_t>> inside(np, std::vector<uint32_t>(gold.size(), 0));
  for (size_t p = 0; p < np; ++p) {
    psize[p] = Size(sig, a.quotes[p].content);
    uint32_t best = 0;
    size_t best_gold = gold.size();
    for (size_t g = 0; g < gold.size(); ++g) {
      inside[p][g] = InsideSize(sig, a.quotes[p].content, gold[g].content);
      if (inside[p][g] > best) best = inside[p][g], best_gold = g;
    }
    if (psize[p] == 0) continue;
    c.predicted++;
    bool strict = best * 5 >= psize[p] * 4;
    bool loose = best * 2 >= psize[p];
    c.strict_right += strict;
    c.loose_right += loose;
    if (!loose && errors) {
      // The cue, speaker, the share of the prediction inside its best gold
      // (0: no gold there; else it straddles or runs past one) and the
      // sentence, so false positives can be counted by cause.
      const Quote& q = a.quotes[p];
      const std::string_view sentence =
          q.sentence < a.sentences.size() ? a.Text(a.sentences[q.sentence].span()) : std::string_view();
      errors->push_back(fmt::format("{}\tFP\t{}\t{}\tcue={}\tsrc={}\tinside={}%\tsent={}\tgold={}", a.id,
                                    QuoteKindName(q.kind), Short(a.Text(q.content), 400),
                                    q.cue ? a.Text(*q.cue) : "-", q.speaker ? Short(a.Text(*q.speaker)) : "-",
                                    best * 100 / psize[p], Short(sentence, 400),
                                    best_gold < gold.size() ? Short(Join(a.text, gold[best_gold].content), 400)
                                                            : std::string("-")));
    }
  }
  for (size_t g = 0; g < gold.size(); ++g) {
    const GoldAttribution& ga = gold[g];
    uint32_t gsize = 0;
    for (Span s : ga.content) gsize += Size(sig, s);
    const bool marked = HasQuoteMark(a.text, ga.content);
    c.marked_gold += marked;
    std::vector<Span> strict_cover, loose_cover;
    int best = -1;
    for (size_t p = 0; p < np; ++p) {
      if (psize[p] == 0 || inside[p][g] == 0) continue;
      std::vector<Span> parts;
      for (Span s : ga.content) parts.push_back(Intersect(a.quotes[p].content, s));
      if (inside[p][g] * 5 >= psize[p] * 4) strict_cover.insert(strict_cover.end(), parts.begin(), parts.end());
      if (inside[p][g] * 2 >= psize[p]) {
        loose_cover.insert(loose_cover.end(), parts.begin(), parts.end());
        if (best < 0 || inside[p][g] > inside[best][g]) best = static_cast<int>(p);
      }
    }
    const bool strict_found = gsize > 0 && UnionSize(sig, strict_cover) * 5 >= gsize * 4;
    const bool loose_found = gsize > 0 && UnionSize(sig, loose_cover) * 10 >= gsize * 3;
    c.strict_found += strict_found;
    c.loose_found += loose_found;
    c.marked_found += marked && loose_found;
    c.marked_found_strict += marked && strict_found;
    if (!loose_found) {
      if (errors) {
        // How much of the gold some prediction touches (any, right or not):
        // 0 means nothing was drafted there.
        std::vector<Span> touched;
        int widest = -1;
        for (size_t p = 0; p < np; ++p) {
          if (inside[p][g] == 0) continue;
          for (Span s : ga.content) touched.push_back(Intersect(a.quotes[p].content, s));
          if (widest < 0 || inside[p][g] > inside[widest][g]) widest = static_cast<int>(p);
        }
        const uint32_t pct = gsize == 0 ? 0 : UnionSize(sig, touched) * 100 / gsize;
        errors->push_back(fmt::format("{}\tMISS{}\tcue={}\tsrc={}\ttouched={}%\tpred={}\t{}", a.id,
                                      marked ? "-marked" : "", Short(Join(a.text, ga.cue)),
                                      Short(Join(a.text, ga.source)), pct,
                                      widest < 0 ? std::string("-") : Short(a.Text(a.quotes[widest].content)),
                                      Short(Join(a.text, ga.content))));
      }
      continue;
    }
    const Quote& q = a.quotes[best];
    c.speaker_total++;
    bool speaker_ok = false;
    if (ga.source.empty()) {
      speaker_ok = !q.speaker.has_value();
    } else if (q.speaker) {
      for (Span s : ga.source) speaker_ok = speaker_ok || s.Overlaps(*q.speaker);
      std::string_view name = q.speaker_entity >= 0 ? std::string_view(a.entities[q.speaker_entity].name)
                                                    : a.Text(*q.speaker);
      size_t sp = name.find_last_of(' ');
      std::string_view last = sp == std::string_view::npos ? name : name.substr(sp + 1);
      if (!speaker_ok && last.size() > 1) {
        for (Span s : ga.source) speaker_ok = speaker_ok || a.Text(s).find(last) != std::string_view::npos;
      }
    }
    c.speaker_right += speaker_ok;
    c.cue_total++;
    bool cue_ok = false;
    if (ga.cue.empty()) {
      cue_ok = !q.cue.has_value();
    } else if (q.cue) {
      for (Span s : ga.cue) cue_ok = cue_ok || s.Overlaps(*q.cue);
    }
    c.cue_right += cue_ok;
    if (errors && !speaker_ok) {
      errors->push_back(fmt::format("{}\tSPEAKER\tgold={}\tpred={}\t{}", a.id, Short(Join(a.text, ga.source)),
                                    q.speaker ? a.Text(*q.speaker) : "-", Short(a.Text(q.content))));
    }
    if (errors && !cue_ok) {
      errors->push_back(fmt::format("{}\tCUE\tgold={}\tpred={}\t{}", a.id, Short(Join(a.text, ga.cue)),
                                    q.cue ? a.Text(*q.cue) : "-", Short(a.Text(q.content))));
    }
  }
  return c;
}

Result<QuoteCounts> EvaluateQuotesDir(const Pipeline& pipeline, const std::string& dir, size_t limit,
                                      std::vector<std::string>* errors) {
  QuoteCounts total;
  Status s = ForEachPolnearArticle(dir, limit, [&](const Document& doc, const std::vector<GoldAttribution>& gold) {
    auto analysis = pipeline.Analyze(doc);
    if (!analysis.ok()) return analysis.status();
    total.Add(ScoreQuotes(analysis.value(), gold, errors));
    return Status::Ok();
  });
  if (!s.ok()) return s;
  return total;
}

}  // namespace readout::eval
