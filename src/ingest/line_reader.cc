#include "ingest/line_reader.h"

#include <cstring>

namespace sitrep::ingest {

namespace {
constexpr size_t kBufferBytes = 64 << 10;
}  // namespace

LineReader::LineReader(std::istream* in, size_t max_line_bytes, std::string head)
    : in_(in), max_line_bytes_(max_line_bytes), head_(std::move(head)), buf_(kBufferBytes) {
  if (!head_.empty()) {
    // The head is served from its own string before the stream is touched.
    len_ = 0;
  }
}

bool LineReader::Fill() {
  pos_ = 0;
  len_ = 0;
  if (!head_.empty()) {
    if (buf_.size() < head_.size()) buf_.resize(head_.size());
    std::memcpy(buf_.data(), head_.data(), head_.size());
    len_ = head_.size();
    head_.clear();
    head_.shrink_to_fit();
    return true;
  }
  if (eof_ || in_ == nullptr) return false;
  in_->read(buf_.data(), static_cast<std::streamsize>(buf_.size()));
  len_ = static_cast<size_t>(in_->gcount());
  if (!*in_) {
    eof_ = true;
    if (in_->bad()) io_error_ = true;
  }
  return len_ > 0;
}

bool LineReader::Next(std::string* line, bool* too_long) {
  line->clear();
  *too_long = false;
  bool any = false;
  for (;;) {
    if (pos_ >= len_ && !Fill()) break;
    any = true;
    const char* start = buf_.data() + pos_;
    const void* nl = std::memchr(start, '\n', len_ - pos_);
    const size_t n = nl ? static_cast<size_t>(static_cast<const char*>(nl) - start) : len_ - pos_;
    if (!*too_long) {
      if (line->size() + n > max_line_bytes_ + 1) {  // +1: a trailing '\r' is not counted
        *too_long = true;
        line->clear();
        line->shrink_to_fit();
      } else {
        line->append(start, n);
      }
    }
    pos_ += n;
    if (nl) {
      ++pos_;
      break;
    }
  }
  if (!any) return false;
  if (!*too_long && !line->empty() && line->back() == '\r') line->pop_back();
  if (!*too_long && line->size() > max_line_bytes_) {
    *too_long = true;
    line->clear();
  }
  ++line_number_;
  return true;
}

}  // namespace sitrep::ingest
