// US counties from us-atlas TopoJSON: see us_atlas.h.
#include "gazimport/us_atlas.h"

#include <algorithm>
#include <cmath>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <unordered_map>

#include "gazimport/sources.h"
#include "text/fold.h"

namespace sitrep::gazimport {
namespace {

using nlohmann::json;

// j[key] for an object that has it; a null value otherwise (const operator[] asserts on a missing key).
const json& Member(const json& j, const char* key) {
  static const json kNull;
  if (!j.is_object()) return kNull;
  auto it = j.find(key);
  return it == j.end() ? kNull : *it;
}

constexpr double kKmPerDegree = 111.195;  // 6371 km * pi / 180

// Alaska's county-equivalents by county code: the census areas of the Unorganized Borough, the
// consolidated city-boroughs and the municipalities; every other code is a borough.
const std::set<std::string>& AlaskaCensusAreas() {
  static const std::set<std::string> k = {"010", "016", "050", "063", "066", "070", "105", "158",
                                          "180", "198", "201", "231", "240", "261", "270", "280", "290"};
  return k;
}
const std::set<std::string>& AlaskaCityBoroughs() {
  static const std::set<std::string> k = {"110", "220", "275", "282"};  // Juneau, Sitka, Wrangell, Yakutat
  return k;
}
const std::set<std::string>& AlaskaMunicipalities() {
  static const std::set<std::string> k = {"020", "230"};  // Anchorage, Skagway
  return k;
}

// A ring as decoded (lon, lat) points.
using Ring = std::vector<std::pair<double, double>>;

// Decoded arcs of a topology: absolute lon/lat points.
class Arcs {
 public:
  static Result<Arcs> Decode(const json& topo) {
    Arcs a;
    double sx = 1, sy = 1, tx = 0, ty = 0;
    bool quantised = false;
    auto tr = topo.find("transform");
    if (tr != topo.end() && tr->is_object()) {
      const json& sc = Member(*tr, "scale");
      const json& tl = Member(*tr, "translate");
      if (!sc.is_array() || sc.size() != 2 || !tl.is_array() || tl.size() != 2 || !sc[0].is_number() ||
          !sc[1].is_number() || !tl[0].is_number() || !tl[1].is_number())
        return Status::Corruption("topojson: bad transform");
      sx = sc[0].get<double>(), sy = sc[1].get<double>();
      tx = tl[0].get<double>(), ty = tl[1].get<double>();
      quantised = true;
    }
    auto arcs = topo.find("arcs");
    if (arcs == topo.end() || !arcs->is_array()) return Status::Corruption("topojson: no arcs");
    a.arcs_.reserve(arcs->size());
    for (const json& arc : *arcs) {
      if (!arc.is_array()) return Status::Corruption("topojson: bad arc");
      Ring pts;
      pts.reserve(arc.size());
      double x = 0, y = 0;
      for (const json& p : arc) {
        if (!p.is_array() || p.size() < 2 || !p[0].is_number() || !p[1].is_number())
          return Status::Corruption("topojson: bad arc position");
        if (quantised) {  // delta-encoded integers
          x += p[0].get<double>();
          y += p[1].get<double>();
          pts.emplace_back(x * sx + tx, y * sy + ty);
        } else {
          pts.emplace_back(p[0].get<double>(), p[1].get<double>());
        }
      }
      a.arcs_.push_back(std::move(pts));
    }
    return a;
  }

  // Joins the arcs of a ring (index ~i = arc i reversed). False for an index out of range.
  bool RingOf(const json& indices, Ring* out) const {
    out->clear();
    if (!indices.is_array()) return false;
    for (const json& jv : indices) {
      if (!jv.is_number_integer()) return false;
      int64_t k = jv.get<int64_t>();
      bool reversed = k < 0;
      size_t i = static_cast<size_t>(reversed ? ~k : k);
      if (i >= arcs_.size()) return false;
      const Ring& arc = arcs_[i];
      if (reversed) out->insert(out->end(), arc.rbegin(), arc.rend());
      else out->insert(out->end(), arc.begin(), arc.end());
    }
    return true;
  }

 private:
  std::vector<Ring> arcs_;
};

// Accumulates the area-weighted centroid of polygons on a local equirectangular projection
// (longitudes scaled by the cosine of a reference latitude, unwrapped across the antimeridian).
class CentroidSum {
 public:
  // `hole` rings subtract their area.
  void AddRing(const Ring& ring, bool hole) {
    if (ring.size() < 3) return;
    if (!have_ref_) {
      ref_lon_ = ring[0].first;
      cos_ref_ = std::cos(ring[0].second * M_PI / 180);
      if (cos_ref_ < 0.05) cos_ref_ = 0.05;
      have_ref_ = true;
    }
    double a2 = 0, cx = 0, cy = 0;
    auto proj = [&](const std::pair<double, double>& p) {
      double dl = p.first - ref_lon_;
      while (dl > 180) dl -= 360;
      while (dl < -180) dl += 360;
      return std::pair<double, double>(dl * cos_ref_, p.second);
    };
    for (size_t i = 0; i < ring.size(); ++i) {
      auto [x0, y0] = proj(ring[i]);
      auto [x1, y1] = proj(ring[(i + 1) % ring.size()]);
      double c = x0 * y1 - x1 * y0;
      a2 += c;
      cx += (x0 + x1) * c;
      cy += (y0 + y1) * c;
    }
    if (a2 == 0) return;
    double area = std::fabs(a2) / 2;
    double mx = cx / (3 * a2), my = cy / (3 * a2);
    double w = hole ? -area : area;
    area_ += w;
    sx_ += w * mx;
    sy_ += w * my;
  }
  bool ok() const { return area_ > 0; }
  double lat() const { return sy_ / area_; }
  double lon() const {
    double l = ref_lon_ + sx_ / area_ / cos_ref_;
    while (l > 180) l -= 360;
    while (l < -180) l += 360;
    return l;
  }
  double area_km2() const { return area_ * kKmPerDegree * kKmPerDegree; }

 private:
  bool have_ref_ = false;
  double ref_lon_ = 0, cos_ref_ = 1;
  double area_ = 0, sx_ = 0, sy_ = 0;
};

std::string Str(const json& j, const char* key) {
  const json& v = Member(j, key);
  return v.is_string() ? v.get<std::string>() : std::string();
}

// "St. Louis County" -> "Saint Louis County"; "Ste. Genevieve County" -> "Sainte Genevieve County".
void AddSaintAlias(const std::string& name, std::vector<std::string>* aliases) {
  if (name.rfind("St. ", 0) == 0) aliases->push_back("Saint " + name.substr(4));
  if (name.rfind("Ste. ", 0) == 0) aliases->push_back("Sainte " + name.substr(5));
}

}  // namespace

bool UsCounty::Contains(double lat, double lon) const {
  if (lat < min_lat || lat > max_lat || lon < min_lon || lon > max_lon) return false;
  bool inside = false;
  for (const auto& ring : rings) {
    for (size_t i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
      auto [xi, yi] = ring[i];
      auto [xj, yj] = ring[j];
      if ((yi > lat) != (yj > lat) && lon < (xj - xi) * (lat - yi) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}

std::string UsCountyNewsName(const std::string& fips, const std::string& bare, bool* independent_city) {
  *independent_city = false;
  if (fips.size() != 5 || bare.empty()) return "";
  std::string state = fips.substr(0, 2), code = fips.substr(2);
  int st = std::atoi(state.c_str());
  if (st < 1 || st > 56 || st == 11) return "";  // territories (60+) and the District of Columbia
  if ((state == "51" && code >= "500") || fips == "24510" || fips == "29510" || fips == "32510") {
    *independent_city = true;
    return bare;
  }
  if (state == "22") return bare + " Parish";
  if (state == "02") {
    if (AlaskaCensusAreas().count(code)) return bare + " Census Area";
    if (AlaskaCityBoroughs().count(code)) return "City and Borough of " + bare;
    if (AlaskaMunicipalities().count(code)) return "Municipality of " + bare;
    return bare + " Borough";
  }
  return bare + " County";
}

Result<std::vector<UsCounty>> ReadUsCounties(const std::string& path) {
  std::ifstream in(path);
  if (!in) return Status::IoError("cannot read " + path);
  json topo = json::parse(in, nullptr, /*allow_exceptions=*/false);
  if (topo.is_discarded() || !topo.is_object()) return Status::Corruption(path + ": bad JSON");
  try {
    auto arcs = Arcs::Decode(topo);
    if (!arcs.ok()) return Status::Corruption(path + ": " + arcs.status().message());
    const json& objects = Member(topo, "objects");
    const json& counties = Member(Member(objects, "counties"), "geometries");
    if (!counties.is_array()) return Status::Corruption(path + ": no objects.counties");
    std::map<std::string, std::string> state_names;
    const json& states = Member(Member(objects, "states"), "geometries");
    if (states.is_array()) {
      for (const json& g : states) {
        const json& id = Member(g, "id");
        std::string nm = Str(Member(g, "properties"), "name");
        if (id.is_string() && !nm.empty()) state_names[id.get<std::string>()] = nm;
      }
    }
    std::vector<UsCounty> out;
    Ring ring;
    for (const json& g : counties) {
      const json& id = Member(g, "id");
      if (!id.is_string()) continue;
      UsCounty c;
      c.fips = id.get<std::string>();
      std::string bare = Str(Member(g, "properties"), "name");
      c.name = UsCountyNewsName(c.fips, bare, &c.independent_city);
      if (c.name.empty()) continue;
      auto st = state_names.find(c.fips.substr(0, 2));
      if (st == state_names.end()) continue;
      c.state = st->second;
      // Polygon: [ring, hole...]; MultiPolygon: [[ring, hole...], ...].
      std::string type = Str(g, "type");
      std::vector<const json*> polygons;
      const json& parts = Member(g, "arcs");
      if (!parts.is_array()) continue;
      if (type == "Polygon") polygons.push_back(&parts);
      else if (type == "MultiPolygon") {
        for (const json& p : parts) polygons.push_back(&p);
      } else {
        continue;
      }
      CentroidSum sum;
      bool bad = false;
      for (const json* poly : polygons) {
        if (!poly->is_array()) continue;
        for (size_t r = 0; r < poly->size(); ++r) {
          if (!arcs->RingOf((*poly)[r], &ring)) {
            bad = true;
            break;
          }
          sum.AddRing(ring, /*hole=*/r > 0);
          if (ring.size() >= 3) c.rings.push_back(ring);
        }
      }
      if (bad || !sum.ok()) continue;
      c.min_lon = c.min_lat = 1e9;
      c.max_lon = c.max_lat = -1e9;
      for (const auto& rg : c.rings)
        for (auto [x, y] : rg) {
          c.min_lon = std::min(c.min_lon, x), c.max_lon = std::max(c.max_lon, x);
          c.min_lat = std::min(c.min_lat, y), c.max_lat = std::max(c.max_lat, y);
        }
      c.lat = sum.lat();
      c.lon = sum.lon();
      c.area_km2 = sum.area_km2();
      c.radius_km = std::sqrt(c.area_km2 / M_PI);
      if (c.independent_city) {
        if (c.name.size() < 5 || c.name.compare(c.name.size() - 5, 5, " City") != 0)
          c.aliases.push_back(c.name + " City");
        c.aliases.push_back("City of " + c.name);
      } else if (c.fips.substr(0, 2) == "02" && c.name.rfind("City and Borough of ", 0) == 0) {
        c.aliases.push_back(bare + " Borough");
      } else if (c.fips.substr(0, 2) == "02" && c.name.rfind("Municipality of ", 0) == 0) {
        c.aliases.push_back(bare + " Municipality");
      }
      AddSaintAlias(c.name, &c.aliases);
      out.push_back(std::move(c));
    }
    return out;
  } catch (const std::exception& e) {
    return Status::Corruption(path + ": " + e.what());
  }
}

UsCountyStats AddUsCounties(const std::vector<UsCounty>& counties, geo::GazetteerBuilder* b) {
  UsCountyStats st;
  // Fold keys of the US populated places and ADM2s already in the builder.
  std::unordered_multimap<std::string, uint32_t> ppl, adm2;
  std::vector<uint32_t> ppl_list;
  for (uint32_t i = 0; i < b->size(); ++i) {
    const geo::PlaceInput& p = b->place(i);
    if (p.country != "US") continue;
    if (p.feature.rfind("PPL", 0) == 0) {
      ppl.emplace(text::FoldKey(p.name), i);
      ppl_list.push_back(i);
    } else if (p.feature == "ADM2") {
      adm2.emplace(text::FoldKey(p.name), i);
    }
  }
  auto near = [&](const std::unordered_multimap<std::string, uint32_t>& m, const std::string& name, double lat,
                  double lon, double km) {
    auto [lo, hi] = m.equal_range(text::FoldKey(name));
    for (auto it = lo; it != hi; ++it) {
      const geo::PlaceInput& p = b->place(it->second);
      if (DistanceKm(lat, lon, p.lat, p.lon) <= km) return true;
    }
    return false;
  };
  for (const UsCounty& c : counties) {
    if (c.independent_city && near(ppl, c.name, c.lat, c.lon, std::max(c.radius_km, 5.0))) {
      ++st.skipped_city;
      continue;
    }
    if (!c.independent_city && near(adm2, c.name, c.lat, c.lon, 50)) {
      ++st.skipped_duplicate;
      continue;
    }
    geo::PlaceInput p;
    p.name = c.name;
    p.names = c.aliases;
    p.lat = c.lat;
    p.lon = c.lon;
    p.country = "US";
    p.admin1 = c.state;
    p.feature = "ADM2";
    p.radius_km = std::clamp(c.radius_km, 1.0, 800.0);
    for (uint32_t i : ppl_list) {
      const geo::PlaceInput& q = b->place(i);
      if (q.population > 0 && c.Contains(q.lat, q.lon)) p.population += q.population;
    }
    b->Add(std::move(p));
    ++st.added;
  }
  return st;
}

}  // namespace sitrep::gazimport
