// Geocoder: toponym spotting and resolution. See geocoder.h.
//
// Spotting: capitalised token spans (lower-case particles allowed inside) are looked up longest
// first by FoldKey; spans in a person, organisation, acronym or stop-word context are dropped.
// Resolution: every candidate place gets prior (feature, population) + country focus of the
// article + closeness to the other places of the article + the mention's own context ("Homs
// province" wants a division, "Hama city" a town); two rounds, the second using the first's picks.
// Enclosing units named after a place ("X (A2, A1)", "X, Country", "Country's X") decide its reading and
// are themselves read as divisions or countries; a country named as a cause ("solidarity with Ukraine")
// neither votes for the article's country nor is emitted.
#include "geo/geocoder.h"

#include <algorithm>
#include <cmath>
#include <iterator>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "geo/geo_math.h"
#include "geo/geo_tokens.h"
#include "geo/index_format.h"
#include "geo/named_extras.h"
#include "geo/relative_phrase.h"
#include "geo/word_lists.h"
#include "text/fold.h"

namespace sitrep::geo {
namespace {

constexpr size_t kMaxCandidates = 32;  // postings are ranked; the tail is tiny villages
constexpr size_t kMaxContextCandidates = 256;  // ... which an enclosing unit named with the name may select
constexpr int kMaxSpanWords = 8;
constexpr double kExactNameBonus = 1.5;  // prior bonus of a reading with a name spelled as written
constexpr double kOwnNameBonus = 0.5;    // ... and more when that name is its preferred one
constexpr double kAlternateNamePenalty = 1;  // a town reached through an alternate name, another's own
constexpr double kDistrictRadiusKm = 20;  // typical extent of a second-level unit (district, LGA, raion)
constexpr double kDemonymDamping = 9;
constexpr double kNearAreaPenalty = 3;    // a country or division only near-spelled, another reading exact
constexpr double kDivisionFocusGain = 2;  // a division in the article's country: focus counts this much
constexpr double kAdminFocusWeight = 1.5; // bonus for lying in the state/province the article's places are in
constexpr double kGroupDivisionBonus = 2; // a name read as a division elsewhere in the article     // phantom votes: a lone demonym's focus is 1/10 of a place's

// Lower-case words allowed inside a multi-word name ("Jisr ash Shughur", "Gulf of Aden").
bool IsInnerParticle(std::string_view w) {
  return text::IsFoldArticle(w) || w == "de" || w == "del" || w == "di" || w == "da" || w == "du" ||
         w == "la" || w == "le" || w == "of" || w == "the" || w == "bin" || w == "ibn" || w == "bani" ||
         w == "sur" || w == "am" || w == "upon" || w == "on" || w == "des" || w == "al" || w == "do" ||
         w == "dos" || w == "das" || w == "van" || w == "von" || w == "der" || w == "den";
}

// Capitalised words that may stand next to a place name without making it part of a longer name:
// function words, directions and the nouns of administrative or physical units ("Kharkiv Oblast",
// "Northern Rakhine", "In Goma").
bool IsChainNeutral(std::string_view w) {
  static constexpr std::string_view kWords[] = {
      "in", "on", "at", "of", "the", "from", "to", "near", "and", "or", "by", "for", "with", "into", "across",
      "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "northeast",
      "northwest", "southeast", "southwest", "north east", "north west", "south east", "south west", "upper",
      "lower", "greater", "metropolitan", "metro", "rural", "oblast", "province", "governorate", "region", "district", "county", "state",
      "city", "town", "village", "township", "municipality", "raion", "rayon", "prefecture", "department",
      "division", "sub county", "subcounty", "lga", "area", "camp", "airport", "river", "valley", "mountains",
      "hills", "countryside", "neighbourhood", "neighborhood", "quarter", "suburb", "island", "islands",
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
      "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"};
  for (std::string_view k : kWords)
    if (w == k) return true;
  return false;
}

bool IsStreetNoun(std::string_view w) {
  return w == "square" || w == "street" || w == "avenue" || w == "boulevard" || w == "plaza" || w == "park" ||
         w == "roundabout" || w == "lane" || w == "squares" || w == "streets";
}

// Capitalised nouns that end the name of a street, road, facility or waterway ("Main Street", "Neches
// River", "Buckland Elementary"): geoparsing corpora annotate these, no city gazetteer lists them.
bool IsFacilityNoun(std::string_view w) {
  static constexpr std::string_view kWords[] = {
      "street", "st", "avenue", "ave", "road", "rd", "drive", "boulevard", "blvd", "lane", "ln", "highway",
      "hwy", "freeway", "expressway", "parkway", "pkwy", "turnpike", "pike", "trail", "square", "plaza",
      "bridge", "tunnel", "river", "creek", "lake", "park", "cemetery", "mall", "elementary", "stadium",
      "mountain", "mountains", "beach", "canyon", "falls", "dam", "reservoir", "forest", "county", "parish",
      "township", "bayou", "harbor", "harbour", "island", "peninsula", "strait", "gulf", "sea", "ocean"};
  for (std::string_view k : kWords)
    if (w == k) return true;
  return false;
}

// Facility nouns that end the name of a region rather than of a local feature ("Korean Peninsula",
// "Gulf of Aden" is found as a whole, "Ural Mountains").
bool IsRegionNoun(std::string_view w) {
  return w == "peninsula" || w == "gulf" || w == "sea" || w == "ocean" || w == "strait" || w == "mountains";
}

// Words that name a numbered road before its number ("Highway 19", "Interstate 35", "Route 9").
bool IsRoadNumberNoun(std::string_view w) {
  return w == "highway" || w == "interstate" || w == "route" || w == "hwy" || w == "road" || w == "i";
}

bool IsCompassWord(std::string_view w) { return w == "north" || w == "south" || w == "east" || w == "west"; }

// Unit nouns that may stand between a place and the unit enclosing it ("X district of Y", "X village (A2, A1)").
bool IsUnitNoun(std::string_view w) {
  static constexpr std::string_view kWords[] = {
      "district", "township", "village", "town", "city", "area", "sub county", "subcounty", "county",
      "municipality", "region", "province", "governorate", "oblast", "state", "lga", "neighbourhood",
      "neighborhood", "camp", "countryside", "locality", "commune", "department", "prefecture", "raion",
      "rayon", "division", "ward", "subdistrict", "quarter", "suburb", "sector", "territory", "hromada"};
  for (std::string_view k : kWords)
    if (w == k) return true;
  return false;
}

// Nouns of an administrative division, after its name ("Hodeidah province", "Kherson oblast").
bool IsDivisionNoun(std::string_view w) {
  return w == "province" || w == "governorate" || w == "oblast" || w == "region" || w == "state" ||
         w == "district" || w == "county" || w == "prefecture" || w == "department" || w == "wilaya";
}

// Words after a name that make it a state or province: its offices and institutions ("New York
// governor", "the Georgia legislature", "Ohio lawmakers").
bool IsDivisionOfficeWord(std::string_view w) {
  return w == "governor" || w == "legislature" || w == "lawmakers" || w == "legislators" || w == "statehouse" ||
         w == "senate" || w == "senator" || w == "assembly" || w == "legislative" || w == "gov";
}

// Mention-level hint from the words next to a name.
enum class Hint : uint8_t { kNone, kDivision, kSettlement };

// A candidate place of a group of mentions, decoded once; `base` = prior + country focus.
struct Cand {
  uint32_t idx;
  Place p;
  double prior;
  double base;
  double coslat;  // cos(latitude), for distance approximations
  bool exact;     // one of its names is spelled as in the text (text::ExactKey), or no reading's is
  bool spelled = false;  // one of its names is spelled as in the text (strictly)
  bool own = false;      // its preferred name is spelled as in the text
};

struct Mention {
  size_t first = 0, last = 0;  // token range, inclusive
  std::string key;             // FoldKey of the span
  std::string exact;           // text::ExactKey of the span (the spelling as written)
  std::span<const uint32_t> postings;  // every reading, best ranked first
  Hint hint = Hint::kNone;
  bool sentence_initial = false;
  bool acronym = false;        // a short all-capitals token ("US", "HTS")
  bool in_title = false;       // on a Title Case line (headline), where capitals say little
  bool ctx_paren = false;      // its context came from a parenthesis
  bool fragment = false;       // part of a longer capitalised chain ("Bila" of "Bila Hora", "Su" of "Su-30")
  bool topic = false;          // the subject of a cause, not a scene ("solidarity with Ukraine", "war against Russia")
  double unit_role = 0;        // names the unit around another place ("X (California)", "X, Arizona"): area bonus
  size_t note_host = SIZE_MAX;  // first name of an "(A2, A1)" note: the last token of the name before it
  std::vector<size_t> context;    // mentions naming its enclosing units ("X (A2, A1)", "X, A1", "X district of A1")
  std::vector<double> ctx_bonus;  // per candidate of the group: bonus for lying inside a context unit
  bool us_state = false;       // an AP abbreviation of a US state ("Calif.", "W.Va."): only that state
  bool party_state = false;    // ... after a legislator's party ("D-S.C."): the legislator's, not the scene's
  bool dateline = false;       // an all-capitals dateline ("HENDERSON, Texas -")
  size_t sub_begin = 0, sub_end = 0;  // byte range of a part of a hyphenated word ("London" of "London-based")
  int group = 0;               // mentions with the same key share a group
  uint32_t best = 0;
  double best_score = 0, second_score = -1e9;
  const Cand* best_cand = nullptr;  // the candidate record of `best`
};

double Prior(const Place& p) {
  std::string_view f = p.feature;
  if (f == "PCLI" || f == "PCLD" || f == "PCLIX") return 6.0;
  if (f == "ADM1") return 3.0;  // a named first-level division beats a small town elsewhere ("Indiana")
  if (f == "ADM2") return 1.5;
  // GeoNames gives population 0 where it is unknown; a seat of a district or county is no hamlet
  // (many in Syria, Iraq, Yemen and the Sahel lack figures): count it as a small town of its rank.
  double pop = static_cast<double>(p.population);
  if (pop == 0) pop = f == "PPLA" ? 50000 : f == "PPLA2" ? 10000 : f == "PPLA3" ? 3000 : 0;
  double s = 0.5 * std::log10(pop + 1.0);
  if (f == "PPLC") s += 0.8;
  else if (f == "PPLA") s += 0.4;
  else if (f == "PPLA2") s += 0.2;
  else if (f == "PPLA3") s += 0.1;
  else if (!f.empty() && f[0] != 'P') s = std::max(s, 2.0);  // air bases, dams, rivers: named on purpose
  return s;
}

bool IsArea(std::string_view f) { return f == "PCLI" || f == "PCLD" || f == "PCLIX" || f == "ADM1" || f == "ADM2"; }

// Fast approximate distance (equirectangular at the first point's latitude), good enough to tell
// 30 km from 100 km from 300 km.
double ApproxKm(double lat1, double lon1, double coslat1, double lat2, double lon2) {
  constexpr double kKmPerDeg = 111.195;
  double x = (lon2 - lon1) * coslat1;
  double y = lat2 - lat1;
  return kKmPerDeg * std::sqrt(x * x + y * y);
}

// A span found in geoparsing mode that is not looked up as a place: a demonym, a continent or union,
// or a street, road, facility or waterway.
struct Extra {
  size_t first = 0, last = 0;  // token range, inclusive
  ToponymKind kind = ToponymKind::kPlace;
  const ExtraPlace* extra = nullptr;  // continent, region or union
  uint32_t country = UINT32_MAX;      // a demonym's country (index entry)
  size_t sub_begin = 0, sub_end = 0;  // byte range of a part of a hyphenated word ("Egyptian" of "Egyptian-US")
};

class Run {
 public:
  Run(const GazetteerIndex& index, std::string_view text, const GeocodeOptions& opts,
      const std::unordered_map<std::string, uint32_t>& country_place)
      : index_(index), text_(text), opts_(opts), country_place_(country_place) {}

  std::vector<Toponym> Go() {
    ScanGeoTokens(text_, &tokens_, &arena_);
    CollectPersonNames();
    Spot();
    if (mentions_.empty() && extras_.empty()) return {};
    if (mentions_.empty()) return Emit();
    LinkContext();
    Resolve();
    return Emit();
  }

 private:
  // The index entry `i`, a country or division at GeoNames' representative point (named_extras.h).
  Place Get(uint32_t i) const {
    Place p = index_.Get(i);
    if (p.feature == "PCLI") GeonamesCountryPoint(p.country, &p.lat, &p.lon);
    else if (p.feature == "ADM1") GeonamesDivisionPoint(p.country, p.name, &p.lat, &p.lon);
    return p;
  }
  std::string_view Simple(size_t i) const {
    return i < tokens_.size() && tokens_[i].word ? SimpleOf(tokens_[i], arena_) : std::string_view();
  }
  bool Adjacent(size_t a, size_t b) const {  // b follows a on the same line, separated by spaces only
    return b == a + 1 && b < tokens_.size() && tokens_[b].space_before && !tokens_[b].newline_before;
  }

  // Finds candidate spans, longest match first.
  void Spot() {
    int max_words = std::min(index_.MaxNameWords(), kMaxSpanWords);
    std::string key;
    size_t n = tokens_.size();
    for (size_t i = 0; i < n;) {
      const GeoToken& t = tokens_[i];
      if (!t.word || !t.cap || !StartOk(i)) {
        ++i;
        continue;
      }
      size_t xlast = 0;
      if (SpotAbbreviatedPrefix(i)) {
        i = mentions_.back().last + 1;
        continue;
      }
      if (SpotUsState(i) || SpotPartyState(i)) {
        i = mentions_.back().last + 1;
        continue;
      }
      if (opts_.geoparse && SpotLocal(i, &xlast)) {
        i = xlast + 1;
        continue;
      }
      size_t matched_last = 0;
      std::span<const uint32_t> post;
      // Extend as far as the capitalised chain allows, then try longest first.
      size_t end = i;
      while (end + 1 < n && static_cast<int>(end + 1 - i) < max_words && Adjacent(end, end + 1) &&
             tokens_[end + 1].word && (tokens_[end + 1].cap || IsInnerParticle(Simple(end + 1))))
        ++end;
      // "Province No. 2", "Province 2": a division named by its number.
      size_t num = end + 1;
      if (Simple(end) == "no" && num + 1 < n && tokens_[num].punct == '.' && !tokens_[num].space_before) ++num;
      if (num < n && tokens_[num].number && tokens_[num].space_before && !tokens_[num].newline_before &&
          num - end <= 2 && (num > end + 1 || !CountsSomething(num + 1))) {
        std::string numbered = text::FoldKey(text_.substr(tokens_[i].begin, tokens_[num].end - tokens_[i].begin));
        post = index_.Postings(numbered);
        if (!post.empty()) {
          matched_last = num;
          key = std::move(numbered);
        }
      }
      for (size_t last = end + 1; post.empty() && last-- > i;) {
        if (!tokens_[last].cap) continue;  // a name ends on a capitalised word
        key.clear();
        for (size_t k = i; k <= last; ++k) {
          std::string_view s = Simple(k);
          if (k < last && text::IsFoldArticle(s)) continue;
          std::string_view f = FoldOf(tokens_[k], arena_);
          if (f.empty()) continue;
          if (!key.empty()) key.push_back(' ');
          key.append(f);
        }
        if (key.empty()) continue;
        post = index_.Postings(key);
        if (!post.empty()) {
          matched_last = last;
          break;
        }
      }
      // A plural demonym yields to a major place spelled so ("Philippines"), not to a hamlet ("Israelis").
      bool major_place = false;
      if (!post.empty()) {
        Place top = Get(post[0]);
        major_place = IsArea(top.feature) || top.population >= 100000;
      }
      if (opts_.geoparse && (post.empty() || matched_last == i) && SpotNamedExtra(i, major_place, &xlast)) {
        i = xlast + 1;
        continue;
      }
      std::string exact;
      if (post.empty()) {
        // "Shan-North", "Yangon-East": a division split into parts by compass direction.
        std::string_view simple = Simple(i), fold = FoldOf(t, arena_);
        size_t sp = simple.rfind(' '), fsp = fold.rfind(' ');
        if (sp != std::string_view::npos && fsp != std::string_view::npos && IsCompassWord(simple.substr(sp + 1))) {
          key.assign(fold.substr(0, fsp));
          post = index_.Postings(key);
          matched_last = i;
          exact = text::ExactKey(simple.substr(0, sp));
        }
      } else {
        exact = text::ExactKey(text_.substr(tokens_[i].begin, tokens_[matched_last].end - tokens_[i].begin));
      }
      if (post.empty()) {
        SpotHyphenParts(i);
        ++i;
        continue;
      }
      Mention m;
      m.first = i;
      m.last = matched_last;
      m.key = key;
      m.exact = std::move(exact);
      m.postings = post;
      if (Keep(&m)) {
        mentions_.push_back(std::move(m));
        i = matched_last + 1;
      } else {
        i = matched_last + 1;
      }
    }
  }

  // A hyphenated word that is no name as a whole: a place before a lower-case suffix ("London-based",
  // "Atlanta-area"), after a party initial ("R-Charleston", a legislator's party and home town), or, in
  // geoparsing mode, each capitalised part of a pair ("Logan-Rogersville", "Egyptian-US"). Each part is
  // a mention of its own over its bytes.
  void SpotHyphenParts(size_t i) {
    const GeoToken& t = tokens_[i];
    std::string_view w = text_.substr(t.begin, t.end - t.begin);
    if (w.find('-') == std::string_view::npos) return;
    std::vector<std::pair<size_t, size_t>> parts;  // byte offsets in text_
    size_t start = 0;
    for (size_t k = 0; k <= w.size(); ++k) {
      if (k == w.size() || w[k] == '-') {
        if (k > start) parts.emplace_back(t.begin + start, t.begin + k);
        start = k + 1;
      }
    }
    if (parts.size() != 2) return;
    auto is_cap = [&](std::pair<size_t, size_t> r) { return text_[r.first] >= 'A' && text_[r.first] <= 'Z'; };
    std::string_view second = text_.substr(parts[1].first, parts[1].second - parts[1].first);
    std::vector<std::pair<size_t, size_t>> tries;
    if (is_cap(parts[0]) && !is_cap(parts[1])) {
      tries.push_back(parts[0]);
    } else if (parts[0].second - parts[0].first == 1 && is_cap(parts[1]) &&
               (text_[parts[0].first] == 'R' || text_[parts[0].first] == 'D' || text_[parts[0].first] == 'I')) {
      tries.push_back(parts[1]);
    } else if (opts_.geoparse && is_cap(parts[0]) && is_cap(parts[1]) && second.size() > 1) {
      // Not a hyphenated given name ("Jean-Pierre Bemba", "Marie-Claire").
      std::string first_simple = text::SimpleKey(text_.substr(parts[0].first, parts[0].second - parts[0].first));
      bool surname_next = i + 1 < tokens_.size() && Adjacent(i, i + 1) && tokens_[i + 1].word && tokens_[i + 1].cap;
      // "Pat Hugley-Green": a double surname after a given name.
      if (i > 0 && Adjacent(i - 1, i) && tokens_[i - 1].word && tokens_[i - 1].cap &&
          (IsFirstName(Simple(i - 1)) || IsPersonCue(Simple(i - 1))))
        surname_next = true;
      if (!surname_next && !IsFirstName(first_simple) && !IsFirstName(text::SimpleKey(second))) tries = parts;
    }
    for (auto [b, e] : tries) {
      std::string_view part = text_.substr(b, e - b);
      if (part.size() < 2) continue;
      // "Egyptian-US relations", "the Israeli-Egyptian treaty", "Georgian-controlled villages": a country
      // adjective joined to another word stands for its country, as it does alone.
      if (opts_.geoparse && is_cap({b, e}) && SpotHyphenDemonym(i, b, e)) continue;
      std::string key = text::FoldKey(part);
      std::span<const uint32_t> post = index_.Postings(key);
      if (post.empty()) continue;
      // A pair of names is mostly a double surname or a brand ("Hugley-Green", "Wal-Mart"); a pair of
      // major places ("Israel-Gaza", "Egyptian-US") is a relation between them.
      if (tries.size() == 2) {
        Place top = Get(post[0]);
        if (!(IsArea(top.feature) || top.population >= 100000)) continue;
      }
      Mention m;
      m.first = m.last = i;
      m.key = std::move(key);
      m.exact = text::ExactKey(part);
      m.postings = post;
      m.sub_begin = b;
      m.sub_end = e;
      // Only an all-capitals part is an acronym ("US" of "Egyptian-US").
      bool upper = part.size() <= 5;
      for (char c : part) upper &= !(c >= 'a' && c <= 'z');
      m.acronym = upper;
      m.sentence_initial = t.sentence_start && b == t.begin;
      m.in_title = InTitleLine(i);
      if (IsGeoStopword(text::SimpleKey(part)) && !upper) continue;
      mentions_.push_back(std::move(m));
    }
  }

  // Geoparsing mode: the part [b, e) of the hyphenated token i, when it is a state's demonym or country
  // adjective ("Egyptian" of "Egyptian-US"), becomes a demonym extra over its bytes.
  bool SpotHyphenDemonym(size_t i, size_t b, size_t e) {
    std::string simple = text::SimpleKey(text_.substr(b, e - b));
    std::string_view cc = DemonymCountry(simple);
    if (cc.empty()) return false;
    auto it = country_place_.find(std::string(cc));
    if (it == country_place_.end()) return false;
    Extra x;
    x.first = x.last = i;
    x.kind = ToponymKind::kDemonym;
    x.country = it->second;
    x.sub_begin = b;
    x.sub_end = e;
    extras_.push_back(x);
    return true;
  }

  // A legislator's party and state in AP style ("D-S.C.", "R-Calif.", "D-W. Va."): the state after the
  // party initial, read as that state only. The mention covers the state's bytes.
  bool SpotPartyState(size_t i) {
    const size_t n = tokens_.size();
    std::string_view w = text_.substr(tokens_[i].begin, tokens_[i].end - tokens_[i].begin);
    if (w.size() < 3 || w[1] != '-' || (w[0] != 'D' && w[0] != 'R' && w[0] != 'I')) return false;
    if (!(w[2] >= 'A' && w[2] <= 'Z')) return false;
    std::string_view state;
    size_t last = 0;
    for (size_t k = i; k < n && k < i + 4; ++k) {
      std::string compact(w.substr(2));
      if (k > i) {
        if (!tokens_[k].word && tokens_[k].punct != '.') break;
        std::string rest = Compact(i + 1, k);
        if (rest.empty()) break;
        // Compact() refuses the space after the dot that ends token i ("D-W. Va."): allow it here.
        compact += rest;
      }
      if (compact.size() > 7) break;
      if (compact.back() != '.') continue;
      AbbrevUse use;
      std::string_view st = UsStateOfAbbrev(compact, &use);
      if (st.empty()) continue;
      state = st;
      last = k;
    }
    Mention m;
    if (!UsStateMention(i, last, state, &m)) return false;
    m.party_state = true;
    m.sub_begin = tokens_[i].begin + 2;
    m.sub_end = tokens_[last].end;
    mentions_.push_back(std::move(m));
    return true;
  }

  // Surnames of the people the article names: a capitalised word after a given name ("John Brown"),
  // after a title ("Mayor Brown", "Mr. Brown", continuing "Mayor Darryl Keith Warden"), or a full name
  // followed by an age ("Jane Roberts, 45,"). English news names a person in full once and then by the
  // surname alone, so the surname is a person everywhere in the article, not a town ("Brown said").
  void CollectPersonNames() {
    const size_t n = tokens_.size();
    bool chain = false;  // the previous word belongs to a person's name
    for (size_t k = 0; k < n; ++k) {
      const GeoToken& t = tokens_[k];
      if (!t.word || !t.cap || t.allcaps) {
        chain = false;
        continue;
      }
      std::string_view w = Simple(k);
      bool neutral = IsChainNeutral(w) || IsGeoStopword(w) || IsFacilityNoun(w);
      bool person = false;
      if (k > 0 && Adjacent(k - 1, k) && !neutral) {
        const GeoToken& p = tokens_[k - 1];
        if (chain || (p.word && p.cap && IsFirstName(Simple(k - 1))) || (p.word && IsPersonCue(Simple(k - 1))))
          person = true;
      }
      // "Mr. Brown", "Sen. Jones".
      if (!person && !neutral && k >= 2 && tokens_[k - 1].punct == '.' && tokens_[k - 2].word &&
          IsPersonCue(Simple(k - 2)))
        person = true;
      // "Darryl Keith Warden, 44,": a full name and an age.
      if (!person && !neutral && k > 0 && Adjacent(k - 1, k) && tokens_[k - 1].word && tokens_[k - 1].cap &&
          k + 3 < n && tokens_[k + 1].punct == ',' && tokens_[k + 2].number &&
          tokens_[k + 2].end - tokens_[k + 2].begin <= 3 && tokens_[k + 3].punct == ',')
        person = true;
      if (person) persons_.insert(w);
      chain = person && k + 1 < n && Adjacent(k, k + 1);
    }
  }

  // Whether a mention's best-ranked reading is a country or first-level division: such names keep
  // their reading against the weaker cues of a person or a common word ("Jordan", "Georgia", "Turkey").
  bool MajorReading(std::span<const uint32_t> postings) const {
    if (postings.empty()) return false;
    Place p = Get(postings[0]);
    return p.feature == "PCLI" || p.feature == "PCLD" || p.feature == "PCLIX" || p.feature == "ADM1";
  }

  // Whether the name spelled `surface` is, by its best-ranked reading, a country, a division, a territory
  // or a city of 100,000 people, called so by its own name (not only a near spelling: "Read" is no Riyadh).
  bool MajorPlace(std::span<const uint32_t> postings, std::string_view surface) const {
    if (postings.empty()) return false;
    Place p = Get(postings[0]);
    return (IsArea(p.feature) || p.feature == "TERR" || p.population >= 100000) &&
           text::ExactKey(p.name) == text::ExactKey(surface);
  }

  // The SimpleKeys of the words of tokens [a, b], one space apart.
  std::string SimpleSpan(size_t a, size_t b) const {
    std::string out;
    for (size_t k = a; k <= b; ++k) {
      if (!tokens_[k].word) continue;
      if (!out.empty()) out.push_back(' ');
      out.append(Simple(k));
    }
    return out;
  }

  // The text of tokens [a, b].
  std::string_view SurfaceOf(size_t a, size_t b) const {
    return text_.substr(tokens_[a].begin, tokens_[b].end - tokens_[a].begin);
  }

  // The surface of tokens [i, k] with spaces removed, or empty when anything but one space after a dot
  // separates them.
  std::string Compact(size_t i, size_t k) const {
    std::string out;
    for (size_t q = i; q <= k; ++q) {
      if (q > i && tokens_[q].space_before && !(tokens_[q - 1].punct == '.' && !tokens_[q].newline_before))
        return {};
      out.append(text_.substr(tokens_[q].begin, tokens_[q].end - tokens_[q].begin));
    }
    return out;
  }

  // A name opening with an abbreviated "Saint", "Sainte", "Mount" or "Fort" at token i ("St. Petersburg",
  // "Mt. Pleasant", "Ft. Worth"), which the dot splits from the rest of the name. Looked up spelled out,
  // else as abbreviated; adds the mention (when kept) and returns true when a name matched.
  bool SpotAbbreviatedPrefix(size_t i) {
    const size_t n = tokens_.size();
    std::string_view w = Simple(i);
    std::string_view full = w == "st" ? "Saint" : w == "ste" ? "Sainte" : w == "mt" ? "Mount" : w == "ft" ? "Fort" : "";
    if (full.empty() || i + 2 >= n || tokens_[i + 1].punct != '.' || tokens_[i + 1].space_before) return false;
    size_t r = i + 2;
    if (!tokens_[r].word || !tokens_[r].cap || !tokens_[r].space_before || tokens_[r].newline_before) return false;
    size_t end = r;
    while (end + 1 < n && end + 1 - r < 4 && Adjacent(end, end + 1) && tokens_[end + 1].word && tokens_[end + 1].cap)
      ++end;
    for (size_t last = end + 1; last-- > r;) {
      std::string rest;
      for (size_t k = r; k <= last; ++k) {
        std::string_view f = FoldOf(tokens_[k], arena_);
        if (f.empty()) continue;
        rest.push_back(' ');
        rest.append(f);
      }
      std::string_view surface = text_.substr(tokens_[r].begin, tokens_[last].end - tokens_[r].begin);
      std::string key = text::FoldKey(full) + rest;
      std::string exact = text::ExactKey(std::string(full) + " " + std::string(surface));
      std::span<const uint32_t> post = index_.Postings(key);
      if (post.empty()) {
        key = text::FoldKey(w) + rest;
        exact = text::ExactKey(std::string(text_.substr(tokens_[i].begin, tokens_[last].end - tokens_[i].begin)));
        post = index_.Postings(key);
      }
      if (post.empty()) continue;
      Mention m;
      m.first = i;
      m.last = last;
      m.key = std::move(key);
      m.exact = std::move(exact);
      m.postings = post;
      if (!Keep(&m)) return false;
      mentions_.push_back(std::move(m));
      return true;
    }
    return false;
  }

  // An AP-style US state abbreviation at token i ("Calif.", "W. Va.", "N.Y."), read as that state only.
  // Abbreviations that are also English words ("Ind.", "Miss.") count only after "Town, ".
  bool SpotUsState(size_t i) {
    const size_t n = tokens_.size();
    std::string_view state;
    size_t last = 0;
    for (size_t k = i; k < n && k < i + 4; ++k) {
      if (!tokens_[k].word && tokens_[k].punct != '.') break;
      std::string compact = Compact(i, k);
      if (compact.empty() || compact.size() > 7) break;
      if (compact.back() != '.') continue;
      AbbrevUse use;
      std::string_view st = UsStateOfAbbrev(compact, &use);
      if (st.empty()) continue;
      if (use == AbbrevUse::kAfterComma &&
          !(i >= 2 && tokens_[i - 1].punct == ',' && tokens_[i - 2].word && tokens_[i - 2].cap))
        continue;
      state = st;
      last = k;
    }
    Mention m;
    if (!UsStateMention(i, last, state, &m)) return false;
    mentions_.push_back(std::move(m));
    return true;
  }

  // Fills *m as a mention of tokens [first, last] read as the US state `state` only; false when the
  // index has no such state.
  bool UsStateMention(size_t first, size_t last, std::string_view state, Mention* m) const {
    if (state.empty()) return false;
    std::string key = text::FoldKey(state);
    std::span<const uint32_t> post = index_.Postings(key);
    bool found = false;
    for (uint32_t c : post) {
      Place p = Get(c);
      found |= p.country == "US" && p.feature == "ADM1";
    }
    if (!found) return false;
    m->first = first;
    m->last = last;
    m->key = std::move(key);
    m->exact = text::ExactKey(state);
    m->postings = post;
    m->us_state = true;
    return true;
  }

  // Geoparsing mode: a street, road, facility or waterway at token i ("Main Street", "Grand Ave.",
  // "Highway 19", "Interstate 35", "Neches River", "Buckland Elementary"): a capitalised chain ending in a
  // facility noun, or a road noun and a number. A chain that is itself a gazetteer name ("Long Beach",
  // "Lake Charles") is left to the place lookup. Sets *last to the span's last token.
  bool SpotLocal(size_t i, size_t* last) {
    const size_t n = tokens_.size();
    // The first word must not be a function word or a given name ("John Street" may be a person; "The
    // Korean Peninsula" starts at "Korean").
    if (IsGeoStopword(Simple(i)) && !IsRoadNumberNoun(Simple(i))) return false;
    // "Highway 19", "Route 9", "I-35".
    auto road_number = [&](size_t k) -> size_t {
      if (!IsRoadNumberNoun(Simple(k))) return 0;
      size_t q = k + 1;
      if (q < n && tokens_[q].punct == '-' && !tokens_[q].space_before) ++q;
      if (q < n && tokens_[q].number && !tokens_[q].newline_before && (q == k + 1 ? tokens_[q].space_before : true) &&
          (Simple(k) != "i" || q == k + 2))
        return q;
      return 0;
    };
    size_t end = 0;
    if (size_t q = road_number(i); q != 0 && Simple(i) != "road") {
      end = q;
    } else {
      // Up to four name words (capitalised words, ordinals "42nd"), then the facility noun.
      for (size_t k = i; k < n && k < i + 6; ++k) {
        if (k > i && !Adjacent(k - 1, k)) break;
        const GeoToken& t = tokens_[k];
        bool name_word = (t.word && t.cap) || t.number || (t.word && k > i && Simple(k) == "of");
        if (!name_word) break;
        if (k > i && t.word && t.cap && IsFacilityNoun(Simple(k))) {
          end = k;
          // "Highway 19" after a name ("State Highway 7", "U.S. Highway 59").
          if (size_t q = road_number(k); q != 0) end = q;
          break;
        }
        if (t.word && (IsOrgHead(Simple(k)) || IsPersonCue(Simple(k)))) break;
      }
      if (end == 0) return false;
      // The chain itself, noun included, is a gazetteer name: a town ("Long Beach").
      std::string key;
      for (size_t k = i; k <= end; ++k) {
        std::string_view f = FoldOf(tokens_[k], arena_);
        if (f.empty()) continue;
        if (!key.empty()) key.push_back(' ');
        key.append(f);
      }
      if (!index_.Postings(key).empty()) return false;
      // A sea, gulf, peninsula or mountain range is a region, never a facility of the local town: it
      // is read as the named region when known ("Korean Peninsula"), else left out.
      std::string simple;
      size_t of_at = 0;
      for (size_t k = i; k <= end; ++k) {
        if (!tokens_[k].word) continue;
        if (Simple(k) == "of" && of_at == 0) of_at = k;
        if (!simple.empty()) simple.push_back(' ');
        simple.append(Simple(k));
      }
      if (FindExtraPlace(simple) != nullptr) return false;
      if (IsRegionNoun(Simple(end))) {
        *last = end;
        return true;
      }
      // "Babies of DeKalb County", "Weatherly of Laurel County": the name after "of" is the place.
      if (of_at > i && of_at < end) {
        std::string tail;
        for (size_t k = of_at + 1; k <= end; ++k) {
          std::string_view f = FoldOf(tokens_[k], arena_);
          if (f.empty()) continue;
          if (!tail.empty()) tail.push_back(' ');
          tail.append(f);
        }
        if (!index_.Postings(tail).empty()) return false;
      }
      // "St." and other abbreviated nouns take their dot.
    }
    if (end + 1 < n && tokens_[end + 1].punct == '.' && !tokens_[end + 1].space_before && tokens_[end].word &&
        tokens_[end].end - tokens_[end].begin <= 4)
      ++end;
    Extra x;
    x.first = i;
    x.last = end;
    x.kind = ToponymKind::kLocal;
    extras_.push_back(x);
    *last = end;
    return true;
  }

  // Geoparsing mode: a continent, region or union ("Europe", "Middle East", "EU") or a demonym or country
  // adjective ("Syrian", "Sri Lankan", "Americans") at token i. `place_found` says a one-word place
  // lookup matched a major place (a country, a division or a city): a plural demonym then yields to it ("Philippines").
  bool SpotNamedExtra(size_t i, bool place_found, size_t* last) {
    const size_t n = tokens_.size();
    for (size_t k = std::min(n - 1, i + 2) + 1; k-- > i;) {
      bool ok = true;
      std::string key;
      for (size_t q = i; q <= k && ok; ++q) {
        ok = tokens_[q].word && (q == i || Adjacent(q - 1, q)) && (tokens_[q].cap || q < k);
        if (!key.empty()) key.push_back(' ');
        key.append(Simple(q));
      }
      if (!ok) continue;
      const ExtraPlace* e = FindExtraPlace(key);
      // "Europeans", "Africans": the plural of a region's adjective.
      if (e == nullptr && key.size() > 4 && key.back() == 's') {
        e = FindExtraPlace(std::string_view(key).substr(0, key.size() - 1));
        if (e != nullptr && !e->adjective) e = nullptr;
      }
      if (e != nullptr) {
        Extra x;
        x.first = i;
        x.last = k;
        x.kind = e->adjective ? ToponymKind::kDemonym : ToponymKind::kPlace;
        x.extra = e;
        extras_.push_back(x);
        *last = k;
        return true;
      }
      // "Ohioans", "a Texan": residents of a US state stand for the state.
      std::string_view state = UsStateOfDemonym(key);
      if (state.empty() && key.size() > 4 && key.back() == 's')
        state = UsStateOfDemonym(std::string_view(key).substr(0, key.size() - 1));
      if (!state.empty()) {
        for (uint32_t c : index_.Postings(text::FoldKey(state))) {
          Place p = index_.Get(c);
          if (p.country != "US" || p.feature != "ADM1") continue;
          Extra x;
          x.first = i;
          x.last = k;
          x.kind = ToponymKind::kDemonym;
          x.country = c;
          extras_.push_back(x);
          *last = k;
          return true;
        }
      }
      std::string_view cc = DemonymCountry(key);
      if (cc.empty() && !place_found && key.size() > 4 && key.back() == 's') {
        key.pop_back();
        cc = DemonymCountry(key);
      }
      if (cc.empty()) continue;
      auto it = country_place_.find(std::string(cc));
      if (it == country_place_.end()) continue;
      Extra x;
      x.first = i;
      x.last = k;
      x.kind = ToponymKind::kDemonym;
      x.country = it->second;
      extras_.push_back(x);
      *last = k;
      return true;
    }
    return false;
  }

  // Links each mention to the mentions that name its enclosing units: the parenthesis right after it
  // ("X (A2, A1)", also after "(coded as Y)"), a comma-separated name ("X, A1", "X, A2, A1"), or "of"/"in"
  // after a unit noun ("X district of A1", "X town in A1 governorate"). Unit nouns may come between.
  void LinkContext() {
    const size_t n = tokens_.size();
    std::vector<int> at(n, -1);  // token -> mention starting there
    std::vector<int> ends_at(n, -1);  // token -> mention ending there
    for (size_t i = 0; i < mentions_.size(); ++i) {
      at[mentions_[i].first] = static_cast<int>(i);
      ends_at[mentions_[i].last] = static_cast<int>(i);
    }
    // "Kyun Pyin village (Yinmarbin, Sagaing)": remember the name the note is about (Emit decides).
    for (size_t k = 1; k + 3 < n; ++k) {
      if (tokens_[k].punct != '(' || at[k + 1] < 0) continue;
      Mention& a2 = mentions_[static_cast<size_t>(at[k + 1])];
      size_t after = a2.last + 1;
      if (after + 1 >= n || tokens_[after].punct != ',' || at[after + 1] < 0) continue;
      size_t before = k - 1;
      while (before > 0 && tokens_[before].word && IsUnitNoun(Simple(before))) --before;
      if (tokens_[before].word && tokens_[before].cap) a2.note_host = before;
    }
    auto skip_units = [&](size_t k, int* skipped) {
      while (k < n && tokens_[k].word && *skipped < 3 && IsUnitNoun(Simple(k))) ++k, ++*skipped;
      return k;
    };
    for (size_t i = 0; i < mentions_.size(); ++i) {
      Mention& m = mentions_[i];
      int skipped = 0;
      size_t k = skip_units(m.last + 1, &skipped);
      // A dateline's parenthesis names the agency ("HOUSTON (AP) -"), not an enclosing unit.
      for (int groups = 0; groups < 2 && !m.dateline && k < n && tokens_[k].punct == '('; ++groups) {
        size_t q = k + 1;
        for (; q < n && q < k + 24 && tokens_[q].punct != ')' && !tokens_[q].newline_before; ++q)
          if (at[q] >= 0 && static_cast<size_t>(at[q]) != i) m.context.push_back(static_cast<size_t>(at[q])), m.ctx_paren = true;
        if (q >= n || tokens_[q].punct != ')') break;
        k = q + 1;
      }
      if (!m.context.empty()) continue;
      // "Ukraine's Donetsk region": the possessor encloses the place.
      if (m.first >= 3 && Simple(m.first - 1) == "s" && !tokens_[m.first - 1].space_before &&
          tokens_[m.first - 2].punct == '\'' && !tokens_[m.first - 2].space_before && ends_at[m.first - 3] >= 0) {
        m.context.push_back(static_cast<size_t>(ends_at[m.first - 3]));
        continue;
      }
      size_t from = m.last;
      for (int hops = 0; hops < 2; ++hops) {
        int sk = 0;
        size_t c = skip_units(from + 1, &sk);
        if (hops == 0) skipped = sk;
        if (c + 1 >= n) break;
        size_t next = c + 1;
        bool link = tokens_[c].punct == ',' ||
                    (hops == 0 && skipped > 0 && tokens_[c].word && (Simple(c) == "of" || Simple(c) == "in"));
        if (next < n && Simple(next) == "the") ++next;
        // "Hays in Hodeidah province": a place in a named division.
        if (!link && hops == 0 && tokens_[c].word && Simple(c) == "in" && next < n && at[next] >= 0)
          link = IsDivisionNoun(Simple(mentions_[static_cast<size_t>(at[next])].last + 1));
        if (!link) break;
        if (next >= n || at[next] < 0) break;
        m.context.push_back(static_cast<size_t>(at[next]));
        from = mentions_[static_cast<size_t>(at[next])].last;
      }
    }
    // A unit named in a note after a place, or after a comma at the end of a place's phrase ("Sasabe,
    // Arizona."), is a division or a country when it can be one, not a town that shares its name.
    for (size_t i = 0; i < mentions_.size(); ++i) {
      const Mention& m = mentions_[i];
      for (size_t j : m.context) {
        Mention& u = mentions_[j];
        if (u.group == m.group && u.key == m.key) continue;
        if (m.ctx_paren) {
          u.unit_role = std::max(u.unit_role, 2.0);
          continue;
        }
        size_t after = u.last + 1;
        bool ends_phrase = after >= n || (!tokens_[after].word && tokens_[after].punct != '-') ||
                           IsUnitNoun(Simple(after));
        if (ends_phrase) u.unit_role = std::max(u.unit_role, 1.5);
      }
    }
  }

  // Bonus for candidate `c` of mention `m` from its context mentions: inside the same first-level
  // division as a context unit (most when that unit is the division itself), or close to a named place.
  double ContextBonus(const Mention& m, const Cand& c) const {
    double best = 0;
    int strong = 0;
    for (size_t j : m.context) {
      // "Merida, Merida" (a town in its namesake division) is evidence for the towns inside that division;
      // "Muse township, Muse district" is none for a town that merely shares the name.
      bool same = mentions_[j].group == m.group;
      double b = 0;
      for (const Cand& a : cands_[mentions_[j].group]) {
        if (a.p.country != c.p.country || a.p.country.empty()) continue;
        if (same && (&a == &c || a.p.feature != "ADM1")) continue;
        double v;
        if (a.p.feature == "PCLI") {
          v = 3.5;  // "Laval, France": the country named decides between namesakes
        } else if (!c.p.admin1.empty() && c.p.admin1 == a.p.admin1) {
          v = a.p.feature == "ADM1" ? 4.0 : 3.0;
        } else {
          double d = ApproxKm(c.p.lat, c.p.lon, c.coslat, a.p.lat, a.p.lon);
          v = d < 40 ? 3.0 : d < 100 ? 1.5 : 0.0;
        }
        b = std::max(b, v);
      }
      if (b >= 3) ++strong;
      best = std::max(best, b);
    }
    return strong > 1 ? best + 0.5 * (strong - 1) : best;
  }

  // Whether token i lies on a line where most longer words are capitalised (a headline).
  bool InTitleLine(size_t i) {
    if (title_line_.empty()) {
      title_line_.assign(tokens_.size(), 0);
      size_t start = 0;
      for (size_t k = 0; k <= tokens_.size(); ++k) {
        if (k == tokens_.size() || (k > start && tokens_[k].newline_before)) {
          int words = 0, caps = 0;
          for (size_t q = start; q < k; ++q) {
            if (!tokens_[q].word || tokens_[q].end - tokens_[q].begin < 4) continue;
            ++words;
            caps += tokens_[q].cap ? 1 : 0;
          }
          // Headlines do not end in a full stop.
          size_t last = k;
          while (last > start && !tokens_[last - 1].word && tokens_[last - 1].punct != '.') --last;
          bool ends_sentence = last > start && tokens_[last - 1].punct == '.';
          bool title = !ends_sentence && words >= 4 && caps * 10 >= words * 7;
          for (size_t q = start; q < k; ++q) title_line_[q] = title ? 1 : 0;
          start = k;
        }
      }
    }
    return title_line_[i] != 0;
  }

  // Whether a name may start at token i (not glued into a URL or domain name like "Caliber.Az").
  bool StartOk(size_t i) const {
    if (i == 0) return true;
    const GeoToken& p = tokens_[i - 1];
    if (!tokens_[i].space_before && (p.punct == '.' || p.punct == '@' || p.punct == '/' || p.punct == '#' ||
                                     p.punct == '_' || p.word || p.number))
      return false;
    return true;
  }

  // Whether the span [a, b] is only part of a longer capitalised name: a capitalised word (other than
  // a function word, a direction or a unit noun) is glued to it on either side, or a hyphen and a
  // digit follow ("Su-30"). Such parts are toponyms only when they name a major place.
  bool IsFragment(size_t a, size_t b) const {
    if (a > 0 && Adjacent(a - 1, a) && tokens_[a - 1].word && tokens_[a - 1].cap && !tokens_[a - 1].allcaps &&
        !IsChainNeutral(Simple(a - 1)) && !(tokens_[a - 1].sentence_start && IsGeoStopword(Simple(a - 1))))
      return true;
    // "Mineral del Chico", "Non Una di Meno": a capitalised word and a particle come before.
    if (a > 1 && Adjacent(a - 1, a) && Adjacent(a - 2, a - 1) && tokens_[a - 1].word && !tokens_[a - 1].cap &&
        IsInnerParticle(Simple(a - 1)) && !text::IsFoldArticle(Simple(a - 1)) && Simple(a - 1) != "of" &&
        tokens_[a - 2].cap && !IsChainNeutral(Simple(a - 2)))
      return true;
    if (b + 1 < tokens_.size()) {
      const GeoToken& n = tokens_[b + 1];
      if (Adjacent(b, b + 1) && n.word && n.cap && !n.allcaps && !IsChainNeutral(Simple(b + 1))) return true;
      // "Laranjal do Jari", "House of Representatives": a particle and another capitalised word follow.
      if (Adjacent(b, b + 1) && n.word && !n.cap && IsInnerParticle(Simple(b + 1)) && Simple(b + 1) != "of" &&
          Adjacent(b + 1, b + 2) && tokens_[b + 2].cap && !IsChainNeutral(Simple(b + 2)))
        return true;
      if (!n.space_before && (n.number || (n.punct == '-' && b + 2 < tokens_.size() &&
                                           !tokens_[b + 2].space_before && tokens_[b + 2].number)))
        return true;
    }
    return false;
  }

  // Whether token k is a lower-case word other than a function word, so that the number before it
  // counts something ("the Province 3 times") rather than numbering a division ("Province 2 on Monday").
  bool CountsSomething(size_t k) const {
    if (k >= tokens_.size() || !tokens_[k].word || tokens_[k].cap || tokens_[k].newline_before) return false;
    static constexpr std::string_view kFunction[] = {"on", "in", "at", "of", "and", "or", "to", "for", "near",
                                                     "over", "with", "after", "from", "since", "during"};
    std::string_view w = Simple(k);
    for (std::string_view f : kFunction)
      if (w == f) return false;
    return true;
  }

  // Context filters; fills the mention's hint and flags. False drops the span.
  bool Keep(Mention* m) {
    size_t a = m->first, b = m->last;
    bool single = a == b;
    std::string_view s0 = Simple(a);
    const GeoToken& t0 = tokens_[a];
    // "US", "U.S.": in capitals the pronoun is the country (geoparsing mode; events need more than that).
    bool country_initials = opts_.geoparse && t0.allcaps &&
                            (s0 == "us" || text_.substr(t0.begin, t0.end - t0.begin).find('.') != std::string_view::npos);
    if (single && IsGeoStopword(s0) && !country_initials) return false;
    std::string span_simple;
    if (!single) {
      for (size_t k = a; k <= b; ++k) {
        if (!span_simple.empty()) span_simple.push_back(' ');
        span_simple.append(Simple(k));
      }
      if (IsGeoStopword(span_simple)) return false;
    }
    // A dateline ("GAZA -", "KYIV, Ukraine", "HENDERSON, Texas (AP) -") is a place even in capitals, and
    // it opens a line or a sentence (after a headline) without being a capitalised common word.
    bool all_caps = true;
    for (size_t k = a; k <= b; ++k) all_caps &= !tokens_[k].word || tokens_[k].allcaps;
    if (all_caps && (a == 0 || t0.newline_before || t0.sentence_start) && b + 1 < tokens_.size() &&
        !tokens_[b + 1].word && !tokens_[b + 1].number && tokens_[b + 1].punct != '.' && tokens_[b + 1].punct != '\'')
      m->dateline = true;
    // Acronyms ("HTS", "SAA", "US"): only countries may be written so.
    if (single && t0.allcaps && (t0.end - t0.begin) <= 5 && !m->dateline) m->acronym = true;
    // A surname of a person the article names ("Mayor John Brown" ... "Brown said") is that person.
    if (single && !t0.allcaps && persons_.count(s0) && !MajorReading(m->postings)) return false;
    // A common English word ("Man", "Lot", "Reading") capitalised where any word is (a sentence start, a
    // headline) says nothing; elsewhere it needs a place's company ("in Reading", "Reading, Berkshire").
    if (single && !t0.allcaps && index_.IsCommonWord(s0) && !MajorReading(m->postings)) {
      bool capital_anyway = t0.sentence_start || t0.newline_before || InTitleLine(a);
      std::string_view prev = a > 0 && tokens_[a - 1].word ? Simple(a - 1) : std::string_view();
      bool locative = prev == "in" || prev == "at" || prev == "near" || prev == "from" || prev == "to" ||
                      prev == "outside" || prev == "of";
      bool unit_after = b + 2 < tokens_.size() && tokens_[b + 1].punct == ',' && tokens_[b + 2].cap;
      // "shelled Hays in Hodeidah province": in a division named as such.
      if (b + 3 < tokens_.size() && Simple(b + 1) == "in" && tokens_[b + 2].cap)
        for (size_t k = b + 3; k < tokens_.size() && k < b + 6 && tokens_[k].word; ++k)
          if (IsDivisionNoun(Simple(k))) {
            unit_after = true;
            break;
          }
      // A city of 100,000 people capitalised inside a sentence is the city ("for Oxford Police", "left
      // Oxford"), whatever its lower-case namesake.
      if (capital_anyway || !(locative || unit_after || MajorPlace(m->postings, SurfaceOf(a, b)))) return false;
    }
    // "Tahrir al-Sham", "Bashar al-Assad": an "al-X" word glued to a preceding capitalised word that
    // did not match as a whole is the tail of a person's or organisation's name.
    if (a > 0 && Adjacent(a - 1, a) && tokens_[a - 1].cap && !tokens_[a - 1].sentence_start && s0.size() > 3 &&
        text::IsFoldArticle(s0.substr(0, s0.find(' '))) && s0.find(' ') != std::string_view::npos)
      return false;
    // The span is itself an organisation head ("Air Force").
    // (Not a major place whose name ends so: "West Bank".)
    if (IsOrgHead(Simple(b)) && (single || !MajorPlace(m->postings, SurfaceOf(a, b)))) return false;
    // A byline: "By Jane Doe" at the start of a line.
    if (a > 0 && Simple(a - 1) == "by" && tokens_[a - 1].cap && (a == 1 || tokens_[a - 1].newline_before))
      return false;
    // Person: a title or a given name right before ("President Assad", "Ahmed Hama").
    if (a > 0 && tokens_[a - 1].word && !tokens_[a - 1].newline_before) {
      std::string_view p = Simple(a - 1);
      if (IsPersonCue(p) || (tokens_[a - 1].cap && IsFirstName(p))) return false;
    }
    if (a > 1 && tokens_[a - 1].punct == '.' && IsPersonCue(Simple(a - 2))) return false;  // "Gen. X"
    // A given name followed by another capitalised word is a person ("Hassan Nasrallah").
    if (single && IsFirstName(s0) && b + 1 < tokens_.size() && Adjacent(b, b + 1) && tokens_[b + 1].cap)
      return false;
    // Organisation: the capitalised chain after the name ends in an organisation head noun.
    // In a Title Case line only the next word counts; function words end the chain. Geoparsing counts
    // a place named inside an organisation's name as a toponym ("the Georgia School Boards Association").
    size_t max_steps = opts_.geoparse ? 0 : InTitleLine(a) ? 1 : 6;
    for (size_t k = b + 1, steps = 0; k < tokens_.size() && steps < max_steps; ++k, ++steps) {
      if (!Adjacent(k - 1, k) || !tokens_[k].word) break;
      std::string_view w = Simple(k);
      if (tokens_[k].cap && IsOrgHead(w)) return false;
      if (!tokens_[k].cap && !IsInnerParticle(w)) break;
      if (IsGeoStopword(w)) break;
    }
    // "University of X", "Bank of X".
    if (!opts_.geoparse && a > 1 && Simple(a - 1) == "of" && tokens_[a - 2].cap && IsOrgHead(Simple(a - 2)))
      return false;
    // "Ulus square", "Madero avenue": a name followed by the noun of a street-level feature names that
    // feature, inside some town the text names next, not the place called so elsewhere.
    // Geoparsing corpora annotate the name all the same ("a Lancaster park", "in Lancaster park" is a
    // park in Lancaster), as long as no definite article precedes it ("the Ulus square").
    std::string_view before = a > 0 && tokens_[a - 1].word ? Simple(a - 1) : std::string_view();
    if (b + 1 < tokens_.size() && Adjacent(b, b + 1) && tokens_[b + 1].word && !tokens_[b + 1].cap &&
        IsStreetNoun(Simple(b + 1)) && !(opts_.geoparse && before != "the"))
      return false;
    m->fragment = !InTitleLine(a) && IsFragment(a, b);
    // Geoparsing counts a place named at the head of an organisation's or office's name as a toponym
    // ("Laurel County Clerk", "Toronto Transit Commission"): the word after it is a common noun, not the
    // rest of a longer proper name ("Bila Hora").
    if (opts_.geoparse && m->fragment && b + 1 < tokens_.size() && Adjacent(b, b + 1) && tokens_[b + 1].word &&
        (index_.IsCommonWord(Simple(b + 1)) || IsOrgHead(Simple(b + 1)) || IsPersonCue(Simple(b + 1))) &&
        !(a > 0 && Adjacent(a - 1, a) && tokens_[a - 1].word && tokens_[a - 1].cap && !IsChainNeutral(Simple(a - 1))))
      m->fragment = false;
    // Hints from the words around.
    std::string_view next = Simple(b + 1);
    if (b + 1 < tokens_.size() && Adjacent(b, b + 1)) {
      if (next == "province" || next == "governorate" || next == "oblast" || next == "region" ||
          next == "state" || next == "wilayah" || next == "wilaya" || next == "provinces" || next == "governorates" ||
          IsDivisionOfficeWord(next))
        m->hint = Hint::kDivision;
      else if (next == "city" || next == "town" || next == "village" || next == "airport" || next == "camp")
        m->hint = Hint::kSettlement;
    }
    if (a >= 2 && Simple(a - 1) == "of" && m->hint == Hint::kNone) {  // "town of X state": X is the state
      std::string_view w = Simple(a - 2);
      if (w == "province" || w == "governorate" || w == "region" || w == "oblast" || w == "state")
        m->hint = Hint::kDivision;
      if (w == "city" || w == "town" || w == "village") m->hint = Hint::kSettlement;
    }
    // "upstate New York", "downstate Illinois": the state.
    if (a > 0 && m->hint == Hint::kNone && (Simple(a - 1) == "upstate" || Simple(a - 1) == "downstate"))
      m->hint = Hint::kDivision;
    m->sentence_initial = single && tokens_[a].sentence_start && !m->dateline;
    m->in_title = InTitleLine(a);
    m->topic = IsTopicPosition(a);
    return true;
  }

  // Whether token a follows "in", "near" or "outside": a place's position ("moved to a farm near Logan").
  bool AfterPlacePreposition(size_t a) const {
    if (a == 0 || !tokens_[a - 1].word || tokens_[a - 1].cap) return false;
    std::string_view p = Simple(a - 1);
    return p == "in" || p == "near" || p == "outside";
  }

  // Whether a name starting at token a stands where English puts the cause or object of an action rather
  // than its scene: "in solidarity with Ukraine", "a rally for Palestine", "sanctions against Russia",
  // "anger over Israel", "in support of Ukraine", "the invasion of Ukraine", "the war in Yemen".
  bool IsTopicPosition(size_t a) const {
    if (a == 0 || !tokens_[a - 1].word || tokens_[a - 1].newline_before) return false;
    std::string_view p = Simple(a - 1);
    std::string_view pp = a >= 2 && tokens_[a - 2].word ? Simple(a - 2) : std::string_view();
    // "shares borders with Lebanon" is geography, not a cause.
    if (p == "with" && (pp == "border" || pp == "borders" || pp == "frontier" || pp == "boundary")) return false;
    if (p == "with" || p == "for" || p == "against" || p == "over" || p == "towards" || p == "toward")
      return true;
    if (pp.empty()) return false;
    if (p == "of")
      return pp == "support" || pp == "invasion" || pp == "people" || pp == "peoples" || pp == "solidarity" ||
             pp == "occupation" || pp == "annexation";
    if (p == "in") return pp == "war" || pp == "conflict" || pp == "solidarity";
    // "refugees from Ukraine": where people come from, not where they are.
    if (p == "from")
      return pp == "refugees" || pp == "migrants" || pp == "evacuees" || pp == "immigrants" || pp == "students" ||
             pp == "nationals" || pp == "citizens" || pp == "asylum";
    if (p == "on") return pp == "war" || pp == "attack" || pp == "sanctions";
    return false;
  }

  void Resolve() {
    // Groups of mentions with one key: one sense per discourse, except for mention hints.
    std::unordered_map<std::string_view, int> groups;
    for (Mention& m : mentions_) {
      auto [it, inserted] = groups.emplace(m.key, static_cast<int>(groups.size()));
      m.group = it->second;
    }
    // Candidates of each group, decoded once.
    cands_.assign(groups.size(), {});
    std::vector<bool> filled(groups.size(), false), with_context(groups.size(), false);
    for (const Mention& m : mentions_) with_context[m.group] = with_context[m.group] || !m.context.empty();
    for (const Mention& m : mentions_) {
      if (filled[m.group]) continue;
      filled[m.group] = true;
      auto& cs = cands_[m.group];
      // A name with its enclosing units named may be a village too small to rank among the first readings.
      size_t cap = with_context[m.group] ? kMaxContextCandidates : kMaxCandidates;
      std::span<const uint32_t> postings = m.postings.size() > cap ? m.postings.first(cap) : m.postings;
      cs.reserve(postings.size());
      for (uint32_t c : postings) {
        Place p = Get(c);
        if (p.name.empty() && p.geonames_id == 0) continue;  // damaged entry
        cs.push_back(Cand{c, p, Prior(p), 0, std::cos(p.lat * (M_PI / 180.0)), false});
      }
      std::span<const uint32_t> exact = index_.Postings(std::string(format::kExactKeyPrefix) + m.exact);
      for (Cand& c : cs) {
        c.spelled = std::find(exact.begin(), exact.end(), c.idx) != exact.end();
        c.exact = exact.empty() || c.spelled;
        // Among readings spelled as written, the place whose own name it is beats one for which it is a
        // former or foreign name ("Pokrovsk" is also Engels' old name).
        c.own = c.exact && text::ExactKey(c.p.name) == m.exact;
        if (c.own && !IsArea(c.p.feature)) c.prior += kOwnNameBonus;
      }
      // A town for which the word is only an alternate name (Swainsboro, once "Paris") yields to a town
      // of the same country whose own name it is ("Paris", Tennessee).
      // (A preferred name that only spells the word otherwise, "Mykolayiv" for "Mykolaiv", is no other name.)
      for (Cand& c : cs) {
        if (c.own || IsArea(c.p.feature) || text::FoldKey(c.p.name) == m.key) continue;
        for (const Cand& d : cs)
          if (d.own && !IsArea(d.p.feature) && d.p.country == c.p.country) {
            c.prior -= kAlternateNamePenalty;
            break;
          }
      }
      // A reading spelled as written beats one that only shares the transliteration fold or an
      // alternate name ("Samarra" is not Samara, "Pokrovsk" is not Engels, formerly Pokrovsk).
      bool any_exact = false, any_near = false;
      for (const Cand& c : cs) (c.exact ? any_exact : any_near) = true;
      if (any_exact && any_near)
        for (Cand& c : cs) {
          if (c.exact) c.prior += kExactNameBonus;
          // A country or state is written by its own names; a word that only folds like one of them
          // ("Erie" and Ireland's "Eire") is the place spelled as written.
          else if (c.p.feature == "PCLI" || c.p.feature == "ADM1") c.prior -= kNearAreaPenalty;
        }
      // A provincial capital ranks above its own province of the same name ("Homs", "Kidal").
      for (const Cand& d : cs) {
        if (d.p.feature != "ADM1") continue;
        for (Cand& c : cs)
          if ((c.p.feature == "PPLA" || c.p.feature == "PPLC") && c.p.country == d.p.country && c.p.admin1 == d.p.admin1)
            c.prior = std::max(c.prior, Prior(d.p) + 0.5);
      }
    }
    // Enclosing-unit context: bonuses per candidate; a unit that contains one of the mention's
    // candidates also votes for that country.
    std::vector<std::pair<std::string_view, double>> ctx_votes;
    for (Mention& m : mentions_) {
      if (m.context.empty()) continue;
      const auto& cs = cands_[m.group];
      m.ctx_bonus.assign(cs.size(), 0.0);
      double top = 0;
      std::string_view top_country;
      for (size_t ci = 0; ci < cs.size(); ++ci) {
        m.ctx_bonus[ci] = ContextBonus(m, cs[ci]);
        if (m.ctx_bonus[ci] > top) top = m.ctx_bonus[ci], top_country = cs[ci].p.country;
      }
      // Only a division or country named as the unit votes: a village that shares a unit's name and
      // lies near one reading of the name is no evidence for that reading's country.
      if (top >= 3.5) ctx_votes.emplace_back(top_country, 2.0);
    }
    // Country focus votes: one per group.
    std::unordered_map<std::string, double> votes;
    double total = 0;
    std::vector<bool> voted(groups.size(), false);
    group_vote_.assign(groups.size(), {std::string(), 0.0});
    for (const Mention& m : mentions_) {
      // A part of a longer name ("Isuzu Denver Rodeo") is no evidence of where the article is.
      // A legislator's home state ("Sen. Sasse, R-Neb.") says nothing of where the article is.
      if (voted[m.group] || m.acronym || m.fragment || m.party_state) continue;
      if (m.topic && IsCountryGroup(m.group)) continue;
      // A name with its enclosing units named is decided by them; they vote for it (ctx_votes).
      if (!m.context.empty()) continue;
      voted[m.group] = true;
      std::string_view country;
      double weight = 0;
      bool one_country = true;
      double best_pop = -1, second_pop = -1;
      std::string_view best_country;
      for (const Cand& cand : cands_[m.group]) {
        const Place& p = cand.p;
        if (p.country.empty()) continue;
        if (p.feature == "PCLI") {
          country = p.country;
          weight = 2;
          break;
        }
        if (country.empty()) country = p.country;
        else if (country != p.country) one_country = false;
        double pop = static_cast<double>(p.population);
        if (pop > best_pop) {
          if (p.country != best_country) second_pop = best_pop;
          best_pop = pop;
          best_country = p.country;
        } else if (p.country != best_country && pop > second_pop) {
          second_pop = pop;
        }
      }
      if (weight == 0) {
        if (one_country && !country.empty()) weight = 1;
        else if (best_pop >= 100000 && best_pop >= 5 * std::max(second_pop, 1.0)) {
          weight = 0.5;
          country = best_country;
        }
      }
      if (weight > 0) {
        votes[std::string(country)] += weight;
        total += weight;
        group_vote_[m.group] = {std::string(country), weight};
      }
    }
    for (const auto& [cc, w] : ctx_votes) {
      votes[std::string(cc)] += w;
      total += w;
    }
    // No place gives the article a country: the demonyms it uses do ("Malian troops took Kidal"), one
    // vote per state named, but weakly (a tie-breaker), since war reports name the foreign side's
    // forces as often as the home side's ("Israeli strikes on Tyre"). Not at all when a place votes.
    if (total == 0) {
      bool any = false;
      for (size_t k = 0; k < tokens_.size(); ++k) {
        if (!tokens_[k].word || !tokens_[k].cap) continue;
        std::string_view cc = DemonymCountry(Simple(k));
        if (cc.empty() || votes.count(std::string(cc))) continue;
        votes[std::string(cc)] += 1;
        total += 1;
        any = true;
      }
      if (any) total += kDemonymDamping;
      focus_from_demonyms_ = any;
    }
    if (!opts_.country_hint.empty()) {
      votes[opts_.country_hint] += 3;
      total += 3;
    }
    votes_ = std::move(votes);
    total_votes_ = total;
    for (size_t g = 0; g < cands_.size(); ++g) {
      // A name that is a country and a state elsewhere ("Georgia"): the state of the article's country.
      // ("Mexico" the state is inside Mexico the country: no such choice.)
      std::string_view country_of;
      for (const Cand& c : cands_[g])
        if (c.p.feature == "PCLI") country_of = c.p.country;
      for (Cand& c : cands_[g]) {
        double gain = !country_of.empty() && c.p.feature == "ADM1" && c.p.country != country_of ? kDivisionFocusGain : 1.0;
        c.base = c.prior + gain * Focus(c.p.country, static_cast<int>(g));
      }
    }

    // One sense per discourse: a name read as a state somewhere ("New York state") leans that way elsewhere.
    // Not where the division's own capital shares the name ("Homs province ... Homs itself"): there the
    // word marks the one mention only.
    std::vector<bool> group_division(groups.size(), false);
    for (const Mention& m : mentions_) group_division[m.group] = group_division[m.group] || m.hint == Hint::kDivision;
    for (size_t g = 0; g < cands_.size(); ++g) {
      if (!group_division[g]) continue;
      for (const Cand& d : cands_[g]) {
        if (d.p.feature != "ADM1") continue;
        for (const Cand& c : cands_[g])
          if ((c.p.feature == "PPLA" || c.p.feature == "PPLC") && c.p.country == d.p.country && c.p.admin1 == d.p.admin1)
            group_division[g] = false;
      }
    }
    group_pick_.assign(groups.size(), nullptr);
    for (int round = 0; round < 2; ++round) {
      if (round > 0) CountAdminVotes();
      std::vector<const Cand*> next_pick(groups.size(), nullptr);
      for (Mention& m : mentions_) {
        m.best_score = -1e9;
        m.second_score = -1e9;
        const auto& cs = cands_[m.group];
        bool has_division = false, has_area = false;
        for (const Cand& c : cs) has_division |= c.p.feature == "ADM1", has_area |= IsArea(c.p.feature);
        // "WASHINGTON (AP) -" with no state after it: the big US city of AP's standalone datelines.
        const Cand* ap_city = nullptr;
        if (m.dateline && m.context.empty() && IsApStandaloneDatelineCity(SimpleSpan(m.first, m.last)))
          for (const Cand& c : cs)
            if (c.p.country == "US" && !c.p.feature.empty() && c.p.feature[0] == 'P' && !IsArea(c.p.feature) &&
                (ap_city == nullptr || c.p.population > ap_city->p.population))
              ap_city = &c;
        for (const Cand& c : cs) {
          const Place& p = c.p;
          double s = c.base;
          if (!m.ctx_bonus.empty()) s += m.ctx_bonus[static_cast<size_t>(&c - cs.data())];
          if (!AcronymMayBe(m, p)) s -= 100;
          if (m.us_state && !(p.country == "US" && p.feature == "ADM1")) s -= 100;
          if (&c == ap_city) s += 10;
          // With its enclosing units named, a reading outside their countries must be spelled as written
          // ("Kasai (Kasai-Oriental)" is not Kasai in Japan), and so must a unit's reading when the unit
          // name is also spelled exactly as one division ("Antioquia" is not Antakya).
          if (UnitNeedsExactSpelling(m, c)) s -= 100;
          if (m.hint == Hint::kDivision && has_division) s += p.feature == "ADM1" ? 5 : -1;
          if (m.hint == Hint::kSettlement) s += IsArea(p.feature) ? -3 : 1;
          if (m.hint == Hint::kNone && group_division[m.group] && has_division && p.feature == "ADM1")
            s += kGroupDivisionBonus;
          if (m.unit_role > 0 && m.hint == Hint::kNone && has_area) s += IsArea(p.feature) ? m.unit_role : 0;
          if (round > 0) s += Proximity(c, m.group) + AdminFocus(c, m.group);
          if (s > m.best_score) {
            m.second_score = m.best_score;
            m.best_score = s;
            m.best = c.idx;
            m.best_cand = &c;
          } else if (s > m.second_score) {
            m.second_score = s;
          }
        }
        if (next_pick[m.group] == nullptr && (!m.acronym || m.unit_role > 0)) next_pick[m.group] = m.best_cand;
      }
      group_pick_ = std::move(next_pick);
    }
  }

  // Whether candidate `c` of a unit mention `m` ("X (Antioquia)") is ruled out for being only a near
  // spelling when the unit's name is spelled exactly as some division ("Antioquia" is not Antakya).
  bool UnitNeedsExactSpelling(const Mention& m, const Cand& c) const {
    if (m.unit_role <= 0 || c.exact) return false;
    for (const Cand& a : cands_[m.group])
      if (a.exact && IsArea(a.p.feature)) return true;
    return false;
  }

  // Whether the resolved reading of `m`, a near spelling of the name, lies outside the country of a
  // division or country named as its enclosing unit ("Kamonnia (Kasai)" is no Japanese "Kamonia"):
  // with the units named, a reading abroad must be spelled as written.
  bool AbroadNeedsExactSpelling(const Mention& m) const {
    if (m.best_cand == nullptr || m.best_cand->spelled || IsArea(m.best_cand->p.feature)) return false;
    // A unit with any reading in the place's country does not exclude it ("Misiones" is a province in
    // Argentina and in Paraguay; "Gaza Strip" is no Mozambican province only); one that can only be a
    // division or country elsewhere, spelled as written, does.
    bool elsewhere = false;
    for (size_t j : m.context) {
      const Mention& u = mentions_[j];
      if (u.group == m.group) continue;
      for (const Cand& a : cands_[static_cast<size_t>(u.group)]) {
        if (a.p.country == m.best_cand->p.country) return false;
        elsewhere |= a.exact && !a.p.country.empty() && (a.p.feature == "ADM1" || a.p.feature == "PCLI");
      }
    }
    return elsewhere;
  }

  // Whether the enclosing units named after mention `m` (a parenthesis, or a division/country after a
  // comma or "of") exclude its resolved place.
  bool ContextSaysElsewhere(const Mention& m) const {
    if (m.context.empty() || m.ctx_bonus.empty() || m.best_cand == nullptr) return false;
    if (m.best_cand->p.feature == "PCLI") return false;  // a list of countries
    const auto& cs = cands_[m.group];
    double bonus = m.ctx_bonus[static_cast<size_t>(m.best_cand - cs.data())];
    for (size_t j : m.context) {
      const Mention& u = mentions_[j];
      if (u.group == m.group || (u.acronym && u.unit_role == 0)) continue;
      const Cand* pick = group_pick_[static_cast<size_t>(u.group)];
      if (pick == nullptr) continue;
      if (pick->p.feature == "PCLI") {
        if (pick->p.country != m.best_cand->p.country) return true;
        continue;
      }
      bool names_division = IsArea(pick->p.feature);
      for (const Cand& a : cands_[static_cast<size_t>(u.group)])
        names_division |= a.p.feature == "ADM1" && a.p.country == pick->p.country;
      if ((m.ctx_paren || names_division) && bonus < 1.5) return true;
    }
    return false;
  }

  // Whether mention `m` may stand for `p`: a short all-capitals name is a country ("US"), or a division
  // where it names the unit around a place ("Hangu (Hangu, KPK)"), never a town.
  static bool AcronymMayBe(const Mention& m, const Place& p) {
    return !m.acronym || p.feature == "PCLI" || (m.unit_role > 0 && p.feature == "ADM1");
  }

  // Whether one of the group's readings is a country.
  bool IsCountryGroup(int g) const {
    for (const Cand& c : cands_[static_cast<size_t>(g)])
      if (c.p.feature == "PCLI") return true;
    return false;
  }

  // Whether countries other than group `self`'s own vote were voted for.
  bool HasOtherVotes(int self) const {
    return total_votes_ - group_vote_[static_cast<size_t>(self)].second > 1e-9;
  }

  // Share of the article's country votes for `cc` (times 3), not counting group `self`'s own vote.
  double Focus(std::string_view cc, int self) const {
    auto it = votes_.find(std::string(cc));
    double v = it == votes_.end() ? 0.0 : it->second;
    double total = total_votes_;
    const auto& own = group_vote_[static_cast<size_t>(self)];
    if (own.second > 0) {
      total -= own.second;
      if (own.first == cc) v -= own.second;
    }
    return total <= 1e-9 ? 0.0 : 3.0 * v / total;
  }

  // The article's state or province focus: the first-level divisions that the first round's readings
  // lie in, within the article's main country, one vote per name group.
  void CountAdminVotes() {
    admin_votes_.clear();
    admin_total_ = 0;
    group_admin_.assign(group_pick_.size(), std::string_view());
    admin_country_ = {};
    double best = 0;
    for (const auto& [cc, v] : votes_)
      if (v > best) best = v, admin_country_ = cc;
    if (admin_country_.empty()) return;
    std::vector<bool> scene(group_pick_.size(), false);  // a group named otherwise than as a party's state
    for (const Mention& m : mentions_) scene[static_cast<size_t>(m.group)] = scene[static_cast<size_t>(m.group)] || !m.party_state;
    for (size_t g = 0; g < group_pick_.size(); ++g) {
      const Cand* pick = group_pick_[g];
      if (pick == nullptr || !scene[g] || pick->p.country != admin_country_ || pick->p.admin1.empty() || pick->p.feature == "PCLI")
        continue;
      admin_votes_[pick->p.admin1] += 1;
      admin_total_ += 1;
      group_admin_[g] = pick->p.admin1;
    }
  }

  // Bonus for lying in the division most of the article's other places lie in (their share of the
  // division votes, group `self`'s own vote left out).
  double AdminFocus(const Cand& c, int self) const {
    // A place for which the name is only an alternate one ("Richmond" for Richwood) gets none.
    if (c.p.admin1.empty() || c.p.country != admin_country_ || c.p.feature == "PCLI" || !c.own) return 0;
    std::string_view own = group_admin_[static_cast<size_t>(self)];
    double total = admin_total_ - (own.empty() ? 0 : 1);
    if (total < 1) return 0;
    auto it = admin_votes_.find(c.p.admin1);
    double v = (it == admin_votes_.end() ? 0.0 : it->second) - (own == c.p.admin1 ? 1 : 0);
    return kAdminFocusWeight * v / total;
  }

  // Bonus for being near the other places of the article (max over the other groups' picks).
  double Proximity(const Cand& c, int self) const {
    const Place& p = c.p;
    double bonus = 0;
    for (size_t g = 0; g < group_pick_.size(); ++g) {
      if (static_cast<int>(g) == self || group_pick_[g] == nullptr) continue;
      const Place& q = group_pick_[g]->p;
      if (q.feature == "PCLI") continue;
      if (q.feature == "ADM1" || q.feature == "ADM2") {
        // A county of the state is weaker evidence than the state itself: many states have a county
        // of one name ("Henry County"), and the first round may have picked the wrong one.
        if (p.feature != "ADM1" && !p.admin1.empty() && p.admin1 == q.admin1 && p.country == q.country)
          bonus = std::max(bonus, q.feature == "ADM1" ? 1.5 : 1.0);
        if (q.feature == "ADM1" || p.feature == "ADM2") continue;
      }
      // A county lies near the towns named with it, like a town (its point is its middle).
      if (IsArea(p.feature) && p.feature != "ADM2") {
        // A state with a county of it named ("Boone County ... Indiana") as much as a town near it.
        if (p.feature == "ADM1" && p.admin1 == q.admin1 && p.country == q.country)
          bonus = std::max(bonus, q.feature == "ADM2" ? 1.5 : 1.0);
        continue;
      }
      double d = ApproxKm(p.lat, p.lon, c.coslat, q.lat, q.lon);
      if (d < 30) return 1.5;
      if (d < 100) bonus = std::max(bonus, 1.0);
      else if (d < 300) bonus = std::max(bonus, 0.4);
    }
    return bonus;
  }

  std::vector<Toponym> Emit() {
    // Keys seen somewhere other than a sentence start vouch for sentence-initial uses.
    std::unordered_map<std::string_view, bool> seen_inside;
    std::unordered_map<std::string_view, bool> seen_outside_title;
    for (const Mention& m : mentions_) {
      if (!m.sentence_initial && !m.in_title) seen_inside[m.key] = true;
      if (!m.in_title) seen_outside_title[m.key] = true;
    }
    std::vector<Toponym> out;
    out.reserve(mentions_.size());
    std::vector<bool> emitted_end(tokens_.size(), false);  // token -> an emitted toponym ends there
    for (const Mention& m : mentions_) {
      Place p = Get(m.best);
      if (!AcronymMayBe(m, p)) continue;
      // A country named as the cause of a protest or the object of a war is not where the event happened.
      // (Geoparsing counts such metonymic uses as toponyms.)
      if (m.topic && p.feature == "PCLI" && !opts_.geoparse) continue;
      // A part of a longer name stands for a place only when that place is major.
      if (m.fragment && (!(p.feature == "PCLI" || p.feature == "ADM1" || p.population >= 500000) ||
                         (HasOtherVotes(m.group) && Focus(p.country, m.group) == 0)))
        continue;
      // The note names the unit around the place, and no reading of the name lies in it: the name is
      // a village the gazetteer lacks, and a homonym far away is worse than the unit itself.
      if (ContextSaysElsewhere(m)) continue;
      if (AbroadNeedsExactSpelling(m)) continue;
      if (m.sentence_initial && m.context.empty() && !seen_inside.count(m.key) && Prior(p) < 2.5) continue;
      if (m.in_title && m.first == m.last && !seen_outside_title.count(m.key) && p.feature != "PCLI") continue;
      // A small place abroad, far from everything else the article names, is most likely a word
      // that happens to be a village name somewhere ("Tamilla", "Assad").
      // (Demonyms alone say little: war reports name the foreign side's forces as often as the home side's.)
      if (!IsArea(p.feature) && p.population < 20000 && !focus_from_demonyms_ && HasOtherVotes(m.group) &&
          Focus(p.country, m.group) == 0 &&
          (m.best_cand == nullptr || Proximity(*m.best_cand, m.group) < 1.0))
        continue;
      // A lone given name ("Hassan said") needs a big place behind it.
      if (m.first == m.last && m.sub_end == 0 && IsFirstName(Simple(m.first)) && Prior(p) < 3.0 &&
          !AfterPlacePreposition(m.first))
        continue;
      Toponym t;
      t.begin = m.sub_end > 0 ? m.sub_begin : tokens_[m.first].begin;
      t.end = m.sub_end > 0 ? m.sub_end : tokens_[m.last].end;
      t.phrase_begin = t.begin;
      Location& loc = t.location;
      loc.text = std::string(text_.substr(t.begin, t.end - t.begin));
      loc.name = std::string(p.name);
      loc.lat = p.lat;
      loc.lon = p.lon;
      loc.country = std::string(p.country);
      loc.admin1 = std::string(p.admin1);
      loc.geonames_id = p.geonames_id;
      loc.feature = std::string(p.feature);
      double radius = index_.RadiusKm(m.best);
      if (radius <= 0) radius = 5;
      loc.precision_km = radius;
      // "Kyun Pyin village (Yinmarbin, Sagaing)" where the village has no reading: the note's first unit
      // (a district, usually named after its seat) stands for the place, to the district's precision.
      if (m.note_host != SIZE_MAX && !emitted_end[m.note_host] && !IsArea(p.feature))
        loc.precision_km = std::max(radius, kDistrictRadiusKm);
      emitted_end[m.last] = true;
      double margin = m.second_score < -1e8 ? 3.0 : m.best_score - m.second_score;
      t.confidence = std::clamp(1.0 - 0.5 * std::exp(-margin), 0.5, 0.99);
      ApplyRelative(m, radius, &t);
      out.push_back(std::move(t));
    }
    if (!extras_.empty()) EmitExtras(&out);
    return out;
  }

  // The article's local focus, where its streets and facilities lie: the town or county its places
  // name most often, each mention weighted by its confidence, among those in the article's main country
  // when any is there; else its most-named state or province. Nullptr when the article names none.
  const Toponym* LocalFocus(const std::vector<Toponym>& out) const {
    auto level = [](const Toponym& t) {
      const std::string& f = t.location.feature;
      if (f == "ADM1") return 1;
      if (f == "ADM2" || (!f.empty() && f[0] == 'P' && f.compare(0, 3, "PCL") != 0)) return 2;
      return 0;
    };
    bool home_local = false;  // a town or county in the main country is named
    for (const Toponym& t : out)
      home_local |= level(t) == 2 && !admin_country_.empty() && t.location.country == admin_country_;
    std::unordered_map<int64_t, double> weight;
    const Toponym* focus = nullptr;
    double best = 0;
    int best_level = 0;
    for (const Toponym& t : out) {
      int lv = level(t);
      if (lv == 0 || (home_local && t.location.country != admin_country_)) continue;
      double w = weight[t.location.geonames_id != 0 ? t.location.geonames_id : -static_cast<int64_t>(t.begin)] +=
          t.confidence;
      if (lv > best_level || (lv == best_level && w > best + 1e-9)) best = w, best_level = lv, focus = &t;
    }
    return focus;
  }

  // Geoparsing mode: the demonyms, continents and local names, merged into `out` in text order. A local
  // name lies at the article's local focus (LocalFocus).
  void EmitExtras(std::vector<Toponym>* out) {
    const Toponym* focus = LocalFocus(*out);
    std::vector<Toponym> extra;
    for (const Extra& x : extras_) {
      Toponym t;
      t.begin = x.sub_end > 0 ? x.sub_begin : tokens_[x.first].begin;
      t.end = x.sub_end > 0 ? x.sub_end : tokens_[x.last].end;
      t.phrase_begin = t.begin;
      t.kind = x.kind;
      Location& loc = t.location;
      loc.text = std::string(text_.substr(t.begin, t.end - t.begin));
      if (x.extra != nullptr) {
        loc.name = std::string(x.extra->name);
        loc.lat = x.extra->lat;
        loc.lon = x.extra->lon;
        loc.feature = std::string(x.extra->feature);
        loc.precision_km = x.extra->radius_km;
        t.confidence = 0.9;
      } else if (x.country != UINT32_MAX) {
        Place p = Get(x.country);
        loc.name = std::string(p.name);
        loc.lat = p.lat;
        loc.lon = p.lon;
        loc.country = std::string(p.country);
        loc.geonames_id = p.geonames_id;
        loc.feature = std::string(p.feature);
        loc.admin1 = std::string(p.admin1);
        loc.precision_km = std::max(index_.RadiusKm(x.country), 50.0);
        t.confidence = 0.9;
      } else {
        if (focus == nullptr) continue;
        loc.name = focus->location.name;
        loc.lat = focus->location.lat;
        loc.lon = focus->location.lon;
        loc.country = focus->location.country;
        loc.admin1 = focus->location.admin1;
        loc.feature = "LCL";
        loc.precision_km = std::max(focus->location.precision_km, 15.0);
        t.confidence = 0.5;
      }
      extra.push_back(std::move(t));
    }
    std::vector<Toponym> merged;
    merged.reserve(out->size() + extra.size());
    std::merge(std::make_move_iterator(out->begin()), std::make_move_iterator(out->end()),
               std::make_move_iterator(extra.begin()), std::make_move_iterator(extra.end()),
               std::back_inserter(merged), [](const Toponym& x, const Toponym& y) { return x.begin < y.begin; });
    *out = std::move(merged);
  }

  void ApplyRelative(const Mention& m, double radius, Toponym* t) const {
    RelativePhrase r = ParseRelativePhrase(text_, tokens_, arena_, m.first, m.last);
    if (!r.found) return;
    t->phrase_begin = std::min(t->begin, r.phrase_begin);
    Location& loc = t->location;
    bool is_area = IsArea(loc.feature);
    if (r.distance_km > 0) {
      if (r.bearing_deg >= 0) {
        Destination(loc.lat, loc.lon, r.bearing_deg, r.distance_km, &loc.lat, &loc.lon);
        t->is_relative = true;
        loc.precision_km = std::max(radius, 0.2 * r.distance_km);
      } else {  // "5 km from X": somewhere on a circle around X
        loc.precision_km = std::max(radius, r.distance_km);
      }
    } else if (r.countryside && !is_area) {
      if (r.bearing_deg >= 0) {
        Destination(loc.lat, loc.lon, r.bearing_deg, 20, &loc.lat, &loc.lon);
        t->is_relative = true;
      }
      loc.precision_km = std::max(radius, 25.0);
    } else if (r.outskirts && !is_area) {
      loc.precision_km = radius + 5;
    } else if (r.bearing_deg >= 0 && !is_area) {  // "north of Homs", no distance stated
      loc.precision_km = std::max(radius, 15.0);
    }
  }

  const GazetteerIndex& index_;
  std::string_view text_;
  const GeocodeOptions& opts_;
  const std::unordered_map<std::string, uint32_t>& country_place_;
  std::vector<Extra> extras_;                     // geoparsing mode: demonyms, continents, local names
  std::unordered_set<std::string_view> persons_;  // SimpleKeys of the article's people's names
  std::vector<GeoToken> tokens_;
  std::string arena_;
  std::vector<Mention> mentions_;
  std::vector<uint8_t> title_line_;  // per token: on a headline-like line
  std::unordered_map<std::string, double> votes_;
  double total_votes_ = 0;
  bool focus_from_demonyms_ = false;  // no place voted: the country focus comes from demonyms only
  std::vector<std::pair<std::string, double>> group_vote_;  // each group's own country vote
  std::vector<std::vector<Cand>> cands_;      // per group
  std::vector<const Cand*> group_pick_;       // per group: the pick of its first mention
  std::string admin_country_;                 // the article's main country (most votes)
  std::unordered_map<std::string_view, double> admin_votes_;  // its divisions: first-round readings in each
  double admin_total_ = 0;
  std::vector<std::string_view> group_admin_;  // per group: the division its first-round reading voted for
};

}  // namespace

Geocoder::Geocoder(const GazetteerIndex& index) : index_(index) {
  // Demonyms are located at their state's entry: one pass over the index at construction.
  for (uint32_t i = 0, n = static_cast<uint32_t>(index_.size()); i < n; ++i) {
    Place p = index_.Get(i);
    if (p.country.empty() || !(p.feature == "PCLI" || p.feature == "PCLD" || p.feature == "PCLIX" ||
                               p.feature == "PCLS" || p.feature == "PCLF" || p.feature == "TERR"))
      continue;
    country_place_.emplace(std::string(p.country), i);  // the first entry of a country wins
  }
}

std::vector<Toponym> Geocoder::Geocode(std::string_view text, const GeocodeOptions& opts) const {
  try {
    return Run(index_, text, opts, country_place_).Go();
  } catch (const std::exception&) {
    return {};  // allocation failure only; never let an exception escape the module
  }
}

}  // namespace sitrep::geo
