#include "eval/geo_runner.h"
#include "eval/bench_util.h"

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <fstream>

#include <fmt/core.h>
#include <nlohmann/json.hpp>

extern char** environ;

namespace sitrep::eval {
namespace {

using nlohmann::json;

std::string Str(const json& j, const char* key) {
  auto it = j.find(key);
  return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}

}  // namespace

bool ParseGeocodeLine(const std::string& line, std::string* id, std::vector<PredToponym>* toponyms) {
  toponyms->clear();
  json j = json::parse(line, nullptr, /*allow_exceptions=*/false);
  if (!j.is_object() || !j.contains("id") || !j["id"].is_string()) return false;
  *id = j["id"].get<std::string>();
  auto arr = j.find("toponyms");
  if (arr == j.end() || !arr->is_array()) return true;
  for (const auto& t : *arr) {
    if (!t.is_object()) continue;
    auto s = t.find("start"), e = t.find("end");
    if (s == t.end() || e == t.end() || !s->is_number_integer() || !e->is_number_integer()) continue;
    PredToponym p;
    p.start = s->get<long>();
    p.end = e->get<long>();
    p.text = Str(t, "text");
    p.name = Str(t, "name");
    p.country = Str(t, "country");
    p.feature = Str(t, "feature");
    p.kind = Str(t, "kind");
    auto lat = t.find("lat"), lon = t.find("lon");
    if (lat != t.end() && lon != t.end() && lat->is_number() && lon->is_number()) {
      p.has_coords = true;
      p.lat = lat->get<double>();
      p.lon = lon->get<double>();
    }
    toponyms->push_back(std::move(p));
  }
  return true;
}

bool RunGeocode(const std::string& sitrep_path, const std::string& gazetteer, const std::vector<InputDoc>& docs,
                std::map<std::string, std::vector<PredToponym>>* out, std::string* error) {
  out->clear();
  TempFile in, res;
  if (in.path.empty() || res.path.empty()) {
    *error = "cannot create a temporary file";
    return false;
  }
  {
    std::ofstream f(in.path, std::ios::binary);
    for (const auto& d : docs) {
      json j = {{"id", d.id}, {"text", d.text}};
      f << j.dump(-1, ' ', false, json::error_handler_t::replace) << '\n';
    }
    if (!f) {
      *error = "cannot write " + in.path;
      return false;
    }
  }
  posix_spawn_file_actions_t fa;
  posix_spawn_file_actions_init(&fa);
  posix_spawn_file_actions_addopen(&fa, 0, in.path.c_str(), O_RDONLY, 0);
  posix_spawn_file_actions_addopen(&fa, 1, res.path.c_str(), O_WRONLY | O_TRUNC, 0);
  posix_spawn_file_actions_addopen(&fa, 2, "/dev/null", O_WRONLY, 0);
  std::vector<std::string> args = {sitrep_path, "geocode", "--threads", "2"};
  if (!gazetteer.empty()) {
    args.push_back("--gazetteer");
    args.push_back(gazetteer);
  }
  args.push_back("-");
  std::vector<char*> argv;
  for (auto& a : args) argv.push_back(a.data());
  argv.push_back(nullptr);
  pid_t pid = 0;
  const int rc = posix_spawn(&pid, sitrep_path.c_str(), &fa, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&fa);
  if (rc != 0) {
    *error = fmt::format("cannot run {}: error {}", sitrep_path, rc);
    return false;
  }
  int wstatus = 0;
  if (waitpid(pid, &wstatus, 0) < 0 || !WIFEXITED(wstatus) || WEXITSTATUS(wstatus) > 1) {
    *error = fmt::format("{} geocode failed (wait status {}; is the gazetteer built? see --gazetteer)",
                         sitrep_path, wstatus);
    return false;
  }
  std::ifstream f(res.path, std::ios::binary);
  std::string line, id;
  std::vector<PredToponym> toponyms;
  while (std::getline(f, line)) {
    if (line.empty() || !ParseGeocodeLine(line, &id, &toponyms)) continue;
    (*out)[id] = std::move(toponyms);
  }
  return true;
}

}  // namespace sitrep::eval
