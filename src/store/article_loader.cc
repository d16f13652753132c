// The inverse of Writer::Put: the article row with its packed sentences,
// entity clusters and times (span_list.h, packed_facts.h), then one prepared
// statement each for quotes and events, rows in the order they were written
// (idx columns), with local entity ids ("E3") mapped back to indexes for
// quote speakers and event arguments.
#include "store/article_loader.h"

#include <fmt/format.h>

#include <unordered_map>

#include "store/packed_facts.h"
#include "store/span_list.h"

namespace readout::store {

struct ArticleLoader::Statements {
  Statement by_ext, article, quotes, events;
};

namespace {

QuoteKind QuoteKindFromName(std::string_view s) {
  if (s == "partial") return QuoteKind::kPartial;
  if (s == "indirect") return QuoteKind::kIndirect;
  return QuoteKind::kDirect;
}

uint32_t U32(const Statement& s, int c) { return static_cast<uint32_t>(s.Int(c)); }

// Runs `st` (already bound) and calls `row` for each row.
template <typename F>
Status ForEachRow(Statement& st, F&& row) {
  for (;;) {
    auto more = st.Step();
    if (!more.ok()) {
      st.Reset();
      return more.status();
    }
    if (!more.value()) break;
    row(st);
  }
  st.Reset();
  return Status::Ok();
}

}  // namespace

ArticleLoader::ArticleLoader(Database& db) : db_(db) {}
ArticleLoader::~ArticleLoader() = default;

Result<std::unique_ptr<ArticleLoader>> ArticleLoader::Open(Database& db) {
  std::unique_ptr<ArticleLoader> l(new ArticleLoader(db));
  l->st_ = std::make_unique<Statements>();
  Statements& s = *l->st_;
  struct Item {
    Statement* st;
    const char* sql;
  } items[] = {
      {&s.by_ext, "SELECT id FROM articles WHERE ext_id = ?1"},
      {&s.article,
       "SELECT a.ext_id, a.date, a.title, a.source, a.url, a.text, d.ext_id, a.similarity, a.sentence_spans, "
       "a.entities, a.times FROM articles a LEFT JOIN articles d ON d.id = a.duplicate_of WHERE a.id = ?1"},
      {&s.quotes,
       "SELECT kind, start, end, speaker_local, speaker_start, speaker_end, cue_start, cue_end, medium, sentence "
       "FROM quotes WHERE article = ?1 ORDER BY idx"},
      {&s.events,
       "SELECT code, root, quad, goldstein, plover, sentence, source_actor, source_local, source_start, source_end, "
       "target_actor, target_local, target_start, target_end, trigger_start, trigger_end, negated, event_date, "
       "place_name, place_country, lat, lon FROM events WHERE article = ?1 ORDER BY idx"},
  };
  for (auto& it : items) {
    auto st = db.Prepare(it.sql);
    if (!st.ok()) return st.status();
    *it.st = std::move(st.value());
  }
  return l;
}

Result<StoredArticle> ArticleLoader::Load(const std::string& id) {
  Statement& q = st_->by_ext;
  q.Bind(1, id);
  auto row = q.Step();
  if (!row.ok()) return row.status();
  int64_t r = row.value() ? q.Int(0) : 0;
  q.Reset();
  if (r == 0) return Status::NotFound(fmt::format("no article with id '{}' in the database", id));
  return LoadRow(r);
}

Result<StoredArticle> ArticleLoader::LoadRow(int64_t row_id) {
  Statements& s = *st_;
  StoredArticle out;
  out.row = row_id;
  bool found = false;
  bool packed_ok = true;  // every packed list read back
  s.article.Bind(1, row_id);
  Status st = ForEachRow(s.article, [&](Statement& r) {
    found = true;
    out.doc.id = std::string(r.Text(0));
    if (!r.IsNull(1)) out.doc.date = Date::Parse(r.Text(1));
    out.doc.title = std::string(r.Text(2));
    out.doc.source = std::string(r.Text(3));
    out.doc.url = std::string(r.Text(4));
    out.doc.text = std::string(r.Text(5));
    out.duplicate_of = std::string(r.Text(6));
    out.similarity = r.IsNull(7) ? 0.0 : r.Double(7);
    packed_ok = DecodeSentences(r.Text(8), &out.analysis.sentences) &&
                DecodeEntities(r.Text(9), &out.analysis.entities) && DecodeTimes(r.Text(10), &out.analysis.times);
  });
  if (!st.ok()) return st;
  if (!found) return Status::NotFound(fmt::format("no article with row {} in the database", row_id));
  Analysis& a = out.analysis;
  a.id = out.doc.id;
  a.date = out.doc.date;
  a.text = out.doc.text;

  std::unordered_map<std::string, int> local;
  for (size_t i = 0; i < a.entities.size(); ++i) local[a.entities[i].id] = static_cast<int>(i);
  if (!packed_ok) {
    return Status::IoError(fmt::format("article '{}' has a damaged sentence, entity or time list in the database",
                                       out.doc.id));
  }
  auto local_index = [&](std::string_view id) {
    auto it = local.find(std::string(id));
    return it == local.end() ? -1 : it->second;
  };

  s.quotes.Bind(1, row_id);
  st = ForEachRow(s.quotes, [&](Statement& r) {
    Quote q;
    q.kind = QuoteKindFromName(r.Text(0));
    q.content = Span{U32(r, 1), U32(r, 2)};
    if (!r.IsNull(3)) q.speaker_entity = local_index(r.Text(3));
    if (!r.IsNull(4)) q.speaker = Span{U32(r, 4), U32(r, 5)};
    if (!r.IsNull(6)) q.cue = Span{U32(r, 6), U32(r, 7)};
    q.medium = std::string(r.Text(8));
    q.sentence = U32(r, 9);
    a.quotes.push_back(std::move(q));
  });
  if (!st.ok()) return st;

  s.events.Bind(1, row_id);
  st = ForEachRow(s.events, [&](Statement& r) {
    Event ev;
    ev.code = std::string(r.Text(0));
    ev.root = std::string(r.Text(1));
    ev.quad = static_cast<int>(r.Int(2));
    ev.goldstein = r.Double(3);
    ev.plover = std::string(r.Text(4));
    ev.sentence = U32(r, 5);
    auto arg = [&](int base) -> std::optional<EventArgument> {
      if (r.IsNull(base + 2)) return std::nullopt;
      EventArgument x;
      x.actor = std::string(r.Text(base));
      if (!r.IsNull(base + 1)) x.entity = local_index(r.Text(base + 1));
      x.span = Span{U32(r, base + 2), U32(r, base + 3)};
      return x;
    };
    ev.source = arg(6);
    ev.target = arg(10);
    ev.trigger = Span{U32(r, 14), U32(r, 15)};
    ev.negated = r.Int(16) != 0;
    ev.date = std::string(r.Text(17));
    if (!r.IsNull(18)) {
      Place p;
      p.name = std::string(r.Text(18));
      p.country = std::string(r.Text(19));
      if (!r.IsNull(20)) {
        p.lat = r.Double(20);
        p.lon = r.Double(21);
        p.has_coordinates = true;
      }
      ev.place = p;
    }
    a.events.push_back(std::move(ev));
  });
  if (!st.ok()) return st;

  return out;
}

}  // namespace readout::store
