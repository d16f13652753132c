// Each Make*Query appends WHERE terms for the filters that are set. Actor
// and code prefixes are written against the indexed head columns of schema
// v7 (source3 = 'USA', root2 = '04', then a half-open range on the full code
// for a longer prefix) so an index walks the matches in date order;
// name filters become
// `IN (SELECT entity FROM entity_aliases WHERE key = ?)`, one primary-key
// lookup; words become an FTS5 query of quoted terms (so punctuation in the
// user's words cannot break FTS syntax). Every query has a total ORDER BY,
// so output (and the golden tests) are deterministic.
#include "store/query.h"

#include <fmt/format.h>

#include "readout/date.h"
#include "store/entity_key.h"
#include "store/schema.h"

namespace readout::store {
namespace {

std::string Upper(std::string s) {
  for (char& c : s) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 32);
  }
  return s;
}

// The smallest string greater than every string with prefix `p`.
std::string PrefixEnd(std::string p) {
  while (!p.empty() && static_cast<unsigned char>(p.back()) == 0xff) p.pop_back();
  if (!p.empty()) p.back() = static_cast<char>(p.back() + 1);
  return p;
}

// FTS5 query: every word quoted, all required.
std::string FtsWords(std::string_view words) {
  std::string out;
  size_t i = 0;
  while (i < words.size()) {
    while (i < words.size() && (words[i] == ' ' || words[i] == '\t')) ++i;
    size_t j = i;
    while (j < words.size() && words[j] != ' ' && words[j] != '\t') ++j;
    if (j > i) {
      if (!out.empty()) out += ' ';
      out += '"';
      for (char c : words.substr(i, j - i)) {
        if (c == '"') out += '"';
        out += c;
      }
      out += '"';
    }
    i = j;
  }
  return out;
}

// One quoted phrase.
std::string FtsPhrase(std::string_view words) {
  std::string out = "\"";
  for (char c : words) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

class Builder {
 public:
  // Adds a parameter and returns its placeholder.
  std::string P(std::string value) {
    q_.params.push_back(std::move(value));
    return fmt::format("?{}", q_.params.size());
  }
  void Where(std::string term) { where_.push_back(std::move(term)); }
  std::string WhereClause() const {
    std::string s;
    for (const auto& t : where_) s += (s.empty() ? " WHERE " : " AND ") + t;
    return s;
  }
  // `col` starts with `prefix`.
  std::string PrefixTerm(const std::string& col, const std::string& prefix) {
    std::string lo = P(prefix);
    std::string end = PrefixEnd(prefix);
    if (end.empty()) return fmt::format("{} >= {}", col, lo);
    return fmt::format("({} >= {} AND {} < {})", col, lo, col, P(end));
  }
  // `col` starts with `prefix`, phrased so the index on `head_col`, which
  // holds the first `head` characters of `col` (schema v7), serves it:
  // equality on the head when the prefix is at least that long, the rest as
  // a range inside it.
  std::string HeadPrefixTerm(const std::string& col, const std::string& head_col, const std::string& prefix,
                             size_t head) {
    const std::string& h = head_col;
    if (prefix.size() < head) return PrefixTerm(h, prefix);
    std::string term = fmt::format("{} = {}", h, P(prefix.substr(0, head)));
    if (prefix.size() > head) term = fmt::format("({} AND {})", term, PrefixTerm(col, prefix));
    return term;
  }
  Query& query() { return q_; }

 private:
  Query q_;
  std::vector<std::string> where_;
};

Status CheckDate(const std::string& d, const char* flag) {
  if (!d.empty() && !Date::Parse(d)) {
    return Status::InvalidArgument(fmt::format("{} {} is not a YYYY-MM-DD date", flag, d));
  }
  return Status::Ok();
}

Status SplitDyad(const std::string& dyad, std::string* a, std::string* b) {
  size_t dash = dyad.find('-');
  if (dash == std::string::npos || dash == 0 || dash + 1 >= dyad.size()) {
    return Status::InvalidArgument(fmt::format("--dyad {} is not of the form A-B (e.g. USA-RUS)", dyad));
  }
  *a = Upper(dyad.substr(0, dash));
  *b = Upper(dyad.substr(dash + 1));
  return Status::Ok();
}

std::string Limit(size_t limit) { return limit ? fmt::format(" LIMIT {}", limit) : std::string(); }

// WHERE terms shared by the events list, the export and (partly) the timeline.
Status AddEventTerms(const EventFilter& f, Builder& b) {
  Status s = CheckDate(f.from, "--from");
  if (s.ok()) s = CheckDate(f.to, "--to");
  if (!s.ok()) return s;
  auto actor = [&](const char* col, const char* head_col, const std::string& prefix) {
    return b.HeadPrefixTerm(col, head_col, prefix, 3);
  };
  if (!f.source.empty()) b.Where(actor("ev.source_actor", "ev.source3", Upper(f.source)));
  if (!f.target.empty()) b.Where(actor("ev.target_actor", "ev.target3", Upper(f.target)));
  if (!f.code.empty()) b.Where(b.HeadPrefixTerm("ev.code", "ev.root2", f.code, 2));
  if (!f.dyad.empty()) {
    std::string x, y;
    s = SplitDyad(f.dyad, &x, &y);
    if (!s.ok()) return s;
    std::string xy = actor("ev.source_actor", "ev.source3", x) + " AND " + actor("ev.target_actor", "ev.target3", y);
    std::string yx = actor("ev.source_actor", "ev.source3", y) + " AND " + actor("ev.target_actor", "ev.target3", x);
    b.Where(fmt::format("(({}) OR ({}))", xy, yx));
  }
  if (!f.article.empty()) b.Where("ev.article = (SELECT id FROM articles WHERE ext_id = " + b.P(f.article) + ")");
  if (!f.from.empty()) b.Where("ev.date >= " + b.P(f.from));
  if (!f.to.empty()) b.Where("ev.date <= " + b.P(f.to));
  if (!f.include_duplicates) b.Where("ev.duplicate = 0");
  if (!f.include_negated) b.Where("ev.negated = 0");
  return Status::Ok();
}

}  // namespace

bool ParsePeriod(std::string_view name, Period* out) {
  if (name == "day") {
    *out = Period::kDay;
  } else if (name == "week") {
    *out = Period::kWeek;
  } else if (name == "month") {
    *out = Period::kMonth;
  } else {
    return false;
  }
  return true;
}

// Quotes are picked in two steps: the quote keys of the page (schema.h:
// QuoteKey, which sorts like (date, id)), then the page's rows and names.
// Each filter is a *stream* of quote keys in ascending order:
//   speaker: one range of the speaker index per entity with that alias;
//   about:   one range of quote_about per entity with that alias, and the
//            name as an FTS5 phrase (quotes_fts rowids are quote keys);
//   text:    the words as an FTS5 query;
//   dates:   the date index (or, with other filters, a key range).
// The first stream present in the order words, about, speaker, dates drives:
// its pieces are merged by key (a UNION with ORDER BY is a merge in SQLite)
// and the other filters are tested per key, so the walk stops after `limit`
// keys that pass. Nothing is sorted but the page, and without a speaker
// filter with another one, no quote row is read before the page is known: a
// cold file costs a few index pages per piece.
// The per-entity pieces need the entity ids, which RunQuery looks up: the SQL
// holds "@ARMS<k>@" where the union of Query::arms[k] goes.
namespace {

constexpr const char* kMaskSql = "4294967295";  // kQuoteKeyIdMask

std::string QuotesPage(const std::string& keys) {
  return fmt::format(
      "SELECT q.date AS date, a.ext_id AS article, coalesce(e.name, q.speaker_name) AS speaker, q.kind AS kind, "
      "q.text AS quote, q.cue_text AS cue, q.medium AS medium, q.speaker_text AS speaker_text, q.start AS start, "
      "q.end AS end FROM ({}) AS pick CROSS JOIN quotes q ON q.id = pick.k & {} JOIN articles a ON a.id = "
      "q.article LEFT JOIN entities e ON e.id = q.speaker_entity ORDER BY pick.k",
      keys, kMaskSql);
}

}  // namespace

Result<Query> MakeQuotesQuery(const QuoteFilter& f) {
  Status s = CheckDate(f.from, "--from");
  if (s.ok()) s = CheckDate(f.to, "--to");
  if (!s.ok()) return s;
  Builder b;
  Query& q = b.query();
  q.terminal_columns = {"date", "article", "speaker", "kind", "quote"};
  const std::string limit = Limit(f.limit);

  // One article: its few quotes, by the article index.
  if (!f.article.empty()) {
    std::vector<std::string> where = {"q.article = (SELECT id FROM articles WHERE ext_id = " + b.P(f.article) + ")"};
    if (!f.speaker.empty()) {
      where.push_back("q.speaker_entity IN (SELECT entity FROM entity_aliases WHERE key = " +
                      b.P(EntityKey(f.speaker)) + ")");
    }
    const std::string key = QuoteKeySql("q");
    if (!f.about.empty()) {
      where.push_back(fmt::format(
          "(EXISTS (SELECT 1 FROM quote_about qa WHERE qa.qkey = {0} AND qa.entity IN (SELECT entity FROM "
          "entity_aliases WHERE key = {1})) OR {0} IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH {2}))",
          key, b.P(EntityKey(f.about)), b.P(FtsPhrase(f.about))));
    }
    if (!f.text.empty() && !FtsWords(f.text).empty()) {
      where.push_back(
          fmt::format("{} IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH {})", key, b.P(FtsWords(f.text))));
    }
    if (!f.from.empty()) where.push_back("q.date >= " + b.P(f.from));
    if (!f.to.empty()) where.push_back("q.date <= " + b.P(f.to));
    std::string w;
    for (const auto& t : where) w += (w.empty() ? " WHERE " : " AND ") + t;
    q.sql = QuotesPage(fmt::format("SELECT {} AS k FROM quotes q INDEXED BY quotes_article{} ORDER BY k{}", key, w,
                                   limit));
    return std::move(q);
  }

  // Key bounds: every stream is cut to the dates by its key.
  const bool dated = !f.from.empty() || !f.to.empty();
  const std::string lo = b.P(std::to_string(QuoteKeyFrom(f.from)));
  const std::string hi = b.P(std::to_string(QuoteKeyTo(f.to)));
  auto in_range = [&](const std::string& k) {
    return dated ? fmt::format(" AND {0} >= CAST({1} AS INTEGER) AND {0} <= CAST({2} AS INTEGER)", k, lo, hi)
                 : std::string();
  };
  const std::string speaker_key = f.speaker.empty() ? "" : b.P(EntityKey(f.speaker));
  const std::string about_key = f.about.empty() ? "" : b.P(EntityKey(f.about));
  const std::string about_phrase = f.about.empty() ? "" : b.P(FtsPhrase(f.about));
  const std::string words = FtsWords(f.text);
  const std::string text = words.empty() ? "" : b.P(words);

  // Per-key tests of the filters that do not drive, over the key expression
  // `k`: the speaker by reading the quote's row, the about-entities by
  // quote_about's key index. (A MATCH per key would cost a seek per FTS5
  // segment and term; the FTS5 filters drive instead, below.)
  auto speaker_test = [&](const std::string& k) {
    return speaker_key.empty()
               ? std::string()
               : fmt::format(" AND (SELECT speaker_entity FROM quotes WHERE id = {} & {}) IN (SELECT entity FROM "
                             "entity_aliases WHERE key = {})",
                             k, kMaskSql, speaker_key);
  };
  auto about_entity_test = [&](const std::string& k) {
    return fmt::format(
        " AND EXISTS (SELECT 1 FROM quote_about qa WHERE qa.qkey = {} AND qa.entity IN (SELECT entity FROM "
        "entity_aliases WHERE key = {}))",
        k, about_key);
  };
  auto arms = [&](const std::string& key_param, std::string arm) {
    q.arms.push_back({std::stoul(key_param.substr(1)) - 1, std::move(arm)});
    return fmt::format("@ARMS{}@", q.arms.size() - 1);
  };
  auto date_terms = [&]() {
    std::string t;
    if (!f.from.empty()) t += " AND q.date >= " + b.P(f.from);
    if (!f.to.empty()) t += " AND q.date <= " + b.P(f.to);
    return t;
  };
  auto fts = [&](const std::string& match, const std::string& tests) {
    return fmt::format("SELECT rowid AS k FROM quotes_fts WHERE quotes_fts MATCH {}{}{}", match, in_range("rowid"),
                       tests);
  };

  // The driver, in this order: words (FTS5), the about-name, the speaker,
  // the dates. Each form returns column k in ascending order, at most
  // `limit` rows. Pieces are plain SELECTs so that the compound's ORDER BY is
  // their index order (no sorter, and the merge pulls only what it needs).
  std::string keys;
  const std::string key = QuoteKeySql("q");
  if (!text.empty() && !about_key.empty()) {
    // About-and-words: the words in a quote about the entity, or the words
    // and the name in its text (one FTS5 query).
    keys = fmt::format("{} UNION {} ORDER BY 1{}", fts(text, about_entity_test("quotes_fts.rowid") + speaker_test("quotes_fts.rowid")),
                       fts(fmt::format("{} || ' AND (' || {} || ')'", about_phrase, text), speaker_test("quotes_fts.rowid")),
                       limit);
  } else if (!text.empty()) {
    keys = fts(text, speaker_test("quotes_fts.rowid")) + " ORDER BY rowid" + limit;
  } else if (!about_key.empty()) {
    keys = fmt::format(
        "{} UNION {} ORDER BY 1{}",
        arms(about_key, fmt::format("SELECT qkey AS k FROM quote_about WHERE entity = @E@{}{}", in_range("qkey"),
                                    speaker_test("qkey"))),
        fts(about_phrase, speaker_test("quotes_fts.rowid")), limit);
  } else if (!speaker_key.empty()) {
    // The speaker index gives (date, id) order; the key is made outside.
    keys = fmt::format(
        "SELECT coalesce(CAST(replace(d, '-', '') AS INTEGER), 0) * 4294967296 + i AS k FROM ({} ORDER BY 1, 2{})",
        arms(speaker_key, fmt::format("SELECT q.date AS d, q.id AS i FROM quotes q INDEXED BY quotes_speaker WHERE "
                                      "q.speaker_entity = @E@{}",
                                      date_terms())),
        limit);
  } else {
    std::string where = date_terms();
    if (!where.empty()) where.replace(0, 4, " WHERE");
    keys = fmt::format("SELECT {} AS k FROM quotes q INDEXED BY quotes_date{} ORDER BY q.date, q.id{}", key, where,
                       limit);
  }
  q.sql = QuotesPage(keys);
  return std::move(q);
}

namespace {

// "SELECT `columns` FROM events ev JOIN articles a" with `f`'s terms, then
// `tail` (ORDER BY and LIMIT): the one shape of every event list.
Result<Query> EventQuery(const EventFilter& f, std::string_view columns, std::string_view tail) {
  Builder b;
  Status s = AddEventTerms(f, b);
  if (!s.ok()) return s;
  Query& q = b.query();
  q.sql = fmt::format("SELECT {} FROM events ev JOIN articles a ON a.id = ev.article{} {}", columns, b.WhereClause(),
                      tail);
  return std::move(q);
}

}  // namespace

namespace {

// The SELECT of `columns` from events ev with `f`'s terms; with a dyad, one
// SELECT per direction joined by UNION ALL, each a walk of the dyad index
// (an OR of both directions made SQLite collect every event of the dyad by
// rowid, reading its row, and sort them).
Result<std::string> DirectedSelects(const EventFilter& f, Builder& b, std::string_view columns) {
  EventFilter rest = f;
  rest.dyad.clear();
  Status s = AddEventTerms(rest, b);
  if (!s.ok()) return s;
  std::vector<std::string> directions;
  if (!f.dyad.empty()) {
    std::string x, y;
    s = SplitDyad(f.dyad, &x, &y);
    if (!s.ok()) return s;
    auto dyad = [&](const std::string& from, const std::string& to) {
      return b.HeadPrefixTerm("ev.source_actor", "ev.source3", from, 3) + " AND " +
             b.HeadPrefixTerm("ev.target_actor", "ev.target3", to, 3);
    };
    directions.push_back(dyad(x, y));
    if (x != y) directions.push_back(dyad(y, x));
  } else {
    directions.push_back("");
  }
  const std::string where = b.WhereClause();
  std::string out;
  for (const std::string& d : directions) {
    std::string w = where;
    if (!d.empty()) w += (w.empty() ? " WHERE " : " AND ") + d;
    out += (out.empty() ? "" : " UNION ALL ") + fmt::format("SELECT {} FROM events ev{}", columns, w);
  }
  return out;
}

}  // namespace

// An event list picks the page's events first (ids in date, article, index
// order, from index walks that stop at the limit; a dyad's two walks are
// merged) and only then reads their rows' words and their articles' ids.
Result<Query> MakeEventsQuery(const EventFilter& f) {
  Builder b;
  auto pick = DirectedSelects(f, b, "ev.id AS id, ev.date AS d, ev.article AS art, ev.idx AS ix");
  if (!pick.ok()) return pick.status();
  Query& q = b.query();
  q.sql = fmt::format(
      "SELECT ev.date AS date, a.ext_id AS article, ev.source_actor AS source, ev.code AS code, ev.target_actor AS "
      "target, ev.root AS root, ev.quad AS quad, ev.goldstein AS goldstein, ev.plover AS plover, ev.source_text AS "
      "source_text, ev.trigger_text AS trigger, ev.target_text AS target_text, ev.negated AS negated, ev.duplicate "
      "AS duplicate, coalesce(ev.source_text, '-') || ' | ' || coalesce(ev.trigger_text, '') || ' | ' || "
      "coalesce(ev.target_text, '-') AS words FROM ({} ORDER BY 2, 3, 4{}) AS pick CROSS JOIN events ev ON ev.id = "
      "pick.id JOIN articles a ON a.id = ev.article ORDER BY pick.d, pick.art, pick.ix",
      pick.value(), Limit(f.limit));
  q.terminal_columns = {"date", "article", "source", "code", "target", "quad", "goldstein", "words"};
  return std::move(q);
}

Result<Query> MakeEventExportQuery(const EventFilter& f) {
  return EventQuery(
      f,
      "ev.id AS event_id, a.ext_id AS article, a.url AS url, ev.date AS date, ev.event_date AS event_date, "
      "ev.code AS code, ev.root AS root, ev.quad AS quad, ev.goldstein AS goldstein, ev.plover AS plover, "
      "ev.source_actor AS source_actor, ev.source_local AS source_entity, ev.source_text AS source_text, "
      "ev.source_start AS source_start, ev.source_end AS source_end, ev.target_actor AS target_actor, "
      "ev.target_local AS target_entity, ev.target_text AS target_text, ev.target_start AS target_start, "
      "ev.target_end AS target_end, ev.trigger_text AS trigger_text, ev.trigger_start AS trigger_start, "
      "ev.trigger_end AS trigger_end, ev.sentence AS sentence, ev.negated AS negated, ev.duplicate AS duplicate, "
      "ev.place_name AS place_name, ev.place_country AS place_country, ev.lat AS lat, ev.lon AS lon",
      "ORDER BY ev.id");
}

Result<Query> MakePhoenixQuery(const EventFilter& f) {
  EventFilter g = f;
  g.include_negated = false;
  return EventQuery(
      g,
      "replace(coalesce(ev.date, ''), '-', '') AS date, coalesce(ev.source_actor, '---') AS source, "
      "coalesce(ev.target_actor, '---') AS target, ev.code AS code, coalesce(ev.root, '') AS root, ev.quad AS quad, "
      "printf('%.1f', ev.goldstein) AS goldstein, coalesce(ev.source_text, '') AS source_text, "
      "coalesce(ev.target_text, '') AS target_text, a.ext_id AS article, coalesce(a.url, '') AS url",
      "ORDER BY ev.date, ev.id");
}

Result<Query> MakeEntitiesQuery(const EntityFilter& f) {
  Builder b;
  if (!f.name.empty()) {
    b.Where("e.id IN (SELECT entity FROM entity_aliases WHERE key = " + b.P(EntityKey(f.name)) + ")");
  }
  if (!f.type.empty()) b.Where("e.type = " + b.P(Upper(f.type)));
  b.Where("e.articles > 0");
  Query& q = b.query();
  q.sql =
      "SELECT e.name AS name, e.type AS type, e.actor AS actor, e.mentions AS mentions, e.articles AS articles, "
      "(SELECT group_concat(r, '; ') FROM (SELECT title || CASE WHEN org <> '' THEN ' (' || org || ')' ELSE '' END "
      "AS r FROM entity_roles WHERE entity = e.id ORDER BY count DESC, title, org LIMIT 5)) AS roles, "
      "(SELECT group_concat(alias, '; ') FROM (SELECT alias FROM entity_aliases WHERE entity = e.id AND alias <> "
      "e.name ORDER BY key LIMIT 8)) AS aliases FROM entities e" +
      b.WhereClause() + " ORDER BY e.mentions DESC, e.name, e.type" + Limit(f.limit);
  q.terminal_columns = {"name", "type", "actor", "mentions", "articles", "roles", "aliases"};
  return std::move(q);
}

Result<Query> MakeTimelineQuery(const TimelineFilter& f) {
  EventFilter ef;
  ef.dyad = f.dyad;
  ef.from = f.from;
  ef.to = f.to;
  ef.include_duplicates = false;
  ef.include_negated = false;  // "did not attack" is no attack
  Builder b;
  b.Where("ev.date IS NOT NULL");
  // Every column read is in the dyad and date indexes (schema v4, v7).
  auto events = DirectedSelects(ef, b, "ev.date AS date, ev.quad AS quad, ev.goldstein AS goldstein");
  if (!events.ok()) return events.status();
  const char* period = f.by == Period::kDay    ? "ev.date"
                       : f.by == Period::kWeek ? "date(ev.date, 'weekday 0', '-6 days')"
                                               : "substr(ev.date, 1, 7)";
  Query& q = b.query();
  q.sql = fmt::format(
      "SELECT {} AS period, count(*) AS events, sum(ev.quad = 1) AS verbal_coop, sum(ev.quad = 2) AS "
      "material_coop, sum(ev.quad = 3) AS verbal_conflict, sum(ev.quad = 4) AS material_conflict, "
      "round(avg(ev.goldstein), 2) AS mean_goldstein FROM ({}) AS ev GROUP BY 1 ORDER BY 1",
      period, events.value());
  return std::move(q);
}

namespace {

// `sql` prepared with the query's parameters bound (a form that uses fewer
// of them ignores the rest).
Result<Statement> PrepareBound(Database& db, const std::string& sql, const std::vector<std::string>& params) {
  auto st = db.Prepare(sql);
  if (!st.ok()) return st.status();
  for (size_t i = 0; i < params.size(); ++i) st->Bind(static_cast<int>(i + 1), std::string_view(params[i]));
  return st;
}

// The form of `q` to run: dense_sql when the probe counts enough rows.
Result<const std::string*> ChooseForm(Database& db, const Query& q) {
  if (q.probe.empty()) return &q.sql;
  auto st = PrepareBound(db, q.probe, q.params);
  if (!st.ok()) return st.status();
  auto row = st->Step();
  if (!row.ok()) return row.status();
  const int64_t n = row.value() ? st->Int(0) : 0;
  return n >= q.dense_from ? &q.dense_sql : &q.sql;
}

}  // namespace

// `sql` with every "@ARMS<k>@" replaced by the union of q.arms[k], one arm
// per entity with the alias key params[key_param] ("@E@" is the entity id).
// An alias with no entity gives an arm that yields nothing; more entities
// than SQLite allows terms in a compound query give one arm over all of them
// (correct, but it reads all their keys).
Result<std::string> ExpandArms(Database& db, const Query& q, std::string sql) {
  for (size_t k = 0; k < q.arms.size(); ++k) {
    const std::string mark = fmt::format("@ARMS{}@", k);
    const size_t at = sql.find(mark);
    if (at == std::string::npos) continue;
    const Query::EntityArms& arms = q.arms[k];
    auto st = db.Prepare("SELECT entity FROM entity_aliases WHERE key = ?1 ORDER BY entity");
    if (!st.ok()) return st.status();
    st->Bind(1, std::string_view(q.params[arms.key_param]));
    std::vector<int64_t> ids;
    for (;;) {
      auto row = st->Step();
      if (!row.ok()) return row.status();
      if (!row.value()) break;
      ids.push_back(st->Int(0));
    }
    auto arm = [&](const std::string& entity) {
      std::string a = arms.arm;
      for (size_t p; (p = a.find("@E@")) != std::string::npos;) a.replace(p, 3, entity);
      return a;
    };
    std::string u;
    constexpr size_t kMaxArms = 400;  // SQLite's default limit is 500 terms
    if (ids.empty()) {
      u = arm("NULL");
    } else if (ids.size() > kMaxArms) {
      u = arm(fmt::format("ANY_ENTITY"));
      const std::string any = fmt::format("(SELECT entity FROM entity_aliases WHERE key = ?{})", arms.key_param + 1);
      for (size_t p; (p = u.find("= ANY_ENTITY")) != std::string::npos;) u.replace(p, 12, "IN " + any);
    } else {
      for (int64_t id : ids) u += (u.empty() ? "" : " UNION ") + arm(std::to_string(id));
    }
    sql.replace(at, mark.size(), u);
  }
  return sql;
}

Result<size_t> RunQuery(Database& db, const Query& q, RowWriter& out) {
  auto form = ChooseForm(db, q);
  if (!form.ok()) return form.status();
  auto sql = ExpandArms(db, q, *form.value());
  if (!sql.ok()) return sql.status();
  auto st = PrepareBound(db, sql.value(), q.params);
  if (!st.ok()) return st.status();
  Statement& s = st.value();
  std::vector<std::string> columns;
  for (int c = 0; c < s.ColumnCount(); ++c) columns.push_back(s.ColumnName(c));
  out.Begin(columns, q.terminal_columns);
  std::vector<Value> row(columns.size());
  size_t n = 0;
  for (;;) {
    auto more = s.Step();
    if (!more.ok()) return more.status();
    if (!more.value()) break;
    for (int c = 0; c < static_cast<int>(columns.size()); ++c) {
      switch (s.ColumnType(c)) {
        case 1: row[c] = s.Int(c); break;     // SQLITE_INTEGER
        case 2: row[c] = s.Double(c); break;  // SQLITE_FLOAT
        case 5: row[c] = std::monostate{}; break;  // SQLITE_NULL
        default: row[c] = std::string(s.Text(c)); break;
      }
    }
    out.Row(row);
    ++n;
  }
  out.End();
  return n;
}

}  // namespace readout::store
