// LineReader: bounded, streaming line splitting for jsonl inputs of any size.
#ifndef SITREP_INGEST_LINE_READER_H_
#define SITREP_INGEST_LINE_READER_H_

#include <cstddef>
#include <cstdint>
#include <istream>
#include <string>
#include <vector>

namespace sitrep::ingest {

// Splits a stream into lines without ever holding more than `max_line_bytes` of one line (plus a fixed
// 64 KiB buffer), so a giant single-line file is skipped, not slurped. Not thread-safe; one per stream.
class LineReader {
 public:
  // Reads `in` (not owned; must outlive the reader), yielding the bytes of `head` first: callers that
  // sniffed the start of a stream that cannot seek hand those bytes back this way.
  LineReader(std::istream* in, size_t max_line_bytes, std::string head = "");

  // Stores the next line, without its "\n" or "\r\n", in *line and returns true; returns false at the
  // end of input. When the line is longer than max_line_bytes, *too_long is set, *line is cleared and the
  // rest of the line is consumed and dropped.
  bool Next(std::string* line, bool* too_long);

  // 1-based number of the line last returned by Next().
  int64_t line_number() const { return line_number_; }

  // True when the stream failed with an I/O error (as opposed to reaching its end).
  bool io_error() const { return io_error_; }

 private:
  bool Fill();

  std::istream* in_;
  size_t max_line_bytes_;
  std::string head_;
  std::vector<char> buf_;
  size_t pos_ = 0;
  size_t len_ = 0;
  bool eof_ = false;
  bool io_error_ = false;
  int64_t line_number_ = 0;
};

}  // namespace sitrep::ingest

#endif  // SITREP_INGEST_LINE_READER_H_
