#include "sitrep/pipeline.h"

#include <fmt/core.h>

#include "extract/extractor.h"
#include "geo/gazetteer.h"
#include "geo/geocoder.h"
#include "kb/knowledge_base.h"
#include "pipeline/offsets.h"
#include "pipeline/paths.h"
#include "text/normalize.h"
#include "text/sentences.h"
#include "text/tokens.h"

namespace sitrep {

namespace {

class PipelineImpl final : public Pipeline {
 public:
  Status Init(const PipelineOptions& opts) {
    std::string kb_dir = opts.kb_dir.empty() ? DefaultKbDir() : opts.kb_dir;
    auto kb = kb::KnowledgeBase::Load(kb_dir);
    if (!kb.ok()) return kb.status();
    kb_ = std::move(kb.value());
    auto ex = extract::Extractor::Create(*kb_, kb_dir);
    if (!ex.ok()) return ex.status();
    extractor_ = std::move(ex.value());
    if (opts.geocode) {
      std::string path = opts.gazetteer_path.empty() ? DefaultGazetteerPath() : opts.gazetteer_path;
      auto gaz = geo::GazetteerIndex::Open(path);
      if (!gaz.ok()) {
        return Status::NotFound(fmt::format("gazetteer index {}: {} (run scripts/setup.sh to build it)", path,
                                            gaz.status().message()));
      }
      gazetteer_ = std::move(gaz.value());
      geocoder_ = std::make_unique<geo::Geocoder>(*gazetteer_);
    }
    return Status::Ok();
  }

  std::vector<EventMention> Extract(Document& doc) const override {
    // The title is the article's first sentence: headlines often carry the main event.
    std::string full = doc.title.empty() ? doc.text : doc.title + "\n\n" + doc.text;
    std::string normalized = text::Normalize(full);
    std::vector<text::Sentence> sentences = text::SplitSentences(normalized);
    std::vector<geo::Toponym> toponyms;
    if (geocoder_) toponyms = DropActorNames(sentences, geocoder_->Geocode(normalized));
    return extractor_->Extract(doc, normalized, sentences, toponyms);
  }

  std::vector<ToponymOut> Geocode(const Document& doc) const override {
    std::vector<ToponymOut> out;
    if (!geocoder_) return out;
    // Offsets must point into doc.text as given, so geocode a same-length (in code points) copy.
    std::string folded = FoldTypographyKeepLength(doc.text);
    CodePointIndex cps(folded);
    std::vector<text::Sentence> sentences = text::SplitSentences(folded);
    geo::GeocodeOptions gopts;
    gopts.geoparse = true;
    for (const geo::Toponym& t : DropActorNames(sentences, geocoder_->Geocode(folded, gopts))) {
      ToponymOut o;
      o.kind = t.kind == geo::ToponymKind::kDemonym ? "demonym" : t.kind == geo::ToponymKind::kLocal ? "local" : "place";
      o.start = cps.ToCodePoint(t.begin);
      o.end = cps.ToCodePoint(t.end);
      o.location = t.location;
      o.location.text = folded.substr(t.begin, t.end - t.begin);
      out.push_back(std::move(o));
    }
    return out;
  }

 private:
  // A name the knowledge base knows as an armed group or organisation ("Hamas", "Kurdistan Workers'
  // Party") is not a place, even when a gazetteer lists a namesake; countries and provinces stay (their
  // names also serve as actors by metonymy).
  std::vector<geo::Toponym> DropActorNames(const std::vector<text::Sentence>& sentences,
                                           std::vector<geo::Toponym> toponyms) const {
    if (toponyms.empty()) return toponyms;
    std::vector<std::pair<size_t, size_t>> spans;
    for (const text::Sentence& s : sentences) {
      std::vector<text::Token> tokens = text::Tokenize(s.text, static_cast<uint32_t>(s.begin));
      for (const kb::ActorMatch& m : kb_->MatchActors(tokens)) {
        if (m.by_demonym_rule || m.begin >= m.end) continue;
        spans.emplace_back(tokens[m.begin].begin, tokens[m.end - 1].end);
      }
    }
    std::vector<geo::Toponym> kept;
    for (geo::Toponym& t : toponyms) {
      bool inside = false;
      if (t.kind == geo::ToponymKind::kPlace && t.location.feature != "PCLI" && t.location.feature != "ADM1") {
        for (const auto& [b, e] : spans) inside |= t.begin >= b && t.end <= e;
      }
      if (!inside) kept.push_back(std::move(t));
    }
    return kept;
  }

  std::unique_ptr<kb::KnowledgeBase> kb_;
  std::unique_ptr<extract::Extractor> extractor_;
  std::unique_ptr<geo::GazetteerIndex> gazetteer_;
  std::unique_ptr<geo::Geocoder> geocoder_;
};

}  // namespace

Result<std::unique_ptr<Pipeline>> Pipeline::Open(const PipelineOptions& opts) {
  auto p = std::make_unique<PipelineImpl>();
  Status st = p->Init(opts);
  if (!st.ok()) return st;
  return std::unique_ptr<Pipeline>(std::move(p));
}

}  // namespace sitrep
