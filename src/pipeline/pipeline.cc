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
    if (geocoder_) toponyms = geocoder_->Geocode(normalized);
    return extractor_->Extract(doc, normalized, sentences, toponyms);
  }

  std::vector<ToponymOut> Geocode(const Document& doc) const override {
    std::vector<ToponymOut> out;
    if (!geocoder_) return out;
    // Offsets must point into doc.text as given, so geocode a same-length (in code points) copy.
    std::string folded = FoldTypographyKeepLength(doc.text);
    CodePointIndex cps(folded);
    for (const geo::Toponym& t : geocoder_->Geocode(folded)) {
      ToponymOut o;
      o.start = cps.ToCodePoint(t.begin);
      o.end = cps.ToCodePoint(t.end);
      o.location = t.location;
      o.location.text = folded.substr(t.begin, t.end - t.begin);
      out.push_back(std::move(o));
    }
    return out;
  }

 private:
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
