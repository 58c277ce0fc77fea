// Fuzz target: arbitrary bytes as a gazetteer index file. Open must fail cleanly or succeed with
// every lookup in bounds.
#include <unistd.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "geo/gazetteer.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using sitrep::geo::GazetteerIndex;
  std::string bytes(reinterpret_cast<const char*>(data), size);
  // Through a file and mmap, as in production.
  char path[] = "/tmp/sitrep_gaz_fuzz_XXXXXX";
  int fd = mkstemp(path);
  if (fd < 0) return 0;
  if (write(fd, bytes.data(), bytes.size()) != static_cast<ssize_t>(bytes.size())) {
    close(fd);
    unlink(path);
    return 0;
  }
  close(fd);
  auto idx = GazetteerIndex::Open(path);
  unlink(path);
  if (!idx.ok()) return 0;
  const GazetteerIndex& g = **idx;
  for (const char* key : {"homs", "hama", "", "a", "rastan", "kiv"}) {
    for (uint32_t i : g.Postings(key)) {
      sitrep::geo::Place p = g.Get(i);
      if (p.name.size() > 0xFFFF) abort();
    }
    (void)g.Lookup(key);
  }
  size_t n = g.size() < 1000 ? g.size() : 1000;
  for (uint32_t i = 0; i < n; ++i) {
    sitrep::geo::Place p = g.Get(i);
    (void)g.RadiusKm(i);
    if (p.country.size() > 0xFFFF) abort();
  }
  (void)g.Get(0xFFFFFFFFu);
  return 0;
}
