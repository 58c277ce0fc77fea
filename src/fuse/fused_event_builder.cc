#include "fuse/fused_event_builder.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <optional>
#include <set>

#include "fuse/day_interval.h"
#include "fuse/fingerprint.h"
#include "fuse/match.h"
#include "fuse/union_find.h"

namespace sitrep::fuse {
namespace {

int CompareActorLists(const std::vector<Actor>& a, const std::vector<Actor>& b) {
  for (size_t i = 0; i < std::min(a.size(), b.size()); ++i) {
    if (int c = a[i].name.compare(b[i].name)) return c;
    if (int c = a[i].text.compare(b[i].text)) return c;
    if (int c = a[i].kind.compare(b[i].kind)) return c;
    if (int c = a[i].country.compare(b[i].country)) return c;
  }
  return a.size() < b.size() ? -1 : a.size() > b.size() ? 1 : 0;
}

std::string ActorsKey(const std::vector<Actor>& actors) {
  std::vector<std::string> keys;
  for (const Actor& a : actors) keys.push_back(NameKey(a.name.empty() ? a.text : a.name));
  std::sort(keys.begin(), keys.end());
  keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
  std::string out;
  for (const std::string& k : keys) out += k + ";";
  return out;
}

std::string ActorsDisplay(const std::vector<Actor>& actors) {
  std::string out;
  for (const Actor& a : actors) {
    if (!out.empty()) out += ", ";
    out += a.name.empty() ? a.text : a.name;
  }
  return out;
}

std::string LocationKey(const Location& l) {
  if (l.geonames_id != 0) return "g" + std::to_string(l.geonames_id);
  return "n" + NameKey(l.name) + "|" + l.country;
}

std::string NumberText(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f", v);
  std::string s = buf;
  if (s.size() > 2 && s.compare(s.size() - 2, 2, ".0") == 0) s.resize(s.size() - 2);
  return s;
}

bool ContainsAny(const std::string& key, std::initializer_list<const char*> words) {
  std::string padded = " " + key + " ";
  for (const char* w : words) {
    if (padded.find(std::string(" ") + w + " ") != std::string::npos) return true;
  }
  return false;
}

// One candidate value of a field.
struct Candidate {
  std::string key;
  const EventMention* rep = nullptr;  // first supporter in canonical order
  std::set<int> components;           // independent sources supporting it
  std::set<int> support;              // components, plus those of vaguer values holding it
  std::vector<std::string> docs;
  double specificity = 0;
  double weight = 0;  // best SourceWeight among supporters
};

// Context shared by the per-field votes of one event.
struct Voting {
  const std::vector<const EventMention*>& members;
  const std::vector<int>& component;  // per member

  // Candidates for a field in canonical order of first support; key_of returns nullopt for "no value".
  template <typename KeyFn, typename SpecFn>
  std::vector<Candidate> Collect(KeyFn key_of, SpecFn spec_of) const {
    std::vector<Candidate> out;
    std::map<std::string, size_t> index;
    for (size_t i = 0; i < members.size(); ++i) {
      std::optional<std::string> key = key_of(*members[i]);
      if (!key) continue;
      auto [it, inserted] = index.emplace(*key, out.size());
      if (inserted) {
        out.push_back(Candidate{*key, members[i], {}, {}, {}, spec_of(*members[i]), 0});
      }
      Candidate& c = out[it->second];
      c.components.insert(component[i]);
      if (std::find(c.docs.begin(), c.docs.end(), members[i]->doc) == c.docs.end()) c.docs.push_back(members[i]->doc);
      c.weight = std::max(c.weight, SourceWeight(*members[i]));
    }
    return out;
  }
};

// Fills `support` of every candidate: its own independent sources plus those of every vaguer value
// that holds it (a week holding the day, the province holding the town): a range is no vote against
// a precise value inside it.
template <typename VaguerFn>
void AddSupport(std::vector<Candidate>* cs, VaguerFn vaguer) {
  for (Candidate& c : *cs) {
    c.support = c.components;
    for (const Candidate& v : *cs) {
      if (&v != &c && vaguer(*v.rep, *c.rep)) c.support.insert(v.components.begin(), v.components.end());
    }
  }
}

// Most independent support (own and from vaguer values holding it); on a tie the precise value over
// a range holding it, else most own support, then the more specific, then the more credible, then
// the first in canonical order.
template <typename VaguerFn>
const Candidate* Winner(const std::vector<Candidate>& cs, VaguerFn vaguer) {
  const Candidate* best = nullptr;
  auto rank = [](const Candidate& x) { return std::make_tuple(x.components.size(), x.specificity, x.weight); };
  for (const Candidate& c : cs) {
    if (!best || c.support.size() > best->support.size()) {
      best = &c;
    } else if (c.support.size() == best->support.size()) {
      if (vaguer(*best->rep, *c.rep)) best = &c;
      else if (!vaguer(*c.rep, *best->rep) && rank(c) > rank(*best)) best = &c;
    }
  }
  return best;
}

// Adds a disagreement for `field` when two of its values conflict. A value that is a range holding
// another value (vaguer) is no side of a disagreement and is left out; values that display alike are
// listed once with all their documents.
template <typename ConflictFn, typename VaguerFn, typename DisplayFn>
void AddDisagreement(const std::string& field, const std::vector<Candidate>& cs, ConflictFn conflict,
                     VaguerFn vaguer, DisplayFn display, std::vector<Disagreement>* out) {
  std::vector<const Candidate*> sides;
  for (const Candidate& c : cs) {
    bool range = false;
    for (const Candidate& o : cs) range |= &o != &c && vaguer(*c.rep, *o.rep);
    if (!range) sides.push_back(&c);
  }
  bool any = false;
  for (size_t i = 0; i < sides.size() && !any; ++i) {
    for (size_t j = i + 1; j < sides.size() && !any; ++j) any = conflict(*sides[i]->rep, *sides[j]->rep);
  }
  if (!any) return;
  struct Side {
    std::string value;
    std::set<int> components;
    std::set<std::string> docs;
  };
  std::vector<Side> merged;
  for (const Candidate* c : sides) {
    std::string value = display(*c->rep);
    auto it = std::find_if(merged.begin(), merged.end(), [&](const Side& s) { return s.value == value; });
    if (it == merged.end()) it = merged.insert(merged.end(), Side{value, {}, {}});
    it->components.insert(c->components.begin(), c->components.end());
    it->docs.insert(c->docs.begin(), c->docs.end());
  }
  if (merged.size() < 2) return;
  std::stable_sort(merged.begin(), merged.end(),
                   [](const Side& a, const Side& b) { return a.components.size() > b.components.size(); });
  Disagreement d;
  d.field = field;
  for (const Side& s : merged) d.values.push_back(Disagreement::Value{s.value, {s.docs.begin(), s.docs.end()}});
  out->push_back(std::move(d));
}

}  // namespace

bool MentionLess(const EventMention& a, const EventMention& b) {
  if (int c = a.doc.compare(b.doc)) return c < 0;
  if (a.sentence != b.sentence) return a.sentence < b.sentence;
  if (int c = a.type.compare(b.type)) return c < 0;
  if (int c = a.date.compare(b.date)) return c < 0;
  if (int c = a.quote.compare(b.quote)) return c < 0;
  if (int c = CompareActorLists(a.agent, b.agent)) return c < 0;
  if (int c = CompareActorLists(a.target, b.target)) return c < 0;
  const std::string la = a.location ? LocationKey(*a.location) : "", lb = b.location ? LocationKey(*b.location) : "";
  if (int c = la.compare(lb)) return c < 0;
  if (a.fatalities != b.fatalities) return a.fatalities < b.fatalities;
  if (a.distance_km != b.distance_km) return a.distance_km < b.distance_km;
  if (int c = a.modality.compare(b.modality)) return c < 0;
  if (int c = a.attribution.compare(b.attribution)) return c < 0;
  if (int c = a.trigger.compare(b.trigger)) return c < 0;
  return a.date_text < b.date_text;
}

std::string EventId(const EventMention& m) {
  std::string key = m.doc + '\x1f' + std::to_string(m.sentence) + '\x1f' + m.type + '\x1f' + m.date + '\x1f' +
                    (m.location ? LocationKey(*m.location) : "") + '\x1f' + ActorsKey(m.agent) + '\x1f' +
                    ActorsKey(m.target) + '\x1f' + m.quote;
  char buf[20];
  std::snprintf(buf, sizeof buf, "e%016llx", static_cast<unsigned long long>(Fnv1a64(key)));
  return buf;
}

double SourceWeight(const EventMention& m) {
  double who = 0.85;  // the outlet's own reporting
  const std::string att = NameKey(m.attribution);
  if (m.modality == "claimed") {
    who = 0.6;
  } else if (!att.empty()) {
    who = ContainsAny(att, {"observatory", "monitor", "agency", "reuters", "associated", "afp", "ap", "un", "united",
                            "ocha", "institute", "isw", "acled", "rights", "watch", "amnesty", "red", "unicef"})
              ? 1.0
              : 0.75;
  }
  double how = 0.8;
  if (m.modality == "asserted") how = 1.0;
  else if (m.modality == "reported") how = 0.9;
  else if (m.modality == "claimed") how = 0.8;
  else if (m.modality == "unconfirmed") how = 0.5;
  else if (m.modality == "denied") how = 0.25;
  return who * how;
}

bool NumbersAgree(double a, double b) {
  return std::fabs(a - b) <= std::max(1.0, 0.2 * std::max(std::fabs(a), std::fabs(b))) + 1e-9;
}

FusedEvent BuildFusedEvent(const std::vector<const EventMention*>& members,
                           const std::unordered_map<std::string, const DocInfo*>& docs) {
  FusedEvent ev;
  // Documents of the event and their independence classes.
  std::vector<std::string> doc_ids;
  for (const EventMention* m : members) doc_ids.push_back(m->doc);
  std::sort(doc_ids.begin(), doc_ids.end());
  doc_ids.erase(std::unique(doc_ids.begin(), doc_ids.end()), doc_ids.end());
  auto doc_pos = [&](const std::string& id) {
    return static_cast<int>(std::lower_bound(doc_ids.begin(), doc_ids.end(), id) - doc_ids.begin());
  };
  auto info = [&](const std::string& id) -> const DocInfo* {
    auto it = docs.find(id);
    return it == docs.end() ? nullptr : it->second;
  };
  UnionFind uf(doc_ids.size());
  for (size_t i = 0; i < doc_ids.size(); ++i) {
    const DocInfo* a = info(doc_ids[i]);
    if (!a || a->fingerprint.empty()) continue;
    for (size_t j = i + 1; j < doc_ids.size(); ++j) {
      const DocInfo* b = info(doc_ids[j]);
      if (b && FingerprintSimilarity(a->fingerprint, b->fingerprint) >= kNearDuplicateSimilarity) uf.Union(i, j);
    }
  }
  std::map<std::string, int> chain;  // attribution -> first doc citing it
  for (const EventMention* m : members) {
    const std::string att = NameKey(m->attribution);
    if (att.empty()) continue;
    auto [it, inserted] = chain.emplace(att, doc_pos(m->doc));
    if (!inserted) uf.Union(it->second, doc_pos(m->doc));
  }
  std::vector<int> component;
  for (const EventMention* m : members) component.push_back(static_cast<int>(uf.Find(doc_pos(m->doc))));
  std::set<int> independent(component.begin(), component.end());
  ev.n_docs = static_cast<int>(doc_ids.size());
  ev.n_independent = static_cast<int>(independent.size());

  for (const EventMention* m : members) {
    const DocInfo* d = info(m->doc);
    ev.sources.push_back(EventSource{m->doc, d ? d->outlet : "", d ? d->published : "", m->quote, m->modality,
                                     m->attribution, m->sentence});
  }

  Voting voting{members, component};
  using Opt = std::optional<std::string>;
  auto types = voting.Collect([](const EventMention& m) { return m.type.empty() ? Opt() : Opt(m.type); },
                              [](const EventMention& m) { return ClassifyType(m.type).generic ? 0.0 : 1.0; });
  auto dates = voting.Collect(
      [](const EventMention& m) { return m.date.empty() ? Opt() : Opt(m.date + "|" + std::to_string(static_cast<int>(m.date_precision))); },
      [](const EventMention& m) { return -static_cast<double>(m.date_precision) - (IsOvernight(m) ? 0.5 : 0.0); });
  auto places = voting.Collect(
      [](const EventMention& m) { return m.location ? Opt(LocationKey(*m.location)) : Opt(); },
      [](const EventMention& m) { return -(m.location->precision_km + (IsArea(*m.location) ? 1000.0 : 0.0)); });
  auto actor_spec = [](const std::vector<Actor>& as) {
    double s = 0;
    for (const Actor& a : as) s += IsGenericActor(a) ? 0.1 : 1.0;
    return s;
  };
  auto agents = voting.Collect([](const EventMention& m) { return m.agent.empty() ? Opt() : Opt(ActorsKey(m.agent)); },
                               [&](const EventMention& m) { return actor_spec(m.agent); });
  auto targets = voting.Collect([](const EventMention& m) { return m.target.empty() ? Opt() : Opt(ActorsKey(m.target)); },
                                [&](const EventMention& m) { return actor_spec(m.target); });
  auto number = [](const std::optional<int>& v) { return v ? Opt(std::to_string(*v)) : Opt(); };
  auto no_spec = [](const EventMention&) { return 0.0; };
  auto fatalities = voting.Collect([&](const EventMention& m) { return number(m.fatalities); }, no_spec);
  auto injured = voting.Collect([&](const EventMention& m) { return number(m.injured); }, no_spec);
  auto displaced = voting.Collect([&](const EventMention& m) { return number(m.displaced); }, no_spec);
  auto distances = voting.Collect(
      [](const EventMention& m) { return m.distance_km ? Opt(NumberText(*m.distance_km)) : Opt(); }, no_spec);

  auto no_range = [](const EventMention&, const EventMention&) { return false; };
  auto vaguer_type = [](const EventMention& v, const EventMention& c) { return IsVaguerType(v.type, c.type); };
  auto vaguer_date = [](const EventMention& v, const EventMention& c) { return IsVaguerDate(v, c); };
  auto vaguer_place = [](const EventMention& v, const EventMention& c) {
    return IsVaguerPlace(*v.location, *c.location);
  };
  auto vaguer_agent = [](const EventMention& v, const EventMention& c) { return IsVaguerActors(v.agent, c.agent); };
  auto vaguer_target = [](const EventMention& v, const EventMention& c) {
    return IsVaguerActors(v.target, c.target);
  };
  AddSupport(&types, vaguer_type);
  AddSupport(&dates, vaguer_date);
  AddSupport(&places, vaguer_place);
  AddSupport(&agents, vaguer_agent);
  AddSupport(&targets, vaguer_target);
  for (auto* cs : {&fatalities, &injured, &displaced, &distances}) AddSupport(cs, no_range);

  // The best source: the most credible mention of the winning type, preferring one that also tells
  // the winning place and date (its quote then backs the values shown); first in canonical order on ties.
  const Candidate* type_win = Winner(types, vaguer_type);
  const Candidate* date_win = Winner(dates, vaguer_date);
  const Candidate* place_win = Winner(places, vaguer_place);
  const EventMention* source = members.front();
  double source_rank = -1;
  for (const EventMention* m : members) {
    if (type_win && m->type != type_win->key) continue;
    double r = SourceWeight(*m);
    if (place_win && m->location && LocationKey(*m->location) == place_win->key) r += 0.2;
    if (date_win && m->date == date_win->rep->date && m->date_precision == date_win->rep->date_precision) r += 0.2;
    if (r > source_rank) {
      source_rank = r;
      source = m;
    }
  }
  ev.best = *source;
  if (type_win) {
    ev.best.type = type_win->rep->type;
    ev.best.event_type = type_win->rep->event_type;
    ev.best.plover = type_win->rep->plover;
    ev.best.cameo = type_win->rep->cameo;
  }
  if (const Candidate* c = date_win) {
    ev.best.date = c->rep->date;
    ev.best.date_text = c->rep->date_text;
    ev.best.date_precision = c->rep->date_precision;
  }
  if (const Candidate* c = place_win) ev.best.location = c->rep->location;
  if (const Candidate* c = Winner(agents, vaguer_agent)) ev.best.agent = c->rep->agent;
  if (const Candidate* c = Winner(targets, vaguer_target)) ev.best.target = c->rep->target;
  if (const Candidate* c = Winner(fatalities, no_range)) ev.best.fatalities = c->rep->fatalities;
  if (const Candidate* c = Winner(injured, no_range)) ev.best.injured = c->rep->injured;
  if (const Candidate* c = Winner(displaced, no_range)) ev.best.displaced = c->rep->displaced;
  if (const Candidate* c = Winner(distances, no_range)) ev.best.distance_km = c->rep->distance_km;

  AddDisagreement("agent", agents,
                  [](const EventMention& a, const EventMention& b) { return CompareActors(a.agent, b.agent) == ActorMatch::kConflict; },
                  vaguer_agent, [](const EventMention& m) { return ActorsDisplay(m.agent); }, &ev.disagreements);
  AddDisagreement("target", targets,
                  [](const EventMention& a, const EventMention& b) { return CompareActors(a.target, b.target) == ActorMatch::kConflict; },
                  vaguer_target, [](const EventMention& m) { return ActorsDisplay(m.target); }, &ev.disagreements);
  AddDisagreement("location", places,
                  [](const EventMention& a, const EventMention& b) {
                    return ComparePlaces(a.location, b.location) == PlaceMatch::kIncompatible;
                  },
                  vaguer_place, [](const EventMention& m) { return m.location->name; }, &ev.disagreements);
  AddDisagreement("date", dates,
                  [](const EventMention& a, const EventMention& b) { return CompareDates(a, b) == DateMatch::kIncompatible; },
                  vaguer_date, [](const EventMention& m) { return m.date; }, &ev.disagreements);
  AddDisagreement("fatalities", fatalities,
                  [](const EventMention& a, const EventMention& b) { return !NumbersAgree(*a.fatalities, *b.fatalities); },
                  no_range, [](const EventMention& m) { return std::to_string(*m.fatalities); }, &ev.disagreements);
  AddDisagreement("distance_km", distances,
                  [](const EventMention& a, const EventMention& b) { return !NumbersAgree(*a.distance_km, *b.distance_km); },
                  no_range, [](const EventMention& m) { return NumberText(*m.distance_km); }, &ev.disagreements);

  // Confidence: independent sources combine like independent witnesses.
  std::map<int, double> best_weight;
  for (size_t i = 0; i < members.size(); ++i) {
    double& w = best_weight[component[i]];
    w = std::max(w, SourceWeight(*members[i]));
  }
  double miss = 1.0;
  for (const auto& [c, w] : best_weight) miss *= 1.0 - 0.55 * w;
  double precision = 1.0;
  if (!ev.best.location) precision *= 0.8;
  else if (IsArea(*ev.best.location)) precision *= 0.9;
  if (ev.best.date.empty()) precision *= 0.8;
  else if (ev.best.date_precision != DatePrecision::kDay) precision *= 0.9;
  ev.confidence = std::round((1.0 - miss) * precision * 1000.0) / 1000.0;

  ev.id = EventId(*members.front());
  return ev;
}

}  // namespace sitrep::fuse
