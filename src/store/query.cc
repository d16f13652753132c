// Each Make*Query appends WHERE terms for the filters that are set. Prefix
// filters become a half-open range (col >= 'USA' AND col < 'USB') so the
// (actor, date) and (code, date) indexes serve them; name filters become
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
  if (!f.source.empty()) b.Where(b.PrefixTerm("ev.source_actor", Upper(f.source)));
  if (!f.target.empty()) b.Where(b.PrefixTerm("ev.target_actor", Upper(f.target)));
  if (!f.code.empty()) b.Where(b.PrefixTerm("ev.code", f.code));
  if (!f.dyad.empty()) {
    std::string x, y;
    s = SplitDyad(f.dyad, &x, &y);
    if (!s.ok()) return s;
    std::string xy = b.PrefixTerm("ev.source_actor", x) + " AND " + b.PrefixTerm("ev.target_actor", y);
    std::string yx = b.PrefixTerm("ev.source_actor", y) + " AND " + b.PrefixTerm("ev.target_actor", x);
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

Result<Query> MakeQuotesQuery(const QuoteFilter& f) {
  Status s = CheckDate(f.from, "--from");
  if (s.ok()) s = CheckDate(f.to, "--to");
  if (!s.ok()) return s;
  Builder b;
  if (!f.speaker.empty()) {
    b.Where("q.speaker_entity IN (SELECT entity FROM entity_aliases WHERE key = " + b.P(EntityKey(f.speaker)) + ")");
  }
  if (!f.about.empty()) {
    std::string key = b.P(EntityKey(f.about));
    std::string phrase = b.P(FtsPhrase(f.about));
    b.Where(fmt::format(
        "(q.id IN (SELECT quote FROM quote_about WHERE entity IN (SELECT entity FROM entity_aliases WHERE key = {})) "
        "OR q.id IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH {}))",
        key, phrase));
  }
  if (!f.text.empty()) {
    std::string words = FtsWords(f.text);
    if (!words.empty()) b.Where("q.id IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH " + b.P(words) + ")");
  }
  if (!f.article.empty()) b.Where("q.article = (SELECT id FROM articles WHERE ext_id = " + b.P(f.article) + ")");
  if (!f.from.empty()) b.Where("q.date >= " + b.P(f.from));
  if (!f.to.empty()) b.Where("q.date <= " + b.P(f.to));
  Query& q = b.query();
  q.sql =
      "SELECT q.date AS date, a.ext_id AS article, coalesce(e.name, q.speaker_name) AS speaker, q.kind AS kind, "
      "q.text AS quote, q.cue_text AS cue, q.medium AS medium, q.speaker_text AS speaker_text, q.start AS start, "
      "q.end AS end FROM quotes q JOIN articles a ON a.id = q.article LEFT JOIN entities e ON e.id = "
      "q.speaker_entity" +
      b.WhereClause() + " ORDER BY q.date, q.article, q.start" + Limit(f.limit);
  q.terminal_columns = {"date", "article", "speaker", "kind", "quote"};
  return std::move(q);
}

Result<Query> MakeEventsQuery(const EventFilter& f) {
  Builder b;
  Status s = AddEventTerms(f, b);
  if (!s.ok()) return s;
  Query& q = b.query();
  q.sql =
      "SELECT ev.date AS date, a.ext_id AS article, ev.source_actor AS source, ev.code AS code, ev.target_actor AS "
      "target, ev.root AS root, ev.quad AS quad, ev.goldstein AS goldstein, ev.plover AS plover, ev.source_text AS "
      "source_text, ev.trigger_text AS trigger, ev.target_text AS target_text, ev.negated AS negated, ev.duplicate "
      "AS duplicate, coalesce(ev.source_text, '-') || ' | ' || coalesce(ev.trigger_text, '') || ' | ' || "
      "coalesce(ev.target_text, '-') AS words FROM events ev JOIN articles a ON a.id = ev.article" +
      b.WhereClause() + " ORDER BY ev.date, ev.article, ev.idx" + Limit(f.limit);
  q.terminal_columns = {"date", "article", "source", "code", "target", "quad", "goldstein", "words"};
  return std::move(q);
}

Result<Query> MakeEventExportQuery(const EventFilter& f) {
  Builder b;
  Status s = AddEventTerms(f, b);
  if (!s.ok()) return s;
  Query& q = b.query();
  q.sql =
      "SELECT ev.id AS event_id, a.ext_id AS article, a.url AS url, ev.date AS date, ev.event_date AS event_date, "
      "ev.code AS code, ev.root AS root, ev.quad AS quad, ev.goldstein AS goldstein, ev.plover AS plover, "
      "ev.source_actor AS source_actor, ev.source_local AS source_entity, ev.source_text AS source_text, "
      "ev.source_start AS source_start, ev.source_end AS source_end, ev.target_actor AS target_actor, "
      "ev.target_local AS target_entity, ev.target_text AS target_text, ev.target_start AS target_start, "
      "ev.target_end AS target_end, ev.trigger_text AS trigger_text, ev.trigger_start AS trigger_start, "
      "ev.trigger_end AS trigger_end, ev.sentence AS sentence, ev.negated AS negated, ev.duplicate AS duplicate, "
      "ev.place_name AS place_name, ev.place_country AS place_country, ev.lat AS lat, ev.lon AS lon "
      "FROM events ev JOIN articles a ON a.id = ev.article" +
      b.WhereClause() + " ORDER BY ev.id";
  return std::move(q);
}

Result<Query> MakePhoenixQuery(const EventFilter& f) {
  EventFilter g = f;
  g.include_negated = false;
  Builder b;
  Status s = AddEventTerms(g, b);
  if (!s.ok()) return s;
  Query& q = b.query();
  q.sql =
      "SELECT replace(coalesce(ev.date, ''), '-', '') AS date, coalesce(ev.source_actor, '---') AS source, "
      "coalesce(ev.target_actor, '---') AS target, ev.code AS code, coalesce(ev.root, '') AS root, ev.quad AS quad, "
      "printf('%.1f', ev.goldstein) AS goldstein, coalesce(ev.source_text, '') AS source_text, "
      "coalesce(ev.target_text, '') AS target_text, a.ext_id AS article, coalesce(a.url, '') AS url "
      "FROM events ev JOIN articles a ON a.id = ev.article" +
      b.WhereClause() + " ORDER BY ev.date, ev.id";
  return std::move(q);
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

Result<size_t> RunQuery(Database& db, const Query& q, RowWriter& out) {
  auto st = db.Prepare(q.sql);
  if (!st.ok()) return st.status();
  Statement& s = st.value();
  for (size_t i = 0; i < q.params.size(); ++i) s.Bind(static_cast<int>(i + 1), std::string_view(q.params[i]));
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
