#include "cli/commands.h"

#include <fmt/core.h>

#include <sstream>
#include <thread>

#include "cli/batch.h"
#include "export/country_names.h"
#include "export/csv_writer.h"
#include "export/geojson_writer.h"
#include "export/json_writer.h"
#include "export/table_writer.h"
#include "pipeline/paths.h"

namespace sitrep::cli {

int ThreadCount(int requested) {
  if (requested > 0) return requested;
  unsigned hw = std::thread::hardware_concurrency();
  return hw ? static_cast<int>(hw) : 1;
}

namespace {

Result<std::unique_ptr<Pipeline>> OpenPipeline(const InputOptions& in) {
  PipelineOptions po;
  po.kb_dir = in.kb_dir;
  po.gazetteer_path = in.gazetteer;
  po.geocode = in.geocode;
  return Pipeline::Open(po);
}

void Put(std::FILE* out, const std::string& line) {
  std::fwrite(line.data(), 1, line.size(), out);
  std::fputc('\n', out);
}

int ExitCode(int rejected) { return rejected < 0 ? 2 : rejected > 0 ? 1 : 0; }

}  // namespace

int RunExtract(const InputOptions& in, std::FILE* out) {
  auto p = OpenPipeline(in);
  if (!p.ok()) {
    std::fprintf(stderr, "sitrep: %s\n", p.status().ToString().c_str());
    return 2;
  }
  using Lines = std::string;
  int rejected = ForEachDocument<Lines>(
      in, **p,
      [](const Pipeline& pl, Document& d) {
        std::string s;
        for (const EventMention& m : pl.Extract(d)) {
          s += exporter::MentionToJson(m);
          s += '\n';
        }
        return s;
      },
      [&](Document&, Lines& s) { std::fwrite(s.data(), 1, s.size(), out); });
  std::fflush(out);
  return ExitCode(rejected);
}

int RunGeocode(const InputOptions& in, std::FILE* out) {
  InputOptions g = in;
  g.geocode = true;
  auto p = OpenPipeline(g);
  if (!p.ok()) {
    std::fprintf(stderr, "sitrep: %s\n", p.status().ToString().c_str());
    return 2;
  }
  int rejected = ForEachDocument<std::string>(
      g, **p,
      [](const Pipeline& pl, Document& d) { return exporter::ToponymsToJson(d.id, pl.Geocode(d)); },
      [&](Document&, std::string& s) { Put(out, s); });
  std::fflush(out);
  return ExitCode(rejected);
}

int RunIngest(const InputOptions& in, const std::string& db, std::FILE* out) {
  auto p = OpenPipeline(in);
  if (!p.ok()) {
    std::fprintf(stderr, "sitrep: %s\n", p.status().ToString().c_str());
    return 2;
  }
  auto store = Store::Open(db);
  if (!store.ok()) {
    std::fprintf(stderr, "sitrep: %s: %s\n", db.empty() ? "sitrep.db" : db.c_str(),
                 store.status().ToString().c_str());
    return 2;
  }
  size_t added = 0, existing = 0, mentions = 0, failed = 0;
  int rejected = ForEachDocument<std::vector<EventMention>>(
      in, **p, [](const Pipeline& pl, Document& d) { return pl.Extract(d); },
      [&](Document& d, std::vector<EventMention>& ms) {
        bool was_added = false;
        Status st = (*store)->Ingest(d, ms, &was_added);
        if (!st.ok()) {
          ++failed;
          std::fprintf(stderr, "sitrep: %s: not stored: %s\n", d.source.c_str(), st.ToString().c_str());
          return;
        }
        if (was_added) {
          ++added;
          mentions += ms.size();
        } else {
          ++existing;
        }
      });
  auto count = (*store)->Events(EventFilter{});
  std::fprintf(stderr, "sitrep: ingested %zu new documents (%zu already stored), %zu event mentions; %zu events in %s\n",
               added, existing, mentions, count.ok() ? count->size() : size_t{0},
               db.empty() ? "sitrep.db" : db.c_str());
  (void)out;
  if (rejected < 0) return 2;
  return (rejected > 0 || failed > 0) ? 1 : 0;
}

int RunEvents(const EventsOptions& opts, std::FILE* out) {
  auto store = Store::Open(opts.db);
  if (!store.ok()) {
    std::fprintf(stderr, "sitrep: %s: %s\n", opts.db.empty() ? "sitrep.db" : opts.db.c_str(),
                 store.status().ToString().c_str());
    return 2;
  }
  auto events = (*store)->Events(opts.filter);
  if (!events.ok()) {
    std::fprintf(stderr, "sitrep: %s\n", events.status().ToString().c_str());
    return 2;
  }
  if (opts.format == "jsonl") {
    for (const FusedEvent& e : *events) Put(out, exporter::EventToJson(e));
  } else if (opts.format == "table") {
    std::string s = exporter::EventsToTable(*events);
    std::fwrite(s.data(), 1, s.size(), out);
  } else if (opts.format == "geojson") {
    Put(out, exporter::EventsToGeoJson(*events));
  } else if (opts.format == "csv") {
    std::string kb = opts.kb_dir.empty() ? DefaultKbDir() : opts.kb_dir;
    auto names = exporter::CountryNames::Load(kb + "/countries.tsv");
    exporter::CountryNames empty;
    std::ostringstream buf;
    exporter::CsvWriter w(buf, names.ok() ? *names : empty);
    w.WriteHeader();
    for (const FusedEvent& e : *events) w.Write(e);
    std::string s = buf.str();
    std::fwrite(s.data(), 1, s.size(), out);
  } else {
    std::fprintf(stderr, "sitrep: unknown --format '%s' (jsonl, csv, geojson or table)\n", opts.format.c_str());
    return 2;
  }
  std::fflush(out);
  return 0;
}

}  // namespace sitrep::cli
