// Where sitrep finds its data: the knowledge base directory and the compiled gazetteer.
#ifndef SITREP_PIPELINE_PATHS_H_
#define SITREP_PIPELINE_PATHS_H_

#include <string>

namespace sitrep {

// $SITREP_KB, else the first "kb" directory holding actors.tsv found walking up from the binary's
// directory, else "kb".
std::string DefaultKbDir();

// $SITREP_GAZETTEER, else "<binary dir>/data/gazetteer.idx" (the build tree), else
// "<repo>/build/data/gazetteer.idx".
std::string DefaultGazetteerPath();

}  // namespace sitrep

#endif  // SITREP_PIPELINE_PATHS_H_
