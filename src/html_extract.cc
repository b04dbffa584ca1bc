#include "html_extract.h"

#include <gumbo.h>

#include <algorithm>
#include <cctype>
#include <cstring>
#include <map>

#include "text_extract.h"

namespace annals {

namespace {

const char* Attr(const GumboNode* node, const char* name) {
  const GumboAttribute* a = gumbo_get_attribute(&node->v.element.attributes, name);
  return a ? a->value : nullptr;
}

std::string LowerAttr(const GumboNode* node, const char* name) {
  const char* v = Attr(node, name);
  return v ? AsciiLower(v) : std::string();
}

// Elements that never hold article text.
bool IsSkippedTag(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_SVG:
    case GUMBO_TAG_MATH:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_EMBED:
    case GUMBO_TAG_CANVAS:
    case GUMBO_TAG_VIDEO:
    case GUMBO_TAG_AUDIO:
    case GUMBO_TAG_SELECT:
    case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_INPUT:
    case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_LABEL:
    case GUMBO_TAG_MENU:
    case GUMBO_TAG_HEAD:
      return true;
    default:
      return false;
  }
}

bool IsBlockTag(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_P:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_TD:
    case GUMBO_TAG_TH:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_MAIN:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_CENTER:
    case GUMBO_TAG_HR:
    case GUMBO_TAG_BODY:
      return true;
    default:
      return false;
  }
}

bool IsHeading(GumboTag tag) {
  return tag == GUMBO_TAG_H1 || tag == GUMBO_TAG_H2 || tag == GUMBO_TAG_H3 || tag == GUMBO_TAG_H4 ||
         tag == GUMBO_TAG_H5 || tag == GUMBO_TAG_H6;
}

// ARIA roles of page furniture.
bool IsChromeRole(const std::string& role) {
  return role == "navigation" || role == "banner" || role == "contentinfo" ||
         role == "complementary" || role == "dialog" || role == "alertdialog" || role == "search" ||
         role == "menu" || role == "menubar" || role == "toolbar";
}

// Deeper than this, a page is malformed or hostile; the walk stops there
// rather than exhaust the stack.
constexpr int kMaxDepth = 400;

size_t TextLength(const GumboNode* node, int depth = 0) {
  if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_CDATA) {
    return std::strlen(node->v.text.text);
  }
  if (node->type != GUMBO_NODE_ELEMENT || IsSkippedTag(node->v.element.tag)) return 0;
  if (depth > kMaxDepth) return 0;
  size_t n = 0;
  const GumboVector& children = node->v.element.children;
  for (unsigned i = 0; i < children.length; ++i) {
    n += TextLength(static_cast<const GumboNode*>(children.data[i]), depth + 1);
  }
  return n;
}

// True when a word of the class or id starts with a chrome hint ("share-bar",
// "cookie-banner", "comments").
bool HasChromeHint(const GumboNode* node, const IngestLexicon& lex) {
  for (const char* name : {"class", "id"}) {
    std::string value = LowerAttr(node, name);
    if (value.empty()) continue;
    size_t i = 0;
    while (i < value.size()) {
      while (i < value.size() && (value[i] == ' ' || value[i] == '-' || value[i] == '_')) ++i;
      for (const std::string& hint : lex.chrome_hints) {
        if (value.compare(i, hint.size(), hint) == 0) return true;
      }
      while (i < value.size() && value[i] != ' ' && value[i] != '-' && value[i] != '_') ++i;
    }
  }
  return false;
}

// The string value of `"key": "..."` in JSON text (JSON-LD), unescaped simply.
std::string JsonString(std::string_view json, std::string_view key, size_t from = 0) {
  std::string quoted = "\"" + std::string(key) + "\"";
  size_t pos = json.find(quoted, from);
  if (pos == std::string_view::npos) return "";
  size_t i = pos + quoted.size();
  while (i < json.size() && (json[i] == ' ' || json[i] == '\n' || json[i] == '\t')) ++i;
  if (i >= json.size() || json[i] != ':') return "";
  ++i;
  while (i < json.size() && (json[i] == ' ' || json[i] == '\n' || json[i] == '\t')) ++i;
  if (i >= json.size() || json[i] != '"') return "";
  std::string value;
  for (++i; i < json.size() && json[i] != '"'; ++i) {
    if (json[i] == '\\' && i + 1 < json.size()) ++i;
    value += json[i];
  }
  return value;
}

struct Block {
  std::string text;
  size_t link_chars = 0;
  bool chrome = false;
  bool heading = false;
  bool h1 = false;
  int container = -1;  // the <article>/<main> it sits in
};

class Walker {
 public:
  Walker(const IngestLexicon& lex, size_t body_text) : lex_(lex), body_text_(body_text) {}

  void Walk(const GumboNode* node, bool in_link, bool chrome, int container, int depth = 0) {
    if (depth > kMaxDepth) return;
    if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_CDATA ||
        node->type == GUMBO_NODE_WHITESPACE) {
      if (current_.text.empty() && node->type == GUMBO_NODE_WHITESPACE) return;
      size_t before = current_.text.size();
      current_.text += node->v.text.text;
      if (in_link) current_.link_chars += current_.text.size() - before;
      current_.chrome = current_.chrome || chrome;
      if (current_.container < 0) current_.container = container;
      return;
    }
    if (node->type != GUMBO_NODE_ELEMENT) return;
    GumboTag tag = node->v.element.tag;
    if (tag == GUMBO_TAG_HTML && html_lang.empty()) {
      if (const char* lang = Attr(node, "lang")) html_lang = lang;
    }
    Metadata(node, tag, chrome, container);
    if (tag == GUMBO_TAG_HEAD) {
      MetadataOnly(node);
      return;
    }
    if (IsSkippedTag(tag)) return;
    if (tag == GUMBO_TAG_HEADER && container < 0) return;  // the site's header, not the story's
    if (Attr(node, "hidden") || LowerAttr(node, "aria-hidden") == "true" ||
        IsChromeRole(LowerAttr(node, "role"))) {
      return;
    }
    std::string style = LowerAttr(node, "style");
    if (style.find("display:none") != std::string::npos ||
        style.find("display: none") != std::string::npos) {
      return;
    }
    if (!chrome && tag != GUMBO_TAG_BODY && tag != GUMBO_TAG_HTML && HasChromeHint(node, lex_)) {
      // A hint is ignored on an element that holds most of the page's text:
      // a wrapper named "sidebar-layout" around the whole story is not chrome.
      chrome = TextLength(node) * 2 < body_text_;
    }
    if (tag == GUMBO_TAG_ARTICLE || tag == GUMBO_TAG_MAIN ||
        LowerAttr(node, "itemprop") == "articlebody") {
      container = next_container_++;
      article_containers.push_back(tag != GUMBO_TAG_MAIN);
    }
    if (tag == GUMBO_TAG_BR) {
      current_.text += '\x01';
      return;
    }
    bool block = IsBlockTag(tag);
    if (block) Flush();
    if (IsHeading(tag)) {
      current_.heading = true;
      current_.h1 = tag == GUMBO_TAG_H1;
    }
    bool link = in_link || tag == GUMBO_TAG_A;
    const GumboVector& children = node->v.element.children;
    for (unsigned i = 0; i < children.length; ++i) {
      Walk(static_cast<const GumboNode*>(children.data[i]), link, chrome, container, depth + 1);
    }
    if (block) Flush();
  }

  void MetadataOnly(const GumboNode* node, int depth = 0) {
    if (depth > kMaxDepth) return;
    const GumboVector& children = node->v.element.children;
    for (unsigned i = 0; i < children.length; ++i) {
      const auto* child = static_cast<const GumboNode*>(children.data[i]);
      if (child->type != GUMBO_NODE_ELEMENT) continue;
      Metadata(child, child->v.element.tag, false, -1);
      MetadataOnly(child, depth + 1);
    }
  }

  void Metadata(const GumboNode* node, GumboTag tag, bool chrome, int container) {
    switch (tag) {
      case GUMBO_TAG_META: {
        std::string key = LowerAttr(node, "property");
        if (key.empty()) key = LowerAttr(node, "name");
        if (key.empty()) key = LowerAttr(node, "itemprop");
        const char* content = Attr(node, "content");
        if (!content || !*content) return;
        if (key == "og:locale") {
          if (og_locale.empty()) og_locale = content;
        } else if (LowerAttr(node, "http-equiv") == "content-language") {
          if (meta_language.empty()) meta_language = content;
        } else if (key == "og:title" || key == "twitter:title") {
          if (og_title.empty()) og_title = content;
        } else if (key == "og:site_name" || key == "application-name") {
          if (site_name.empty()) site_name = content;
        } else if (key == "og:url") {
          if (url.empty()) url = content;
        } else if (key == "article:published_time" || key == "og:article:published_time" ||
                   key == "datepublished" || key == "pubdate" || key == "publishdate" ||
                   key == "publish-date" || key == "publish_date" || key == "date" ||
                   key == "dc.date" || key == "dc.date.issued" || key == "dcterms.created" ||
                   key == "dcterms.date" || key == "dcterms.issued" || key == "sailthru.date" ||
                   key == "parsely-pub-date" || key == "article.published" ||
                   key == "originalpublicationdate") {
          if (meta_date.empty()) meta_date = content;
        } else if (key == "article:modified_time" || key == "og:updated_time" ||
                   key == "og:article:modified_time" || key == "datemodified" ||
                   key == "dcterms.modified" || key == "last-modified") {
          if (updated_date.empty()) updated_date = content;
        }
        return;
      }
      case GUMBO_TAG_LINK:
        if (url.empty() && LowerAttr(node, "rel") == "canonical" && Attr(node, "href")) {
          url = Attr(node, "href");
        }
        return;
      case GUMBO_TAG_TITLE:
        if (page_title.empty() && node->v.element.children.length > 0) {
          const auto* text = static_cast<const GumboNode*>(node->v.element.children.data[0]);
          if (text->type == GUMBO_NODE_TEXT) page_title = text->v.text.text;
        }
        return;
      case GUMBO_TAG_SCRIPT: {
        if (LowerAttr(node, "type") != "application/ld+json") return;
        if (node->v.element.children.length == 0) return;
        const auto* text = static_cast<const GumboNode*>(node->v.element.children.data[0]);
        std::string_view json = text->v.text.text;
        if (json_date.empty()) json_date = JsonString(json, "datePublished");
        if (json_publisher.empty()) {
          size_t publisher = json.find("\"publisher\"");
          if (publisher != std::string_view::npos)
            json_publisher = JsonString(json.substr(publisher, 300), "name");
        }
        return;
      }
      case GUMBO_TAG_TIME: {
        const char* when = Attr(node, "datetime");
        if (!when || chrome) return;
        if (Attr(node, "pubdate") || LowerAttr(node, "itemprop") == "datepublished") {
          if (meta_date.empty()) meta_date = when;
        } else if (time_date.empty() || (time_container < 0 && container >= 0)) {
          time_date = when;
          time_container = container;
        }
        return;
      }
      default:
        if (!chrome && Attr(node, "itemprop") && LowerAttr(node, "itemprop") == "datepublished" &&
            Attr(node, "content") && meta_date.empty()) {
          meta_date = Attr(node, "content");
        }
        return;
    }
  }

  void Flush() {
    std::string& text = current_.text;
    // Two <br> in a row separate paragraphs; one is a line break inside one.
    size_t start = 0;
    while (true) {
      size_t pos = text.find('\x01', start);
      size_t next = pos;
      while (
          next != std::string::npos && next < text.size() &&
          (text[next] == '\x01' || text[next] == ' ' || text[next] == '\n' || text[next] == '\t')) {
        ++next;
      }
      bool paragraph_break = pos != std::string::npos &&
                             std::count(text.begin() + pos, text.begin() + next, '\x01') >= 2;
      std::string piece = text.substr(start, paragraph_break ? pos - start : std::string::npos);
      std::replace(piece.begin(), piece.end(), '\x01', ' ');
      Block b = current_;
      b.text = CollapseSpaces(piece);
      if (!b.text.empty()) blocks.push_back(std::move(b));
      if (!paragraph_break) break;
      start = next;
    }
    current_ = Block{};
  }

  std::vector<Block> blocks;
  std::string og_title, site_name, url, page_title, meta_date, json_date, json_publisher;
  std::string html_lang, meta_language, og_locale;
  std::string updated_date;
  std::string time_date;
  int time_container = -1;
  std::vector<bool> article_containers;  // by container id: <article>/articleBody, not <main>

 private:
  const IngestLexicon& lex_;
  size_t body_text_;
  Block current_;
  int next_container_ = 0;
};

enum class Kind { kBad, kShort, kNearGood, kGood };

// `lenient` is for blocks inside an <article>, whose markup already says
// "story", and for pages whose paragraphs are all short.
Kind Classify(const Block& b, const IngestLexicon& lex, bool lenient) {
  if (b.chrome) return Kind::kBad;
  size_t chars = b.text.size();
  if (b.link_chars * 3 > chars) return Kind::kBad;  // a link list, a menu
  if (b.heading) return Kind::kShort;
  if (chars < 60) return Kind::kShort;
  std::vector<std::string> words = LineWords(b.text);
  size_t stop = 0;
  for (const std::string& w : words) stop += lex.IsStopWord(w) ? 1 : 0;
  double density = words.empty() ? 0 : static_cast<double>(stop) / words.size();
  if ((chars >= 150 || lenient) && density >= 0.30) return Kind::kGood;
  if (density >= 0.20) return Kind::kNearGood;
  return Kind::kBad;
}

// The title from <title> without the site name: "Story | Site" -> "Story".
std::string TrimSiteName(const std::string& title, const std::string& site) {
  for (const char* sep : {" | ", " - ", " \xE2\x80\x93 ", " \xE2\x80\x94 ", " :: ", " \xC2\xB7 "}) {
    size_t pos = title.rfind(sep);
    if (pos == std::string::npos) continue;
    std::string head = CollapseSpaces(title.substr(0, pos));
    std::string tail = CollapseSpaces(title.substr(pos + std::strlen(sep)));
    if (!site.empty() && AsciiLower(tail) == AsciiLower(site)) return head;
    size_t first = title.find(sep);
    std::string lead = CollapseSpaces(title.substr(0, first));
    if (!site.empty() && AsciiLower(lead) == AsciiLower(site))
      return CollapseSpaces(title.substr(first + std::strlen(sep)));
    // Without a known site name, a short last part is taken to be it.
    if (site.empty() && CountWords(tail) <= 4 && CountWords(head) >= 2) return head;
  }
  return CollapseSpaces(title);
}

bool StartsWithNoCase(std::string_view s, size_t i, std::string_view prefix) {
  if (i + prefix.size() > s.size()) return false;
  for (size_t k = 0; k < prefix.size(); ++k) {
    char c = s[i + k];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != prefix[k]) return false;
  }
  return true;
}

// Where `close` ("</script") starts at or after `from`, case-insensitively.
size_t FindCloseTag(std::string_view s, size_t from, std::string_view close) {
  while (true) {
    size_t lt = s.find("</", from);
    if (lt == std::string_view::npos || StartsWithNoCase(s, lt, close)) return lt;
    from = lt + 2;
  }
}

// Saved pages carry large inline scripts, styles and SVG icons that gumbo
// would tokenize only for the walk to skip them: cut their contents (and
// comments) before parsing. JSON-LD scripts are kept for their dates.
std::string_view StripInert(std::string_view html, std::string* buffer) {
  buffer->clear();
  buffer->reserve(html.size());
  size_t copied = 0;
  size_t i = 0;
  while ((i = html.find('<', i)) != std::string_view::npos) {
    if (StartsWithNoCase(html, i, "<!--")) {
      size_t end = html.find("-->", i + 4);
      end = end == std::string_view::npos ? html.size() : end + 3;
      buffer->append(html.substr(copied, i - copied));
      copied = i = end;
      continue;
    }
    std::string_view close;
    if (StartsWithNoCase(html, i, "<script")) {
      close = "</script";
    } else if (StartsWithNoCase(html, i, "<style")) {
      close = "</style";
    } else if (StartsWithNoCase(html, i, "<svg")) {
      close = "</svg";
    } else {
      ++i;
      continue;
    }
    size_t open_end = html.find('>', i);
    if (open_end == std::string_view::npos) break;
    std::string open_tag = AsciiLower(html.substr(i, open_end - i));
    size_t end = FindCloseTag(html, open_end + 1, close);
    if (end == std::string_view::npos) break;
    if (open_tag.find("ld+json") == std::string::npos) {
      buffer->append(html.substr(copied, open_end + 1 - copied));
      copied = end;
    }
    i = end + close.size();
  }
  if (copied == 0) return html;
  buffer->append(html.substr(copied));
  return *buffer;
}

// The deepest nesting of container tags that nest freely ("<div><div>...")
// left open: gumbo's time grows with the square of it, so a page nesting
// thousands deep would hang the run.
int OpenContainerDepth(std::string_view html) {
  int depth = 0, deepest = 0;
  size_t i = 0;
  while ((i = html.find('<', i)) != std::string_view::npos) {
    ++i;
    bool closing = i < html.size() && html[i] == '/';
    if (closing) ++i;
    size_t start = i;
    while (i < html.size() && std::isalnum(static_cast<unsigned char>(html[i]))) ++i;
    std::string name = AsciiLower(html.substr(start, i - start));
    if (name == "div" || name == "span" || name == "section" || name == "blockquote" ||
        name == "ul" || name == "ol" || name == "table" || name == "font" || name == "b" ||
        name == "i" || name == "em" || name == "strong" || name == "article") {
      depth += closing ? -1 : 1;
      deepest = std::max(deepest, depth);
    }
  }
  return deepest;
}

}  // namespace

void ExtractHtml(std::string_view html, const IngestLexicon& lex, HtmlExtract* out) {
  *out = HtmlExtract{};
  // "Save Page As" notes where the page came from in a leading comment.
  std::string saved_from;
  if (size_t mark = html.substr(0, 2048).find("saved from url=("); mark != std::string_view::npos) {
    size_t start = html.find(')', mark);
    size_t end = start == std::string_view::npos ? start : html.find_first_of(" \t\n>", start);
    if (end != std::string_view::npos)
      saved_from = std::string(html.substr(start + 1, end - start - 1));
  }
  std::string buffer;
  html = StripInert(html, &buffer);
  if (OpenContainerDepth(html) > kMaxDepth * 5) {
    out->problem = "the page nests elements thousands deep; its HTML was not read";
    return;
  }
  GumboOutput* parsed = gumbo_parse_with_options(&kGumboDefaultOptions, html.data(), html.size());
  const GumboNode* body = nullptr;
  const GumboVector& top = parsed->root->v.element.children;
  for (unsigned i = 0; i < top.length; ++i) {
    const auto* child = static_cast<const GumboNode*>(top.data[i]);
    if (child->type == GUMBO_NODE_ELEMENT && child->v.element.tag == GUMBO_TAG_BODY) body = child;
  }
  Walker walker(lex, body ? TextLength(body) : 0);
  // The head only gives metadata; the walk skips its text.
  walker.Walk(parsed->root, false, false, -1);
  gumbo_destroy_output(&kGumboDefaultOptions, parsed);

  std::vector<Block>& blocks = walker.blocks;
  auto in_article = [&](const Block& b) {
    return b.container >= 0 &&
           static_cast<size_t>(b.container) < walker.article_containers.size() &&
           walker.article_containers[b.container];
  };
  std::vector<Kind> kinds;
  for (const Block& b : blocks) kinds.push_back(Classify(b, lex, in_article(b)));
  if (std::find(kinds.begin(), kinds.end(), Kind::kGood) == kinds.end()) {
    // A story told in short paragraphs has no long block to anchor it.
    kinds.clear();
    for (const Block& b : blocks) kinds.push_back(Classify(b, lex, true));
  }
  // Context: a near-good block next to a good one is good; a short block is
  // good only between good blocks (headings inside the story, short quotes).
  // The nearest block on each side that is not short, found in two passes:
  // searching from every block made a page of short blocks quadratic.
  std::vector<Kind> before(kinds.size(), Kind::kBad), after(kinds.size(), Kind::kBad);
  for (size_t i = 1; i < kinds.size(); ++i) {
    before[i] = kinds[i - 1] != Kind::kShort ? kinds[i - 1] : before[i - 1];
  }
  for (size_t i = kinds.size(); i-- > 1;) {
    after[i - 1] = kinds[i] != Kind::kShort ? kinds[i] : after[i];
  }
  auto neighbour = [&](size_t i, int step) -> Kind { return step < 0 ? before[i] : after[i]; };
  std::vector<Kind> final_kinds = kinds;
  for (size_t i = 0; i < kinds.size(); ++i) {
    if (kinds[i] == Kind::kNearGood) {
      final_kinds[i] = neighbour(i, -1) == Kind::kGood || neighbour(i, 1) == Kind::kGood
                           ? Kind::kGood
                           : Kind::kBad;
    }
  }
  for (size_t i = 0; i < kinds.size(); ++i) {
    if (kinds[i] == Kind::kShort) {
      final_kinds[i] = neighbour(i, -1) == Kind::kGood && neighbour(i, 1) == Kind::kGood
                           ? Kind::kGood
                           : Kind::kBad;
    }
  }
  // When one <article>/<main> holds most of the good text, good-looking
  // blocks outside it (a teaser, a comment) are not the story.
  std::map<int, size_t> container_chars;
  size_t good_chars = 0;
  for (size_t i = 0; i < blocks.size(); ++i) {
    if (final_kinds[i] != Kind::kGood) continue;
    container_chars[blocks[i].container] += blocks[i].text.size();
    good_chars += blocks[i].text.size();
  }
  int best = -1;
  size_t best_chars = 0;
  for (const auto& [container, chars] : container_chars) {
    if (container >= 0 && chars > best_chars) {
      best = container;
      best_chars = chars;
    }
  }
  bool restrict = best >= 0 && best_chars * 2 > good_chars;

  // Title: og:title, else the first <h1> (in the story if there is one), else <title>.
  std::string h1;
  size_t h1_index = blocks.size();
  for (size_t i = 0; i < blocks.size(); ++i) {
    if (blocks[i].h1 && (h1.empty() || blocks[i].container == best)) {
      h1 = blocks[i].text;
      h1_index = i;
      if (blocks[i].container == best) break;
    }
  }
  out->site_name =
      CollapseSpaces(!walker.site_name.empty() ? walker.site_name : walker.json_publisher);
  if (!walker.og_title.empty()) {
    out->title = CollapseSpaces(walker.og_title);
  } else if (!h1.empty()) {
    out->title = h1;
  } else {
    out->title = TrimSiteName(walker.page_title, out->site_name);
  }
  out->url = !walker.url.empty() ? walker.url : saved_from;
  if (!walker.json_date.empty()) out->dates.emplace_back("json-ld", walker.json_date);
  if (!walker.meta_date.empty()) out->dates.emplace_back("meta", walker.meta_date);
  if (!walker.time_date.empty()) out->dates.emplace_back("time-element", walker.time_date);
  out->updated_date = walker.updated_date;

  // The date line under the headline: only blocks after the <h1>, so that
  // dated teasers and lists elsewhere on the page are not read as it.
  for (size_t i = h1_index + 1; i < blocks.size() && out->header_lines.size() < 6; ++i) {
    if (final_kinds[i] == Kind::kGood && !(restrict && blocks[i].container != best)) break;
    if (blocks[i].text.size() <= 200) out->header_lines.push_back(CollapseSpaces(blocks[i].text));
  }
  out->locale = CollapseSpaces(!walker.html_lang.empty()       ? walker.html_lang
                               : !walker.meta_language.empty() ? walker.meta_language
                                                               : walker.og_locale);
  size_t story_end = 0;  // one past the story's last paragraph
  for (size_t i = 0; i < blocks.size(); ++i) {
    if (final_kinds[i] != Kind::kGood) continue;
    if (restrict && blocks[i].container != best) continue;
    story_end = i + 1;
    if (blocks[i].heading && AsciiLower(blocks[i].text) == AsciiLower(out->title)) continue;
    out->paragraphs.push_back(std::move(blocks[i].text));
  }
  // The publication line some pages print under the story: the short blocks
  // that follow it, whatever their kind (a lone date line is never "good").
  for (size_t i = story_end; story_end > 0 && i < blocks.size() && out->trailer_lines.size() < 8;
       ++i) {
    if (blocks[i].text.size() > 300) break;
    std::string line = CollapseSpaces(blocks[i].text);
    if (!line.empty()) out->trailer_lines.push_back(std::move(line));
  }
}

}  // namespace annals
