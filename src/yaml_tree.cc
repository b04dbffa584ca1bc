#include "yaml_tree.h"

#include <cstdio>
#include <memory>
#include <optional>
#include <sstream>

#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/yaml.h>

namespace annals {

namespace {

Diagnostic Error(const std::string& file, int line, int column, std::string message) {
  return Diagnostic{file, line, column, Severity::kError, std::move(message)};
}

// Control bytes and broken UTF-8 mean the file is not a text timeline at all;
// saying so beats whatever yaml-cpp would make of them.
bool CheckText(const std::string& file, const std::string& text,
               std::vector<Diagnostic>* diagnostics) {
  size_t i = 0;
  while (i < text.size()) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    size_t length = 1;
    bool bad = false;
    if (c < 0x20 && c != '\n' && c != '\r' && c != '\t') {
      bad = true;
    } else if (c == 0x7f) {
      bad = true;
    } else if (c >= 0x80) {
      if (c >= 0xc2 && c <= 0xdf) {
        length = 2;
      } else if (c >= 0xe0 && c <= 0xef) {
        length = 3;
      } else if (c >= 0xf0 && c <= 0xf4) {
        length = 4;
      } else {
        bad = true;
      }
      if (!bad && i + length > text.size()) bad = true;
      for (size_t k = 1; !bad && k < length; ++k) {
        if ((static_cast<unsigned char>(text[i + k]) & 0xc0) != 0x80) bad = true;
      }
    }
    if (bad) {
      LineColumn where = LocateOffset(text, i);
      char hex[8];
      std::snprintf(hex, sizeof hex, "0x%02X", c);
      diagnostics->push_back(Error(
          file, where.line, where.column,
          c >= 0x80 ? std::string("byte ") + hex + " is not UTF-8 text (save the file as UTF-8)"
                    : std::string("byte ") + hex +
                          " is a control character: this is not a text timeline"));
      return false;
    }
    i += length;
  }
  return true;
}

// YAML forbids tabs in indentation, and yaml-cpp's own message for them
// ("illegal map value", ...) does not say so. A tab before the first
// non-blank character of a line is reported where it is.
bool FindIndentTab(const std::string& text, int max_line, int* line, int* column) {
  int current = 1;
  size_t start = 0;
  while (start < text.size() && current <= max_line) {
    size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    for (size_t i = start; i < end; ++i) {
      if (text[i] == '\t') {
        *line = current;
        *column = static_cast<int>(i - start) + 1;
        return true;
      }
      if (text[i] != ' ' && text[i] != '-') break;
    }
    start = end + 1;
    ++current;
  }
  return false;
}

class TreeBuilder : public YAML::EventHandler {
 public:
  TreeBuilder(const std::string& file, const std::string& text,
              std::vector<Diagnostic>* diagnostics)
      : file_(file), text_(text), diagnostics_(diagnostics) {}

  std::optional<YamlNode> root;

  void OnDocumentStart(const YAML::Mark&) override {}
  void OnDocumentEnd() override {}

  void OnNull(const YAML::Mark& mark, YAML::anchor_t) override {
    Attach(Make(YamlNode::Kind::kNull, mark));
  }
  // Aliases are never expanded (that is what makes an alias bomb cheap
  // here); the first is reported, with the count of the others.
  void OnAlias(const YAML::Mark& mark, YAML::anchor_t) override {
    if (aliases_++ == 0) first_alias_ = mark;
    Attach(Make(YamlNode::Kind::kNull, mark));
  }
  void ReportAliases() {
    if (aliases_ == 0) return;
    std::string message =
        "an alias (*name) is not allowed in a timeline: write the value out in full";
    if (aliases_ > 1) message += " (" + std::to_string(aliases_) + " aliases in this file)";
    diagnostics_->push_back(
        Error(file_, first_alias_.line + 1, first_alias_.column + 1, std::move(message)));
  }
  void OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t,
                const std::string& value) override {
    if (tag == "!") CheckClosingQuote(mark);
    YamlNode node = Make(YamlNode::Kind::kScalar, mark);
    node.value = value;
    // yaml-cpp tags plain scalars "?" and quoted or block scalars "!".
    node.quoted = tag == "!";
    Attach(std::move(node));
  }
  void OnSequenceStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t,
                       YAML::EmitterStyle::value style) override {
    YamlNode node = Make(YamlNode::Kind::kSequence, mark);
    node.flow = style == YAML::EmitterStyle::Flow;
    stack_.push_back(Frame{std::move(node), std::nullopt});
  }
  void OnSequenceEnd() override { Close(); }
  void OnMapStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t,
                  YAML::EmitterStyle::value style) override {
    YamlNode node = Make(YamlNode::Kind::kMap, mark);
    node.flow = style == YAML::EmitterStyle::Flow;
    stack_.push_back(Frame{std::move(node), std::nullopt});
  }
  void OnMapEnd() override { Close(); }

 private:
  struct Frame {
    YamlNode node;
    std::optional<YamlNode> key;  // a map's key waiting for its value
  };

  // yaml-cpp 0.7 lets a quoted scalar run to the end of the file when its
  // closing quote is missing; the rest of the file then silently becomes
  // its text. Find the closing quote ourselves.
  void CheckClosingQuote(const YAML::Mark& mark) {
    if (mark.pos < 0 || static_cast<size_t>(mark.pos) >= text_.size()) return;
    size_t at = static_cast<size_t>(mark.pos);
    char quote = text_[at];
    if (quote != '"' && quote != '\'') return;
    for (size_t i = at + 1; i < text_.size(); ++i) {
      if (quote == '"' && text_[i] == '\\') {
        ++i;
      } else if (text_[i] == quote) {
        if (quote == '\'' && i + 1 < text_.size() && text_[i + 1] == '\'') {
          ++i;  // '' is a quote inside single quotes
        } else {
          return;
        }
      }
    }
    diagnostics_->push_back(
        Error(file_, mark.line + 1, mark.column + 1,
              std::string("this quoted text never ends: the closing ") + quote + " is missing"));
  }

  static YamlNode Make(YamlNode::Kind kind, const YAML::Mark& mark) {
    YamlNode node;
    node.kind = kind;
    // yaml-cpp marks are 0-based.
    node.line = mark.line + 1;
    node.column = mark.column + 1;
    return node;
  }

  void Close() {
    if (stack_.empty()) return;
    YamlNode node = std::move(stack_.back().node);
    stack_.pop_back();
    Attach(std::move(node));
  }

  void Attach(YamlNode node) {
    if (stack_.empty()) {
      root = std::move(node);
      return;
    }
    Frame& top = stack_.back();
    if (top.node.kind == YamlNode::Kind::kSequence) {
      top.node.items.push_back(std::move(node));
    } else if (!top.key) {
      top.key = std::move(node);
    } else {
      top.node.entries.emplace_back(std::move(*top.key), std::move(node));
      top.key.reset();
    }
  }

  const std::string& file_;
  const std::string& text_;
  std::vector<Diagnostic>* diagnostics_;
  std::vector<Frame> stack_;
  size_t aliases_ = 0;
  YAML::Mark first_alias_;
};

}  // namespace

bool ReadYamlTree(const std::string& file, const std::string& text, YamlNode* root,
                  std::vector<Diagnostic>* diagnostics) {
  *root = YamlNode{};
  if (!CheckText(file, text, diagnostics)) return false;
  size_t errors_before = diagnostics->size();
  std::istringstream in(text);
  try {
    YAML::Parser parser(in);
    TreeBuilder builder(file, text, diagnostics);
    if (!parser.HandleNextDocument(builder)) return true;  // empty or only comments
    builder.ReportAliases();
    if (builder.root) *root = std::move(*builder.root);
    // A second document would be silently ignored by most readers.
    class Ignore : public YAML::EventHandler {
     public:
      std::optional<YAML::Mark> start;
      void OnDocumentStart(const YAML::Mark& mark) override { start = mark; }
      void OnDocumentEnd() override {}
      void OnNull(const YAML::Mark&, YAML::anchor_t) override {}
      void OnAlias(const YAML::Mark&, YAML::anchor_t) override {}
      void OnScalar(const YAML::Mark&, const std::string&, YAML::anchor_t,
                    const std::string&) override {}
      void OnSequenceStart(const YAML::Mark&, const std::string&, YAML::anchor_t,
                           YAML::EmitterStyle::value) override {}
      void OnSequenceEnd() override {}
      void OnMapStart(const YAML::Mark&, const std::string&, YAML::anchor_t,
                      YAML::EmitterStyle::value) override {}
      void OnMapEnd() override {}
    } second;
    if (parser.HandleNextDocument(second)) {
      int line = second.start ? second.start->line + 1 : 0;
      int column = second.start ? second.start->column + 1 : 0;
      diagnostics->push_back(Error(file, line, column,
                                   "a second YAML document starts here; a timeline is one "
                                   "document (remove the '---' or '...' line)"));
    }
  } catch (const YAML::DeepRecursion& e) {
    diagnostics->push_back(Error(
        file, e.mark.line + 1, e.mark.column + 1,
        "YAML nested " + std::to_string(e.depth()) + " levels deep: too deep for a timeline"));
    return false;
  } catch (const YAML::Exception& e) {
    int line = e.mark.line + 1;
    int column = e.mark.column + 1;
    int tab_line = 0, tab_column = 0;
    if (FindIndentTab(text, e.mark.is_null() ? 1 << 30 : line, &tab_line, &tab_column)) {
      diagnostics->push_back(Error(file, tab_line, tab_column,
                                   "a tab indents this line; YAML indents with spaces only"));
    } else if (e.mark.is_null()) {
      diagnostics->push_back(Error(file, 0, 0, "YAML syntax error: " + e.msg));
    } else {
      diagnostics->push_back(Error(file, line, column, "YAML syntax error: " + e.msg));
    }
    return false;
  }
  return diagnostics->size() == errors_before;
}

const char* DescribeKind(const YamlNode& node) {
  switch (node.kind) {
    case YamlNode::Kind::kNull:
      return "nothing";
    case YamlNode::Kind::kScalar:
      return "text";
    case YamlNode::Kind::kSequence:
      return "a list";
    case YamlNode::Kind::kMap:
      return "a mapping";
  }
  return "?";
}

}  // namespace annals
