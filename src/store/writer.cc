// Put() in order: look the id up; decide unchanged / replace / new; for a new
// text check the exact hash (same article under another id) and then the
// MinHash bands (a wire copy); when replacing, subtract and delete the old
// facts; link the entities (which gives the packed cluster array); write the
// article row with its packed sentences, clusters and times; then the quotes
// and events, which need the row's id.
//
// Wire copies link to the *first* copy: when the best match is itself a
// copy, its duplicate_of is followed, so every copy of a story points at one
// article and "duplicates excluded" counts each story once.
//
// Global entities are upserted by (key, type) with running mention and
// article counters; each packed cluster remembers what it added (mentions,
// counted) so a replacement can subtract exactly that.
#include "store/writer.h"

#include <fmt/format.h>

#include <algorithm>
#include <ctime>
#include <map>
#include <set>
#include <unordered_map>
#include <unordered_set>

#include "store/entity_key.h"
#include "store/entity_linker.h"
#include "store/fingerprint.h"
#include "store/minhash_index.h"
#include "store/packed_facts.h"
#include "store/schema.h"
#include "store/span_list.h"

namespace readout::store {

#define STORE_RETURN_IF_ERROR(expr)         \
  do {                                      \
    ::readout::Status _s = (expr);          \
    if (!_s.ok()) return _s;                \
  } while (0)

struct Writer::Statements {
  Statement find_by_ext, find_by_hash, insert_article, update_article, put_minhash, delete_minhash, ext_id_of,
      upsert_entity_role, insert_quote, insert_quote_about, insert_event, index_quotes;
  std::vector<Statement> delete_facts;
};

namespace {

// Order matters: these read the article's packed clusters (still the old
// ones: the row is updated after) and its quotes before those go.
// quote_about rows of the article are found by (entity, qkey): its "about"
// entities are among its clusters' entities and its quote keys are those of
// its quotes.
constexpr const char* kDeleteFacts[] = {
    "UPDATE entities SET mentions = entities.mentions - ae.m, articles = entities.articles - ae.c FROM "
    "(SELECT json_extract(e.value, '$.entity') AS entity, sum(json_extract(e.value, '$.mentions')) AS m, "
    "sum(json_extract(e.value, '$.counted')) AS c FROM articles a, json_each(a.entities) e WHERE a.id = ?1 "
    "GROUP BY 1) AS ae WHERE entities.id = ae.entity",
    "UPDATE entity_roles SET count = entity_roles.count - r.n FROM (SELECT json_extract(e.value, '$.entity') AS "
    "entity, json_extract(r.value, '$.title') AS title, coalesce(json_extract(r.value, '$.org'), '') AS org, "
    "count(*) AS n FROM articles a, json_each(a.entities) e, json_each(e.value, '$.roles') r WHERE a.id = ?1 "
    "GROUP BY 1, 2, 3) AS r WHERE entity_roles.entity = r.entity AND entity_roles.title = r.title AND "
    "entity_roles.org = r.org",
    "DELETE FROM entity_roles WHERE count <= 0 AND entity IN (SELECT json_extract(e.value, '$.entity') FROM "
    "articles a, json_each(a.entities) e WHERE a.id = ?1)",
    "DELETE FROM quote_about WHERE entity IN (SELECT json_extract(e.value, '$.entity') FROM articles a, "
    "json_each(a.entities) e WHERE a.id = ?1) AND qkey IN (SELECT coalesce(CAST(replace(date, '-', '') AS "
    "INTEGER), 0) * 4294967296 + id FROM quotes WHERE article = ?1)",
    "DELETE FROM quotes WHERE article = ?1",
    "DELETE FROM events WHERE article = ?1",
};

// Binds a place's name, country, latitude and longitude to parameters
// first..first+3 (left NULL for what is unknown).
void BindPlace(Statement& st, int first, const std::optional<Place>& place) {
  if (!place) return;
  st.Bind(first, place->name);
  st.BindTextOrNull(first + 1, place->country);
  if (place->has_coordinates) {
    st.Bind(first + 2, place->lat);
    st.Bind(first + 3, place->lon);
  }
}

// Events carry their own date when the text gives a full day, else the
// article's: that is the date analysts filter and count by.
std::string EventDate(const Event& e, const Analysis& a) {
  if (e.date.size() == 10) return e.date;
  return a.date ? a.date->ToString() : std::string();
}

// Adds the CPU time this thread used since the last call to one of
// WriterTimings' fields (CPU time, not wall time: on a loaded machine the
// writer's wall time is mostly waiting for a core). Disabled, it costs
// nothing (reading the thread's CPU clock is a system call, ~1 us).
class Lap {
 public:
  explicit Lap(bool enabled) : enabled_(enabled), last_(enabled ? ThreadCpuSeconds() : 0) {}
  void To(double& field) {
    if (!enabled_) return;
    double now = ThreadCpuSeconds();
    field += now - last_;
    last_ = now;
  }

 private:
  static double ThreadCpuSeconds() {
    timespec ts;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) + ts.tv_nsec * 1e-9;
  }
  bool enabled_;
  double last_;
};

}  // namespace

Writer::Writer(Database& db, WriterOptions options) : db_(db), options_(options) {}
Writer::~Writer() = default;

Result<std::unique_ptr<Writer>> Writer::Open(Database& db, WriterOptions options) {
  std::unique_ptr<Writer> w(new Writer(db, options));
  w->st_ = std::make_unique<Statements>();
  Statements& s = *w->st_;
  struct Item {
    Statement* st;
    const char* sql;
  } items[] = {
      {&s.find_by_ext, "SELECT id, text_hash, coalesce(date, '') FROM articles WHERE ext_id = ?1"},
      {&s.find_by_hash, "SELECT ext_id FROM articles WHERE text_hash = ?1 AND id <> ?2 LIMIT 1"},
      {&s.insert_article,
       "INSERT INTO articles(ext_id, date, title, source, url, text, text_hash, duplicate_of, similarity, "
       "sentence_spans, entities, times) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)"},
      {&s.update_article,
       "UPDATE articles SET date = ?2, title = ?3, source = ?4, url = ?5, text = ?6, text_hash = ?7, minhash = NULL, "
       "duplicate_of = ?8, similarity = ?9, sentence_spans = ?10, entities = ?11, times = ?12 WHERE id = ?1"},
      {&s.put_minhash, "INSERT OR REPLACE INTO article_minhash(article, minhash, duplicate_of) VALUES (?1, ?2, ?3)"},
      {&s.delete_minhash, "DELETE FROM article_minhash WHERE article = ?1"},
      {&s.ext_id_of, "SELECT ext_id FROM articles WHERE id = ?1"},
      {&s.upsert_entity_role,
       "INSERT INTO entity_roles(entity, title, org, count) VALUES (?1, ?2, ?3, 1) "
       "ON CONFLICT(entity, title, org) DO UPDATE SET count = entity_roles.count + 1"},
      {&s.insert_quote,
       "INSERT INTO quotes(article, idx, kind, start, end, text, speaker_entity, speaker_local, speaker_name, "
       "speaker_start, speaker_end, speaker_text, cue_start, cue_end, cue_text, medium, sentence, date) VALUES "
       "(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18)"},
      {&s.insert_quote_about, "INSERT OR IGNORE INTO quote_about(entity, qkey) VALUES (?1, ?2)"},
      {&s.insert_event,
       "INSERT INTO events(article, idx, sentence, date, event_date, code, root, quad, goldstein, plover, "
       "source_actor, source_entity, source_local, source_start, source_end, source_text, target_actor, "
       "target_entity, target_local, target_start, target_end, target_text, trigger_start, trigger_end, "
       "trigger_text, negated, place_name, place_country, lat, lon, duplicate, source3, target3, root2) VALUES (?1, "
       "?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24, "
       "?25, ?26, ?27, ?28, ?29, ?30, ?31, ?32, ?33, ?34)"},
      // In key order: FTS5 starts a new segment when a rowid goes down.
      {&s.index_quotes,
       "INSERT INTO quotes_fts(rowid, text) SELECT coalesce(CAST(replace(date, '-', '') AS INTEGER), 0) * "
       "4294967296 + id AS k, text FROM quotes WHERE id >= ?1 ORDER BY k"},
  };
  for (auto& it : items) {
    auto st = db.Prepare(it.sql);
    if (!st.ok()) return st.status();
    *it.st = std::move(st.value());
  }
  auto linker = EntityLinker::Open(db);
  if (!linker.ok()) return linker.status();
  w->linker_ = std::move(linker.value());
  for (const char* sql : kDeleteFacts) {
    auto st = db.Prepare(sql);
    if (!st.ok()) return st.status();
    s.delete_facts.push_back(std::move(st.value()));
  }
  return w;
}

Status Writer::Begin() {
  fts_pending_from_ = 0;
  return db_.Exec("BEGIN IMMEDIATE");
}
Status Writer::Commit() {
  Lap lap(options_.timings);
  Status s = linker_->Flush();
  lap.To(timings_.entities);
  if (s.ok()) s = IndexPendingQuotes();
  lap.To(timings_.fts);
  if (s.ok()) s = db_.Exec("COMMIT");
  lap.To(timings_.commit);
  return s;
}

void Writer::Rollback() {
  fts_pending_from_ = 0;
  linker_->Forget();
  minhash_.reset();  // it may hold articles of the undone batch
  if (db_.InTransaction()) (void)db_.Exec("ROLLBACK");
}

Status Writer::IndexPendingQuotes() {
  if (fts_pending_from_ == 0) return Status::Ok();
  st_->index_quotes.Bind(1, fts_pending_from_);
  Status s = st_->index_quotes.Run();
  if (s.ok()) fts_pending_from_ = 0;
  return s;
}

Status Writer::FindCopy(int64_t self, const MinHash& mine, PutResult* result, int64_t* first_copy) {
  if (!minhash_) {
    auto index = MinHashIndex::Load(db_);
    if (!index.ok()) return index.status();
    minhash_ = std::move(index.value());
  }
  const MinHashIndex::Match best = minhash_->BestMatch(mine, self, options_.near_duplicate_threshold);
  if (best.article == 0) return Status::Ok();
  *first_copy = best.first_copy;
  result->similarity = best.similarity;
  Statement& q = st_->ext_id_of;
  q.Bind(1, best.first_copy);
  auto row = q.Step();
  if (!row.ok()) return row.status();
  if (row.value()) result->duplicate_of = std::string(q.Text(0));
  q.Reset();
  return Status::Ok();
}

Status Writer::DeleteFacts(int64_t article) {
  for (Statement& st : st_->delete_facts) {
    st.Bind(1, article);
    STORE_RETURN_IF_ERROR(st.Run());
  }
  return Status::Ok();
}

Result<PutResult> Writer::Put(const Document& doc, const Analysis& a) {
  PutResult result;
  Lap lap(options_.timings);
  const int64_t hash = NormalizedTextHash(a.text);
  lap.To(timings_.fingerprint);
  const std::string date = a.date ? a.date->ToString() : std::string();
  Statements& s = *st_;

  int64_t existing = 0;
  {
    s.find_by_ext.Bind(1, doc.id);
    auto row = s.find_by_ext.Step();
    if (!row.ok()) return row.status();
    if (row.value()) {
      existing = s.find_by_ext.Int(0);
      if (s.find_by_ext.Int(1) == hash && s.find_by_ext.Text(2) == date) {
        s.find_by_ext.Reset();
        result.outcome = PutOutcome::kUnchanged;
        result.article = existing;
        return result;
      }
    }
    s.find_by_ext.Reset();
  }
  if (existing == 0) {
    s.find_by_hash.Bind(1, hash);
    s.find_by_hash.Bind(2, int64_t{0});
    auto row = s.find_by_hash.Step();
    if (!row.ok()) return row.status();
    if (row.value()) {
      result.outcome = PutOutcome::kSameText;
      result.same_as = std::string(s.find_by_hash.Text(0));
      s.find_by_hash.Reset();
      return result;
    }
    s.find_by_hash.Reset();
  }

  lap.To(timings_.lookup);
  const std::optional<MinHash> minhash = ComputeMinHash(a.text);
  lap.To(timings_.fingerprint);
  int64_t first_copy = 0;
  if (minhash) STORE_RETURN_IF_ERROR(FindCopy(existing, *minhash, &result, &first_copy));
  lap.To(timings_.lookup);

  if (existing) {
    // The delete trigger removes quotes from quotes_fts: they must be in it.
    STORE_RETURN_IF_ERROR(IndexPendingQuotes());
    // The old counts are subtracted in SQL: entities new in this batch must
    // have their rows.
    STORE_RETURN_IF_ERROR(linker_->Flush());
    STORE_RETURN_IF_ERROR(DeleteFacts(existing));
  }
  lap.To(timings_.article);
  STORE_RETURN_IF_ERROR(LinkEntities(a));
  lap.To(timings_.entities);
  times_json_.clear();
  AppendTimesJson(a, &times_json_);
  lap.To(timings_.other);

  Statement& w = existing ? s.update_article : s.insert_article;
  int p = 1;
  if (existing) w.Bind(p++, existing);
  if (!existing) w.Bind(p++, doc.id);
  w.BindTextOrNull(p++, date);
  w.BindTextOrNull(p++, doc.title);
  w.BindTextOrNull(p++, doc.source);
  w.BindTextOrNull(p++, doc.url);
  w.Bind(p++, std::string_view(a.text));
  w.Bind(p++, hash);
  if (first_copy) {
    w.Bind(p++, first_copy);
    w.Bind(p++, result.similarity);
  } else {
    w.BindNull(p++);
    w.BindNull(p++);
  }
  w.Bind(p++, std::string_view(EncodeSentences(a.sentences)));
  w.Bind(p++, std::string_view(entities_json_));
  w.Bind(p++, std::string_view(times_json_));
  STORE_RETURN_IF_ERROR(w.Run());
  const int64_t id = existing ? existing : db_.LastInsertRowid();
  result.article = id;
  result.outcome = existing ? PutOutcome::kReplaced : PutOutcome::kInserted;

  if (minhash) {
    const std::vector<uint8_t> blob = EncodeMinHash(*minhash);
    s.put_minhash.Bind(1, id);
    s.put_minhash.BindBlob(2, blob.data(), blob.size());
    if (first_copy) s.put_minhash.Bind(3, first_copy);
    STORE_RETURN_IF_ERROR(s.put_minhash.Run());
    // The index is loaded by FindCopy above (a signature always goes there).
    minhash_->Add(id, *minhash, first_copy);
  } else if (existing) {
    s.delete_minhash.Bind(1, id);
    STORE_RETURN_IF_ERROR(s.delete_minhash.Run());
    if (minhash_) minhash_->Remove(id);
  }
  lap.To(timings_.article);
  STORE_RETURN_IF_ERROR(InsertQuotes(id, a));
  lap.To(timings_.quotes);
  STORE_RETURN_IF_ERROR(InsertEvents(id, a, first_copy != 0));
  lap.To(timings_.events);
  return result;
}

Status Writer::LinkEntities(const Analysis& a) {
  Statements& s = *st_;
  global_.assign(a.entities.size(), 0);
  entities_json_.assign(1, '[');
  std::set<std::pair<std::string, std::string_view>> counted;
  // Keys of one cluster's aliases so far (seen[0..n_seen)); the strings are
  // reused across clusters, so keying a mention allocates nothing.
  std::vector<std::string> seen;
  size_t n_seen = 0;
  std::string alias_key;
  for (size_t i = 0; i < a.entities.size(); ++i) {
    const Entity& e = a.entities[i];
    const std::string key = EntityKey(e.name);
    const std::string_view type = EntityTypeName(e.type);
    const int64_t mentions = static_cast<int64_t>(e.mentions.size());
    // Two local clusters with one canonical name count the article once.
    const bool first_in_article = counted.emplace(key, type).second;
    auto linked = linker_->Link(e.name, type, key.empty() ? std::string_view(e.name) : std::string_view(key), e.actor,
                                mentions, first_in_article ? 1 : 0);
    if (!linked.ok()) return linked.status();
    global_[i] = linked.value();

    // Aliases: the canonical name, the analysis' aliases and every name-like
    // mention, each once per key (a cluster has a handful: a vector reused
    // across clusters beats a hash set built per cluster).
    n_seen = 0;
    auto add_alias = [&](std::string_view alias) -> Status {
      EntityKeyTo(alias, &alias_key);
      if (alias_key.empty() || std::find(seen.begin(), seen.begin() + n_seen, alias_key) != seen.begin() + n_seen) {
        return Status::Ok();
      }
      Status st = linker_->AddAlias(global_[i], alias_key, alias);
      if (n_seen == seen.size()) seen.emplace_back();
      seen[n_seen++] = alias_key;
      return st;
    };
    STORE_RETURN_IF_ERROR(add_alias(e.name));
    for (const auto& al : e.aliases) STORE_RETURN_IF_ERROR(add_alias(al));
    for (const Mention& m : e.mentions) {
      if (m.kind == MentionKind::kName || m.kind == MentionKind::kAcronym) {
        STORE_RETURN_IF_ERROR(add_alias(a.Text(m.span())));
      }
    }
    for (const Role& role : e.roles) {
      s.upsert_entity_role.Bind(1, global_[i]);
      s.upsert_entity_role.Bind(2, role.title);
      s.upsert_entity_role.Bind(3, role.org);
      STORE_RETURN_IF_ERROR(s.upsert_entity_role.Run());
    }
    if (i > 0) entities_json_ += ',';
    AppendEntityJson(e, global_[i], first_in_article, &entities_json_);
  }
  entities_json_ += ']';
  return Status::Ok();
}

Status Writer::InsertQuotes(int64_t article, const Analysis& a) {
  Statements& s = *st_;
  const std::string article_date = a.date ? a.date->ToString() : std::string();
  for (size_t i = 0; i < a.quotes.size(); ++i) {
    const Quote& q = a.quotes[i];
    Statement& st = s.insert_quote;
    st.Bind(1, article);
    st.Bind(2, static_cast<int64_t>(i));
    st.Bind(3, QuoteKindName(q.kind));
    st.Bind(4, q.content.start);
    st.Bind(5, q.content.end);
    st.Bind(6, a.Text(q.content));
    const bool has_entity = q.speaker_entity >= 0 && static_cast<size_t>(q.speaker_entity) < a.entities.size();
    if (has_entity) {
      st.Bind(7, global_[q.speaker_entity]);
      st.Bind(8, a.entities[q.speaker_entity].id);
      st.Bind(9, a.entities[q.speaker_entity].name);
    } else if (q.speaker) {
      st.Bind(9, a.Text(*q.speaker));
    }
    if (q.speaker) {
      st.Bind(10, q.speaker->start);
      st.Bind(11, q.speaker->end);
      st.Bind(12, a.Text(*q.speaker));
    }
    if (q.cue) {
      st.Bind(13, q.cue->start);
      st.Bind(14, q.cue->end);
      st.Bind(15, a.Text(*q.cue));
    }
    st.BindTextOrNull(16, q.medium);
    st.Bind(17, q.sentence);
    st.BindTextOrNull(18, article_date);
    STORE_RETURN_IF_ERROR(st.Run());
    const int64_t quote_id = db_.LastInsertRowid();
    if (fts_pending_from_ == 0) fts_pending_from_ = quote_id;
    const int64_t quote_key = QuoteKey(article_date, quote_id);
    // "About": every entity with a mention inside the quoted content.
    for (size_t e = 0; e < a.entities.size(); ++e) {
      for (const Mention& m : a.entities[e].mentions) {
        if (q.content.Contains(m.span())) {
          s.insert_quote_about.Bind(1, global_[e]);
          s.insert_quote_about.Bind(2, quote_key);
          STORE_RETURN_IF_ERROR(s.insert_quote_about.Run());
          break;
        }
      }
    }
  }
  return Status::Ok();
}

Status Writer::InsertEvents(int64_t article, const Analysis& a, bool duplicate) {
  Statements& s = *st_;
  for (size_t i = 0; i < a.events.size(); ++i) {
    const Event& ev = a.events[i];
    Statement& st = s.insert_event;
    st.Bind(1, article);
    st.Bind(2, static_cast<int64_t>(i));
    st.Bind(3, ev.sentence);
    st.BindTextOrNull(4, EventDate(ev, a));
    st.BindTextOrNull(5, ev.date);
    st.Bind(6, ev.code);
    st.BindTextOrNull(7, ev.root);
    st.Bind(8, ev.quad);
    st.Bind(9, ev.goldstein);
    st.BindTextOrNull(10, ev.plover);
    auto bind_arg = [&](int base, const std::optional<EventArgument>& arg) {
      if (!arg) return;
      st.BindTextOrNull(base, arg->actor);
      if (arg->entity >= 0 && static_cast<size_t>(arg->entity) < a.entities.size()) {
        st.Bind(base + 1, global_[arg->entity]);
        st.Bind(base + 2, a.entities[arg->entity].id);
      }
      st.Bind(base + 3, arg->span.start);
      st.Bind(base + 4, arg->span.end);
      st.Bind(base + 5, a.Text(arg->span));
    };
    bind_arg(11, ev.source);
    bind_arg(17, ev.target);
    st.Bind(23, ev.trigger.start);
    st.Bind(24, ev.trigger.end);
    st.Bind(25, a.Text(ev.trigger));
    st.Bind(26, int64_t{ev.negated ? 1 : 0});
    BindPlace(st, 27, ev.place);
    st.Bind(31, int64_t{duplicate ? 1 : 0});
    // The indexed heads (schema v7): country or group of each actor, root
    // of the code.
    if (ev.source && !ev.source->actor.empty()) st.Bind(32, std::string_view(ev.source->actor).substr(0, 3));
    if (ev.target && !ev.target->actor.empty()) st.Bind(33, std::string_view(ev.target->actor).substr(0, 3));
    st.Bind(34, std::string_view(ev.code).substr(0, 2));
    STORE_RETURN_IF_ERROR(st.Run());
  }
  return Status::Ok();
}

}  // namespace readout::store
