// JSON lines are rebuilt through ArticleLoader and ToJsonLine, the same
// serialiser `readout analyze` uses, so an exported article has exactly the
// contract's shape; the stored-only fields are appended before the closing
// brace. Tables go through the query layer with a CSV or TSV row writer.
#include "store/export.h"

#include <fmt/format.h>

#include <nlohmann/json.hpp>

#include "readout/json.h"
#include "store/article_loader.h"

namespace readout::store {
namespace {

Result<size_t> ExportJsonl(Database& db, const ExportOptions& o, std::ostream& out) {
  std::string sql = "SELECT id FROM articles";
  std::vector<std::string> where, params;
  if (!o.events.from.empty()) {
    params.push_back(o.events.from);
    where.push_back(fmt::format("date >= ?{}", params.size()));
  }
  if (!o.events.to.empty()) {
    params.push_back(o.events.to);
    where.push_back(fmt::format("date <= ?{}", params.size()));
  }
  for (size_t i = 0; i < where.size(); ++i) sql += (i ? " AND " : " WHERE ") + where[i];
  sql += " ORDER BY id";
  auto ids = db.Prepare(sql);
  if (!ids.ok()) return ids.status();
  for (size_t i = 0; i < params.size(); ++i) ids->Bind(static_cast<int>(i + 1), std::string_view(params[i]));
  auto loader = ArticleLoader::Open(db);
  if (!loader.ok()) return loader.status();
  size_t n = 0;
  for (;;) {
    auto more = ids->Step();
    if (!more.ok()) return more.status();
    if (!more.value()) break;
    auto art = loader.value()->LoadRow(ids->Int(0));
    if (!art.ok()) return art.status();
    const StoredArticle& s = art.value();
    std::string line = ToJsonLine(s.analysis);
    auto str_or_null = [](const std::string& v) { return v.empty() ? nlohmann::json(nullptr) : nlohmann::json(v); };
    nlohmann::ordered_json extra;
    extra["title"] = str_or_null(s.doc.title);
    extra["source"] = str_or_null(s.doc.source);
    extra["url"] = str_or_null(s.doc.url);
    extra["duplicate_of"] = str_or_null(s.duplicate_of);
    extra["text"] = s.doc.text;
    std::string tail = extra.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    // Both are objects: "{...}" + "{...}" -> "{..., ...}".
    if (line.size() >= 2 && line.back() == '}') {
      line.pop_back();
      if (line.size() > 1) line += ',';
      line.append(tail, 1, std::string::npos);
    }
    out << line << '\n';
    ++n;
  }
  return n;
}

}  // namespace

bool ParseExportFormat(std::string_view name, ExportFormat* out) {
  if (name == "jsonl") {
    *out = ExportFormat::kJsonl;
  } else if (name == "csv") {
    *out = ExportFormat::kCsv;
  } else if (name == "phoenix") {
    *out = ExportFormat::kPhoenix;
  } else {
    return false;
  }
  return true;
}

Result<size_t> Export(Database& db, const ExportOptions& o, std::ostream& out) {
  if (o.format == ExportFormat::kJsonl) return ExportJsonl(db, o, out);
  Result<Query> q = Status::InvalidArgument("unknown export");
  if (o.format == ExportFormat::kPhoenix) {
    q = MakePhoenixQuery(o.events);
  } else if (o.table == "events") {
    q = MakeEventExportQuery(o.events);
  } else if (o.table == "quotes") {
    QuoteFilter f;
    f.from = o.events.from;
    f.to = o.events.to;
    f.limit = 0;
    q = MakeQuotesQuery(f);
  } else if (o.table == "entities") {
    EntityFilter f;
    f.limit = 0;
    q = MakeEntitiesQuery(f);
  } else if (o.table == "articles") {
    Query a;
    a.sql =
        "SELECT a.ext_id AS id, a.date AS date, a.title AS title, a.source AS source, a.url AS url, d.ext_id AS "
        "duplicate_of, a.similarity AS similarity, length(CAST(a.text AS BLOB)) AS bytes FROM articles a LEFT JOIN "
        "articles d ON d.id = a.duplicate_of ORDER BY a.id";
    q = std::move(a);
  } else {
    return Status::InvalidArgument(
        fmt::format("--table {} is not one of events, quotes, entities, articles", o.table));
  }
  if (!q.ok()) return q.status();
  auto writer = MakeRowWriter(o.format == ExportFormat::kPhoenix ? TableFormat::kTsv : TableFormat::kCsv, out);
  return RunQuery(db, q.value(), *writer);
}

}  // namespace readout::store
