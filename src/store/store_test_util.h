// Test helper: builds an Analysis by hand from phrases of its text, so store
// tests do not depend on what the extraction stages currently find.
//
//   TestArticle t("a1", "Putin met Trump. Trump said \"it went well\".", "2025-02-12");
//   int putin = t.AddEntity("Vladimir Putin", EntityType::kPerson, "RUSGOV", {"Putin"});
//   t.AddQuote("it went well", trump, "Trump", "said");
//   t.AddEvent("040", 1, 1.0, putin, "Putin", trump, "Trump", "met");
#ifndef READOUT_STORE_STORE_TEST_UTIL_H_
#define READOUT_STORE_STORE_TEST_UTIL_H_

#include <algorithm>
#include <cassert>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include <memory>

#include "readout/analysis.h"
#include "readout/document.h"
#include "store/ingester.h"
#include "store/schema.h"

namespace readout::store::testing {

// Stored sentences, mentions, entity clusters and times, counted in their
// packed lists (span_list.h, packed_facts.h).
inline constexpr const char* kCountSentencesSql =
    "SELECT coalesce(sum(length(sentence_spans) - length(replace(sentence_spans, ';', '')) + 1), 0) FROM articles "
    "WHERE sentence_spans <> ''";
inline constexpr const char* kCountMentionsSql =
    "SELECT coalesce(sum(length(s) - length(replace(s, ';', '')) + 1), 0) FROM (SELECT json_extract(e.value, "
    "'$.mention_spans') AS s FROM articles, json_each(articles.entities) e) WHERE s <> ''";
inline constexpr const char* kCountClustersSql = "SELECT coalesce(sum(json_array_length(entities)), 0) FROM articles";
inline constexpr const char* kCountTimesSql = "SELECT coalesce(sum(json_array_length(times)), 0) FROM articles";

class TestArticle {
 public:
  TestArticle(std::string id, std::string text, std::string date = "") {
    doc_.id = a_.id = std::move(id);
    doc_.text = a_.text = std::move(text);
    if (!date.empty()) doc_.date = a_.date = Date::Parse(date);
    // Sentences end after ". " (enough for test texts).
    uint32_t start = 0;
    for (size_t i = 0; i < a_.text.size(); ++i) {
      if (a_.text[i] == '.' && (i + 1 == a_.text.size() || a_.text[i + 1] == ' ')) {
        a_.sentences.push_back(Sentence{start, static_cast<uint32_t>(i + 1), 0, 0, false});
        start = static_cast<uint32_t>(i + 2);
      }
    }
    if (start < a_.text.size()) {
      a_.sentences.push_back(Sentence{start, static_cast<uint32_t>(a_.text.size()), 0, 0, false});
    }
  }

  // Span of the n-th occurrence (0-based) of `phrase`. REQUIRES: it occurs.
  Span Find(std::string_view phrase, int nth = 0) const {
    size_t pos = a_.text.find(phrase);
    for (int i = 0; i < nth && pos != std::string::npos; ++i) pos = a_.text.find(phrase, pos + 1);
    assert(pos != std::string::npos);
    return Span{static_cast<uint32_t>(pos), static_cast<uint32_t>(pos + phrase.size())};
  }

  Span FindFrom(std::string_view phrase, uint32_t from) const {
    size_t pos = a_.text.find(phrase, from);
    assert(pos != std::string::npos);
    return Span{static_cast<uint32_t>(pos), static_cast<uint32_t>(pos + phrase.size())};
  }

  uint32_t SentenceOf(Span s) const {
    for (size_t i = 0; i < a_.sentences.size(); ++i) {
      if (a_.sentences[i].start <= s.start && s.start < a_.sentences[i].end + 1) return static_cast<uint32_t>(i);
    }
    return 0;
  }

  // Adds an entity whose mentions are every occurrence of each phrase.
  int AddEntity(std::string name, EntityType type, std::string actor, const std::vector<std::string>& phrases,
                std::vector<Role> roles = {}, std::vector<std::string> aliases = {}) {
    Entity e;
    e.id = "E";
    e.id += std::to_string(a_.entities.size() + 1);
    e.name = std::move(name);
    e.type = type;
    e.actor = std::move(actor);
    for (const auto& p : phrases) {
      for (size_t pos = a_.text.find(p); pos != std::string::npos; pos = a_.text.find(p, pos + 1)) {
        Mention m;
        m.start = static_cast<uint32_t>(pos);
        m.end = static_cast<uint32_t>(pos + p.size());
        // "Trump" inside "Donald Trump" is not a second mention.
        bool inside = false;
        for (const Mention& o : e.mentions) inside |= o.span().Overlaps(m.span());
        if (inside) continue;
        m.sentence = SentenceOf(m.span());
        e.mentions.push_back(m);
      }
    }
    std::sort(e.mentions.begin(), e.mentions.end(),
              [](const Mention& x, const Mention& y) { return x.start < y.start; });
    e.roles = std::move(roles);
    e.aliases = std::move(aliases);
    a_.entities.push_back(std::move(e));
    return static_cast<int>(a_.entities.size() - 1);
  }

  // The speaker phrase and cue are the first occurrences after the start of
  // the content's sentence.
  void AddQuote(std::string_view content, int speaker, std::string_view speaker_phrase, std::string_view cue,
                QuoteKind kind = QuoteKind::kDirect, std::string medium = "") {
    Quote q;
    q.kind = kind;
    q.content = Find(content);
    q.speaker_entity = speaker;
    const uint32_t from = a_.sentences.empty() ? 0 : a_.sentences[SentenceOf(q.content)].start;
    if (!speaker_phrase.empty()) q.speaker = FindFrom(speaker_phrase, from);
    if (!cue.empty()) q.cue = FindFrom(cue, from);
    q.medium = std::move(medium);
    q.sentence = SentenceOf(q.content);
    a_.quotes.push_back(std::move(q));
  }

  void AddEvent(std::string code, int quad, double goldstein, int source, std::string_view source_phrase, int target,
                std::string_view target_phrase, std::string_view trigger, std::string date = "") {
    Event ev;
    ev.code = code;
    ev.root = code.substr(0, 2);
    ev.quad = quad;
    ev.goldstein = goldstein;
    ev.trigger = Find(trigger);
    ev.sentence = SentenceOf(ev.trigger);
    auto arg = [&](int entity, std::string_view phrase) -> std::optional<EventArgument> {
      if (phrase.empty()) return std::nullopt;
      EventArgument x;
      x.entity = entity;
      if (entity >= 0) x.actor = a_.entities[entity].actor;
      x.span = Find(phrase);
      return x;
    };
    ev.source = arg(source, source_phrase);
    ev.target = arg(target, target_phrase);
    ev.date = std::move(date);
    a_.events.push_back(std::move(ev));
  }

  void AddTime(std::string_view phrase, std::string value) {
    TimeExpression t;
    t.span = Find(phrase);
    t.value = std::move(value);
    t.sentence = SentenceOf(t.span);
    a_.times.push_back(std::move(t));
  }

  const Analysis& analysis() const { return a_; }
  const Document& doc() const { return doc_; }
  Document& mutable_doc() { return doc_; }

 private:
  Document doc_;
  Analysis a_;
};

// A small record: two talks articles, a wire copy of the second, and a
// later article; speakers, aliases, quotes about others, and events of
// every quad class.
inline std::vector<TestArticle> TestStory() {
  std::vector<TestArticle> out;
  {
    TestArticle t("a1",
                  "Donald Trump spoke with Vladimir Putin by phone on Wednesday. Trump said \"we agreed to have our "
                  "teams start negotiations immediately\". Alina Polyakova, president of CEPA, said \"Kellogg has "
                  "been sidelined by Witkoff\". Polyakova added that Europe was not consulted.",
                  "2025-02-12");
    int trump = t.AddEntity("Donald Trump", EntityType::kPerson, "USAGOV", {"Donald Trump", "Trump"},
                            {Role{"President", "", "USA", {}}});
    int putin = t.AddEntity("Vladimir Putin", EntityType::kPerson, "RUSGOV", {"Vladimir Putin"});
    int polyakova = t.AddEntity("Alina Polyakova", EntityType::kPerson, "", {"Alina Polyakova", "Polyakova"},
                                {Role{"president", "CEPA", "", t.Find("president of CEPA")}});
    t.AddEntity("CEPA", EntityType::kOrg, "", {"CEPA"});
    t.AddEntity("Keith Kellogg", EntityType::kPerson, "USAGOV", {"Kellogg"});
    t.AddEntity("Steve Witkoff", EntityType::kPerson, "USAGOV", {"Witkoff"});
    t.AddEntity("Europe", EntityType::kPlace, "EUR", {"Europe"});
    t.AddQuote("we agreed to have our teams start negotiations immediately", trump, "Trump", "said");
    t.AddQuote("Kellogg has been sidelined by Witkoff", polyakova, "Alina Polyakova", "said");
    t.AddQuote("Europe was not consulted", polyakova, "Polyakova", "added", QuoteKind::kIndirect);
    t.AddEvent("040", 1, 1.0, trump, "Donald Trump", putin, "Vladimir Putin", "spoke");
    t.AddTime("Wednesday", "2025-02-12");
    out.push_back(std::move(t));
  }
  const std::string riyadh =
      "Vladimir Putin's envoys hosted Marco Rubio in Riyadh for talks on ending the war. Rubio said \"the talks were "
      "constructive and we will meet again\". Russian forces attacked Kyiv overnight with drones and missiles. "
      "Polyakova said \"Putin is stalling while his army advances\".";
  auto riyadh_article = [&](std::string id, std::string text, std::string date) {
    TestArticle t(std::move(id), std::move(text), std::move(date));
    int putin = t.AddEntity("Vladimir Putin", EntityType::kPerson, "RUSGOV", {"Vladimir Putin", "Putin"});
    int rubio = t.AddEntity("Marco Rubio", EntityType::kPerson, "USAGOV", {"Marco Rubio", "Rubio"},
                            {Role{"Secretary of State", "", "USA", {}}});
    int forces = t.AddEntity("Russian forces", EntityType::kGroup, "RUSMIL", {"Russian forces"});
    int kyiv = t.AddEntity("Kyiv", EntityType::kPlace, "UKR", {"Kyiv"});
    int polyakova = t.AddEntity("Alina Polyakova", EntityType::kPerson, "", {"Polyakova"});
    t.AddQuote("the talks were constructive and we will meet again", rubio, "Rubio", "said");
    t.AddQuote("Putin is stalling while his army advances", polyakova, "Polyakova", "said");
    t.AddEvent("043", 1, 2.8, putin, "Vladimir Putin", rubio, "Marco Rubio", "hosted");
    t.AddEvent("190", 4, -10.0, forces, "Russian forces", kyiv, "Kyiv", "attacked");
    return t;
  };
  out.push_back(riyadh_article("a2", riyadh, "2025-02-20"));
  out.push_back(riyadh_article("a3", riyadh + " Reuters contributed to this report.", "2025-02-21"));
  {
    TestArticle t("a4",
                  "Ukraine's President Volodymyr Zelensky met Keith Kellogg in Kyiv on Thursday. Zelensky said \"we "
                  "want a just peace, not a ceasefire that Russia will break\". The United States criticised Russia "
                  "for the strikes.",
                  "2025-03-03");
    int zelensky = t.AddEntity("Volodymyr Zelensky", EntityType::kPerson, "UKRGOV", {"Volodymyr Zelensky", "Zelensky"},
                               {Role{"President", "", "UKR", t.Find("President")}});
    int kellogg = t.AddEntity("Keith Kellogg", EntityType::kPerson, "USAGOV", {"Keith Kellogg"},
                              {Role{"special envoy", "", "USA", {}}});
    t.AddEntity("Kyiv", EntityType::kPlace, "UKR", {"Kyiv"});
    int russia = t.AddEntity("Russia", EntityType::kPlace, "RUS", {"Russia"});
    int usa = t.AddEntity("United States", EntityType::kPlace, "USA", {"United States"}, {}, {"US", "U.S."});
    t.AddQuote("we want a just peace, not a ceasefire that Russia will break", zelensky, "Zelensky", "said");
    t.AddEvent("040", 1, 1.0, zelensky, "Volodymyr Zelensky", kellogg, "Keith Kellogg", "met", "2025-02-27");
    t.AddEvent("111", 3, -2.0, usa, "United States", russia, "Russia", "criticised");
    t.AddTime("Thursday", "2025-02-27");
    out.push_back(std::move(t));
  }
  return out;
}

// An ingester for tests: by default it writes on the caller's thread, so
// what is stored is known when Add() returns.
inline std::unique_ptr<Ingester> TestIngester(Database& db, size_t batch_articles = 256, bool background = false) {
  IngestOptions o;
  o.background = background;
  o.batch_articles = batch_articles;
  auto ing = Ingester::Open(db, o);
  EXPECT_TRUE(ing.ok()) << ing.status().message();
  return ing.ok() ? std::move(ing.value()) : nullptr;
}

// A new in-memory database holding TestStory().
inline std::unique_ptr<Database> StoryDatabase() {
  auto db = OpenForWriting(":memory:");
  EXPECT_TRUE(db.ok()) << db.status().message();
  if (!db.ok()) return nullptr;
  auto ing = TestIngester(*db.value());
  for (const auto& t : TestStory()) ing->Add(t.doc(), t.analysis());
  EXPECT_TRUE(ing->Finish().ok());
  return std::move(db.value());
}

}  // namespace readout::store::testing

#endif  // READOUT_STORE_STORE_TEST_UTIL_H_
