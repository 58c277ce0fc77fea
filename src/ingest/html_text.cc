#include "ingest/html_text.h"

#include <string_view>
#include <unordered_map>
#include <vector>

#include "ingest/html_dom.h"

namespace sitrep::ingest::html {
namespace {

// Paragraphs shorter than this (bytes) do not vote for their container.
constexpr size_t kMinParagraphBytes = 20;
// Loose text lines (outside p, headings, list items, quotes) need this many words to be kept.
constexpr int kMinLooseWords = 8;
// Below this many bytes of text the class-based filter is presumed to have eaten the article.
constexpr size_t kMinArticleBytes = 200;

bool IsDroppedTag(GumboTag t) {
  switch (t) {
    case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_NOSCRIPT: case GUMBO_TAG_NAV:
    case GUMBO_TAG_HEADER: case GUMBO_TAG_FOOTER: case GUMBO_TAG_ASIDE: case GUMBO_TAG_FORM:
    case GUMBO_TAG_IFRAME: case GUMBO_TAG_SVG: case GUMBO_TAG_MATH: case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_SELECT: case GUMBO_TAG_TEXTAREA: case GUMBO_TAG_TEMPLATE: case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_EMBED: case GUMBO_TAG_CANVAS: case GUMBO_TAG_HEAD: case GUMBO_TAG_TITLE:
    case GUMBO_TAG_AUDIO: case GUMBO_TAG_VIDEO: case GUMBO_TAG_INPUT: case GUMBO_TAG_LABEL:
    case GUMBO_TAG_MENU: case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_NOFRAMES:
    case GUMBO_TAG_OPTION: case GUMBO_TAG_DATALIST:
      return true;
    default:
      return false;
  }
}

bool IsBlockTag(GumboTag t) {
  switch (t) {
    case GUMBO_TAG_ADDRESS: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_DD:
    case GUMBO_TAG_DETAILS: case GUMBO_TAG_DIV: case GUMBO_TAG_DL: case GUMBO_TAG_DT:
    case GUMBO_TAG_FIELDSET: case GUMBO_TAG_FIGURE: case GUMBO_TAG_H1: case GUMBO_TAG_H2:
    case GUMBO_TAG_H3: case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_HR:
    case GUMBO_TAG_LI: case GUMBO_TAG_MAIN: case GUMBO_TAG_OL: case GUMBO_TAG_P: case GUMBO_TAG_PRE:
    case GUMBO_TAG_SECTION: case GUMBO_TAG_TABLE: case GUMBO_TAG_TBODY: case GUMBO_TAG_TD:
    case GUMBO_TAG_TFOOT: case GUMBO_TAG_TH: case GUMBO_TAG_THEAD: case GUMBO_TAG_TR: case GUMBO_TAG_UL:
    case GUMBO_TAG_SUMMARY: case GUMBO_TAG_CAPTION: case GUMBO_TAG_BODY: case GUMBO_TAG_CENTER:
      return true;
    default:
      return false;
  }
}

// Blocks whose text is article prose even when short (a sub-heading, a one-line paragraph).
bool IsProseTag(GumboTag t) {
  switch (t) {
    case GUMBO_TAG_P: case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4:
    case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_LI: case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_PRE:
    case GUMBO_TAG_DD: case GUMBO_TAG_DT:
      return true;
    default:
      return false;
  }
}

const GumboNode* Child(const GumboVector* kids, unsigned i) { return static_cast<const GumboNode*>(kids->data[i]); }

// Accumulates paragraph text per container: a paragraph's length counts fully for its parent and half for
// its grandparent, and fully for every <article> above it.
class Scorer {
 public:
  explicit Scorer(bool by_class) : by_class_(by_class) {}

  void Walk(const GumboNode* n, int depth) {
    if (depth > kMaxDepth || !IsElement(n) || IsBoilerplate(n, by_class_)) return;
    if (Tag(n) == GUMBO_TAG_P) {
      const size_t len = FilteredLength(n, depth);
      if (len >= kMinParagraphBytes) {
        if (path_.size() >= 1) container_score_[path_.back()] += static_cast<double>(len);
        if (path_.size() >= 2) container_score_[path_[path_.size() - 2]] += static_cast<double>(len) / 2;
        for (const GumboNode* a : path_) {
          if (Tag(a) == GUMBO_TAG_ARTICLE) article_text_[a] += static_cast<double>(len);
        }
      }
      return;
    }
    path_.push_back(n);
    const GumboVector* kids = Children(n);
    for (unsigned i = 0; kids != nullptr && i < kids->length; ++i) Walk(Child(kids, i), depth + 1);
    path_.pop_back();
  }

  // The element to take the text from: the richest <article> unless another container holds more
  // paragraph text directly; nullptr when no paragraph voted.
  const GumboNode* Best() const {
    const GumboNode* best_container = nullptr;
    double container = 0;
    for (const auto& [node, score] : container_score_) {
      if (score > container || (score == container && best_container != nullptr && node < best_container)) {
        best_container = node;
        container = score;
      }
    }
    const GumboNode* best_article = nullptr;
    double article = 0;
    for (const auto& [node, score] : article_text_) {
      if (score > article || (score == article && best_article != nullptr && node < best_article)) {
        best_article = node;
        article = score;
      }
    }
    if (best_article != nullptr && article >= container) return best_article;
    return best_container;
  }

 private:
  size_t FilteredLength(const GumboNode* n, int depth) const {
    if (depth > kMaxDepth) return 0;
    if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_CDATA) {
      size_t len = 0;
      for (const char* p = n->v.text.text; *p; ++p) {
        if (*p != ' ' && *p != '\n' && *p != '\t' && *p != '\r') ++len;
      }
      return len;
    }
    if (!IsElement(n) || IsBoilerplate(n, by_class_)) return 0;
    size_t len = 0;
    const GumboVector* kids = Children(n);
    for (unsigned i = 0; kids != nullptr && i < kids->length; ++i) len += FilteredLength(Child(kids, i), depth + 1);
    return len;
  }

  bool by_class_;
  std::vector<const GumboNode*> path_;
  std::unordered_map<const GumboNode*, double> container_score_;
  std::unordered_map<const GumboNode*, double> article_text_;
};

// Writes block-structured text: one line per block, loose short lines dropped.
class BlockWriter {
 public:
  explicit BlockWriter(bool by_class) : by_class_(by_class) {}

  void Walk(const GumboNode* n, int depth) {
    if (depth > kMaxDepth) return;
    if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_CDATA || n->type == GUMBO_NODE_WHITESPACE) {
      AppendCollapsed(n->v.text.text, &line_, &pending_space_);
      return;
    }
    if (!IsElement(n) && n->type != GUMBO_NODE_DOCUMENT) return;
    if (IsElement(n) && IsBoilerplate(n, by_class_)) return;
    const GumboTag t = Tag(n);
    if (t == GUMBO_TAG_BR) {
      Flush();
      return;
    }
    const bool block = IsBlockTag(t);
    const bool saved = prose_;
    if (block) {
      Flush();
      prose_ = prose_ || IsProseTag(t);
    }
    const GumboVector* kids = Children(n);
    for (unsigned i = 0; kids != nullptr && i < kids->length; ++i) Walk(Child(kids, i), depth + 1);
    if (block) {
      Flush();
      prose_ = saved;
    }
  }

  std::string Finish() {
    Flush();
    return std::move(out_);
  }

 private:
  void Flush() {
    while (!line_.empty() && line_.back() == ' ') line_.pop_back();
    pending_space_ = false;
    if (line_.empty()) return;
    int words = 0;
    bool in_word = false;
    for (char c : line_) {
      const bool space = c == ' ';
      if (!space && !in_word) ++words;
      in_word = !space;
    }
    if (prose_ || words >= kMinLooseWords) {
      if (!out_.empty()) out_.push_back('\n');
      out_.append(line_);
    }
    line_.clear();
  }

  bool by_class_;
  bool prose_ = false;
  bool pending_space_ = false;
  std::string line_;
  std::string out_;
};

std::string Extract(const GumboNode* root, bool by_class) {
  Scorer scorer(by_class);
  scorer.Walk(root, 0);
  const GumboNode* best = scorer.Best();
  BlockWriter writer(by_class);
  writer.Walk(best != nullptr ? best : root, 0);
  return writer.Finish();
}

}  // namespace

bool IsBoilerplate(const GumboNode* n, bool by_class) {
  if (!IsElement(n)) return false;
  const GumboTag t = Tag(n);
  if (IsDroppedTag(t)) return true;
  if (HasAttr(n, "hidden") || Lower(Attr(n, "aria-hidden")) == "true") return true;
  std::string style = Lower(Attr(n, "style"));
  std::erase(style, ' ');
  if (style.find("display:none") != std::string::npos || style.find("visibility:hidden") != std::string::npos) {
    return true;
  }
  if (!by_class || t == GUMBO_TAG_HTML || t == GUMBO_TAG_BODY || t == GUMBO_TAG_MAIN || t == GUMBO_TAG_ARTICLE) {
    return false;
  }
  const std::string_view cls = Attr(n, "class");
  const std::string_view id = Attr(n, "id");
  if (cls.empty() && id.empty()) return false;
  const std::string names = Lower(cls) + " " + Lower(id);
  static constexpr const char* kWords[] = {"nav",    "menu",    "footer", "header",    "sidebar",
                                           "share",  "social",  "comment", "related",  "advert",
                                           "cookie", "subscribe", "promo"};
  for (const char* w : kWords) {
    if (names.find(w) != std::string::npos) return true;
  }
  return false;
}

std::string ExtractMainText(const GumboNode* root) {
  std::string text = Extract(root, /*by_class=*/true);
  if (text.size() < kMinArticleBytes) {
    std::string unfiltered = Extract(root, /*by_class=*/false);
    if (unfiltered.size() > text.size() * 2 && unfiltered.size() >= kMinArticleBytes) text = std::move(unfiltered);
  }
  return text;
}

}  // namespace sitrep::ingest::html
