#include "extract/units.h"

#include <algorithm>
#include <cstdlib>

#include <fmt/core.h>

#include "extract/scan.h"
#include "extract/tsv_file.h"

namespace sitrep::extract {
namespace {

void SortLongestFirst(std::vector<UnitTable::Unit>* units) {
  std::stable_sort(units->begin(), units->end(),
                   [](const UnitTable::Unit& a, const UnitTable::Unit& b) { return a.words.size() > b.words.size(); });
}

}  // namespace

UnitTable UnitTable::Default() {
  static constexpr std::pair<std::string_view, double> kBuiltIn[] = {
      {"km", 1},           {"kms", 1},           {"kilometer", 1},        {"kilometers", 1},
      {"kilometre", 1},    {"kilometres", 1},    {"mile", 1.609344},      {"miles", 1.609344},
      {"m", 0.001},        {"meter", 0.001},     {"meters", 0.001},       {"metre", 0.001},
      {"metres", 0.001},   {"yards", 0.0009144}, {"nautical miles", 1.852}};
  UnitTable t;
  for (const auto& [name, km] : kBuiltIn) t.units_.push_back(Unit{PhraseWords(name), km});
  SortLongestFirst(&t.units_);
  return t;
}

Result<UnitTable> UnitTable::Parse(std::string_view tsv, std::string_view origin) {
  UnitTable t;
  for (const TsvRow& row : SplitTsv(tsv)) {
    if (row.fields.size() < 2) {
      return Status::Corruption(fmt::format("{}:{}: want 'unit<TAB>km per unit'", origin, row.line));
    }
    std::string num(row.fields[1]);
    char* end = nullptr;
    double km = std::strtod(num.c_str(), &end);
    if (end == num.c_str() || *end != '\0' || !(km > 0)) {
      return Status::Corruption(fmt::format("{}:{}: bad kilometre factor '{}'", origin, row.line, num));
    }
    Unit u{PhraseWords(row.fields[0]), km};
    if (u.words.empty()) return Status::Corruption(fmt::format("{}:{}: empty unit", origin, row.line));
    t.units_.push_back(std::move(u));
  }
  SortLongestFirst(&t.units_);
  return t;
}

Result<UnitTable> UnitTable::Load(const std::string& path) {
  Result<std::string> text = ReadWholeFile(path);
  if (!text.ok()) return text.status();
  return Parse(text.value(), path);
}

}  // namespace sitrep::extract
