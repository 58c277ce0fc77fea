// Transliteration-aware folding: spelling variants of one name map to one key.
#ifndef SITREP_TEXT_FOLD_H_
#define SITREP_TEXT_FOLD_H_

#include <string>
#include <string_view>

namespace sitrep::text {

// Lower-cases, strips diacritics (Ḩimş -> hims), drops apostrophes/ʿ/ʾ/backticks, turns hyphens and
// other punctuation into single spaces, trims. "Hay'at Tahrir al-Sham" -> "hayat tahrir al sham".
// Invalid UTF-8 bytes are dropped. Thread-safe.
std::string SimpleKey(std::string_view s);

// SimpleKey plus transliteration folding for place and person names: drops a leading Arabic article
// (al-, el-, ar-, as-, ash-, at-, ad-, az-, an- ...) of each word, folds doubled letters, ou->u, ee->i,
// e->i, y->i (except word-initially), kh->h, q->k, dj->j, w->v, final -ah/-eh -> -a, ie->i ...
// "Talbiseh", "Talbisseh", "Tallbisah" -> one key; "Ar-Rastan", "Rastan", "Al Rastan" -> one key;
// "Kharkiv" and "Kharkov" do NOT necessarily fold together (the gazetteer lists both).
// An article is dropped only when another word follows it, so "Al" alone stays "al". Thread-safe.
std::string FoldKey(std::string_view s);

// SimpleKey without the Arabic articles FoldKey drops, and no other folding: the spelling as written.
// Two names with one ExactKey are spelled alike; names that only share a FoldKey ("Samarra" and
// "Samara", "Odessa" and "Odesa") are near spellings. "Ar-Raqqah" -> "raqqah". Thread-safe.
std::string ExactKey(std::string_view s);

// True when `simple_word` (one SimpleKey word, e.g. "al", "ash") is an Arabic definite article that
// FoldKey drops in front of another word.
bool IsFoldArticle(std::string_view simple_word);

// Appends the transliteration fold of ONE SimpleKey word (lower-case ASCII/UTF-8, no spaces) to
// `*out`, without article handling. FoldKey(s) == the space-joined FoldWord of the non-article words
// of SimpleKey(s). Lets callers build n-gram keys from per-token folds without re-folding.
void FoldWord(std::string_view simple_word, std::string* out);

// Appends SimpleKey(s) to `*out` (whose existing bytes are left alone): no temporary string. For
// tokenizers that keep every key of a text in one arena.
void AppendSimpleKey(std::string_view s, std::string* out);

// Appends FoldKey of the text whose SimpleKey is `simple_key` to `*out`: FoldKey(s) equals
// AppendFoldKeyOfSimple(SimpleKey(s)) on an empty string, so a caller holding the SimpleKey need not
// simplify the text again. `simple_key` must not point into `*out`.
void AppendFoldKeyOfSimple(std::string_view simple_key, std::string* out);

}  // namespace sitrep::text

#endif  // SITREP_TEXT_FOLD_H_
