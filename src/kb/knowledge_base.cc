// KnowledgeBase::Load / LoadFromStrings and KnowledgeBaseImpl::Init.
#include "kb/knowledge_base.h"

#include <fmt/core.h>

#include <fstream>
#include <sstream>

#include "kb/kb_impl.h"

namespace sitrep::kb {

const std::vector<std::string>& KnowledgeBase::FileNames() {
  static const std::vector<std::string> kFiles = {"demonyms.tsv", "force_nouns.tsv",      "actors.tsv",
                                                  "sources.tsv",  "irregular_verbs.tsv", "triggers.tsv"};
  return kFiles;
}

Status KnowledgeBaseImpl::Init(const KbFiles& files, const std::string& prefix) {
  auto content = [&](const char* name) -> std::string_view {
    auto it = files.find(name);
    return it == files.end() ? std::string_view() : std::string_view(it->second);
  };
  auto path = [&](const char* name) { return prefix + name; };
  // Order matters: the demonym rule needs countries and force nouns before actors are compiled, and
  // triggers need the irregular verbs.
  SITREP_RETURN_IF_ERROR(LoadDemonyms(path("demonyms.tsv"), content("demonyms.tsv")));
  SITREP_RETURN_IF_ERROR(LoadForceNouns(path("force_nouns.tsv"), content("force_nouns.tsv")));
  SITREP_RETURN_IF_ERROR(LoadActors(path("actors.tsv"), content("actors.tsv")));
  GenerateStateForces();
  CompileActors();
  SITREP_RETURN_IF_ERROR(LoadSources(path("sources.tsv"), content("sources.tsv")));
  SITREP_RETURN_IF_ERROR(LoadIrregularVerbs(path("irregular_verbs.tsv"), content("irregular_verbs.tsv")));
  SITREP_RETURN_IF_ERROR(LoadTriggers(path("triggers.tsv"), content("triggers.tsv")));
  return Status::Ok();
}

Result<std::unique_ptr<KnowledgeBase>> KnowledgeBase::LoadFromStrings(const KbFiles& files) {
  auto kb = std::make_unique<KnowledgeBaseImpl>();
  try {
    Status st = kb->Init(files, "");
    if (!st.ok()) return st;
  } catch (const std::exception& e) {  // allocation failure and the like: never let it escape
    return Status::Internal(fmt::format("loading the knowledge base: {}", e.what()));
  }
  return std::unique_ptr<KnowledgeBase>(std::move(kb));
}

Result<std::unique_ptr<KnowledgeBase>> KnowledgeBase::Load(const std::string& dir) {
  KbFiles files;
  std::string prefix = dir.empty() || dir.back() == '/' ? dir : dir + "/";
  for (const std::string& name : FileNames()) {
    std::ifstream in(prefix + name, std::ios::binary);
    if (!in) return Status::NotFound(fmt::format("{}{}: cannot open", prefix, name));
    std::ostringstream ss;
    ss << in.rdbuf();
    if (in.bad()) return Status::IoError(fmt::format("{}{}: read error", prefix, name));
    files[name] = ss.str();
  }
  auto kb = std::make_unique<KnowledgeBaseImpl>();
  try {
    Status st = kb->Init(files, prefix);
    if (!st.ok()) return st;
  } catch (const std::exception& e) {
    return Status::Internal(fmt::format("loading the knowledge base: {}", e.what()));
  }
  return std::unique_ptr<KnowledgeBase>(std::move(kb));
}

}  // namespace sitrep::kb
