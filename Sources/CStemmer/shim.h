#ifndef CSTEMMER_SHIM_H
#define CSTEMMER_SHIM_H

// Snowball's stemmers (Debian: libstemmer-dev), used for the Italian stemmer.
#include <libstemmer.h>

#endif
