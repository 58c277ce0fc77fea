// Reads inputs and runs the per-article pipeline over them in parallel batches, handing results
// back in input order.
#ifndef SITREP_CLI_BATCH_H_
#define SITREP_CLI_BATCH_H_

#include <functional>
#include <vector>

#include "cli/commands.h"
#include "sitrep/document.h"
#include "sitrep/event.h"
#include "sitrep/pipeline.h"

namespace sitrep::cli {

// Work done per document on a worker thread; its result is consumed on the calling thread.
template <typename R>
using WorkFn = std::function<R(const Pipeline&, Document&)>;
template <typename R>
using ConsumeFn = std::function<void(Document&, R&)>;

// Returns the number of rejected inputs (each already reported on stderr as "sitrep: SOURCE: REASON"),
// or -1 on a usage error (reported too).
template <typename R>
int ForEachDocument(const InputOptions& in, const Pipeline& pipeline, const WorkFn<R>& work,
                    const ConsumeFn<R>& consume);

int ThreadCount(int requested);

}  // namespace sitrep::cli

#include "cli/batch_impl.h"

#endif  // SITREP_CLI_BATCH_H_
