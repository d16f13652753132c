// Link(): a hash-map hit costs no statement (nor an allocation: the look-up
// key is built in a reused buffer); a miss costs one indexed SELECT on (key,
// type) and, for a new entity, one INSERT with zero counters. The increments
// go to the entity's slot and Flush() writes one UPDATE per entity touched in
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

void CacheKey(std::string_view a, std::string_view b, std::string* k) {
  k->assign(a);
  k->push_back('\x1f');
  k->append(b);
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
  CacheKey(type, key, &scratch_);
  size_t slot = 0;
  if (auto it = slot_of_.find(scratch_); it != slot_of_.end()) {
    slot = it->second;
  } else {
    int64_t id = 0;
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
    slot = slots_.size();
    slots_.emplace_back();
    slots_.back().id = id;
    slot_of_.emplace(scratch_, slot);
  }
  Slot& d = slots_[slot];
  d.mentions += mentions;
  d.articles += articles;
  if (!actor.empty()) d.actor.assign(actor);
  if (!d.touched) {
    d.touched = true;
    touched_.push_back(slot);
  }
  return d.id;
}

Status EntityLinker::AddAlias(int64_t entity, std::string_view key, std::string_view alias) {
  // The id's bytes, then the key: no number formatting per alias.
  scratch_.assign(reinterpret_cast<const char*>(&entity), sizeof entity);
  scratch_.append(key);
  if (aliases_.count(scratch_) > 0) return Status::Ok();
  aliases_.insert(scratch_);
  insert_alias_.Bind(1, key);
  insert_alias_.Bind(2, entity);
  insert_alias_.Bind(3, alias);
  return insert_alias_.Run();
}

Status EntityLinker::Flush() {
  for (size_t i : touched_) {
    Slot& d = slots_[i];
    add_counts_.Bind(1, d.id);
    add_counts_.Bind(2, d.mentions);
    add_counts_.Bind(3, d.articles);
    add_counts_.BindTextOrNull(4, d.actor);
    Status s = add_counts_.Run();
    if (!s.ok()) return s;
    d.mentions = d.articles = 0;
    d.actor.clear();
    d.touched = false;
  }
  touched_.clear();
  if (slots_.size() > kMaxRemembered) {
    slot_of_.clear();
    slots_.clear();
  }
  if (aliases_.size() > kMaxRemembered) aliases_.clear();
  return Status::Ok();
}

void EntityLinker::Forget() {
  slot_of_.clear();
  slots_.clear();
  touched_.clear();
  aliases_.clear();
}

}  // namespace readout::store
