// Runs the stages in data-flow order over one document.
#include "readout/pipeline.h"

#include <fmt/format.h>

#include <exception>

#include "entities/actor_coder.h"
#include "entities/entity_extractor.h"
#include "entities/place_resolver.h"
#include "entities/time_extractor.h"
#include "events/event_coder.h"
#include "events/reportable.h"
#include "quotes/quote_extractor.h"
#include "text/annotate.h"
#include "text/utf8.h"

namespace readout {

Result<Analysis> Pipeline::Analyze(const Document& doc) const {
  if (doc.text.size() > options_.max_article_bytes) {
    return Status::TooLarge(fmt::format("article '{}' has {} bytes, over the limit of {} (raise it with --max-bytes)",
                                        doc.id, doc.text.size(), options_.max_article_bytes));
  }
  if (auto bad = text::FindInvalidUtf8(doc.text)) {
    return Status::InvalidArgument(fmt::format("article '{}': invalid UTF-8 at byte {}", doc.id, *bad));
  }
  Analysis a;
  a.id = doc.id;
  a.date = doc.date;
  a.text = doc.text;
  // The stages report nothing by exception; a library fault that throws
  // (std::out_of_range from a bad offset, std::bad_alloc) fails this
  // article with a message naming it, never the batch or the server.
  try {
    RunStages(a);
  } catch (const std::exception& e) {
    return Status::Internal(fmt::format("article '{}': internal error, please report it: {}", doc.id, e.what()));
  }
  return a;
}

void Pipeline::RunStages(Analysis& a) const {
  text::AnnotateText(model_, a);
  if (!options_.entities) return;
  entities::ExtractEntities(model_, a);
  entities::ExtractTimes(model_, a);
  entities::ResolvePlaces(model_, a);
  entities::CodeActors(model_, a);
  if (options_.quotes) quotes::ExtractQuotes(model_, a);
  if (options_.events) {
    events::CodeEvents(model_, a);
    events::KeepReportable(model_, a);
  }
}

}  // namespace readout
