#include "eval/acled_actor.h"

#include <cctype>
#include <utility>

namespace sitrep::eval {
namespace {

bool StartsWith(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }
bool Contains(std::string_view s, std::string_view p) { return s.find(p) != std::string_view::npos; }

// Equivalent names, after the other normalisation steps: the left side becomes the right side.
constexpr std::pair<std::string_view, std::string_view> kAliases[] = {
    {"military forces of yemen supreme political council", "houthis"},
    {"ansar allah", "houthis"},
    {"houthi movement", "houthis"},
    {"hayat tahrir al sham", "hayat tahrir al sham"},
    {"hts", "hayat tahrir al sham"},
    {"qsd syrian democratic forces", "syrian democratic forces"},
    {"sdf", "syrian democratic forces"},
    {"ypg people s protection units", "people s protection units"},
    {"isis", "islamic state"},
    {"isil", "islamic state"},
    {"daesh", "islamic state"},
    {"al shabaab", "al shabaab"},
    {"al qaeda in the arabian peninsula", "al qaeda in the arabian peninsula"},
    {"aqap", "al qaeda in the arabian peninsula"},
    {"rsf rapid support forces", "rapid support forces"},
    {"rsf", "rapid support forces"},
    {"wagner group", "wagner group"},
    {"jnim jamaah nusrat al islam wal muslimin", "jama at nusrat al islam wal muslimin"},
    {"jamaah nusrat al islam wal muslimin", "jama at nusrat al islam wal muslimin"},
    {"taliban", "taliban"},
    {"ttp tehreek i taliban pakistan", "tehrik i taliban pakistan"},
    {"tehreek i taliban pakistan", "tehrik i taliban pakistan"},
    // ACLED names some coalitions by their operation; they are the same actors under their usual names.
    {"operation restoring hope", "saudi led coalition"},
    {"global coalition against daesh", "us led coalition"},
    {"operation peace spring", "military forces of turkey"},
};

// Named non-state groups and their kind class, matched as substrings of the normalised name.
constexpr std::pair<std::string_view, std::string_view> kNamedKinds[] = {
    {"houthis", "rebel"},
    {"islamic state", "jihadist"},
    {"al qaeda", "jihadist"},
    {"al shabaab", "jihadist"},
    {"boko haram", "jihadist"},
    {"hayat tahrir al sham", "jihadist"},
    {"hurras al din", "jihadist"},
    {"nusrat al islam", "jihadist"},
    {"ansaroul islam", "jihadist"},
    {"taliban", "jihadist"},
    {"syrian democratic forces", "rebel"},
    {"people s protection units", "rebel"},
    {"national liberation front", "rebel"},
    {"syrian national army", "rebel"},
    {"free syrian army", "rebel"},
    {"rapid support forces", "rebel"},
    {"sudan people s liberation", "rebel"},
    {"arakan army", "rebel"},
    {"kachin independence", "rebel"},
    {"people s defense force", "rebel"},
    {"people s defence force", "rebel"},
    {"new people s army", "rebel"},
    {"kurdistan workers party", "rebel"},
    {"pkk", "rebel"},
    {"tigray people s liberation front", "rebel"},
    {"hamas", "rebel"},
    {"novorossiya", "rebel"},
    {"people s republic", "rebel"},
    {"palestinian islamic jihad", "rebel"},
    {"hezbollah", "militia"},
    {"popular mobilization forces", "militia"},
    {"wagner group", "external"},
    {"nato", "external"},
    {"united nations", "external"},
};

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

}  // namespace

std::string NormaliseActorName(std::string_view name) {
  // Drop parenthesised parts: year ranges, countries, qualifiers.
  std::string s;
  int depth = 0;
  for (char c : name) {
    if (c == '(') {
      ++depth;
    } else if (c == ')') {
      if (depth > 0) --depth;
    } else if (depth == 0) {
      s += c;
    }
  }
  // "HTS: Hayat Tahrir al-Sham" → "Hayat Tahrir al-Sham" when the prefix is a short abbreviation.
  if (auto colon = s.find(':'); colon != std::string::npos && colon <= 6) s = s.substr(colon + 1);
  std::string out;
  for (char c : Lower(s)) {
    const bool sep = std::isspace(static_cast<unsigned char>(c)) || c == '-' || c == '\'' || c == ':' || c == ',' ||
                     c == '.';
    if (sep) {
      if (!out.empty() && out.back() != ' ') out += ' ';
    } else {
      out += c;
    }
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  for (const auto& [from, to] : kAliases) {
    if (out == from) return std::string(to);
  }
  return out;
}

std::string AcledActorKind(std::string_view acled_actor) {
  const std::string raw = Lower(acled_actor);
  const std::string norm = NormaliseActorName(acled_actor);
  if (norm == "houthis") return "rebel";
  if (StartsWith(raw, "protesters")) return "protesters";
  if (StartsWith(raw, "rioters")) return "rioters";
  if (StartsWith(raw, "civilians") || StartsWith(raw, "refugees/idps") || StartsWith(raw, "prisoners"))
    return "civilians";
  if (StartsWith(raw, "unidentified")) return "unidentified";
  if (StartsWith(raw, "military forces of") || StartsWith(raw, "police forces of") ||
      StartsWith(raw, "government of") || StartsWith(raw, "government regime of"))
    return "state";
  if (Contains(raw, "militia")) return "militia";
  for (const auto& [pattern, kind] : kNamedKinds) {
    if (Contains(norm, pattern)) return std::string(kind);
  }
  if (Contains(raw, "rebel") || Contains(raw, "liberation") || Contains(raw, "insurgent")) return "rebel";
  if (StartsWith(raw, "islamist militia") || Contains(raw, "jihad")) return "jihadist";
  if (Contains(raw, "multinational") || Contains(raw, "african union") || Contains(raw, "coalition"))
    return "external";
  return "";
}

std::string SitrepKindClass(std::string_view sitrep_kind) {
  if (sitrep_kind == "government") return "state";
  if (sitrep_kind == "separatist") return "rebel";
  return std::string(sitrep_kind);
}

bool ActorMatches(std::string_view acled_actor, std::string_view name, std::string_view kind) {
  if (!name.empty() && NormaliseActorName(acled_actor) == NormaliseActorName(name)) return true;
  const std::string gold_kind = AcledActorKind(acled_actor);
  return !gold_kind.empty() && gold_kind == SitrepKindClass(kind);
}

}  // namespace sitrep::eval
