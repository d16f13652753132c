// `readout query quotes|events|entities|timeline`: asks the record built by
// `readout ingest`. Readable tables by default, --format jsonl|csv for tools.
#include <fmt/format.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include <cstdlib>
#include <iostream>

#include "cli/commands.h"
#include "store/query.h"
#include "store/schema.h"

namespace readout::cli {
namespace {

struct CommonFlags {
  std::string db = "readout.db";
  std::string format = "table";
  size_t limit = 100;
};

int TerminalWidth() {
  if (const char* c = std::getenv("COLUMNS")) {
    int w = std::atoi(c);
    if (w > 0) return w;
  }
  winsize ws{};
  if (isatty(STDOUT_FILENO) && ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0) return ws.ws_col;
  return 120;
}

int RunQuery(const CommonFlags& c, const Result<store::Query>& q, size_t limit) {
  if (!q.ok()) {
    fmt::print(stderr, "readout: {}\n", q.status().message());
    return 1;
  }
  store::TableFormat format;
  if (!store::ParseTableFormat(c.format, &format)) {
    fmt::print(stderr, "readout: --format {} is not one of table, jsonl, csv\n", c.format);
    return 1;
  }
  auto db = store::OpenForReading(c.db);
  if (!db.ok()) {
    fmt::print(stderr, "readout: {}\n", db.status().message());
    return 1;
  }
  std::ios::sync_with_stdio(false);
  store::TerminalOptions topts;
  topts.width = TerminalWidth();
  auto writer = store::MakeRowWriter(format, std::cout, topts);
  auto n = store::RunQuery(*db.value(), q.value(), *writer);
  std::cout.flush();
  if (!n.ok()) {
    fmt::print(stderr, "readout: {}\n", n.status().message());
    return 1;
  }
  if (limit > 0 && n.value() == limit && format == store::TableFormat::kTerminal) {
    fmt::print(stderr, "readout: showing the first {} rows; --limit 0 shows all\n", limit);
  }
  return 0;
}

void AddCommon(CLI::App* cmd, CommonFlags* c) {
  cmd->add_option("--db", c->db, "database file (default readout.db)");
  cmd->add_option("--format", c->format, "table (default), jsonl or csv")
      ->check(CLI::IsMember({"table", "jsonl", "csv"}));
  cmd->add_option("--limit", c->limit, "at most this many rows (default 100; 0: all)");
}

void AddDates(CLI::App* cmd, std::string* from, std::string* to) {
  cmd->add_option("--from", *from, "first date (YYYY-MM-DD, inclusive)");
  cmd->add_option("--to", *to, "last date (YYYY-MM-DD, inclusive)");
}

}  // namespace

void AddQueryCommand(CLI::App& app, int* exit_code) {
  CLI::App* query = app.add_subcommand("query", "ask the database built by readout ingest");
  query->require_subcommand(1);

  {
    auto c = std::make_shared<CommonFlags>();
    auto f = std::make_shared<store::QuoteFilter>();
    CLI::App* cmd = query->add_subcommand("quotes", "who said what: quotes with speakers");
    AddCommon(cmd, c.get());
    cmd->add_option("--speaker", f->speaker, "the speaker (any of its names)");
    cmd->add_option("--about", f->about, "an entity the quote mentions (any of its names)");
    cmd->add_option("--text", f->text, "words the quote contains (all of them)");
    cmd->add_option("--article", f->article, "only this article (its id)");
    AddDates(cmd, &f->from, &f->to);
    cmd->callback([c, f, exit_code] {
      f->limit = c->limit;
      *exit_code = RunQuery(*c, store::MakeQuotesQuery(*f), c->limit);
    });
  }
  {
    auto c = std::make_shared<CommonFlags>();
    auto f = std::make_shared<store::EventFilter>();
    CLI::App* cmd = query->add_subcommand("events", "who did what to whom: CAMEO events");
    AddCommon(cmd, c.get());
    cmd->add_option("--source", f->source, "source actor code prefix (USA, RUSGOV)");
    cmd->add_option("--target", f->target, "target actor code prefix");
    cmd->add_option("--code", f->code, "CAMEO event code prefix (04, 190)");
    cmd->add_option("--dyad", f->dyad, "A-B: events from A to B and from B to A");
    cmd->add_flag("--duplicates", f->include_duplicates, "include the events of wire copies");
    cmd->add_option("--article", f->article, "only this article (its id)");
    AddDates(cmd, &f->from, &f->to);
    cmd->callback([c, f, exit_code] {
      f->limit = c->limit;
      *exit_code = RunQuery(*c, store::MakeEventsQuery(*f), c->limit);
    });
  }
  {
    auto c = std::make_shared<CommonFlags>();
    auto f = std::make_shared<store::EntityFilter>();
    CLI::App* cmd = query->add_subcommand("entities", "who is who: entities with mentions, roles, articles");
    AddCommon(cmd, c.get());
    cmd->add_option("--name", f->name, "any of the entity's names");
    cmd->add_option("--type", f->type, "PERSON, ORG, PLACE or GROUP");
    cmd->callback([c, f, exit_code] {
      f->limit = c->limit;
      *exit_code = RunQuery(*c, store::MakeEntitiesQuery(*f), c->limit);
    });
  }
  {
    auto c = std::make_shared<CommonFlags>();
    auto f = std::make_shared<store::TimelineFilter>();
    auto by = std::make_shared<std::string>("week");
    CLI::App* cmd = query->add_subcommand(
        "timeline", "event counts by quad class and mean Goldstein per period (wire copies and negated events excluded)");
    cmd->add_option("--db", c->db, "database file (default readout.db)");
    cmd->add_option("--format", c->format, "table (default), jsonl or csv")
        ->check(CLI::IsMember({"table", "jsonl", "csv"}));
    cmd->add_option("--dyad", f->dyad, "A-B: events between A and B, both directions");
    cmd->add_option("--by", *by, "day, week (default) or month")->check(CLI::IsMember({"day", "week", "month"}));
    AddDates(cmd, &f->from, &f->to);
    cmd->callback([c, f, by, exit_code] {
      store::ParsePeriod(*by, &f->by);
      *exit_code = RunQuery(*c, store::MakeTimelineQuery(*f), 0);
    });
  }
}

}  // namespace readout::cli
