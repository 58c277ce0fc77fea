// Fused events as CSV with ACLED's column names where one fits (doc/export.md).
#ifndef SITREP_EXPORT_CSV_WRITER_H_
#define SITREP_EXPORT_CSV_WRITER_H_

#include <ostream>
#include <string>
#include <string_view>

#include "export/country_names.h"
#include "sitrep/event.h"

namespace sitrep::exporter {

// Quotes a CSV field when it holds a comma, quote or newline (RFC 4180).
std::string CsvField(std::string_view s);

class CsvWriter {
 public:
  CsvWriter(std::ostream& out, const CountryNames& countries) : out_(out), countries_(countries) {}
  void WriteHeader();
  void Write(const FusedEvent& e);

 private:
  std::ostream& out_;
  const CountryNames& countries_;
};

}  // namespace sitrep::exporter

#endif  // SITREP_EXPORT_CSV_WRITER_H_
