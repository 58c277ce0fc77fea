// sitrep: reads war news, writes structured, geolocated, fused events. See README.md and doc/.
#include <CLI/CLI.hpp>

#include <cstdio>

#include "cli/commands.h"
#include "cli/gazetteer_cmd.h"

namespace {

void AddInputOptions(CLI::App* cmd, sitrep::cli::InputOptions* in) {
  cmd->add_option("inputs", in->inputs, "Files (.txt .jsonl .html .htm), directories, or - for stdin (default)");
  cmd->add_option("--date", in->date, "Publication date YYYY-MM-DD for every article named")
      ->check([](const std::string& s) -> std::string {
        bool ok = s.size() == 10 && s[4] == '-' && s[7] == '-';
        for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) ok = ok && i < s.size() && isdigit((unsigned char)s[i]);
        return ok ? "" : "expected YYYY-MM-DD";
      });
  cmd->add_option("--outlet", in->outlet, "Outlet name for every article named");
  cmd->add_option("--threads", in->threads, "Worker threads (default: all cores)")->check(CLI::Range(0, 256));
  cmd->add_option("--kb", in->kb_dir, "Knowledge-base directory (default: the repo's kb/)");
  cmd->add_option("--gazetteer", in->gazetteer, "Compiled gazetteer index (default: build/data/gazetteer.idx)");
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"sitrep: war news in, structured, geolocated and fused events out"};
  app.require_subcommand(1);
  app.set_version_flag("--version", "sitrep 0.1");

  sitrep::cli::InputOptions extract_in;
  auto* extract = app.add_subcommand("extract", "Print one JSON line per event mention (stateless, no database)");
  AddInputOptions(extract, &extract_in);
  bool no_geocode = false;
  extract->add_flag("--no-geocode", no_geocode, "Skip geocoding (locations stay null)");

  sitrep::cli::InputOptions geocode_in;
  auto* geocode = app.add_subcommand("geocode", "Print one JSON line per article with every toponym resolved");
  AddInputOptions(geocode, &geocode_in);

  sitrep::cli::InputOptions ingest_in;
  std::string ingest_db;
  auto* ingest = app.add_subcommand("ingest", "Read articles into the store and fuse them into events");
  AddInputOptions(ingest, &ingest_in);
  ingest->add_option("--db", ingest_db, "Database: a SQLite path (default sitrep.db)");

  sitrep::cli::EventsOptions ev;
  auto* events = app.add_subcommand("events", "Print the fused events");
  events->add_option("--db", ev.db, "Database: a SQLite path (default sitrep.db)");
  events->add_option("--format", ev.format, "jsonl (default), csv (ACLED columns), geojson, or table (for reading)")
      ->check(CLI::IsMember({"jsonl", "csv", "geojson", "table"}));
  events->add_option("--from", ev.filter.date_from, "Earliest event date YYYY-MM-DD");
  events->add_option("--to", ev.filter.date_to, "Latest event date YYYY-MM-DD");
  events->add_option("--type", ev.filter.type, "Only this event type (e.g. \"Air/drone strike\")");
  events->add_option("--actor", ev.filter.actor, "Only events whose agent or target name contains this");
  events->add_option("--min-confidence", ev.filter.min_confidence, "Only events at least this confident (0..1)")
      ->check(CLI::Range(0.0, 1.0));
  events->add_option("--limit", ev.filter.limit, "At most this many events");
  events->add_option("--kb", ev.kb_dir, "Knowledge-base directory (country names for csv)");

  sitrep::gazimport::CompileOptions gi;
  auto* gazetteer = app.add_subcommand("gazetteer", "Build gazetteer indexes");
  gazetteer->require_subcommand(1);
  auto* import = gazetteer->add_subcommand(
      "import", "Compile a gazetteer index from a GeoNames dump (allCountries.txt, cities500.txt, SY.txt ...)");
  import->add_option("--geonames", gi.geonames, "GeoNames main-format TSV (allCountries, citiesN, per-country)")
      ->required();
  import->add_option("--alternate-names", gi.alternate_names, "GeoNames alternateNamesV2.txt (or a per-country one)");
  import->add_option("--countries", gi.countries, "world-countries countries.json (country names and extents)");
  import->add_option("--states", gi.states, "country-state-city state.json (first-level divisions)");
  import->add_option("--us-atlas", gi.us_atlas, "us-atlas counties-10m.json (US counties)");
  import->add_option("--extra", gi.extras, "User places TSV, kb/places.tsv format (repeatable)")->take_all();
  import->add_option("--common-words", gi.common_words, "Word list, one word a line (/usr/share/dict/words)");
  import->add_option("--out", gi.out, "Index file to write")->required();

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    app.exit(e);
    return 2;
  }

  if (*extract) {
    extract_in.geocode = !no_geocode;
    return sitrep::cli::RunExtract(extract_in, stdout);
  }
  if (*geocode) return sitrep::cli::RunGeocode(geocode_in, stdout);
  if (*ingest) return sitrep::cli::RunIngest(ingest_in, ingest_db, stdout);
  if (*events) return sitrep::cli::RunEvents(ev, stdout);
  if (*import) return sitrep::cli::RunGazetteerImport(gi, stdout, stderr);
  return 2;
}
