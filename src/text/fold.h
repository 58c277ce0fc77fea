// Transliteration-aware folding: spelling variants of one name map to one key.
#ifndef SITREP_TEXT_FOLD_H_
#define SITREP_TEXT_FOLD_H_

#include <string>
#include <string_view>

namespace sitrep::text {

// Lower-cases, strips diacritics (Ḩimş -> hims), drops apostrophes/ʿ/ʾ/backticks, turns hyphens and
// other punctuation into single spaces, trims. "Hay'at Tahrir al-Sham" -> "hayat tahrir al sham".
std::string SimpleKey(std::string_view s);

// SimpleKey plus transliteration folding for place and person names: drops a leading Arabic article
// (al-, el-, ar-, as-, ash-, at-, ad-, az-, an- ...) of each word, folds doubled letters, ou->u, ee->i,
// e->i, y->i (except word-initially), kh->h, q->k, dj->j, w->v, final -ah/-eh -> -a, ie->i ...
// "Talbiseh", "Talbisseh", "Tallbisah" -> one key; "Ar-Rastan", "Rastan", "Al Rastan" -> one key;
// "Kharkiv" and "Kharkov" do NOT necessarily fold together (the gazetteer lists both).
std::string FoldKey(std::string_view s);

}  // namespace sitrep::text

#endif  // SITREP_TEXT_FOLD_H_
