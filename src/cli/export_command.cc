// `readout export`: writes the record (or a filtered part) for other tools:
// jsonl (articles with their analyses), csv (one table), phoenix (event rows).
#include <fmt/format.h>

#include <fstream>
#include <iostream>

#include "cli/commands.h"
#include "store/export.h"
#include "store/schema.h"

namespace readout::cli {
namespace {

struct ExportFlags {
  std::string db = "readout.db";
  std::string format = "jsonl";
  std::string output;
  store::ExportOptions options;
};

int RunExport(ExportFlags& f) {
  if (!store::ParseExportFormat(f.format, &f.options.format)) {
    fmt::print(stderr, "readout: --format {} is not one of jsonl, csv, phoenix\n", f.format);
    return 1;
  }
  auto db = store::OpenForReading(f.db);
  if (!db.ok()) {
    fmt::print(stderr, "readout: {}\n", db.status().message());
    return 1;
  }
  std::ofstream file;
  std::ostream* out = &std::cout;
  if (!f.output.empty() && f.output != "-") {
    file.open(f.output, std::ios::binary | std::ios::trunc);
    if (!file) {
      fmt::print(stderr, "readout: cannot write {}\n", f.output);
      return 1;
    }
    out = &file;
  }
  std::ios::sync_with_stdio(false);
  auto n = store::Export(*db.value(), f.options, *out);
  out->flush();
  if (!n.ok()) {
    fmt::print(stderr, "readout: {}\n", n.status().message());
    return 1;
  }
  if (!*out) {
    fmt::print(stderr, "readout: writing the export failed (disk full?)\n");
    return 1;
  }
  return 0;
}

}  // namespace

void AddExportCommand(CLI::App& app, int* exit_code) {
  auto f = std::make_shared<ExportFlags>();
  CLI::App* cmd = app.add_subcommand("export", "write the database for other tools (jsonl, csv, phoenix)");
  cmd->add_option("--db", f->db, "database file (default readout.db)");
  cmd->add_option("--format", f->format, "jsonl (articles, default), csv (one table) or phoenix (event rows)")
      ->check(CLI::IsMember({"jsonl", "csv", "phoenix"}));
  cmd->add_option("--table", f->options.table, "csv: events (default), quotes, entities or articles")
      ->check(CLI::IsMember({"events", "quotes", "entities", "articles"}));
  cmd->add_option("--output,-o", f->output, "write here instead of standard output");
  cmd->add_option("--from", f->options.events.from, "first date (YYYY-MM-DD, inclusive)");
  cmd->add_option("--to", f->options.events.to, "last date (YYYY-MM-DD, inclusive)");
  cmd->add_option("--source", f->options.events.source, "events: source actor code prefix");
  cmd->add_option("--target", f->options.events.target, "events: target actor code prefix");
  cmd->add_option("--code", f->options.events.code, "events: CAMEO code prefix");
  cmd->add_option("--dyad", f->options.events.dyad, "events: A-B, both directions");
  cmd->add_flag("--duplicates", f->options.events.include_duplicates, "events: include the events of wire copies");
  cmd->callback([f, exit_code] { *exit_code = RunExport(*f); });
}

}  // namespace readout::cli
