// Link(): a hash-map hit costs no statement (nor an allocation: the look-up
// key is built in a reused buffer); a miss costs one indexed SELECT on (key,
// type). A new entity gets the next id at once (max(id) + 1, read once per
// batch: the batch holds the write lock, so no other writer can take it) and
// its row is inserted by Flush() with its summed counters, in id order. The
// increments go to the entity's slot and Flush() writes one UPDATE per stored
// entity touched in the batch. Because additions commute, the counters come
// out as if every article had updated them in turn, also when a replaced
// article subtracts its old counts in SQL in the middle of the batch (the
// writer flushes first, so the rows it subtracts from exist).
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
      {&l->insert_,
       "INSERT INTO entities(id, name, type, key, actor, mentions, articles) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"},
      {&l->max_id_, "SELECT coalesce(max(id), 0) FROM entities"},
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
    const bool is_new = id == 0;
    if (is_new) {
      if (next_id_ == 0) {
        auto max_id = max_id_.Step();
        if (!max_id.ok()) return max_id.status();
        next_id_ = max_id_.Int(0) + 1;
        max_id_.Reset();
      }
      id = next_id_++;
    }
    slot = slots_.size();
    slots_.emplace_back();
    Slot& fresh = slots_.back();
    fresh.id = id;
    if (is_new) {
      fresh.pending = true;
      fresh.name.assign(name);
      fresh.type.assign(type);
      fresh.key.assign(key);
    }
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
  // New entities were touched when created, so they come in id order here:
  // their rows are appended.
  for (size_t i : touched_) {
    Slot& d = slots_[i];
    Status s;
    if (d.pending) {
      insert_.Bind(1, d.id);
      insert_.Bind(2, d.name);
      insert_.Bind(3, d.type);
      insert_.Bind(4, d.key);
      insert_.BindTextOrNull(5, d.actor);
      insert_.Bind(6, d.mentions);
      insert_.Bind(7, d.articles);
      s = insert_.Run();
      d.pending = false;
      d.name = std::string();
      d.type = std::string();
      d.key = std::string();
    } else {
      add_counts_.Bind(1, d.id);
      add_counts_.Bind(2, d.mentions);
      add_counts_.Bind(3, d.articles);
      add_counts_.BindTextOrNull(4, d.actor);
      s = add_counts_.Run();
    }
    if (!s.ok()) return s;
    d.mentions = d.articles = 0;
    d.actor.clear();
    d.touched = false;
  }
  touched_.clear();
  next_id_ = 0;  // the next batch reads it again under its own lock
  if (slots_.size() > kMaxRemembered) {
    slot_of_.clear();
    slots_.clear();
  }
  if (aliases_.size() > kMaxRemembered) aliases_.clear();
  return Status::Ok();
}

void EntityLinker::Forget() {
  next_id_ = 0;
  slot_of_.clear();
  slots_.clear();
  touched_.clear();
  aliases_.clear();
}

}  // namespace readout::store
