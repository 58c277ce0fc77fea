#include "eval/runner.h"
#include "eval/bench_util.h"

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>

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

std::vector<PredActor> Actors(const json& j, const char* key) {
  std::vector<PredActor> out;
  auto it = j.find(key);
  if (it == j.end() || !it->is_array()) return out;
  for (const auto& a : *it) {
    if (a.is_object()) out.push_back({Str(a, "name"), Str(a, "kind"), Str(a, "country")});
  }
  return out;
}

Prediction ParseMention(const json& j) {
  Prediction p;
  if (auto it = j.find("sentence"); it != j.end() && it->is_number_integer()) p.sentence = it->get<int>();
  p.type = Str(j, "type");
  p.plover = Str(j, "plover");
  p.date = Str(j, "date");
  p.agent = Actors(j, "agent");
  p.target = Actors(j, "target");
  if (auto it = j.find("location"); it != j.end() && it->is_object()) {
    auto lat = it->find("lat"), lon = it->find("lon");
    if (lat != it->end() && lon != it->end() && lat->is_number() && lon->is_number()) {
      p.has_location = true;
      p.lat = lat->get<double>();
      p.lon = lon->get<double>();
    }
  }
  if (auto it = j.find("fatalities"); it != j.end() && it->is_number()) p.fatalities = it->get<long>();
  return p;
}

}  // namespace

bool RunSitrep(const std::string& sitrep_path, const std::vector<InputDoc>& docs,
               std::map<std::string, Prediction>* out, std::string* error) {
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
      if (!d.published.empty()) j["published"] = d.published;
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
  std::vector<std::string> args = {sitrep_path, "extract", "--threads", "2", "-"};
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
    *error = fmt::format("{} extract failed (wait status {})", sitrep_path, wstatus);
    return false;
  }
  std::ifstream f(res.path, std::ios::binary);
  std::string line;
  while (std::getline(f, line)) {
    if (line.empty()) continue;
    json j = json::parse(line, nullptr, /*allow_exceptions=*/false);
    if (!j.is_object()) continue;
    const std::string doc = Str(j, "doc");
    Prediction p = ParseMention(j);
    auto it = out->find(doc);
    if (it == out->end()) {
      out->emplace(doc, std::move(p));
    } else if (p.sentence < it->second.sentence) {
      it->second = std::move(p);
    }
  }
  return true;
}

}  // namespace sitrep::eval
