// EntityLinker: finds or creates the global entity row for each entity of an
// article, keeps its running counters, and stores its aliases, with as few
// statements per entity as possible (the entity stage dominates the
// writer's time: ~40 entities and ~70 mentions per news article).
//
// Ids of global entities and aliases already stored are remembered across
// batches (they never change once committed); counter increments are summed
// in memory and written once per entity and batch by Flush(), which must run
// before COMMIT. After a ROLLBACK call Forget(): rows of the undone batch
// are gone, so nothing remembered from it may be reused.
//
// Thread safety: like Writer, one thread at a time.
#ifndef READOUT_STORE_ENTITY_LINKER_H_
#define READOUT_STORE_ENTITY_LINKER_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "readout/status.h"
#include "store/sqlite.h"

namespace readout::store {

class EntityLinker {
 public:
  // REQUIRES: the schema is current.
  static Result<std::unique_ptr<EntityLinker>> Open(Database& db);

  // The global id of the entity (key, type), created with `name` when new.
  // Adds `mentions` and `articles` to its counters; a non-empty `actor`
  // becomes its actor code.
  Result<int64_t> Link(std::string_view name, std::string_view type, std::string_view key, std::string_view actor,
                       int64_t mentions, int64_t articles);

  // Stores `alias` (whose EntityKey is `key`) for `entity` unless it is there.
  Status AddAlias(int64_t entity, std::string_view key, std::string_view alias);

  // Inserts the batch's new entities and writes the summed counter
  // increments. Call inside the transaction, before COMMIT and before any
  // SQL reads or updates the entities linked since the last Flush().
  Status Flush();

  // Drops everything remembered (after a rollback).
  void Forget();

 private:
  // A remembered entity and what this batch adds to its counters.
  struct Slot {
    int64_t id = 0;
    int64_t mentions = 0;
    int64_t articles = 0;
    std::string actor;
    bool touched = false;  // in touched_
    // New in this batch: the row is inserted by Flush(), with its counters,
    // under the id given here (one insert instead of an insert and an update).
    bool pending = false;
    std::string name, type, key;
  };
  explicit EntityLinker(Database& db) : db_(db) {}

  Database& db_;
  Statement find_, insert_, add_counts_, insert_alias_, max_id_;
  int64_t next_id_ = 0;  // the id the next new entity gets; 0: ask the table (once per batch)
  std::unordered_map<std::string, size_t> slot_of_;  // type '\x1f' key -> index in slots_
  std::vector<Slot> slots_;
  std::vector<size_t> touched_;               // slots with increments to flush
  std::unordered_set<std::string> aliases_;  // the id's 8 bytes, then the key
  std::string scratch_;                      // look-up keys are built here, copied only when new
};

}  // namespace readout::store

#endif  // READOUT_STORE_ENTITY_LINKER_H_
