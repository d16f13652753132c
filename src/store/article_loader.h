// ArticleLoader: reads a stored article back into a Document and an Analysis
// (everything the JSON output shows: sentences, entities with mentions,
// roles and aliases, quotes, events, times; not tokens). Export uses it, and
// the round-trip tests check that Load(Put(a)) == a.
//
// Thread safety: one loader per thread; it borrows the Database.
#ifndef READOUT_STORE_ARTICLE_LOADER_H_
#define READOUT_STORE_ARTICLE_LOADER_H_

#include <cstdint>
#include <memory>
#include <string>

#include "readout/analysis.h"
#include "readout/document.h"
#include "readout/status.h"
#include "store/sqlite.h"

namespace readout::store {

struct StoredArticle {
  int64_t row = 0;           // articles.id
  Document doc;              // id, text, date, title, source, url
  Analysis analysis;         // without tokens
  std::string duplicate_of;  // id of the first copy for a wire copy, else empty
  double similarity = 0;
};

class ArticleLoader {
 public:
  static Result<std::unique_ptr<ArticleLoader>> Open(Database& db);
  ~ArticleLoader();
  // kNotFound when no article has that row id / external id.
  Result<StoredArticle> LoadRow(int64_t row);
  Result<StoredArticle> Load(const std::string& id);

 private:
  struct Statements;
  explicit ArticleLoader(Database& db);
  Database& db_;
  std::unique_ptr<Statements> st_;
};

}  // namespace readout::store

#endif  // READOUT_STORE_ARTICLE_LOADER_H_
