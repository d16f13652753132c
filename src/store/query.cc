// Each Make*Query appends WHERE terms for the filters that are set. Actor
// and code prefixes are written against the indexed expressions of schema v4
// (substr(actor, 1, 3) = 'USA', substr(code, 1, 2) = '04', then a half-open
// range for a longer prefix) so an index walks the matches in date order;
// name filters become
// `IN (SELECT entity FROM entity_aliases WHERE key = ?)`, one primary-key
// lookup; words become an FTS5 query of quoted terms (so punctuation in the
// user's words cannot break FTS syntax). Every query has a total ORDER BY,
// so output (and the golden tests) are deterministic.
#include "store/query.h"

#include <fmt/format.h>

#include "readout/date.h"
#include "store/entity_key.h"

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
  // `col` starts with `prefix`, phrased so the index on the expression
  // substr(col, 1, `head`) (schema v4) serves it: equality on the head when
  // the prefix is at least that long, the rest as a range inside it.
  std::string HeadPrefixTerm(const std::string& col, const std::string& prefix, size_t head) {
    std::string h = fmt::format("substr({}, 1, {})", col, head);
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
  auto actor = [&](const char* col, const std::string& prefix) { return b.HeadPrefixTerm(col, prefix, 3); };
  if (!f.source.empty()) b.Where(actor("ev.source_actor", Upper(f.source)));
  if (!f.target.empty()) b.Where(actor("ev.target_actor", Upper(f.target)));
  if (!f.code.empty()) b.Where(b.HeadPrefixTerm("ev.code", f.code, 2));
  if (!f.dyad.empty()) {
    std::string x, y;
    s = SplitDyad(f.dyad, &x, &y);
    if (!s.ok()) return s;
    std::string xy = actor("ev.source_actor", x) + " AND " + actor("ev.target_actor", y);
    std::string yx = actor("ev.source_actor", y) + " AND " + actor("ev.target_actor", x);
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

// Quotes are picked in two steps: the ids of the page (ordered by date, id,
// from index entries only), then the page's rows and names. How the ids are
// found depends on how many quotes the name and word filters match: a few
// (a rare speaker, "email server") are looked up by id and sorted; many
// ("Clinton" is in 100,000 quotes of the scale check) are found by walking
// the date index and stopping at the limit, which sorts nothing and reads no
// quote row. The probe counts, up to kDenseQuotes, what the id-set filters
// match, and RunQuery picks the form.
constexpr int64_t kDenseQuotes = 10000;

Result<Query> MakeQuotesQuery(const QuoteFilter& f) {
  Status s = CheckDate(f.from, "--from");
  if (s.ok()) s = CheckDate(f.to, "--to");
  if (!s.ok()) return s;
  Builder b;
  std::vector<std::string> id_sets;  // subqueries of quote ids, for the probe
  // The dense form walks the date index and tests each quote: there the
  // entity half of --about is a per-quote EXISTS on quote_about(quote)
  // rather than a list of every quote about the entity built first (for a
  // name in 100,000 quotes the list costs more than the walk).
  std::string about_in, about_exists;
  if (!f.speaker.empty()) {
    b.Where("q.speaker_entity IN (SELECT entity FROM entity_aliases WHERE key = " + b.P(EntityKey(f.speaker)) + ")");
  }
  if (!f.about.empty()) {
    std::string key = b.P(EntityKey(f.about));
    std::string phrase = b.P(FtsPhrase(f.about));
    std::string by_entity = fmt::format(
        "SELECT quote FROM quote_about WHERE entity IN (SELECT entity FROM entity_aliases WHERE key = {})", key);
    std::string by_text = fmt::format("SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH {}", phrase);
    about_in = fmt::format("q.id IN ({})", by_entity);
    about_exists = fmt::format(
        "EXISTS (SELECT 1 FROM quote_about qa WHERE qa.quote = q.id AND qa.entity IN (SELECT entity FROM "
        "entity_aliases WHERE key = {}))",
        key);
    b.Where(fmt::format("({} OR q.id IN ({}))", about_in, by_text));
    id_sets.push_back(by_entity + " UNION ALL " + by_text);
  }
  if (!f.text.empty()) {
    std::string words = FtsWords(f.text);
    if (!words.empty()) {
      std::string by_text = "SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH " + b.P(words);
      b.Where("q.id IN (" + by_text + ")");
      id_sets.push_back(by_text);
    }
  }
  if (!f.article.empty()) b.Where("q.article = (SELECT id FROM articles WHERE ext_id = " + b.P(f.article) + ")");
  if (!f.from.empty()) b.Where("q.date >= " + b.P(f.from));
  if (!f.to.empty()) b.Where("q.date <= " + b.P(f.to));
  Query& q = b.query();
  auto page = [&](const char* from, const std::string& where) {
    return fmt::format(
        "SELECT q.date AS date, a.ext_id AS article, coalesce(e.name, q.speaker_name) AS speaker, q.kind AS kind, "
        "q.text AS quote, q.cue_text AS cue, q.medium AS medium, q.speaker_text AS speaker_text, q.start AS start, "
        "q.end AS end FROM (SELECT q.id AS id FROM {}{} ORDER BY q.date, q.id{}) AS pick CROSS JOIN quotes q ON "
        "q.id = pick.id JOIN articles a ON a.id = q.article LEFT JOIN entities e ON e.id = q.speaker_entity ORDER "
        "BY q.date, q.id",
        from, where, Limit(f.limit));
  };
  // A speaker's quotes come from the speaker index, whose entries carry the
  // date and id: other filters are then checked per entry, never by looking
  // up each quote one of them matches (left to itself SQLite does that).
  const std::string where = b.WhereClause();
  q.sql = page(f.speaker.empty() ? "quotes q" : "quotes q INDEXED BY quotes_speaker", where);
  if (!id_sets.empty() && f.speaker.empty() && f.article.empty()) {
    std::string dense_where = where;
    if (!about_in.empty()) dense_where.replace(dense_where.find(about_in), about_in.size(), about_exists);
    q.dense_sql = page("quotes q INDEXED BY quotes_date", dense_where);
    q.probe = fmt::format("SELECT count(*) FROM (SELECT 1 FROM ({}) LIMIT {})", id_sets.front(), kDenseQuotes);
    q.dense_from = kDenseQuotes;
  }
  q.terminal_columns = {"date", "article", "speaker", "kind", "quote"};
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

Result<Query> MakeEventsQuery(const EventFilter& f) {
  auto q = EventQuery(
      f,
      "ev.date AS date, a.ext_id AS article, ev.source_actor AS source, ev.code AS code, ev.target_actor AS "
      "target, ev.root AS root, ev.quad AS quad, ev.goldstein AS goldstein, ev.plover AS plover, ev.source_text AS "
      "source_text, ev.trigger_text AS trigger, ev.target_text AS target_text, ev.negated AS negated, ev.duplicate "
      "AS duplicate, coalesce(ev.source_text, '-') || ' | ' || coalesce(ev.trigger_text, '') || ' | ' || "
      "coalesce(ev.target_text, '-') AS words",
      "ORDER BY ev.date, ev.article, ev.idx" + Limit(f.limit));
  if (q.ok()) q->terminal_columns = {"date", "article", "source", "code", "target", "quad", "goldstein", "words"};
  return q;
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
  Status s = AddEventTerms(ef, b);
  if (!s.ok()) return s;
  b.Where("ev.date IS NOT NULL");
  const char* period = f.by == Period::kDay    ? "ev.date"
                       : f.by == Period::kWeek ? "date(ev.date, 'weekday 0', '-6 days')"
                                               : "substr(ev.date, 1, 7)";
  Query& q = b.query();
  q.sql = fmt::format(
      "SELECT {} AS period, count(*) AS events, sum(ev.quad = 1) AS verbal_coop, sum(ev.quad = 2) AS "
      "material_coop, sum(ev.quad = 3) AS verbal_conflict, sum(ev.quad = 4) AS material_conflict, "
      "round(avg(ev.goldstein), 2) AS mean_goldstein FROM events ev{} GROUP BY 1 ORDER BY 1",
      period, b.WhereClause());
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

Result<size_t> RunQuery(Database& db, const Query& q, RowWriter& out) {
  auto form = ChooseForm(db, q);
  if (!form.ok()) return form.status();
  auto st = PrepareBound(db, *form.value(), q.params);
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
