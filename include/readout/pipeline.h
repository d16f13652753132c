// Pipeline: Document -> Analysis. A pure function of the document and the
// shared immutable Model; safe to call from many threads at once.
#ifndef READOUT_PIPELINE_H_
#define READOUT_PIPELINE_H_

#include <cstddef>

#include "readout/analysis.h"
#include "readout/document.h"
#include "readout/model.h"
#include "readout/status.h"

namespace readout {

struct PipelineOptions {
  // Articles longer than this (bytes) are refused with kTooLarge.
  size_t max_article_bytes = 8u << 20;
  // Stages to run; later stages need the earlier ones.
  bool entities = true;
  bool quotes = true;
  bool events = true;
};

class Pipeline {
 public:
  // `model` must outlive the Pipeline.
  explicit Pipeline(const Model& model, PipelineOptions options = {})
      : model_(model), options_(options) {}

  // Errors: kInvalidArgument for invalid UTF-8 (message names the byte
  // offset), kTooLarge for an over-size article, kInternal (naming the
  // article) when a stage fails on a fault of ours instead of crashing the
  // caller. An empty text gives an empty analysis, not an error.
  Result<Analysis> Analyze(const Document& doc) const;

 private:
  // The stages in data-flow order; may throw only on a fault of ours.
  void RunStages(Analysis& a) const;

  const Model& model_;
  PipelineOptions options_;
};

}  // namespace readout

#endif  // READOUT_PIPELINE_H_
