// Link(): a hash-map hit costs no statement; a miss costs one indexed SELECT
// on (key, type) and, for a new entity, one INSERT with zero counters. The
// increments go to `deltas_` and Flush() writes one UPDATE per entity seen in
// the batch. Because additions commute, the counters come out as if every
// article had updated them in turn, also when a replaced article subtracts
// its old counts in SQL in the middle of the batch.
//
// The remembered ids and aliases are bounded: past kMaxRemembered entries
// they are dropped at the next Flush() and rebuilt from the database.
#include "store/entity_linker.h"

#include <fmt/format.h>

namespace readout::store {
namespace {

constexpr size_t kMaxRemembered = 200000;

std::string CacheKey(std::string_view a, std::string_view b) {
  std::string k;
  k.reserve(a.size() + b.size() + 1);
  k.append(a);
  k += '\x1f';
  k.append(b);
  return k;
}

}  // namespace

Result<std::unique_ptr<EntityLinker>> EntityLinker::Open(Database& db) {
  std::unique_ptr<EntityLinker> l(new EntityLinker(db));
  struct Item {
    Statement* st;
    const char* sql;
  } items[] = {
      {&l->find_, "SELECT id FROM entities WHERE key = ?1 AND type = ?2"},
      {&l->insert_, "INSERT INTO entities(name, type, key, actor, mentions, articles) VALUES (?1, ?2, ?3, ?4, 0, 0)"},
      {&l->add_counts_,
       "UPDATE entities SET mentions = mentions + ?2, articles = articles + ?3, actor = coalesce(?4, actor) "
       "WHERE id = ?1"},
      {&l->insert_alias_, "INSERT OR IGNORE INTO entity_aliases(key, entity, alias) VALUES (?1, ?2, ?3)"},
  };
  for (auto& it : items) {
    auto st = db.Prepare(it.sql);
    if (!st.ok()) return st.status();
    *it.st = std::move(st.value());
  }
  return l;
}

Result<int64_t> EntityLinker::Link(std::string_view name, std::string_view type, std::string_view key,
                                   std::string_view actor, int64_t mentions, int64_t articles) {
  std::string ck = CacheKey(type, key);
  int64_t id = 0;
  if (auto it = ids_.find(ck); it != ids_.end()) {
    id = it->second;
  } else {
    find_.Bind(1, key);
    find_.Bind(2, type);
    auto row = find_.Step();
    if (!row.ok()) return row.status();
    if (row.value()) id = find_.Int(0);
    find_.Reset();
    if (id == 0) {
      insert_.Bind(1, name);
      insert_.Bind(2, type);
      insert_.Bind(3, key);
      insert_.BindTextOrNull(4, actor);
      Status s = insert_.Run();
      if (!s.ok()) return s;
      id = db_.LastInsertRowid();
    }
    ids_.emplace(std::move(ck), id);
  }
  Delta& d = deltas_[id];
  d.mentions += mentions;
  d.articles += articles;
  if (!actor.empty()) d.actor = std::string(actor);
  return id;
}

Status EntityLinker::AddAlias(int64_t entity, std::string_view key, std::string_view alias) {
  // The id's bytes, then the key: no number formatting per alias.
  std::string ck(reinterpret_cast<const char*>(&entity), sizeof entity);
  ck.append(key);
  if (!aliases_.insert(std::move(ck)).second) return Status::Ok();
  insert_alias_.Bind(1, key);
  insert_alias_.Bind(2, entity);
  insert_alias_.Bind(3, alias);
  return insert_alias_.Run();
}

Status EntityLinker::Flush() {
  for (const auto& [id, d] : deltas_) {
    add_counts_.Bind(1, id);
    add_counts_.Bind(2, d.mentions);
    add_counts_.Bind(3, d.articles);
    add_counts_.BindTextOrNull(4, d.actor);
    Status s = add_counts_.Run();
    if (!s.ok()) return s;
  }
  deltas_.clear();
  if (ids_.size() > kMaxRemembered) ids_.clear();
  if (aliases_.size() > kMaxRemembered) aliases_.clear();
  return Status::Ok();
}

void EntityLinker::Forget() {
  ids_.clear();
  aliases_.clear();
  deltas_.clear();
}

}  // namespace readout::store
