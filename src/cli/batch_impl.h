// Template implementation of cli/batch.h; include that header instead.
#ifndef SITREP_CLI_BATCH_IMPL_H_
#define SITREP_CLI_BATCH_IMPL_H_

#include <fmt/core.h>

#include <atomic>
#include <thread>

#include "ingest/reader.h"

namespace sitrep::cli {

template <typename R>
int ForEachDocument(const InputOptions& in, const Pipeline& pipeline, const WorkFn<R>& work,
                    const ConsumeFn<R>& consume) {
  const int threads = ThreadCount(in.threads);
  const size_t batch_size = static_cast<size_t>(threads) * 32;
  std::vector<Document> batch;
  std::vector<R> results;
  int rejected = 0;

  auto flush = [&]() {
    results.assign(batch.size(), R());
    std::atomic<size_t> next{0};
    auto worker = [&]() {
      for (size_t i; (i = next.fetch_add(1)) < batch.size();) results[i] = work(pipeline, batch[i]);
    };
    if (threads <= 1 || batch.size() < 2) {
      worker();
    } else {
      std::vector<std::thread> pool;
      for (int t = 0; t < threads; ++t) pool.emplace_back(worker);
      for (auto& t : pool) t.join();
    }
    for (size_t i = 0; i < batch.size(); ++i) consume(batch[i], results[i]);
    batch.clear();
  };

  ingest::ReadOptions ro;
  ro.date = in.date;
  ro.outlet = in.outlet;
  std::vector<std::string> inputs = in.inputs;
  if (inputs.empty()) inputs.push_back("-");
  Status st = ingest::ReadInputs(
      inputs, ro,
      [&](Document&& d) {
        batch.push_back(std::move(d));
        if (batch.size() >= batch_size) flush();
      },
      [&](const ingest::InputError& e) {
        ++rejected;
        std::fprintf(stderr, "sitrep: %s: %s\n", e.source.c_str(), e.reason.c_str());
      });
  if (!batch.empty()) flush();
  if (!st.ok()) {
    std::fprintf(stderr, "sitrep: %s\n", st.ToString().c_str());
    return -1;
  }
  return rejected;
}

}  // namespace sitrep::cli

#endif  // SITREP_CLI_BATCH_IMPL_H_
