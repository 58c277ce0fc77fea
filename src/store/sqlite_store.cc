#include "store/sqlite_store.h"

#include <algorithm>
#include <ctime>
#include <limits>
#include <map>
#include <set>
#include <unordered_map>
#include <unordered_set>

#include "fuse/day_interval.h"
#include "fuse/fingerprint.h"
#include "store/event_codec.h"
#include "store/schema.h"

namespace sitrep::store {
namespace {

constexpr const char* kMentionColumns =
    "id, doc, sentence, idx, quote, type, event_type, plover, cameo, date, date_text, date_precision, agent, "
    "target, location, fatalities, injured, displaced, distance_km, attribution, modality, trigger_words, day_lo, "
    "day_hi";

std::string NowUtc() {
  std::time_t t = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

// A stored mention as loaded for re-fusion.
struct StoredMention {
  int64_t id = 0;
  EventMention m;
  std::optional<int> lo, hi;
};

Status ReadMention(const Statement& s, StoredMention* out) {
  out->id = s.Int(0);
  EventMention& m = out->m;
  m.doc = s.Text(1);
  m.sentence = static_cast<int>(s.Int(2));
  m.quote = s.Text(4);
  m.type = s.Text(5);
  m.event_type = s.Text(6);
  m.plover = s.Text(7);
  m.cameo = s.Text(8);
  m.date = s.Text(9);
  m.date_text = s.Text(10);
  m.date_precision = static_cast<DatePrecision>(s.Int(11));
  SITREP_RETURN_IF_ERROR(DecodeActors(s.Text(12), &m.agent));
  SITREP_RETURN_IF_ERROR(DecodeActors(s.Text(13), &m.target));
  SITREP_RETURN_IF_ERROR(DecodeLocation(s.Text(14), &m.location));
  if (!s.IsNull(15)) m.fatalities = static_cast<int>(s.Int(15));
  if (!s.IsNull(16)) m.injured = static_cast<int>(s.Int(16));
  if (!s.IsNull(17)) m.displaced = static_cast<int>(s.Int(17));
  if (!s.IsNull(18)) m.distance_km = s.Double(18);
  m.attribution = s.Text(19);
  m.modality = s.Text(20);
  m.trigger = s.Text(21);
  if (!s.IsNull(22)) out->lo = static_cast<int>(s.Int(22));
  if (!s.IsNull(23)) out->hi = static_cast<int>(s.Int(23));
  return Status::Ok();
}

// Appends every row of `s` (already bound) to `out`, skipping ids in `seen`.
Status ReadMentions(Statement& s, std::unordered_set<int64_t>* seen, std::vector<StoredMention>* out) {
  Status st;
  while (s.Step(&st)) {
    if (seen->count(s.Int(0))) continue;
    StoredMention sm;
    SITREP_RETURN_IF_ERROR(ReadMention(s, &sm));
    seen->insert(sm.id);
    out->push_back(std::move(sm));
  }
  return st;
}

std::string ActorsText(const FusedEvent& e) {
  std::string out;
  for (const auto* list : {&e.best.agent, &e.best.target}) {
    for (const Actor& a : *list) out += a.name + "\n" + a.text + "\n";
  }
  for (const Disagreement& d : e.disagreements) {
    if (d.field != "agent" && d.field != "target") continue;
    for (const auto& v : d.values) out += v.value + "\n";
  }
  return out;
}

}  // namespace

Result<std::unique_ptr<SqliteStore>> SqliteStore::Open(const std::string& path) {
  auto db = Database::Open(path);
  if (!db.ok()) return db.status();
  Status st = PrepareSchema(db.value(), kSchemaVersion);
  if (!st.ok()) return Status(st);
  return std::unique_ptr<SqliteStore>(new SqliteStore(std::move(db).value()));
}

Result<size_t> SqliteStore::DocumentCount() {
  Statement s(db_, "SELECT count(*) FROM documents");
  SITREP_RETURN_IF_ERROR(s.status());
  Status st;
  if (!s.Step(&st)) return st.ok() ? Status::Internal("count(*) returned no row") : st;
  return static_cast<size_t>(s.Int(0));
}

Status SqliteStore::Ingest(const Document& doc, const std::vector<EventMention>& mentions, bool* added) {
  *added = false;
  SITREP_RETURN_IF_ERROR(db_.Exec("BEGIN IMMEDIATE"));
  Status st = IngestLocked(doc, mentions, added);
  if (!st.ok()) {
    *added = false;
    db_.Exec("ROLLBACK");
    return st;
  }
  return db_.Exec("COMMIT");
}

Status SqliteStore::IngestLocked(const Document& doc, const std::vector<EventMention>& mentions, bool* added) {
  {
    Statement exists(db_, "SELECT 1 FROM documents WHERE id = ?1");
    SITREP_RETURN_IF_ERROR(exists.status());
    exists.Bind(1, doc.id);
    Status st;
    if (exists.Step(&st)) return Status::Ok();
    SITREP_RETURN_IF_ERROR(st);
  }
  Statement ins_doc(db_,
                    "INSERT INTO documents (id, outlet, url, published, title, text, source, fingerprint, ingested_at) "
                    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
  SITREP_RETURN_IF_ERROR(ins_doc.status());
  ins_doc.Bind(1, doc.id);
  ins_doc.Bind(2, doc.outlet);
  ins_doc.Bind(3, doc.url);
  ins_doc.Bind(4, doc.published);
  ins_doc.Bind(5, doc.title);
  ins_doc.Bind(6, doc.text);
  ins_doc.Bind(7, doc.source);
  ins_doc.Bind(8, fuse::Fingerprint(doc.text));
  ins_doc.Bind(9, NowUtc());
  SITREP_RETURN_IF_ERROR(ins_doc.Run());

  Statement ins(db_,
                "INSERT INTO mentions (doc, sentence, idx, quote, type, event_type, plover, cameo, date, date_text, "
                "date_precision, day_lo, day_hi, agent, target, location, lat, lon, geonames_id, fatalities, injured, "
                "displaced, distance_km, attribution, modality, trigger_words) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, "
                "?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24, ?25, ?26)");
  SITREP_RETURN_IF_ERROR(ins.status());
  std::vector<int64_t> fresh;
  for (size_t i = 0; i < mentions.size(); ++i) {
    const EventMention& m = mentions[i];
    ins.Reset();
    ins.Bind(1, doc.id);  // a mention always belongs to the document it came with
    ins.Bind(2, m.sentence);
    ins.Bind(3, static_cast<int64_t>(i));
    ins.Bind(4, m.quote);
    ins.Bind(5, m.type);
    ins.Bind(6, m.event_type);
    ins.Bind(7, m.plover);
    ins.Bind(8, m.cameo);
    ins.Bind(9, m.date);
    ins.Bind(10, m.date_text);
    ins.Bind(11, static_cast<int>(m.date_precision));
    if (std::optional<fuse::DayInterval> iv = fuse::MentionInterval(m)) {
      ins.Bind(12, iv->lo);
      ins.Bind(13, iv->hi);
    }
    ins.Bind(14, EncodeActors(m.agent));
    ins.Bind(15, EncodeActors(m.target));
    ins.Bind(16, EncodeLocation(m.location));
    if (m.location) {
      ins.Bind(17, m.location->lat);
      ins.Bind(18, m.location->lon);
      ins.Bind(19, m.location->geonames_id);
    }
    ins.Bind(20, m.fatalities);
    ins.Bind(21, m.injured);
    ins.Bind(22, m.displaced);
    ins.Bind(23, m.distance_km);
    ins.Bind(24, m.attribution);
    ins.Bind(25, m.modality);
    ins.Bind(26, m.trigger);
    SITREP_RETURN_IF_ERROR(ins.Run());
    fresh.push_back(db_.LastInsertId());
  }
  *added = true;
  if (fresh.empty()) return Status::Ok();
  return Refuse(fresh);
}

Status SqliteStore::Refuse(const std::vector<int64_t>& fresh) {
  const std::unordered_set<int64_t> fresh_set(fresh.begin(), fresh.end());
  const std::string select = std::string("SELECT ") + kMentionColumns + " FROM mentions";
  // The day windows to load: disjoint, sorted intervals [lo, hi].
  std::vector<std::pair<int, int>> windows;
  auto add_window = [&windows](int lo, int hi) {
    for (const auto& w : windows) {
      if (w.first <= lo && hi <= w.second) return false;  // already covered
    }
    windows.emplace_back(lo, hi);
    std::sort(windows.begin(), windows.end());
    std::vector<std::pair<int, int>> merged;
    for (const auto& w : windows) {
      if (!merged.empty() && w.first <= merged.back().second + 1) {
        merged.back().second = std::max(merged.back().second, w.second);
      } else {
        merged.push_back(w);
      }
    }
    windows = std::move(merged);
    return true;
  };
  // What to load besides the day windows: every mention at these GeoNames ids (an undated mention
  // matches only mentions of its own place, fuse::PairScore), or everything when an undated mention
  // has a place without an id (matched by name).
  std::set<int64_t> place_ids;
  bool full = false;
  auto need_place = [&](const StoredMention& sm) {
    if (sm.lo || !sm.m.location) return false;  // dated, or undated and unplaced (matches nothing)
    if (sm.m.location->geonames_id == 0) {
      const bool grown = !full;
      full = true;
      return grown;
    }
    return place_ids.insert(sm.m.location->geonames_id).second;
  };
  std::vector<StoredMention> fresh_rows;
  {
    Statement one(db_, (select + " WHERE id = ?1").c_str());
    SITREP_RETURN_IF_ERROR(one.status());
    for (int64_t id : fresh) {
      one.Reset();
      one.Bind(1, id);
      Status st;
      if (!one.Step(&st)) return st.ok() ? Status::Internal("inserted mention vanished") : st;
      StoredMention sm;
      SITREP_RETURN_IF_ERROR(ReadMention(one, &sm));
      if (sm.lo) add_window(*sm.lo, *sm.hi);
      need_place(sm);
      fresh_rows.push_back(std::move(sm));
    }
  }

  // Load the neighbourhood and grow it until every group touching a fresh mention lies inside it: a
  // dated mention outside every window cannot share a day with such a group; an undated one can join
  // only a mention of its own place, and the undated mentions at the places of the pool are loaded.
  std::vector<StoredMention> pool;
  std::vector<std::vector<size_t>> touched;
  Statement window(db_, (select + " WHERE day_lo BETWEEN ?1 AND ?2 AND day_hi >= ?3").c_str());
  Statement at_place(db_, (select + " WHERE geonames_id = ?1").c_str());
  Statement undated_at(db_, (select + " WHERE geonames_id = ?1 AND day_lo IS NULL").c_str());
  Statement undated_unnamed(
      db_, (select + " WHERE day_lo IS NULL AND lat IS NOT NULL AND (geonames_id IS NULL OR geonames_id = 0)").c_str());
  SITREP_RETURN_IF_ERROR(window.status());
  SITREP_RETURN_IF_ERROR(at_place.status());
  SITREP_RETURN_IF_ERROR(undated_at.status());
  SITREP_RETURN_IF_ERROR(undated_unnamed.status());
  while (true) {
    pool.clear();
    std::unordered_set<int64_t> seen;
    if (full) {
      Statement all(db_, select.c_str());
      SITREP_RETURN_IF_ERROR(all.status());
      SITREP_RETURN_IF_ERROR(ReadMentions(all, &seen, &pool));
    } else {
      for (const StoredMention& sm : fresh_rows) {
        if (seen.insert(sm.id).second) pool.push_back(sm);
      }
      for (const auto& [lo, hi] : windows) {
        window.Reset();
        window.Bind(1, lo - fuse::kMaxIntervalDays);
        window.Bind(2, hi);
        window.Bind(3, lo);
        SITREP_RETURN_IF_ERROR(ReadMentions(window, &seen, &pool));
      }
      for (int64_t id : place_ids) {
        at_place.Reset();
        at_place.Bind(1, id);
        SITREP_RETURN_IF_ERROR(ReadMentions(at_place, &seen, &pool));
      }
      std::set<int64_t> pool_places;
      for (const StoredMention& sm : pool) {
        if (sm.m.location && sm.m.location->geonames_id != 0) pool_places.insert(sm.m.location->geonames_id);
      }
      for (int64_t id : pool_places) {
        if (place_ids.count(id)) continue;  // already loaded with every date
        undated_at.Reset();
        undated_at.Bind(1, id);
        SITREP_RETURN_IF_ERROR(ReadMentions(undated_at, &seen, &pool));
      }
      undated_unnamed.Reset();
      SITREP_RETURN_IF_ERROR(ReadMentions(undated_unnamed, &seen, &pool));
    }
    std::vector<EventMention> ms;
    ms.reserve(pool.size());
    for (const StoredMention& sm : pool) ms.push_back(sm.m);
    touched.clear();
    for (std::vector<size_t>& g : fuser_.Groups(ms)) {
      bool hit = false;
      for (size_t i : g) hit |= fresh_set.count(pool[i].id) > 0;
      if (hit) touched.push_back(std::move(g));
    }
    if (full) break;
    bool grown = false;
    for (const auto& g : touched) {
      int glo = std::numeric_limits<int>::max(), ghi = std::numeric_limits<int>::min();
      for (size_t i : g) {
        grown |= need_place(pool[i]);
        if (!pool[i].lo) continue;
        glo = std::min(glo, *pool[i].lo);
        ghi = std::max(ghi, *pool[i].hi);
      }
      if (glo <= ghi) grown |= add_window(glo, ghi);
    }
    if (!grown) break;
  }

  // Re-fuse the touched groups.
  std::vector<EventMention> sub;
  std::vector<int64_t> sub_ids;
  std::set<std::string> doc_ids;
  for (const auto& g : touched) {
    for (size_t i : g) {
      sub.push_back(pool[i].m);
      sub_ids.push_back(pool[i].id);
      doc_ids.insert(pool[i].m.doc);
    }
  }
  std::vector<fuse::DocInfo> docs;
  {
    Statement d(db_, "SELECT id, outlet, published, fingerprint FROM documents WHERE id = ?1");
    SITREP_RETURN_IF_ERROR(d.status());
    for (const std::string& id : doc_ids) {
      d.Reset();
      d.Bind(1, id);
      Status st;
      if (d.Step(&st)) docs.push_back(fuse::DocInfo{d.Text(0), d.Text(1), d.Text(2), d.Text(3)});
      SITREP_RETURN_IF_ERROR(st);
    }
  }
  std::vector<fuse::Cluster> clusters = fuser_.FuseClusters(sub, docs);

  // Replace the old events of these mentions.
  std::set<std::string> old_events;
  {
    Statement q(db_, "SELECT event FROM event_mentions WHERE mention = ?1");
    SITREP_RETURN_IF_ERROR(q.status());
    for (int64_t id : sub_ids) {
      q.Reset();
      q.Bind(1, id);
      Status st;
      if (q.Step(&st)) old_events.insert(q.Text(0));
      SITREP_RETURN_IF_ERROR(st);
    }
  }
  {
    Statement del_links(db_, "DELETE FROM event_mentions WHERE event = ?1");
    Statement del_event(db_, "DELETE FROM events WHERE id = ?1");
    SITREP_RETURN_IF_ERROR(del_links.status());
    SITREP_RETURN_IF_ERROR(del_event.status());
    for (const std::string& id : old_events) {
      del_links.Reset();
      del_links.Bind(1, id);
      SITREP_RETURN_IF_ERROR(del_links.Run());
      del_event.Reset();
      del_event.Bind(1, id);
      SITREP_RETURN_IF_ERROR(del_event.Run());
    }
  }
  Statement ins_event(db_,
                      "INSERT INTO events (id, date, type, lat, lon, confidence, n_docs, n_independent, actors, json) "
                      "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)");
  Statement ins_link(db_, "INSERT INTO event_mentions (mention, event) VALUES (?1, ?2)");
  SITREP_RETURN_IF_ERROR(ins_event.status());
  SITREP_RETURN_IF_ERROR(ins_link.status());
  for (const fuse::Cluster& c : clusters) {
    const FusedEvent& e = c.event;
    ins_event.Reset();
    ins_event.Bind(1, e.id);
    ins_event.Bind(2, e.best.date);
    ins_event.Bind(3, e.best.type);
    if (e.best.location) {
      ins_event.Bind(4, e.best.location->lat);
      ins_event.Bind(5, e.best.location->lon);
    }
    ins_event.Bind(6, e.confidence);
    ins_event.Bind(7, e.n_docs);
    ins_event.Bind(8, e.n_independent);
    ins_event.Bind(9, ActorsText(e));
    ins_event.Bind(10, EncodeEvent(e));
    SITREP_RETURN_IF_ERROR(ins_event.Run());
    for (size_t i : c.members) {
      ins_link.Reset();
      ins_link.Bind(1, sub_ids[i]);
      ins_link.Bind(2, e.id);
      SITREP_RETURN_IF_ERROR(ins_link.Run());
    }
  }
  return Status::Ok();
}

Result<std::vector<FusedEvent>> SqliteStore::Events(const EventFilter& f) {
  Statement q(db_,
              "SELECT json FROM events WHERE (?1 = '' OR date >= ?1) AND (?2 = '' OR date <= ?2) "
              "AND (?3 = '' OR type = ?3) AND (?4 = '' OR instr(lower(actors), lower(?4)) > 0) "
              "AND confidence >= ?5 ORDER BY date, id LIMIT ?6");
  SITREP_RETURN_IF_ERROR(q.status());
  q.Bind(1, f.date_from);
  q.Bind(2, f.date_to);
  q.Bind(3, f.type);
  q.Bind(4, f.actor);
  q.Bind(5, f.min_confidence);
  q.Bind(6, f.limit == 0 ? int64_t{-1} : static_cast<int64_t>(f.limit));
  std::vector<FusedEvent> out;
  Status st;
  while (q.Step(&st)) {
    FusedEvent e;
    SITREP_RETURN_IF_ERROR(DecodeEvent(q.Text(0), &e));
    out.push_back(std::move(e));
  }
  SITREP_RETURN_IF_ERROR(st);
  return out;
}

}  // namespace sitrep::store
