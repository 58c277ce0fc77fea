// The geocoder's word lists (kb/geo_*.txt), compiled into the binary. Immutable; thread-safe.
#ifndef SITREP_GEO_WORD_LISTS_H_
#define SITREP_GEO_WORD_LISTS_H_

#include <string_view>

namespace sitrep::geo {

// All take a SimpleKey (lower-case, no diacritics; spaces between words).
bool IsGeoStopword(std::string_view simple_key);   // kb/geo_stopwords.txt
bool IsPersonCue(std::string_view simple_key);     // kb/geo_person_cues.txt
bool IsOrgHead(std::string_view simple_key);       // kb/geo_org_heads.txt
bool IsFirstName(std::string_view simple_key);     // kb/geo_first_names.txt
// ISO alpha-2 code of the state a demonym names ("syrian" -> "SY"), empty when none (kb/geo_demonyms.txt).
std::string_view DemonymCountry(std::string_view simple_key);

}  // namespace sitrep::geo

#endif  // SITREP_GEO_WORD_LISTS_H_
