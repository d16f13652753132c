#include "store/packed_facts.h"

#include <gtest/gtest.h>

#include <string>

#include "store/article_loader.h"
#include "store/schema.h"
#include "store/store_test_util.h"

namespace readout::store {
namespace {

using testing::TestArticle;

int64_t Count(Database& db, const std::string& sql) {
  auto n = db.QueryInt(sql);
  EXPECT_TRUE(n.ok()) << sql << ": " << n.status().message();
  return n.ok() ? n.value() : -1;
}

std::string EntitiesJson(const Analysis& a) {
  std::string out = "[";
  for (size_t i = 0; i < a.entities.size(); ++i) {
    if (i) out += ',';
    AppendEntityJson(a.entities[i], static_cast<int64_t>(i) + 100, i == 0, &out);
  }
  return out + "]";
}

TEST(PackedFacts, EntitiesReadBackAsWritten) {
  TestArticle t("a", "The \"Kremlin\" said Putin\\Moscow met Rubio in Riyadh. Putin spoke.", "2025-02-12");
  int putin = t.AddEntity("Vladimir \"Vova\" Putin", EntityType::kPerson, "RUSGOV", {"Putin\\Moscow", "Putin"},
                          {Role{"President", "", "RUS", t.Find("Kremlin")}, Role{"leader", "Kremlin", "", {}}},
                          {"Putin", "V.\tPutin"});
  t.AddEntity("Riyadh", EntityType::kPlace, "SAU", {"Riyadh"});
  Analysis a = t.analysis();
  a.entities[1].place = Place{"Riyadh", "SAU", 24.7136, 46.6753, true, PlaceKind::kCity};
  a.entities.push_back(Entity{});  // all fields empty
  a.entities.back().id = "E3";
  const std::string json = EntitiesJson(a);
  std::vector<Entity> back;
  ASSERT_TRUE(DecodeEntities(json, &back)) << json;
  ASSERT_EQ(back.size(), 3u);
  const Entity& p = back[putin];
  EXPECT_EQ(p.id, "E1");
  EXPECT_EQ(p.name, "Vladimir \"Vova\" Putin");
  EXPECT_EQ(p.actor, "RUSGOV");
  EXPECT_EQ(p.aliases, (std::vector<std::string>{"Putin", "V.\tPutin"}));
  ASSERT_EQ(p.mentions.size(), a.entities[putin].mentions.size());
  EXPECT_EQ(p.mentions[1].start, a.entities[putin].mentions[1].start);
  ASSERT_EQ(p.roles.size(), 2u);
  EXPECT_EQ(p.roles[0].title, "President");
  EXPECT_EQ(p.roles[0].country, "RUS");
  EXPECT_EQ(p.roles[0].evidence, t.Find("Kremlin"));
  EXPECT_EQ(p.roles[1].org, "Kremlin");
  EXPECT_TRUE(p.roles[1].evidence.empty());
  EXPECT_FALSE(p.place);
  ASSERT_TRUE(back[1].place);
  EXPECT_EQ(back[1].type, EntityType::kPlace);
  EXPECT_EQ(back[1].place->country, "SAU");
  EXPECT_EQ(back[1].place->lat, 24.7136);  // exactly: shortest round-trip form
  EXPECT_EQ(back[1].place->lon, 46.6753);
  EXPECT_TRUE(back[2].name.empty());
  EXPECT_TRUE(back[2].mentions.empty());
  // What the writer's SQL reads: the global id, the counts it added.
  EXPECT_NE(json.find("\"entity\":100,"), std::string::npos) << json;
  EXPECT_NE(json.find("\"counted\":1,"), std::string::npos) << json;
  EXPECT_NE(json.find("\"mentions\":2,"), std::string::npos) << json;
}

TEST(PackedFacts, TimesReadBackAsWritten) {
  TestArticle t("a", "On Wednesday and on \"Thursday\" they met.", "2025-02-12");
  t.AddTime("Wednesday", "2025-02-12");
  t.AddTime("\"Thursday\"", "");
  std::string json;
  AppendTimesJson(t.analysis(), &json);
  EXPECT_NE(json.find("\"text\":\"\\\"Thursday\\\"\""), std::string::npos) << json;
  std::vector<TimeExpression> back;
  ASSERT_TRUE(DecodeTimes(json, &back)) << json;
  ASSERT_EQ(back.size(), 2u);
  EXPECT_EQ(back[0].span, t.Find("Wednesday"));
  EXPECT_EQ(back[0].value, "2025-02-12");
  EXPECT_TRUE(back[1].value.empty());
}

TEST(PackedFacts, NotUtf8StillParses) {
  Entity e;
  e.id = "E1";
  e.name = "Bad \xFF name\x01";
  std::string json = "[";
  AppendEntityJson(e, 1, true, &json);
  json += "]";
  std::vector<Entity> back;
  ASSERT_TRUE(DecodeEntities(json, &back)) << json;
  EXPECT_EQ(back[0].name, "Bad \xEF\xBF\xBD name\x01");
}

TEST(PackedFacts, DamagedListsAreRefused) {
  std::vector<Entity> e;
  std::vector<TimeExpression> t;
  for (const char* bad : {"", "[", "{}", "[1]", "[{\"mention_spans\":\"1,2,noun,0\"}]"}) {
    EXPECT_FALSE(DecodeEntities(bad, &e)) << bad;
  }
  for (const char* bad : {"", "[{\"start\":-1}]", "[{\"start\":\"3\"}]", "[[]]"}) EXPECT_FALSE(DecodeTimes(bad, &t)) << bad;
  EXPECT_TRUE(DecodeEntities("[]", &e));
  EXPECT_TRUE(DecodeTimes("[]", &t));
}

// Version 8 packs article_entities (with roles) and times into the article
// row. A version-7 file reads back the same facts through the loader, and
// replacing one of its articles afterwards subtracts exactly what the old
// rows had added.
TEST(Schema, MigratesVersion7RowsToPackedFacts) {
  auto db = Database::Open(":memory:");
  ASSERT_TRUE(db.ok());
  Database& d = *db.value();
  ASSERT_TRUE(MigrateTo(d, 7).ok());
  ASSERT_TRUE(
        d.Exec("INSERT INTO articles(id, ext_id, date, text, text_hash, sentence_spans) VALUES (1, 'a1', "
                   "'2025-02-12', 'Putin met Rubio in Riyadh on Monday.', 1, '0,36'), (2, 'a2', NULL, 'none', 2, '');"
                   "INSERT INTO entities(id, name, type, key, actor, mentions, articles) VALUES "
                   "(7, 'Vladimir Putin', 'PERSON', 'vladimir putin', 'RUSGOV', 5, 2), "
                   "(8, 'Riyadh', 'PLACE', 'riyadh', 'SAU', 1, 1);"
                   "INSERT INTO entity_roles VALUES (7, 'President', '', 2), (7, 'leader', 'Kremlin', 1);"
                   "INSERT INTO article_entities(id, article, local_id, entity, name, type, actor, aliases, "
                   "place_name, place_country, lat, lon, mentions, counted, mention_spans) VALUES "
                   "(11, 1, 'E2', 8, 'Riyadh', 'PLACE', 'SAU', NULL, 'Riyadh', 'SAU', 24.7136, 46.6753, 1, 1, "
                   "'19,25,name,0'), "
                   "(10, 1, 'E1', 7, 'Vladimir Putin', 'PERSON', 'RUSGOV', 'Putin' || char(31) || 'V. \"P\"', NULL, "
                   "NULL, NULL, NULL, 2, 1, '0,5,name,0');"
                   "INSERT INTO roles VALUES (10, 1, 'leader', 'Kremlin', NULL, NULL, NULL), "
                   "(10, 0, 'President', NULL, 'RUS', 0, 5);"
                   "INSERT INTO times VALUES (1, 0, 29, 35, 'Monday', '2025-02-10', 0);"
                   "INSERT INTO quotes(id, article, idx, kind, start, end, text, sentence, date) VALUES "
                   "(1, 1, 0, 'direct', 0, 5, 'Putin', 0, '2025-02-12');"
                   "INSERT INTO quotes_fts(rowid, text) VALUES (20250212 * 4294967296 + 1, 'Putin');"
                   "INSERT INTO quote_about(entity, qkey) VALUES (7, 20250212 * 4294967296 + 1);")
            .ok());
  ASSERT_TRUE(PrepareForWriting(d).ok());
  EXPECT_EQ(Count(d, "PRAGMA user_version"), kSchemaVersion);
  EXPECT_EQ(Count(d, "SELECT count(*) FROM sqlite_schema WHERE name IN ('article_entities', 'roles', "
                              "'times', 'quote_about_qkey')"),
            0);
  {
    auto loader = ArticleLoader::Open(d);
    ASSERT_TRUE(loader.ok());
    auto a = loader.value()->Load("a1");
    ASSERT_TRUE(a.ok()) << a.status().message();
    const auto& es = a->analysis.entities;
    ASSERT_EQ(es.size(), 2u);  // in row-id order
    EXPECT_EQ(es[0].id, "E1");
    EXPECT_EQ(es[0].aliases, (std::vector<std::string>{"Putin", "V. \"P\""}));
    EXPECT_FALSE(es[0].place);
    ASSERT_EQ(es[0].roles.size(), 2u);  // in idx order
    EXPECT_EQ(es[0].roles[0].title, "President");
    EXPECT_EQ(es[0].roles[0].country, "RUS");
    EXPECT_EQ(es[0].roles[0].evidence, (Span{0, 5}));
    EXPECT_EQ(es[0].roles[1].org, "Kremlin");
    EXPECT_TRUE(es[0].roles[1].evidence.empty());
    ASSERT_EQ(es[0].mentions.size(), 1u);
    ASSERT_TRUE(es[1].place);
    EXPECT_EQ(es[1].place->lat, 24.7136);
    EXPECT_TRUE(es[1].aliases.empty());
    ASSERT_EQ(a->analysis.times.size(), 1u);
    EXPECT_EQ(a->analysis.times[0].value, "2025-02-10");
    EXPECT_EQ(a->analysis.times[0].span, (Span{29, 35}));
    ASSERT_EQ(a->analysis.quotes.size(), 1u);
    EXPECT_EQ(a->analysis.quotes[0].speaker_entity, -1);
    auto empty = loader.value()->Load("a2");
    ASSERT_TRUE(empty.ok()) << empty.status().message();
    EXPECT_TRUE(empty->analysis.entities.empty());
    EXPECT_TRUE(empty->analysis.times.empty());
  }
  // Replace a1 by a text without entities: its old counts go.
  TestArticle t("a1", "Nobody met anybody.", "2025-02-12");
  auto ing = testing::TestIngester(d);
  ing->Add(t.doc(), t.analysis());
  Status finished = ing->Finish();
  ASSERT_TRUE(finished.ok()) << finished.message();
  EXPECT_EQ(Count(d, "SELECT mentions FROM entities WHERE id = 7"), 3);
  EXPECT_EQ(Count(d, "SELECT articles FROM entities WHERE id = 7"), 1);
  EXPECT_EQ(Count(d, "SELECT mentions FROM entities WHERE id = 8"), 0);
  EXPECT_EQ(Count(d, "SELECT count FROM entity_roles WHERE entity = 7 AND title = 'President'"), 1);
  EXPECT_EQ(Count(d, "SELECT count(*) FROM entity_roles WHERE entity = 7 AND title = 'leader'"), 0);
  EXPECT_EQ(Count(d, "SELECT count(*) FROM quote_about"), 0);
  EXPECT_EQ(Count(d, "SELECT count(*) FROM quotes"), 0);
}

}  // namespace
}  // namespace readout::store
