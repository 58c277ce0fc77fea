// build_gazetteer: compiles GeoNames places, countries, first-level divisions, US counties, a
// common-word list and user places TSVs into the binary index that geo::GazetteerIndex
// memory-maps (doc/gazetteer-index.md). A thin front-end of gazimport::CompileGazetteer, which
// `sitrep gazetteer import` runs too.
//
// Usage: build_gazetteer --cities FILE [--alternate-names FILE] [--countries FILE] [--states FILE]
//                        [--us-atlas counties-10m.json] [--common-words FILE] [--extra FILE]...
//                        --out FILE
// --cities (or --geonames) takes cities500.txt or a full GeoNames allCountries.txt.
// Exit status: 0 done, 1 an input failed or rows were skipped, 2 bad usage.
#include <cstdio>
#include <string>

#include "gazimport/compile.h"

namespace {

int Usage() {
  std::fprintf(stderr,
               "usage: build_gazetteer --cities FILE [--alternate-names FILE] [--countries FILE] [--states FILE]\n"
               "                       [--us-atlas FILE] [--common-words FILE] [--extra FILE]... --out FILE\n");
  return 2;
}

int Run(int argc, char** argv) {
  sitrep::gazimport::CompileOptions o;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (i + 1 >= argc) return Usage();
    std::string v = argv[++i];
    if (a == "--cities" || a == "--geonames") o.geonames = v;
    else if (a == "--alternate-names") o.alternate_names = v;
    else if (a == "--countries") o.countries = v;
    else if (a == "--states") o.states = v;
    else if (a == "--us-atlas") o.us_atlas = v;
    else if (a == "--common-words") o.common_words = v;
    else if (a == "--extra") o.extras.push_back(v);
    else if (a == "--out") o.out = v;
    else return Usage();
  }
  if (o.geonames.empty() || o.out.empty()) return Usage();
  auto st = sitrep::gazimport::CompileGazetteer(o, stderr);
  if (!st.ok()) {
    std::fprintf(stderr, "build_gazetteer: %s\n", st.status().ToString().c_str());
    return 1;
  }
  std::fprintf(stderr,
               "build_gazetteer: %zu places (%zu GeoNames, %zu divisions, %zu counties), %zu names, %zu common words, "
               "%zu extra rows -> %s (%.1f MB) in %.1f s\n",
               st->places, st->geonames_rows, st->divisions, st->counties, st->names, st->common_words, st->extra_rows,
               o.out.c_str(), st->index_bytes / 1e6, st->seconds);
  if (st->skipped_rows > 0) {
    std::fprintf(stderr, "build_gazetteer: %zu malformed rows skipped\n", st->skipped_rows);
    return 1;
  }
  return 0;
}

}  // namespace

int main(int argc, char** argv) { return Run(argc, argv); }
