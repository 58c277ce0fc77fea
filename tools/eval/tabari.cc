#include "eval/tabari.h"

#include <cctype>

namespace sitrep::eval {
namespace {

std::string_view Trim(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return s;
}

// A header line is six digits, white space, then an id with no white space in it.
bool ParseHeader(std::string_view line, std::string* date, std::string* id) {
  line = Trim(line);
  if (line.size() < 8) return false;
  for (int i = 0; i < 6; ++i) {
    if (!std::isdigit(static_cast<unsigned char>(line[i]))) return false;
  }
  if (!std::isspace(static_cast<unsigned char>(line[6]))) return false;
  std::string_view rest = Trim(line.substr(6));
  if (rest.empty()) return false;
  for (char c : rest) {
    if (std::isspace(static_cast<unsigned char>(c))) return false;
  }
  *date = std::string(line.substr(0, 6));
  *id = std::string(rest);
  return true;
}

// Reads the braces of a record's comment into the record's expectations.
void ReadExpectations(std::string_view comment, TabariRecord* r) {
  for (size_t open = comment.find('{'); open != std::string_view::npos; open = comment.find('{', open + 1)) {
    const size_t close = comment.find('}', open);
    if (close == std::string_view::npos) break;
    const std::string_view body = Trim(comment.substr(open + 1, close - open - 1));
    const bool optional = open > 0 && comment[open - 1] == '-';
    if (body.find(':') != std::string_view::npos) {
      r->control = true;
    } else if (body.empty() || body == "+++" || body == "---") {
      r->no_event = true;
    } else if (body.find('/') != std::string_view::npos) {
      ++(optional ? r->optional_events : r->expected_events);
    }
  }
}

}  // namespace

std::vector<TabariRecord> ParseTabari(std::string_view content, bool standard_only) {
  std::vector<TabariRecord> out;
  TabariRecord cur;
  enum { kOutside, kText, kComment } state = kOutside;
  std::string comment;
  size_t pos = 0;
  while (pos < content.size()) {
    size_t eol = content.find('\n', pos);
    if (eol == std::string_view::npos) eol = content.size();
    std::string_view line = content.substr(pos, eol - pos);
    pos = eol + 1;
    if (state == kOutside) {
      if (line.starts_with('#')) continue;
      std::string date, id;
      if (!ParseHeader(line, &date, &id)) continue;
      if (standard_only && id == "FINAL-01") break;
      cur = TabariRecord();
      cur.date = date;
      cur.id = id;
      comment.clear();
      state = kText;
      continue;
    }
    if (state == kText) {
      const size_t c = line.find("/*");
      std::string_view text_part = Trim(c == std::string_view::npos ? line : line.substr(0, c));
      if (!text_part.empty()) {
        if (!cur.text.empty()) cur.text += ' ';
        cur.text += text_part;
      }
      if (c == std::string_view::npos) continue;
      line = line.substr(c + 2);
      state = kComment;
    }
    const size_t end = line.find("*/");
    comment += std::string(line.substr(0, end));
    comment += '\n';
    if (end != std::string_view::npos) {
      ReadExpectations(comment, &cur);
      if (cur.id.starts_with("START")) cur.control = true;
      out.push_back(std::move(cur));
      state = kOutside;
    }
  }
  return out;
}

}  // namespace sitrep::eval
