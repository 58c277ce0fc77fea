// sitrep_eval: scores the built `sitrep` binary on the public benchmarks in ../shared/bench.
// Usage: sitrep_eval [--sitrep PATH] [--bench DIR] [--gazetteer PATH] [--set test|tune] [--sample N] [--seed S]
//                    [--errors FILE] acled|case|plover|tabari|geo|all
#include <unistd.h>

#include <ctime>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include <fmt/core.h>

#include "eval/benchmarks.h"

namespace {

namespace fs = std::filesystem;

constexpr char kUsage[] =
    "usage: sitrep_eval [--sitrep PATH] [--bench DIR] [--gazetteer PATH] [--set test|tune] [--sample N]\n"
    "                   [--seed S] [--errors FILE] acled|case|plover|tabari|geo|all\n"
    "  --set        ACLED notes: test = acled_notes_2020.jsonl (default), tune = acled_notes.jsonl\n"
    "  --gazetteer  passed to `sitrep geocode` (geo); default: sitrep's own lookup\n"
    "  --sample     N records per benchmark (geo: N articles per corpus)\n"
    "  --errors     write errors as JSONL: misclassified ACLED tuning items (`--set tune acled`) or the\n"
    "               toponym errors of the geoparsing development halves (`geo`); refused on test sets\n";

fs::path ExeDir() {
  std::error_code ec;
  fs::path p = fs::read_symlink("/proc/self/exe", ec);
  return ec ? fs::path(".") : p.parent_path();
}

std::string FirstExisting(const std::vector<fs::path>& candidates) {
  std::error_code ec;
  for (const auto& c : candidates) {
    if (fs::exists(c, ec)) return c.string();
  }
  return candidates.front().string();
}

int Usage(const std::string& msg) {
  if (!msg.empty()) std::fprintf(stderr, "sitrep_eval: %s\n", msg.c_str());
  std::fputs(kUsage, stderr);
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  sitrep::eval::EvalOptions o;
  std::string which;
  std::string command = "sitrep_eval";
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    command += " " + a;
    auto value = [&](std::string* out) {
      if (i + 1 >= argc) return false;
      *out = argv[++i];
      command += " " + *out;
      return true;
    };
    std::string v;
    if (a == "-h" || a == "--help") {
      std::fputs(kUsage, stdout);
      return 0;
    } else if (a == "--sitrep") {
      if (!value(&o.sitrep)) return Usage("--sitrep needs a path");
    } else if (a == "--bench") {
      if (!value(&o.bench)) return Usage("--bench needs a directory");
    } else if (a == "--set") {
      if (!value(&o.acled_set) || (o.acled_set != "test" && o.acled_set != "tune"))
        return Usage("--set is test or tune");
    } else if (a == "--gazetteer") {
      if (!value(&o.gazetteer)) return Usage("--gazetteer needs a path");
    } else if (a == "--errors") {
      if (!value(&o.errors)) return Usage("--errors needs a file");
    } else if (a == "--sample" || a == "--seed") {
      if (!value(&v)) return Usage(a + " needs a number");
      char* end = nullptr;
      const unsigned long n = std::strtoul(v.c_str(), &end, 10);
      if (v.empty() || *end != '\0') return Usage(a + " needs a number");
      if (a == "--sample") o.sample = static_cast<int>(n); else o.seed = n;
    } else if (!a.empty() && a[0] == '-') {
      return Usage("unknown option " + a);
    } else if (which.empty()) {
      which = a;
    } else {
      return Usage("one benchmark only");
    }
  }
  if (which != "acled" && which != "case" && which != "plover" && which != "tabari" && which != "geo" &&
      which != "all")
    return Usage(which.empty() ? "no benchmark given" : "unknown benchmark " + which);
  if (!o.errors.empty() && !(which == "acled" && o.acled_set == "tune") && which != "geo")
    return Usage("--errors is only for the ACLED tuning set (`--set tune acled`) and the geoparsing development "
                 "halves (`geo`); it is refused on test sets (ACLED 2020, CASE) so that nobody reads test errors");
  const fs::path exe = ExeDir();
  if (o.sitrep.empty()) o.sitrep = FirstExisting({exe / "sitrep", "build/sitrep"});
  if (o.bench.empty()) o.bench = "../shared/bench";
  o.countries = FirstExisting({"kb/countries.tsv", exe / ".." / "kb" / "countries.tsv"});
  o.command = command;
  char buf[32];
  std::time_t now = std::time(nullptr);
  std::strftime(buf, sizeof buf, "%Y-%m-%d %H:%M UTC", std::gmtime(&now));
  o.when = buf;
  if (access(o.sitrep.c_str(), X_OK) != 0) {
    std::fprintf(stderr, "sitrep_eval: %s is not an executable sitrep binary (use --sitrep)\n", o.sitrep.c_str());
    return 2;
  }

  using Fn = bool (*)(const sitrep::eval::EvalOptions&, std::string*, std::string*);
  const std::vector<std::pair<std::string, Fn>> all = {{"acled", sitrep::eval::EvalAcled},
                                                      {"case", sitrep::eval::EvalCase},
                                                      {"plover", sitrep::eval::EvalPlover},
                                                      {"tabari", sitrep::eval::EvalTabari},
                                                      {"geo", sitrep::eval::EvalGeo}};
  int rc = 0;
  for (const auto& [name, fn] : all) {
    if (which != "all" && which != name) continue;
    std::string md, error;
    if (!fn(o, &md, &error)) {
      std::fprintf(stderr, "sitrep_eval: %s: %s\n", name.c_str(), error.c_str());
      rc = 1;
      continue;
    }
    std::fputs(md.c_str(), stdout);
    std::fflush(stdout);
  }
  return rc;
}
