#ifndef CLIBXML2_SHIM_H
#define CLIBXML2_SHIM_H

// Found through -I/usr/include/libxml2, which SwiftPM adds from `pkg-config --cflags libxml-2.0`.
#include <libxml/xmlversion.h>

// Debian's libxml2 is built with ICU, and its encoding.h then includes ICU's headers, which clash
// with the ICU copy inside Foundation when a module imports both. sunto never touches the ICU
// members of xmlCharEncodingHandler (it only passes parser contexts and documents around by
// pointer), so the ICU part of the headers is left out.
#undef LIBXML_ICU_ENABLED

#include <libxml/parser.h>
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlversion.h>

// `xmlFree` is a C global variable (a function pointer); Swift 6 rejects it as shared mutable
// state, so it is wrapped in a function Swift can call.
static inline void clibxml2_free(void *ptr) { xmlFree(ptr); }

// The libxml2 version the library was built against, as a C string.
static inline const char *clibxml2_version(void) { return LIBXML_DOTTED_VERSION; }

#endif
