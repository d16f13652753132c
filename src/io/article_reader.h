// ArticleReader: turns CONTRACT.md inputs (.txt files, .jsonl files,
// directories, standard input) into a stream of Documents, one at a time, so
// huge inputs never sit in memory whole. A bad article is an Item with an
// error naming where it is; reading goes on with the next one.
#ifndef READOUT_IO_ARTICLE_READER_H_
#define READOUT_IO_ARTICLE_READER_H_

#include <fstream>
#include <istream>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "readout/document.h"
#include "readout/status.h"

namespace readout::io {

struct ReaderOptions {
  // Date for articles that carry none (--date).
  std::optional<Date> default_date;
  // Lines (JSONL) or files (.txt) longer than this are reported as over-size
  // without being read whole into a Document.
  size_t max_article_bytes = 8u << 20;
};

struct Item {
  Document doc;       // valid when error.ok()
  Status error;       // a bad article: message names file, line and id
  std::string where;  // "file.jsonl:12" or "file.txt"
  std::vector<std::string> warnings;  // non-fatal (e.g. a malformed date)
};

class ArticleReader {
 public:
  // `inputs`: paths, or "-" / empty for JSONL on standard input. A missing
  // path is an error here, before anything is read.
  static Result<std::unique_ptr<ArticleReader>> Open(const std::vector<std::string>& inputs,
                                                     ReaderOptions options, std::istream* stdin_stream);
  // Next article, or nullopt at the end.
  std::optional<Item> Next();

 private:
  struct Source {
    std::string path;  // "-" for standard input
    bool jsonl = false;
  };
  ArticleReader() = default;
  std::optional<Item> NextFromJsonl();

  ReaderOptions options_;
  std::vector<Source> sources_;
  size_t next_source_ = 0;
  std::istream* stdin_ = nullptr;
  std::unique_ptr<std::ifstream> file_;
  std::istream* current_ = nullptr;  // open JSONL stream, or null
  std::string current_path_;
  size_t line_no_ = 0;
};

// Parses one JSONL article line. `where` names it in errors.
Item ParseJsonlArticle(const std::string& line, const std::string& where, size_t line_no,
                       const ReaderOptions& options);

}  // namespace readout::io

#endif  // READOUT_IO_ARTICLE_READER_H_
