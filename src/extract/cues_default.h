// GENERATED FROM kb/cues.tsv BY src/extract/gen_cues_default.sh; DO NOT EDIT.
// The built-in cue lexicon, used when no kb directory is at hand (tests, fuzzers).
#ifndef SITREP_EXTRACT_CUES_DEFAULT_H_
#define SITREP_EXTRACT_CUES_DEFAULT_H_

#include <string_view>

namespace sitrep::extract {

inline constexpr std::string_view kDefaultCuesTsv = R"CUES(# Extractor cue phrases: modality, attribution and event filters (format: doc/kb-cues.md).
# category <TAB> phrase (lower case, words as the scanner splits them: "n't" is "n ' t").
# General English of war reporting; never a patch for one article.

# Attribution: the source is named after these.
according	according to
according	citing
according	quoting
# Attribution verbs: the source is their subject (or follows them at the end of a sentence).
speech	said
speech	says
speech	say
speech	reported
speech	reports
speech	stated
speech	states
speech	noted
speech	notes
speech	announced
speech	announces
speech	claimed
speech	claims
speech	cited
speech	cites
speech	quoted
speech	indicated
speech	indicate
speech	indicates
speech	suggest
speech	suggests
speech	highlights
speech	confirmed
speech	confirms
speech	told
speech	added
speech	wrote
speech	posted
speech	tweeted
speech	showed
speech	show
# "reportedly" and friends: reported without a named source.
reported	reportedly
reported	allegedly
reported	purportedly
reported	it is reported
reported	it was reported
reported	is said to have
reported	are said to have
reported	were said to have
reported	was said to have
# The claim cannot be checked.
unconfirmed	unconfirmed
unconfirmed	unverified
unconfirmed	could not be independently verified
unconfirmed	could not be independently confirmed
unconfirmed	could not independently verify
unconfirmed	could not be verified
unconfirmed	cannot be independently verified
unconfirmed	has not been verified
unconfirmed	have not been verified
unconfirmed	not independently verified
unconfirmed	unclear whether
# A party rejects it.
denied	denied
denied	denies
denied	deny
denied	rejected reports
denied	dismissed reports
denied	refuted
# Words that make a source a party to the fighting (its statement is a claim).
party	army
party	military
party	ministry
party	minister
party	government
party	official
party	officials
party	official statements
party	spokesman
party	spokesperson
party	spokeswoman
party	commander
party	regime
party	defence
party	defense
party	armed forces
party	general staff
party	presidency
party	kremlin
party	pentagon
# Nouns that are sources without a name (kept as the attribution) ...
source_noun	activists
source_noun	witnesses
source_noun	residents
source_noun	medics
source_noun	doctors
source_noun	monitors
source_noun	analysts
source_noun	observers
source_noun	officials
source_noun	journalists
# Official and rescue bodies that report but do not fight: their word is reported, not claimed, and a
# party word or belligerent inside them ("civil defence", "the Hamas-run health ministry") makes no claim.
civil_source	civil defence
civil_source	civil defense
civil_source	civil protection
civil_source	health ministry
civil_source	ministry of health
civil_source	health officials
civil_source	health authorities
civil_source	health department
civil_source	medical officials
civil_source	medical sources
civil_source	hospital
civil_source	hospital officials
civil_source	hospital director
civil_source	rescue service
civil_source	rescue services
civil_source	rescuers
civil_source	emergency service
civil_source	emergency services
civil_source	emergencies ministry
civil_source	emergency situations ministry
civil_source	red cross
civil_source	red crescent
civil_source	local officials
civil_source	local authorities
civil_source	local government
civil_source	municipal officials
civil_source	municipality
civil_source	village chief
civil_source	mayor
civil_source	governor
civil_source	regional governor
civil_source	provincial governor
civil_source	district commissioner
# ... and nouns that are sources but no one in particular (attribution left empty).
report_noun	reports
report_noun	report
report_noun	accounts
report_noun	sources
report_noun	media
report_noun	footage
report_noun	images
report_noun	videos
report_noun	statements
# Intentions, plans and aims: what follows in the clause has not happened.
intention	aimed at
intention	aiming at
intention	aiming to
intention	aims to
intention	aim to
intention	aim of
intention	plans to
intention	plan to
intention	planned to
intention	planning to
intention	plans for
intention	intends to
intention	intend to
intention	intention to
intention	intentions to
intention	intention of
intention	intent on
intention	vowed to
intention	vows to
intention	vow to
intention	seeks to
intention	seeking to
intention	sought to
intention	threatened to
intention	threatens to
intention	pledged to
intention	promised to
intention	wants to
intention	want to
intention	hopes to
intention	hoping to
intention	preparing to
intention	prepare to
intention	prepares to
intention	preparations for
intention	poised to
intention	set to
intention	about to
intention	going to
intention	will
intention	'll
intention	effort to
intention	efforts to
intention	in a bid to
intention	bid to
intention	in order to
intention	so as to
intention	urged
intention	called for
intention	called on
intention	calls for
intention	ready to
intention	in anticipation of
intention	ahead of
intention	to try to
intention	tried to
intention	trying to
intention	attempting to
# Avoidance, prevention and preparation: what follows has not happened ("to avoid combat").
intention	avoid
intention	avoided
intention	avoiding
intention	avoids
intention	prevent
intention	prevented
intention	preventing
intention	prevents
intention	prepare for
intention	prepares for
intention	preparing for
intention	braced for
intention	bracing for
intention	brace for
intention	ward off
intention	deter
# Hypotheticals: conditions, modals, possibilities.
hypothetical	if
hypothetical	unless
hypothetical	whether
hypothetical	would
hypothetical	could
hypothetical	might
hypothetical	should
hypothetical	potential
hypothetical	possible
hypothetical	possibly
hypothetical	potentially
hypothetical	likely to
hypothetical	unlikely to
hypothetical	expected to
hypothetical	risk of
hypothetical	threat of
hypothetical	fears of
hypothetical	feared
hypothetical	in case of
hypothetical	in the event of
# Modals that also cover a noun trigger before them ("The fall of the city would ...").
modal	would
modal	could
modal	might
modal	may
modal	should
modal	will
# Negation: what follows in the clause did not happen.
negation	not
negation	n ' t
negation	never
negation	failed to
negation	fail to
negation	no longer
negation	without
negation	rather than
negation	instead of
# Phrases that look like cues but are not.
ignore	not only
ignore	not least
ignore	no doubt
ignore	if not
ignore	would not be the first
ignore	could be seen
ignore	will of
ignore	once again
ignore	at once
ignore	once more
# Generic and habitual statements.
generic	consistently
generic	routinely
generic	regularly
generic	habitually
generic	frequently
generic	often
generic	traditionally
generic	usually
generic	typically
generic	has long
generic	have long
generic	had long
generic	for years
generic	for decades
generic	tends to
generic	tend to
# Background states: what a place or a side is exposed to, not an event told (round 6).
generic	under pressure from
generic	under pressure of
generic	under threat from
generic	under threat of
generic	under the threat of
generic	fear of
generic	risk of
generic	the risk of
generic	in the face of
generic	vulnerable to
generic	exposed to
# History (a year before publication also marks its clause as history).
history	once
history	formerly
history	years ago
history	decades ago
history	in the past
history	back in
history	historically
history	historical
history	legacy
history	anniversary
# Territory changing hands without fighting.
peaceful	without a fight
peaceful	without putting up a fight
peaceful	without fighting
peaceful	without any fighting
peaceful	without a shot
peaceful	negotiated
peaceful	handed over
peaceful	handover
peaceful	reconciliation deal
peaceful	surrender deal
peaceful	agreement
# Words that end the reach of a filter cue (punctuation always does).
boundary	following
boundary	after
boundary	before
boundary	while
boundary	whereas
boundary	but
boundary	although
boundary	though
boundary	because
boundary	when
boundary	which
boundary	who
boundary	where
boundary	as
boundary	amid
)CUES";

}  // namespace sitrep::extract

#endif  // SITREP_EXTRACT_CUES_DEFAULT_H_
