// English inflection for trigger patterns: regular rules plus an irregular-verb table
// (kb/irregular_verbs.tsv).
#ifndef SITREP_KB_INFLECT_H_
#define SITREP_KB_INFLECT_H_

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace sitrep::kb {

// The inflected forms of one verb; each list holds one or more spellings ("burned", "burnt").
struct VerbForms {
  std::vector<std::string> third, past, participle, gerund;
};

// Irregular verbs by lower-case base form.
using IrregularVerbs = std::map<std::string, VerbForms, std::less<>>;

// Forms of the lower-case verb `base`: from `irregular` when listed there, else by the regular rules
// (capture/captures/captured/capturing, clash/clashes, occupy/occupied, stab/stabbed, flee via table).
VerbForms Inflect(std::string_view base, const IrregularVerbs& irregular);

// Regular plural of a lower-case noun (strike/strikes, clash/clashes, casualty/casualties).
std::string NounPlural(std::string_view noun);

}  // namespace sitrep::kb

#endif  // SITREP_KB_INFLECT_H_
